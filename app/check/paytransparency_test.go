package check

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"hirecalc/data"
)

const today = "2026-11-27"

// requirement returns the requirement of a kind of the rule with the id.
func requirement(t *testing.T, res PayResult, id, kind string) Requirement {
	t.Helper()
	for _, r := range res.Rules {
		if r.ID == id {
			for _, req := range r.Requirements {
				if req.Kind == kind {
					return req
				}
			}
			t.Fatalf("rule %s has no %s requirement: %+v", id, kind, r.Requirements)
		}
	}
	t.Fatalf("rule %s not checked; checked: %v", id, res.Where)
	return Requirement{}
}

func rule(t *testing.T, res PayResult, id string) RuleResult {
	t.Helper()
	for _, r := range res.Rules {
		if r.ID == id {
			return r
		}
	}
	t.Fatalf("rule %s not checked; checked: %v", id, res.Where)
	return RuleResult{}
}

func TestPayTransparencyRequirements(t *testing.T) {
	full := "Salary: $120,000 - $150,000 per year plus an annual bonus. Benefits: health insurance and 401(k). Apply by 31 January 2027."
	tests := []struct {
		name       string
		where      string
		text       string
		kind       string
		status     string
		fixHas     string
		foundHas   string
		ruleStatus bool
	}{
		{"NYC: open-ended up to", "us-nyc", "We pay up to $150,000.", data.CheckRange, RequirementMissing, "open-ended \"up to $150,000\"", "", false},
		{"NYC: open-ended from", "us-nyc", "Salary from $120,000.", data.CheckRange, RequirementMissing, "minimum and a maximum", "", false},
		{"NYC: no pay", "us-nyc", "A great job.", data.CheckRange, RequirementMissing, "New York City requires", "", false},
		{"NYC: range", "us-nyc", full, data.CheckRange, RequirementMet, "", "$120,000 - $150,000", true},
		{"NY: a single figure is no range", "us-ny", "Salary: $130,000 a year.", data.CheckRange, RequirementMissing, "Only one figure was found, \"$130,000\"", "", false},
		{"NY: a stipend is no pay", "us-ny", "Benefits: $2,000 annual learning and development stipend.", data.CheckRange, RequirementMissing, "Add the pay range", "", false},
		{"CO: a bonus is no pay", "us-co", "Signing bonus: $10,000. Benefits: dental. Apply by June.", data.CheckPay, RequirementMissing, "Add the pay", "", false},
		{"ON: daily cannot be checked", "ca-on", "CAD 400 - 700 per day", data.CheckMaxWidth, RequirementUnchecked, "daily", "", true},
		{"CO: pay may be open-ended", "us-co", "Up to $150,000, bonus, benefits, apply by June.", data.CheckPay, RequirementMet, "", "up to $150,000", true},
		{"CO: close date missing", "us-co", "Salary: $120,000 - $150,000, bonus, benefits.", data.CheckCloseDate, RequirementMissing, "applications are expected to close", "", false},
		{"CO: close date found", "us-co", full, data.CheckCloseDate, RequirementMet, "", "Apply by", true},
		{"CO: bonus missing", "us-co", "Salary: $120,000 - $150,000, benefits, apply by June.", data.CheckOtherCompensation, RequirementMissing, "bonuses, commissions", "", false},
		{"WA: benefits missing", "us-wa", "Salary: $120,000 - $150,000 and equity.", data.CheckBenefits, RequirementMissing, "health insurance", "", false},
		{"WA: benefits found", "us-wa", full, data.CheckBenefits, RequirementMet, "", "Benefits", true},
		{"IL: other compensation found", "us-il", full, data.CheckOtherCompensation, RequirementMet, "", "bonus", true},
		{"EU: no pay in the posting is allowed elsewhere", "eu", "A great job.", data.CheckPay, RequirementElsewhere, "before the first interview", "", true},
		{"PL: pay found", "pl", "Wynagrodzenie: PLN 20 000–25 000 / month", data.CheckPay, RequirementMet, "", "PLN 20 000–25 000", true},
		{"ON: too wide", "ca-on", "CAD 90,000 - 150,000", data.CheckMaxWidth, RequirementMissing, "at most CAD 50,000 (it is CAD 60,000 wide)", "CAD 60,000 wide", false},
		{"ON: exactly 50,000 wide", "ca-on", "CAD 100,000 - 150,000", data.CheckMaxWidth, RequirementMet, "", "CAD 50,000 wide", true},
		{"ON: top above 200,000 is exempt", "ca-on", "CAD 150,000 - 260,000", data.CheckMaxWidth, RequirementMet, "", "does not apply above CAD 200,000", true},
		{"ON: top of exactly 200,000 is not exempt", "ca-on", "CAD 140,000 - 200,000", data.CheckMaxWidth, RequirementMissing, "Narrow the range", "", false},
		{"ON: dollar sign taken as CAD", "ca-on", "$90,000 - $150,000", data.CheckMaxWidth, RequirementMissing, "Narrow", "\"$\" taken as CAD", false},
		{"ON: US dollars cannot be checked", "ca-on", "USD 90,000 - 150,000", data.CheckMaxWidth, RequirementUnchecked, "The range is in USD", "", true},
		{"ON: monthly is made yearly", "ca-on", "CAD 8,000 - 13,000 per month", data.CheckMaxWidth, RequirementMissing, "CAD 60,000 wide", "12 months", false},
		{"ON: hourly cannot be checked", "ca-on", "CAD 40 - 90 per hour", data.CheckMaxWidth, RequirementUnchecked, "hourly", "", true},
		{"ON: open-ended cannot be checked", "ca-on", "up to CAD 90,000", data.CheckMaxWidth, RequirementUnchecked, "without a minimum and a maximum", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := PayTransparency(PayInput{Where: []string{tt.where}, Text: tt.text}, today)
			req := requirement(t, res, tt.where, tt.kind)
			assert.Equal(t, tt.status, req.Status)
			assert.Equal(t, tt.status == RequirementMet, req.Satisfied)
			if tt.fixHas != "" {
				assert.Contains(t, req.Fix, tt.fixHas)
			} else {
				assert.Empty(t, req.Fix)
			}
			assert.Contains(t, req.Found, tt.foundHas)
			assert.NotEmpty(t, req.Label)
			assert.Equal(t, tt.ruleStatus, rule(t, res, tt.where).Satisfied)
			assert.Equal(t, tt.ruleStatus, res.Satisfied)
		})
	}
}

