//go:build !wasm

package e2e

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"mime"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// versionVar is the linker variable of cmd/hirecalc that holds the version
// (go build -ldflags "-X main.version=...").
const versionVar = "main.version"

// The two versions of the app the tests build: A is served by default, B is
// the "new deploy" of the update test.
const (
	versionA = "e2e-a"
	versionB = "e2e-b"
)

// Set up once by TestMain.
var (
	root         string // module root (holds go.mod and web/)
	artifacts    string // where screenshots go
	tmpRoot      string // temporary files of this run
	chromiumPath string // Chromium to run, empty when missing
	chromiumErr  error  // why Chromium is missing
	serveSite    *site  // `hirecalc serve` of version A, shared by read-only tests
	staticSite   *site  // static file server over `hirecalc build` of version A
	setupErr     error  // why the sites could not be set up
	wasmErr      error  // why web/app.wasm could not be built
)

func TestMain(m *testing.M) {
	flag.Parse()
	os.Exit(runMain(m))
}

func runMain(m *testing.M) int {
	var err error
	root, err = moduleRoot()
	if err != nil {
		fmt.Fprintln(os.Stderr, "e2e:", err)
		return 1
	}
	artifacts, err = filepath.Abs("artifacts")
	if err == nil {
		err = os.MkdirAll(artifacts, 0o755)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "e2e: artifacts:", err)
		return 1
	}
	// Screenshots of an earlier run would be mistaken for this one's.
	for _, pattern := range []string{"*.png", "*.jpg"} {
		old, _ := filepath.Glob(filepath.Join(artifacts, pattern))
		for _, f := range old {
			_ = os.Remove(f)
		}
	}
	tmpRoot, err = os.MkdirTemp("", "hirecalc-e2e-")
	if err != nil {
		fmt.Fprintln(os.Stderr, "e2e:", err)
		return 1
	}
	defer os.RemoveAll(tmpRoot)

	// A static host must send the right types; Go knows .wasm, not the
	// manifest's extension.
	_ = mime.AddExtensionType(".webmanifest", "application/manifest+json")

	chromiumPath, chromiumErr = findChromium()

	// Failures here fail every test that needs a site, with this message,
	// instead of stopping the package before the tests that do not.
	start := time.Now()
	setupErr = setupSites()
	fmt.Fprintf(os.Stderr, "e2e: setup (wasm check, native build, hirecalc serve, hirecalc build) took %.1f s\n", time.Since(start).Seconds())
	defer func() {
		for _, s := range []*site{serveSite, staticSite} {
			if s != nil {
				s.stop()
			}
		}
	}()
	if setupErr != nil {
		fmt.Fprintln(os.Stderr, "e2e: setup:", setupErr)
	}
	return m.Run()
}

// setupSites builds what the browser tests share and starts the two sites.
func setupSites() error {
	// Every test uses this one build of web/app.wasm, even if sources
	// change while the tests run.
	if wasmErr = ensureWasm(); wasmErr != nil {
		return wasmErr
	}
	bin, err := nativeBinary(versionA)
	if err != nil {
		return err
	}
	serveSite, err = startServe(bin, freeAddr())
	if err != nil {
		return err
	}
	staticSite, err = startStatic(bin, filepath.Join(tmpRoot, "static-shared"), freeAddr())
	return err
}

// needSites fails the test when the shared sites could not be set up.
func needSites(t *testing.T) {
	t.Helper()
	if setupErr != nil {
		t.Fatalf("the test sites could not be set up: %v", setupErr)
	}
}

// moduleRoot finds the directory holding go.mod, from the package directory.
func moduleRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("go.mod not found above the test directory")
		}
		dir = parent
	}
}

// findChromium returns the Chromium to drive: $HIRECALC_CHROMIUM, else
// /usr/bin/chromium, else one on PATH.
func findChromium() (string, error) {
	if p := os.Getenv("HIRECALC_CHROMIUM"); p != "" {
		if _, err := os.Stat(p); err != nil {
			return "", fmt.Errorf("the browser tests need Chromium: HIRECALC_CHROMIUM=%s: %w (%s)", p, err, installHint)
		}
		return p, nil
	}
	if _, err := os.Stat("/usr/bin/chromium"); err == nil {
		return "/usr/bin/chromium", nil
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p, nil
		}
	}
	return "", errors.New("the browser tests need Chromium and it is not installed at /usr/bin/chromium nor on PATH (" + installHint + ")")
}

// installHint says how to get Chromium.
const installHint = "on Debian: apt-get install -y --no-install-recommends chromium fonts-liberation, " +
	"which `make test` does when run as root; or set HIRECALC_CHROMIUM=/path/to/chromium"

