// Command hirecalc is the hiring calculator: a progressive web app that
// answers "post a backend developer or a backend engineer role?", estimates
// the pay and drafts the job description, entirely in the browser.
//
// The same main package is built twice. Built for WebAssembly
// (GOOS=js GOARCH=wasm) it is the app itself, web/app.wasm. Built natively
// it is a command with these subcommands:
//
//	hirecalc serve [-addr HOST:PORT] [-web DIR] [-frame-ancestors SOURCES]
//	    Serve the app (default address 127.0.0.1:8000) with the web
//	    assets of DIR (default web), GET and HEAD only. Pages are
//	    prerendered with the answer for their query string, app.wasm is
//	    sent brotli- or gzip-compressed when the browser accepts it, and
//	    every response carries a strict Content-Security-Policy ending in
//	    frame-ancestors SOURCES (default *).
//	hirecalc build -o DIR [-web DIR] [-frame-ancestors SOURCES]
//	    Write a complete static website to DIR, for any static host or
//	    CDN at a domain root: the prerendered index.html, go-app's
//	    scripts, the manifest, the service worker, every file of web/,
//	    precompressed .br and .gz copies, and a _headers file with the
//	    Content-Security-Policy for Netlify and Cloudflare Pages.
//	hirecalc advise [flags]
//	    Print the advice for a query on the command line.
//	hirecalc check [flags] [FILE]
//	    Check a job description read from FILE or standard input; exit
//	    1 when a pay-transparency rule in force misses a requirement, 2
//	    on a usage error or unreadable input, 0 otherwise.
//	hirecalc data so|ecb FILE [-o OUT] [flags]
//	    Rebuild the survey table or the exchange rates from the public
//	    CSV of Stack Overflow's survey or of the ECB.
//	hirecalc version
//	    Print the version.
//	hirecalc help [COMMAND]
//	    Explain the commands or one command.
//
// The version that drives the service worker's updates is set at link time
// with -ldflags "-X main.version=VERSION"; without it, it is taken from the
// source revision (the Go build's VCS stamp, else git), with a hash of the
// web files added when the tree has uncommitted changes.
package main

import (
	"os"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"hirecalc/app/ui"
)

func main() {
	ui.Routes()
	app.RunWhenOnBrowser()
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
