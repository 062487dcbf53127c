//go:build !wasm

package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"hirecalc/cmd/hirecalc/internal/precompress"
)

func TestServeAllowsGetAndHeadOnly(t *testing.T) {
	registerRoutes()
	dir, _ := testWebDir(t)
	srv := newServer(dir, "v-test", "*", precompress.Cache{})
	paths := []string{"/", "/?team=3", "/web/app.wasm", "/app.wasm", "/app.js", "/wasm_exec.js",
		"/app-worker.js", "/manifest.webmanifest", "/web/icon.svg", "/web/embed.js", "/nothing-here"}
	for _, method := range []string{"POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE", "CONNECT", "PROPFIND"} {
		for _, path := range paths {
			req := httptest.NewRequest(method, path, strings.NewReader("x=1"))
			w := httptest.NewRecorder()
			srv.ServeHTTP(w, req)
			assert.Equal(t, http.StatusMethodNotAllowed, w.Code, "%s %s", method, path)
			assert.Equal(t, "GET, HEAD", w.Header().Get("Allow"), "%s %s", method, path)
			assert.NotEmpty(t, w.Header().Get("Content-Security-Policy"), "%s %s", method, path)
		}
	}
	for _, method := range []string{"GET", "HEAD"} {
		for _, path := range paths[:len(paths)-1] {
			req := httptest.NewRequest(method, path, nil)
			w := httptest.NewRecorder()
			srv.ServeHTTP(w, req)
			assert.Equal(t, http.StatusOK, w.Code, "%s %s", method, path)
		}
	}
}

// TestServeLimitsReachASlowLine checks the arithmetic of serveLimits: at
// 1 Mbit/s a page and the other files fit in the write timeout, and
// app.wasm, raw or compressed, in its own deadline.
func TestServeLimitsReachASlowLine(t *testing.T) {
	l := serveLimits
	const mbit = 1_000_000 / 8 // bytes per second
	at1Mbit := func(n int) time.Duration { return time.Duration(n) * time.Second / mbit }
	assert.Equal(t, mbit, l.minRate, "app.wasm must reach a 1 Mbit/s line")

	registerRoutes()
	dir, _ := testWebDir(t)
	srv := newServer(dir, "v-test", "*", precompress.Cache{})
	for _, path := range []string{"/", "/?embed=1", "/app.js", "/wasm_exec.js", "/web/hirecalc.css", "/web/boot.js"} {
		_, body := get(t, srv, path)
		assert.Less(t, at1Mbit(len(body)), l.write/4, "%s (%d bytes) is slow to send at 1 Mbit/s", path, len(body))
	}

	// The sizes of app.wasm, and the real one when it is built.
	sizes := map[string]int{"raw, 9.4 MB": 9_400_000, "brotli, 1.6 MB": 1_600_000}
	if fi, err := os.Stat(filepath.Join(repoWebDir, "app.wasm")); err == nil {
		sizes["web/app.wasm"] = int(fi.Size())
	}
	for name, n := range sizes {
		assert.GreaterOrEqual(t, l.sendTime(n), at1Mbit(n)+l.write, "app.wasm %s", name)
		t.Logf("app.wasm %s: %v at 1 Mbit/s, write deadline %v", name, at1Mbit(n).Round(time.Second), l.sendTime(n).Round(time.Second))
	}
	assert.Greater(t, at1Mbit(9_400_000), l.write, "test design: the raw app.wasm needs more than the write timeout")
	assert.LessOrEqual(t, l.maxHeaderBytes, 64<<10)
	assert.GreaterOrEqual(t, l.maxHeaderBytes, 40<<10, "the largest query the app writes must fit")
}

// bigWasmDir returns a web folder whose app.wasm is n bytes (zeros after
// the magic number: quick to compress), and the file's size.
func bigWasmDir(t *testing.T, n int) string {
	t.Helper()
	dir, _ := testWebDir(t)
	b := make([]byte, n)
	copy(b, "\x00asm\x01\x00\x00\x00")
	require.NoError(t, os.WriteFile(filepath.Join(dir, "app.wasm"), b, 0o644))
	return dir
}

// startLimited serves srv with its limits on a loopback port until the
// test ends (or stop is called) and returns the address, and wait, which
// waits until serveUntil returned and gives when it returned and its
// error.
func startLimited(t *testing.T, srv *server) (addr string, stop context.CancelFunc, wait func() (time.Time, error)) {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	var serveErr error
	var stopped time.Time
	go func() {
		serveErr = serveUntil(ctx, srv.httpServer(), ln, srv.limits.shutdown)
		stopped = time.Now()
		close(done)
	}()
	wait = func() (time.Time, error) {
		<-done
		return stopped, serveErr
	}
	t.Cleanup(func() {
		cancel()
		_, _ = wait()
	})
	return ln.Addr().String(), cancel, wait
}