func TestPayTransparencyDates(t *testing.T) {
	text := "Salary: $120,000 - $150,000, bonus, benefits."
	res := PayTransparency(PayInput{Where: []string{"us-co", "us-ma"}, Text: text}, "2023-06-01")
	co := rule(t, res, "us-co")
	assert.True(t, co.InForceToday)
	assert.Equal(t, RequirementNotYet, requirement(t, res, "us-co", data.CheckCloseDate).Status, "Colorado's close date starts in 2024")
	assert.True(t, co.Satisfied)
	ma := rule(t, res, "us-ma")
	assert.False(t, ma.InForceToday, "Massachusetts starts on 2025-10-29")

	res = PayTransparency(PayInput{Where: []string{"us-ma"}, Text: "A great job."}, "2025-01-01")
	assert.False(t, rule(t, res, "us-ma").Satisfied)
	assert.True(t, res.Satisfied, "a rule not yet in force does not fail the posting")
	assert.Contains(t, res.Summary, "none is in force")

	res = PayTransparency(PayInput{Where: []string{"us-ma"}, Text: "A great job."}, "27/11/2026")
	assert.Equal(t, "2026-11-27", res.Today)
	require.Len(t, res.Problems, 1)
	assert.Contains(t, res.Problems[0], "not YYYY-MM-DD")
}

