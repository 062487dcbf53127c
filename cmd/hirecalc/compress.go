//go:build !wasm

package main

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"

	"github.com/andybalholm/brotli"
)

// Brotli qualities: the best one for releases (build), a fast one for
// serving a freshly built app.wasm during development.
const (
	brotliBest = 11
	brotliFast = 5
)

// compressBrotli returns b compressed with brotli at the given quality,
// with the 16 MiB window of the brotli command at quality 11.
func compressBrotli(b []byte, quality int) []byte {
	var out bytes.Buffer
	w := brotli.NewWriterOptions(&out, brotli.WriterOptions{Quality: quality, LGWin: 24})
	w.Write(b) // writes to a bytes.Buffer do not fail
	w.Close()
	return out.Bytes()
}

// compressGzip returns b compressed with gzip at the best compression.
func compressGzip(b []byte) []byte {
	var out bytes.Buffer
	w, _ := gzip.NewWriterLevel(&out, gzip.BestCompression) // the level is valid
	w.Write(b)
	w.Close()
	return out.Bytes()
}

// compressCache keeps compressed copies of large files in a folder, keyed
// by the hash of their contents, so that brotli at quality 11 (about a
// minute for app.wasm) runs once per app.wasm, not once per build or start.
// A zero compressCache (no folder) caches nothing.
type compressCache struct {
	dir string
}

// userCompressCache returns the cache in the user's cache folder, or a
// zero cache when there is none.
func userCompressCache() compressCache {
	dir, err := os.UserCacheDir()
	if err != nil {
		return compressCache{}
	}
	return compressCache{dir: filepath.Join(dir, "hirecalc", "compressed")}
}

// name returns the cache file for b compressed with encoding at quality.
func (c compressCache) name(b []byte, encoding string, quality int) string {
	sum := sha256.Sum256(b)
	return filepath.Join(c.dir, fmt.Sprintf("%s-q%d.%s", hex.EncodeToString(sum[:16]), quality, encoding))
}

// lookup returns the cached copy of b compressed with encoding at quality.
func (c compressCache) lookup(b []byte, encoding string, quality int) ([]byte, bool) {
	if c.dir == "" {
		return nil, false
	}
	out, err := os.ReadFile(c.name(b, encoding, quality))
	return out, err == nil && len(out) > 0
}

// store saves a compressed copy; failures only cost time later.
func (c compressCache) store(b []byte, encoding string, quality int, compressed []byte) {
	if c.dir == "" || os.MkdirAll(c.dir, 0o755) != nil {
		return
	}
	name := c.name(b, encoding, quality)
	tmp, err := os.CreateTemp(c.dir, ".tmp-*")
	if err != nil {
		return
	}
	_, werr := tmp.Write(compressed)
	cerr := tmp.Close()
	if werr != nil || cerr != nil || os.Rename(tmp.Name(), name) != nil {
		os.Remove(tmp.Name())
	}
}

// brotli returns b compressed with brotli at quality, from the cache when
// it is there.
func (c compressCache) brotli(b []byte, quality int) []byte {
	if out, ok := c.lookup(b, "br", quality); ok {
		return out
	}
	out := compressBrotli(b, quality)
	c.store(b, "br", quality, out)
	return out
}

// gzip returns b compressed with gzip, from the cache when it is there.
func (c compressCache) gzip(b []byte) []byte {
	if out, ok := c.lookup(b, "gz", gzip.BestCompression); ok {
		return out
	}
	out := compressGzip(b)
	c.store(b, "gz", gzip.BestCompression, out)
	return out
}
