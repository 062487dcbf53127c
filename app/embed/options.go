// Package embed describes hirecalc as a widget on another site: the
// options an embedder sets (in data attributes of the loader script or in
// the query of the embed view), the messages the widget and the host page
// exchange with postMessage, and the embed snippets ([ScriptSnippet],
// [IframeSnippet]), which the snippet builder page (web/embed-builder.html)
// reproduces and the browser tests compare it with.
//
// Everything here treats its input as untrusted user input. [ParseOptions]
// never fails: each bad value becomes a [hiring.Problem] and the default
// is used instead, as [hiring.ParseQuery] does for the calculator's inputs.
// [ParseMessage] and [DecodeMessage] reject any message that is not exactly
// one of the documented, versioned messages, so a malformed or hostile
// message is dropped instead of reaching the app.
//
// The package imports only the standard library and hirecalc's hiring
// package; it never imports go-app or syscall/js.
package embed

import (
	"fmt"
	"math"
	"net"
	"net/netip"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"hirecalc/app/hiring"
)

// Section is one part of the calculator's answer that an embed can show.
type Section string

// The sections of the answer.
const (
	SectionRole Section = "role" // the role to post, with its reasons
	SectionPay  Section = "pay"  // the salary by region and level
	SectionJD   Section = "jd"   // the draft job description
)

// Sections lists every section in page order. An embed shows all of them
// unless its options name some.
var Sections = []Section{SectionRole, SectionPay, SectionJD}

// Theme is the colour scheme of an embed.
type Theme string

// The themes an embed can ask for.
const (
	ThemeAuto  Theme = "auto"  // follow the visitor's system setting
	ThemeLight Theme = "light" // always light
	ThemeDark  Theme = "dark"  // always dark
)

// Themes lists every theme.
var Themes = []Theme{ThemeAuto, ThemeLight, ThemeDark}

// Limits on option values.
const (
	// MaxCTALabel is the longest call-to-action label, in characters.
	MaxCTALabel = 60
	// MaxURL is the longest call-to-action URL, in bytes.
	MaxURL = 2000
	// MaxOrigins is the most allowed parent origins an embed can list.
	MaxOrigins = 20
	// MaxID is the longest widget id, in bytes.
	MaxID = 64
)

// DefaultCTALabel is the label of a call-to-action link given without one.
const DefaultCTALabel = "Get in touch"

// InputKeys lists the keys of the calculator's shareable query (see
// [hiring.ParseQuery]), in the order [hiring.Input.Query] writes them.
// These are the keys an embed can preset, lock or hide.
var InputKeys = []string{
	"team", "stage", "regulated", "owner", "needs", "level", "region", "currency", "period",
	"workplace", "company", "location", "apply", "benefits", "where",
	"paymin", "paymax", "paycurrency", "payperiod", "paysource",
}

// OptionKeys lists the query keys of the embed options, in the order
// [Options.Query] writes them. None of them is an input key.
var OptionKeys = []string{
	"embed", "id", "lock", "hide", "sections", "accent", "theme",
	"cta", "ctalabel", "origins", "jsonld",
}

// ViewKeys lists the query keys that change what a page shows: the input
// keys, then the options that change what the widget shows. The others
// (embed, which the page tells by its view, id, origins and jsonld) do
// not: two queries with the same values of these keys show the same page.
var ViewKeys = append(slices.Clone(InputKeys), "lock", "hide", "sections", "accent", "theme", "cta", "ctalabel")

