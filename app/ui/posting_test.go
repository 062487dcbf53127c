//go:build !wasm

package ui

import (
	"math"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
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
	for _, is := range p.res.JobDescription.JSONLDIssues {
		assert.Contains(t, html, textEscaper.Replace(is.String()))
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

			// The page loaded from that query posts the range.
			confirmed := &page{}
			confirmed.load(st.query(in, problems))
			jsonld := confirmed.res.JobDescription.JSONLD
			assert.Contains(t, jsonld, `"baseSalary"`)
			assert.Contains(t, jsonld, `"minValue"`)
			assert.Empty(t, confirmed.jdEstimate, "a confirmed range is still offered for confirming")
			assert.NotContains(t, mount(t, confirmed), `id="pay-confirm"`)
		})
	}

	t.Run("no estimate", func(t *testing.T) {
		_, ok := confirmedForm(formState{}, nil)
		assert.False(t, ok)
	})
}
