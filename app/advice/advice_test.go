package advice_test

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"hirecalc/app/advice"
	"hirecalc/app/check"
	"hirecalc/app/hiring"
	"hirecalc/app/jobdesc"
)

var today = advice.Options{Today: "2026-11-27"}

func advise(t testing.TB, q string) advice.Result {
	t.Helper()
	in, problems := hiring.ParseQuery(q)
	r := advice.Advise(in, today)
	r.Problems = append(problems, r.Problems...)
	return r
}

func TestAdviseAgreesWithItsParts(t *testing.T) {
	tests := []struct {
		name  string
		query string
		role  hiring.Role
	}{
		{"default startup", "", hiring.RoleHybrid},
		{"regulated enterprise with an architect", "team=200&stage=enterprise&regulated=1&owner=yes&needs=features,apis&level=mid&region=pl", hiring.RoleDeveloper},
		{"big tech", "stage=bigtech&team=5000&region=weu", hiring.RoleStandard},
		{"scale-up that needs reliability", "team=80&stage=scaleup&owner=no&needs=scalability,reliability&region=latam", hiring.RoleEngineer},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := advise(t, tt.query)
			rec := hiring.Recommend(r.Input)
			assert.Equal(t, tt.role, r.Role)
			assert.Equal(t, rec.Role, r.Role, "the result repeats the recommendation")
			assert.Equal(t, rec.Title, r.Title)
			assert.Equal(t, rec.Title, r.JobDescription.Title, "the job description posts the recommended title")
			assert.Len(t, r.Reasons, len(rec.Reasons))
			require.NotEmpty(t, r.Salary, "every region of the form has pay figures")
			assert.NotEmpty(t, r.View.Rows)
			assert.Contains(t, r.JobDescription.Markdown, "# "+rec.Title)
			assert.Equal(t, r.JobDescription.Draft.Text(), r.JobDescription.Text)
			assert.Equal(t, check.Gender(r.JobDescription.Text).Verdict, r.Checks.Gender.Verdict)
			assert.True(t, r.Checks.Gender.NeutralOrBetter(), "our drafts are never masculine-coded: %s", r.Checks.Gender.Verdict)
			assert.Equal(t, check.StatusWithin, r.Checks.Readability.Length.Status,
				"the draft has the length posting guides recommend: %s", r.Checks.Readability.Length.Message)
			assert.Empty(t, r.Problems)
		})
	}
}

func TestAdviseJobDescriptionShowsTheEstimateInTheDisplayCurrency(t *testing.T) {
	r := advise(t, "region=pl&currency=PLN&period=month&level=senior")
	require.NotNil(t, r.JobDescription.Draft.Salary)
	assert.Equal(t, "PLN", r.JobDescription.Draft.Salary.Currency)
	assert.Contains(t, r.JobDescription.Draft.Compensation, "per month")
	assert.Contains(t, r.JobDescription.Draft.Compensation, "estimate")
	assert.NotContains(t, r.JobDescription.JSONLD, "baseSalary", "an estimate never reaches the JSON-LD")
}

func TestAdviseCurrencyWithoutRateFallsBackToDollars(t *testing.T) {
	r := advise(t, "region=ar&currency=ARS")
	assert.Equal(t, "USD", r.View.Currency)
	assert.Contains(t, strings.ToLower(r.View.Conversion), "ecb")
	require.NotNil(t, r.JobDescription.Draft.Salary)
	assert.Equal(t, "USD", r.JobDescription.Draft.Salary.Currency)
}

func TestAdviseConfirmedRangeReachesTheJSONLD(t *testing.T) {
	r := advise(t, "company=Acme&paymin=120000&paymax=150000&paycurrency=USD")
	r.ValidateJSONLD()
	assert.Contains(t, r.JobDescription.JSONLD, `"baseSalary"`)
	assert.False(t, jobdesc.HasErrors(r.JobDescription.JSONLDIssues), "%v", r.JobDescription.JSONLDIssues)
	assert.Contains(t, r.JobDescription.Draft.Compensation, "120,000")
}

func TestAdviseJSONHasTheDocumentedKeys(t *testing.T) {
	r := advise(t, "team=5&stage=startup&owner=no&needs=features,architecture&level=senior&region=pl")
	b, err := json.Marshal(r)
	require.NoError(t, err)
	var m map[string]any
	require.NoError(t, json.Unmarshal(b, &m))
	for _, k := range []string{"role", "title", "level", "reasons", "changes", "salary", "problems", "jobDescription"} {
		assert.Contains(t, m, k)
	}
	jd := m["jobDescription"].(map[string]any)
	assert.Contains(t, jd, "title")
	assert.Contains(t, jd, "markdown")
	fig := m["salary"].([]any)[0].(map[string]any)
	for _, k := range []string{"source", "year", "region", "level", "currency", "period"} {
		assert.Contains(t, fig, k)
	}
}

func ExampleAdvise() {
	in, _ := hiring.ParseQuery("team=200&stage=enterprise&regulated=1&owner=yes&needs=features,apis&level=mid&region=pl")
	r := advice.Advise(in, advice.Options{Today: "2026-11-27"})
	fmt.Println(r.Role)
	fmt.Println(r.Title)
	fmt.Println(r.Pay.RegionName)
	// Output:
	// developer
	// Mid-level Backend Developer
	// Poland
}

