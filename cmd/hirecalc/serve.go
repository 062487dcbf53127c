//go:build !wasm

package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/signal"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"hirecalc/cmd/hirecalc/internal/precompress"
)

// runServe runs "hirecalc serve".
func runServe(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	addr := fs.String("addr", "127.0.0.1:8000", "listen on `HOST:PORT`")
	webDir := fs.String("web", defaultWebDir, "serve the web assets (app.wasm, icons, styles) from `DIR`")
	frameAncestors := fs.String("frame-ancestors", "*",
		"`SOURCES` that may embed the app in a frame, sent as Content-Security-Policy: frame-ancestors\n"+
			"(for example \"'self' https://example.com\", or \"'none'\" to forbid frames)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: hirecalc serve [-addr HOST:PORT] [-web DIR] [-frame-ancestors SOURCES]")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "hirecalc serve: unexpected argument %q\n", fs.Arg(0))
		fs.Usage()
		return 2
	}
	if err := validFrameAncestors(*frameAncestors); err != nil {
		fmt.Fprintf(stderr, "hirecalc serve: -frame-ancestors: %v\n", err)
		return 2
	}

	v := appVersion(*webDir)
	srv := newServer(*webDir, v, *frameAncestors, precompress.UserCache())
	if _, err := os.Stat(filepath.Join(*webDir, "app.wasm")); err != nil {
		fmt.Fprintf(stderr, "hirecalc serve: warning: %v; the page will show its prerendered answer only.\n"+
			"Build the app first: GOOS=js GOARCH=wasm go build -o %s ./cmd/hirecalc\n",
			err, filepath.Join(*webDir, "app.wasm"))
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		fmt.Fprintf(stderr, "hirecalc serve: %v\n", err)
		return 1
	}
	fmt.Fprintf(stdout, "hirecalc %s: serving http://%s (Ctrl-C stops)\n", v, ln.Addr())
	// Compress app.wasm now rather than on the first request for it.
	go srv.wasm.load()

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	hs := &http.Server{Handler: srv, ReadHeaderTimeout: 10 * time.Second}
	go func() {
		<-ctx.Done()
		shutdown, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		hs.Shutdown(shutdown)
	}()
	if err := hs.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
		fmt.Fprintf(stderr, "hirecalc serve: %v\n", err)
		return 1
	}
	return 0
}

// server wraps go-app's handler: it adds hirecalc's headers and serves
// app.wasm compressed.
type server struct {
	app            http.Handler
	version        string
	frameAncestors string
	wasm           *wasmFile
}

// newServer returns the HTTP handler of "hirecalc serve".
func newServer(webDir, version, frameAncestors string, cache precompress.Cache) *server {
	return &server{
		app:            newHandler(webDir, version),
		version:        version,
		frameAncestors: strings.Join(strings.Fields(frameAncestors), " "),
		wasm:           &wasmFile{path: filepath.Join(webDir, "app.wasm"), cache: cache},
	}
}

// ServeHTTP serves the app.
func (s *server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Content-Security-Policy", "frame-ancestors "+s.frameAncestors)
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	switch r.URL.Path {
	case "/web/app.wasm", "/app.wasm", "/goapp.wasm":
		s.serveWasm(w, r)
		return
	}
	s.app.ServeHTTP(w, r)
}

// serveWasm serves app.wasm, brotli- or gzip-compressed when the request
// accepts it.
func (s *server) serveWasm(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	f, err := s.wasm.load()
	if err != nil {
		http.Error(w, "app.wasm is not built yet", http.StatusNotFound)
		return
	}
	body, encoding := f.raw, "identity"
	accept := r.Header.Get("Accept-Encoding")
	switch {
	case precompress.AcceptsEncoding(accept, "br"):
		body, encoding = f.br, "br"
	case precompress.AcceptsEncoding(accept, "gzip"):
		body, encoding = f.gz, "gzip"
	}
	h := w.Header()
	h.Set("Content-Type", "application/wasm")
	h.Set("Vary", "Accept-Encoding")
	h.Set("Cache-Control", "no-cache")
	h.Set("X-Wasm-Content-Length", strconv.Itoa(len(f.raw)))
	if encoding != "identity" {
		h.Set("Content-Encoding", encoding)
		// http.ServeContent leaves out Content-Length for encoded bodies
		// and byte ranges of an encoded body are rarely useful: send the
		// whole body with its length.
		h.Set("Content-Length", strconv.Itoa(len(body)))
		r = r.Clone(r.Context())
		r.Header.Del("Range")
	}
	// The ETag names the version, the build of app.wasm and the encoding:
	// a rebuilt app.wasm is never answered with 304.
	h.Set("ETag", fmt.Sprintf(`"%s-%x-%s"`, s.version, f.modTime.UnixNano(), encoding))
	http.ServeContent(w, r, "", f.modTime, bytes.NewReader(body))
}

// wasmFile is app.wasm with its compressed copies, read again when the
// file changes on disk.
type wasmFile struct {
	path  string
	cache precompress.Cache

	mu      sync.Mutex
	size    int64
	modTime time.Time
	current *wasmVariants
}

// wasmVariants is one build of app.wasm, raw and compressed.
type wasmVariants struct {
	raw, br, gz []byte
	modTime     time.Time
}

// load returns the current app.wasm and its compressed copies. It
// compresses a new build once: brotli at quality 11 when a release build
// already put it in the cache, a faster quality otherwise.
func (f *wasmFile) load() (*wasmVariants, error) {
	fi, err := os.Stat(f.path)
	if err != nil {
		return nil, err
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.current != nil && fi.Size() == f.size && fi.ModTime().Equal(f.modTime) {
		return f.current, nil
	}
	raw, err := os.ReadFile(f.path)
	if err != nil {
		return nil, err
	}
	br, ok := f.cache.Lookup(raw, "br", precompress.BrotliBest)
	if !ok {
		br = f.cache.Brotli(raw, precompress.BrotliFast)
	}
	f.current = &wasmVariants{raw: raw, br: br, gz: f.cache.Gzip(raw), modTime: fi.ModTime()}
	f.size, f.modTime = fi.Size(), fi.ModTime()
	return f.current, nil
}

// frameSource matches one source of a CSP frame-ancestors directive: a
// keyword, a scheme ("https:") or a host source with optional scheme,
// wildcard subdomain, port and path.
var frameSource = regexp.MustCompile(`^(?:'none'|'self'|\*|[A-Za-z][A-Za-z0-9+.-]*:|(?:[A-Za-z][A-Za-z0-9+.-]*://)?(?:\*\.)?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*(?::(?:[0-9]+|\*))?(?:/[^\s;,'"]*)?)$`)

// validFrameAncestors checks a frame-ancestors source list, so that the
// flag cannot break or extend the header.
func validFrameAncestors(v string) error {
	if strings.ContainsFunc(v, func(r rune) bool { return r < ' ' && r != '\t' || r == 0x7f }) {
		return errors.New("control characters are not allowed")
	}
	sources := strings.Fields(v)
	if len(sources) == 0 {
		return errors.New("empty: give * for any site, 'self', 'none' or a list of sites")
	}
	for _, s := range sources {
		if !frameSource.MatchString(s) {
			return fmt.Errorf("%q is not a frame-ancestors source (a site such as https://example.com, 'self', 'none' or *)", s)
		}
		if s == "'none'" && len(sources) > 1 {
			return errors.New("'none' cannot be combined with other sources")
		}
	}
	return nil
}
