package jobdesc

import (
	"encoding/json"
	"encoding/xml"
	"errors"
	"html"
	"io"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"hirecalc/app/hiring"
)

// xssCorpus are hostile strings fed through every user text field.
var xssCorpus = []string{
	`<script>alert(1)</script>`,
	`<SCRIPT SRC=//evil.example/x.js></SCRIPT>`,
	`</ScRiPt ><script>alert(1)</script>`,
	`"><img src=x onerror=alert(1)>`,
	`'><svg/onload=alert(1)>`,
	`<svg onload=alert(1)>`,
	`<a href="javascript:alert(1)">click</a>`,
	`<iframe srcdoc="<script>alert(1)</script>">`,
	`<math><mi xlink:href="javascript:alert(1)">x</mi></math>`,
	`<style>*{background:url(javascript:alert(1))}</style>`,
	`<body onload=alert(1)>`,
	`</script><script>alert(1)</script>`,
	`</p></li></ul><script>alert(1)</script>`,
	`javascript:alert(1)`,
	`JaVaScRiPt:alert(1)`,
	` javascript:alert(1)`,
	"java\tscript:alert(1)",
	"java\x00script:alert(1)",
	`vbscript:msgbox(1)`,
	`data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==`,
	`https://ok.example/"onmouseover="alert(1)`,
	`https://ok.example/'onmouseover='alert(1)`,
	`https://ok.example/<script>alert(1)</script>`,
	`http://ok.example/?q=</script><script>alert(1)</script>`,
	`https://javascript:alert(1)@ok.example/`,
	`mailto:a@b.example?body=<script>alert(1)</script>`,
	`a@b.example" onclick="alert(1)`,
	`a@b.example<script>alert(1)</script>`,
	"\u2028\u2029alert(1)",
	`\u003c/script\u003e`,
	`\u003cscript\u003ealert(1)\u003c/script\u003e`,
	`＜script＞alert(1)＜/script＞`,
	`<!--`,
	`<!-- <script>alert(1)</script> -->`,
	`-->`,
	`<![CDATA[<script>alert(1)</script>]]>`,
	`<?xml version="1.0"?>`,
	`<!DOCTYPE html>`,
	`&lt;script&gt;alert(1)&lt;/script&gt;`,
	`&#60;script&#62;alert(1)&#60;/script&#62;`,
	`&#x3C;script&#x3E;`,
	`&`,
	"\x00<script>alert(1)</script>",
	"<scr\x00ipt>alert(1)</scr\x00ipt>",
	"\u202Egnp.exe<script>",
	"\uFEFF<script>alert(1)</script>",
	"\xff\xfe<script>",
	`{{constructor.constructor('alert(1)')()}}`,
	"${alert(1)}",
	`[x](javascript:alert(1))`,
	`![x](https://evil.example/x.png)`,
	"```\n<script>alert(1)</script>\n```",
	`<`,
	`>`,
	`"`,
	`'`,
}

// xssFields sets one user text field of the input.
var xssFields = map[string]func(in *hiring.Input, rec *hiring.Recommendation, s string){
	"company":     func(in *hiring.Input, _ *hiring.Recommendation, s string) { in.Company = s },
	"location":    func(in *hiring.Input, _ *hiring.Recommendation, s string) { in.Location = s },
	"apply":       func(in *hiring.Input, _ *hiring.Recommendation, s string) { in.Apply = s },
	"benefits":    func(in *hiring.Input, _ *hiring.Recommendation, s string) { in.Benefits = s },
	"paycurrency": func(in *hiring.Input, _ *hiring.Recommendation, s string) { in.PayCurrency = s },
	"title":       func(_ *hiring.Input, rec *hiring.Recommendation, s string) { rec.Title = s },
	"skill":       func(_ *hiring.Input, rec *hiring.Recommendation, s string) { rec.Skills[0].Expected = s },
}

// allowedTags are the elements HTML() and the JSON-LD description may
// contain, with the attributes each may carry.
var allowedTags = map[string]map[string]bool{
	"h2": {}, "h3": {}, "p": {}, "ul": {}, "li": {}, "strong": {},
	"a": {"href": true, "rel": true, "target": true},
}

var (
	tagStart     = regexp.MustCompile(`<(/?)([A-Za-z][A-Za-z0-9]*)?`)
	eventAttr    = regexp.MustCompile(`(?i)<[a-z][^>]*[\s/"']on[a-z]+\s*=`)
	safeHrefs    = regexp.MustCompile(`^(https?://[^\s"'<>]+|mailto:[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+)$`)
	scriptMarker = regexp.MustCompile(`(?i)<\s*/?\s*script|<!--|<!\[CDATA|<\?|<!doctype`)
)

// checkHTML fails the test when frag could run script in a browser. It
// checks the fragment two ways. As raw text: every < starts an allowed
// element or its end tag (an HTML parser starts a tag only at < followed
// by a letter, /, ! or ?), there is no <script, comment, CDATA,
// processing instruction or doctype, and no on...= attribute inside a tag.
// As XML (the fragment is well-formed XHTML by design): every element is
// allowed, every attribute is allowed on it, and every href is an http(s)
// or mailto: URL.
func checkHTML(t *testing.T, frag string) {
	t.Helper()
	assert.NotRegexp(t, scriptMarker, frag)
	assert.NotRegexp(t, eventAttr, frag)
	for _, m := range tagStart.FindAllStringSubmatch(frag, -1) {
		_, ok := allowedTags[strings.ToLower(m[2])]
		assert.True(t, ok && m[2] == strings.ToLower(m[2]), "unexpected markup %q in %s", m[0], frag)
	}

	dec := xml.NewDecoder(strings.NewReader("<div>" + frag + "</div>"))
	dec.Strict = true
	depth := 0
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		require.NoError(t, err, "not well-formed: %s", frag)
		switch tok := tok.(type) {
		case xml.StartElement:
			depth++
			if depth == 1 {
				require.Equal(t, "div", tok.Name.Local)
				continue
			}
			attrs, ok := allowedTags[tok.Name.Local]
			require.True(t, ok, "element %q in %s", tok.Name.Local, frag)
			for _, a := range tok.Attr {
				assert.True(t, attrs[a.Name.Local] && a.Name.Space == "", "attribute %q on %q", a.Name.Local, tok.Name.Local)
				if a.Name.Local == "href" {
					assert.Regexp(t, safeHrefs, a.Value)
				}
				if a.Name.Local == "target" {
					assert.Equal(t, "_blank", a.Value)
				}
			}
		case xml.EndElement:
			depth--
		case xml.Comment, xml.ProcInst, xml.Directive:
			t.Errorf("unexpected %T in %s", tok, frag)
		}
	}
}