// slowGet sends GET path on a new connection and reads the response at
// about rate bytes per second; it returns the body bytes read and the
// error that ended the read, if any. started is closed once the first
// bytes of the body arrived.
func slowGet(addr, path string, rate int, started chan<- struct{}) (int, error) {
	c, err := net.Dial("tcp", addr)
	if err != nil {
		return 0, err
	}
	defer c.Close()
	_ = c.(*net.TCPConn).SetReadBuffer(32 << 10)
	fmt.Fprintf(c, "GET %s HTTP/1.1\r\nHost: test\r\nAccept-Encoding: identity\r\nConnection: close\r\n\r\n", path)
	res, err := http.ReadResponse(bufio.NewReaderSize(c, 32<<10), nil)
	if err != nil {
		return 0, err
	}
	defer res.Body.Close()
	if res.StatusCode != http.StatusOK {
		return 0, fmt.Errorf("GET %s: %s", path, res.Status)
	}
	const chunk = 64 << 10
	buf := make([]byte, chunk)
	total := 0
	begin := time.Now()
	for {
		n, err := res.Body.Read(buf)
		if total == 0 && n > 0 && started != nil {
			close(started)
		}
		total += n
		if errors.Is(err, io.EOF) {
			if int64(total) != res.ContentLength {
				return total, fmt.Errorf("%d of %d bytes: %w", total, res.ContentLength, io.ErrUnexpectedEOF)
			}
			return total, nil
		}
		if err != nil {
			return total, err
		}
		// Keep to the rate.
		if ahead := time.Duration(total)*time.Second/time.Duration(rate) - time.Since(begin); ahead > 0 {
			time.Sleep(ahead)
		}
	}
}

// TestServeWasmReachesASlowClient serves a 16 MB app.wasm with a write
// timeout of 300 ms to a client reading 8 MB/s: the per-response deadline
// lets it finish; without the extension the transfer is cut.
func TestServeWasmReachesASlowClient(t *testing.T) {
	registerRoutes()
	const size, rate = 16 << 20, 8 << 20
	dir := bigWasmDir(t, size)
	for _, tt := range []struct {
		name     string
		minRate  int
		complete bool
	}{
		{"the deadline grows with the size", 2 << 20, true},
		{"control: a deadline for a fast line cuts a slow client", 1 << 30, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			srv := newServer(dir, "v-test", "*", precompress.Cache{})
			srv.limits.write = 300 * time.Millisecond
			srv.limits.minRate = tt.minRate
			_, err := srv.wasm.load()
			require.NoError(t, err)
			addr, _, _ := startLimited(t, srv)
			n, err := slowGet(addr, "/web/app.wasm", rate, nil)
			if tt.complete {
				assert.NoError(t, err)
				assert.Equal(t, size, n)
			} else {
				assert.Error(t, err)
				assert.Less(t, n, size)
			}
		})
	}
}

func TestServeClosesSlowAndIdleConnections(t *testing.T) {
	registerRoutes()
	dir, _ := testWebDir(t)
	srv := newServer(dir, "v-test", "*", precompress.Cache{})
	srv.limits.readHeader = 300 * time.Millisecond
	srv.limits.read = 400 * time.Millisecond
	srv.limits.idle = 300 * time.Millisecond
	addr, _, _ := startLimited(t, srv)

	// closedWithin reports whether the server closes c within d.
	closedWithin := func(c net.Conn, d time.Duration) bool {
		_ = c.SetReadDeadline(time.Now().Add(d))
		_, err := io.Copy(io.Discard, c)
		var ne net.Error
		return err == nil || !(errors.As(err, &ne) && ne.Timeout())
	}

	t.Run("a header sent too slowly", func(t *testing.T) {
		c, err := net.Dial("tcp", addr)
		require.NoError(t, err)
		defer c.Close()
		fmt.Fprint(c, "GET / HTTP/1.1\r\nHost: test\r\n")
		assert.True(t, closedWithin(c, 3*time.Second), "a half-sent request keeps its connection")
	})
	t.Run("a kept-alive connection left idle", func(t *testing.T) {
		c, err := net.Dial("tcp", addr)
		require.NoError(t, err)
		defer c.Close()
		fmt.Fprint(c, "GET /web/icon.svg HTTP/1.1\r\nHost: test\r\n\r\n")
		br := bufio.NewReader(c)
		res, err := http.ReadResponse(br, nil)
		require.NoError(t, err)
		_, _ = io.Copy(io.Discard, res.Body)
		res.Body.Close()
		require.Equal(t, http.StatusOK, res.StatusCode)
		assert.True(t, closedWithin(c, 3*time.Second), "an idle connection stays open")
	})
	t.Run("a header larger than the limit", func(t *testing.T) {
		big := strings.Repeat("a", serveLimits.maxHeaderBytes+8<<10)
		res, err := http.Get("http://" + addr + "/?company=" + big)
		require.NoError(t, err)
		res.Body.Close()
		assert.Equal(t, http.StatusRequestHeaderFieldsTooLarge, res.StatusCode)

		res, err = http.Get("http://" + addr + "/?company=" + strings.Repeat("a", 40<<10))
		require.NoError(t, err)
		res.Body.Close()
		assert.Equal(t, http.StatusOK, res.StatusCode, "a 40 KB query is served")
	})
}

