package ui

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// el returns an element with the given tag, void a self-closing one. The
// page builds its live elements with go-app's generic Elem rather than
// one builder type per tag: each builder type adds its methods to
// app.wasm, which has a size budget.
func el(tag string) app.HTMLElem { return app.Elem(tag) }

// void returns a self-closing element, such as input or img.
func void(tag string) app.HTMLElemSelfClosing { return app.ElemSelfClosing(tag) }

// flag sets the boolean attribute name (checked, selected, hidden). go-app
// writes a false one as name="false" in prerendered HTML, which browsers
// read as true; so on the server a false flag is left out. In the browser
// it is set, which clears the element's property.
func flag[T interface{ Attr(string, any) T }](e T, name string, on bool) T {
	if on || app.IsClient {
		return e.Attr(name, on)
	}
	return e
}

// invalid marks a field as wrong with aria-invalid="true". go-app writes
// the value "true" as a bare attribute in prerendered HTML, which means
// "not invalid"; so only the browser gets it. The prerendered field is
// still described by its message (aria-describedby).
func invalid[T interface{ Attr(string, any) T }](e T) T {
	if app.IsClient {
		return e.Attr("aria-invalid", "true")
	}
	return e
}

// attrText returns s ready to be an attribute value that can carry text
// from the request (an input's or option's value, a data- or aria-
// attribute built from input). go-app's server renderer writes attribute
// values with strconv.Quote, which is not HTML escaping: a `"` becomes
// `\"`, which ends the attribute, and what follows becomes markup (see
// ../shared/notes/go-app-v10.md, §9 item 18). So on the server every
// character strconv.Quote would change or HTML treats specially becomes
// a numeric character reference, which Quote leaves alone and the
// browser reads back as the same character; in the browser go-app sets
// attributes through the DOM, and s goes through as it is.
func attrText(s string) string {
	if app.IsClient {
		return s
	}
	return serverAttr(s)
}

// serverAttr is attrText on the server: `"`, `'`, `&`, `<`, `>`, `\` and
// every rune strconv.IsPrint rejects become numeric character references.
// An invalid UTF-8 byte becomes U+FFFD, as the browser would read it; so
// do NUL and the C1 controls U+0080 to U+009F, which no character
// reference can carry (HTML reads &#0; as U+FFFD and &#128; to &#159; as
// Windows-1252 characters). The value "true", which go-app writes as a
// bare attribute (an empty value), is written with a reference too.
func serverAttr(s string) string {
	if s == "true" {
		return "&#116;rue"
	}
	if !strings.ContainsFunc(s, attrRef) { // invalid UTF-8 comes as utf8.RuneError
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 16)
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if !attrRef(r) {
			b.WriteRune(r)
			continue
		}
		if r == 0 || r >= 0x80 && r <= 0x9f {
			r = utf8.RuneError
		}
		b.WriteString("&#")
		b.WriteString(strconv.Itoa(int(r)))
		b.WriteByte(';')
	}
	return b.String()
}

// attrRef reports whether serverAttr writes r as a character reference.
// An invalid UTF-8 byte decodes as utf8.RuneError, which is written as
// a reference too.
func attrRef(r rune) bool {
	switch r {
	case '"', '\'', '&', '<', '>', '\\', utf8.RuneError:
		return true
	}
	return !strconv.IsPrint(r)
}

// areaText returns s as the text of a textarea. The HTML parser drops a
// line break right after <textarea>, so on the server a text that starts
// with one gets another in front; the browser's DOM keeps s as it is.
func areaText(s string) string {
	if app.IsServer && (strings.HasPrefix(s, "\n") || strings.HasPrefix(s, "\r")) {
		return "\n" + s
	}
	return s
}