// Options are an embedder's choices for one widget. The zero value is not
// the default: start from [DefaultOptions] or [ParseOptions].
type Options struct {
	// Embed is true for the compact embed view (query "embed=1").
	Embed bool
	// ID names the widget in its messages, so that a host page with
	// several widgets can tell them apart: 1 to MaxID letters, digits,
	// "-" or "_"; empty when not given.
	ID string
	// Lock lists the input keys the visitor sees but cannot change, in
	// the order of InputKeys.
	Lock []string
	// Hide lists the input keys the widget does not show, in the order of
	// InputKeys. A hidden input keeps its preset value.
	Hide []string
	// Sections lists the sections shown, in the order of Sections; never
	// empty.
	Sections []Section
	// Accent is the accent colour as "#rrggbb" in lower case, or empty
	// for hirecalc's own.
	Accent string
	// Theme is the colour scheme.
	Theme Theme
	// CTA is the absolute http or https address of the call-to-action
	// link, or empty for none.
	CTA string
	// CTALabel is the call-to-action link's text: at most MaxCTALabel
	// characters; empty when there is no CTA.
	CTALabel string
	// Origins lists the origins ("https://example.com",
	// "http://localhost:8080") allowed to send hirecalc:set to the
	// widget; empty allows the parent page whatever its origin.
	Origins []string
	// JSONLD is true when the host page wants the job posting's JSON-LD in
	// each hirecalc:change message (query "jsonld=1").
	JSONLD bool
}

// DefaultOptions returns the options of a widget given none: every
// section shown, hirecalc's colours following the system theme, no
// call-to-action.
func DefaultOptions() Options {
	return Options{Theme: ThemeAuto, Sections: slices.Clone(Sections)}
}

// ParseOptions decodes the embed options from a URL query string (with or
// without a leading "?"). Input keys and unknown keys are ignored. Each
// bad value is reported as a [hiring.Problem] naming its key, and the
// default is used for it. ParseOptions never panics and never fails.
func ParseOptions(q string) (Options, []hiring.Problem) {
	return OptionsFromValues(hiring.SplitQuery(q))
}

// OptionsFromValues decodes already-split query values, appending
// problems to problems. It is [ParseOptions] for callers that hold
// url.Values. Repeated problems are merged and each key reports at most
// hiring.MaxFieldProblems (see [hiring.ProblemList]).
func OptionsFromValues(values url.Values, problems []hiring.Problem) (Options, []hiring.Problem) {
	o := DefaultOptions()
	d := decoder{values: values, ProblemList: hiring.NewProblemList(problems)}

	if v, ok := d.get("embed"); ok {
		if b, ok := parseBool(v); ok {
			o.Embed = b
		} else {
			d.Fail("embed", v, "is not yes or no; use 1 for the compact embed view")
		}
	}
	if v, ok := d.get("id"); ok {
		if validID(v) {
			o.ID = v
		} else {
			d.Fail("id", v, fmt.Sprintf("is not a widget id; use 1 to %d letters, digits, - or _", MaxID))
		}
	}
	if v, ok := d.get("lock"); ok {
		o.Lock = d.keys("lock", v)
	}
	if v, ok := d.get("hide"); ok {
		o.Hide = d.keys("hide", v)
	}
	if v, ok := d.get("sections"); ok {
		if s := d.sections(v); len(s) > 0 {
			o.Sections = s
		}
	}
	if v, ok := d.get("accent"); ok {
		if c, err := ParseColor(v); err == nil {
			o.Accent = c
		} else {
			d.Fail("accent", v, err.Error())
		}
	}
	if v, ok := d.get("theme"); ok {
		if t := Theme(strings.ToLower(v)); slices.Contains(Themes, t) {
			o.Theme = t
		} else {
			d.Fail("theme", v, "is not a theme; choose light, dark or auto")
		}
	}
	if v, ok := d.get("cta"); ok {
		if u, err := ParseCTA(v); err == nil {
			o.CTA = u
		} else {
			d.Fail("cta", v, err.Error())
		}
	}
	if v, ok := d.raw("ctalabel"); ok {
		label := cleanText(v)
		if n := utf8.RuneCountInString(label); n > MaxCTALabel {
			d.Fail("ctalabel", label, fmt.Sprintf("is longer than %d characters; it was shortened", MaxCTALabel))
			label = strings.TrimSpace(string([]rune(label)[:MaxCTALabel]))
		}
		switch {
		case o.CTA != "":
			o.CTALabel = label
		case label != "":
			d.Fail("ctalabel", label, "has no link; give the call-to-action's address in cta")
		}
	}
	if o.CTA != "" && o.CTALabel == "" {
		o.CTALabel = DefaultCTALabel
	}
	if v, ok := d.get("origins"); ok {
		o.Origins = d.origins(v)
	}
	if v, ok := d.get("jsonld"); ok {
		if b, ok := parseBool(v); ok {
			o.JSONLD = b
		} else {
			d.Fail("jsonld", v, "is not yes or no; use 1 to send the job posting's JSON-LD to the host page")
		}
	}
	return o, d.Problems()
}

