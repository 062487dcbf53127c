//go:build !wasm

package main

import (
	"crypto/sha256"
	_ "embed"
	"encoding/base64"
	"encoding/json"
	"strings"

	"hirecalc/app/embed"
)

// headSource is the inline script of every page's <head> (see head.js):
// Web Storage stand-ins, and the mark that keeps a prerendered answer
// from passing for another link's.
//
//go:embed head.js
var headSource string

// headScript is the inline script as written into the pages: head.js
// with its key lists filled in from package embed, without its comment
// lines and indentation.
var headScript = compactJS(strings.NewReplacer(
	"/*INPUT_KEYS*/[]", jsList(embed.InputKeys),
	"/*VIEW_KEYS*/[]", jsList(embed.ViewKeys),
).Replace(headSource))

// headScriptElement is the <script> element of headScript.
var headScriptElement = "<script>" + headScript + "</script>"

// headScriptSource is the Content-Security-Policy source that allows
// headScript, and nothing else inline: the base64 sha256 of its bytes.
var headScriptSource = scriptHash(headScript)

// scriptHash returns the CSP hash source of an inline script's text.
func scriptHash(text string) string {
	sum := sha256.Sum256([]byte(text))
	return "'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"
}

// jsList returns keys as a JavaScript array literal.
func jsList(keys []string) string {
	b, err := json.Marshal(keys)
	if err != nil {
		panic(err) // a []string always encodes
	}
	return string(b)
}

// compactJS drops the lines of src that hold only a comment, the blank
// lines and every line's indentation. It is meant for hirecalc's own
// scripts, whose comments always stand on lines of their own.
func compactJS(src string) string {
	var lines []string
	for line := range strings.Lines(src) {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "//") {
			continue
		}
		lines = append(lines, line)
	}
	return strings.Join(lines, "\n")
}
