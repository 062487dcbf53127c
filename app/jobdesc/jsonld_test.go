package jobdesc

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"hirecalc/app/hiring"
)

// decodeLD parses JSON-LD into a generic map.
func decodeLD(t *testing.T, ld string) map[string]any {
	t.Helper()
	var doc map[string]any
	require.NoError(t, json.Unmarshal([]byte(ld), &doc))
	return doc
}

func TestJSONLDLocation(t *testing.T) {
	tests := []struct {
		name      string
		workplace hiring.Workplace
		location  string
		region    string
		opt       LDOptions
		want      map[string]any // expected top-level properties; nil value = absent
	}{
		{"remote job names the country applicants live in", hiring.WorkplaceRemote, "Anywhere in the United States", "us",
			LDOptions{DatePosted: "2026-05-01", CountryName: "United States"},
			map[string]any{
				"jobLocationType":               "TELECOMMUTE",
				"applicantLocationRequirements": map[string]any{"@type": "Country", "name": "United States"},
				"jobLocation":                   nil,
			}},
		{"remote job without a country name uses the code", hiring.WorkplaceRemote, "", "pl",
			LDOptions{DatePosted: "2026-05-01"},
			map[string]any{
				"jobLocationType":               "TELECOMMUTE",
				"applicantLocationRequirements": map[string]any{"@type": "Country", "name": "PL"},
			}},
		{"option country wins over the region", hiring.WorkplaceRemote, "", "latam",
			LDOptions{DatePosted: "2026-05-01", Country: "br"},
			map[string]any{"applicantLocationRequirements": map[string]any{"@type": "Country", "name": "BR"}}},
		{"remote job in a multi-country region has no requirement", hiring.WorkplaceRemote, "Latin America", "latam",
			LDOptions{DatePosted: "2026-05-01"},
			map[string]any{"jobLocationType": "TELECOMMUTE", "applicantLocationRequirements": nil}},
		{"hybrid job has a place", hiring.WorkplaceHybrid, "Berlin", "de",
			LDOptions{DatePosted: "2026-05-01"},
			map[string]any{
				"jobLocation": map[string]any{"@type": "Place", "address": map[string]any{
					"@type": "PostalAddress", "addressLocality": "Berlin", "addressCountry": "DE"}},
				"jobLocationType":               nil,
				"applicantLocationRequirements": nil,
			}},
		{"on-site job without a country", hiring.WorkplaceOnsite, "Seattle, WA", "weu",
			LDOptions{DatePosted: "2026-05-01"},
			map[string]any{"jobLocation": map[string]any{"@type": "Place", "address": map[string]any{
				"@type": "PostalAddress", "addressLocality": "Seattle, WA"}}}},
		{"on-site job with nothing known has no place", hiring.WorkplaceOnsite, "", "eeu",
			LDOptions{DatePosted: "2026-05-01"},
			map[string]any{"jobLocation": nil}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := fixtureInput()
			in.Workplace, in.Location, in.Region = tt.workplace, tt.location, tt.region
			ld, err := Draft(in, fixtureRec(hiring.RoleEngineer, hiring.LevelSenior), estimatePay).JSONLD(tt.opt)
			require.NoError(t, err)
			doc := decodeLD(t, ld)
			for k, v := range tt.want {
				got, present := doc[k]
				if v == nil {
					assert.False(t, present, "%s should be absent, is %v", k, got)
					continue
				}
				assert.Equal(t, v, got, k)
			}
		})
	}
}

func TestJSONLDBaseSalaryOnlyWhenConfirmed(t *testing.T) {
	rec := fixtureRec(hiring.RoleEngineer, hiring.LevelSenior)
	opt := LDOptions{DatePosted: "2026-05-01"}

	t.Run("estimate only: no baseSalary, but the description shows the estimate", func(t *testing.T) {
		d := Draft(fixtureInput(), rec, estimatePay)
		ld, err := d.JSONLD(opt)
		require.NoError(t, err)
		doc := decodeLD(t, ld)
		assert.NotContains(t, doc, "baseSalary")
		assert.Contains(t, doc["description"], "confirm before posting")
	})
	t.Run("not an estimate but not confirmed in the input: still no baseSalary", func(t *testing.T) {
		pay := estimatePay
		pay.Estimate = false
		ld, err := Draft(fixtureInput(), rec, pay).JSONLD(opt)
		require.NoError(t, err)
		assert.NotContains(t, decodeLD(t, ld), "baseSalary")
	})
	for _, tt := range []struct {
		period hiring.Period
		unit   string
	}{{hiring.PeriodYear, "YEAR"}, {hiring.PeriodMonth, "MONTH"}, {hiring.PeriodHour, "HOUR"}} {
		t.Run("confirmed per "+string(tt.period), func(t *testing.T) {
			in := fixtureInput()
			in.PayMin, in.PayMax, in.PayCurrency, in.PayPeriod = 50, 70, "EUR", tt.period
			ld, err := Draft(in, rec, estimatePay).JSONLD(opt)
			require.NoError(t, err)
			assert.Equal(t, map[string]any{
				"@type":    "MonetaryAmount",
				"currency": "EUR",
				"value": map[string]any{
					"@type": "QuantitativeValue", "minValue": 50.0, "maxValue": 70.0, "unitText": tt.unit,
				},
			}, decodeLD(t, ld)["baseSalary"])
		})
	}
}

