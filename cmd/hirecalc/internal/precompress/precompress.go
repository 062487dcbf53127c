//go:build !wasm

// Package precompress makes the brotli and gzip copies of a static site's
// files that a host serves to browsers accepting them, and keeps the slow
// ones (brotli at quality 11 of app.wasm takes about a minute) in a cache
// folder keyed by content. hirecalc's build and serve commands use it, and
// so does the go-app floor app that make bench compares hirecalc with, so
// that both static sites are compressed the same way.
package precompress

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/andybalholm/brotli"
)

// Brotli qualities: the best one for releases (build), a fast one for
// serving a freshly built app.wasm during development.
const (
	BrotliBest = 11
	BrotliFast = 5
)

// Brotli returns b compressed with brotli at the given quality, with the
// 16 MiB window of the brotli command at quality 11.
func Brotli(b []byte, quality int) []byte {
	var out bytes.Buffer
	w := brotli.NewWriterOptions(&out, brotli.WriterOptions{Quality: quality, LGWin: 24})
	w.Write(b) // writes to a bytes.Buffer do not fail
	w.Close()
	return out.Bytes()
}

// Gzip returns b compressed with gzip at the best compression.
func Gzip(b []byte) []byte {
	var out bytes.Buffer
	w, _ := gzip.NewWriterLevel(&out, gzip.BestCompression) // the level is valid
	w.Write(b)
	w.Close()
	return out.Bytes()
}

// Cache keeps compressed copies of large files in a folder, keyed by the
// hash of their contents, so that brotli at quality 11 runs once per
// app.wasm, not once per build or start. A zero Cache (no folder) caches
// nothing.
type Cache struct {
	Dir string
}

// UserCache returns the cache in the user's cache folder, or a zero cache
// when there is none.
func UserCache() Cache {
	dir, err := os.UserCacheDir()
	if err != nil {
		return Cache{}
	}
	return Cache{Dir: filepath.Join(dir, "hirecalc", "compressed")}
}

// name returns the cache file for b compressed with encoding at quality.
func (c Cache) name(b []byte, encoding string, quality int) string {
	sum := sha256.Sum256(b)
	return filepath.Join(c.Dir, fmt.Sprintf("%s-q%d.%s", hex.EncodeToString(sum[:16]), quality, encoding))
}

// Lookup returns the cached copy of b compressed with encoding ("br" or
// "gz") at quality.
func (c Cache) Lookup(b []byte, encoding string, quality int) ([]byte, bool) {
	if c.Dir == "" {
		return nil, false
	}
	out, err := os.ReadFile(c.name(b, encoding, quality))
	return out, err == nil && len(out) > 0
}

// store saves a compressed copy; failures only cost time later.
func (c Cache) store(b []byte, encoding string, quality int, compressed []byte) {
	if c.Dir == "" || os.MkdirAll(c.Dir, 0o755) != nil {
		return
	}
	name := c.name(b, encoding, quality)
	tmp, err := os.CreateTemp(c.Dir, ".tmp-*")
	if err != nil {
		return
	}
	_, werr := tmp.Write(compressed)
	cerr := tmp.Close()
	if werr != nil || cerr != nil || os.Rename(tmp.Name(), name) != nil {
		os.Remove(tmp.Name())
	}
}

// Brotli returns b compressed with brotli at quality, from the cache when
// it is there.
func (c Cache) Brotli(b []byte, quality int) []byte {
	if out, ok := c.Lookup(b, "br", quality); ok {
		return out
	}
	out := Brotli(b, quality)
	c.store(b, "br", quality, out)
	return out
}

// Gzip returns b compressed with gzip, from the cache when it is there.
func (c Cache) Gzip(b []byte) []byte {
	if out, ok := c.Lookup(b, "gz", gzip.BestCompression); ok {
		return out
	}
	out := Gzip(b)
	c.store(b, "gz", gzip.BestCompression, out)
	return out
}

// compressible lists the extensions of the files Dir precompresses.
var compressible = map[string]bool{
	".html": true, ".js": true, ".css": true, ".svg": true, ".json": true,
	".webmanifest": true, ".wasm": true, ".txt": true, ".xml": true, ".md": true,
}

// IsCopy reports whether path is a .br or .gz copy of a file.
func IsCopy(path string) bool {
	return strings.HasSuffix(path, ".br") || strings.HasSuffix(path, ".gz")
}

// Dir writes a .br (brotli, quality 11) and a .gz (gzip, best) copy beside
// every compressible file of dir larger than 1 KiB, and returns the number
// of files in dir afterwards. Only .wasm files go through cache; small
// files compress fast.
func Dir(dir string, cache Cache) (int, error) {
	var files []string
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() {
			files = append(files, path)
		}
		return nil
	})
	if err != nil {
		return 0, fmt.Errorf("list %s: %w", dir, err)
	}
	n := len(files)
	for _, name := range files {
		if !compressible[filepath.Ext(name)] || IsCopy(name) {
			continue
		}
		b, err := os.ReadFile(name)
		if err != nil {
			return 0, fmt.Errorf("precompress: %w", err)
		}
		if len(b) <= 1024 {
			continue
		}
		c := Cache{}
		if filepath.Ext(name) == ".wasm" {
			c = cache
		}
		if err := os.WriteFile(name+".br", c.Brotli(b, BrotliBest), 0o644); err != nil {
			return 0, fmt.Errorf("precompress: %w", err)
		}
		if err := os.WriteFile(name+".gz", c.Gzip(b), 0o644); err != nil {
			return 0, fmt.Errorf("precompress: %w", err)
		}
		n += 2
	}
	return n, nil
}

// AcceptsEncoding reports whether an Accept-Encoding header value accepts
// the content coding enc (with a quality above zero).
func AcceptsEncoding(header, enc string) bool {
	for part := range strings.SplitSeq(header, ",") {
		name, params, _ := strings.Cut(part, ";")
		if !strings.EqualFold(strings.TrimSpace(name), enc) {
			continue
		}
		q := 1.0
		for p := range strings.SplitSeq(params, ";") {
			if k, v, ok := strings.Cut(strings.TrimSpace(p), "="); ok && strings.EqualFold(k, "q") {
				if f, err := strconv.ParseFloat(strings.TrimSpace(v), 64); err == nil {
					q = f
				}
			}
		}
		return q > 0
	}
	return false
}
