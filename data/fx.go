package data

import (
	_ "embed"
	"fmt"
	"math"
	"slices"
	"strconv"
	"sync"
)

// FX is data/fx-ecb-2026-04-13.json: the European Central Bank's euro
// reference rates of 2026-04-13 and the per-USD rates derived from them.
type FX struct {
	// Provenance is the ECB, the date of the rates and the reuse terms.
	Provenance  Provenance `json:"provenance"`
	Source      string     `json:"source"`
	URL         string     `json:"url"`
	LicenceNote string     `json:"licence_note"`
	// SnapshotDate is the date of the rates (YYYY-MM-DD).
	SnapshotDate string `json:"snapshot_date"`
	// PerEUR is units of each currency per euro, as the ECB publishes.
	PerEUR map[string]float64 `json:"per_EUR"`
	// PerUSD is units of each currency per US dollar, derived as
	// (X per EUR) / (USD per EUR).
	PerUSD map[string]float64 `json:"per_USD_derived_computed"`
	// AnnualAverages are yearly averages of the per-USD rates, one per
	// year, for converting figures of that year.
	AnnualAverages []FXAverage `json:"annual_averages"`
	// AnnualAverageMethod says how the averages were computed.
	AnnualAverageMethod string `json:"annual_average_method"`
	// NotPublished lists currencies the ECB does not publish a rate for.
	NotPublished []string `json:"not_published_by_ECB"`
	DatasetCopy  string   `json:"dataset_copy"`
	PerUSDMethod string   `json:"per_USD_derived_method"`
}

// FXAverage is one year's average of the per-USD rates.
type FXAverage struct {
	// Year is the calendar year averaged.
	Year int `json:"year"`
	// Days is the number of ECB business days averaged.
	Days int `json:"n_days"`
	// PerUSD is the year's mean of units of each currency per US dollar.
	PerUSD map[string]float64 `json:"per_USD_computed"`
}

// AverageRate returns the average of year in units of currency per US
// dollar, the number of business days averaged, and false when the file
// has no average of that year or currency.
func (f FX) AverageRate(year int, currency string) (float64, int, bool) {
	for _, a := range f.AnnualAverages {
		if a.Year == year {
			r, ok := a.PerUSD[currency]
			return r, a.Days, ok
		}
	}
	return 0, 0, false
}

// PerUSDRate returns units of currency per US dollar on the snapshot
// date, and false when the ECB publishes no rate for it.
func (f FX) PerUSDRate(currency string) (float64, bool) {
	r, ok := f.PerUSD[currency]
	return r, ok
}

var (
	//go:embed fx-ecb-2026-04-13.json
	fxJSON []byte

	loadFX = sync.OnceValues(func() (FX, error) { return parseFX(fxJSON) })
)

// LoadFX returns the ECB rates, parsed and validated once. The value is
// shared: do not modify it.
func LoadFX() (FX, error) { return loadFX() }

const fxFile = "fx-ecb-2026-04-13.json"

func parseFX(b []byte) (FX, error) {
	var f FX
	if err := decode(fxFile, b, &f); err != nil {
		return FX{}, err
	}
	if validateOnLoad {
		if err := f.validate(); err != nil {
			return FX{}, fmt.Errorf("data: %s: %w", fxFile, err)
		}
	}
	return f, nil
}

func (f FX) validate() error {
	if err := f.Provenance.Validate(); err != nil {
		return err
	}
	if f.SnapshotDate != f.Provenance.Date || !datePattern.MatchString(f.SnapshotDate) {
		return fmt.Errorf("snapshot date %q differs from the provenance date %q", f.SnapshotDate, f.Provenance.Date)
	}
	usd, ok := f.PerEUR["USD"]
	if !ok || usd <= 0 {
		return fmt.Errorf("no USD per EUR rate")
	}
	maps := []map[string]float64{f.PerEUR, f.PerUSD}
	for _, a := range f.AnnualAverages {
		maps = append(maps, a.PerUSD)
	}
	for _, m := range maps {
		for code, rate := range m {
			if !ValidCurrency(code) || rate <= 0 || math.IsInf(rate, 0) || math.IsNaN(rate) {
				return fmt.Errorf("bad rate %s = %v", code, rate)
			}
		}
	}
	if err := f.validateAverages(); err != nil {
		return err
	}
	if f.PerUSD["USD"] != 1 || f.PerUSD["EUR"] == 0 {
		return fmt.Errorf("per-USD rates must have USD = 1 and EUR")
	}
	// Every derived rate must equal (X per EUR) / (USD per EUR).
	for code, perEUR := range f.PerEUR {
		got, ok := f.PerUSD[code]
		if !ok {
			return fmt.Errorf("no per-USD rate for %s", code)
		}
		if want := perEUR / usd; math.Abs(got-want) > want*1e-6 {
			return fmt.Errorf("per-USD rate of %s is %v, want %v per EUR / %v USD per EUR = %v", code, got, perEUR, usd, want)
		}
	}
	if want := 1 / usd; math.Abs(f.PerUSD["EUR"]-want) > want*1e-6 {
		return fmt.Errorf("per-USD rate of EUR is %v, want 1/%v", f.PerUSD["EUR"], usd)
	}
	for code := range f.PerUSD {
		if _, ok := f.PerEUR[code]; !ok && code != "EUR" {
			return fmt.Errorf("per-USD rate of %s has no ECB rate per EUR", code)
		}
	}
	for _, code := range f.NotPublished {
		if !ValidCurrency(code) {
			return fmt.Errorf("bad not-published currency %q", code)
		}
		if _, ok := f.PerUSD[code]; ok {
			return fmt.Errorf("%s is listed as not published but has a rate", code)
		}
	}
	if !slices.Contains(f.NotPublished, "ARS") {
		return fmt.Errorf("ARS must be listed as not published by the ECB")
	}
	return nil
}

// validateAverages checks the annual averages: whole past years before
// the snapshot, each once, with a plausible number of business days
// (the ECB publishes on about 255 days a year), USD = 1 and a EUR rate.
func (f FX) validateAverages() error {
	if f.AnnualAverageMethod == "" {
		return fmt.Errorf("annual averages: no method")
	}
	snapshotYear, _ := strconv.Atoi(f.SnapshotDate[:4])
	seen := map[int]bool{}
	for _, a := range f.AnnualAverages {
		switch {
		case a.Year < 1999 || a.Year >= snapshotYear:
			return fmt.Errorf("annual average of %d: want a whole year from 1999 to before the snapshot year %d", a.Year, snapshotYear)
		case seen[a.Year]:
			return fmt.Errorf("annual average of %d: duplicate", a.Year)
		case a.Days < 240 || a.Days > 262:
			return fmt.Errorf("annual average of %d: %d business days, want 240 to 262 (a whole year)", a.Year, a.Days)
		case a.PerUSD["USD"] != 1 || a.PerUSD["EUR"] <= 0:
			return fmt.Errorf("annual average of %d: want USD = 1 and a EUR rate", a.Year)
		}
		seen[a.Year] = true
	}
	return nil
}
