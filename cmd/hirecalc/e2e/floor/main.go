// Command floor is the smallest go-app v10 app that does what hirecalc
// does: one route, one component with a number input (#in-team) and a
// paragraph (#out) showing a number computed from it. make bench builds it
// with exactly hirecalc's wasm flags and measures it beside hirecalc in the
// same run: it is the floor hirecalc's load and key-press times are
// compared with. It is never part of hirecalc's app.wasm.
//
// Built for WebAssembly it is the app. Built natively it writes the app's
// static website:
//
//	floor build -o DIR -wasm FILE [-worker FILE] [-version VERSION]
//
// DIR gets go-app's GenerateStaticWebsite output (the prerendered
// index.html, app.js, wasm_exec.js, the manifest, the service worker),
// FILE as web/app.wasm, local icons, and brotli and gzip copies of every
// compressible file, as `hirecalc build` writes hirecalc's.
//
// To compare like with like, the floor differs from go-app's defaults in
// the two ways hirecalc does: go-app's full-screen loader is a small corner
// badge, so the prerendered output is visible before app.wasm runs, and
// -worker replaces go-app's service worker (make bench passes hirecalc's,
// cmd/hirecalc/app-worker.js) so that warm loads are served the same way.
package main

import (
	"os"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

func main() {
	app.Route("/", func() app.Composer { return &floor{team: defaultTeam} })
	app.RunWhenOnBrowser()
	os.Exit(run(os.Args[1:]))
}
