package data

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestLoadEmployerCosts(t *testing.T) {
	e, err := LoadEmployerCosts()
	require.NoError(t, err)
	for _, code := range []string{"us", "gb", "de", "pl", "br", "mx", "in"} {
		c, ok := e.Country(code)
		require.True(t, ok, code)
		r, exact := c.RulesFor(2026)
		assert.True(t, exact, "%s has rules for 2026", code)
		assert.NotEmpty(t, r.Components, code)
	}
	_, ok := e.Country("ar")
	assert.False(t, ok, "Argentina has no current source")
	us, _ := e.Country("us")
	for year, base := range map[int]float64{2024: 168600, 2025: 176100, 2026: 184500} {
		r, exact := us.RulesFor(year)
		require.True(t, exact)
		assert.Equal(t, base, r.Components[0].Ceiling, "Social Security wage base %d", year)
	}
	r, exact := us.RulesFor(2027)
	assert.False(t, exact)
	assert.Equal(t, 2026, r.Year, "a later year uses the latest rules")
	r, _ = us.RulesFor(2020)
	assert.Equal(t, 2024, r.Year, "an earlier year uses the earliest rules")
}

func TestCostComponentAmount(t *testing.T) {
	tests := []struct {
		name string
		c    CostComponent
		pay  float64
		want float64
	}{
		{"no limit", CostComponent{RatePct: 1.45}, 200000, 2900},
		{"below the ceiling", CostComponent{RatePct: 6.2, Ceiling: 184500}, 100000, 6200},
		{"above the ceiling", CostComponent{RatePct: 6.2, Ceiling: 184500}, 210000, 11439},
		{"above a threshold", CostComponent{RatePct: 15, Threshold: 5000}, 80000, 11250},
		{"below a threshold", CostComponent{RatePct: 15, Threshold: 5000}, 4000, 0},
		{"band", CostComponent{RatePct: 3, Threshold: 6240, Ceiling: 50270}, 80000, 1320.9},
		{"fixed base", CostComponent{RatePct: 20.4, FixedBase: 42818.15}, 1000000, 8734.9026},
		{"due on low pay", CostComponent{RatePct: 3.25, OnlyUpTo: 252000}, 200000, 6500},
		{"not due on higher pay", CostComponent{RatePct: 3.25, OnlyUpTo: 252000}, 300000, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.InDelta(t, tt.want, tt.c.Amount(tt.pay), 1e-6)
		})
	}
}

func TestBrokenEmployerCostsAreRejected(t *testing.T) {
	tests := []struct{ name, old, new string }{
		{"unknown quality", `"quality": "weak"`, `"quality": "guess"`},
		{"rate over 100", `"rate_pct": 20.0`, `"rate_pct": 120.0`},
		{"no source address", `"url": "https://boundlesshq.com/guides/brazil/taxes/"`, `"url": "boundlesshq.com"`},
		{"unknown field", `"left_out"`, `"left_aside"`},
		{"ceiling without its published form", `"published": "$7,000 a year",`, ``},
		{"bad year", `"year": "2020"`, `"year": "April 2020"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			require.Contains(t, string(employerCostsJSON), tt.old)
			_, err := parseEmployerCosts(bytes.Replace(employerCostsJSON, []byte(tt.old), []byte(tt.new), 1))
			assert.Error(t, err)
		})
	}
}
