//go:build !wasm

package ui

import (
	"math"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"hirecalc/app/check"
	"hirecalc/app/hiring"
)

func TestExportFile(t *testing.T) {
	p := &page{}
	p.load("company=Acme%20%3Cscript%3E&stage=bigtech")
	jd := p.res.JobDescription
	require.NotEmpty(t, jd.Title)
	base := fileName(jd.Title)
	for _, tc := range []struct {
		name, format, file, media string
		body                      func(t *testing.T, body string)
	}{
		{"plain text", "txt", base + ".txt", "text/plain", func(t *testing.T, body string) {
			assert.Equal(t, jd.Text, body)
		}},
		{"unknown is plain text", "", base + ".txt", "text/plain", func(t *testing.T, body string) {
			assert.Equal(t, jd.Text, body)
		}},
		{"markdown", "md", base + ".md", "text/markdown", func(t *testing.T, body string) {
			assert.Equal(t, jd.Markdown, body)
		}},
		{"html", "html", base + ".html", "text/html", func(t *testing.T, body string) {
			assert.True(t, strings.HasPrefix(body, "<!DOCTYPE html>"), "not a complete document")
			assert.Contains(t, body, `<meta charset="utf-8">`)
			assert.Contains(t, body, "<title>"+textEscaper.Replace(jd.Title)+"</title>")
			assert.Contains(t, body, jd.HTML)
			assert.Contains(t, body, "Acme &lt;script&gt;", "the company is not escaped")
			assert.NotContains(t, body, "Acme <script>")
		}},
		{"json-ld", "jsonld", base + ".jsonld", "application/ld+json", func(t *testing.T, body string) {
			assert.Equal(t, jd.JSONLD, body)
			assert.Contains(t, body, `"JobPosting"`)
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			name, media, body := exportFile(jd, tc.format)
			assert.Equal(t, tc.file, name)
			assert.True(t, strings.HasPrefix(media, tc.media), "media type %q", media)
			tc.body(t, body)
		})
	}
}

func TestStructuredData(t *testing.T) {
	p := &page{}
	p.load("company=Acme%20%3C%2Fpre%3E%3Cb%3E")
	html := mount(t, p)
	element(t, html, "jd-structured")
	element(t, html, "jd-format")
	element(t, html, "jd-copy-as")
	element(t, html, "jd-download-as")
	pre := element(t, html, "jd-jsonld")
	assert.Contains(t, pre, "<pre")
	assert.Contains(t, html, "baseSalary appears only after you confirm the pay range")
	jsonld := regexp.MustCompile(`(?s)<pre id="jd-jsonld".*?</pre>`).FindString(html)
	require.NotEmpty(t, jsonld)
	assert.Contains(t, jsonld, "JobPosting")
	assert.NotContains(t, jsonld, "<b>", "the JSON-LD is not escaped")
	assert.NotContains(t, p.res.JobDescription.JSONLD, "baseSalary", "an estimate reached the JSON-LD")
	require.NotEmpty(t, p.res.JobDescription.Draft.Missing, "a draft without how to apply lacks something")
	for _, g := range p.res.JobDescription.Draft.Missing {
		assert.Contains(t, html, textEscaper.Replace(g.Message))
	}

	// What the JSON-LD leaves out is listed beside it and the export.
	blanks := p.res.JobDescription.FillIn
	require.NotEmpty(t, blanks)
	issues := regexp.MustCompile(`(?s)<div id="jd-jsonld-issues".*?</div>`).FindString(html)
	assert.Contains(t, issues, "Fill in before posting")
	assert.Contains(t, issues, "This JSON-LD is incomplete")
	for _, b := range blanks {
		assert.Contains(t, issues, "<code>"+b.Property+"</code>")
		assert.Contains(t, issues, textEscaper.Replace(b.Message))
	}
	assert.Contains(t, element(t, html, "jd-export-note"), "hint")
	assert.Contains(t, html, "The JSON-LD is incomplete: "+strconv.Itoa(len(blanks))+" properties to fill in before posting")
	assert.Contains(t, incompleteNote(blanks), "It is incomplete: fill in baseSalary, validThrough, directApply, url before posting.")

	noCompany := &page{}
	noCompany.load("")
	html = mount(t, noCompany)
	assert.NotContains(t, html, "[Your company name]")
	assert.Contains(t, html, "<code>hiringOrganization.name</code> (required by Google)")
	assert.Empty(t, exportNote(0), "a complete JSON-LD needs no note")
}

func TestNeedsHintWithNothingTicked(t *testing.T) {
	for _, tc := range []struct{ query, want string }{
		{"needs=", "Nothing is ticked, so the title and the job description stay general"},
		{"needs=features", "Tick everything the new hire must do."},
	} {
		p := &page{}
		p.load(tc.query)
		assert.Regexp(t, `id="hint-needs"[^>]*>`+regexp.QuoteMeta(tc.want), mount(t, p), tc.query)
	}
}

