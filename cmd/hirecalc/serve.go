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

	// Signals are caught before the address is printed: whoever starts
	// serve and reads that line may stop it at once.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

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

	err = serveUntil(ctx, srv.httpServer(), ln, srv.limits.shutdown)
	if err != nil {
		fmt.Fprintf(stderr, "hirecalc serve: %v\n", err)
		return 1
	}
	fmt.Fprintln(stdout, "hirecalc serve: stopped")
	return 0
}

// limits are the timeouts and sizes of serve's HTTP server, chosen for
// a public host: a slow or stalled client cannot hold a connection long,
// a real one on a slow line still gets app.wasm.
type limits struct {
	// readHeader bounds reading a request's header, read the whole
	// request: hirecalc takes only GET and HEAD, whose request is its
	// header.
	readHeader, read time.Duration
	// write bounds writing a response, counted from the end of its
	// request's header; app.wasm gets more (minRate).
	write time.Duration
	// idle is how long a kept-alive connection may wait for its next
	// request.
	idle time.Duration
	// maxHeaderBytes bounds a request's header, the query included.
	maxHeaderBytes int
	// minRate is the slowest line, in bytes per second, that app.wasm
	// must reach: its write deadline is write plus the time its bytes
	// take at that rate.
	minRate int
	// shutdown is how long requests in flight may take to finish once
	// serve is asked to stop.
	shutdown time.Duration
}

// serveLimits are serve's limits.
//
// A page is about 90 KB and the other files (scripts, styles, icons)
// less: 30 s send them 3.75 MB at 1 Mbit/s. app.wasm is about 1.6 MB
// with brotli but 9.4 MB raw, which a client that accepts neither brotli
// nor gzip gets: 9.4 MB take 75 s at 1 Mbit/s, so its write deadline is
// set per response to 30 s plus its size at 1 Mbit/s (about 105 s raw,
// 43 s with brotli), instead of a WriteTimeout that would hold every
// response open that long. The largest query a form or an embed writes
// (four text fields of 300 characters, percent-encoded, a call-to-action
// address and twenty origins) stays under 40 KB: 64 KB of header is
// enough, well below net/http's 1 MB default.
var serveLimits = limits{
	readHeader:     10 * time.Second,
	read:           15 * time.Second,
	write:          30 * time.Second,
	idle:           60 * time.Second,
	maxHeaderBytes: 64 << 10,
	minRate:        1_000_000 / 8,
	shutdown:       20 * time.Second,
}

// httpServer returns the http.Server of serve, with its limits.
func (s *server) httpServer() *http.Server {
	return &http.Server{
		Handler:           s,
		ReadHeaderTimeout: s.limits.readHeader,
		ReadTimeout:       s.limits.read,
		WriteTimeout:      s.limits.write,
		IdleTimeout:       s.limits.idle,
		MaxHeaderBytes:    s.limits.maxHeaderBytes,
	}
}

// sendTime is how long a response of n bytes may take to write, from the
// moment it starts: the usual write timeout plus the time n bytes take at
// the slowest line served.
func (l limits) sendTime(n int) time.Duration {
	return l.write + time.Duration(n)*time.Second/time.Duration(l.minRate)
}

// serveUntil serves hs on ln until ctx is done, then stops gracefully: it
// stops accepting connections, lets the requests in flight finish for up
// to grace, then closes what is left. It returns when every connection is
// closed.
func serveUntil(ctx context.Context, hs *http.Server, ln net.Listener, grace time.Duration) error {
	served := make(chan error, 1)
	go func() { served <- hs.Serve(ln) }()
	select {
	case err := <-served:
		return err
	case <-ctx.Done():
	}
	shutdown, cancel := context.WithTimeout(context.Background(), grace)
	defer cancel()
	err := hs.Shutdown(shutdown)
	if errors.Is(err, context.DeadlineExceeded) {
		hs.Close()
		err = fmt.Errorf("requests still running after %v were cut off", grace)
	}
	if serr := <-served; !errors.Is(serr, http.ErrServerClosed) && err == nil {
		err = serr
	}
	return err
}

// server wraps go-app's handler: it adds hirecalc's headers and serves
// app.wasm compressed.
type server struct {
	app     http.Handler
	version string
	policy  string // the Content-Security-Policy of every response
	wasm    *wasmFile
	limits  limits
}

// newServer returns the HTTP handler of "hirecalc serve".
func newServer(webDir, version, frameAncestors string, cache precompress.Cache) *server {
	return &server{
		app:     newHandler(webDir, version),
		version: version,
		policy:  contentSecurityPolicy(frameAncestors),
		wasm:    &wasmFile{path: filepath.Join(webDir, "app.wasm"), cache: cache},
		limits:  serveLimits,
	}
}

// ServeHTTP serves the app: GET and HEAD only, on every path.
func (s *server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Content-Security-Policy", s.policy)
	for _, kv := range securityHeaders {
		h.Set(kv[0], kv[1])
	}
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		h.Set("Allow", "GET, HEAD")
		http.Error(w, "405 method not allowed: hirecalc serves GET and HEAD only", http.StatusMethodNotAllowed)
		return
	}
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
	// A slow line needs longer than the server's write timeout for the
	// raw app.wasm (serveLimits). Not every ResponseWriter has a
	// deadline (tests use recorders): then there is nothing to extend.
	_ = http.NewResponseController(w).SetWriteDeadline(time.Now().Add(s.limits.sendTime(len(body))))
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
