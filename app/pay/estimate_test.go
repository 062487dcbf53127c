package pay

import (
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"hirecalc/data"
)

var testRegions = []string{"us", "weu", "eeu", "latam", "pl", "br", "mx", "ar", "de", "gb", "ua", "is", "in", "lu", "bg"}

// TestEstimateEveryInput checks every region, level and role: every figure
// names its source, year and licence, its statistics are ordered, and the
// notes state the assumptions.
func TestEstimateEveryInput(t *testing.T) {
	for _, region := range testRegions {
		for _, level := range Levels {
			for _, role := range Roles {
				t.Run(region+"/"+level+"/"+role, func(t *testing.T) {
					s, err := Estimate(role, level, region)
					require.NoError(t, err)
					assert.Equal(t, region, s.Region)
					assert.NotEmpty(t, s.RegionName)
					require.NotEmpty(t, s.Figures, "every place shows some evidence, if only the global figures")
					seen := map[string]bool{}
					for _, f := range s.Figures {
						checkFigure(t, f)
						id := f.Key + "/" + f.Period
						assert.False(t, seen[id], "duplicate figure %s", id)
						seen[id] = true
						if f.Claim {
							assert.NotEqual(t, "developer", role, "no premium claim for a developer role")
							assert.Equal(t, "senior", level, "the guide's claim is about senior engineers")
						}
						if f.SourceID == "survey" {
							assert.Contains(t, s.Attribution, "Open Database License")
						}
					}
					assert.Contains(t, s.Notes, noteLevelYears)
					assert.Contains(t, s.Notes, noteHours)
					if level == "junior" || level == "staff" {
						assert.True(t, hasNote(s, "The guide has no "+level+" figures"), "notes %q", s.Notes)
						for _, f := range s.Figures {
							assert.False(t, f.SourceID == "guide" && f.Min != nil, "the guide has no %s range", level)
						}
					}
					switch {
					case region == "is":
						assert.Nil(t, s.Suggested)
						assert.True(t, hasNote(s, "No source in hirecalc covers Iceland"))
					case s.Suggested == nil:
						assert.NotContains(t, []string{"us", "weu", "eeu", "latam", "pl", "de", "gb", "ua", "lu", "bg"}, region, "a region, or a country in one, always has a suggestion")
						assert.True(t, hasNote(s, "No suggested range"), "notes %q", s.Notes)
					default:
						assert.Less(t, s.Suggested.Min, s.Suggested.Max)
						assert.True(t, strings.HasPrefix(s.Suggested.Basis, "Estimate"), s.Suggested.Basis)
						assert.True(t, slices.ContainsFunc(s.Figures, func(f Figure) bool { return f.Key == s.Suggested.From }), "the suggestion names a figure shown")
					}
					_, hasBLS := seen["bls-us/year"]
					assert.Equal(t, region == "us", hasBLS, "BLS only for the United States")
				})
			}
		}
	}
}

func checkFigure(t *testing.T, f Figure) {
	t.Helper()
	assert.NotEmpty(t, f.Source, f.Key)
	assert.NotEmpty(t, f.Year, f.Key)
	assert.NotEmpty(t, f.Licence, f.Key)
	assert.NotEmpty(t, f.Method, f.Key)
	assert.NotEmpty(t, f.Basis, f.Key)
	assert.True(t, data.ValidCurrency(f.Currency), f.Key)
	assert.Contains(t, []string{PeriodYear, PeriodMonth, PeriodHour}, f.Period, f.Key)
	assert.Contains(t, append([]string{"all"}, Levels...), f.Level, f.Key)
	if f.Min != nil || f.Max != nil {
		require.NotNil(t, f.Min, f.Key)
		require.NotNil(t, f.Max, f.Key)
		assert.LessOrEqual(t, *f.Min, *f.Max, f.Key)
	}
	if f.Median != nil {
		require.NotNil(t, f.P25, f.Key)
		require.NotNil(t, f.P75, f.Key)
		assert.LessOrEqual(t, *f.P25, *f.Median, f.Key)
		assert.LessOrEqual(t, *f.Median, *f.P75, f.Key)
	}
	if f.SourceID == "survey" {
		assert.GreaterOrEqual(t, f.N, 10, f.Key)
		if f.N < 30 {
			assert.NotEmpty(t, f.Caution, "a thin sample carries a caution: %s", f.Key)
		}
	}
	if f.Min == nil && f.Median == nil && f.Mean == nil {
		t.Errorf("figure %s has no amount", f.Key)
	}
}

func hasNote(s Salary, prefix string) bool {
	return slices.ContainsFunc(s.Notes, func(n string) bool { return strings.HasPrefix(n, prefix) })
}

