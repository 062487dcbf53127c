// Package e2e holds hirecalc's end-to-end tests: the web app driven in a real
// headless Chromium, served both by `hirecalc serve` and by a static file
// server over the output of `hirecalc build` that applies its _headers file
// (as Netlify and Cloudflare Pages do), plus the budget on the compressed
// size of web/app.wasm. Every document a test loads records the
// Content-Security-Policy violations, and any one fails the test.
//
// The package has no code outside its tests. The tests build the native
// binary themselves and use web/app.wasm as `make` built it (they rebuild it
// when it is missing or older than the sources). They need Chromium at
// /usr/bin/chromium, or at the path in the environment variable
// HIRECALC_CHROMIUM, and fail, never skip, without it. Screenshots of the
// main states are written to cmd/hirecalc/e2e/artifacts/.
//
// Run them with `make e2e` (or `make test`, which runs everything), or
// directly with `go test ./cmd/hirecalc/e2e`; add -v to see the load timings.
//
// TestBench is not a test but make bench's measurement: it compares
// hirecalc's load and key-press times with those of the go-app floor app
// in cmd/hirecalc/e2e/floor, and runs only when make bench asks for it
// (HIRECALC_BENCH=1).
package e2e