// TestServeUntilFinishesRequestsInFlight stops the server while a slow
// client downloads app.wasm: new connections are refused at once, the
// download completes, and serveUntil returns when it has.
func TestServeUntilFinishesRequestsInFlight(t *testing.T) {
	registerRoutes()
	const size, rate = 16 << 20, 8 << 20
	dir := bigWasmDir(t, size)
	for _, tt := range []struct {
		name  string
		grace time.Duration
		ok    bool
	}{
		{"within the grace period", 20 * time.Second, true},
		{"cut off after the grace period", 200 * time.Millisecond, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			srv := newServer(dir, "v-test", "*", precompress.Cache{})
			srv.limits.shutdown = tt.grace
			_, err := srv.wasm.load()
			require.NoError(t, err)
			addr, stop, wait := startLimited(t, srv)

			started := make(chan struct{})
			type result struct {
				n   int
				err error
				end time.Time
			}
			got := make(chan result, 1)
			go func() {
				n, err := slowGet(addr, "/web/app.wasm", rate, started)
				got <- result{n, err, time.Now()}
			}()
			<-started
			stop()
			time.Sleep(100 * time.Millisecond)
			if c, err := net.DialTimeout("tcp", addr, time.Second); err == nil {
				c.Close()
				t.Error("the server still accepts connections while stopping")
			}
			r := <-got
			stoppedAt, serveErr := wait()
			if tt.ok {
				assert.NoError(t, r.err)
				assert.Equal(t, size, r.n, "the download in flight was cut")
				assert.NoError(t, serveErr)
				assert.False(t, stoppedAt.Before(r.end.Add(-50*time.Millisecond)),
					"serveUntil returned %v before the download ended", r.end.Sub(stoppedAt))
			} else {
				assert.Less(t, r.n, size)
				assert.ErrorContains(t, serveErr, "cut off")
			}
		})
	}
}

// TestServeStopsOnSignal runs `hirecalc serve` (this test binary, in
// TestServeChildProcess) and stops it with SIGINT and SIGTERM: it exits
// with status 0 and says so.
func TestServeStopsOnSignal(t *testing.T) {
	dir, _ := testWebDir(t)
	for _, sig := range []syscall.Signal{syscall.SIGINT, syscall.SIGTERM} {
		t.Run(sig.String(), func(t *testing.T) {
			cmd := exec.Command(os.Args[0], "-test.run=^TestServeChildProcess$")
			cmd.Env = append(os.Environ(), "HIRECALC_SERVE_CHILD="+dir, "XDG_CACHE_HOME="+t.TempDir())
			out, err := cmd.StdoutPipe()
			require.NoError(t, err)
			cmd.Stderr = os.Stderr
			require.NoError(t, cmd.Start())
			lines := bufio.NewScanner(out)
			require.True(t, lines.Scan(), "serve printed nothing")
			first := lines.Text()
			_, addr, ok := strings.Cut(first, "serving http://")
			require.True(t, ok, "first line: %q", first)
			addr, _, _ = strings.Cut(addr, " ")
			res, err := http.Get("http://" + addr + "/")
			require.NoError(t, err)
			res.Body.Close()
			require.Equal(t, http.StatusOK, res.StatusCode)

			require.NoError(t, cmd.Process.Signal(sig))
			var rest []string
			for lines.Scan() {
				rest = append(rest, lines.Text())
			}
			exited := make(chan error, 1)
			go func() { exited <- cmd.Wait() }()
			select {
			case err := <-exited:
				assert.NoError(t, err, "serve exited with an error after %v", sig)
			case <-time.After(10 * time.Second):
				_ = cmd.Process.Kill()
				t.Fatalf("serve did not stop on %v", sig)
			}
			assert.Contains(t, rest, "hirecalc serve: stopped")
		})
	}
}

// TestServeChildProcess is `hirecalc serve` for TestServeStopsOnSignal.
func TestServeChildProcess(t *testing.T) {
	dir := os.Getenv("HIRECALC_SERVE_CHILD")
	if dir == "" {
		t.Skip("run by TestServeStopsOnSignal")
	}
	registerRoutes()
	os.Exit(runServe([]string{"-addr", "127.0.0.1:0", "-web", dir}, os.Stdout, os.Stderr))
}
