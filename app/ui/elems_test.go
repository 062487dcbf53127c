//go:build !wasm

package ui

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
)

// attrPayloads are values that break out of an attribute written with
// strconv.Quote, or that a careless escaper changes.
var attrPayloads = []string{
	`Acme "Rocket" & Sons <EU>`,
	`"><img src=x onerror=alert(1)>`,
	`\"><svg onload=alert(1)>`,
	`' autofocus onfocus='alert(1)`,
	`" autofocus onfocus="alert(1)`,
	`</textarea><script>alert(1)</script>`,
	`</script><script>alert(1)</script>`,
	`javascript:alert(1)`,
	`&amp; &lt; &#34; &#x27; &quot`,
	`back\slash \\ \x41 \u0041`,
	"tab\tnew\nline\rreturn",
	"bidi \u202egnp.exe\u202c \u2066isolate\u2069 \u200f",
	"zero\u200bwidth \ufeffbom \u2028line",
	"emoji 👩🏽‍💻 and ünïcödé",
	"true",
	"",
	" leading and trailing ",
}

// renderedValue renders an input whose value is v with attrText through
// go-app's server-side renderer, parses the HTML with a real HTML parser
// and returns the input's attributes.
func renderedAttrs(t testing.TB, v string) []html.Attribute {
	t.Helper()
	src := app.HTMLString(void("input").ID("x").Attr("value", attrText(v)))
	doc, err := html.Parse(strings.NewReader("<!doctype html><body>" + src))
	require.NoError(t, err)
	var inputs []*html.Node
	for n := range doc.Descendants() {
		if n.Type == html.ElementNode && n.Data != "html" && n.Data != "head" && n.Data != "body" {
			inputs = append(inputs, n)
		}
	}
	require.Len(t, inputs, 1, "one element expected in %s", src)
	require.Equal(t, "input", inputs[0].Data, "in %s", src)
	return inputs[0].Attr
}

// browserReads is what a browser reads back from a value: invalid UTF-8,
// NUL and the C1 controls become U+FFFD.
func browserReads(v string) string {
	var b strings.Builder
	for i := 0; i < len(v); {
		r, size := utf8.DecodeRuneInString(v[i:])
		i += size
		if r == 0 || r >= 0x80 && r <= 0x9f {
			r = utf8.RuneError
		}
		b.WriteRune(r)
	}
	return b.String()
}

func TestAttrTextRoundTrips(t *testing.T) {
	for _, v := range attrPayloads {
		t.Run(v, func(t *testing.T) {
			attrs := renderedAttrs(t, v)
			got := map[string]string{}
			for _, a := range attrs {
				got[a.Key] = a.Val
			}
			want := map[string]string{"id": "x", "value": v}
			if v == "" {
				delete(want, "value") // go-app leaves an empty value out
			}
			assert.Equal(t, want, got)
		})
	}
}

func TestAttrTextLeavesPlainTextAlone(t *testing.T) {
	for _, v := range []string{"Acme", "Berlin, Germany", "https://acme.example/jobs?a=1", "team-5_x"} {
		assert.Equal(t, v, attrText(v))
	}
	assert.Equal(t, "&#116;rue", attrText("true"), "go-app writes a bare attribute for true")
	assert.Equal(t, "&#34;&#38;&#60;&#62;&#39;&#92;&#10;&#65533;&#65533;&#65533;", attrText("\"&<>'\\\n\x00\x85\xff"))
}

func TestTextAreaKeepsALeadingLineBreak(t *testing.T) {
	for _, v := range []string{"\nBenefits", "\n\nTwo", "No break", "</textarea><b>x</b>"} {
		src := app.HTMLString(el("textarea").ID("t").Text(areaText(v)))
		doc, err := html.Parse(strings.NewReader("<!doctype html><body>" + src))
		require.NoError(t, err)
		var text string
		for n := range doc.Descendants() {
			if n.Type == html.ElementNode && n.Data == "textarea" {
				for c := range n.ChildNodes() {
					text += c.Data
				}
			}
			if n.Type == html.ElementNode && n.Data == "b" {
				t.Errorf("%q opened an element: %s", v, src)
			}
		}
		assert.Equal(t, v, text, "%s", src)
	}
}

// FuzzAttrText checks that no value can end the attribute or open an
// element, and that the browser reads back the value given.
func FuzzAttrText(f *testing.F) {
	for _, v := range attrPayloads {
		f.Add(v)
	}
	f.Add("\xff\xfe invalid \xc3")
	f.Fuzz(func(t *testing.T, v string) {
		attrs := renderedAttrs(t, v)
		want := []html.Attribute{{Key: "id", Val: "x"}, {Key: "value", Val: browserReads(v)}}
		if v == "" {
			want = want[:1]
		}
		if len(attrs) != len(want) {
			t.Fatalf("%q gave the attributes %q", v, attrs)
		}
		got := map[string]string{}
		for _, a := range attrs {
			got[a.Key] = a.Val
		}
		for _, w := range want {
			if got[w.Key] != w.Val {
				t.Fatalf("%q: attribute %s is %q, want %q", v, w.Key, got[w.Key], w.Val)
			}
		}
	})
}
