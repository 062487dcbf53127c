package jobdesc

import (
	"encoding/json"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"hirecalc/app/hiring"
	"hirecalc/data"
)

func TestDraftWithoutCompanySpeaksAsWe(t *testing.T) {
	in := fixtureInput()
	in.Company = "  "
	for _, role := range []hiring.Role{hiring.RoleDeveloper, hiring.RoleEngineer, hiring.RoleHybrid, hiring.RoleStandard} {
		t.Run(string(role), func(t *testing.T) {
			d := Draft(in, fixtureRec(role, hiring.LevelSenior), estimatePay)
			assert.Empty(t, d.Company)
			assert.Regexp(t, `^We (are hiring|use standard titles)`, d.About[0])
			assert.Equal(t, "company", d.Missing[0].Field)
		})
	}
}

// Changed on purpose (issue 10): the draft lists at most eight
// must-have and six nice-to-have skills, each once, in the skills'
// plain-English lines, and at most eight distinct responsibilities.
func TestDraftSkillsAndResponsibilities(t *testing.T) {
	rec := fixtureRec(hiring.RoleEngineer, hiring.LevelSenior) // every row of both tables
	d := Draft(fixtureInput(), rec, estimatePay)
	assert.Len(t, d.MustHave, hiring.MaxMustHave)
	assert.Len(t, d.NiceToHave, hiring.MaxNiceToHave)
	assert.Equal(t, "Programming language: Deep proficiency in at least one: Python, Go, Java, Node.js, Ruby, PHP, C#, or Rust", d.MustHave[0],
		"a skill without a plain line shows its area and the guide's words")
	assert.Equal(t, rec.Responsibilities, d.Responsibilities)

	t.Run("through hiring.Recommend: the skills' plain lines", func(t *testing.T) {
		in := fixtureInput()
		rec := hiring.Recommend(in)
		d := Draft(in, rec, estimatePay)
		g := data.MustGuide()
		for i, s := range rec.Skills {
			row, ok := g.Skill(s.ID)
			require.True(t, ok)
			if s.Required {
				assert.Equal(t, row.Line, d.MustHave[i])
			}
		}
	})
	t.Run("repeats and surplus are dropped", func(t *testing.T) {
		rec := fixtureRec(hiring.RoleDeveloper, hiring.LevelMid)
		rec.Responsibilities = append(slices.Clone(engResponsibilities), engResponsibilities...)
		rec.Responsibilities = append(rec.Responsibilities, "Extra one.", "Extra two.")
		d := Draft(fixtureInput(), rec, estimatePay)
		assert.Equal(t, append(slices.Clone(engResponsibilities), "Extra one."), d.Responsibilities)
	})
	t.Run("a section without items is left out", func(t *testing.T) {
		rec := fixtureRec(hiring.RoleDeveloper, hiring.LevelMid)
		rec.Skills = slices.Clone(rec.Skills)
		for i := range rec.Skills {
			rec.Skills[i].Required = true
		}
		rec.Responsibilities = nil
		text := Draft(fixtureInput(), rec, estimatePay).Text()
		assert.NotContains(t, text, headNiceToHave)
		assert.NotContains(t, text, headResp+"\n")
		assert.Contains(t, text, headMustHave)
	})
	t.Run("an empty title falls back to level and role", func(t *testing.T) {
		rec := fixtureRec(hiring.RoleDeveloper, hiring.LevelMid)
		rec.Title = ""
		assert.Equal(t, "Mid-level Backend Developer", Draft(fixtureInput(), rec, estimatePay).Title)
	})
}

