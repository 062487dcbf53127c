package data

import (
	_ "embed"
	"fmt"
	"math"
	"strconv"
	"strings"
	"sync"
)

// EmployerCosts is data/employer-costs-2026.json: the statutory
// contributions an employer pays on top of gross pay, country by country,
// each component with its rate, base, ceiling or threshold, sources, year
// and quality.
type EmployerCosts struct {
	// Provenance says the file is compiled from the components' sources.
	Provenance Provenance `json:"provenance"`
	Title      string     `json:"title"`
	// Method says how a component's amount follows from the pay.
	Method string `json:"method"`
	// QualityLevels explains each quality flag a component may carry.
	QualityLevels map[string]string `json:"quality_levels"`
	// Countries are the countries covered.
	Countries []CostCountry `json:"countries"`
	// NotCovered are countries looked into but left out, and why.
	NotCovered []CostNotCovered `json:"not_covered"`
}

// CostCountry is one country's employer contributions.
type CostCountry struct {
	// Country is the lower-case ISO 3166-1 alpha-2 code, Name its name.
	Country string `json:"country"`
	Name    string `json:"name"`
	// Currency is the ISO 4217 code of every amount of the country.
	Currency string `json:"currency"`
	// Rules are the contributions of each year covered, oldest first.
	Rules []CostRules `json:"rules"`
	// LeftOut says what the components do not include, in phrases.
	LeftOut []string `json:"left_out"`
	// Notes are sentences a user needs to read the figures.
	Notes []string `json:"notes"`
}

// CostRules are the contributions of one year.
type CostRules struct {
	// Year is the calendar year the rules apply to (for the United
	// Kingdom, the tax year that starts in it).
	Year int `json:"year"`
	// Label names the period as a user reads it ("2026/27 tax year").
	Label string `json:"label"`
	// Components are the contributions hirecalc computes.
	Components []CostComponent `json:"components"`
	// Missing are statutory contributions no source gave: a total
	// without them is incomplete.
	Missing []CostMissing `json:"missing"`
}

// CostComponent is one employer contribution: RatePct percent of the
// annual pay less Threshold, capped at Ceiling, or of FixedBase when set;
// due only while the pay is at most OnlyUpTo when that is set. Amounts
// are per year in the country's currency; 0 means "none".
type CostComponent struct {
	Key  string `json:"key"`
	Name string `json:"name"`
	// RatePct is the employer's rate in percent.
	RatePct float64 `json:"rate_pct"`
	// Base says in words what the rate applies to.
	Base      string  `json:"base"`
	Ceiling   float64 `json:"ceiling,omitempty"`
	Threshold float64 `json:"threshold,omitempty"`
	FixedBase float64 `json:"fixed_base,omitempty"`
	OnlyUpTo  float64 `json:"only_up_to,omitempty"`
	// Published is the ceiling, threshold or base as published.
	Published string `json:"published,omitempty"`
	// Sources name and link the sources of the component.
	Sources []CostSource `json:"sources"`
	// Year is the year of the sources ("2025"), or "undated".
	Year string `json:"year"`
	// Quality is a key of [EmployerCosts.QualityLevels].
	Quality string `json:"quality"`
	// Note adds what a user must know; Assumption states an assumption
	// hirecalc makes to compute the component.
	Note       string `json:"note,omitempty"`
	Assumption string `json:"assumption,omitempty"`
}

// CostSource is one source of a component.
type CostSource struct {
	Title string `json:"title"`
	URL   string `json:"url"`
}

// CostMissing is a statutory contribution without a figure.
type CostMissing struct {
	Name string `json:"name"`
	Why  string `json:"why"`
}

// CostNotCovered is a country left out, with the reason.
type CostNotCovered struct {
	Country string `json:"country"`
	Reason  string `json:"reason"`
}

// Country returns the employer contributions of a country code.
func (e EmployerCosts) Country(code string) (CostCountry, bool) {
	for _, c := range e.Countries {
		if c.Country == code {
			return c, true
		}
	}
	return CostCountry{}, false
}

// RulesFor returns the rules for year: the rules of that year if the file
// has them, else the latest earlier ones, else the earliest; exact is
// true only for the year's own rules.
func (c CostCountry) RulesFor(year int) (rules CostRules, exact bool) {
	if len(c.Rules) == 0 {
		return CostRules{}, false
	}
	best := c.Rules[0]
	for _, r := range c.Rules {
		if r.Year <= year {
			best = r
		}
	}
	return best, best.Year == year
}

// Amount returns the component's annual amount for an annual pay.
func (c CostComponent) Amount(pay float64) float64 {
	return c.RatePct / 100 * c.BaseAmount(pay)
}

// BaseAmount returns the part of an annual pay the rate applies to: the
// fixed base, or the pay less the threshold and capped at the ceiling;
// 0 when the component is not due on that pay.
func (c CostComponent) BaseAmount(pay float64) float64 {
	if c.OnlyUpTo > 0 && pay > c.OnlyUpTo {
		return 0
	}
	if c.FixedBase > 0 {
		return c.FixedBase
	}
	b := pay
	if c.Ceiling > 0 {
		b = math.Min(b, c.Ceiling)
	}
	return math.Max(0, b-c.Threshold)
}

var (
	//go:embed employer-costs-2026.json
	employerCostsJSON []byte

	loadEmployerCosts = sync.OnceValues(func() (EmployerCosts, error) { return parseEmployerCosts(employerCostsJSON) })
)

