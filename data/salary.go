package data

import (
	_ "embed"
	"fmt"
	"math"
	"slices"
	"strings"
	"sync"
)

// RegionKeys are the region keys of hirecalc's salary data, in display
// order: the United States, Western Europe, Eastern Europe and Latin
// America, the four regions of the guide's developer salary table.
var RegionKeys = []string{"us", "weu", "eeu", "latam"}

// LevelKeys are the job levels of hirecalc, from junior to staff.
var LevelKeys = []string{"junior", "mid", "senior", "staff"}

// GuideSalaries is data/guide-salaries.json: the salary tables of
// DistantJob's hiring guide and its claim about the engineer premium.
type GuideSalaries struct {
	// Provenance is the guide, undated, with the date hirecalc copied it.
	Provenance Provenance `json:"provenance"`
	// CitedSources are the sources the guide names for its figures.
	CitedSources []string `json:"cited_sources"`
	// DeveloperRanges is the guide's "Back-end Developer Salary" table.
	DeveloperRanges GuideDeveloperTable `json:"developer_ranges"`
	// EngineerAverages is the guide's "Back-end Engineer Salary" table.
	EngineerAverages GuideEngineerTable `json:"engineer_averages"`
	// EngineerPremium is the guide's FAQ claim that a senior engineer
	// earns 15-25% more than a developer of equal experience.
	EngineerPremium GuidePremium `json:"engineer_premium"`
}

// GuideDeveloperTable is the guide's table of backend developer salary
// ranges by region, for mid-level and senior developers.
type GuideDeveloperTable struct {
	// Heading is the table's heading in the guide.
	Heading string `json:"heading"`
	// Quote is the sentence that introduces the table, verbatim.
	Quote string `json:"quote"`
	// Currency is the ISO 4217 code of every figure (USD).
	Currency string `json:"currency"`
	// Period is the pay period of every figure ("year").
	Period string `json:"period"`
	// Rows are the ranges, one per region and level.
	Rows []GuideRange `json:"rows"`
	// NoData explains each level the table does not cover.
	NoData []NoData `json:"no_data"`
}

// GuideRange is one cell of the guide's developer table.
type GuideRange struct {
	// Region is hirecalc's region key ([RegionKeys]).
	Region string `json:"region"`
	// PublishedRegion is the region as the guide names it.
	PublishedRegion string `json:"published_region"`
	// Level is "mid" or "senior".
	Level string `json:"level"`
	// Min and Max are the range, in Currency per Period.
	Min float64 `json:"min"`
	Max float64 `json:"max"`
	// Published is the cell as printed in the guide.
	Published string `json:"published"`
}

// NoData says why a source has no figure for a level (and, when Region
// is set, only for that region).
type NoData struct {
	// Level is the level without a figure.
	Level string `json:"level"`
	// Region is the region without a figure, or "" for every region.
	Region string `json:"region,omitempty"`
	// Reason says why, in a sentence a user can read.
	Reason string `json:"reason"`
}

// GuideEngineerTable is the guide's table of average backend engineer
// salaries by country, per year, month and hour.
type GuideEngineerTable struct {
	// Heading is the table's heading in the guide.
	Heading string `json:"heading"`
	// Quote is the sentence that introduces the table, verbatim.
	Quote string `json:"quote"`
	// Note records the table's inconsistent wording.
	Note string `json:"note"`
	// Currency is the ISO 4217 code of every figure (USD).
	Currency string `json:"currency"`
	// Level is "all": the averages do not distinguish levels.
	Level string `json:"level"`
	// Rows are the averages, one per country.
	Rows []GuideAverage `json:"rows"`
	// HoursNote says how many working hours a year the figures imply.
	HoursNote string `json:"hours_note"`
}

// GuideAverage is one row of the guide's engineer table.
type GuideAverage struct {
	// Country is the lower-case ISO 3166-1 alpha-2 code.
	Country string `json:"country"`
	// PublishedCountry is the country as the guide names it.
	PublishedCountry string `json:"published_country"`
	// Year, Month and Hour are the averages as published, in USD.
	Year  float64 `json:"year"`
	Month float64 `json:"month"`
	Hour  float64 `json:"hour"`
	// Published is the row as printed in the guide.
	Published string `json:"published"`
}

