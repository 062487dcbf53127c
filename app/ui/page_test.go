//go:build !wasm

package ui

import (
	"regexp"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"hirecalc/app/hiring"
)

// mount loads c in a test engine, as the server does before prerendering,
// and returns its HTML. It does not consume the queued OnPreRender, which
// would reload the page from the test engine's fixed URL "/".
func mount(t *testing.T, c app.Composer) string {
	t.Helper()
	e := app.NewTestEngine()
	require.NoError(t, e.Load(c))
	return app.HTMLString(c)
}

// element returns the start tag of the element with the given id.
func element(t *testing.T, html, id string) string {
	t.Helper()
	re := regexp.MustCompile(`<[a-z0-9]+[^>]*\bid="` + regexp.QuoteMeta(id) + `"[^>]*>`)
	tag := re.FindString(html)
	require.NotEmpty(t, tag, "no element #%s", id)
	return tag
}

func TestPageShowsTheDefaultAnswer(t *testing.T) {
	html := mount(t, &page{})
	want := hiring.Recommend(hiring.DefaultInput())

	ids := []string{"hc-form", "rec", "rec-role", "rec-title", "pay", "pay-range", "pay-chart",
		"pay-currency", "pay-period", "jd", "jd-text", "jd-copy", "jd-download", "jd-print",
		"update", "install", "footer", "version"}
	for _, k := range queryKeys {
		if !listKeys[k] {
			ids = append(ids, "in-"+k)
		}
	}
	for _, n := range hiring.Needs {
		ids = append(ids, "in-needs-"+string(n))
	}
	for _, id := range ids {
		element(t, html, id)
	}

	assert.Contains(t, element(t, html, "rec-role"), `data-role="`+string(want.Role)+`"`)
	assert.Contains(t, html, `id="rec-title">`+want.Title+`<`)
	assert.Regexp(t, `(?s)id="pay-range".*\$[0-9,]+ – \$[0-9,]+`, html, "no suggested range")
	assert.Regexp(t, `(?s)<svg id="pay-chart".*<title id="pay-chart-title">.+</title>.*<desc`, html)
	assert.Contains(t, html, "Nothing you type leaves your browser.")
	assert.Regexp(t, `hidden`, element(t, html, "update"), "the update banner shows without an update")
	assert.Regexp(t, `hidden`, element(t, html, "install"), "the install button shows without a prompt")
}

func TestPageKeepsWrongInputAsTyped(t *testing.T) {
	p := &page{}
	p.load("team=12x&stage=enterprise")
	html := mount(t, p)

	team := element(t, html, "in-team")
	assert.Contains(t, team, `value="12x"`, "the field lost what was typed")
	assert.Contains(t, team, "err-team", "the field is not described by its message")
	assert.Regexp(t, `id="err-team"[^>]*>[^<]*12x[^<]*whole number`, html)

	// The answer uses the default team size meanwhile.
	in := hiring.DefaultInput()
	in.Stage = hiring.StageEnterprise
	assert.Contains(t, element(t, html, "rec-role"), `data-role="`+string(hiring.Recommend(in).Role)+`"`)
}

func TestPageShowsTheQuerysAnswer(t *testing.T) {
	const q = "team=200&stage=enterprise&regulated=1&owner=yes&needs=features,apis&level=mid&region=pl"
	p := &page{}
	p.load(q)
	html := mount(t, p)

	in, problems := hiring.ParseQuery(q)
	require.Empty(t, problems)
	want := hiring.Recommend(in)
	assert.Contains(t, element(t, html, "rec-role"), `data-role="`+string(want.Role)+`"`)
	assert.Contains(t, html, `id="rec-title">`+want.Title+`<`)
	assert.Contains(t, html, "Eastern Europe (includes Poland)", "the chart does not mark the region")
	assert.Contains(t, element(t, html, "in-owner"), "checked")
	assert.Contains(t, element(t, html, "in-needs-apis"), "checked")
}

// TestPrerenderedFlags checks the workaround for go-app writing false
// boolean attributes as name="false", which browsers read as true.
func TestPrerenderedFlags(t *testing.T) {
	html := mount(t, &page{})
	for _, id := range []string{"in-regulated", "in-owner", "in-needs-data", "in-where-us-co"} {
		assert.NotContains(t, element(t, html, id), "checked", "#%s is unticked in the default input", id)
	}
	assert.Contains(t, element(t, html, "in-needs-features"), "checked")
	assert.NotRegexp(t, `(checked|selected|hidden)="false"`, html, "a false boolean attribute reached the HTML")
	assert.Equal(t, 1, strings.Count(regexp.MustCompile(`(?s)<select[^>]*id="in-stage".*?</select>`).FindString(html), "selected"),
		"the stage select has not exactly one selected option")
}

