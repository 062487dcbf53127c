//go:build !wasm

package main

import (
	"bytes"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/andybalholm/brotli"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"hirecalc/app/hiring"
	"hirecalc/cmd/hirecalc/internal/precompress"
)

func TestBuildSite(t *testing.T) {
	registerRoutes()
	web, wasm := testWebDir(t)
	out := filepath.Join(t.TempDir(), "site")
	cache := precompress.Cache{Dir: t.TempDir()}

	n, err := buildSite(out, web, "v-build", "'self' https://careers.example", cache)
	require.NoError(t, err)

	t.Run("every file the app needs is there", func(t *testing.T) {
		var files []string
		require.NoError(t, filepath.WalkDir(out, func(path string, d os.DirEntry, err error) error {
			if err == nil && !d.IsDir() {
				files = append(files, path)
			}
			return err
		}))
		assert.Equal(t, n, len(files), "the reported number of files")
		for _, name := range []string{"index.html", "app.js", "app-worker.js", "wasm_exec.js", "app.css",
			"manifest.webmanifest", "web/app.wasm", "web/app.wasm.br", "web/app.wasm.gz", "web/boot.js",
			"web/hirecalc.css", "web/icon.svg", "web/icon-192.png", "web/icon-512.png",
			"web/icon-maskable-512.png", "index.html.br", "index.html.gz", "wasm_exec.js.br"} {
			assert.FileExists(t, filepath.Join(out, name))
		}
	})
	t.Run("index.html shows the default answer", func(t *testing.T) {
		html, err := os.ReadFile(filepath.Join(out, "index.html"))
		require.NoError(t, err)
		want := hiring.Recommend(hiring.DefaultInput())
		assert.Equal(t, string(want.Role), roleOf(t, html))
		assert.Equal(t, want.Title, titleOf(t, html))
		assert.Contains(t, string(html), `id="version">v-build<`)
	})
	t.Run("the precompressed app.wasm is app.wasm", func(t *testing.T) {
		br, err := os.ReadFile(filepath.Join(out, "web", "app.wasm.br"))
		require.NoError(t, err)
		raw, err := io.ReadAll(brotli.NewReader(bytes.NewReader(br)))
		require.NoError(t, err)
		assert.True(t, bytes.Equal(wasm, raw))
		cached, err := os.ReadDir(cache.Dir)
		require.NoError(t, err)
		assert.NotEmpty(t, cached, "app.wasm's compressed copies were not cached")
	})
	t.Run("_headers sets the policy for Netlify and Cloudflare Pages", func(t *testing.T) {
		b, err := os.ReadFile(filepath.Join(out, "_headers"))
		require.NoError(t, err)
		assert.Equal(t, []string{"/*"}, headerRules(t, string(b)))
		h := headersFor(t, string(b), "/")
		assert.Equal(t, "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' "+scriptHash(headScript)+"; object-src 'none'; base-uri 'none'; "+
			"form-action 'self'; frame-ancestors 'self' https://careers.example", h.Get("Content-Security-Policy"))
		assert.Equal(t, "nosniff", h.Get("X-Content-Type-Options"))
		assert.Equal(t, "no-referrer", h.Get("Referrer-Policy"))
	})
	t.Run("pages carry the policy without frame-ancestors as a meta element", func(t *testing.T) {
		for _, page := range []struct{ file, meta string }{
			{"index.html", policyMeta},
			{"embed.html", policyMeta},
			{"web/embed-builder.html", `<meta http-equiv="Content-Security-Policy" content="` + builderPolicy + `">`},
		} {
			html, err := os.ReadFile(filepath.Join(out, page.file))
			require.NoError(t, err)
			assert.Equal(t, 1, strings.Count(string(html), page.meta), "%s has no or several policy meta elements", page.file)
			assert.Equal(t, 1, strings.Count(string(html), `http-equiv="Content-Security-Policy"`), "%s has several policies", page.file)
			assert.NotContains(t, string(html), "frame-ancestors", "%s: a meta policy cannot carry frame-ancestors", page.file)
		}
	})
	t.Run("the version names the worker's cache", func(t *testing.T) {
		js, err := os.ReadFile(filepath.Join(out, "app-worker.js"))
		require.NoError(t, err)
		assert.Contains(t, string(js), `cachePrefix + "v-build"`)
	})
	t.Run("a static host serves the default answer", func(t *testing.T) {
		host := http.FileServer(http.Dir(out))
		res, body := get(t, host, "/")
		require.Equal(t, http.StatusOK, res.StatusCode)
		assert.Equal(t, string(hiring.Recommend(hiring.DefaultInput()).Role), roleOf(t, body))
		res, _ = get(t, host, "/web/app.wasm")
		assert.Equal(t, "application/wasm", res.Header.Get("Content-Type"))
	})
	t.Run("a second build over the first works", func(t *testing.T) {
		_, err := buildSite(out, web, "v-build-2", "*", cache)
		require.NoError(t, err)
		js, err := os.ReadFile(filepath.Join(out, "app-worker.js"))
		require.NoError(t, err)
		assert.Contains(t, string(js), `cachePrefix + "v-build-2"`)
	})
}

