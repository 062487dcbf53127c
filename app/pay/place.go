package pay

import (
	"errors"
	"fmt"
	"sort"
	"strings"

	"hirecalc/data"
)

// ErrUnknownRegion is wrapped by the error for a region that is neither a
// region key nor an ISO 3166-1 alpha-2 country code.
var ErrUnknownRegion = errors.New("unknown region")

// regionNames are the four salary regions in plain words.
var regionNames = map[string]string{
	"us":    "United States",
	"weu":   "Western Europe",
	"eeu":   "Eastern Europe",
	"latam": "Latin America",
}

// Place is a region or a country a user can choose.
type Place struct {
	// Key is what the user chooses: a region key or a country code.
	Key string `json:"key"`
	// Name is the region or country in plain words.
	Name string `json:"name"`
	// Region is the salary region (us, weu, eeu, latam), or "".
	Region string `json:"region"`
	// Country is the lower-case country code, "" for a whole region. The
	// key "us" is both the region and the country.
	Country string `json:"country,omitempty"`
	// Currency is the ISO 4217 code of the local currency.
	Currency string `json:"currency"`
	// HasData is true when a source in hirecalc covers the place itself
	// (not only through its region or the global figures).
	HasData bool `json:"has_data"`

	surveyArea string // the survey's row name for the country, or ""
}

// Places returns every place a user can choose: the four regions first,
// then every country by name.
func Places() ([]Place, error) {
	countries, err := data.LoadCountries()
	if err != nil {
		return nil, fmt.Errorf("pay: %w", err)
	}
	out := make([]Place, 0, len(data.RegionKeys)+len(countries.Countries))
	for _, key := range data.RegionKeys {
		p, err := Resolve(key)
		if err != nil {
			return nil, err
		}
		out = append(out, p)
	}
	start := len(out)
	for _, c := range countries.Countries {
		if c.Code == "us" {
			continue // the region "us" is the country
		}
		p, err := Resolve(c.Code)
		if err != nil {
			return nil, err
		}
		out = append(out, p)
	}
	tail := out[start:]
	sort.SliceStable(tail, func(i, j int) bool { return tail[i].Name < tail[j].Name })
	return out, nil
}

// Resolve returns the place of a region key (us, weu, eeu, latam) or a
// lower-case ISO 3166-1 alpha-2 country code. Case and surrounding spaces
// are ignored.
func Resolve(key string) (Place, error) {
	key = strings.ToLower(strings.TrimSpace(key))
	countries, err := data.LoadCountries()
	if err != nil {
		return Place{}, fmt.Errorf("pay: %w", err)
	}
	survey, err := data.LoadSurvey()
	if err != nil {
		return Place{}, fmt.Errorf("pay: %w", err)
	}
	guide, err := data.LoadGuideSalaries()
	if err != nil {
		return Place{}, fmt.Errorf("pay: %w", err)
	}
	if name, ok := regionNames[key]; ok {
		p := Place{Key: key, Name: name, Region: key, HasData: true, Currency: regionCurrency[key]}
		if key == "us" {
			p.Country = "us"
			p.surveyArea = "United States"
		}
		return p, nil
	}
	c, ok := countries.Country(key)
	if !ok {
		return Place{}, fmt.Errorf("pay: %w %q: want us, weu, eeu, latam or an ISO 3166-1 alpha-2 country code such as pl", ErrUnknownRegion, key)
	}
	p := Place{Key: key, Name: c.Name, Region: c.Region, Country: c.Code, Currency: c.Currency}
	for _, a := range c.SurveyAreas {
		if _, ok := survey.Row(data.SurveyRoleBackend, a, "all"); ok {
			p.surveyArea = a
			p.HasData = true
		}
	}
	for _, r := range guide.EngineerAverages.Rows {
		if r.Country == c.Code {
			p.HasData = true
		}
	}
	return p, nil
}

// regionCurrency is the currency shown for a whole region: the euro for
// both parts of Europe (the currency most of Western Europe uses and a
// common contract currency in Eastern Europe), the US dollar for the
// United States and for Latin America, which has no common currency.
var regionCurrency = map[string]string{"us": "USD", "weu": "EUR", "eeu": "EUR", "latam": "USD"}

var regionCurrencyNotes = map[string]string{
	"us":    "",
	"weu":   "Western Europe has several currencies: amounts are shown in euros, the currency of most of the region; choose a country for its own currency (for example gb for pounds).",
	"eeu":   "Eastern Europe has several currencies: amounts are shown in euros for the region as a whole; choose a country for its own currency (for example pl for zloty).",
	"latam": "Latin America has no common currency: amounts stay in US dollars for the region as a whole; choose a country for its own currency.",
}
