//go:build !wasm

package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestRunUsage(t *testing.T) {
	for _, tt := range []struct {
		name       string
		args       []string
		code       int
		stdout     string // a substring of standard output
		stderr     string // a substring of standard error
		noCommands bool
	}{
		{name: "no command", args: nil, code: 2, stderr: "Usage:"},
		{name: "an unknown command", args: []string{"frobnicate"}, code: 2, stderr: `unknown command "frobnicate"`},
		{name: "help", args: []string{"help"}, code: 0, stdout: "hirecalc serve"},
		{name: "-h", args: []string{"-h"}, code: 0, stdout: "hirecalc build"},
		{name: "--help", args: []string{"--help"}, code: 0, stdout: "hirecalc check"},
		{name: "help about serve", args: []string{"help", "serve"}, code: 0, stdout: "frame-ancestors"},
		{name: "help about build", args: []string{"help", "build"}, code: 0, stdout: "application/wasm"},
		{name: "help about an unknown command", args: []string{"help", "nope"}, code: 2, stderr: `unknown command "nope"`},
		{name: "help about two commands", args: []string{"help", "serve", "build"}, code: 2, stderr: "at most one"},
		{name: "serve with an unknown flag", args: []string{"serve", "-port", "80"}, code: 2, stderr: "-addr HOST:PORT"},
		{name: "serve with an argument", args: []string{"serve", "now"}, code: 2, stderr: `unexpected argument "now"`},
		{name: "serve -h", args: []string{"serve", "-h"}, code: 0, stderr: "-frame-ancestors"},
		{name: "serve with a bad frame-ancestors", args: []string{"serve", "-frame-ancestors", "https://a.example; script-src *"}, code: 2, stderr: "not a frame-ancestors source"},
		{name: "serve on a bad address", args: []string{"serve", "-addr", "256.0.0.1:99999", "-web", os.DevNull}, code: 1, stderr: "hirecalc serve:"},
		{name: "build without -o", args: []string{"build"}, code: 2, stderr: "-o DIR is required"},
		{name: "data without a source", args: []string{"data"}, code: 2, stderr: "name the source: so or ecb"},
		{name: "data with two files", args: []string{"data", "so", "a.csv", "b.csv"}, code: 2, stderr: "one input FILE expected"},
		{name: "data of a missing file", args: []string{"data", "ecb", "no-such-file.csv"}, code: 1, stderr: "no-such-file.csv"},
		{name: "data so without a year", args: []string{"data", "so", "results.csv"}, code: 2, stderr: "give -year"},
		{name: "help about data", args: []string{"help", "data"}, code: 0, stdout: "eurofxref-hist.csv"},
		{name: "build with -o and no folder", args: []string{"build", "-o"}, code: 2, stderr: "flag needs an argument"},
		{name: "build without app.wasm", args: []string{"build", "-o", "OUT", "-web", "EMPTY"}, code: 1, stderr: "GOOS=js GOARCH=wasm"},
		{name: "version", args: []string{"version"}, code: 0},
		{name: "version with an argument", args: []string{"version", "x"}, code: 2, stderr: "takes no arguments"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			tmp := t.TempDir()
			args := make([]string, len(tt.args))
			for i, a := range tt.args {
				switch a {
				case "OUT":
					a = filepath.Join(tmp, "out")
				case "EMPTY":
					a = tmp
				}
				args[i] = a
			}
			var stdout, stderr bytes.Buffer
			code := run(args, strings.NewReader(""), &stdout, &stderr)
			assert.Equal(t, tt.code, code, "exit code; stderr: %s", stderr.String())
			assert.Contains(t, stdout.String(), tt.stdout)
			assert.Contains(t, stderr.String(), tt.stderr)
		})
	}
}

func TestHelpNamesEveryCommand(t *testing.T) {
	var stdout bytes.Buffer
	assert.Equal(t, 0, run([]string{"help"}, strings.NewReader(""), &stdout, &bytes.Buffer{}))
	for _, c := range commands {
		assert.Contains(t, stdout.String(), "hirecalc "+c.name)
		var details bytes.Buffer
		assert.Equal(t, 0, run([]string{"help", c.name}, strings.NewReader(""), &details, &bytes.Buffer{}))
		assert.Contains(t, details.String(), c.usage)
	}
}