func TestConfirmPay(t *testing.T) {
	for _, tc := range []struct{ name, query, currency, period string }{
		{"dollars per year", "", "USD", "year"},
		{"zloty per month", "region=pl&currency=PLN&period=month", "PLN", "month"},
		{"dollars per hour", "period=hour", "USD", "hour"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := &page{}
			p.load(tc.query)
			s := p.res.JobDescription.Draft.Salary
			require.NotNil(t, s)
			require.True(t, s.Estimate)
			assert.NotContains(t, p.res.JobDescription.JSONLD, "baseSalary")
			html := mount(t, p)
			element(t, html, "pay-confirm")

			st, ok := confirmedForm(p.form, s)
			require.True(t, ok)
			in, problems := st.decode()
			require.Empty(t, problems)
			q, err := url.ParseQuery(st.query(in, problems))
			require.NoError(t, err)
			assert.Equal(t, strconv.Itoa(int(math.Round(s.Min))), q.Get("paymin"))
			assert.Equal(t, strconv.Itoa(int(math.Round(s.Max))), q.Get("paymax"))
			assert.Equal(t, tc.currency, in.PayCurrency)
			assert.Equal(t, tc.period, string(in.PayPeriod))
			assert.True(t, in.PayConfirmed())
			assert.Equal(t, "estimate", q.Get("paysource"), "the shared link says the range is the confirmed estimate")
			assert.Equal(t, hiring.PayConfirmed, in.PaySource())

			// The page loaded from that query posts the range.
			confirmed := &page{}
			confirmed.load(st.query(in, problems))
			jsonld := confirmed.res.JobDescription.JSONLD
			assert.Contains(t, jsonld, `"baseSalary"`)
			assert.Contains(t, jsonld, `"minValue"`)
			assert.Empty(t, confirmed.jdEstimate, "a confirmed range is still offered for confirming")
			html = mount(t, confirmed)
			assert.NotContains(t, html, `id="pay-confirm"`)
			assert.Contains(t, element(t, html, "in-paysource"), "checked")
			assert.Equal(t, hiring.PayConfirmed, confirmed.res.JobDescription.Draft.Salary.Source)
			assert.Equal(t, check.PaySourceConfirmed, confirmed.res.Checks.Pay.PaySource)

			// Editing the range makes it the employer's own.
			edited := st.change("paymin", st.Typed.Get("paymin")) // typed again: now the employer's
			in, _ = edited.decode()
			assert.Equal(t, hiring.PayEntered, in.PaySource())
			assert.NotContains(t, edited.query(in, nil), "paysource")
			same := st.change("company", "Acme")
			in, _ = same.decode()
			assert.Equal(t, hiring.PayConfirmed, in.PaySource(), "other fields leave the mark alone")
		})
	}

	t.Run("an estimate is not the employer's range in the checks", func(t *testing.T) {
		p := &page{}
		p.load("where=us-nyc&benefits=Health")
		assert.Equal(t, check.PaySourceEstimate, p.res.Checks.Pay.PaySource)
		assert.Contains(t, p.jdChecks, "met only if you post hirecalc's estimate as your range")
		assert.NotContains(t, p.jdChecks, "given by the employer")
		assert.Contains(t, mount(t, p), "is hirecalc&#39;s estimate, not your range yet")
	})

	t.Run("no estimate", func(t *testing.T) {
		_, ok := confirmedForm(formState{}, nil)
		assert.False(t, ok)
	})
}

func TestSnippets(t *testing.T) {
	for _, tc := range []struct {
		name, text, word string
		want             []string
	}{
		{"middle", "In this role you will lead the design of our payment APIs and mentor others.", "lead",
			[]string{"In this role you will lead the design of our payment APIs…"}},
		{"start and end", "Lead.", "lead", []string{"Lead."}},
		{"twice, newlines collapsed", "We lead.\n\nYou\tlead too.", "lead", []string{"We lead. You lead too.", "We lead. You lead too."}},
		{"cut at words", "Our platform team of twelve engineers wants someone who will lead the design of payment APIs for the whole company.", "lead",
			[]string{"…wants someone who will lead the design of payment APIs for…"}},
		{"multibyte text", "Ééééééééééééééééééééééééééééé lead ééééééééééééééééééééééééééé", "lead", []string{"…lead…"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var w check.CodedWord
			for _, cw := range check.Gender(tc.text).Words {
				if cw.Word == tc.word {
					w = cw
				}
			}
			require.NotEmpty(t, w.Positions, "no %q in %q", tc.word, tc.text)
			got := snippets(tc.text, w)
			assert.Equal(t, tc.want, got)
			for _, s := range got {
				assert.True(t, utf8.ValidString(s), "%q", s)
			}
		})
	}
	t.Run("bad offsets", func(t *testing.T) {
		assert.Empty(t, snippets("lead", check.CodedWord{Word: "lead", Positions: []int{-1, 3, 99}}))
	})
}

