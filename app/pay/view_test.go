package pay

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func row(t *testing.T, v View, key string) Row {
	t.Helper()
	i := slices.IndexFunc(v.Rows, func(r Row) bool { return r.Key == key })
	require.GreaterOrEqual(t, i, 0, "row %s", key)
	return v.Rows[i]
}

func TestView(t *testing.T) {
	s, err := Estimate("engineer", "senior", "us")
	require.NoError(t, err)
	tests := []struct {
		name, currency, period, key, field, want, derivation string
	}{
		{"guide's month as published", "USD", PeriodMonth, "guide-engineer-us", "mean", "$9,469", "as published per month"},
		{"guide's hour as published", "USD", PeriodHour, "guide-engineer-us", "mean", "$59.00", "as published per hour"},
		{"survey per month", "USD", PeriodMonth, "survey-us-6-10", "median", "$14,583", "annual figure ÷ 12"},
		{"survey per hour", "USD", PeriodHour, "survey-us-6-10", "median", "$84.13", "annual figure ÷ 2,080 hours (assumption, the BLS convention)"},
		{"BLS hour as published", "USD", PeriodHour, "bls-us", "median", "$63.98", "as published per hour"},
		{"BLS per month from annual", "USD", PeriodMonth, "bls-us", "median", "$11,090", "annual figure ÷ 12"},
		{"guide range per year", "USD", PeriodYear, "guide-developer-us-senior", "range", "$130,000 – $175,000", "as published per year"},
		{"undated guide range in zloty at the latest rate", "PLN", PeriodYear, "guide-developer-us-senior", "range", "PLN 473,347 – PLN 637,198", "as published per year; converted at the ECB rate of 2026-04-13, 1 USD = 3.641133 PLN: the source gives no year, so the latest rate"},
		{"2024 survey in euros at the 2024 average", "EUR", PeriodYear, "survey-us-6-10", "p25", "€120,137", "as published per year; converted at the ECB's 2024 average, 1 USD = 0.924128 EUR: Stack Overflow converted the respondents' 2024 pay to US dollars at rates of 2024 it does not publish, so the figure goes back to EUR at that year's average"},
		{"2024 BLS wages in euros at the 2024 average", "EUR", PeriodYear, "bls-us", "median", "€122,983", "as published per year; converted at the ECB's 2024 average, 1 USD = 0.924128 EUR: the figure is 2024 pay, so the rate of its year"},
		{"pesos not published: stays in dollars", "ARS", PeriodYear, "survey-us-6-10", "median", "$175,000", "as published per year"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v, err := s.View(tt.currency, tt.period, "")
			require.NoError(t, err)
			r := row(t, v, tt.key)
			got := map[string]string{"mean": r.Mean, "median": r.Median, "p25": r.P25, "range": r.Range}[tt.field]
			assert.Equal(t, tt.want, got)
			assert.Equal(t, tt.derivation, r.Derivation)
			assert.NotEmpty(t, r.Source)
			assert.NotEmpty(t, r.Licence)
		})
	}
	t.Run("one row per series", func(t *testing.T) {
		v, err := s.View("USD", PeriodYear, "")
		require.NoError(t, err)
		var keys []string
		for _, r := range v.Rows {
			keys = append(keys, r.Key)
		}
		assert.Equal(t, []string{"guide-developer-us-senior", "guide-claim-us-senior", "guide-engineer-us", "survey-us-6-10", "survey-remote-us-6-10", "survey-us-all", "bls-us"}, keys)
		assert.Equal(t, "n = 207", row(t, v, "survey-us-6-10").N)
		assert.Equal(t, "$130,000 – $210,000", v.Suggested)
		assert.Empty(t, v.Conversion)
	})
	t.Run("ARS says it is not published", func(t *testing.T) {
		v, err := s.View("ARS", PeriodMonth, "")
		require.NoError(t, err)
		assert.Equal(t, "USD", v.Currency)
		assert.Contains(t, v.Conversion, "The ECB does not publish a reference rate for ARS")
	})
	t.Run("conversion names the ECB", func(t *testing.T) {
		v, err := s.View("pln", PeriodMonth, "")
		require.NoError(t, err)
		assert.Equal(t, "PLN", v.Currency)
		assert.Contains(t, v.Conversion, "the survey's and BLS's figures of 2024 at the ECB's 2024 average, 1 USD = 3.979148 PLN (mean of 256 business days)")
		assert.Contains(t, v.Conversion, "the guide's undated figures at the ECB rate of 2026-04-13, 1 USD = 3.641133 PLN")
		assert.Contains(t, v.Conversion, capitalise(FXNotice))
		assert.Equal(t, "PLN 43,107 – PLN 69,635", v.Suggested, "130,000 and 210,000 ÷ 12 × 3.979148, the 2024 average: the range comes from the 2024 survey")
		assert.Contains(t, v.SuggestedBasis, "In PLN at the ECB's 2024 average, 1 USD = 3.979148 PLN.")
	})
	t.Run("bad input", func(t *testing.T) {
		_, err := s.View("USD", "week", "")
		assert.Error(t, err)
		_, err = s.View("dollars", PeriodYear, "")
		assert.Error(t, err)
	})
}