// Query encodes the options as a URL query string without the leading
// "?". Defaults are left out, keys come in the order of OptionKeys, and
// [ParseOptions] of the result gives back the same Options.
func (o Options) Query() string {
	var b strings.Builder
	add := func(k, v string) {
		if b.Len() > 0 {
			b.WriteByte('&')
		}
		b.WriteString(k)
		b.WriteByte('=')
		b.WriteString(escape(v))
	}
	if o.Embed {
		add("embed", "1")
	}
	if o.ID != "" {
		add("id", o.ID)
	}
	if len(o.Lock) > 0 {
		add("lock", strings.Join(o.Lock, ","))
	}
	if len(o.Hide) > 0 {
		add("hide", strings.Join(o.Hide, ","))
	}
	if len(o.Sections) > 0 && !slices.Equal(o.Sections, Sections) {
		s := make([]string, len(o.Sections))
		for i, x := range o.Sections {
			s[i] = string(x)
		}
		add("sections", strings.Join(s, ","))
	}
	if o.Accent != "" {
		add("accent", o.Accent)
	}
	if o.Theme != "" && o.Theme != ThemeAuto {
		add("theme", string(o.Theme))
	}
	if o.CTA != "" {
		add("cta", o.CTA)
		if o.CTALabel != "" && o.CTALabel != DefaultCTALabel {
			add("ctalabel", o.CTALabel)
		}
	}
	if len(o.Origins) > 0 {
		add("origins", strings.Join(o.Origins, ","))
	}
	if o.JSONLD {
		add("jsonld", "1")
	}
	return b.String()
}

// Locked reports whether the visitor may not change the input key: it is
// locked or hidden. The host page can still change it with hirecalc:set.
func (o Options) Locked(key string) bool {
	return slices.Contains(o.Lock, key) || slices.Contains(o.Hide, key)
}

// Hidden reports whether the input key is not shown.
func (o Options) Hidden(key string) bool { return slices.Contains(o.Hide, key) }

// Shows reports whether the section is shown.
func (o Options) Shows(s Section) bool {
	return len(o.Sections) == 0 || slices.Contains(o.Sections, s)
}

// AllowsOrigin reports whether a message from origin may change the
// widget: any origin when the options list none, else only a listed one.
// The caller must also check that the message comes from the parent
// window.
func (o Options) AllowsOrigin(origin string) bool {
	if len(o.Origins) == 0 {
		return true
	}
	n, err := ParseOrigin(origin)
	return err == nil && slices.Contains(o.Origins, n)
}

// ParseColor checks a CSS colour given as "#rgb" or "#rrggbb" (hex digits
// in either case) and returns it as "#rrggbb" in lower case. Every other
// form (names, rgb(), "#rgba", anything with spaces) is refused, so a
// colour can never break out of the style it is put in.
func ParseColor(s string) (string, error) {
	if len(s) != 4 && len(s) != 7 || s[0] != '#' {
		return "", fmt.Errorf("is not a colour; write it as #rgb or #rrggbb, for example #0a66c2")
	}
	hex := strings.ToLower(s[1:])
	for i := 0; i < len(hex); i++ {
		if c := hex[i]; (c < '0' || c > '9') && (c < 'a' || c > 'f') {
			return "", fmt.Errorf("is not a colour; write it as #rgb or #rrggbb, for example #0a66c2")
		}
	}
	if len(hex) == 3 {
		hex = string([]byte{hex[0], hex[0], hex[1], hex[1], hex[2], hex[2]})
	}
	return "#" + hex, nil
}

// ContrastText returns the text colour, "#000000" or "#ffffff", that
// contrasts more with the background colour bg ("#rrggbb" or "#rgb"), by
// the WCAG 2 contrast ratio. It returns "#ffffff" for an invalid colour.
func ContrastText(bg string) string {
	c, err := ParseColor(bg)
	if err != nil {
		return "#ffffff"
	}
	l := luminance(c)
	// Contrast with black is (l+0.05)/0.05, with white 1.05/(l+0.05).
	if (l+0.05)*(l+0.05) > 1.05*0.05 {
		return "#000000"
	}
	return "#ffffff"
}

