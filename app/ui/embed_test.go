//go:build !wasm

package ui

import (
	"net/url"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"hirecalc/app/hiring"
)

func TestEmbedViewAppliesTheOptions(t *testing.T) {
	const preset = "team=60&stage=enterprise&owner=yes&needs=features,apis,data&company=Acme"
	q := "embed=1&id=w1&" + preset + "&lock=team,needs&hide=company,benefits&sections=role,pay&accent=%23aa3300" +
		"&theme=dark&cta=" + url.QueryEscape("https://acme.example/jobs?a=1&b=2") + "&ctalabel=Talk+to+our+recruiters"
	p := &page{}
	p.load(q)
	html := mount(t, p)

	root := element(t, html, "hc-app")
	assert.Contains(t, root, "hc-embed")
	assert.Contains(t, root, `data-theme="dark"`)
	assert.Contains(t, root, "--accent:#aa3300;--accent-text:#ffffff")

	assert.NotContains(t, html, `id="footer"`, "no site footer")
	assert.NotContains(t, html, `class="hc-header"`, "no site header")
	assert.Contains(t, element(t, html, "in-team"), "disabled", "team is locked")
	assert.Contains(t, element(t, html, "in-needs"), "disabled", "the needs are locked")
	assert.NotContains(t, element(t, html, "in-stage"), "disabled", "stage is not locked")
	assert.NotContains(t, html, `id="in-company"`, "company is hidden")
	assert.NotContains(t, html, `id="in-benefits"`, "benefits are hidden")
	assert.NotContains(t, html, `id="jd"`, "the job description section is not shown")
	assert.Contains(t, html, `id="rec"`)
	assert.Contains(t, html, `id="pay"`)

	in, problems := hiring.ParseQuery(preset)
	require.Empty(t, problems)
	assert.Contains(t, element(t, html, "rec-role"), `data-role="`+string(hiring.Recommend(in).Role)+`"`)

	cta := element(t, html, "hc-cta")
	assert.Contains(t, cta, `href="https://acme.example/jobs?a=1&`)
	assert.Contains(t, cta, `target="_blank"`)
	assert.Contains(t, cta, `rel="noopener"`)
	assert.Contains(t, html, ">Talk to our recruiters</a>")
	open := element(t, html, "hc-open")
	assert.Contains(t, open, `target="_blank"`)
	assert.Contains(t, open, `rel="noopener"`)
}

func TestEmbedViewIgnoresChangesToLockedInputs(t *testing.T) {
	p := &page{}
	p.load("embed=1&team=60&lock=team")
	mount(t, p)
	p.change(app.Context{}, "team", "3")
	assert.Equal(t, 60, p.in.Team, "a locked input cannot be changed from the form")
}

func TestEmbedViewWithBadOptionsStillWorks(t *testing.T) {
	p := &page{}
	p.load("embed=1&accent=red;background:url(x)&theme=blue&cta=javascript:alert(1)&lock=salary")
	html := mount(t, p)
	root := element(t, html, "hc-app")
	assert.Contains(t, root, `data-theme="auto"`)
	assert.NotContains(t, root, "style=", "a bad accent sets no style")
	assert.NotContains(t, html, `id="hc-cta"`, "a javascript: call-to-action is dropped")
	assert.NotContains(t, html, "javascript:")
	assert.Len(t, p.embed.problems, 4)
}

func TestFullAppIsNotTheEmbedView(t *testing.T) {
	html := mount(t, &page{})
	assert.NotContains(t, element(t, html, "hc-app"), "hc-embed")
	assert.Contains(t, html, `id="footer"`)
	assert.Contains(t, html, `href="`+builderPath+`"`, "the footer links to the snippet builder")
}
