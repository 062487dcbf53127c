//go:build !wasm

package main

import (
	"crypto/sha256"
	"encoding/hex"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime/debug"
	"strings"

	"hirecalc/cmd/hirecalc/internal/precompress"
)

// version is the app version, set with -ldflags "-X main.version=VERSION".
// When empty, appVersion derives it from the source revision. Only the
// native command uses it: the browser reads the version go-app publishes.
var version string

// appVersion returns the app version: the linked version when set,
// otherwise the source revision from the Go build's VCS stamp or from git.
// When the revision is unknown or the tree has uncommitted changes, a hash
// of the files in webDir is added, so that every rebuilt app.wasm gets a
// new version and installed apps update.
//
// The version names the service worker's cache and is the ETag of every
// response, so it must change whenever a served file changes.
func appVersion(webDir string) string {
	if v := sanitizeVersion(version); v != "" {
		return v
	}
	rev, dirty := buildRevision()
	if rev == "" {
		rev, dirty = gitRevision()
	}
	if rev != "" && !dirty {
		return rev
	}
	h := webHash(webDir)
	switch {
	case rev == "":
		return "dev-" + h
	default:
		return rev + "-" + h
	}
}

var unsafeVersionChars = regexp.MustCompile(`[^A-Za-z0-9._+-]+`)

// sanitizeVersion keeps v safe inside a JavaScript string, a cache name
// and an HTTP ETag.
func sanitizeVersion(v string) string {
	return strings.Trim(unsafeVersionChars.ReplaceAllString(strings.TrimSpace(v), "-"), "-")
}

// buildRevision reads the revision that "go build" stamped into the binary.
func buildRevision() (rev string, dirty bool) {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return "", false
	}
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			dirty = s.Value == "true"
		}
	}
	if len(rev) > 12 {
		rev = rev[:12]
	}
	return sanitizeVersion(rev), dirty
}

// gitRevision asks git for the revision of the current directory.
func gitRevision() (rev string, dirty bool) {
	out, err := exec.Command("git", "describe", "--tags", "--always", "--dirty=+dirty").Output()
	if err != nil {
		return "", false
	}
	rev = strings.TrimSpace(string(out))
	rev, dirty = strings.CutSuffix(rev, "+dirty")
	return sanitizeVersion(rev), dirty
}

// webHash returns a short hash of the contents of the files in dir, or
// "0" when dir cannot be read. Precompressed copies are skipped: they
// follow from the files they compress.
func webHash(dir string) string {
	h := sha256.New()
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() || precompress.IsCopy(path) {
			return nil
		}
		f, err := os.Open(path)
		if err != nil {
			return err
		}
		defer f.Close()
		rel, err := filepath.Rel(dir, path)
		if err != nil {
			return err
		}
		io.WriteString(h, filepath.ToSlash(rel)+"\x00")
		_, err = io.Copy(h, f)
		return err
	})
	if err != nil {
		return "0"
	}
	return hex.EncodeToString(h.Sum(nil))[:10]
}
