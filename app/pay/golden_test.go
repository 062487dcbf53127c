package pay

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite golden files")

// goldenCase is one estimate with one view, compared with
// testdata/<name>.json.
type goldenCase struct {
	name                string
	role, level, region string
	currency, period    string
}

var goldenCases = []goldenCase{
	{"engineer-senior-us", "engineer", "senior", "us", "USD", PeriodYear},
	{"developer-mid-pl-month-pln", "developer", "mid", "pl", "PLN", PeriodMonth},
	{"hybrid-junior-ar-ars", "hybrid", "junior", "ar", "ARS", PeriodYear},
	{"standard-staff-eeu-hour-eur", "standard", "staff", "eeu", "EUR", PeriodHour},
	{"developer-senior-is", "developer", "senior", "is", "ISK", PeriodYear},
	{"engineer-senior-de-eur", "engineer", "senior", "de", "EUR", PeriodYear},
	{"developer-mid-mx-mxn", "developer", "mid", "mx", "MXN", PeriodMonth},
}

// goldenToday is the day of every golden answer, so the dated badges and
// the employer-contribution rules do not change with the clock.
const goldenToday = "2026-12-04"

func TestGolden(t *testing.T) {
	for _, tt := range goldenCases {
		t.Run(tt.name, func(t *testing.T) {
			s, err := Estimate(tt.role, tt.level, tt.region)
			require.NoError(t, err)
			v, err := s.View(tt.currency, tt.period, goldenToday)
			require.NoError(t, err)
			c, err := s.Cost(goldenToday)
			require.NoError(t, err)
			var buf bytes.Buffer
			enc := json.NewEncoder(&buf)
			enc.SetEscapeHTML(false)
			enc.SetIndent("", "  ")
			require.NoError(t, enc.Encode(struct {
				Estimate Salary `json:"estimate"`
				View     View   `json:"view"`
				Cost     Cost   `json:"cost"`
			}{s, v, c}))
			got := buf.Bytes()
			path := filepath.Join("testdata", tt.name+".json")
			if *update {
				require.NoError(t, os.MkdirAll("testdata", 0o755))
				require.NoError(t, os.WriteFile(path, got, 0o644))
			}
			want, err := os.ReadFile(path)
			require.NoError(t, err, "run go test ./app/pay -run TestGolden -update to create it")
			assert.Equal(t, string(want), string(got))
		})
	}
}

func BenchmarkEstimate(b *testing.B) {
	for b.Loop() {
		if _, err := Estimate("engineer", "senior", "pl"); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkView(b *testing.B) {
	s, err := Estimate("engineer", "senior", "pl")
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := s.View("PLN", PeriodMonth, ""); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkRegions(b *testing.B) {
	for b.Loop() {
		if _, err := Regions("engineer", "senior"); err != nil {
			b.Fatal(err)
		}
	}
}