func TestJSONLDOptions(t *testing.T) {
	d := Draft(fixtureInput(), fixtureRec(hiring.RoleEngineer, hiring.LevelSenior), estimatePay)
	tests := []struct {
		name    string
		opt     LDOptions
		wantErr string
	}{
		{"date only", LDOptions{DatePosted: "2026-05-01"}, ""},
		{"date-time", LDOptions{DatePosted: "2026-05-01T09:30:00+02:00", ValidThrough: "2026-05-31T23:59"}, ""},
		{"same day", LDOptions{DatePosted: "2026-05-01T18:00:00Z", ValidThrough: "2026-05-01"}, ""},
		{"every employment type", LDOptions{DatePosted: "2026-05-01", EmploymentType: "CONTRACTOR"}, ""},
		{"no datePosted", LDOptions{}, "datePosted: missing"},
		{"datePosted not ISO", LDOptions{DatePosted: "01/05/2026"}, `datePosted: "01/05/2026" is not an ISO 8601 date`},
		{"impossible date", LDOptions{DatePosted: "2026-02-30"}, "is not an ISO 8601 date"},
		{"validThrough not ISO", LDOptions{DatePosted: "2026-05-01", ValidThrough: "next month"}, "validThrough"},
		{"validThrough before datePosted", LDOptions{DatePosted: "2026-05-01", ValidThrough: "2026-04-30"}, "before datePosted"},
		{"lower-case employment type", LDOptions{DatePosted: "2026-05-01", EmploymentType: "full_time"}, "employmentType"},
		{"country name instead of code", LDOptions{DatePosted: "2026-05-01", Country: "USA"}, "alpha-2"},
		{"javascript URL", LDOptions{DatePosted: "2026-05-01", URL: "javascript:alert(1)"}, "url"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ld, err := d.JSONLD(tt.opt)
			if tt.wantErr != "" {
				require.Error(t, err)
				assert.Contains(t, err.Error(), tt.wantErr)
				assert.True(t, strings.HasPrefix(err.Error(), "jobdesc: "))
				assert.Empty(t, ld)
				return
			}
			require.NoError(t, err)
			doc := decodeLD(t, ld)
			want := tt.opt.EmploymentType
			if want == "" {
				want = "FULL_TIME"
			}
			assert.Equal(t, want, doc["employmentType"])
			assert.Equal(t, false, doc["directApply"])
		})
	}
}

func TestJSONLDValidates(t *testing.T) {
	opt := LDOptions{DatePosted: "2026-05-01", ValidThrough: "2026-06-30", DirectApply: true, CountryName: "United States"}
	for _, c := range goldenCases() {
		t.Run(c.name, func(t *testing.T) {
			d := Draft(c.in, c.rec, c.pay)
			ld, err := d.JSONLD(opt)
			require.NoError(t, err)
			issues := ValidateJobPosting([]byte(ld))
			var errs, warns []string
			for _, i := range issues {
				if i.Severity == SeverityError {
					errs = append(errs, i.Property)
				} else {
					warns = append(warns, i.Property)
				}
			}
			switch d.Company {
			case "": // no company name: the placeholder is an error
				assert.Equal(t, []string{"hiringOrganization.name"}, errs)
			default:
				assert.Empty(t, errs, "%v", issues)
			}
			// Only an unconfirmed pay range leaves a recommended property out.
			if d.Salary != nil && d.Salary.Confirmed {
				assert.Empty(t, warns, "%v", issues)
			} else {
				assert.Equal(t, []string{"baseSalary"}, warns)
			}
		})
	}
	t.Run("through hiring.Recommend for every outcome", func(t *testing.T) {
		for role, in := range outcomeInputs() {
			in.PayMin, in.PayMax = 150000, 190000
			ld, err := Draft(in, hiring.Recommend(in), estimatePay).JSONLD(opt)
			require.NoError(t, err)
			assert.Empty(t, ValidateJobPosting([]byte(ld)), "%s", role)
		}
	})
}

func TestJSONLDScript(t *testing.T) {
	d := Draft(fixtureInput(), fixtureRec(hiring.RoleEngineer, hiring.LevelSenior), estimatePay)
	ld, err := d.JSONLD(goldenLDOptions)
	require.NoError(t, err)
	script, err := d.JSONLDScript(goldenLDOptions)
	require.NoError(t, err)
	assert.Equal(t, "<script type=\"application/ld+json\">\n"+ld+"\n</script>\n", script)
	_, err = d.JSONLDScript(LDOptions{})
	assert.Error(t, err)
}

func TestScriptSafe(t *testing.T) {
	in := `{"a":"</script><!--` + "\u2028\u2029" + `&"}`
	out := scriptSafe(in)
	assert.Equal(t, `{"a":"\u003c/script\u003e\u003c!--\u2028\u2029\u0026"}`, out)
	var v map[string]string
	require.NoError(t, json.Unmarshal([]byte(out), &v))
	assert.Equal(t, "</script><!--\u2028\u2029&", v["a"])
}