func TestPayTransparencyJurisdictions(t *testing.T) {
	usAll := []string{"us-co", "us-ca", "us-nyc", "us-ny", "us-wa", "us-il", "us-mn", "us-nj", "us-vt", "us-ma"}
	tests := []struct {
		name     string
		in       PayInput
		want     []string
		inferred bool
		noteHas  string
		problem  string
	}{
		{"remote in the US", PayInput{Region: "us", Remote: true}, usAll, true, "every US rule", ""},
		{"on site in the US", PayInput{Region: "us"}, []string{}, false, "Choose the states", ""},
		{"Poland", PayInput{Region: "pl"}, []string{"pl", "eu"}, true, "", ""},
		{"Germany", PayInput{Region: "DE"}, []string{"eu"}, true, "", ""},
		{"Western Europe", PayInput{Region: "weu"}, []string{"eu"}, true, "", ""},
		{"Eastern Europe", PayInput{Region: "eeu"}, []string{"eu"}, true, "Poland has its own rule", ""},
		{"Canada", PayInput{Region: "ca", Remote: true}, []string{}, false, "Ontario", ""},
		{"Mexico", PayInput{Region: "mx"}, []string{}, false, "no job-posting pay-range mandate", ""},
		{"Latin America", PayInput{Region: "latam"}, []string{}, false, "no job-posting pay-range mandate", ""},
		{"a country without a rule", PayInput{Region: "gb"}, []string{}, false, "does not mean there is none", ""},
		{"no place", PayInput{}, []string{}, false, "No place was given", ""},
		{"chosen places win over the region", PayInput{Where: []string{"US-NYC", "ca-on", "us-nyc"}, Region: "pl"}, []string{"us-nyc", "ca-on"}, false, "", ""},
		{"unknown place", PayInput{Where: []string{"us-tx", "eu"}}, []string{"eu"}, false, "", "\"us-tx\" is not a jurisdiction"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := PayTransparency(tt.in, today)
			assert.Equal(t, tt.want, res.Where)
			assert.Equal(t, tt.inferred, res.Inferred)
			var ids []string
			for _, r := range res.Rules {
				ids = append(ids, r.ID)
				assert.NotEmpty(t, r.Why)
				assert.NotEmpty(t, r.Sources)
			}
			assert.ElementsMatch(t, tt.want, ids)
			if tt.noteHas != "" {
				assert.Contains(t, strings.Join(res.Notes, "\n"), tt.noteHas)
			}
			if tt.problem != "" {
				assert.Contains(t, strings.Join(res.Problems, "\n"), tt.problem)
			} else {
				assert.Empty(t, res.Problems)
			}
		})
	}
}

func TestPayTransparencyEmployerFacts(t *testing.T) {
	in := PayInput{
		Where:    []string{"us-wa"},
		Text:     "A great job with equity.",
		Pay:      &Pay{Min: 100000, Max: 120000, Currency: "USD", Period: "year", Offset: -1},
		Benefits: true,
	}
	res := PayTransparency(in, today)
	assert.True(t, res.Satisfied)
	assert.Contains(t, requirement(t, res, "us-wa", data.CheckRange).Found, "USD 100,000 to 120,000 per year (given by the employer)")
	assert.Equal(t, "benefits described by the employer", requirement(t, res, "us-wa", data.CheckBenefits).Found)
	assert.Empty(t, res.Found)
}

// TestPayTransparencySource checks that only the employer's own range
// meets a pay rule: hirecalc's estimate is met only if posted, in its own
// words, and is never said to be given by the employer.
func TestPayTransparencySource(t *testing.T) {
	pay := &Pay{Min: 100000, Max: 120000, Currency: "USD", Period: "year", Offset: -1}
	tests := []struct {
		source    string
		status    string
		satisfied bool
		found     string
	}{
		{"", RequirementMet, true, "(given by the employer)"},
		{PaySourceEntered, RequirementMet, true, "(given by the employer)"},
		{PaySourceConfirmed, RequirementMet, true, "(hirecalc's estimate, which the employer chose to post)"},
		{PaySourceEstimate, RequirementIfPosted, false, "(hirecalc's estimate, not yet the employer's range)"},
	}
	for _, tt := range tests {
		t.Run("source "+tt.source, func(t *testing.T) {
			in := PayInput{Where: []string{"us-wa", "ca-on"}, Text: "Bonus and health insurance.", Pay: pay, Source: tt.source, Benefits: true}
			res := PayTransparency(in, "2026-11-27")
			want := tt.source
			if want == "" {
				want = PaySourceEntered
			}
			assert.Equal(t, want, res.PaySource)
			assert.Equal(t, tt.satisfied, res.Satisfied, res.Summary)
			rng := requirement(t, res, "us-wa", data.CheckRange)
			assert.Equal(t, tt.status, rng.Status)
			assert.Equal(t, tt.status == RequirementMet, rng.Satisfied)
			assert.Contains(t, rng.Found, tt.found)
			if tt.source == PaySourceEstimate {
				assert.NotContains(t, rng.Found, "given by the employer")
				assert.Contains(t, rng.Fix, "The pay is hirecalc's estimate: confirm it as your range")
				assert.Contains(t, res.Summary, "met only if the employer posts this estimate as its range")
				for _, r := range res.Rules {
					assert.False(t, r.Satisfied, r.ID)
				}
				width := requirement(t, res, "ca-on", data.CheckMaxWidth)
				assert.Equal(t, RequirementUnchecked, width.Status, "a range in USD cannot be checked against Ontario's CAD limit")
				assert.Contains(t, Review("Bonus.", in, "2026-11-27").Text(), "met only if the employer posts hirecalc's estimate as its range")
			}
		})
	}
	t.Run("an estimate missing other requirements says both", func(t *testing.T) {
		res := PayTransparency(PayInput{Where: []string{"us-wa"}, Text: "Nothing else.", Pay: pay, Source: PaySourceEstimate}, "2026-11-27")
		assert.Contains(t, res.Summary, "missing")
		assert.Contains(t, res.Summary, "met only if the employer posts hirecalc's estimate")
	})
	t.Run("a range width within Ontario's limit is met only if posted", func(t *testing.T) {
		cad := &Pay{Min: 100000, Max: 120000, Currency: "CAD", Period: "year", Offset: -1}
		res := PayTransparency(PayInput{Where: []string{"ca-on"}, Pay: cad, Source: PaySourceEstimate}, "2026-11-27")
		assert.Equal(t, RequirementIfPosted, requirement(t, res, "ca-on", data.CheckMaxWidth).Status)
		res = PayTransparency(PayInput{Where: []string{"ca-on"}, Pay: cad, Source: PaySourceConfirmed}, "2026-11-27")
		assert.Equal(t, RequirementMet, requirement(t, res, "ca-on", data.CheckMaxWidth).Status)
	})
	t.Run("pay found in a pasted posting has no source", func(t *testing.T) {
		res := PayTransparency(PayInput{Where: []string{"us-wa"}, Text: "Salary: $100,000 - $120,000 per year."}, "2026-11-27")
		assert.Empty(t, res.PaySource)
		assert.Equal(t, RequirementMet, requirement(t, res, "us-wa", data.CheckRange).Status)
	})
}

