//go:build !wasm

package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"

	"hirecalc/app/embed"
	"hirecalc/cmd/hirecalc/internal/precompress"
)

// roundTrip is the company name: it must show exactly so in the
// prerendered field, in the answer, in the live app and in every export.
const roundTrip = `Acme "Rocket" & Sons <EU>`

// payloads are hostile values of a shared link, as the page's query
// decodes them (raw, not yet URL-encoded).
var payloads = []string{
	roundTrip,
	`"><img src=x onerror=alert(1)>`,
	`'><img src=x onerror=alert(1)>`,
	`\"><svg onload=alert(1)>`,
	`<svg onload=alert(1)>`,
	`" autofocus onfocus="alert(1)`,
	`' autofocus onfocus='alert(1)`,
	`</textarea><script>alert(1)</script>`,
	`</script><script>alert(1)</script>`,
	`</title></option></select><iframe src=javascript:alert(1)>`,
	`javascript:alert(1)`,
	" JaVaScRiPt:alert(1)",
	`--><!--<script>alert(1)</script>`,
	"true",
	"bidi \u202egnp.exe\u202c \u2066\u2069 \u200f\u061c",
	"control \x00\x01\x07\x1b[31m\x7f\u0085\u009b\t\r\n",
	"invalid \xff\xfe\xc3 UTF-8",
	"&quot;&#34;&lt;img src=x onerror=alert(1)&gt;",
}

// payloadKeys are the query keys a payload goes through: every key of
// the shareable query and every embed option. list marks keys whose value
// is a comma-separated list: the payload also goes in as a second item.
// A new key is covered by adding its line (TestPayloadKeysCoverTheQuery
// fails until then).
var payloadKeys = []struct {
	key  string
	list bool
}{
	{key: "team"},
	{key: "stage"},
	{key: "regulated"},
	{key: "owner"},
	{key: "needs", list: true},
	{key: "level"},
	{key: "region"},
	{key: "currency"},
	{key: "period"},
	{key: "workplace"},
	{key: "company"},
	{key: "location"},
	{key: "apply"},
	{key: "benefits"},
	{key: "where", list: true},
	{key: "paymin"},
	{key: "paymax"},
	{key: "paycurrency"},
	{key: "payperiod"},
	{key: "paysource"},
	{key: "embed"},
	{key: "id"},
	{key: "lock", list: true},
	{key: "hide", list: true},
	{key: "sections", list: true},
	{key: "accent"},
	{key: "theme"},
	{key: "cta"},
	{key: "ctalabel"},
	{key: "origins", list: true},
	{key: "jsonld"},
}

// views are the two pages a link can show: the full app and the embed
// view; the payload's pair is added to each. benign are harmless queries
// whose pages, together, have every element and attribute the views can
// show (open posting fields, messages, locked fields).
var views = []struct {
	name, query string
	benign      []string
}{
	{"full", "", []string{"", "company=Acme&paymin=1&paymax=2", "team=abc&stage=x&paymin=0"}},
	{"embed", "embed=1&id=w1&cta=https%3A%2F%2Facme.example%2Fjobs&",
		[]string{"", "company=Acme&paymin=1&paymax=2&accent=%23aa3300&theme=dark", "team=abc&stage=x&lock=team,needs&hide=x"}},
}

func TestPayloadKeysCoverTheQuery(t *testing.T) {
	var keys []string
	for _, k := range payloadKeys {
		keys = append(keys, k.key)
	}
	for _, k := range append(slices.Clone(embed.InputKeys), embed.OptionKeys...) {
		assert.Contains(t, keys, k, "the query key %s has no line in payloadKeys", k)
	}
}

// pageShape is what a page served without a payload contains: its
// element names, the attribute names each element uses, and its scripts.
type pageShape struct {
	attrs   map[string]map[string]bool // tag → attribute names
	scripts []string                   // the src of each script, in order
}

// shapeOf returns the shape of parsed pages that have the same scripts.
func shapeOf(docs ...*html.Node) pageShape {
	s := pageShape{attrs: map[string]map[string]bool{}}
	for i, doc := range docs {
		var scripts []string
		s.add(doc, &scripts)
		if i == 0 {
			s.scripts = scripts
		}
	}
	return s
}