// LoadEmployerCosts returns the employer contributions, parsed and
// validated once. The value is shared: do not modify it.
func LoadEmployerCosts() (EmployerCosts, error) { return loadEmployerCosts() }

const employerCostsFile = "employer-costs-2026.json"

func parseEmployerCosts(b []byte) (EmployerCosts, error) {
	var e EmployerCosts
	if err := decode(employerCostsFile, b, &e); err != nil {
		return EmployerCosts{}, err
	}
	if validateOnLoad {
		if err := e.validate(); err != nil {
			return EmployerCosts{}, fmt.Errorf("data: %s: %w", employerCostsFile, err)
		}
	}
	return e, nil
}

func (e EmployerCosts) validate() error {
	if err := e.Provenance.Validate(); err != nil {
		return err
	}
	if e.Method == "" || e.Title == "" {
		return fmt.Errorf("no title or method")
	}
	for _, q := range []string{"good", "medium", "weak"} {
		if e.QualityLevels[q] == "" {
			return fmt.Errorf("quality level %q is not explained", q)
		}
	}
	seen := map[string]bool{}
	for _, c := range e.Countries {
		if err := c.validate(e.QualityLevels); err != nil {
			return fmt.Errorf("country %q: %w", c.Country, err)
		}
		if seen[c.Country] {
			return fmt.Errorf("country %q: duplicate", c.Country)
		}
		seen[c.Country] = true
	}
	for _, n := range e.NotCovered {
		if !isoCountryPattern.MatchString(n.Country) || n.Reason == "" || seen[n.Country] {
			return fmt.Errorf("not covered %q: want a country code not covered and a reason", n.Country)
		}
	}
	return nil
}

func (c CostCountry) validate(levels map[string]string) error {
	switch {
	case !isoCountryPattern.MatchString(c.Country) || c.Name == "":
		return fmt.Errorf("bad code or no name")
	case !ValidCurrency(c.Currency):
		return fmt.Errorf("bad currency %q", c.Currency)
	case len(c.Rules) == 0:
		return fmt.Errorf("no rules")
	case len(c.LeftOut) == 0:
		return fmt.Errorf("does not say what is left out")
	}
	for i, r := range c.Rules {
		if i > 0 && r.Year <= c.Rules[i-1].Year {
			return fmt.Errorf("rules of %d: years must increase", r.Year)
		}
		if r.Year < 2000 || r.Year > 2100 || r.Label == "" || len(r.Components) == 0 {
			return fmt.Errorf("rules of %d: bad year, no label or no component", r.Year)
		}
		keys := map[string]bool{}
		for _, k := range r.Components {
			if err := k.validate(levels); err != nil {
				return fmt.Errorf("rules of %d: component %q: %w", r.Year, k.Key, err)
			}
			if keys[k.Key] {
				return fmt.Errorf("rules of %d: component %q: duplicate", r.Year, k.Key)
			}
			keys[k.Key] = true
		}
		for _, m := range r.Missing {
			if m.Name == "" || m.Why == "" {
				return fmt.Errorf("rules of %d: a missing component needs a name and a reason", r.Year)
			}
		}
	}
	return nil
}

func (k CostComponent) validate(levels map[string]string) error {
	bad := func(v float64) bool { return v < 0 || math.IsNaN(v) || math.IsInf(v, 0) }
	switch {
	case k.Key == "" || k.Name == "" || k.Base == "":
		return fmt.Errorf("no key, name or base")
	case !(k.RatePct > 0 && k.RatePct < 100):
		return fmt.Errorf("rate %v%% is not between 0 and 100", k.RatePct)
	case bad(k.Ceiling) || bad(k.Threshold) || bad(k.FixedBase) || bad(k.OnlyUpTo):
		return fmt.Errorf("negative or non-finite ceiling, threshold, fixed base or limit")
	case k.Ceiling > 0 && k.Threshold >= k.Ceiling:
		return fmt.Errorf("threshold %v is not below the ceiling %v", k.Threshold, k.Ceiling)
	case k.FixedBase > 0 && (k.Ceiling > 0 || k.Threshold > 0):
		return fmt.Errorf("a fixed base takes no ceiling or threshold")
	case (k.Ceiling > 0 || k.Threshold > 0 || k.FixedBase > 0 || k.OnlyUpTo > 0) && k.Published == "":
		return fmt.Errorf("a ceiling, threshold, fixed base or limit needs its published form")
	case levels[k.Quality] == "":
		return fmt.Errorf("unknown quality %q", k.Quality)
	case len(k.Sources) == 0:
		return fmt.Errorf("no source")
	}
	if k.Year != "undated" {
		if y, err := strconv.Atoi(k.Year); err != nil || y < 1990 || y > 2100 {
			return fmt.Errorf("year %q is not YYYY or undated", k.Year)
		}
	}
	for _, s := range k.Sources {
		if s.Title == "" || !(strings.HasPrefix(s.URL, "https://") || strings.HasPrefix(s.URL, "http://")) || strings.ContainsAny(s.URL, " \"<>") {
			return fmt.Errorf("source %q: want a title and one http(s) address", s.Title)
		}
	}
	if k.Quality == "good" && k.Year == "undated" {
		return fmt.Errorf("an undated source cannot be good")
	}
	return nil
}