func BenchmarkAdvise(b *testing.B) {
	in := hiring.DefaultInput()
	for b.Loop() {
		advice.Advise(in, today)
	}
}

func TestAdviseChecksPayTransparencyOfTheDraft(t *testing.T) {
	r := advise(t, "region=pl&workplace=onsite&location=Warsaw")
	assert.ElementsMatch(t, []string{"eu", "pl"}, r.Checks.Pay.Where, "Poland's rules and the EU directive apply to a job in Poland")
	require.NotNil(t, r.Checks.Pay.Pay, "the draft's range is what is checked")
	assert.Equal(t, r.JobDescription.Draft.Salary.Min, r.Checks.Pay.Pay.Min)

	// Changed on purpose (issue 10): hirecalc's estimate no longer meets
	// a pay rule; the employer's own range does, typed or confirmed.
	tests := []struct {
		name, query, source string
		satisfied           bool
		found               string
	}{
		{"estimate only", "", check.PaySourceEstimate, false, "(hirecalc's estimate, not yet the employer's range)"},
		{"typed range", "&paymin=120000&paymax=150000", check.PaySourceEntered, true, "(given by the employer)"},
		{"confirmed estimate", "&paymin=130000&paymax=175000&paysource=estimate", check.PaySourceConfirmed, true, "(hirecalc's estimate, which the employer chose to post)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ny := advise(t, "region=us&where=us-nyc&benefits=Health+insurance"+tt.query)
			require.Len(t, ny.Checks.Pay.Rules, 1)
			assert.Equal(t, tt.source, ny.Checks.Pay.PaySource)
			assert.Equal(t, string(ny.JobDescription.Draft.Salary.Source), map[string]string{
				check.PaySourceEstimate: "estimate", check.PaySourceEntered: "entered", check.PaySourceConfirmed: "confirmed"}[tt.source])
			assert.Equal(t, tt.satisfied, ny.Checks.Pay.Satisfied, ny.Checks.Pay.Summary)
			rule := ny.Checks.Pay.Rules[0]
			for _, req := range rule.Requirements {
				if req.Kind == "range" {
					assert.Contains(t, req.Found, tt.found)
					if !tt.satisfied {
						assert.Equal(t, check.RequirementIfPosted, req.Status)
						assert.NotContains(t, req.Found, "given by the employer")
					}
				}
			}
			if !tt.satisfied {
				assert.True(t, rule.IfPosted)
				assert.Equal(t, "The pay shown is hirecalc's estimate: the rule in force is met only if the employer posts this estimate as its range, or enters its own.", ny.Checks.Pay.Summary)
			}
		})
	}
}

func TestAdviseListsWhatTheJSONLDLeavesOut(t *testing.T) {
	r := advise(t, "region=weu")
	var props []string
	for _, b := range r.JobDescription.FillIn {
		props = append(props, b.Property)
	}
	assert.Equal(t, []string{"hiringOrganization.name", "applicantLocationRequirements", "baseSalary", "validThrough", "directApply", "url"}, props)
	assert.NotContains(t, r.JobDescription.JSONLD, "[")
	assert.NotContains(t, r.JobDescription.JSONLD, "hiringOrganization")

	full := advise(t, "company=Acme&paymin=100000&paymax=120000")
	assert.Len(t, full.JobDescription.FillIn, 3, "the page's address, directApply and validThrough stay to fill in: %v", full.JobDescription.FillIn)
	b, err := json.Marshal(full)
	require.NoError(t, err)
	assert.Contains(t, string(b), `"fillIn":[{"property":"validThrough"`)
}

// TestAdvisePayAtTheSurveyYearRate checks that the job description's
// estimated range in local currency uses the same 2024 rate as the pay
// view, and that the answer carries the employer's cost.
func TestAdvisePayAtTheSurveyYearRate(t *testing.T) {
	r := advise(t, "level=mid&region=pl&currency=PLN")
	require.NotNil(t, r.JobDescription.Draft.Salary)
	sal := r.JobDescription.Draft.Salary
	assert.Equal(t, "PLN", sal.Currency)
	// $31,000 and $59,000 (the 3-5 years quartiles, rounded) × 3.979148.
	assert.InDelta(t, 31000*3.979148, sal.Min, 0.01)
	assert.InDelta(t, 59000*3.979148, sal.Max, 0.01)
	assert.Equal(t, "PLN 123,354 – PLN 234,770", r.View.Suggested)
	require.True(t, r.EmployerCost.Available, r.EmployerCost.Reason)
	assert.Equal(t, "PLN", r.EmployerCost.Currency)
	assert.Equal(t, 2026, r.EmployerCost.RulesYear, "the rules of Options.Today's year")
	assert.NotEmpty(t, r.View.Rows[0].Year)
	b, err := json.Marshal(r)
	require.NoError(t, err)
	assert.Contains(t, string(b), `"employerCost":{"available":true`)
}