// add adds the elements, attributes and scripts of doc.
func (s *pageShape) add(doc *html.Node, scripts *[]string) {
	for n := range doc.Descendants() {
		if n.Type != html.ElementNode {
			continue
		}
		if s.attrs[n.Data] == nil {
			s.attrs[n.Data] = map[string]bool{}
		}
		for _, a := range n.Attr {
			s.attrs[n.Data][a.Key] = true
		}
		if n.Data == "script" {
			*scripts = append(*scripts, attr(n, "src"))
		}
	}
}

// attr returns the value of the attribute key of n, "" when missing.
func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// urlAttrs are the attributes that hold a URL a browser may navigate to
// or load.
var urlAttrs = map[string]bool{"href": true, "src": true, "action": true, "formaction": true,
	"data": true, "poster": true, "xlink:href": true, "srcdoc": true}

// scriptURL reports whether a URL attribute runs script: the browser
// drops ASCII white space and control characters before the scheme.
func scriptURL(v string) bool {
	v = strings.Map(func(r rune) rune {
		if r <= ' ' || r == 0x7f {
			return -1
		}
		return r
	}, v)
	v = strings.ToLower(v)
	return strings.HasPrefix(v, "javascript:") || strings.HasPrefix(v, "vbscript:") || strings.HasPrefix(v, "data:text/html")
}

// inertProblems returns what in doc could run script or was not in the
// clean page: an on* attribute, an element or attribute the clean page
// does not have, a script other than the clean page's, a script URL.
func inertProblems(doc *html.Node, clean pageShape) []string {
	var out []string
	var scripts []string
	for n := range doc.Descendants() {
		if n.Type != html.ElementNode {
			continue
		}
		known, ok := clean.attrs[n.Data]
		if !ok {
			out = append(out, fmt.Sprintf("an element <%s> the page does not have", n.Data))
			continue
		}
		for _, a := range n.Attr {
			switch {
			case strings.HasPrefix(strings.ToLower(a.Key), "on"):
				out = append(out, fmt.Sprintf("an event handler <%s %s=%q>", n.Data, a.Key, a.Val))
			case !known[a.Key]:
				out = append(out, fmt.Sprintf("an attribute <%s %s> the page does not have", n.Data, a.Key))
			case urlAttrs[a.Key] && scriptURL(a.Val):
				out = append(out, fmt.Sprintf("a script URL <%s %s=%q>", n.Data, a.Key, a.Val))
			}
		}
		if n.Data == "script" {
			scripts = append(scripts, attr(n, "src"))
			// The head script (head.js) is the one inline script the
			// policy allows, by its hash: any other is injected.
			if n.FirstChild != nil && n.FirstChild.Data != headScript {
				out = append(out, fmt.Sprintf("an inline script: %q", shortText(n.FirstChild.Data)))
			}
		}
	}
	if !slices.Equal(scripts, clean.scripts) {
		out = append(out, fmt.Sprintf("scripts %q, the page has %q", scripts, clean.scripts))
	}
	return out
}

// shortText returns s cut to 200 bytes, for a failure message.
func shortText(s string) string {
	if len(s) > 200 {
		return s[:200] + "…"
	}
	return s
}

// servePage returns the page that srv serves for the query q, parsed.
func servePage(t *testing.T, srv http.Handler, q string) (*html.Node, []byte) {
	t.Helper()
	res, body := get(t, srv, "/?"+q)
	require.Equal(t, http.StatusOK, res.StatusCode, "GET /?%s", q)
	doc, err := html.Parse(bytes.NewReader(body))
	require.NoError(t, err)
	return doc, body
}

