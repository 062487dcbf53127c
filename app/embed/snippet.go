package embed

import (
	"html"
	"net/url"
	"strconv"
	"strings"
)

// LoaderPath is the path of the loader script under hirecalc's address.
const LoaderPath = "web/embed.js"

// DefaultFrameHeight is the iframe height, in CSS pixels, of the plain
// <iframe> snippet, which cannot follow its content.
const DefaultFrameHeight = 900

// Base returns hirecalc's address as the snippets use it: the http or
// https URL given, reduced to scheme, host and path, ending in "/". It
// returns "" for anything else.
func Base(s string) string {
	u, err := url.Parse(strings.TrimSpace(s))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.User != nil {
		return ""
	}
	path := u.EscapedPath()
	if !strings.HasSuffix(path, "/") {
		path += "/"
	}
	return u.Scheme + "://" + u.Host + path
}

// presetPairs returns the input keys of the preset query with their first
// values, in the order of InputKeys. Other keys are dropped.
func presetPairs(preset string) [][2]string {
	values, _ := url.ParseQuery(strings.TrimPrefix(preset, "?"))
	var out [][2]string
	for _, k := range InputKeys {
		if vs, ok := values[k]; ok && len(vs) > 0 {
			out = append(out, [2]string{k, vs[0]})
		}
	}
	return out
}

// optionPairs returns the options as key-value pairs in the order of
// OptionKeys, leaving out embed and id, which the loader sets.
func optionPairs(o Options) [][2]string {
	o.Embed, o.ID = false, ""
	values, _ := url.ParseQuery(o.Query())
	var out [][2]string
	for _, k := range OptionKeys {
		if vs, ok := values[k]; ok && len(vs) > 0 {
			out = append(out, [2]string{k, vs[0]})
		}
	}
	return out
}

// Page is the embed view's own page, relative to hirecalc's base: the
// static site prerenders it apart from the full app, so that a widget has
// its own layout from the first paint. (Base with ?embed=1 shows the same
// view.)
const Page = "embed.html"

// EmbedURL returns the address of the embed view at base (see [Base])
// with the preset inputs (a query of input keys; other keys are dropped)
// and the options.
func EmbedURL(base, preset string, o Options) string {
	var b strings.Builder
	b.WriteString(Base(base))
	b.WriteString(Page + "?embed=1")
	if o.ID != "" {
		b.WriteString("&id=")
		b.WriteString(escape(o.ID))
	}
	for _, p := range append(presetPairs(preset), optionPairs(o)...) {
		b.WriteByte('&')
		b.WriteString(p[0])
		b.WriteByte('=')
		b.WriteString(escape(p[1]))
	}
	return b.String()
}

// ScriptSnippet returns the one-line embed: the loader script from base
// (see [Base]) with one data attribute per preset input and option. The
// loader puts the widget where the script stands.
func ScriptSnippet(base, preset string, o Options) string {
	var b strings.Builder
	b.WriteString(`<script src="`)
	b.WriteString(html.EscapeString(Base(base) + LoaderPath))
	b.WriteByte('"')
	for _, p := range append(presetPairs(preset), optionPairs(o)...) {
		b.WriteString(" data-")
		b.WriteString(p[0])
		b.WriteString(`="`)
		b.WriteString(html.EscapeString(p[1]))
		b.WriteByte('"')
	}
	b.WriteString(`></script>`)
	return b.String()
}

// IframeSnippet returns the no-script alternative: a plain iframe of the
// embed view, height CSS pixels high (DefaultFrameHeight when height is
// not positive). It does not follow its content's height and sends no
// events to the page unless the page listens for them itself.
func IframeSnippet(base, preset string, o Options, height int) string {
	if height <= 0 {
		height = DefaultFrameHeight
	}
	var b strings.Builder
	b.WriteString(`<iframe src="`)
	b.WriteString(html.EscapeString(EmbedURL(base, preset, o)))
	b.WriteString(`" title="Hiring calculator" width="100%" height="`)
	b.WriteString(strconv.Itoa(height))
	b.WriteString(`" style="border:0;width:100%;max-width:100%" loading="lazy" allow="clipboard-write"></iframe>`)
	return b.String()
}