// goCmd returns a go command run in the module root.
func goCmd(env []string, args ...string) *exec.Cmd {
	cmd := exec.Command("go", args...)
	cmd.Dir = root
	cmd.Env = append(os.Environ(), env...)
	return cmd
}

// wasmGCFlags are the compiler flags of the wasm build: the Makefile's
// WASM_GCFLAGS, which make passes in HIRECALC_WASM_GCFLAGS, else its default
// (inlining off: smaller once compressed).
func wasmGCFlags() string {
	if v, ok := os.LookupEnv("HIRECALC_WASM_GCFLAGS"); ok {
		return v
	}
	return "all=-l"
}

// ensureWasm builds web/app.wasm when it is missing or older than a source
// file, with the same command as the Makefile. Under `make test` it is
// fresh and this does nothing.
func ensureWasm() error {
	wasm := filepath.Join(root, "web", "app.wasm")
	info, err := os.Stat(wasm)
	stale := err != nil
	if err == nil {
		newest, name, err := newestSource()
		if err != nil {
			return err
		}
		if newest.After(info.ModTime()) {
			stale = true
			fmt.Fprintf(os.Stderr, "e2e: web/app.wasm is older than %s: rebuilding it\n", name)
		}
	} else {
		fmt.Fprintln(os.Stderr, "e2e: web/app.wasm is missing: building it")
	}
	if !stale {
		return nil
	}
	cmd := goCmd([]string{"GOOS=js", "GOARCH=wasm", "GOWASM=satconv,signext"}, "build", "-trimpath",
		"-ldflags=-s -w", "-gcflags="+wasmGCFlags(), "-o", wasm, "./cmd/hirecalc")
	if out, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("building web/app.wasm: %w\n%s", err, out)
	}
	return nil
}

// newestSource returns the modification time of the newest file the
// binaries are built from (the Makefile's BUILD_INPUTS).
func newestSource() (time.Time, string, error) {
	var newest time.Time
	var name string
	consider := func(path string, info fs.FileInfo) {
		if info.ModTime().After(newest) {
			newest, name = info.ModTime(), path
		}
	}
	for _, f := range []string{"go.mod", "go.sum"} {
		info, err := os.Stat(filepath.Join(root, f))
		if err != nil {
			return newest, "", err
		}
		consider(f, info)
	}
	for _, dir := range []string{"app", "data", "cmd"} {
		err := filepath.WalkDir(filepath.Join(root, dir), func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				if errors.Is(err, fs.ErrNotExist) {
					return nil
				}
				return err
			}
			rel, _ := filepath.Rel(root, path)
			if d.IsDir() {
				if d.Name() == "testdata" || rel == filepath.Join("cmd", "hirecalc", "e2e") {
					return filepath.SkipDir
				}
				return nil
			}
			if strings.HasSuffix(d.Name(), "_test.go") {
				return nil
			}
			info, err := d.Info()
			if err != nil {
				return err
			}
			consider(rel, info)
			return nil
		})
		if err != nil {
			return newest, "", err
		}
	}
	return newest, name, nil
}

var (
	nativeMu   sync.Mutex
	nativeBins = map[string]string{}
)

// nativeBinary builds cmd/hirecalc for this machine with the given version,
// once per version and run.
func nativeBinary(version string) (string, error) {
	nativeMu.Lock()
	defer nativeMu.Unlock()
	if p, ok := nativeBins[version]; ok {
		return p, nil
	}
	p := filepath.Join(tmpRoot, "hirecalc-"+version)
	cmd := goCmd(nil, "build", "-ldflags", "-X "+versionVar+"="+version, "-o", p, "./cmd/hirecalc")
	if out, err := cmd.CombinedOutput(); err != nil {
		return "", fmt.Errorf("building the native binary (version %s): %w\n%s", version, err, out)
	}
	nativeBins[version] = p
	return p, nil
}

// freeAddr returns a loopback address with a port that is free now.
func freeAddr() string {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(fmt.Sprintf("e2e: no free port: %v", err))
	}
	defer ln.Close()
	return ln.Addr().String()
}

// site is one way of serving the app: `hirecalc serve` or a static file
// server over the output of `hirecalc build`. A site can be stopped and
// started again on the same address (offline and update tests).
type site struct {
	kind string // "serve" or "static"
	addr string // 127.0.0.1:port
	bin  string // the native binary that serves or built the site

	// serve
	cmd  *exec.Cmd
	args []string // extra flags of serve
	logs *syncBuffer
	done chan struct{}

	// static
	dir       string
	srv       *http.Server
	noHeaders bool // a host that ignores _headers: the pages' meta policy only
}

