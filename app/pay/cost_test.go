package pay

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// synthetic returns an estimate for a country with a suggested range of
// the 2024 survey, so the tests choose ends on both sides of each ceiling.
func synthetic(country, key string, min, max float64) Salary {
	return Salary{Region: country, RegionKey: key, RegionName: country,
		Suggested: &Suggestion{Min: min, Max: max, Currency: "USD", Period: PeriodYear, Year: "2024"}}
}

// TestCostByHand checks each country's employer cost against amounts
// computed by hand (in the comments) at both ends of a range whose high
// end is above every ceiling of the country.
func TestCostByHand(t *testing.T) {
	tests := []struct {
		name, country, key string
		min, max           float64
		// gross and contributions per end, in the country's currency
		gross, contrib [2]float64
		// one component checked at the high end
		line     string
		lineHigh float64
		complete bool
	}{
		// 6.2% × 130,000 + 1.45% × 130,000 + 0.6% × 7,000 = 8,060 + 1,885 + 42;
		// high end above the $184,500 wage base: 6.2% × 184,500 + 1.45% × 210,000 + 42.
		{"US", "us", "us", 130000, 210000, [2]float64{130000, 210000}, [2]float64{9987, 14526}, "oasdi", 11439, false},
		// £39,116.65 = $50,000 × 0.782333: 15% × (39,116.65 − 5,000) + 3% × (39,116.65 − 6,240);
		// £78,233.30 is above the £50,270 pension band: 15% × 73,233.30 + 3% × (50,270 − 6,240).
		{"UK", "gb", "weu", 50000, 100000, [2]float64{39116.65, 78233.30}, [2]float64{5117.4975 + 986.2995, 10984.995 + 1320.90}, "pension", 1320.90, true},
		// €64,688.96 = $70,000 × 0.924128, under both ceilings: (9.3 + 1.3 + 7.3 + 1.45 + 1.8 + 0.15)% of it;
		// €120,136.64 is above both: 10.75% × 101,400 + 10.55% × 69,750.
		{"Germany", "de", "weu", 70000, 130000, [2]float64{64688.96, 120136.64}, [2]float64{13778.74848, 10.75/100*101400 + 10.55/100*69750}, "pension", 9430.20, false},
		// PLN 119,374.44 = $30,000 × 3.979148: 21.98% of it; PLN 318,331.84 is above the
		// 30-times limit: 16.26% × 282,600 + 5.72% × 318,331.84.
		{"Poland", "pl", "eeu", 30000, 80000, [2]float64{119374.44, 318331.84}, [2]float64{26238.501912, 0.1626*282600 + 0.0572*318331.84}, "pension", 27581.76, true},
		// BRL: no ceilings, 20 + 2 + 5.8 + 8 = 35.8% of the pay.
		{"Brazil", "br", "latam", 20000, 50000, [2]float64{107734.92, 269337.30}, [2]float64{0.358 * 107734.92, 0.358 * 269337.30}, "fgts", 0.08 * 269337.30, true},
		// MXN 549,761.49 and 1,282,776.81 (above 25 UMA = 1,070,453.75): the fixed fee
		// 20.4% × 42,818.15, 1.1% above 3 UMA, 11.5% capped, 4% payroll tax uncapped.
		{"Mexico", "mx", "latam", 30000, 70000, [2]float64{549761.49, 1282776.81},
			[2]float64{0.204*42818.15 + 0.011*(549761.49-128454.45) + 0.115*549761.49 + 0.04*549761.49,
				0.204*42818.15 + 0.011*(1070453.75-128454.45) + 0.115*1070453.75 + 0.04*1282776.81}, "infonavit", 0.05 * 1070453.75, false},
		// INR 167,335.78 is under the INR 180,000 wage ceiling and the ESI limit:
		// 13% × 167,335.78 + 3.25% × 167,335.78; INR 2,510,036.67 is above both: 13% × 180,000.
		{"India", "in", "", 2000, 30000, [2]float64{167335.778, 2510036.67}, [2]float64{0.13*167335.778 + 0.0325*167335.778, 23400}, "esi", 0, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := synthetic(tt.country, tt.key, tt.min, tt.max).Cost("2026-12-04")
			require.NoError(t, err)
			require.True(t, c.Available, c.Reason)
			assert.Equal(t, 2026, c.RulesYear)
			require.Len(t, c.Ends, 2)
			for i, e := range c.Ends {
				assert.InDelta(t, tt.gross[i], e.Gross, 0.01, "gross, %s", e.Label)
				assert.InDelta(t, tt.contrib[i], e.Contributions, 0.01, "contributions, %s", e.Label)
				assert.InDelta(t, e.Gross+e.Contributions, e.Total, 1e-6)
				assert.InDelta(t, e.Total/c.USDRate.PerUSD, e.TotalUSD, 1e-6, "US dollars at the latest rate")
				for _, l := range e.Lines {
					assert.NotEmpty(t, l.Sources, l.Key)
					assert.NotEmpty(t, l.Quality, l.Key)
					assert.NotEmpty(t, l.Year, l.Key)
				}
			}
			var found bool
			for _, l := range c.Ends[1].Lines {
				if l.Key == tt.line {
					found = true
					assert.InDelta(t, tt.lineHigh, l.Amount, 0.01, l.Name)
				}
			}
			assert.True(t, found, tt.line)
			assert.Equal(t, tt.complete, c.Complete)
			assert.Equal(t, tt.complete, len(c.Missing) == 0)
			tb := c.Table()
			if tt.complete {
				assert.True(t, strings.HasPrefix(tb.Status, "Every statutory"), tb.Status)
			} else {
				assert.True(t, strings.HasPrefix(tb.Status, "Incomplete: the total leaves out "), tb.Status)
			}
			assert.Contains(t, strings.Join(c.LeftOut, "; "), "benefits, equipment, recruiting fees and voluntary pensions")
		})
	}
}