// GuidePremium is the guide's claim of an engineer premium.
type GuidePremium struct {
	// MinPercent and MaxPercent bound the claimed premium.
	MinPercent float64 `json:"min_percent"`
	MaxPercent float64 `json:"max_percent"`
	// AppliesTo is the level the claim is about ("senior").
	AppliesTo string `json:"applies_to"`
	// Quote is the claim, verbatim.
	Quote string `json:"quote"`
	// Where is the part of the guide that makes the claim.
	Where string `json:"where"`
	// Note says that the claim is not measured data.
	Note string `json:"note"`
}

// Survey is data/salary-stackoverflow-2024.json: back-end developers'
// total compensation from the Stack Overflow Developer Survey 2024, a
// derived table under the ODbL 1.0.
type Survey struct {
	// Provenance is the survey, its date and the ODbL.
	Provenance Provenance `json:"provenance"`
	// Attribution is the ODbL notice to show wherever the figures are.
	Attribution    string `json:"attribution"`
	Title          string `json:"title"`
	Source         string `json:"source"`
	SourceURL      string `json:"source_url"`
	DatasetCopy    string `json:"dataset_copy"`
	Licence        string `json:"licence"`
	StatisticBasis string `json:"statistic_basis"`
	Filter         string `json:"filter"`
	// Method says how the quartiles were computed.
	Method string `json:"method"`
	// Currency and Period apply to every row (USD per year).
	Currency string `json:"currency"`
	Period   string `json:"period"`
	// YearsProBands are the bands of years of professional coding.
	YearsProBands []string `json:"years_pro_bands"`
	YearsProNote  string   `json:"years_pro_note"`
	// RegionDefinitions maps a region name ("Western Europe") to the
	// survey's names of its countries.
	RegionDefinitions map[string][]string `json:"region_definitions"`
	RegionNote        string              `json:"region_note"`
	RowsKept          string              `json:"rows_kept"`
	// CautionRules says which cautions a rebuilt table adds by rule
	// (hirecalc data so), or "" for a table with hand-written cautions.
	CautionRules string `json:"caution_rules,omitempty"`
	// Rows are the cells of the table.
	Rows []SurveyRow `json:"rows"`
}

// SurveyRow is one cell of the survey table.
type SurveyRow struct {
	// Role is the developer type, possibly with a filter
	// ("Developer, back-end (RemoteWork = Remote)").
	Role string `json:"role"`
	// Area is a country or region name as the survey table spells it.
	Area string `json:"area"`
	// YearsPro is a band of [Survey.YearsProBands] or "all".
	YearsPro string `json:"years_pro"`
	// N is the number of respondents in the cell.
	N int `json:"n"`
	// P25, Median and P75 are the quartiles in USD per year.
	P25    float64 `json:"p25"`
	Median float64 `json:"median"`
	P75    float64 `json:"p75"`
	// Caution warns about a thin or odd cell.
	Caution string `json:"caution,omitempty"`
}

// The survey's roles kept by hirecalc.
const (
	SurveyRoleBackend       = "Developer, back-end"
	SurveyRoleBackendRemote = "Developer, back-end (RemoteWork = Remote)"
)

// SurveyRegionNames maps each region key to the survey's region name.
var SurveyRegionNames = map[string]string{
	"us":    "United States",
	"weu":   "Western Europe",
	"eeu":   "Eastern Europe",
	"latam": "Latin America",
}

// Row returns the survey row of role, area and years band.
func (s Survey) Row(role, area, years string) (SurveyRow, bool) {
	for _, r := range s.Rows {
		if r.Role == role && r.Area == area && r.YearsPro == years {
			return r, true
		}
	}
	return SurveyRow{}, false
}