// URL returns the address of path (which starts with "/") on the site.
func (s *site) URL(path string) string { return "http://" + s.addr + path }

// Origin returns the site's origin, for permissions.
func (s *site) Origin() string { return "http://" + s.addr }

// startServe runs `bin serve -addr addr` in the module root and waits until
// it answers.
func startServe(bin, addr string) (*site, error) {
	s := &site{kind: "serve", addr: addr, bin: bin}
	return s, s.start()
}

// startStatic writes the static site with `bin build -o dir` and serves dir
// with headersFileServer, a file server that applies the _headers file as
// Netlify and Cloudflare Pages do.
func startStatic(bin, dir, addr string) (*site, error) {
	return startStaticHost(bin, dir, addr, false)
}

// startStaticHost is startStatic; with noHeaders the file server ignores
// _headers, as a host that cannot set headers does.
func startStaticHost(bin, dir, addr string, noHeaders bool) (*site, error) {
	s := &site{kind: "static", addr: addr, bin: bin, dir: dir, noHeaders: noHeaders}
	if err := s.build(bin); err != nil {
		return s, err
	}
	return s, s.start()
}

// build (re)writes a static site's files with `bin build -o dir`.
func (s *site) build(bin string) error {
	if err := os.RemoveAll(s.dir); err != nil {
		return err
	}
	cmd := exec.Command(bin, "build", "-o", s.dir)
	cmd.Dir = root
	if out, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("%s build -o %s: %w\n%s", filepath.Base(bin), s.dir, err, out)
	}
	if _, err := os.Stat(filepath.Join(s.dir, "index.html")); err != nil {
		return fmt.Errorf("hirecalc build wrote no index.html: %w", err)
	}
	s.bin = bin
	return nil
}

// start starts the site's server and waits until it answers "/".
func (s *site) start() error {
	switch s.kind {
	case "serve":
		s.logs = new(syncBuffer)
		s.cmd = exec.Command(s.bin, append([]string{"serve", "-addr", s.addr}, s.args...)...)
		s.cmd.Dir = root
		s.cmd.Stdout = s.logs
		s.cmd.Stderr = s.logs
		if err := s.cmd.Start(); err != nil {
			return fmt.Errorf("starting %s serve: %w", s.bin, err)
		}
		s.done = make(chan struct{})
		go func(cmd *exec.Cmd, done chan struct{}) {
			_ = cmd.Wait()
			close(done)
		}(s.cmd, s.done)
	case "static":
		ln, err := listenRetry(s.addr)
		if err != nil {
			return err
		}
		var h http.Handler = headersFileServer(s.dir)
		if s.noHeaders {
			h = http.FileServer(http.Dir(s.dir))
		}
		s.srv = &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second}
		go func(srv *http.Server) { _ = srv.Serve(ln) }(s.srv)
	}
	return s.waitUp()
}

// headersFileServer serves the files of dir as a static host that reads a
// _headers file does (Netlify, Cloudflare Pages): the headers of every
// rule whose path pattern matches (a trailing * matches any rest) are
// added to the response. The file is read on every request, so a new
// deploy's headers apply at once; it is not served itself.
func headersFileServer(dir string) http.Handler {
	files := http.FileServer(http.Dir(dir))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/_headers" {
			http.NotFound(w, r)
			return
		}
		if b, err := os.ReadFile(filepath.Join(dir, "_headers")); err == nil {
			match := false
			for _, line := range strings.Split(string(b), "\n") {
				switch {
				case strings.TrimSpace(line) == "" || strings.HasPrefix(strings.TrimSpace(line), "#"):
				case !strings.HasPrefix(line, " ") && !strings.HasPrefix(line, "\t"):
					pattern := strings.TrimSpace(line)
					prefix, star := strings.CutSuffix(pattern, "*")
					match = pattern == r.URL.Path || star && strings.HasPrefix(r.URL.Path, prefix)
				case match:
					if k, v, ok := strings.Cut(strings.TrimSpace(line), ":"); ok {
						w.Header().Add(strings.TrimSpace(k), strings.TrimSpace(v))
					}
				}
			}
		}
		files.ServeHTTP(w, r)
	})
}