// luminance is the WCAG 2 relative luminance of a "#rrggbb" colour.
func luminance(c string) float64 {
	channel := func(h string) float64 {
		n, _ := strconv.ParseUint(h, 16, 8)
		v := float64(n) / 255
		if v <= 0.04045 {
			return v / 12.92
		}
		return math.Pow((v+0.055)/1.055, 2.4)
	}
	return 0.2126*channel(c[1:3]) + 0.7152*channel(c[3:5]) + 0.0722*channel(c[5:7])
}

// ParseCTA checks a call-to-action address: an absolute http or https URL
// with a host, without user name or password, spaces, backslashes or
// control characters, at most MaxURL bytes. It returns the URL as given.
func ParseCTA(s string) (string, error) {
	if len(s) > MaxURL {
		return "", fmt.Errorf("is longer than %d characters; use a shorter address", MaxURL)
	}
	if strings.IndexFunc(s, func(r rune) bool {
		return r <= ' ' || r == 0x7f || r == '\\' || unicode.IsSpace(r) || unicode.IsControl(r) || bidiControl(r)
	}) >= 0 || !utf8.ValidString(s) {
		return "", fmt.Errorf("contains spaces, backslashes or control characters; give an address such as https://example.com/jobs")
	}
	u, err := url.Parse(s)
	if err != nil {
		return "", fmt.Errorf("is not an address; give one such as https://example.com/jobs")
	}
	if scheme := strings.ToLower(u.Scheme); scheme != "http" && scheme != "https" {
		return "", fmt.Errorf("is not an http or https address; give one such as https://example.com/jobs")
	}
	if u.Host == "" || u.Opaque != "" {
		return "", fmt.Errorf("has no host; give a full address such as https://example.com/jobs")
	}
	if u.User != nil {
		return "", fmt.Errorf("contains a user name or password; leave them out")
	}
	return s, nil
}

// ParseOrigin checks a web origin, "scheme://host" or "scheme://host:port"
// with scheme http or https, and returns it as a browser reports it: in
// lower case, without the scheme's default port. The host is a name
// (letters, digits, "-" and "."), an IPv4 address or an IPv6 address in
// brackets; there is no path, query, user or trailing slash.
func ParseOrigin(s string) (string, error) {
	bad := fmt.Errorf("is not an origin; write it as https://example.com or http://localhost:8080, without a path")
	if len(s) > 300 {
		return "", bad
	}
	scheme, rest, ok := strings.Cut(strings.ToLower(s), "://")
	if !ok || scheme != "http" && scheme != "https" || rest == "" ||
		strings.ContainsAny(rest, "/?#@\\ ") {
		return "", bad
	}
	host, port := rest, ""
	if h, p, err := net.SplitHostPort(rest); err == nil {
		if p == "" {
			return "", bad
		}
		host, port = h, p
	} else if strings.HasPrefix(rest, "[") {
		if !strings.HasSuffix(rest, "]") {
			return "", bad
		}
		host = rest[1 : len(rest)-1]
	}
	if port != "" {
		n, err := strconv.Atoi(port)
		if err != nil || n < 1 || n > 65535 || port[0] == '0' || port[0] == '+' {
			return "", bad
		}
	}
	if strings.Contains(host, ":") {
		ip, err := netip.ParseAddr(host)
		if err != nil || !ip.Is6() || ip.Is4In6() || ip.Zone() != "" {
			return "", bad
		}
		host = "[" + ip.String() + "]"
	} else if !validHostName(host) {
		return "", bad
	}
	if scheme == "http" && port == "80" || scheme == "https" && port == "443" {
		port = ""
	}
	if port != "" {
		return scheme + "://" + host + ":" + port, nil
	}
	return scheme + "://" + host, nil
}

