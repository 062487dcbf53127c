package ui

import (
	"encoding/xml"
	"io"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestMarkup(t *testing.T) {
	tests := []struct {
		name  string
		write func(m *markup)
		want  string
	}{
		{"text is escaped", func(m *markup) { m.leaf("p", `<b>"Tom" & 'Jerry'</b>`) },
			`<p>&lt;b&gt;"Tom" &amp; 'Jerry'&lt;/b&gt;</p>`},
		{"attributes are escaped", func(m *markup) { m.leaf("a", "x", "href", `https://x.example/?a=1&b="2"`, "title", `it's <x>`) },
			`<a href="https://x.example/?a=1&amp;b=&#34;2&#34;" title="it&#39;s &lt;x&gt;">x</a>`},
		{"an empty attribute is written without a value", func(m *markup) { m.open("div", "hidden", "").close("div") },
			`<div hidden></div>`},
		{"elements nest", func(m *markup) { m.open("ul").leaf("li", "a").leaf("li", "b").close("ul") },
			`<ul><li>a</li><li>b</li></ul>`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var m markup
			tt.write(&m)
			assert.Equal(t, tt.want, m.String())
		})
	}
}

// FuzzMarkup checks that no text or attribute value can break out of its
// element: the fragment always parses as one element holding the text.
func FuzzMarkup(f *testing.F) {
	for _, s := range []string{"", "<script>alert(1)</script>", `" onmouseover="x`, "a & b", "]]>", "'"} {
		f.Add(s, s)
	}
	f.Fuzz(func(t *testing.T, text, value string) {
		if !validXMLText(text) || !validXMLText(value) {
			return // not representable in XML, which reads the markup back
		}
		value = "v" + value // an empty value is written as a bare attribute
		var m markup
		m.leaf("p", text, "title", value)
		dec := xml.NewDecoder(strings.NewReader(m.String()))
		var p struct {
			Title string `xml:"title,attr"`
			Text  string `xml:",chardata"`
		}
		if err := dec.Decode(&p); err != nil {
			t.Fatalf("%q does not parse: %v", m.String(), err)
		}
		if p.Text != text || p.Title != value {
			t.Fatalf("%q reads back as %q, %q", m.String(), p.Text, p.Title)
		}
		if _, err := dec.Token(); err != io.EOF {
			t.Fatalf("%q has more than one element", m.String())
		}
	})
}

// validXMLText reports whether s can appear in XML at all (the fuzz test
// reads the markup back with encoding/xml).
func validXMLText(s string) bool {
	for _, r := range s {
		if r == '\t' || r == '\n' || r == '\r' {
			return false // XML normalises them in attributes
		}
		if r < 0x20 || r == 0xFFFD || r == 0xFFFE || r == 0xFFFF || (r >= 0xD800 && r <= 0xDFFF) {
			return false
		}
	}
	return strings.ToValidUTF8(s, "") == s
}