// TestPayloadsStayInert serves every payload through every query key, in
// the full and the embed view, with the real serve handler, and parses
// each page with an HTML parser: nothing in it may run script or add
// markup.
func TestPayloadsStayInert(t *testing.T) {
	registerRoutes()
	dir, _ := testWebDir(t)
	srv := newServer(dir, "v-test", "*", precompress.Cache{})

	// A payload may turn one view into the other (embed=true), so the
	// pages may have what the benign pages of either view have.
	var docs []*html.Node
	for _, v := range views {
		for _, q := range v.benign {
			doc, _ := servePage(t, srv, v.query+q)
			docs = append(docs, doc)
		}
	}
	clean := shapeOf(docs...)

	var mu sync.Mutex
	pages := 0
	for _, v := range views {
		t.Run(v.name, func(t *testing.T) {
			for _, k := range payloadKeys {
				t.Run(k.key, func(t *testing.T) {
					t.Parallel()
					for _, p := range payloads {
						pairs := []string{k.key + "=" + url.QueryEscape(p)}
						if k.list {
							pairs = append(pairs, k.key+"=features,"+url.QueryEscape(p))
						}
						for _, pair := range pairs {
							doc, body := servePage(t, srv, v.query+pair)
							mu.Lock()
							pages++
							mu.Unlock()
							for _, problem := range inertProblems(doc, clean) {
								t.Errorf("?%s%s gives %s\nin: %s", v.query, pair, problem, excerpt(body, p))
							}
						}
					}
				})
			}
		})
	}
	t.Logf("corpus: %d payloads × %d keys × %d views (%d pages served and parsed, list keys twice)",
		len(payloads), len(payloadKeys), len(views), pages)
}

// excerpt returns the part of a page around the first trace of payload p,
// for a failure message.
func excerpt(body []byte, p string) string {
	for _, probe := range []string{p, `onerror`, `onload`, `onfocus`, `<script>alert`} {
		if i := bytes.Index(body, []byte(probe)); i >= 0 {
			lo, hi := max(0, i-120), min(len(body), i+120)
			return string(body[lo:hi])
		}
	}
	return "(no trace of the payload)"
}

// TestTheCheckerCatchesInjection makes sure the checks above can fail:
// pages with an injected handler, element, script or URL are caught.
func TestTheCheckerCatchesInjection(t *testing.T) {
	clean := shapeOf(mustParse(t, `<html><head><script src="/app.js"></script></head><body>`+
		`<input id="in-company" value="x"><a href="/">x</a></body></html>`))
	for name, page := range map[string]string{
		"an event handler":        `<input id="in-company" value="" onfocus="alert(1)">`,
		"a new attribute":         `<input id="in-company" value="" autofocus>`,
		"a new element":           `<input id="in-company" value=""><img src=x>`,
		"an inline script":        `<script>alert(1)</script>`,
		"the head script changed": `<script>` + headScript + `;alert(1)</script>`,
		"a javascript: URL":       "<a href=\" java\tscript:alert(1)\">x</a>",
		"another script":          `<script src="https://evil.example/x.js"></script>`,
		"quote-escaped breakout":  `<input id="in-company" value="\"><svg onload=alert(1)>">`,
	} {
		t.Run(name, func(t *testing.T) {
			doc := mustParse(t, `<html><head><script src="/app.js"></script></head><body>`+page+`</body></html>`)
			assert.NotEmpty(t, inertProblems(doc, clean))
		})
	}
	assert.Empty(t, inertProblems(mustParse(t, `<html><head><script src="/app.js"></script></head><body>`+
		`<input id="in-company" value="&#34;&gt;&lt;svg onload=alert(1)&gt;"></body></html>`), clean))
}

func mustParse(t *testing.T, s string) *html.Node {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(s))
	require.NoError(t, err)
	return doc
}

