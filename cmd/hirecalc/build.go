//go:build !wasm

package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"hirecalc/app/ui"
	"hirecalc/cmd/hirecalc/internal/precompress"
)

// runBuild runs "hirecalc build".
func runBuild(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("build", flag.ContinueOnError)
	fs.SetOutput(stderr)
	out := fs.String("o", "", "write the static website to `DIR` (required)")
	webDir := fs.String("web", defaultWebDir, "copy the web assets (app.wasm, icons, styles) from `DIR`")
	frameAncestors := fs.String("frame-ancestors", "*",
		"`SOURCES` that may embed the app in a frame, written to the _headers file as\n"+
			"Content-Security-Policy: frame-ancestors (as for serve)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: hirecalc build -o DIR [-web DIR] [-frame-ancestors SOURCES]")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	switch {
	case fs.NArg() > 0:
		fmt.Fprintf(stderr, "hirecalc build: unexpected argument %q\n", fs.Arg(0))
		fs.Usage()
		return 2
	case *out == "":
		fmt.Fprintln(stderr, "hirecalc build: -o DIR is required")
		fs.Usage()
		return 2
	}
	if err := validFrameAncestors(*frameAncestors); err != nil {
		fmt.Fprintf(stderr, "hirecalc build: -frame-ancestors: %v\n", err)
		return 2
	}
	v := appVersion(*webDir)
	n, err := buildSite(*out, *webDir, v, *frameAncestors, precompress.UserCache())
	if err != nil {
		fmt.Fprintf(stderr, "hirecalc build: %v\n", err)
		return 1
	}
	fmt.Fprintf(stdout, "hirecalc %s: wrote %d files to %s\n", v, n, *out)
	return 0
}

// buildSite writes the static website to outDir, with the web assets of
// webDir and a _headers file whose policy lets frameAncestors frame the
// app, and returns how many files it wrote.
func buildSite(outDir, webDir, version, frameAncestors string, cache precompress.Cache) (int, error) {
	if _, err := os.Stat(filepath.Join(webDir, "app.wasm")); err != nil {
		return 0, fmt.Errorf("%w; build it first: GOOS=js GOARCH=wasm go build -o %s ./cmd/hirecalc",
			err, filepath.Join(webDir, "app.wasm"))
	}
	if same, err := sameDir(filepath.Join(outDir, "web"), webDir); err != nil {
		return 0, err
	} else if same {
		return 0, fmt.Errorf("%s would overwrite the web assets of %s: choose another folder", outDir, webDir)
	}
	if err := os.MkdirAll(outDir, 0o755); err != nil {
		return 0, fmt.Errorf("create output folder: %w", err)
	}
	if err := app.GenerateStaticWebsite(outDir, newHandler(webDir, version)); err != nil {
		return 0, fmt.Errorf("generate pages: %w", err)
	}
	if err := checkPages(outDir); err != nil {
		return 0, err
	}
	if err := copyDir(filepath.Join(outDir, "web"), webDir); err != nil {
		return 0, fmt.Errorf("copy web assets: %w", err)
	}
	if err := os.WriteFile(filepath.Join(outDir, "_headers"), []byte(headersFile(frameAncestors)), 0o644); err != nil {
		return 0, fmt.Errorf("write _headers: %w", err)
	}
	return precompress.Dir(outDir, cache)
}

// checkPages makes sure the generated pages show the default answer, not
// go-app's silent "404 page not found": index.html the full app, and
// embed.html (ui.EmbedPath) the embed view.
func checkPages(outDir string) error {
	for _, p := range []struct{ file, want, view string }{
		{"index.html", `class="hc-app"`, "the full app"},
		{strings.TrimPrefix(ui.EmbedPath, "/"), `class="hc-app hc-embed"`, "the embed view"},
	} {
		b, err := os.ReadFile(filepath.Join(outDir, p.file))
		if err != nil {
			return fmt.Errorf("read generated page: %w", err)
		}
		switch {
		case bytes.Contains(b, []byte("404 page not found")):
			return fmt.Errorf("%s is go-app's 404 page: its route is not registered in this binary", p.file)
		case !bytes.Contains(b, []byte(`id="rec-role"`)):
			return fmt.Errorf("%s does not contain the prerendered answer (#rec-role)", p.file)
		case !bytes.Contains(b, []byte(p.want)):
			return fmt.Errorf("%s is not %s", p.file, p.view)
		}
	}
	return nil
}

// sameDir reports whether a and b name the same folder.
func sameDir(a, b string) (bool, error) {
	aa, err := filepath.Abs(a)
	if err != nil {
		return false, err
	}
	bb, err := filepath.Abs(b)
	if err != nil {
		return false, err
	}
	if aa == bb {
		return true, nil
	}
	ai, errA := os.Stat(aa)
	bi, errB := os.Stat(bb)
	return errA == nil && errB == nil && os.SameFile(ai, bi), nil
}

// copyDir copies the files of src into dst, skipping precompressed copies
// (they are made again from the copied files) and hidden files.
func copyDir(dst, src string) error {
	return filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(src, path)
		if err != nil {
			return err
		}
		if rel != "." && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		target := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		if precompress.IsCopy(path) {
			return nil
		}
		return copyFile(target, path)
	})
}

// copyFile copies the file src to dst.
func copyFile(dst, src string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.Create(dst)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}