func TestDraftCompensation(t *testing.T) {
	confirmed := func(min, max int, cur string, p hiring.Period) hiring.Input {
		in := fixtureInput()
		in.PayMin, in.PayMax, in.PayCurrency, in.PayPeriod = min, max, cur, p
		return in
	}
	tests := []struct {
		name      string
		in        hiring.Input
		pay       Pay
		want      string
		confirmed bool
		gap       bool // a "paymin" gap is reported
	}{
		{"confirmed range wins over the estimate", confirmed(120000, 150000, "USD", hiring.PeriodYear), estimatePay,
			"$120,000 – $150,000 per year.", true, false},
		{"confirmed range in another currency", confirmed(180000, 240000, "pln", hiring.PeriodYear), Pay{},
			"PLN 180,000 – PLN 240,000 per year.", true, false},
		{"confirmed single figure per month", confirmed(6000, 6000, "EUR", hiring.PeriodMonth), Pay{},
			"€6,000 per month.", true, false},
		{"estimate is labelled with its basis", fixtureInput(), estimatePay,
			"$130,000 – $175,000 per year (estimate: DistantJob's hiring guide, senior backend developer in the United States; confirm before posting).", false, true},
		{"estimate without a basis", fixtureInput(), Pay{Min: 40, Max: 59.5, Currency: "GBP", Period: hiring.PeriodHour, Estimate: true},
			"£40 – £59.50 per hour (estimate; confirm before posting).", false, true},
		{"no pay at all", fixtureInput(), Pay{}, PlaceholderPay, false, true},
		{"reversed range is ignored", fixtureInput(), Pay{Min: 10, Max: 5, Currency: "USD", Period: hiring.PeriodYear, Estimate: true}, PlaceholderPay, false, true},
		{"NaN is ignored", fixtureInput(), Pay{Min: math.NaN(), Max: 5, Currency: "USD", Period: hiring.PeriodYear}, PlaceholderPay, false, true},
		{"infinity is ignored", fixtureInput(), Pay{Min: 1, Max: math.Inf(1), Currency: "USD"}, PlaceholderPay, false, true},
		{"no currency is ignored", fixtureInput(), Pay{Min: 1, Max: 2}, PlaceholderPay, false, true},
		{"unconfirmed input range (max below min) falls back to the estimate", confirmed(150000, 120000, "USD", hiring.PeriodYear), estimatePay,
			"$130,000 – $175,000 per year (estimate: DistantJob's hiring guide, senior backend developer in the United States; confirm before posting).", false, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := Draft(tt.in, fixtureRec(hiring.RoleEngineer, hiring.LevelSenior), tt.pay)
			assert.Equal(t, tt.want, d.Compensation)
			assert.Equal(t, tt.confirmed, d.Salary != nil && d.Salary.Confirmed)
			assert.Equal(t, tt.gap, hasGap(d, "paymin"))
			assert.Contains(t, d.Text(), tt.want)
		})
	}
}

func hasGap(d JobDescription, field string) bool {
	for _, g := range d.Missing {
		if g.Field == field {
			return true
		}
	}
	return false
}

func TestDraftLocationPolicy(t *testing.T) {
	tests := []struct {
		name      string
		workplace hiring.Workplace
		location  string
		region    string
		want      string
		gaps      []string
	}{
		{"remote with a location", hiring.WorkplaceRemote, "Anywhere in the EU", "de", "This role is fully remote. Location: Anywhere in the EU.", nil},
		{"remote in a multi-country region", hiring.WorkplaceRemote, "Latin America", "latam", "This role is fully remote. Location: Latin America.", []string{"region"}},
		{"remote without a location", hiring.WorkplaceRemote, "", "us", "This role is fully remote.", []string{"location"}},
		{"hybrid", hiring.WorkplaceHybrid, "Berlin", "de", "This is a hybrid role: you will work part of the week at our office in Berlin and the rest remotely.", nil},
		{"hybrid without an office", hiring.WorkplaceHybrid, "", "de", "This is a hybrid role: you will work part of the week at our office in " + PlaceholderLocation + " and the rest remotely.", []string{"location"}},
		{"on site", hiring.WorkplaceOnsite, "Seattle, WA", "us", "This role is on site, at our office in Seattle, WA.", nil},
		{"unknown policy with a location", "", "Lisbon", "pt", "Location: Lisbon.", []string{"workplace"}},
		{"nothing known", "", "", "weu", "[Add the location and whether the role is remote, hybrid or on site]", []string{"location", "workplace"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := fixtureInput()
			in.Workplace, in.Location, in.Region = tt.workplace, tt.location, tt.region
			d := Draft(in, fixtureRec(hiring.RoleEngineer, hiring.LevelSenior), estimatePay)
			assert.Equal(t, tt.want, d.LocationPolicy)
			var gaps []string
			for _, g := range d.Missing {
				if g.Field == "location" || g.Field == "region" || g.Field == "workplace" {
					gaps = append(gaps, g.Field)
				}
			}
			assert.Equal(t, tt.gaps, gaps)
		})
	}
}

