//go:build !wasm

package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestSanitizeVersion(t *testing.T) {
	for in, want := range map[string]string{
		"v1.2.3":              "v1.2.3",
		" v1.2.3-4-gabc123\n": "v1.2.3-4-gabc123",
		`v1"; alert(1); "`:    "v1-alert-1",
		"feature/x y":         "feature-x-y",
		"":                    "",
		"abc123+dirty":        "abc123+dirty",
		"</script><script>":   "script-script",
		"1.0.0_rc.1~ubuntu":   "1.0.0_rc.1-ubuntu",
	} {
		assert.Equal(t, want, sanitizeVersion(in), "%q", in)
	}
}

func TestAppVersion(t *testing.T) {
	t.Run("the linked version wins", func(t *testing.T) {
		old := version
		t.Cleanup(func() { version = old })
		version = "v9.9.9"
		assert.Equal(t, "v9.9.9", appVersion(t.TempDir()))
	})
	t.Run("without one, it is a revision or names the web files", func(t *testing.T) {
		old := version
		t.Cleanup(func() { version = old })
		version = ""
		v := appVersion(t.TempDir())
		assert.NotEmpty(t, v)
		assert.Equal(t, v, sanitizeVersion(v))
	})
}

func TestWebHash(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "app.css"), []byte("a"), 0o644))
	first := webHash(dir)
	require.NoError(t, os.WriteFile(filepath.Join(dir, "app.wasm.br"), []byte("compressed"), 0o644))
	assert.Equal(t, first, webHash(dir), "a precompressed copy changed the hash")
	require.NoError(t, os.WriteFile(filepath.Join(dir, "app.css"), []byte("b"), 0o644))
	assert.NotEqual(t, first, webHash(dir), "a changed file kept the hash")
	assert.Equal(t, "0", webHash(filepath.Join(dir, "missing")))
}
