//go:build !wasm

package main

import (
	_ "embed"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"hirecalc/app/ui"
)

// defaultWebDir is where the web assets are, relative to the working
// directory: the repository's web folder.
const defaultWebDir = "web"

// workerTemplate is hirecalc's service worker, go-app's
// ServiceWorkerTemplate. It replaces go-app's default worker, which
// installs without waitUntil, fails shared links offline and deletes every
// other cache of the origin.
//
//go:embed app-worker.js
var workerTemplate string

// Colours of the manifest and the browser's UI; web/hirecalc.css uses the
// same ones.
const (
	themeColor      = "#0f5f58"
	backgroundColor = "#f7f7f4"
)

// newHandler returns the go-app handler that serves the app, with the web
// assets read from webDir and the given version.
func newHandler(webDir, version string) *app.Handler {
	h := &app.Handler{
		Name:        "hirecalc: backend developer or engineer?",
		ShortName:   "hirecalc",
		Title:       "hirecalc: post a backend developer or a backend engineer role?",
		Description: "Answer a short form and get the role to post, the pay by region with its sources, and a job description ready to post. Nothing you type leaves your browser.",
		Lang:        "en",
		Keywords:    []string{"backend developer", "backend engineer", "hiring", "salary", "job description"},
		Icon: app.Icon{
			Default:  "/web/icon-192.png",
			Large:    "/web/icon-512.png",
			SVG:      "/web/icon.svg",
			Maskable: "/web/icon-maskable-512.png",
		},
		BackgroundColor: backgroundColor,
		ThemeColor:      themeColor,
		LoadingLabel:    "Loading the live calculator… {progress}%",
		Styles:          []string{"/web/hirecalc.css", "/web/embed.css"},
		// boot.js is deferred like go-app's scripts, and runs after them:
		// nothing blocks the parser. What must run before app.js and
		// the first paint is in the inline head script (head.js).
		Scripts: []string{"/web/boot.js defer"},
		RawHeaders: []string{
			// For hosts that cannot send hirecalc's headers; serve
			// sends the same policy with frame-ancestors as a header.
			// It comes first, so that it governs the script after it.
			policyMeta,
			`<meta name="referrer" content="no-referrer">`,
			`<meta name="color-scheme" content="light dark">`,
			headScriptElement,
		},
		// The widget's own page (ui.EmbedPath; build writes it as
		// embed.html) is precached, so that a widget opens offline too.
		CacheableResources:    []string{"/web/icon.svg", ui.EmbedPath},
		Resources:             webResources{dir: webDir},
		Version:               version,
		ServiceWorkerTemplate: workerTemplate,
	}
	if fi, err := os.Stat(filepath.Join(webDir, "app.wasm")); err == nil {
		h.WasmContentLength = strconv.FormatInt(fi.Size(), 10)
	}
	return h
}

// webResources serves the files of dir at /web/ and resolves /web/ paths
// to themselves, as go-app's LocalDir("") does for ./web, but for any
// directory.
type webResources struct {
	dir string
}

// Resolve returns the URL of a static resource: /web/ paths stay as they
// are, so the site works at a domain root.
func (r webResources) Resolve(location string) string {
	switch {
	case location == "" || location == "/":
		return "/"
	case strings.HasPrefix(location, "https://"), strings.HasPrefix(location, "http://"):
		return location
	case strings.HasPrefix(location, "/web/"), strings.HasPrefix(location, "web/"):
		return "/" + strings.Trim(location, "/")
	}
	return location
}

// ServeHTTP serves the file of dir named by the path after /web/. Folders
// are not listed.
func (r webResources) ServeHTTP(w http.ResponseWriter, req *http.Request) {
	if strings.HasSuffix(req.URL.Path, "/") {
		http.NotFound(w, req)
		return
	}
	http.StripPrefix("/web", http.FileServer(http.Dir(r.dir))).ServeHTTP(w, req)
}