func TestCostCeilingsAndYears(t *testing.T) {
	s := synthetic("us", "us", 130000, 210000)
	for _, tt := range []struct {
		today string
		base  float64
		year  int
		dated bool
	}{
		{"2024-06-01", 168600, 2024, false},
		{"2025-06-01", 176100, 2025, false},
		{"2026-06-01", 184500, 2026, false},
		{"2027-02-01", 184500, 2026, true},
	} {
		c, err := s.Cost(tt.today)
		require.NoError(t, err)
		assert.Equal(t, tt.year, c.RulesYear, tt.today)
		oasdi := c.Ends[1].Lines[0]
		assert.True(t, oasdi.Capped, "$210,000 is above every wage base")
		assert.InDelta(t, 0.062*tt.base, oasdi.Amount, 1e-6, tt.today)
		assert.Equal(t, tt.dated, strings.Contains(c.Dated, "no United States rules for 2027"), c.Dated)
		assert.False(t, c.Ends[0].Lines[0].Capped, "$130,000 is below every wage base")
	}
	tb := mustCost(t, s, "2026-12-04").Table()
	assert.Equal(t, []string{"Low end", "High end"}, tb.Heads)
	assert.Equal(t, []string{"$130,000", "$210,000"}, tb.Rows[0].Cells)
	assert.Equal(t, []string{"$8,060", "$11,439"}, tb.Rows[1].Cells)
	assert.Contains(t, tb.Rows[1].Note, "At the high end the pay is above the ceiling, so only $184,500 counts.")
	assert.Equal(t, []string{"$139,987", "$224,526"}, tb.Total)
	assert.Equal(t, []string{"$11,666", "$18,711"}, tb.Monthly, "a twelfth")
	assert.Equal(t, []string{"+7.7%", "+6.9%"}, tb.Percent)
	assert.Contains(t, tb.Status, "State unemployment insurance tax (SUTA)")
}

func mustCost(t *testing.T, s Salary, today string) Cost {
	t.Helper()
	c, err := s.Cost(today)
	require.NoError(t, err)
	return c
}

func TestCostBothCurrencies(t *testing.T) {
	c := mustCost(t, synthetic("pl", "eeu", 30000, 80000), "2026-12-04")
	tb := c.Table()
	// PLN 119,374.44 / 3.641133 = $32,785 at the latest rate.
	assert.Equal(t, "PLN 119,374 ($32,785)", tb.Rows[0].Cells[0])
	assert.Contains(t, c.Conversion, "the ECB's 2024 average, 1 USD = 3.979148 PLN")
	assert.Contains(t, c.Conversion, "the ECB rate of 2026-04-13, 1 USD = 3.641133 PLN, the latest rate")
	assert.Contains(t, c.Dated, "235 days old", "the latest rate is dated on 2026-12-04")
}

func TestNoCost(t *testing.T) {
	for _, tt := range []struct{ region, want string }{
		{"eeu", "choose a country"},
		{"fr", "hirecalc has no employer contributions for France"},
		{"ar", "too old for current employer rates"},
		{"is", "hirecalc has no employer contributions for Iceland"},
	} {
		s, err := Estimate("developer", "senior", tt.region)
		require.NoError(t, err)
		c, err := s.Cost("2026-12-04")
		require.NoError(t, err)
		assert.False(t, c.Available, tt.region)
		assert.Contains(t, c.Reason, tt.want, tt.region)
	}
	c := mustCost(t, Salary{Region: "us", RegionKey: "us", RegionName: "United States"}, "2026-12-04")
	assert.False(t, c.Available)
	assert.Contains(t, c.Reason, "No suggested range")
	_, err := synthetic("us", "us", 1, 2).Cost("04/12/2026")
	assert.Error(t, err)
}

// TestCostForTheSevenCountries computes the cost of a senior backend
// engineer's suggested range in each country covered.
func TestCostForTheSevenCountries(t *testing.T) {
	for _, country := range []string{"us", "gb", "de", "pl", "br", "mx", "in"} {
		s, err := Estimate("engineer", "senior", country)
		require.NoError(t, err)
		c, err := s.Cost("2026-12-04")
		require.NoError(t, err)
		require.True(t, c.Available, "%s: %s", country, c.Reason)
		for _, e := range c.Ends {
			assert.Greater(t, e.Percent, 0.0, country)
			assert.Less(t, e.Percent, 50.0, country)
		}
	}
}