// BLS is data/salary-bls-2024.json: US wages of software developers from
// the Bureau of Labor Statistics.
type BLS struct {
	// Provenance is the OEWS May 2024 release.
	Provenance Provenance `json:"provenance"`
	Title      string     `json:"title"`
	Licence    string     `json:"licence"`
	// Records are the published statistics, one per record.
	Records []BLSRecord `json:"records"`
}

// BLSRecord is one published BLS statistic.
type BLSRecord struct {
	Source string `json:"source"`
	URL    string `json:"url"`
	// Year is the year of the figures.
	Year int `json:"year"`
	// Role is the occupation ("Software Developers (SOC 15-1252)").
	Role            string `json:"role"`
	RegionOrCountry string `json:"region_or_country"`
	// Level is "all": BLS does not publish levels.
	Level string `json:"level"`
	// Statistic is p10, p25, median, p75, p90 or mean.
	Statistic string  `json:"statistic"`
	Amount    float64 `json:"amount"`
	Currency  string  `json:"currency"`
	// Period is "year" or "hour".
	Period string `json:"period"`
	// N is the estimated employment of the occupation, when published.
	N     *int   `json:"n"`
	Basis string `json:"basis"`
	Note  string `json:"note"`
}

// BLSSoftwareDevelopers is the BLS occupation hirecalc uses.
const BLSSoftwareDevelopers = "Software Developers (SOC 15-1252)"

// Stats returns the statistics of role for year and period, keyed by
// statistic name.
func (b BLS) Stats(role string, year int, period string) map[string]BLSRecord {
	m := map[string]BLSRecord{}
	for _, r := range b.Records {
		if r.Role == role && r.Year == year && r.Period == period {
			m[r.Statistic] = r
		}
	}
	return m
}

var (
	//go:embed guide-salaries.json
	guideSalariesJSON []byte
	//go:embed salary-stackoverflow-2024.json
	surveyJSON []byte
	//go:embed salary-bls-2024.json
	blsJSON []byte

	loadGuideSalaries = sync.OnceValues(func() (GuideSalaries, error) { return parseGuideSalaries(guideSalariesJSON) })
	loadSurvey        = sync.OnceValues(func() (Survey, error) { return parseSurvey(surveyJSON) })
	loadBLS           = sync.OnceValues(func() (BLS, error) { return parseBLS(blsJSON) })
)

// LoadGuideSalaries returns the guide's salary tables, parsed and
// validated once. The value is shared: do not modify it.
func LoadGuideSalaries() (GuideSalaries, error) { return loadGuideSalaries() }

// LoadSurvey returns the Stack Overflow survey table, parsed and validated
// once. The value is shared: do not modify it.
func LoadSurvey() (Survey, error) { return loadSurvey() }

// LoadBLS returns the BLS wage records, parsed and validated once. The
// value is shared: do not modify it.
func LoadBLS() (BLS, error) { return loadBLS() }

const guideSalariesFile = "guide-salaries.json"

func parseGuideSalaries(b []byte) (GuideSalaries, error) {
	var g GuideSalaries
	if err := decode(guideSalariesFile, b, &g); err != nil {
		return GuideSalaries{}, err
	}
	if validateOnLoad {
		if err := g.validate(); err != nil {
			return GuideSalaries{}, fmt.Errorf("data: %s: %w", guideSalariesFile, err)
		}
	}
	return g, nil
}

