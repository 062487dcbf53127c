//go:build !wasm

package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"hirecalc/cmd/hirecalc/internal/precompress"
)

func TestAnswer(t *testing.T) {
	for team, want := range map[string]string{"8": "17", "0": "1", "81": "163", "": "-", "1.5": "-", "-3": "-5"} {
		assert.Equal(t, want, answer(team), "answer(%q)", team)
	}
}

func TestBuild(t *testing.T) {
	app.Route("/", func() app.Composer { return &floor{team: defaultTeam} })
	dir := t.TempDir()
	wasm := filepath.Join(t.TempDir(), "app.wasm")
	require.NoError(t, os.WriteFile(wasm, []byte("\x00asm"+strings.Repeat("floor", 1000)), 0o644))
	worker := filepath.Join(t.TempDir(), "worker.js")
	require.NoError(t, os.WriteFile(worker, []byte(`const cacheName = "test-{{.Version}}"; // `+strings.Repeat("x", 2000)), 0o644))

	n, err := build(dir, wasm, worker, "v-test", precompress.Cache{})
	require.NoError(t, err)
	assert.Greater(t, n, 10)

	html, err := os.ReadFile(filepath.Join(dir, "index.html"))
	require.NoError(t, err)
	// go-app writes attributes in map order, so look for each one.
	input := regexp.MustCompile(`<input [^>]*>`).FindString(string(html))
	for _, attr := range []string{`id="in-team"`, `type="number"`, `value="8"`} {
		assert.Contains(t, input, attr, "the prerendered input")
	}
	assert.Contains(t, string(html), `<p id="out">17</p>`, "the answer is prerendered")
	assert.Contains(t, string(html), "#app-wasm-loader.goapp-app-info{top:auto", "the loader does not cover the page")
	assert.NotContains(t, string(html), "raw.githubusercontent.com", "every icon is local")

	js, err := os.ReadFile(filepath.Join(dir, "app-worker.js"))
	require.NoError(t, err)
	assert.Contains(t, string(js), `"test-v-test"`, "the given worker, with the version")
	for _, name := range []string{"web/app.wasm", "web/app.wasm.br", "web/app.wasm.gz", "web/icon.svg",
		"web/icon-192.png", "web/icon-512.png", "web/icon-maskable-512.png", "index.html.br", "wasm_exec.js.gz"} {
		assert.FileExists(t, filepath.Join(dir, name))
	}
	manifest, err := os.ReadFile(filepath.Join(dir, "manifest.webmanifest"))
	require.NoError(t, err)
	assert.NotContains(t, string(manifest), "https://", "the manifest's icons are local")
}
