package jobdesc

import (
	"html"
	"net/url"
	"strings"
	"unicode"
	"unicode/utf8"
)

// clean normalises a string the user typed for every export: invalid UTF-8
// becomes U+FFFD; control characters, line and paragraph separators and
// runs of white space become one space; bidirectional override and
// isolate marks and byte-order marks are dropped (they can make text
// display in a different order than it is stored); the result is trimmed.
// Escaping for a format is left to each export.
func clean(s string) string {
	if isPlain(s) {
		return s
	}
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case bidiControl(r):
			continue
		case unicode.IsSpace(r) || unicode.IsControl(r) || r == '\u2028' || r == '\u2029':
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

// isPlain reports whether clean would return s unchanged because s is
// printable ASCII with single spaces between words (the common case).
func isPlain(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == ' ' {
			if i == 0 || i == len(s)-1 || s[i-1] == ' ' {
				return false
			}
			continue
		}
		if c < 0x21 || c > 0x7e {
			return false
		}
	}
	return true
}

// bidiControl reports the invisible characters clean drops: the
// bidirectional embedding, override and isolate controls, the implicit
// direction marks and the byte-order mark.
func bidiControl(r rune) bool {
	switch {
	case r >= '\u202A' && r <= '\u202E', r >= '\u2066' && r <= '\u2069':
		return true
	case r == '\u200E', r == '\u200F', r == '\u061C', r == '\uFEFF':
		return true
	}
	return false
}

// cleanAll cleans every string and drops the empty ones.
func cleanAll(in []string) []string {
	out := make([]string, 0, len(in))
	for _, s := range in {
		if c := clean(s); c != "" {
			out = append(out, c)
		}
	}
	return out
}

// isWebURL reports whether s is an absolute http or https URL with a host
// and nothing in it that would need quoting in HTML or Markdown. Only such
// URLs become links; anything else (javascript:, data:, ...) stays text.
func isWebURL(s string) bool {
	lower := strings.ToLower(s)
	if !strings.HasPrefix(lower, "https://") && !strings.HasPrefix(lower, "http://") {
		return false
	}
	if strings.ContainsAny(s, " \"'<>\\`{}|^") {
		return false
	}
	for _, r := range s {
		if r < 0x21 || r == 0x7f || r > 0x7e {
			return false
		}
	}
	u, err := url.Parse(s)
	if err != nil || u.Host == "" || u.Hostname() == "" {
		return false
	}
	return u.Scheme == "http" || u.Scheme == "https" // url.Parse lower-cases the scheme
}

// htmlText escapes s as HTML text or a quoted attribute value: the
// characters < > & ' " become character references.
func htmlText(s string) string { return html.EscapeString(s) }

// mdText escapes s for Markdown inside a line, so that it renders as the
// same text in a CommonMark or GitHub-flavoured renderer: backslash,
// emphasis, code, link, strike-through and table characters are
// backslash-escaped, every < and > is escaped (no inline HTML, autolink
// or block quote can start), and & is escaped where it could start a
// character reference. clean removed every line break, so s holds one
// line; where s starts a line, use mdLine.
func mdText(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 8)
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch c {
		case '\\', '`', '*', '_', '[', ']', '<', '>', '~', '|':
			b.WriteByte('\\')
		case '&':
			if i+1 < len(s) && (isAlnum(s[i+1]) || s[i+1] == '#') {
				b.WriteByte('\\')
			}
		}
		b.WriteByte(c)
	}
	return b.String()
}

// mdLine escapes s for Markdown where s starts a line (the title, a
// paragraph, a list item's text), so that it can never start a block of
// its own: besides what mdText escapes, a first # (heading), + or -
// (list item, thematic break, setext underline), = (setext underline) or
// the . or ) after 1 to 9 leading digits (ordered list) is escaped,
// leading white space (indented code) becomes character references, and
// a closing run of # (which an ATX heading drops) is escaped.
func mdLine(s string) string {
	var b strings.Builder
	for len(s) > 0 && (s[0] == ' ' || s[0] == '\t') {
		if s[0] == ' ' {
			b.WriteString("&#32;")
		} else {
			b.WriteString("&#9;")
		}
		s = s[1:]
	}
	digits := 0
	for digits < len(s) && s[digits] >= '0' && s[digits] <= '9' {
		digits++
	}
	switch {
	case s == "":
	case strings.IndexByte("#+-=", s[0]) >= 0:
		b.WriteByte('\\')
	case digits > 0 && digits <= 9 && digits < len(s) && (s[digits] == '.' || s[digits] == ')'):
		b.WriteString(s[:digits])
		b.WriteByte('\\')
		s = s[digits:]
	}
	body := mdText(s)
	end := strings.TrimRight(body, "#")
	b.WriteString(end)
	for range len(body) - len(end) {
		b.WriteString("\\#")
	}
	return b.String()
}

func isAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}
