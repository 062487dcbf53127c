//go:build !wasm

package ui

import (
	"regexp"
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