func TestFormShowsProblems(t *testing.T) {
	st, in, problems := parseForm("region=zz&needs=features,telepathy")
	f := &form{Values: st.values(), Input: in, Problems: problemMessages(problems)}
	html := mount(t, f)

	kept := regexp.MustCompile(`<option[^>]*>“zz” \(not recognised\)</option>`).FindString(html)
	assert.Contains(t, kept, `value="zz"`, "the wrong region is not kept")
	assert.Contains(t, kept, "selected", "the wrong region is not selected")
	assert.Regexp(t, `id="err-region"[^>]*>[^<]*zz`, html)
	assert.Regexp(t, `id="err-needs"[^>]*>[^<]*telepathy`, html)
	assert.Contains(t, element(t, html, "in-needs-features"), "checked")
	for _, k := range queryKeys {
		if listKeys[k] {
			continue
		}
		label := regexp.MustCompile(`<label[^>]*for="in-` + k + `"`)
		assert.Regexp(t, label, html, "#in-%s has no label", k)
		assert.Regexp(t, `id="hint-`+k+`"`, html, "#in-%s has no hint", k)
	}
}

func TestRecommendationCard(t *testing.T) {
	for _, q := range []string{"", "stage=bigtech", "owner=yes&needs=features", "needs=architecture&owner=yes"} {
		in, _ := hiring.ParseQuery(q)
		rec := hiring.Recommend(in)
		t.Run(string(rec.Role), func(t *testing.T) {
			html := mount(t, &recommendation{Rec: rec})
			assert.Contains(t, html, `data-role="`+string(rec.Role)+`"`)
			assert.Contains(t, html, ">"+rec.Role.Label()+"<")
			assert.Contains(t, html, ">"+rec.Level.Label()+"<")
			for _, r := range rec.Reasons {
				assert.Contains(t, html, textEscaper.Replace(r.Text))
			}
			for _, c := range rec.Changes {
				assert.Contains(t, html, textEscaper.Replace(c.Text))
				if fieldLabels[c.Field] != "" {
					assert.Contains(t, html, `data-field="`+c.Field+`"`)
				}
			}
		})
	}
}

func TestFooter(t *testing.T) {
	sources := dataSources()
	require.NotEmpty(t, sources)
	html := mount(t, &footer{Sources: sources, Attribution: surveyAttribution(), Version: "v1.2.3"})
	assert.Contains(t, html, "Nothing you type leaves your browser.")
	for _, s := range sources {
		assert.Contains(t, html, textEscaper.Replace(s.Source))
		assert.Contains(t, html, textEscaper.Replace(s.Licence))
	}
	assert.Contains(t, html, "Open Database License")
	assert.Contains(t, html, `id="version">v1.2.3<`)

	forgetful := mount(t, &footer{MemoryOnly: true})
	assert.Contains(t, forgetful, "forgotten when you leave")
}

func TestJobDescPanel(t *testing.T) {
	p := &page{}
	p.load("company=Acme%20%3Cb%3E")
	html := mount(t, p)
	jd := regexp.MustCompile(`(?s)<article id="jd-text".*?</article>`).FindString(html)
	require.NotEmpty(t, jd)
	assert.Contains(t, jd, "Acme &lt;b&gt;", "typed text is not escaped in the job description")
	assert.NotContains(t, jd, "Acme <b>")
	assert.Equal(t, "senior-backend-engineer-features-and-architecture.md", p.jdFile)
}

func TestCurrencyOptions(t *testing.T) {
	p := &page{}
	p.load("region=pl&currency=PLN")
	values := []string{}
	for _, o := range p.currencies {
		values = append(values, o.Value)
	}
	assert.Equal(t, []string{"USD", "PLN"}, values)

	p.load("region=us&currency=EUR")
	values = values[:0]
	for _, o := range p.currencies {
		values = append(values, o.Value)
	}
	assert.Equal(t, []string{"USD", "EUR"}, values)
}

func TestFileName(t *testing.T) {
	for title, want := range map[string]string{
		"Senior Backend Engineer":            "senior-backend-engineer",
		"Senior Software Engineer (Backend)": "senior-software-engineer-backend",
		"  ":                                 "job-description",
		"Développeur backend — niveau confirmé": "d-veloppeur-backend-niveau-confirm",
	} {
		assert.Equal(t, want, fileName(title), "%q", title)
	}
}

func BenchmarkPageLoad(b *testing.B) {
	for b.Loop() {
		var p page
		p.load("team=200&stage=enterprise&owner=yes&needs=features")
	}
}

func TestJobDescPanelShowsChecks(t *testing.T) {
	p := &page{}
	p.load("")
	html := mount(t, p)
	for _, id := range []string{"jd-checks", "check-gender", "check-readability", "check-pay"} {
		element(t, html, id)
	}
	assert.Contains(t, html, textEscaper.Replace(p.res.Checks.Gender.Verdict))
	assert.Contains(t, html, textEscaper.Replace(p.res.Checks.Pay.Summary))
}
