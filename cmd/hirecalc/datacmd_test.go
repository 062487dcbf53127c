//go:build !wasm

package main

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"hirecalc/data"
)

// TestImportSurveySmall aggregates testdata/survey-small.csv, a few lines
// in the public file's layout (quoted fields, "NA" answers, the long
// country names), against quartiles computed by hand (R type 7: h =
// (n-1)p, x[floor h] + frac(h)(x[floor h+1] - x[floor h])).
func TestImportSurveySmall(t *testing.T) {
	f, err := os.Open(filepath.Join("testdata", "survey-small.csv"))
	require.NoError(t, err)
	defer f.Close()
	s, err := importSurvey(f, surveyOptions{Year: 2031, Collected: "2031-05", Accessed: "2031-07-01"})
	require.NoError(t, err)
	thin := "thin sample (n < 30): indicative only"
	want := []data.SurveyRow{
		// 24 kept: sorted, x[5] = 30,000 and x[6] = 32,000 give p25 = 30,000 + 0.75 × 2,000;
		// x[11] = x[12] = 45,000; x[17] = 62,000, x[18] = 65,000 give p75 = 62,000 + 0.25 × 3,000.
		{Role: data.SurveyRoleBackend, Area: "Global (all countries)", YearsPro: "all", N: 24, P25: 31500, Median: 45000, P75: 62750, Caution: thin},
		// 12 Germans (one without YearsCodePro still counts for "all"): h = 2.75, 5.5, 8.25.
		{Role: data.SurveyRoleBackend, Area: "Germany", YearsPro: "all", N: 12, P25: 51500, Median: 61000, P75: 71250, Caution: thin},
		// 10 Ukrainians: h = 2.25, 4.5, 6.75 → 700 + 0.25 × 100, 30,000 + 0.5 × 2,000, 35,000 + 0.75 × 3,000.
		{Role: data.SurveyRoleBackend, Area: "Ukraine", YearsPro: "all", N: 10, P25: 725, Median: 31000, P75: 37250, Caution: thin + "; p25 very low (about $1k): the answers likely mix monthly and annual pay; treat with caution"},
		{Role: data.SurveyRoleBackend, Area: "Eastern Europe", YearsPro: "6-10", N: 10, P25: 725, Median: 31000, P75: 37250, Caution: thin + "; p25 very low (about $1k): the answers likely mix monthly and annual pay; treat with caution"},
		{Role: data.SurveyRoleBackendRemote, Area: "Eastern Europe", YearsPro: "6-10", N: 10, P25: 725, Median: 31000, P75: 37250, Caution: thin + "; p25 very low (about $1k): the answers likely mix monthly and annual pay; treat with caution"},
		// 6-10 years everywhere: the 10 Ukrainians, two Germans (6 and 7 years), the British
		// multi-select answer and the Iranian: n = 14, h = 3.25, 6.5, 9.75.
		{Role: data.SurveyRoleBackend, Area: "Global (all countries)", YearsPro: "6-10", N: 14, P25: 3600, Median: 33500, P75: 43750, Caution: thin + "; p25 very low (about $4k): the answers likely mix monthly and annual pay; treat with caution"},
	}
	assert.Equal(t, want, s.Rows)
	assert.Equal(t, "Stack Overflow Annual Developer Survey 2031", s.Provenance.Source)
	assert.Equal(t, "https://survey.stackoverflow.co/2031/", s.Provenance.URL)
	assert.Contains(t, s.Attribution, "Stack Overflow Annual Developer Survey 2031 (https://survey.stackoverflow.co/2031/)")
	current, err := data.LoadSurvey()
	require.NoError(t, err)
	assert.Equal(t, current.Method, s.Method, "the method stays word for word")
	assert.Equal(t, current.Filter, s.Filter)
}

func TestReadSurveyNamesAndBands(t *testing.T) {
	f, err := os.Open(filepath.Join("testdata", "survey-small.csv"))
	require.NoError(t, err)
	defer f.Close()
	countries, err := data.LoadCountries()
	require.NoError(t, err)
	people, err := readSurvey(f, countries)
	require.NoError(t, err)
	require.Len(t, people, 24, "the student, the front-end developer, no pay, zero pay and no country are left out")
	areas := map[string]bool{}
	for _, p := range people {
		areas[p.area] = true
	}
	assert.True(t, areas["United Kingdom"], "the survey's long name becomes the table's")
	assert.True(t, areas["Iran"])
	for in, band := range map[string]string{"Less than 1 year": "0-2", "2": "0-2", "3": "3-5", "10": "6-10", "11": "11-15", "15": "11-15", "16": "16+", "More than 50 years": "16+", "NA": "", "-1": ""} {
		assert.Equal(t, band, yearsBand(in), in)
	}
	_, err = readSurvey(strings.NewReader("ResponseId,Country\n1,Germany\n"), countries)
	assert.ErrorContains(t, err, "no MainBranch column")
}

