package jobdesc

import (
	"encoding/json"
	"slices"
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

	// Changed on purpose (issue 10): the published description no longer
	// carries the unconfirmed estimate ("confirm before posting" was an
	// instruction to the user, not pay); FillIn asks for the range.
	t.Run("estimate only: neither baseSalary nor the estimate, and the range is to fill in", func(t *testing.T) {
		d := Draft(fixtureInput(), rec, estimatePay)
		ld, err := d.JSONLD(opt)
		require.NoError(t, err)
		doc := decodeLD(t, ld)
		assert.NotContains(t, doc, "baseSalary")
		assert.NotContains(t, doc["description"], "confirm before posting")
		assert.NotContains(t, doc["description"], "130,000")
		assert.Contains(t, doc["description"], "Benefits: Health insurance", "the benefits stay")
		blanks, err := d.FillIn(opt)
		require.NoError(t, err)
		assert.True(t, slices.ContainsFunc(blanks, func(b Blank) bool { return b.Property == "baseSalary" && b.Field == "paymin" && !b.Required }))
		assert.Contains(t, d.Text(), "confirm before posting", "the text the user edits still shows the estimate")
	})
	t.Run("a confirmed estimate reaches baseSalary", func(t *testing.T) {
		in := fixtureInput()
		in.PayMin, in.PayMax, in.PayFromEstimate = 130000, 175000, true
		d := Draft(in, rec, estimatePay)
		require.NotNil(t, d.Salary)
		assert.Equal(t, hiring.PayConfirmed, d.Salary.Source)
		ld, err := d.JSONLD(opt)
		require.NoError(t, err)
		assert.Contains(t, decodeLD(t, ld), "baseSalary")
		assert.Contains(t, decodeLD(t, ld)["description"], "$130,000 – $175,000 per year.")
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
			// Changed on purpose (issue 10): hirecalc cannot know whether
			// the page lets candidates apply, so it no longer says false.
			assert.NotContains(t, doc, "directApply")
		})
	}
	ld, err := d.JSONLD(LDOptions{DatePosted: "2026-05-01", DirectApply: true})
	require.NoError(t, err)
	assert.Equal(t, true, decodeLD(t, ld)["directApply"])
}

func TestJSONLDValidates(t *testing.T) {
	opt := LDOptions{DatePosted: "2026-05-01", ValidThrough: "2026-06-30", DirectApply: true, CountryName: "United States"}
	for _, c := range goldenCases() {
		t.Run(c.name, func(t *testing.T) {
			in, _ := hiring.ParseQuery(c.query)
			d := Draft(in, hiring.Recommend(in), c.pay)
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
			blanks, err := d.FillIn(opt)
			require.NoError(t, err)
			checkFillIn(t, ld, blanks, c.name)
			if d.Company == "" {
				// Changed on purpose (issue 10): no "[Your company name]":
				// the organization is left out, and Google's check says so.
				assert.Contains(t, errs, "hiringOrganization")
				assert.NotContains(t, ld, "hiringOrganization")
			}
			if d.Company != "" && (d.Workplace != hiring.WorkplaceRemote || d.Country != "") && (d.Workplace == hiring.WorkplaceRemote || d.Location != "" || d.Country != "") {
				assert.Empty(t, errs, "%v", issues)
			}
			// Only an unconfirmed pay range leaves a recommended property out.
			if d.Salary != nil && d.Salary.Confirmed {
				assert.NotContains(t, warns, "baseSalary")
			} else {
				assert.Contains(t, warns, "baseSalary")
			}
		})
	}
	t.Run("a complete input through hiring.Recommend: nothing to fill in", func(t *testing.T) {
		for _, q := range []string{
			"team=60&stage=enterprise&owner=yes&needs=features,apis,data",
			"team=60&stage=midsize&needs=architecture,scalability,reliability",
			"", "stage=bigtech&team=400",
		} {
			in, _ := hiring.ParseQuery(q + "&company=Acme&paymin=150000&paymax=190000")
			d := Draft(in, hiring.Recommend(in), estimatePay)
			ld, err := d.JSONLD(opt)
			require.NoError(t, err)
			assert.Empty(t, ValidateJobPosting([]byte(ld)), "%s", q)
			blanks, err := d.FillIn(opt)
			require.NoError(t, err)
			require.Len(t, blanks, 1, "%s: %v", q, blanks)
			assert.Equal(t, "url", blanks[0].Property, "only the page's address, which hirecalc cannot know")
		}
	})
}

func TestFillIn(t *testing.T) {
	tests := []struct {
		name     string
		query    string
		opt      LDOptions
		required []string
		optional []string
	}{
		{"nothing given", "region=weu", LDOptions{DatePosted: "2026-05-01"},
			[]string{"hiringOrganization.name", "applicantLocationRequirements"},
			[]string{"baseSalary", "validThrough", "directApply", "url"}},
		{"on site without an office or a country", "workplace=onsite&region=latam&company=Acme&paymin=1&paymax=2", LDOptions{DatePosted: "2026-05-01", DirectApply: true, ValidThrough: "2026-06-01", URL: "https://acme.example/j"},
			[]string{"jobLocation"}, nil},
		{"on site with a country but no town", "workplace=onsite&region=pl&company=Acme&paymin=1&paymax=2", LDOptions{DatePosted: "2026-05-01", DirectApply: true, ValidThrough: "2026-06-01", URL: "https://acme.example/j"},
			nil, []string{"jobLocation.address.addressLocality"}},
		{"hybrid with a town but no country", "workplace=hybrid&region=eeu&location=Kyiv&company=Acme&paymin=1&paymax=2", LDOptions{DatePosted: "2026-05-01", DirectApply: true, ValidThrough: "2026-06-01", URL: "https://acme.example/j"},
			nil, []string{"jobLocation.address.addressCountry"}},
		{"remote with a country, estimate only", "company=Acme", LDOptions{DatePosted: "2026-05-01", DirectApply: true, ValidThrough: "2026-06-01", URL: "https://acme.example/j"},
			nil, []string{"baseSalary"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in, _ := hiring.ParseQuery(tt.query)
			d := Draft(in, hiring.Recommend(in), estimatePay)
			blanks, err := d.FillIn(tt.opt)
			require.NoError(t, err)
			var required, optional []string
			for _, b := range blanks {
				if b.Required {
					required = append(required, b.Property)
				} else {
					optional = append(optional, b.Property)
				}
			}
			assert.Equal(t, tt.required, required)
			assert.Equal(t, tt.optional, optional)
			ld, err := d.JSONLD(tt.opt)
			require.NoError(t, err)
			checkFillIn(t, ld, blanks, tt.name)
			assert.NotContains(t, ld, "[")
		})
	}
	_, err := Draft(hiring.DefaultInput(), hiring.Recommend(hiring.DefaultInput()), Pay{}).FillIn(LDOptions{})
	assert.Error(t, err, "invalid options are reported as by JSONLD")
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
