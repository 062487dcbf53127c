package data

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestLoadGuideSalaries(t *testing.T) {
	g, err := LoadGuideSalaries()
	require.NoError(t, err)
	assert.Equal(t, "undated", g.Provenance.Date)
	assert.Equal(t, []string{"Talent.com", "Glassdoor"}, g.CitedSources)
	assert.Len(t, g.DeveloperRanges.Rows, 8)
	assert.Contains(t, g.EngineerAverages.Note, "Back-end developer salaries")
	var us GuideAverage
	for _, r := range g.EngineerAverages.Rows {
		if r.Country == "us" {
			us = r
		}
	}
	assert.Equal(t, 113622.0, us.Year)
	assert.Equal(t, 9469.0, us.Month)
	assert.Equal(t, 59.0, us.Hour)
	assert.Equal(t, 15.0, g.EngineerPremium.MinPercent)
	assert.Equal(t, 25.0, g.EngineerPremium.MaxPercent)
}

func TestLoadSurvey(t *testing.T) {
	s, err := LoadSurvey()
	require.NoError(t, err)
	assert.Equal(t, "ODbL-1.0", s.Provenance.Licence)
	us, ok := s.Row(SurveyRoleBackend, "United States", "all")
	require.True(t, ok)
	assert.Equal(t, 774, us.N)
	assert.Equal(t, 170000.0, us.Median)
	for _, r := range s.Rows {
		assert.Contains(t, []string{SurveyRoleBackend, SurveyRoleBackendRemote}, r.Role, "only back-end rows are kept")
	}
}

func TestLoadBLS(t *testing.T) {
	b, err := LoadBLS()
	require.NoError(t, err)
	st := b.Stats(BLSSoftwareDevelopers, 2024, "year")
	assert.Equal(t, 133080.0, st["median"].Amount)
	assert.Equal(t, 63.98, b.Stats(BLSSoftwareDevelopers, 2024, "hour")["median"].Amount)
}

// TestBrokenSalaryFilesAreRejected is the control: a copy of each file with
// one figure broken must fail validation.
func TestBrokenSalaryFilesAreRejected(t *testing.T) {
	tests := []struct {
		name     string
		file     []byte
		old, new string
		parse    func([]byte) error
		want     string
	}{
		{"guide min above max", guideSalariesJSON, `"min": 95000`, `"min": 195000`, parseGuideErr, "min"},
		{"guide unknown field", guideSalariesJSON, `"cited_sources"`, `"cited_source"`, parseGuideErr, "unknown field"},
		{"guide missing level", guideSalariesJSON, `{"level": "staff", "reason"`, `{"level": "mid", "reason"`, parseGuideErr, "staff"},
		{"guide no licence", guideSalariesJSON, `"licence": "Figures quoted`, `"licence": "", "x": "`, parseGuideErr, ""},
		{"survey thin n", surveyJSON, `"n": 774,`, `"n": 7,`, parseSurveyErr, "below 10"},
		{"survey quartiles out of order", surveyJSON, `"median": 170000`, `"median": 270000`, parseSurveyErr, "p25 <= median <= p75"},
		{"survey licence dropped", surveyJSON, `"licence": "ODbL-1.0"`, `"licence": "CC0"`, parseSurveyErr, "ODbL"},
		{"bls bad currency", blsJSON, `"currency": "USD"`, `"currency": "usd"`, parseBLSErr, "currency"},
		{"bls no year", blsJSON, `"year": 2024`, `"year": 0`, parseBLSErr, "year"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			require.Contains(t, string(tt.file), tt.old, "precondition: the text to break exists")
			broken := bytes.Replace(tt.file, []byte(tt.old), []byte(tt.new), 1)
			err := tt.parse(broken)
			require.Error(t, err)
			assert.True(t, strings.Contains(err.Error(), tt.want), "error %q should mention %q", err, tt.want)
		})
	}
}

func parseGuideErr(b []byte) error  { _, err := parseGuideSalaries(b); return err }
func parseSurveyErr(b []byte) error { _, err := parseSurvey(b); return err }
func parseBLSErr(b []byte) error    { _, err := parseBLS(b); return err }

// TestSurveyRowsAgreeWithTheirMethod checks what can be checked of the
// table without the survey's CSV: the cells of one filter add up as the
// stated method (same respondents, bands of years, regions of countries)
// requires.
func TestSurveyRowsAgreeWithTheirMethod(t *testing.T) {
	s, err := LoadSurvey()
	require.NoError(t, err)
	n := func(role, area, band string) int {
		r, _ := s.Row(role, area, band)
		return r.N
	}
	bandSum := func(role, area string) int {
		sum := 0
		for _, b := range s.YearsProBands {
			sum += n(role, area, b)
		}
		return sum
	}
	for _, r := range s.Rows {
		if r.YearsPro != "all" || r.Role != SurveyRoleBackend || bandSum(r.Role, r.Area) == 0 {
			continue
		}
		assert.LessOrEqual(t, bandSum(r.Role, r.Area), r.N, "%s: its bands hold at most all its respondents (some give no years)", r.Area)
	}
	for _, b := range s.YearsProBands {
		eeu, ua := n(SurveyRoleBackend, "Eastern Europe", b), n(SurveyRoleBackend, "Ukraine", b)
		assert.Equal(t, eeu-ua, n(SurveyRoleBackend, "Eastern Europe excl. Ukraine", b), "Eastern Europe without Ukraine, %s years", b)
		regions := 0
		for _, key := range RegionKeys {
			name := SurveyRegionNames[key]
			regions += n(SurveyRoleBackend, name, b)
			assert.LessOrEqual(t, n(SurveyRoleBackendRemote, name, b), n(SurveyRoleBackend, name, b), "remote is a subset: %s, %s", name, b)
			members := 0
			for _, country := range s.RegionDefinitions[name] {
				if c, ok := countryArea(country); ok {
					members += n(SurveyRoleBackend, c, b)
				}
			}
			assert.LessOrEqual(t, members, n(SurveyRoleBackend, name, b), "%s, %s: at least its countries' cells", name, b)
		}
		assert.LessOrEqual(t, regions, n(SurveyRoleBackend, "Global (all countries)", b), "the regions do not overlap, %s", b)
	}
	assert.LessOrEqual(t, bandSum(SurveyRoleBackend, "Global (all countries)"), n(SurveyRoleBackend, "Global (all countries)", "all"))
}

// countryArea returns the row name of a country named as in the region
// definitions.
func countryArea(name string) (string, bool) {
	c, err := LoadCountries()
	if err != nil {
		return "", false
	}
	x, ok := c.ByArea(name)
	if !ok {
		return "", false
	}
	return x.SurveyAreas[0], true
}