func TestQuantile7(t *testing.T) {
	x := []float64{1, 2, 3, 4}
	assert.Equal(t, 1.75, quantile7(x, 0.25)) // h = 0.75
	assert.Equal(t, 2.5, quantile7(x, 0.5))
	assert.Equal(t, 3.25, quantile7(x, 0.75))
	assert.Equal(t, 7.0, quantile7([]float64{7}, 0.5))
	assert.True(t, math.IsNaN(quantile7(nil, 0.5)))
}

// TestDataSoWritesAValidFile runs "hirecalc data so" on a generated CSV
// large enough to fill every cell the validator asks for (every region
// and band), and checks the file it writes with the embedded file's
// validator.
func TestDataSoWritesAValidFile(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "survey_results_public_2031.csv")
	f, err := os.Create(in)
	require.NoError(t, err)
	w := csv.NewWriter(f)
	require.NoError(t, w.Write([]string{"ResponseId", "MainBranch", "RemoteWork", "YearsCodePro", "DevType", "Country", "ConvertedCompYearly"}))
	id := 0
	for _, country := range []string{"Germany", "Poland", "Ukraine", "Brazil", "United States of America"} {
		for _, years := range []string{"1", "4", "8", "13", "20"} {
			for i := 0; i < 12; i++ {
				id++
				remote := "Remote"
				if i%4 == 3 {
					remote = "In-person"
				}
				require.NoError(t, w.Write([]string{fmt.Sprint(id), surveyMainBranch, remote, years, surveyBackEnd, country, fmt.Sprint(30000 + 1000*i + 10*id)}))
			}
		}
	}
	w.Flush()
	require.NoError(t, f.Close())
	out := filepath.Join(dir, "salary.json")
	code, _, errOut := runCLI(t, "", "data", "so", in, "-o", out, "-accessed", "2031-07-01")
	require.Equal(t, 0, code, errOut)
	b, err := os.ReadFile(out)
	require.NoError(t, err)
	require.NoError(t, data.CheckSurveyFile(b))
	var s data.Survey
	require.NoError(t, json.Unmarshal(b, &s))
	assert.Equal(t, "2031-05", s.Provenance.Date, "the year from the file name, fielded in May")
	n := map[string]int{}
	for _, r := range s.Rows {
		n[r.Role+"|"+r.Area+"|"+r.YearsPro] = r.N
	}
	assert.Equal(t, 60, n[data.SurveyRoleBackend+"|Germany|all"])
	assert.Equal(t, 24, n[data.SurveyRoleBackend+"|Eastern Europe|6-10"], "Poland and Ukraine")
	assert.Equal(t, 12, n[data.SurveyRoleBackend+"|Eastern Europe excl. Ukraine|6-10"])
	assert.Equal(t, 9, 12-3, "three in four answer Remote")
	assert.Equal(t, 18, n[data.SurveyRoleBackendRemote+"|Eastern Europe|6-10"])
	assert.Equal(t, 12, n[data.SurveyRoleBackend+"|United States|16+"])

	code, _, errOut = runCLI(t, "", "data", "so", filepath.Join("testdata", "survey-small.csv"), "-year", "2031")
	assert.Equal(t, 1, code, "a table without every region's bands fails the validator")
	assert.Contains(t, errOut, "no back-end row for ")
}