// validHostName reports whether h is a DNS name or IPv4 address in lower
// case: labels of 1 to 63 letters, digits and inner hyphens.
func validHostName(h string) bool {
	if h == "" || len(h) > 253 {
		return false
	}
	for _, label := range strings.Split(h, ".") {
		if label == "" || len(label) > 63 || label[0] == '-' || label[len(label)-1] == '-' {
			return false
		}
		for i := 0; i < len(label); i++ {
			c := label[i]
			if (c < 'a' || c > 'z') && (c < '0' || c > '9') && c != '-' {
				return false
			}
		}
	}
	return true
}

// validID reports whether s is a widget id: 1 to MaxID letters, digits,
// "-" or "_".
func validID(s string) bool {
	if s == "" || len(s) > MaxID {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if (c < 'a' || c > 'z') && (c < 'A' || c > 'Z') && (c < '0' || c > '9') && c != '-' && c != '_' {
			return false
		}
	}
	return true
}

type decoder struct {
	values url.Values
	*hiring.ProblemList
}

// raw returns the first value of key as given, and whether it is there.
func (d *decoder) raw(key string) (string, bool) {
	vs, ok := d.values[key]
	if !ok || len(vs) == 0 {
		return "", false
	}
	return vs[0], true
}

// get returns the trimmed first value of key; an empty value counts as
// absent.
func (d *decoder) get(key string) (string, bool) {
	v, ok := d.raw(key)
	v = strings.TrimSpace(v)
	return v, ok && v != ""
}

// keys decodes a comma-separated list of input keys: unknown ones are
// reported and dropped, the order made that of InputKeys.
func (d *decoder) keys(field, v string) []string {
	seen := make(map[string]bool)
	wrong := "is not an input; use " + strings.Join(InputKeys, ", ")
	for _, item := range strings.Split(v, ",") {
		item = strings.ToLower(strings.TrimSpace(item))
		if item == "" {
			continue
		}
		if !slices.Contains(InputKeys, item) {
			d.Fail(field, item, wrong)
			continue
		}
		seen[item] = true
	}
	var out []string
	for _, k := range InputKeys {
		if seen[k] {
			out = append(out, k)
		}
	}
	return out
}

// sections decodes a comma-separated list of sections like keys.
func (d *decoder) sections(v string) []Section {
	seen := make(map[Section]bool)
	for _, item := range strings.Split(v, ",") {
		item = strings.ToLower(strings.TrimSpace(item))
		if item == "" {
			continue
		}
		if s := Section(item); slices.Contains(Sections, s) {
			seen[s] = true
		} else {
			d.Fail("sections", item, "is not a section; use role, pay or jd")
		}
	}
	var out []Section
	for _, s := range Sections {
		if seen[s] {
			out = append(out, s)
		}
	}
	return out
}

// origins decodes a comma-separated list of origins, normalised, without
// duplicates, in the order given.
func (d *decoder) origins(v string) []string {
	var out []string
	for _, item := range strings.Split(v, ",") {
		item = strings.TrimSpace(item)
		if item == "" {
			continue
		}
		o, err := ParseOrigin(item)
		if err != nil {
			d.Fail("origins", item, err.Error())
			continue
		}
		if slices.Contains(out, o) {
			continue
		}
		if len(out) == MaxOrigins {
			d.Fail("origins", item, fmt.Sprintf("is one origin too many; list at most %d", MaxOrigins))
			break
		}
		out = append(out, o)
	}
	return out
}

func parseBool(v string) (value, ok bool) {
	switch strings.ToLower(v) {
	case "1", "yes", "true", "on", "y":
		return true, true
	case "0", "no", "false", "off", "n":
		return false, true
	}
	return false, false
}

// cleanText turns invalid UTF-8 and control characters into spaces and
// trims the ends, as the calculator does with its free-text inputs.
func cleanText(s string) string {
	s = strings.ToValidUTF8(s, " ")
	s = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) || bidiControl(r) {
			return ' '
		}
		return r
	}, s)
	return strings.TrimSpace(s)
}

// bidiControl reports whether r is a bidirectional formatting character,
// which could make a label read differently from what it says.
func bidiControl(r rune) bool {
	return r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069 || r == 0x200e || r == 0x200f || r == 0x061c
}

// escape is url.QueryEscape that keeps commas readable in lists.
func escape(s string) string {
	return strings.ReplaceAll(url.QueryEscape(s), "%2C", ",")
}

func truncate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n]) + "…"
}