// listenRetry listens on addr, retrying for a while in case the previous
// server on that port is still letting go of it.
func listenRetry(addr string) (net.Listener, error) {
	deadline := time.Now().Add(5 * time.Second)
	for {
		ln, err := net.Listen("tcp", addr)
		if err == nil || time.Now().After(deadline) {
			return ln, err
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// waitUp waits until GET / answers 200.
func (s *site) waitUp() error {
	client := &http.Client{Timeout: 2 * time.Second}
	deadline := time.Now().Add(30 * time.Second)
	var last error
	for time.Now().Before(deadline) {
		if s.done != nil {
			select {
			case <-s.done:
				return fmt.Errorf("%s serve -addr %s exited: %v\n%s", filepath.Base(s.bin), s.addr, s.cmd.ProcessState, s.logs)
			default:
			}
		}
		resp, err := client.Get(s.URL("/"))
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return nil
			}
			err = fmt.Errorf("GET / answered %s", resp.Status)
		}
		last = err
		time.Sleep(100 * time.Millisecond)
	}
	return fmt.Errorf("%s site at %s did not come up in 30 s: %v", s.kind, s.addr, last)
}

// stop stops the server and waits until its port refuses connections.
func (s *site) stop() {
	switch s.kind {
	case "serve":
		if s.cmd != nil && s.cmd.Process != nil {
			_ = s.cmd.Process.Signal(syscall.SIGTERM)
			select {
			case <-s.done:
			case <-time.After(5 * time.Second):
				_ = s.cmd.Process.Kill()
				<-s.done
			}
			s.cmd = nil
		}
	case "static":
		if s.srv != nil {
			_ = s.srv.Close()
			s.srv = nil
		}
	}
	deadline := time.Now().Add(5 * time.Second)
	for time.Now().Before(deadline) {
		c, err := net.DialTimeout("tcp", s.addr, 200*time.Millisecond)
		if err != nil {
			return
		}
		c.Close()
		time.Sleep(50 * time.Millisecond)
	}
}

// deploy replaces the running site by the one bin makes: `hirecalc serve`
// restarts on the same address; a static site's files are rebuilt in place
// while its server keeps running, as a static host would see a new deploy.
func (s *site) deploy(bin string) error {
	switch s.kind {
	case "serve":
		s.stop()
		s.bin = bin
		return s.start()
	default:
		return s.build(bin)
	}
}

// down reports whether nothing answers on the site's address.
func (s *site) down() bool {
	c, err := net.DialTimeout("tcp", s.addr, time.Second)
	if err != nil {
		return true
	}
	c.Close()
	return false
}

// newSite starts a private site of the given kind ("serve", "static",
// "static-meta": a static host that ignores _headers, or "serve-nowasm"
// and "static-nowasm": sites without app.wasm, which answer 404 for it,
// so that a page shows what it shows before app.wasm runs, for as long
// as the test likes) and version for a test that stops or changes it,
// and stops it when the test ends.
func newSite(t *testing.T, kind, version string) *site {
	t.Helper()
	needSites(t)
	bin, err := nativeBinary(version)
	if err != nil {
		t.Fatal(err)
	}
	var s *site
	switch kind {
	case "serve":
		s, err = startServe(bin, freeAddr())
	case "static":
		s, err = startStatic(bin, t.TempDir(), freeAddr())
	case "static-meta":
		s, err = startStaticHost(bin, t.TempDir(), freeAddr(), true)
	case "static-nowasm":
		dir := t.TempDir()
		s = &site{kind: "static", addr: freeAddr(), bin: bin, dir: dir}
		if err = s.build(bin); err == nil {
			err = removeWasm(filepath.Join(dir, "web"))
		}
		if err == nil {
			err = s.start()
		}
	case "serve-nowasm":
		web := t.TempDir()
		if err = copyTree(web, filepath.Join(root, "web")); err == nil {
			err = removeWasm(web)
		}
		if err == nil {
			s = &site{kind: "serve", addr: freeAddr(), bin: bin, args: []string{"-web", web}}
			err = s.start()
		}
	default:
		t.Fatalf("unknown site kind %q", kind)
	}
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(s.stop)
	return s
}

// removeWasm deletes app.wasm and its compressed copies from a web folder.
func removeWasm(dir string) error {
	for _, name := range []string{"app.wasm", "app.wasm.br", "app.wasm.gz"} {
		if err := os.Remove(filepath.Join(dir, name)); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return err
		}
	}
	return nil
}

// copyTree copies the regular files of the folder src into dst.
func copyTree(dst, src string) error {
	return filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, path)
		target := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(target, b, 0o644)
	})
}

// sites returns the two shared sites, for tests that run against both.
func sites(t *testing.T) []*site {
	t.Helper()
	needSites(t)
	return []*site{serveSite, staticSite}
}

// fetch returns the body of GET url, failing the test on any error.
func fetch(t *testing.T, url string) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		t.Fatal(err)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var buf bytes.Buffer
	if _, err := buf.ReadFrom(resp.Body); err != nil {
		t.Fatal(err)
	}
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("GET %s: %s", url, resp.Status)
	}
	return buf.String()
}

// syncBuffer is a bytes.Buffer safe for concurrent writes and reads.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}