func TestChecksEscapeThePastedText(t *testing.T) {
	const text = `<script>alert(1)</script> You will lead a competitive team & be decisive. <img src=x onerror=alert(1)>`
	html := checksHTML(check.Review(text, check.PayInput{Where: []string{"us-nyc"}}, "2026-06-01"), text, "paste-checks", "paste-check-", true)
	for _, id := range []string{"paste-checks", "paste-check-gender", "paste-check-readability", "paste-check-pay"} {
		element(t, html, id)
	}
	assert.NotContains(t, html, "<script>")
	assert.NotContains(t, html, "<img")
	assert.Contains(t, html, "decisive. &lt;img src=x onerror=alert(1)&gt;", "the snippet around a coded word is missing")
	assert.Contains(t, html, "competitive team &amp; be")
	assert.Regexp(t, `<strong>lead</strong> ×1 \(masculine\)`, html)
	assert.Contains(t, html, `target="_blank" rel="noopener"`, "the rule's sources are not links")
	assert.Contains(t, html, "Not legal advice")
	assert.Contains(t, html, "table of rules is dated")
}

func TestMarkedText(t *testing.T) {
	const text = "<img src=x onerror=alert(1)> We build event-driven APIs & you will lead.\n" +
		"Salary: $120,000 – $150,000 plus a $2,000 learning stipend."
	rep := check.Review(text, check.PayInput{Where: []string{"us-ca"}}, "2026-06-01")
	html := checksHTML(rep, text, "paste-checks", "paste-check-", true)
	element(t, html, "paste-check-marked")
	at := func(s string) string { return strconv.Itoa(strings.Index(text, s)) } // byte offsets
	assert.NotContains(t, html, "<img")
	assert.Contains(t, html, `<div class="marked">&lt;img src=x onerror=alert(1)&gt; We build <mark class="hl-technical" data-at="`+at("event-driven")+`" title="technical term (a software architecture in which events start the processing): counted as masculine-coded, no other word suggested">event-driven</mark> APIs &amp; you will <mark class="hl-masculine" data-at="`+at("lead")+`" title="masculine-coded: try guide, mentor, head, run, coordinate">lead</mark>.`)
	assert.Contains(t, html, `Salary: <mark class="hl-pay" data-at="`+at("$120,000")+`" title="pay checked: $120,000 to 150,000">$120,000 – $150,000</mark> plus a <mark class="hl-not-pay" data-at="`+at("$2,000")+`" title="not pay: stipend or allowance">$2,000</mark> learning stipend.</div>`)
	assert.Contains(t, html, "a technical term (a software architecture in which events start the processing): counted, no other word suggested")
	assert.Contains(t, html, "Not pay, so not checked: <q>$2,000</q> (stipend or allowance).")
	assert.Contains(t, html, rep.Readability.Counting[:40], "the readability figures do not say how they count")
	assert.NotContains(t, checksHTML(rep, text, "jd-checks", "check-", false), "check-marked", "the draft's checks repeat the draft")
}

func TestPasteYourOwn(t *testing.T) {
	const text = "Ambition:competition–decisiveness, empathy&kindness. <b>Pay</b>: up to $150,000 a year."
	empty := &page{}
	empty.load("where=us-nyc")
	html := mount(t, empty)
	for _, id := range []string{"paste", "paste-text", "paste-check"} {
		element(t, html, id)
	}
	assert.Regexp(t, `<label[^>]*for="paste-text"`, html, "the paste box has no label")
	assert.NotContains(t, html, `id="paste-checks"`, "checks shown before anything was pasted")

	p := &page{}
	p.load("where=us-nyc")
	p.checkPasted(text)
	html = mount(t, p)
	for _, id := range []string{"paste-checks", "paste-check-gender", "paste-check-readability", "paste-check-pay",
		"jd-checks", "check-gender", "check-readability", "check-pay"} {
		element(t, html, id)
	}
	pasted := regexp.MustCompile(`(?s)<section id="paste-checks".*?</section>`).FindString(html)
	require.NotEmpty(t, pasted)
	assert.Contains(t, pasted, "Gender-coded wording: masculine-coded")
	assert.Contains(t, pasted, "Flesch Reading Ease")
	assert.Contains(t, pasted, "New York City")
	assert.Contains(t, pasted, "req-missing", "an open-ended range passed New York City's rule")
	assert.Contains(t, pasted, "&lt;b&gt;Pay&lt;/b&gt;", "the pasted text is not escaped")
	assert.NotContains(t, pasted, "<b>")
	assert.NotContains(t, p.form.query(p.in, p.problems), "Ambition", "the pasted text reached the address bar")

	// The checks follow the form's places.
	p.load("where=us-co")
	assert.Contains(t, p.pasteChecks, "Colorado")
	assert.NotContains(t, p.pasteChecks, "New York City")

	p.checkPasted("  ")
	assert.Contains(t, p.pasteChecks, "Paste a job description in the box first.")
}
