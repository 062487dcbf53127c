package embed

import (
	"errors"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"hirecalc/app/hiring"
)

// FuzzParseOptions checks that any query decodes without panicking, that
// every decoded value is within its rules, and that encoding the options
// and decoding them again gives the same options.
func FuzzParseOptions(f *testing.F) {
	for _, seed := range []string{
		"",
		"embed=1&id=a&lock=team,stage&hide=company&sections=role,jd&accent=%23abc&theme=dark",
		"cta=https://acme.example/jobs?x=1&ctalabel=Talk+to+our+recruiters&origins=https://a.example,http://[::1]:80",
		"accent=red&theme=blue&cta=javascript:alert(1)&origins=null&jsonld=2",
		"%zz&lock=%00&ctalabel=%E2%80%AE",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, q string) {
		o, problems := ParseOptions(q)
		for _, p := range problems {
			if p.Field == "" || p.Message == "" {
				t.Fatalf("problem without field or message: %+v", p)
			}
		}
		if len(o.Sections) == 0 {
			t.Fatal("no section shown")
		}
		for _, k := range append(slices.Clone(o.Lock), o.Hide...) {
			if !slices.Contains(InputKeys, k) {
				t.Fatalf("lock/hide key %q is not an input", k)
			}
		}
		if o.Accent != "" {
			if c, err := ParseColor(o.Accent); err != nil || c != o.Accent || len(c) != 7 {
				t.Fatalf("accent %q is not #rrggbb", o.Accent)
			}
		}
		if !slices.Contains(Themes, o.Theme) {
			t.Fatalf("theme %q", o.Theme)
		}
		if o.CTA != "" {
			if _, err := ParseCTA(o.CTA); err != nil || !strings.HasPrefix(strings.ToLower(o.CTA), "http") {
				t.Fatalf("cta %q: %v", o.CTA, err)
			}
		}
		if utf8.RuneCountInString(o.CTALabel) > MaxCTALabel || (o.CTA == "") != (o.CTALabel == "") {
			t.Fatalf("cta label %q with cta %q", o.CTALabel, o.CTA)
		}
		for _, origin := range o.Origins {
			if n, err := ParseOrigin(origin); err != nil || n != origin {
				t.Fatalf("origin %q is not normalised", origin)
			}
		}
		again, problems := ParseOptions(o.Query())
		if len(problems) > 0 {
			t.Fatalf("re-decoding %q: %v", o.Query(), problems)
		}
		if !equalOptions(o, again) {
			t.Fatalf("round trip of %q:\n%+v\n%+v", q, o, again)
		}
	})
}

func equalOptions(a, b Options) bool {
	return a.Embed == b.Embed && a.ID == b.ID && slices.Equal(a.Lock, b.Lock) && slices.Equal(a.Hide, b.Hide) &&
		slices.Equal(a.Sections, b.Sections) && a.Accent == b.Accent && a.Theme == b.Theme && a.CTA == b.CTA &&
		a.CTALabel == b.CTALabel && slices.Equal(a.Origins, b.Origins) && a.JSONLD == b.JSONLD
}

// FuzzDecodeMessage checks that any bytes decode without panicking, that
// a refused message comes back empty, and that an accepted one is valid
// and survives encoding and decoding.
func FuzzDecodeMessage(f *testing.F) {
	for _, seed := range []string{
		`{"type":"hirecalc:set","v":1,"id":"hc-1","query":"team=5&stage=startup"}`,
		`{"type":"hirecalc:ready","v":1,"id":"a","query":"team=3","height":812}`,
		`{"type":"hirecalc:resize","v":1,"height":640}`,
		`{"type":"hirecalc:change","v":1,"id":"a","query":"","result":{"role":"engineer","title":"T","payMin":1,"payMax":2,"currency":"USD","period":"year"},"jsonld":"{\"@type\":\"JobPosting\"}"}`,
		`{"type":"hirecalc:cta","v":1,"href":"https://acme.example"}`,
		`{"type":"hirecalc:set","v":2,"query":"team=5"}`,
		`[1,2,3]`, `null`, `"x"`, `{"type":null}`,
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		m, err := DecodeMessage(b)
		if err != nil {
			if m != (Message{}) {
				t.Fatalf("refused message is not empty: %+v", m)
			}
			if errors.Is(err, ErrForeign) && strings.Contains(err.Error(), "hirecalc:set") {
				t.Fatalf("foreign error names a type: %v", err)
			}
			return
		}
		if !slices.Contains(Types, m.Type) || m.V != Version {
			t.Fatalf("accepted %+v", m)
		}
		if m.Type == TypeSet {
			if _, err := m.Apply(hiring.DefaultInput()); err != nil {
				t.Fatalf("accepted set does not apply: %v", err)
			}
			if s, err := DecodeSet(b); err != nil || s != m {
				t.Fatalf("DecodeSet disagrees: %+v, %v", s, err)
			}
		}
		again, err := DecodeMessage(m.JSON())
		if err != nil {
			t.Fatalf("re-decoding %s: %v", m.JSON(), err)
		}
		if again.Type != m.Type || again.ID != m.ID || again.Query != m.Query || again.Height != m.Height ||
			again.JSONLD != m.JSONLD || again.Href != m.Href || (again.Result == nil) != (m.Result == nil) ||
			m.Result != nil && *again.Result != *m.Result {
			t.Fatalf("round trip:\n%+v\n%+v", m, again)
		}
	})
}