func (g GuideSalaries) validate() error {
	if err := g.Provenance.Validate(); err != nil {
		return err
	}
	if len(g.CitedSources) == 0 {
		return fmt.Errorf("no cited sources")
	}
	d := g.DeveloperRanges
	if d.Currency != "USD" || d.Period != "year" {
		return fmt.Errorf("developer ranges: want USD per year, got %s per %s", d.Currency, d.Period)
	}
	if d.Quote == "" || d.Heading == "" {
		return fmt.Errorf("developer ranges: no heading or quote")
	}
	seen := map[string]bool{}
	for i, r := range d.Rows {
		switch {
		case !slices.Contains(RegionKeys, r.Region):
			return fmt.Errorf("developer range %d: unknown region %q", i, r.Region)
		case !slices.Contains(LevelKeys, r.Level):
			return fmt.Errorf("developer range %d: unknown level %q", i, r.Level)
		case r.Min <= 0 || r.Min > r.Max:
			return fmt.Errorf("developer range %s/%s: min %v > max %v or not positive", r.Region, r.Level, r.Min, r.Max)
		case r.Published == "" || r.PublishedRegion == "":
			return fmt.Errorf("developer range %s/%s: no published text", r.Region, r.Level)
		case seen[r.Region+"/"+r.Level]:
			return fmt.Errorf("developer range %s/%s: duplicate", r.Region, r.Level)
		}
		seen[r.Region+"/"+r.Level] = true
	}
	if err := coverLevels("developer ranges", seen, d.NoData); err != nil {
		return err
	}
	e := g.EngineerAverages
	if e.Currency != "USD" || e.Level != "all" || e.Note == "" || e.Quote == "" {
		return fmt.Errorf("engineer averages: want USD, level all, a note and a quote")
	}
	countries := map[string]bool{}
	for _, r := range e.Rows {
		switch {
		case !isoCountryPattern.MatchString(r.Country) || countries[r.Country]:
			return fmt.Errorf("engineer average: bad or duplicate country %q", r.Country)
		case r.Year <= 0 || r.Month <= 0 || r.Hour <= 0:
			return fmt.Errorf("engineer average %s: figures must be positive", r.Country)
		case math.Abs(r.Year/12-r.Month) > 1:
			return fmt.Errorf("engineer average %s: month %v is not year %v / 12", r.Country, r.Month, r.Year)
		case r.Published == "":
			return fmt.Errorf("engineer average %s: no published text", r.Country)
		}
		countries[r.Country] = true
	}
	p := g.EngineerPremium
	if p.MinPercent <= 0 || p.MinPercent > p.MaxPercent || p.Quote == "" || p.Note == "" || !slices.Contains(LevelKeys, p.AppliesTo) {
		return fmt.Errorf("engineer premium: bad bounds %v-%v, level %q or missing quote", p.MinPercent, p.MaxPercent, p.AppliesTo)
	}
	return nil
}

// coverLevels checks that every region and level has a figure (seen holds
// "region/level") or a no-data reason.
func coverLevels(table string, seen map[string]bool, nodata []NoData) error {
	for _, nd := range nodata {
		if !slices.Contains(LevelKeys, nd.Level) || (nd.Region != "" && !slices.Contains(RegionKeys, nd.Region)) || nd.Reason == "" {
			return fmt.Errorf("%s: bad no-data entry %+v", table, nd)
		}
	}
	for _, region := range RegionKeys {
		for _, level := range LevelKeys {
			if seen[region+"/"+level] {
				continue
			}
			explained := false
			for _, nd := range nodata {
				if nd.Level == level && (nd.Region == "" || nd.Region == region) {
					explained = true
				}
			}
			if !explained {
				return fmt.Errorf("%s: no figure and no no-data reason for region %s, level %s", table, region, level)
			}
		}
	}
	return nil
}

const surveyFile = "salary-stackoverflow-2024.json"

func parseSurvey(b []byte) (Survey, error) {
	var s Survey
	if err := decode(surveyFile, b, &s); err != nil {
		return Survey{}, err
	}
	if validateOnLoad {
		if err := s.validate(); err != nil {
			return Survey{}, fmt.Errorf("data: %s: %w", surveyFile, err)
		}
	}
	return s, nil
}