func figure(s Salary, key, period string) (Figure, bool) {
	for _, f := range s.Figures {
		if f.Key == key && f.Period == period {
			return f, true
		}
	}
	return Figure{}, false
}

func TestEstimateShowsEachSource(t *testing.T) {
	t.Run("US senior engineer", func(t *testing.T) {
		s, err := Estimate("engineer", "senior", "us")
		require.NoError(t, err)
		g, ok := figure(s, "guide-developer-us-senior", PeriodYear)
		require.True(t, ok)
		assert.Equal(t, 130000.0, *g.Min)
		assert.Equal(t, 175000.0, *g.Max)
		c, ok := figure(s, "guide-claim-us-senior", PeriodYear)
		require.True(t, ok)
		assert.True(t, c.Claim)
		assert.Equal(t, 149500.0, *c.Min, "130,000 + 15%")
		assert.Equal(t, 218750.0, *c.Max, "175,000 + 25%")
		for period, want := range map[string]float64{PeriodYear: 113622, PeriodMonth: 9469, PeriodHour: 59} {
			e, ok := figure(s, "guide-engineer-us", period)
			require.True(t, ok, period)
			assert.Equal(t, want, *e.Mean, "as published per %s", period)
		}
		sv, ok := figure(s, "survey-us-6-10", PeriodYear)
		require.True(t, ok)
		assert.Equal(t, 175000.0, *sv.Median)
		assert.Equal(t, 207, sv.N)
		assert.Equal(t, "6-10", sv.Years)
		b, ok := figure(s, "bls-us", PeriodYear)
		require.True(t, ok)
		assert.Equal(t, 133080.0, *b.Median)
		assert.Equal(t, "2024", b.Year)
		bh, ok := figure(s, "bls-us", PeriodHour)
		require.True(t, ok)
		assert.Equal(t, 63.98, *bh.Median)
		require.NotNil(t, s.Suggested)
		assert.Equal(t, 130000.0, s.Suggested.Min)
		assert.Equal(t, 210000.0, s.Suggested.Max)
	})
	t.Run("developer gets no engineer figures", func(t *testing.T) {
		s, err := Estimate("developer", "senior", "us")
		require.NoError(t, err)
		_, ok := figure(s, "guide-engineer-us", PeriodYear)
		assert.False(t, ok)
		_, ok = figure(s, "guide-claim-us-senior", PeriodYear)
		assert.False(t, ok)
	})
	t.Run("mid-level engineer: claim not applied", func(t *testing.T) {
		s, err := Estimate("hybrid", "mid", "weu")
		require.NoError(t, err)
		_, ok := figure(s, "guide-claim-weu-mid", PeriodYear)
		assert.False(t, ok)
		assert.True(t, hasNote(s, "The guide's claim of a 15–25% engineer premium is about senior engineers"))
	})
	t.Run("Latin America shows the guide's three countries", func(t *testing.T) {
		s, err := Estimate("standard", "senior", "latam")
		require.NoError(t, err)
		for _, c := range []string{"mx", "ar", "br"} {
			_, ok := figure(s, "guide-engineer-"+c, PeriodYear)
			assert.True(t, ok, c)
		}
		_, ok := figure(s, "survey-remote-latam-6-10", PeriodYear)
		assert.True(t, ok, "the remote cell sits beside the guide's remote range")
	})
	t.Run("staff shows both senior bands", func(t *testing.T) {
		s, err := Estimate("engineer", "staff", "gb")
		require.NoError(t, err)
		for _, band := range []string{"11-15", "16+"} {
			f, ok := figure(s, "survey-gb-"+band, PeriodYear)
			require.True(t, ok, band)
			assert.Equal(t, "United Kingdom", f.Area)
		}
		assert.Equal(t, "survey-gb-11-15", s.Suggested.From)
	})
	t.Run("country without a cell falls back to its region", func(t *testing.T) {
		s, err := Estimate("developer", "mid", "lu")
		require.NoError(t, err)
		assert.True(t, hasNote(s, "The survey has no back-end figures for Luxembourg alone"))
		assert.Equal(t, "survey-weu-3-5", s.Suggested.From)
		assert.Equal(t, "EUR", s.Local.Currency)
	})
	t.Run("Ukraine's doubtful cells are not used for the suggestion", func(t *testing.T) {
		s, err := Estimate("developer", "senior", "ua")
		require.NoError(t, err)
		f, ok := figure(s, "survey-ua-6-10", PeriodYear)
		require.True(t, ok)
		assert.Contains(t, f.Caution, "mix monthly and annual pay")
		assert.Equal(t, "survey-eeu-noua-6-10", s.Suggested.From)
		assert.Contains(t, s.Suggested.Basis, "Not used: Ukraine")
	})
	t.Run("thin country cell is not used for the suggestion", func(t *testing.T) {
		s, err := Estimate("developer", "junior", "pl")
		require.NoError(t, err)
		f, ok := figure(s, "survey-pl-0-2", PeriodYear)
		require.True(t, ok)
		assert.Equal(t, 18, f.N)
		assert.NotEmpty(t, f.Caution)
		assert.Equal(t, "survey-eeu-noua-0-2", s.Suggested.From)
	})
}