func TestRegions(t *testing.T) {
	for _, level := range Levels {
		for _, role := range Roles {
			t.Run(level+"/"+role, func(t *testing.T) {
				c, err := Regions(role, level)
				require.NoError(t, err)
				require.Len(t, c.Regions, 4)
				for i, key := range []string{"us", "weu", "eeu", "latam"} {
					assert.Equal(t, key, c.Regions[i].Region)
				}
				for _, r := range c.Regions {
					require.NotEmpty(t, r.Bars, r.Region)
					for _, b := range r.Bars {
						assert.LessOrEqual(t, b.High, c.Scale)
						assert.LessOrEqual(t, b.LowPct, b.HighPct)
						assert.LessOrEqual(t, b.HighPct, 100.0)
						assert.NotEmpty(t, b.Label)
						if b.Mark != nil {
							assert.GreaterOrEqual(t, b.MarkPct, b.LowPct)
							assert.LessOrEqual(t, b.MarkPct, b.HighPct)
						}
					}
					hasGuide := slices.ContainsFunc(r.Bars, func(b Bar) bool { return b.SourceID == "guide" })
					assert.Equal(t, level == "mid" || level == "senior", hasGuide, "guide ranges for mid and senior only")
					if !hasGuide {
						assert.Contains(t, r.Missing, "The guide has no "+level+" range.")
					}
				}
			})
		}
	}
	c, err := Regions("engineer", "senior")
	require.NoError(t, err)
	assert.Equal(t, 225000.0, c.Scale, "the claim's $218,750 rounded up to $25,000")
	us := c.Regions[0].Bars[0]
	assert.Equal(t, 57.8, us.LowPct, "130,000 / 225,000")
	_, err = Regions("engineer", "lead")
	assert.Error(t, err)
}

func TestPlaces(t *testing.T) {
	p, err := Places()
	require.NoError(t, err)
	require.Greater(t, len(p), 200)
	for i, key := range []string{"us", "weu", "eeu", "latam"} {
		assert.Equal(t, key, p[i].Key)
	}
	byKey := map[string]Place{}
	for _, x := range p {
		assert.NotContains(t, byKey, x.Key, "duplicate place")
		byKey[x.Key] = x
	}
	assert.True(t, byKey["pl"].HasData)
	assert.Equal(t, "PLN", byKey["pl"].Currency)
	assert.Equal(t, "eeu", byKey["pl"].Region)
	assert.False(t, byKey["is"].HasData)
	assert.False(t, byKey["lu"].HasData, "Luxembourg only through Western Europe")
	assert.True(t, slices.IsSortedFunc(p[4:], func(a, b Place) int {
		if a.Name < b.Name {
			return -1
		}
		if a.Name > b.Name {
			return 1
		}
		return 0
	}))
}

func FuzzView(f *testing.F) {
	s, err := Estimate("hybrid", "senior", "us")
	require.NoError(f, err)
	f.Add("PLN", "month")
	f.Add("ars", "hour")
	f.Add("", "year")
	f.Add("€", "week")
	f.Fuzz(func(t *testing.T, currency, period string) {
		v, err := s.View(currency, period, "")
		if err != nil {
			return
		}
		assert.Len(t, v.Rows, 7)
		for _, r := range v.Rows {
			assert.NotEmpty(t, r.Source)
			assert.NotContains(t, r.Median+r.Mean+r.Range, "NaN")
		}
	})
}