// TestValuesRoundTrip checks the company name, and the other
// free-text fields, everywhere a server-rendered page and the exports
// show them: the prerendered field holds exactly the value, the answer
// shows it as text, and each export of `hirecalc advise` carries it.
func TestValuesRoundTrip(t *testing.T) {
	registerRoutes()
	dir, _ := testWebDir(t)
	srv := newServer(dir, "v-test", "*", precompress.Cache{})

	q := url.Values{"company": {roundTrip}, "location": {roundTrip}, "benefits": {roundTrip}, "apply": {roundTrip}}
	for _, v := range views {
		t.Run(v.name+" view: the prerendered fields", func(t *testing.T) {
			doc, _ := servePage(t, srv, v.query+q.Encode())
			for _, key := range []string{"company", "location", "benefits", "apply"} {
				n := byID(doc, "in-"+key)
				require.NotNil(t, n, "no #in-%s", key)
				got := attr(n, "value")
				if n.Data == "textarea" {
					got = textOf(n)
				}
				assert.Equal(t, roundTrip, got, "#in-%s", key)
			}
			if jd := byID(doc, "jd-text"); jd != nil {
				assert.Contains(t, textOf(jd), roundTrip, "the answer's job description")
			} else {
				t.Error("no #jd-text")
			}
		})
	}

	t.Run("the exports", func(t *testing.T) {
		run := func(format string) string {
			code, out, errOut := runCLI(t, "", "advise", "-today", "2026-11-27", "-format", format, "company="+url.QueryEscape(roundTrip))
			require.Equal(t, 0, code, errOut)
			return out
		}
		assert.Contains(t, run("text"), roundTrip, "text")
		md := run("markdown")
		assert.Contains(t, md, `Acme "Rocket" & Sons \<EU\>`, "Markdown, escaped")
		assert.Contains(t, mdUnescape(md), roundTrip, "Markdown, as rendered")
		assert.Contains(t, textOf(mustParse(t, run("html"))), roundTrip, "HTML")
		var ld struct {
			HiringOrganization struct{ Name string } `json:"hiringOrganization"`
			Description        string                `json:"description"`
		}
		require.NoError(t, json.Unmarshal([]byte(run("jsonld")), &ld))
		assert.Equal(t, roundTrip, ld.HiringOrganization.Name, "JSON-LD")
		assert.Contains(t, textOf(mustParse(t, ld.Description)), roundTrip, "JSON-LD description")
	})
}

// byID returns the element of doc with the given id, or nil.
func byID(doc *html.Node, id string) *html.Node {
	for n := range doc.Descendants() {
		if n.Type == html.ElementNode && attr(n, "id") == id {
			return n
		}
	}
	return nil
}

// textOf returns the text content of n.
func textOf(n *html.Node) string {
	var b strings.Builder
	for d := range n.Descendants() {
		if d.Type == html.TextNode {
			b.WriteString(d.Data)
		}
	}
	return b.String()
}

// mdUnescape undoes Markdown's backslash escapes of ASCII punctuation.
func mdUnescape(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+1 < len(s) && strings.IndexByte("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~", s[i+1]) >= 0 {
			i++
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// TestPagesNeedNothingThePolicyRefuses checks the served pages against
// the Content-Security-Policy: no style attribute or <style> element
// (style-src 'self'), no inline script or event handler, and every
// script, style sheet and icon from the site itself.
func TestPagesNeedNothingThePolicyRefuses(t *testing.T) {
	registerRoutes()
	dir, _ := testWebDir(t)
	srv := newServer(dir, "v-test", "*", precompress.Cache{})
	for _, v := range views {
		for _, q := range v.benign {
			doc, _ := servePage(t, srv, v.query+q)
			for n := range doc.Descendants() {
				if n.Type != html.ElementNode {
					continue
				}
				where := fmt.Sprintf("%s view, ?%s: <%s id=%q>", v.name, v.query+q, n.Data, attr(n, "id"))
				assert.NotEqual(t, "style", n.Data, where)
				for _, a := range n.Attr {
					assert.NotEqual(t, "style", a.Key, where)
					assert.False(t, strings.HasPrefix(a.Key, "on"), where)
					if (a.Key == "src" || a.Key == "href" && n.Data == "link") && !strings.HasPrefix(a.Val, "/") {
						t.Errorf("%s loads %s from elsewhere", where, a.Val)
					}
				}
				// Scripts come from the origin, except the head script,
				// which the policy allows by its hash (TestInlineScriptHash).
				if n.Data == "script" && (n.FirstChild == nil || n.FirstChild.Data != headScript) {
					assert.NotEmpty(t, attr(n, "src"), where)
					assert.Nil(t, n.FirstChild, where)
				}
			}
		}
	}
}