func TestDraftHowToApply(t *testing.T) {
	tests := []struct {
		name  string
		apply string
		text  string // HowToApply
		md    string // the Markdown line
		html  string // the HTML paragraph
	}{
		{"https URL becomes a link", "https://acme.example/jobs?id=1&ref=x",
			"Apply here: https://acme.example/jobs?id=1&ref=x",
			"Apply here: <https://acme.example/jobs?id=1&ref=x>",
			`<p>Apply here: <a href="https://acme.example/jobs?id=1&amp;ref=x" rel="noopener" target="_blank">https://acme.example/jobs?id=1&amp;ref=x</a></p>`},
		{"upper-case scheme is still a web URL", "HTTP://acme.example/",
			"Apply here: HTTP://acme.example/", "Apply here: <HTTP://acme.example/>",
			`<p>Apply here: <a href="HTTP://acme.example/" rel="noopener" target="_blank">HTTP://acme.example/</a></p>`},
		{"e-mail address becomes mailto", "jobs@acme.example",
			"Send your CV and a few lines about yourself to jobs@acme.example",
			"Send your CV and a few lines about yourself to <jobs@acme.example>",
			`<p>Send your CV and a few lines about yourself to <a href="mailto:jobs@acme.example">jobs@acme.example</a></p>`},
		{"mailto: prefix is accepted", "MAILTO:jobs@acme.example",
			"Send your CV and a few lines about yourself to jobs@acme.example",
			"Send your CV and a few lines about yourself to <jobs@acme.example>",
			`<p>Send your CV and a few lines about yourself to <a href="mailto:jobs@acme.example">jobs@acme.example</a></p>`},
		{"javascript: stays text", "javascript:alert(1)",
			"To apply: javascript:alert(1)", "To apply: javascript:alert(1)", `<p>To apply: javascript:alert(1)</p>`},
		{"data: stays text", "data:text/html,<b>x</b>",
			"To apply: data:text/html,<b>x</b>", `To apply: data:text/html,\<b\>x\</b\>`, `<p>To apply: data:text/html,&lt;b&gt;x&lt;/b&gt;</p>`},
		{"URL with a quote stays text", `https://acme.example/"onmouseover="alert(1)`,
			`To apply: https://acme.example/"onmouseover="alert(1)`, `To apply: https://acme.example/"onmouseover="alert(1)`,
			`<p>To apply: https://acme.example/&#34;onmouseover=&#34;alert(1)</p>`},
		{"URL without a host stays text", "https:///path",
			"To apply: https:///path", "To apply: https:///path", `<p>To apply: https:///path</p>`},
		{"free text", "Ask Maria at the front desk",
			"To apply: Ask Maria at the front desk", "To apply: Ask Maria at the front desk", `<p>To apply: Ask Maria at the front desk</p>`},
		{"nothing", "", PlaceholderApply, `\[Add how to apply: a link or an e-mail address\]`, `<p>` + PlaceholderApply + `</p>`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := fixtureInput()
			in.Apply = tt.apply
			d := Draft(in, fixtureRec(hiring.RoleEngineer, hiring.LevelSenior), estimatePay)
			assert.Equal(t, tt.text, d.HowToApply)
			assert.True(t, strings.HasSuffix(d.Markdown(), "## How to apply\n\n"+tt.md+"\n"), "Markdown ends with %q", tt.md)
			assert.True(t, strings.HasSuffix(d.HTML(), tt.html+"\n"), "HTML ends with %q", tt.html)
			assert.Equal(t, tt.apply == "", hasGap(d, "apply"))
		})
	}
}

func TestDraftMissing(t *testing.T) {
	d := Draft(hiring.DefaultInput(), fixtureRec(hiring.RoleHybrid, hiring.LevelSenior), Pay{})
	var fields []string
	for _, g := range d.Missing {
		fields = append(fields, g.Field)
		assert.NotEmpty(t, g.Message)
	}
	assert.Equal(t, []string{"company", "paymin", "location", "apply"}, fields)

	full := fixtureInput()
	full.PayMin, full.PayMax = 100000, 120000
	assert.Empty(t, Draft(full, fixtureRec(hiring.RoleHybrid, hiring.LevelSenior), Pay{}).Missing)
}