func TestPayTransparencyCitesAndDisclaims(t *testing.T) {
	table := data.MustPayTransparency()
	res := PayTransparency(PayInput{Region: "us", Remote: true, Text: "Salary: $1 - $2"}, today)
	assert.True(t, strings.HasPrefix(res.Disclaimer, "Not legal advice"))
	assert.Contains(t, res.Disclaimer, table.AsOf)
	assert.Equal(t, table.AsOf, res.AsOf)
	for _, r := range res.Rules {
		src, ok := table.Rule(r.ID)
		require.True(t, ok)
		assert.Equal(t, src.Sources, r.Sources)
		assert.Equal(t, src.InForce, r.InForce)
		assert.Len(t, r.Requirements, len(src.Checks))
	}
}

func FuzzPayTransparency(f *testing.F) {
	f.Add("Salary: $120,000 - $150,000 per year, bonus, benefits, apply by June.", "us", true, "us-co,ca-on")
	f.Add("up to CAD 90,000 per month", "ca", false, "ca-on")
	f.Add("", "", false, "")
	f.Fuzz(func(t *testing.T, text, region string, remote bool, where string) {
		in := PayInput{Region: region, Remote: remote, Text: text}
		if where != "" {
			in.Where = strings.Split(where, ",")
		}
		res := PayTransparency(in, today)
		require.NotNil(t, res.Where)
		for _, r := range res.Rules {
			missing := false
			for _, req := range r.Requirements {
				require.Contains(t, []string{RequirementMet, RequirementMissing, RequirementElsewhere, RequirementUnchecked, RequirementNotYet}, req.Status)
				require.Equal(t, req.Status == RequirementMet, req.Satisfied)
				require.Equal(t, req.Status == RequirementMet, req.Fix == "", "%+v", req)
				missing = missing || req.Status == RequirementMissing
			}
			require.Equal(t, !missing, r.Satisfied)
			if r.InForceToday && missing {
				require.False(t, res.Satisfied)
			}
		}
	})
}

func ExamplePayTransparency() {
	res := PayTransparency(PayInput{
		Where: []string{"us-nyc"},
		Text:  "Senior Backend Engineer. Salary: up to $160,000 a year.",
	}, "2026-11-27")
	fmt.Println(res.Summary)
	for _, r := range res.Rules {
		for _, req := range r.Requirements {
			fmt.Printf("%s, %s: %s\n", r.Name, req.Status, req.Fix)
		}
	}
	fmt.Println(res.Disclaimer[:17], "as of", res.AsOf)
	// Output:
	// 1 requirement is missing under the 1 rule in force.
	// New York City, missing: Replace the open-ended "up to $160,000" with a minimum and a maximum: New York City requires "good-faith minimum and maximum annual salary or hourly wage".
	// Not legal advice: as of 2026-11-27
}

func BenchmarkPayTransparency(b *testing.B) {
	in := PayInput{Region: "us", Remote: true, Text: strings.Repeat("Salary: $120,000 - $150,000 per year, bonus, health insurance. ", 20)}
	b.ReportAllocs()
	for b.Loop() {
		PayTransparency(in, today)
	}
}
