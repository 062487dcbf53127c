//go:build !wasm

package precompress

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/andybalholm/brotli"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCache(t *testing.T) {
	data := []byte(strings.Repeat("hirecalc ", 5000))
	c := Cache{Dir: t.TempDir()}
	first := c.Brotli(data, BrotliFast)
	// A tampered cache entry is what a second call returns: proof that it
	// reads the cache instead of compressing again.
	require.NoError(t, os.WriteFile(c.name(data, "br", BrotliFast), []byte("cached"), 0o644))
	assert.Equal(t, "cached", string(c.Brotli(data, BrotliFast)))
	raw, err := io.ReadAll(brotli.NewReader(bytes.NewReader(first)))
	require.NoError(t, err)
	assert.Equal(t, data, raw)

	var none Cache
	gz := none.Gzip(data)
	r, err := gzip.NewReader(bytes.NewReader(gz))
	require.NoError(t, err, "a cache without a folder still compresses")
	raw, err = io.ReadAll(r)
	require.NoError(t, err)
	assert.Equal(t, data, raw)
}

func TestDirSkipsSmallFiles(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "small.js"), []byte("x"), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "big.js"), bytes.Repeat([]byte("x"), 4096), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "icon.png"), bytes.Repeat([]byte("x"), 4096), 0o644))
	n, err := Dir(dir, Cache{})
	require.NoError(t, err)
	assert.Equal(t, 5, n)
	assert.FileExists(t, filepath.Join(dir, "big.js.br"))
	assert.FileExists(t, filepath.Join(dir, "big.js.gz"))
	assert.NoFileExists(t, filepath.Join(dir, "small.js.br"))
	assert.NoFileExists(t, filepath.Join(dir, "icon.png.gz"))
}

func TestAcceptsEncoding(t *testing.T) {
	for _, tt := range []struct {
		header, enc string
		want        bool
	}{
		{"gzip, deflate, br", "br", true},
		{"gzip, deflate", "br", false},
		{"BR;q=0.5", "br", true},
		{"br;q=0", "br", false},
		{"br; q=0.0", "br", false},
		{"gzip;q=1.0, identity; q=0.5, *;q=0", "gzip", true},
		{"", "gzip", false},
		{"xbr", "br", false},
	} {
		assert.Equal(t, tt.want, AcceptsEncoding(tt.header, tt.enc), "%q accepts %s", tt.header, tt.enc)
	}
}