func TestDisagreements(t *testing.T) {
	tests := []struct {
		name                 string
		role, level, region  string
		guideKey, otherKey   string
		guide, other, percen float64
	}{
		{"US engineer average vs survey", "engineer", "senior", "us", "guide-engineer-us", "survey-us-all", 113622, 170000, 49.6},
		{"Poland engineer average vs survey", "engineer", "mid", "pl", "guide-engineer-pl", "survey-pl-all", 27495, 61866, 125},
		{"Brazil", "hybrid", "senior", "br", "guide-engineer-br", "survey-br-all", 17497, 26854, 53.5},
		{"Mexico (thin sample)", "engineer", "junior", "mx", "guide-engineer-mx", "survey-mx-all", 24202, 48000, 98.3},
		{"Argentina (thin sample)", "standard", "staff", "ar", "guide-engineer-ar", "survey-ar-all", 7328, 20868, 184.8},
		{"Latin America mid range runs high", "developer", "mid", "latam", "guide-developer-latam-mid", "survey-latam-3-5", 34000, 18836, -44.6},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := Estimate(tt.role, tt.level, tt.region)
			require.NoError(t, err)
			i := slices.IndexFunc(s.Disagreements, func(d Disagreement) bool { return d.GuideKey == tt.guideKey && d.OtherKey == tt.otherKey })
			require.GreaterOrEqual(t, i, 0, "disagreements: %+v", s.Disagreements)
			d := s.Disagreements[i]
			assert.Equal(t, tt.guide, d.Guide)
			assert.Equal(t, tt.other, d.Other)
			assert.InDelta(t, tt.percen, d.Percent, 0.05)
			assert.Contains(t, d.Text, FormatMoney(tt.guide, "USD"))
			assert.Contains(t, d.Text, FormatMoney(tt.other, "USD"))
			assert.Contains(t, d.Text, "more than a quarter")
		})
	}
	agree := []struct{ name, role, level, region string }{
		{"Western Europe senior developer", "developer", "senior", "weu"},
		{"Eastern Europe mid developer", "developer", "mid", "eeu"},
		{"US senior developer", "developer", "senior", "us"},
	}
	for _, tt := range agree {
		t.Run("agree/"+tt.name, func(t *testing.T) {
			s, err := Estimate(tt.role, tt.level, tt.region)
			require.NoError(t, err)
			assert.Empty(t, s.Disagreements)
		})
	}
	t.Run("guide vs BLS within a quarter", func(t *testing.T) {
		s, err := Estimate("engineer", "senior", "us")
		require.NoError(t, err)
		for _, d := range s.Disagreements {
			assert.NotEqual(t, "bls-us", d.OtherKey, "113,622 vs 133,080 is 17%%, under the threshold")
		}
	})
}

func TestEstimateRejectsBadInput(t *testing.T) {
	tests := []struct{ name, role, level, region, want string }{
		{"unknown role", "architect", "senior", "us", `unknown role "architect"`},
		{"unknown level", "engineer", "principal", "us", `unknown level "principal"`},
		{"unknown country", "engineer", "senior", "zz", `unknown region "zz"`},
		{"alpha-3 code", "engineer", "senior", "usa", `unknown region "usa"`},
		{"empty region", "engineer", "senior", "", `unknown region ""`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Estimate(tt.role, tt.level, tt.region)
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
	s, err := Estimate(" Engineer ", "SENIOR", " PL ")
	require.NoError(t, err, "case and spaces are ignored")
	assert.Equal(t, "pl", s.Region)
}

func FuzzEstimate(f *testing.F) {
	f.Add("engineer", "senior", "us")
	f.Add("developer", "junior", "ar")
	f.Add("hybrid", "staff", "is")
	f.Add("x", "", "\xff")
	f.Fuzz(func(t *testing.T, role, level, region string) {
		s, err := Estimate(role, level, region)
		if err != nil {
			return
		}
		for _, f := range s.Figures {
			checkFigure(t, f)
		}
		if _, err := s.View(s.Local.Currency, PeriodHour, ""); err != nil && s.Local.Currency != "" {
			t.Errorf("view in the local currency: %v", err)
		}
	})
}
