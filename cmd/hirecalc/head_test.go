//go:build !wasm

package main

import (
	"bytes"
	"encoding/json"
	"net/url"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"

	"hirecalc/app/embed"
	"hirecalc/cmd/hirecalc/internal/precompress"
)

// pageParts is what the head-script tests read from a served page.
type pageParts struct {
	inline    []string          // the text of every <script> without src
	external  []*html.Node      // every <script src>
	metaCSP   string            // the meta element's policy
	app       map[string]string // the attributes of #hc-app
	hasAppTag bool
}

// parsePage reads a page with a real HTML parser.
func parsePage(t *testing.T, body []byte) pageParts {
	t.Helper()
	doc, err := html.Parse(bytes.NewReader(body))
	require.NoError(t, err)
	var p pageParts
	for n := range doc.Descendants() {
		if n.Type != html.ElementNode {
			continue
		}
		attrs := map[string]string{}
		for _, a := range n.Attr {
			attrs[a.Key] = a.Val
		}
		switch {
		case n.Data == "script" && attrs["src"] == "":
			var b strings.Builder
			for c := range n.ChildNodes() {
				b.WriteString(c.Data)
			}
			p.inline = append(p.inline, b.String())
		case n.Data == "script":
			p.external = append(p.external, n)
		case n.Data == "meta" && attrs["http-equiv"] == "Content-Security-Policy":
			p.metaCSP = attrs["content"]
		case attrs["id"] == "hc-app":
			p.app, p.hasAppTag = attrs, true
		}
	}
	return p
}

func TestInlineScriptHash(t *testing.T) {
	registerRoutes()
	dir, _ := testWebDir(t)
	srv := newServer(dir, "v-test", "*", precompress.Cache{})
	hash := regexp.MustCompile(`'sha256-([A-Za-z0-9+/=]+)'`)
	for _, path := range []string{"/", "/?" + url.Values{"company": {`"><script>alert(1)</script>`}}.Encode(),
		"/embed.html", "/embed.html?embed=1&id=w1&team=4&lock=team", "/?embed=1"} {
		t.Run(path, func(t *testing.T) {
			res, body := get(t, srv, path)
			p := parsePage(t, body)
			require.Len(t, p.inline, 1, "the page has one inline script, the head script")
			assert.Equal(t, headScript, p.inline[0], "the inline script is head.js as Go hashed it")
			for _, policy := range []string{p.metaCSP, res.Header.Get("Content-Security-Policy")} {
				m := hash.FindAllStringSubmatch(policy, -1)
				require.Len(t, m, 1, "one hash source in %q", policy)
				assert.Equal(t, scriptHash(p.inline[0]), "'sha256-"+m[0][1]+"'", "the policy's hash is that of the page's inline script")
			}
			for _, s := range p.external {
				for _, a := range s.Attr {
					if a.Key == "src" {
						assert.True(t, slicesHasKey(s.Attr, "defer") || slicesHasKey(s.Attr, "async"),
							"%s blocks the parser: no external script may", a.Val)
					}
				}
			}
		})
	}
}

func slicesHasKey(attrs []html.Attribute, key string) bool {
	for _, a := range attrs {
		if a.Key == key {
			return true
		}
	}
	return false
}

func TestHeadScriptKeys(t *testing.T) {
	list := func(pattern string) []string {
		m := regexp.MustCompile(pattern).FindStringSubmatch(headScript)
		require.NotNil(t, m, "%s in the head script", pattern)
		var keys []string
		require.NoError(t, json.Unmarshal([]byte(m[1]), &keys))
		return keys
	}
	assert.Equal(t, embed.InputKeys, list(`var inputKeys = \(window\.hirecalcInputKeys = (\[[^\]]*\])\)`))
	assert.Equal(t, embed.ViewKeys, list(`var viewKeys = (\[[^\]]*\])`))
	assert.NotContains(t, headScript, "</", "the script cannot end its element")
	assert.NotContains(t, headScript, "/*", "every placeholder is filled")
}

func TestCompactJS(t *testing.T) {
	for _, tt := range []struct{ name, in, want string }{
		{"comment lines and blank lines go", "// a\n\n  var a = 1;\n  // b\n", "var a = 1;"},
		{"indentation goes, lines stay", "(function () {\n    f();\n})();\n", "(function () {\nf();\n})();"},
		{"a comment after code stays", "f(); // why\n", "f(); // why"},
		{"a URL in a string stays", `  x("https://a.example");`, `x("https://a.example");`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, compactJS(tt.in))
		})
	}
}

// TestPrerenderedQuery checks the record the head script compares the
// address with: #hc-app's data-query holds the values of the view keys of
// the query the page was prerendered for, percent-encoded (no request
// text as it came), and nothing for the default input.
func TestPrerenderedQuery(t *testing.T) {
	registerRoutes()
	dir, _ := testWebDir(t)
	srv := newServer(dir, "v-test", "*", precompress.Cache{})
	for _, tt := range []struct {
		path, record string
		embed        bool
	}{
		{"/", "", false},
		{"/?wasm=false&utm_source=x", "", false},
		{"/?team=3&stage=bigtech", "stage=bigtech&team=3", false},
		{"/?company=" + url.QueryEscape(`Acme "Rocket" <&> '`) + "&team=3", "company=Acme+%22Rocket%22+%3C%26%3E+%27&team=3", false},
		{"/?needs=apis&needs=data", "needs=apis&needs=data", false},
		{"/?embed=1&team=5", "team=5", true},
		{"/embed.html", "", true},
		{"/embed.html?embed=1&id=w1&origins=https://a.example&stage=scaleup&lock=stage&cta=javascript:alert(1)",
			"cta=javascript%3Aalert%281%29&lock=stage&stage=scaleup", true},
		{"/embed.html?team=7", "team=7", true},
	} {
		t.Run(tt.path, func(t *testing.T) {
			_, body := get(t, srv, tt.path)
			p := parsePage(t, body)
			require.True(t, p.hasAppTag, "the page has #hc-app")
			assert.Equal(t, tt.record, p.app["data-query"])
			assert.Regexp(t, `^[A-Za-z0-9%+=&._~-]*$`, p.app["data-query"], "only percent-encoded text")
			assert.Equal(t, tt.embed, strings.Contains(p.app["class"], "hc-embed"), "class %q", p.app["class"])
		})
	}
}