func TestBuildSiteErrors(t *testing.T) {
	registerRoutes()
	t.Run("without app.wasm it says how to build it", func(t *testing.T) {
		_, err := buildSite(t.TempDir(), t.TempDir(), "v", "*", precompress.Cache{})
		require.Error(t, err)
		assert.Contains(t, err.Error(), "GOOS=js GOARCH=wasm go build")
	})
	t.Run("it refuses to write over its own web assets", func(t *testing.T) {
		root := t.TempDir()
		web := filepath.Join(root, "web")
		require.NoError(t, os.MkdirAll(web, 0o755))
		require.NoError(t, os.WriteFile(filepath.Join(web, "app.wasm"), []byte("\x00asm"), 0o644))
		_, err := buildSite(root, web, "v", "*", precompress.Cache{})
		require.Error(t, err)
		assert.Contains(t, err.Error(), "overwrite")
	})
}

// headerRules returns the path patterns of a _headers file, in order.
func headerRules(t *testing.T, file string) []string {
	t.Helper()
	var rules []string
	for _, line := range strings.Split(file, "\n") {
		if line != "" && !strings.HasPrefix(line, "#") && !strings.HasPrefix(line, " ") {
			rules = append(rules, line)
		}
	}
	return rules
}

// headersFor returns the headers a _headers file gives path, as Netlify
// and Cloudflare Pages read it: each rule is a path pattern (a trailing *
// matches any rest) followed by indented "Name: value" lines.
func headersFor(t *testing.T, file, path string) http.Header {
	t.Helper()
	h := http.Header{}
	match := false
	for _, line := range strings.Split(file, "\n") {
		switch {
		case line == "" || strings.HasPrefix(strings.TrimSpace(line), "#"):
		case !strings.HasPrefix(line, " "):
			pattern := strings.TrimSpace(line)
			prefix, star := strings.CutSuffix(pattern, "*")
			match = star && strings.HasPrefix(path, prefix) || pattern == path
		case match:
			k, v, ok := strings.Cut(strings.TrimSpace(line), ":")
			require.True(t, ok, "bad header line %q", line)
			h.Add(strings.TrimSpace(k), strings.TrimSpace(v))
		}
	}
	return h
}

// TestReadmeShowsThePolicy keeps the README's deployment instructions
// in step with the policy hirecalc sends.
func TestReadmeShowsThePolicy(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	require.NoError(t, err)
	// The policy holds the hash of the head script (head.js and the key
	// lists of package embed): a change there changes the README's lines.
	msg := "README.md's policy is not the one hirecalc sends; its script-src must read: " + sitePolicy
	assert.Contains(t, string(b), "Content-Security-Policy: "+contentSecurityPolicy("*"), msg)
	assert.Contains(t, string(b), sitePolicy+"; frame-ancestors 'self' https://careers.acme.example", msg)
}
