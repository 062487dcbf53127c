//go:build !wasm

package main

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"hirecalc/cmd/hirecalc/internal/icons"
	"hirecalc/cmd/hirecalc/internal/precompress"
)

// loaderStyle turns go-app's full-screen loader into a badge in the
// bottom right corner, as web/hirecalc.css does for hirecalc, so that the
// prerendered output is visible while app.wasm loads.
const loaderStyle = `<style>
#app-wasm-loader.goapp-app-info{top:auto;left:auto;right:.75rem;bottom:.75rem;width:auto;height:auto;
flex-direction:row;gap:.5rem;padding:.3rem .8rem;border-radius:999px;pointer-events:none}
#app-wasm-loader .goapp-logo{width:1.4rem;height:1.4rem}
#app-wasm-loader .goapp-label{margin:0;font-size:.85rem}
</style>`

// run runs the command line: "floor build".
func run(args []string) int {
	if len(args) == 0 || args[0] != "build" {
		fmt.Fprintln(os.Stderr, "usage: floor build -o DIR -wasm FILE [-worker FILE] [-version VERSION]")
		return 2
	}
	fs := flag.NewFlagSet("build", flag.ContinueOnError)
	out := fs.String("o", "", "write the static website to `DIR` (required)")
	wasm := fs.String("wasm", "", "the floor's app.wasm, built for GOOS=js GOARCH=wasm (required)")
	worker := fs.String("worker", "", "service worker template `FILE` (default: go-app's own worker)")
	version := fs.String("version", "", "app version, naming the worker's cache (default: from the wasm's hash)")
	if err := fs.Parse(args[1:]); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if *out == "" || *wasm == "" || fs.NArg() > 0 {
		fs.Usage()
		return 2
	}
	n, err := build(*out, *wasm, *worker, *version, precompress.UserCache())
	if err != nil {
		fmt.Fprintf(os.Stderr, "floor build: %v\n", err)
		return 1
	}
	fmt.Printf("floor: wrote %d files to %s\n", n, *out)
	return 0
}

// build writes the static website to dir and returns how many files it
// holds; the compressed copies of app.wasm go through cache.
func build(dir, wasmFile, workerFile, version string, cache precompress.Cache) (int, error) {
	wasm, err := os.ReadFile(wasmFile)
	if err != nil {
		return 0, err
	}
	if version == "" {
		sum := sha256.Sum256(wasm)
		version = "floor-" + hex.EncodeToString(sum[:5])
	}
	h := &app.Handler{
		Name:        "go-app floor",
		ShortName:   "floor",
		Title:       "go-app floor",
		Description: "The smallest go-app app with one input and one computed output.",
		Icon: app.Icon{
			Default:  "/web/icon-192.png",
			Large:    "/web/icon-512.png",
			SVG:      "/web/icon.svg",
			Maskable: "/web/icon-maskable-512.png",
		},
		RawHeaders:         []string{loaderStyle},
		CacheableResources: []string{"/web/icon.svg"},
		Version:            version,
		WasmContentLength:  strconv.Itoa(len(wasm)),
	}
	if workerFile != "" {
		js, err := os.ReadFile(workerFile)
		if err != nil {
			return 0, err
		}
		h.ServiceWorkerTemplate = string(js)
	}
	if err := os.RemoveAll(dir); err != nil {
		return 0, err
	}
	if err := app.GenerateStaticWebsite(dir, h); err != nil {
		return 0, fmt.Errorf("generate pages: %w", err)
	}
	files := map[string][]byte{"app.wasm": wasm, "icon.svg": []byte(icons.SVG())}
	for name, icon := range map[string]struct {
		size     int
		maskable bool
	}{"icon-192.png": {192, false}, "icon-512.png": {512, false}, "icon-maskable-512.png": {512, true}} {
		png, err := icons.PNG(icon.size, icon.maskable)
		if err != nil {
			return 0, err
		}
		files[name] = png
	}
	for name, b := range files {
		if err := os.WriteFile(filepath.Join(dir, "web", name), b, 0o644); err != nil {
			return 0, err
		}
	}
	return precompress.Dir(dir, cache)
}
