//go:build !wasm

package e2e

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/andybalholm/brotli"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// wasmBudget is the most web/app.wasm may weigh once compressed with brotli
// at quality 11: what a visitor downloads from a host that serves .br.
// It is raised from 1,600,000 while issues 9-12 land; issue 13
// replaces it with a ratio to the go-app floor app built in the same run.
const wasmBudget = 1_700_000

// TestWasmSizeBudget compresses web/app.wasm (as TestMain found or built it)
// with brotli at quality 11 and fails when it is over the budget. It logs the raw, gzip -9 and
// brotli sizes.
func TestWasmSizeBudget(t *testing.T) {
	require.NoError(t, wasmErr, "building web/app.wasm")
	path := filepath.Join(root, "web", "app.wasm")
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	require.Greater(t, len(data), 1<<20, "web/app.wasm is implausibly small")

	br, how := builtBrotliSize(t, data)
	if br == 0 {
		br, how = brotliSize(t, data)
	}
	gz := gzipSize(t, data)
	t.Logf("web/app.wasm: raw %d bytes, gzip -9 %d, brotli -q 11 %d (%s); budget %d, %.1f%% used",
		len(data), gz, br, how, wasmBudget, 100*float64(br)/wasmBudget)
	assert.LessOrEqual(t, br, wasmBudget, "web/app.wasm is over its budget once compressed with brotli -q 11 (%d bytes > %d)", br, wasmBudget)
}

// builtBrotliSize returns the size of the app.wasm.br that `hirecalc build`
// wrote for the shared static site (brotli at quality 11, the file a host
// serving precompressed files sends), after checking that it decompresses
// to exactly data. It returns 0 when there is no such file for this wasm.
func builtBrotliSize(t *testing.T, data []byte) (int, string) {
	t.Helper()
	if staticSite == nil {
		return 0, ""
	}
	br, err := os.ReadFile(filepath.Join(staticSite.dir, "web", "app.wasm.br"))
	if err != nil {
		return 0, ""
	}
	raw, err := io.ReadAll(brotli.NewReader(bytes.NewReader(br)))
	if err != nil {
		t.Errorf("the static site's app.wasm.br is not valid brotli: %v", err)
		return 0, ""
	}
	if !bytes.Equal(raw, data) {
		return 0, "" // web/app.wasm was rebuilt since
	}
	return len(br), "app.wasm.br written by hirecalc build"
}

// brotliSize returns the size of data compressed with brotli at quality 11
// and a 16 MiB window (the brotli command's defaults for -q 11), using the
// brotli command when it is installed (faster) and the Go encoder otherwise.
// The result is cached in artifacts/ by the SHA-256 of data, so re-running
// the tests on an unchanged wasm costs nothing.
func brotliSize(t *testing.T, data []byte) (int, string) {
	t.Helper()
	sum := sha256.Sum256(data)
	cache := filepath.Join(artifacts, "wasm-brotli-"+hex.EncodeToString(sum[:8])+".txt")
	if b, err := os.ReadFile(cache); err == nil {
		if n, err := strconv.Atoi(strings.TrimSpace(string(b))); err == nil {
			return n, "cached result for this wasm"
		}
	}

	var n int
	var how string
	if bin, err := exec.LookPath("brotli"); err == nil {
		cmd := exec.Command(bin, "-q", "11", "-w", "24", "-c")
		cmd.Stdin = bytes.NewReader(data)
		var cnt counter
		cmd.Stdout = &cnt
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		require.NoError(t, cmd.Run(), "brotli: %s", stderr.String())
		n, how = int(cnt), "brotli command"
	} else {
		var cnt counter
		w := brotli.NewWriterOptions(&cnt, brotli.WriterOptions{Quality: 11, LGWin: 24})
		_, err := w.Write(data)
		require.NoError(t, err)
		require.NoError(t, w.Close())
		n, how = int(cnt), "Go brotli encoder"
	}

	old, _ := filepath.Glob(filepath.Join(artifacts, "wasm-brotli-*.txt"))
	for _, f := range old {
		_ = os.Remove(f)
	}
	if err := os.WriteFile(cache, []byte(fmt.Sprintln(n)), 0o644); err != nil {
		t.Logf("caching the brotli size: %v", err)
	}
	return n, how
}

func gzipSize(t *testing.T, data []byte) int {
	t.Helper()
	var cnt counter
	w, err := gzip.NewWriterLevel(&cnt, gzip.BestCompression)
	require.NoError(t, err)
	_, err = io.Copy(w, bytes.NewReader(data))
	require.NoError(t, err)
	require.NoError(t, w.Close())
	return int(cnt)
}

// counter is an io.Writer that counts bytes.
type counter int

func (c *counter) Write(p []byte) (int, error) {
	*c += counter(len(p))
	return len(p), nil
}