func TestClean(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"trims and collapses white space", "  Acme \t\n  Inc  ", "Acme Inc"},
		{"control characters become spaces", "a\x00b\x1bc\u0085d", "a b c d"},
		{"line separators become spaces", "a\u2028b\u2029c", "a b c"},
		{"bidi overrides are dropped", "\u202Egnp.exe\u202C \u2066x\u2069 \u200Fy\uFEFF", "gnp.exe x y"},
		{"invalid UTF-8 becomes U+FFFD", "a\xffb", "a\uFFFDb"},
		{"markup is kept for the exports to escape", "<b>&amp;</b>", "<b>&amp;</b>"},
		{"full-width and other scripts are kept", "＜script＞ Zürich 東京", "＜script＞ Zürich 東京"},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, clean(tt.in))
		})
	}
}

func TestMarkdownEscaping(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"inline HTML", "<script>alert(1)</script>", `\<script\>alert(1)\</script\>`},
		{"emphasis and code", "*a* _b_ `c`", "\\*a\\* \\_b\\_ \\`c\\`"},
		{"link syntax", "[x](javascript:alert(1))", `\[x\](javascript:alert(1))`},
		{"character references", "&lt; &#60; & Co", `\&lt; \&#60; & Co`},
		{"backslash, pipe, tilde", `a\b|c~d`, `a\\b\|c\~d`},
		{"plain text is unchanged", "Health insurance, 25 days of leave.", "Health insurance, 25 days of leave."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, mdText(tt.in))
		})
	}
}

func TestMoney(t *testing.T) {
	tests := []struct {
		v    float64
		cur  string
		want string
	}{
		{113622, "USD", "$113,622"},
		{1234567.6, "EUR", "€1,234,568"},
		{999, "GBP", "£999"},
		{59, "USD", "$59"},
		{13.5, "PLN", "PLN 13.50"},
		{0.5, "BRL", "BRL 0.50"},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			assert.Equal(t, tt.want, money(tt.v, tt.cur))
		})
	}
}

func TestTextHasEverySectionInOrder(t *testing.T) {
	d := Draft(fixtureInput(), fixtureRec(hiring.RoleEngineer, hiring.LevelSenior), estimatePay)
	text := d.Text()
	require.True(t, strings.HasPrefix(text, "Senior Backend Engineer\n\n"))
	last := 0
	for _, h := range []string{headAbout, headResp, headMustHave, headNiceToHave, headCompensation, headLocation, headApply} {
		i := strings.Index(text, "\n"+h+"\n\n")
		require.Greater(t, i, last, "section %q is missing or out of order", h)
		last = i
	}
	assert.Contains(t, text, "Benefits: Health insurance, 25 days of paid leave, a yearly learning budget\n")
}

func TestJSONCarriesMarkdown(t *testing.T) {
	d := Draft(fixtureInput(), fixtureRec(hiring.RoleHybrid, hiring.LevelSenior), estimatePay)
	b, err := json.Marshal(d)
	require.NoError(t, err)
	var doc map[string]any
	require.NoError(t, json.Unmarshal(b, &doc))
	assert.Equal(t, "Senior Backend Engineer", doc["title"])
	assert.Equal(t, d.Markdown(), doc["markdown"])
	assert.Equal(t, "hybrid", doc["role"])
	assert.Equal(t, "paymin", doc["missing"].([]any)[0].(map[string]any)["field"])

	var back JobDescription
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, d, back, "every field survives a round trip")
}

func TestDraftScopeFollowsLevel(t *testing.T) {
	tests := []struct {
		query string
		want  string
	}{
		{"team=80&stage=midsize&needs=architecture&level=junior", "Nobody owns the system design yet, so you will help set its direction with the team."},
		{"team=80&stage=midsize&needs=architecture&level=mid", "Help design how our backend services fit together"},
		{"team=80&stage=midsize&needs=architecture&level=senior", "Nobody owns the system design yet, so you will set its direction."},
		{"team=80&stage=midsize&needs=architecture&level=staff", "This is a staff-level role. You will shape technical direction across teams"},
		{"team=8&needs=features,architecture&level=junior", "Nobody owns the design yet, so you will help shape it as you build."},
		{"team=8&needs=features,architecture&level=staff", "Nobody owns the design yet, so you will shape it as you build."},
		{"team=0&needs=features,architecture&level=junior", "As our first engineer, you will shape the design and build on it."},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			_, d := draftFor(t, tt.query)
			assert.Contains(t, d.Text(), tt.want)
		})
	}
}