func (s Survey) validate() error {
	if err := s.Provenance.Validate(); err != nil {
		return err
	}
	if !strings.Contains(s.Licence, "ODbL") || !strings.Contains(s.Provenance.Licence, "ODbL") || !strings.Contains(s.Attribution, "Stack Overflow") || !strings.Contains(s.Attribution, "ODbL") {
		return fmt.Errorf("the ODbL licence and the attribution to Stack Overflow must be kept")
	}
	if s.Currency != "USD" || s.Period != "year" || s.Method == "" {
		return fmt.Errorf("want USD per year and a method, got %s per %s", s.Currency, s.Period)
	}
	bands := append([]string{"all"}, s.YearsProBands...)
	seen := map[string]bool{}
	for i, r := range s.Rows {
		key := r.Role + "|" + r.Area + "|" + r.YearsPro
		switch {
		case r.Role == "" || r.Area == "":
			return fmt.Errorf("row %d: no role or area", i)
		case !slices.Contains(bands, r.YearsPro):
			return fmt.Errorf("row %s: unknown years band %q", key, r.YearsPro)
		case r.N < 10:
			return fmt.Errorf("row %s: n = %d, below 10", key, r.N)
		case r.P25 <= 0 || r.P25 > r.Median || r.Median > r.P75:
			return fmt.Errorf("row %s: want 0 < p25 <= median <= p75, got %v, %v, %v", key, r.P25, r.Median, r.P75)
		case r.N < 30 && r.Caution == "":
			return fmt.Errorf("row %s: n = %d < 30 without a caution", key, r.N)
		case seen[key]:
			return fmt.Errorf("row %s: duplicate", key)
		}
		seen[key] = true
	}
	for _, key := range RegionKeys {
		name := SurveyRegionNames[key]
		if _, ok := s.RegionDefinitions[name]; !ok {
			return fmt.Errorf("no region definition for %q", name)
		}
		for _, band := range s.YearsProBands {
			if _, ok := s.Row(SurveyRoleBackend, name, band); !ok {
				return fmt.Errorf("no back-end row for %s, %s years", name, band)
			}
		}
	}
	return nil
}

const blsFile = "salary-bls-2024.json"

func parseBLS(b []byte) (BLS, error) {
	var s BLS
	if err := decode(blsFile, b, &s); err != nil {
		return BLS{}, err
	}
	if validateOnLoad {
		if err := s.validate(); err != nil {
			return BLS{}, fmt.Errorf("data: %s: %w", blsFile, err)
		}
	}
	return s, nil
}

var blsStatistics = []string{"p10", "p25", "median", "p75", "p90", "mean"}

func (s BLS) validate() error {
	if err := s.Provenance.Validate(); err != nil {
		return err
	}
	if s.Licence == "" {
		return fmt.Errorf("no licence")
	}
	for i, r := range s.Records {
		switch {
		case r.Source == "" || r.Role == "":
			return fmt.Errorf("record %d: no source or role", i)
		case r.Year < 2000 || r.Year > 2100:
			return fmt.Errorf("record %d: bad year %d", i, r.Year)
		case !ValidCurrency(r.Currency):
			return fmt.Errorf("record %d: bad currency %q", i, r.Currency)
		case r.Period != "year" && r.Period != "hour":
			return fmt.Errorf("record %d: bad period %q", i, r.Period)
		case !slices.Contains(blsStatistics, r.Statistic):
			return fmt.Errorf("record %d: unknown statistic %q", i, r.Statistic)
		case r.Amount <= 0:
			return fmt.Errorf("record %d: amount %v not positive", i, r.Amount)
		case r.N != nil && *r.N < 10:
			return fmt.Errorf("record %d: n = %d, below 10", i, *r.N)
		}
	}
	for _, period := range []string{"year", "hour"} {
		st := s.Stats(BLSSoftwareDevelopers, 2024, period)
		prev := 0.0
		for _, name := range []string{"p10", "p25", "median", "p75", "p90"} {
			r, ok := st[name]
			if !ok {
				return fmt.Errorf("%s %d per %s: no %s", BLSSoftwareDevelopers, 2024, period, name)
			}
			if r.Amount < prev {
				return fmt.Errorf("%s per %s: %s %v below the previous percentile %v", BLSSoftwareDevelopers, period, name, r.Amount, prev)
			}
			prev = r.Amount
		}
		if _, ok := st["mean"]; !ok {
			return fmt.Errorf("%s per %s: no mean", BLSSoftwareDevelopers, period)
		}
	}
	return nil
}
