package data

import (
	_ "embed"
	"fmt"
	"regexp"
	"slices"
	"sync"
)

// Countries is data/countries.json: every ISO 3166-1 country, with its
// currency (ISO 4217), the names the survey table uses for it and its
// salary region.
type Countries struct {
	// Provenance is ISO 3166-1, ISO 4217 and CLDR.
	Provenance Provenance `json:"provenance"`
	// RegionSource says where the region keys come from.
	RegionSource string `json:"region_source"`
	// SurveyAreasNote explains the survey's two spellings of some names.
	SurveyAreasNote string `json:"survey_areas_note"`
	// Corrections are changes made by hand to the generated list.
	Corrections []CountryCorrection `json:"corrections"`
	// Countries are the countries, sorted by code.
	Countries []Country `json:"countries"`
}

// CountryCorrection records a hand correction to a country's record.
type CountryCorrection struct {
	Code     string `json:"code"`
	Currency string `json:"currency"`
	Note     string `json:"note"`
}

// Country is one country.
type Country struct {
	// Code is the lower-case ISO 3166-1 alpha-2 code.
	Code string `json:"code"`
	// Name is the English short name.
	Name string `json:"name"`
	// SurveyAreas are the exact names the survey table uses for the
	// country (rows and region definitions may differ); empty when the
	// survey does not name it.
	SurveyAreas []string `json:"survey_areas"`
	// Region is a key of [RegionKeys], or "" when the country is in none.
	Region string `json:"region"`
	// Currency is the ISO 4217 code of the currency in use, "" for a
	// territory without one (Antarctica).
	Currency string `json:"currency"`
}

// Country returns the country with the lower-case alpha-2 code.
func (c Countries) Country(code string) (Country, bool) {
	i, ok := slices.BinarySearchFunc(c.Countries, code, func(x Country, code string) int {
		switch {
		case x.Code < code:
			return -1
		case x.Code > code:
			return 1
		}
		return 0
	})
	if !ok {
		return Country{}, false
	}
	return c.Countries[i], true
}

// ByArea returns the country the survey table names area.
func (c Countries) ByArea(area string) (Country, bool) {
	for _, x := range c.Countries {
		if slices.Contains(x.SurveyAreas, area) {
			return x, true
		}
	}
	return Country{}, false
}

var (
	//go:embed countries.json
	countriesJSON []byte

	loadCountries = sync.OnceValues(func() (Countries, error) {
		s, err := LoadSurvey()
		if err != nil {
			return Countries{}, err
		}
		return parseCountries(countriesJSON, s)
	})

	isoCountryPattern = regexp.MustCompile(`^[a-z]{2}$`)
)

// LoadCountries returns the countries, parsed once and checked against
// the survey table. The value is shared: do not modify it.
func LoadCountries() (Countries, error) { return loadCountries() }

const countriesFile = "countries.json"

func parseCountries(b []byte, s Survey) (Countries, error) {
	var c Countries
	if err := decode(countriesFile, b, &c); err != nil {
		return Countries{}, err
	}
	if validateOnLoad {
		if err := c.validate(s); err != nil {
			return Countries{}, fmt.Errorf("data: %s: %w", countriesFile, err)
		}
	}
	return c, nil
}

func (c Countries) validate(s Survey) error {
	if err := c.Provenance.Validate(); err != nil {
		return err
	}
	areas := map[string]string{} // survey name -> code
	for i, x := range c.Countries {
		switch {
		case !isoCountryPattern.MatchString(x.Code):
			return fmt.Errorf("country %d: code %q is not two lower-case letters", i, x.Code)
		case i > 0 && c.Countries[i-1].Code >= x.Code:
			return fmt.Errorf("country %s: codes not sorted or duplicated", x.Code)
		case x.Name == "":
			return fmt.Errorf("country %s: no name", x.Code)
		case x.Region != "" && !slices.Contains(RegionKeys, x.Region):
			return fmt.Errorf("country %s: unknown region %q", x.Code, x.Region)
		case x.Currency != "" && !ValidCurrency(x.Currency):
			return fmt.Errorf("country %s: currency %q is not an ISO 4217 code", x.Code, x.Currency)
		case x.Currency == "" && (x.Region != "" || len(x.SurveyAreas) > 0):
			return fmt.Errorf("country %s: a country with salary data needs a currency", x.Code)
		}
		for _, a := range x.SurveyAreas {
			if other, dup := areas[a]; dup {
				return fmt.Errorf("survey name %q is used by %s and %s", a, other, x.Code)
			}
			areas[a] = x.Code
		}
	}
	// Every country of the survey's region definitions and rows must be
	// here, in the right region.
	for key, name := range SurveyRegionNames {
		for _, area := range s.RegionDefinitions[name] {
			code, ok := areas[area]
			if !ok {
				return fmt.Errorf("survey country %q (%s) has no country record", area, name)
			}
			if x, _ := c.Country(code); x.Region != key {
				return fmt.Errorf("country %s is in the survey's %s, but its region is %q", code, name, x.Region)
			}
		}
	}
	regionNames := map[string]bool{"Global (all countries)": true, "Eastern Europe excl. Ukraine": true}
	for _, name := range SurveyRegionNames {
		regionNames[name] = true
	}
	for _, r := range s.Rows {
		if _, ok := areas[r.Area]; !ok && !regionNames[r.Area] {
			return fmt.Errorf("survey area %q has no country record", r.Area)
		}
	}
	for _, fix := range c.Corrections {
		if x, ok := c.Country(fix.Code); !ok || x.Currency != fix.Currency || fix.Note == "" {
			return fmt.Errorf("correction of %q is not applied or has no note", fix.Code)
		}
	}
	return nil
}