// checkJSONLD fails the test when the JSON-LD could break out of a
// <script> element, is not valid JSON, or does not carry the user's
// strings exactly.
func checkJSONLD(t *testing.T, d JobDescription, ld string) {
	t.Helper()
	lower := strings.ToLower(ld)
	assert.NotContains(t, lower, "</script")
	assert.NotContains(t, ld, "<!--")
	assert.NotContains(t, ld, "<", "every < is escaped")
	assert.NotContains(t, ld, ">", "every > is escaped")
	assert.NotContains(t, ld, "\u2028")
	assert.NotContains(t, ld, "\u2029")

	var doc struct {
		Title              string `json:"title"`
		Description        string `json:"description"`
		HiringOrganization struct {
			Name string `json:"name"`
		} `json:"hiringOrganization"`
		JobLocation *struct {
			Address struct {
				AddressLocality string `json:"addressLocality"`
			} `json:"address"`
		} `json:"jobLocation"`
		BaseSalary *struct {
			Currency string `json:"currency"`
		} `json:"baseSalary"`
	}
	require.NoError(t, json.Unmarshal([]byte(ld), &doc))
	assert.Equal(t, d.Title, doc.Title)
	if d.Company != "" {
		assert.Equal(t, d.Company, doc.HiringOrganization.Name)
	}
	if d.Location != "" && doc.JobLocation != nil {
		assert.Equal(t, d.Location, doc.JobLocation.Address.AddressLocality)
	}
	if doc.BaseSalary != nil {
		assert.Equal(t, d.Salary.Currency, doc.BaseSalary.Currency)
	}
	checkHTML(t, doc.Description)
	text := html.UnescapeString(doc.Description)
	for _, s := range []string{d.Company, d.Location, d.Benefits, d.Apply} {
		assert.Contains(t, text, s, "the description carries the user's text")
	}
}

func TestXSSCorpus(t *testing.T) {
	for field, set := range xssFields {
		for _, workplace := range []hiring.Workplace{hiring.WorkplaceRemote, hiring.WorkplaceOnsite} {
			for _, payload := range xssCorpus {
				t.Run(field+"/"+string(workplace)+"/"+payload, func(t *testing.T) {
					in := fixtureInput()
					in.Workplace = workplace
					in.PayMin, in.PayMax = 100000, 120000 // confirmed, so the currency reaches baseSalary
					rec := fixtureRec(hiring.RoleHybrid, hiring.LevelSenior)
					rec.Skills = append([]hiring.Skill{}, rec.Skills...)
					set(&in, &rec, payload)
					d := Draft(in, rec, estimatePay)

					h := d.HTML()
					checkHTML(t, h)
					assert.NotContains(t, strings.ToLower(h), "<script")
					assert.NotContains(t, strings.ToLower(h), "javascript:alert(1)\"", "no javascript: href")

					ld, err := d.JSONLD(goldenLDOptions)
					require.NoError(t, err)
					checkJSONLD(t, d, ld)
					script, err := d.JSONLDScript(goldenLDOptions)
					require.NoError(t, err)
					assert.Equal(t, 1, strings.Count(strings.ToLower(script), "</script"), "only the closing tag")

					// Outside the autolink to apply to, Markdown has no raw < and
					// no & that could start a character reference.
					_, _, _, _, target := applySentence(d.Apply)
					md := strings.ReplaceAll(d.Markdown(), "<"+target+">", "")
					assert.NotRegexp(t, `(^|[^\\])<[A-Za-z/!?]`, md, "raw < in Markdown")
					assert.NotRegexp(t, `(^|[^\\])&[A-Za-z#]`, md, "unescaped character reference in Markdown")

					if payload == clean(payload) && field != "paycurrency" && field != "title" && field != "skill" {
						// Nothing to clean: the exports carry the string exactly.
						assert.Contains(t, d.Text(), payload)
						assert.Contains(t, h, html.EscapeString(payload))
					}
				})
			}
		}
	}
}

func TestJSONLDRoundTripsUserText(t *testing.T) {
	in := fixtureInput()
	in.Workplace = hiring.WorkplaceOnsite
	in.Company = `Acme "Payments" <GmbH> & Co — Zürich ＜script＞ 東京 \u003c/script>`
	in.Location = `</script><!-- Berlin -->`
	d := Draft(in, fixtureRec(hiring.RoleEngineer, hiring.LevelSenior), estimatePay)
	ld, err := d.JSONLD(goldenLDOptions)
	require.NoError(t, err)
	var doc map[string]any
	require.NoError(t, json.Unmarshal([]byte(ld), &doc))
	assert.Equal(t, in.Company, doc["hiringOrganization"].(map[string]any)["name"])
	assert.Equal(t, in.Location, doc["jobLocation"].(map[string]any)["address"].(map[string]any)["addressLocality"])
}
