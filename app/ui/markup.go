package ui

import "strings"

// markup writes an HTML fragment for app.Raw. The read-only parts of the
// page (the recommendation, the pay figures, the chart, the footer) are
// written as text with it: go-app's element builders compile to far more
// WebAssembly than a strings.Builder, and app.wasm has a size budget.
// Every text and attribute value is escaped; tags and attribute names are
// constants of this package.
type markup struct {
	b strings.Builder
}

// open writes a start tag with attributes given as name, value pairs.
// An attribute whose value is "" is written without a value (hidden).
func (m *markup) open(tag string, attrs ...string) *markup {
	m.b.WriteByte('<')
	m.b.WriteString(tag)
	for i := 0; i+1 < len(attrs); i += 2 {
		m.b.WriteByte(' ')
		m.b.WriteString(attrs[i])
		if attrs[i+1] != "" {
			m.b.WriteString(`="`)
			m.b.WriteString(attrEscaper.Replace(attrs[i+1]))
			m.b.WriteByte('"')
		}
	}
	m.b.WriteByte('>')
	return m
}

// close writes an end tag.
func (m *markup) close(tag string) *markup {
	m.b.WriteString("</")
	m.b.WriteString(tag)
	m.b.WriteByte('>')
	return m
}

// text writes escaped text.
func (m *markup) text(s string) *markup {
	m.b.WriteString(textEscaper.Replace(s))
	return m
}

// leaf writes an element holding only text.
func (m *markup) leaf(tag, text string, attrs ...string) *markup {
	return m.open(tag, attrs...).text(text).close(tag)
}

// raw writes s as it is: s must be markup this package or package
// jobdesc made.
func (m *markup) raw(s string) *markup {
	m.b.WriteString(s)
	return m
}

// String returns the fragment.
func (m *markup) String() string {
	return m.b.String()
}

var (
	textEscaper = strings.NewReplacer(`&`, "&amp;", `<`, "&lt;", `>`, "&gt;")
	attrEscaper = strings.NewReplacer(`&`, "&amp;", `<`, "&lt;", `>`, "&gt;", `"`, "&#34;", `'`, "&#39;")
)