// TestImportECBSmall reads testdata/eurofxref-small.csv, lines in the
// ECB's layout (every currency column, "N/A" where there is no rate, a
// trailing comma), and checks the rates per dollar and a yearly average
// computed by hand.
func TestImportECBSmall(t *testing.T) {
	open := func() *os.File {
		f, err := os.Open(filepath.Join("testdata", "eurofxref-small.csv"))
		require.NoError(t, err)
		t.Cleanup(func() { f.Close() })
		return f
	}
	fx, err := importFX(open(), fxOptions{Years: []int{2024}, Accessed: "2025-01-10"})
	require.NoError(t, err)
	assert.Equal(t, "2025-01-03", fx.SnapshotDate, "the latest day")
	assert.Equal(t, 1.0299, fx.PerEUR["USD"])
	assert.Equal(t, 4.2725, fx.PerEUR["PLN"])
	assert.Equal(t, round6(4.2725/1.0299), fx.PerUSD["PLN"])
	assert.Equal(t, 4.148461, fx.PerUSD["PLN"])
	assert.Equal(t, 0.9709681, fx.PerUSD["EUR"], "1 / 1.0299 to 7 significant digits")
	_, hasRUB := fx.PerEUR["RUB"]
	assert.False(t, hasRUB, "N/A on the day: no rate")
	assert.Contains(t, fx.NotPublished, "RUB")
	assert.Contains(t, fx.NotPublished, "ARS")
	require.Len(t, fx.AnnualAverages, 1)
	a := fx.AnnualAverages[0]
	assert.Equal(t, 3, a.Days, "the three 2024 lines")
	// (4.2730/1.0389 + 4.2650/1.0350 + 4.2810/1.0420) / 3
	assert.InDelta(t, (4.2730/1.0389+4.2650/1.0350+4.2810/1.0420)/3, a.PerUSD["PLN"], 1e-6)
	assert.InDelta(t, (1/1.0389+1/1.0350+1/1.0420)/3, a.PerUSD["EUR"], 1e-6)

	fx, err = importFX(open(), fxOptions{Date: "2025-01-02", Years: []int{}})
	require.NoError(t, err)
	assert.Equal(t, 4.2700, fx.PerEUR["PLN"])
	_, err = importFX(open(), fxOptions{Date: "2025-01-04", Years: []int{}})
	assert.ErrorContains(t, err, "no rates for 2025-01-04")
	_, err = importFX(strings.NewReader("Day,USD\n"), fxOptions{})
	assert.ErrorContains(t, err, `not "Date"`)
}

// TestDataEcbWritesAValidFile runs "hirecalc data ecb" on a generated
// history with a whole year of business days and checks the file with
// the embedded file's validator.
func TestDataEcbWritesAValidFile(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "eurofxref-hist.csv")
	var b strings.Builder
	b.WriteString("Date,USD,JPY,GBP,PLN,RUB,\n")
	b.WriteString("2025-01-03,1.0299,162.41,0.82933,4.2725,N/A,\n")
	days := 0
	for d := 0; d < 366; d++ {
		day := mustDay(t, "2024-01-01").AddDate(0, 0, d)
		if day.Weekday() == 0 || day.Weekday() == 6 {
			continue
		}
		days++
		fmt.Fprintf(&b, "%s,%.4f,160.00,0.85000,4.3000,N/A,\n", day.Format("2006-01-02"), 1.05+0.0001*float64(days%7))
	}
	require.NoError(t, os.WriteFile(in, []byte(b.String()), 0o644))
	out := filepath.Join(dir, "fx.json")
	code, _, errOut := runCLI(t, "", "data", "ecb", in, "-years", "2024", "-o", out, "-accessed", "2025-01-10")
	require.Equal(t, 0, code, errOut)
	got, err := os.ReadFile(out)
	require.NoError(t, err)
	require.NoError(t, data.CheckFXFile(got))
	assert.Contains(t, string(got), fmt.Sprintf(`"n_days": %d`, days))
}

func mustDay(t *testing.T, s string) time.Time {
	t.Helper()
	d, err := time.Parse(time.DateOnly, s)
	require.NoError(t, err)
	return d
}

// TestYearIn reads the survey year from the file's own name only: digits
// in its directories, such as a temporary directory's random suffix, or
// digits run together with the year, are not a year.
func TestYearIn(t *testing.T) {
	for _, c := range []struct {
		name string
		want int
	}{
		{"survey_results_public_2024.csv", 2024},
		{"/tmp/TestX2041/001/survey_results_public_2031.csv", 2031},
		{"/tmp/TestX2041/001/survey_results_public.csv", 0},
		{"stack-overflow-developer-survey-2025/survey_results_public.csv", 0},
		{"12024.csv", 0},
		{"2024", 2024},
		{"so-20245.csv", 0},
	} {
		assert.Equal(t, c.want, yearIn(c.name), c.name)
	}
}
