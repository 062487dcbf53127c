package pay

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"hirecalc/data"
)

// Cost is what a hire costs the employer at the two ends of the suggested
// range: the gross pay plus each statutory employer contribution, per
// year, in the country's currency and in US dollars. It is computed from
// data/employer-costs-2026.json; Reason says why there is none.
type Cost struct {
	// Available is true when the cost could be computed; otherwise
	// Reason says why, in a sentence.
	Available bool   `json:"available"`
	Reason    string `json:"reason,omitempty"`
	// Country and CountryName are the country of employment.
	Country     string `json:"country,omitempty"`
	CountryName string `json:"country_name,omitempty"`
	// Currency is the country's currency: every Local amount is in it.
	Currency string `json:"currency,omitempty"`
	// RulesYear and Rules are the year and the period whose rules apply
	// ("2026/27 tax year (...)").
	RulesYear int    `json:"rules_year,omitempty"`
	Rules     string `json:"rules,omitempty"`
	// Ends are the low and the high end of the suggested range.
	Ends []CostEnd `json:"ends,omitempty"`
	// Complete is false when a statutory contribution has no figure;
	// Missing names each one and why.
	Complete bool          `json:"complete"`
	Missing  []MissingPart `json:"missing,omitempty"`
	// LeftOut says what the total does not include, in phrases.
	LeftOut []string `json:"left_out,omitempty"`
	// Notes are what a user needs to read the figures.
	Notes []string `json:"notes,omitempty"`
	// Conversion says how the gross pay reached the country's currency
	// and at which rate the US dollars are.
	Conversion string `json:"conversion,omitempty"`
	// USDRate is the latest rate (employer costs are paid now).
	USDRate Local `json:"usd_rate"`
	// Dated says why the rules or the rate are dated on the day of the
	// answer, or "".
	Dated string `json:"dated,omitempty"`
}

// CostEnd is the cost at one end of the suggested range, per year.
type CostEnd struct {
	// Label is "Low end" or "High end".
	Label string `json:"label"`
	// Gross is the gross pay, Contributions their sum, Total the two
	// together, in the country's currency; the USD fields the same in US
	// dollars at the latest rate.
	Gross            float64 `json:"gross"`
	Contributions    float64 `json:"contributions"`
	Total            float64 `json:"total"`
	GrossUSD         float64 `json:"gross_usd"`
	ContributionsUSD float64 `json:"contributions_usd"`
	TotalUSD         float64 `json:"total_usd"`
	// Percent is Contributions in percent of Gross.
	Percent float64 `json:"percent"`
	// Lines are the contributions, one per component.
	Lines []CostLine `json:"lines"`
}

// CostLine is one employer contribution at one end of the range.
type CostLine struct {
	Key  string `json:"key"`
	Name string `json:"name"`
	// RatePct is the rate in percent; Base says what it applies to;
	// Published is the ceiling or threshold as published.
	RatePct   float64 `json:"rate_pct"`
	Base      string  `json:"base"`
	Published string  `json:"published,omitempty"`
	// BaseAmount is the part of the pay the rate applied to; Capped is
	// true when the pay is above the component's ceiling, and NotDue
	// when the component is not due on this pay.
	BaseAmount float64 `json:"base_amount"`
	Capped     bool    `json:"capped,omitempty"`
	NotDue     bool    `json:"not_due,omitempty"`
	// Amount and AmountUSD are the contribution per year.
	Amount    float64 `json:"amount"`
	AmountUSD float64 `json:"amount_usd"`
	// Sources, Year and Quality are the component's provenance.
	Sources []data.CostSource `json:"sources"`
	Year    string            `json:"year"`
	Quality string            `json:"quality"`
	// Note and Assumption are the component's.
	Note       string `json:"note,omitempty"`
	Assumption string `json:"assumption,omitempty"`
}

// MissingPart is a statutory contribution without a figure.
type MissingPart struct {
	Name string `json:"name"`
	Why  string `json:"why"`
}

// Cost returns what a hire at the ends of the suggested range costs the
// employer in the estimate's country, by the rules of today's year
// (YYYY-MM-DD; "" means the latest rules and no age check). The gross pay
// is the suggested range in the country's currency at the rate of the
// range's year ([RateOf]); the contributions follow the country's rules
// in its currency; the US dollars are at the latest rate, because the
// cost is paid now.
func (s Salary) Cost(today string) (Cost, error) {
	day, err := parseDay(today)
	if err != nil {
		return Cost{}, err
	}
	costs, err := data.LoadEmployerCosts()
	if err != nil {
		return Cost{}, fmt.Errorf("pay: %w", err)
	}
	country := s.Region
	if s.Region == s.RegionKey && s.Region != "us" {
		return Cost{Reason: fmt.Sprintf("Employer contributions depend on the country of employment, and %s has many: choose a country (%s) to see what the hire costs the employer.", the(s.RegionName), costCountryList(costs))}, nil
	}
	cc, ok := costs.Country(country)
	if !ok {
		reason := fmt.Sprintf("hirecalc has no employer contributions for %s: it covers %s.", the(s.RegionName), costCountryList(costs))
		for _, n := range costs.NotCovered {
			if n.Country == country {
				reason = n.Reason
			}
		}
		return Cost{Reason: reason, Country: country, CountryName: s.RegionName}, nil
	}
	sg := s.Suggested
	if sg == nil {
		return Cost{Reason: "No suggested range, so no employer cost: the cost is computed at the range's two ends.", Country: country, CountryName: s.RegionName}, nil
	}
	year := day.Year()
	if day.IsZero() {
		year = cc.Rules[len(cc.Rules)-1].Year
	}
	rules, exact := cc.RulesFor(year)
	payRate, err := RateOf(cc.Currency, sg.Year)
	if err != nil {
		return Cost{}, err
	}
	usd, err := Rate(cc.Currency)
	if err != nil {
		return Cost{}, err
	}
	if !payRate.Available() || !usd.Available() {
		return Cost{Reason: fmt.Sprintf("hirecalc has no exchange rate for %s, so it cannot put the suggested range in the country's currency.", cc.Currency)}, nil
	}
	c := Cost{
		Available: true, Country: cc.Country, CountryName: cc.Name, Currency: cc.Currency,
		RulesYear: rules.Year, Rules: rules.Label, Complete: len(rules.Missing) == 0,
		LeftOut: append([]string{"benefits, equipment, recruiting fees and voluntary pensions"}, cc.LeftOut...),
		Notes:   cc.Notes, USDRate: usd,
	}
	for _, m := range rules.Missing {
		c.Missing = append(c.Missing, MissingPart{Name: m.Name, Why: m.Why})
	}
	if cc.Currency != "USD" {
		c.Conversion = fmt.Sprintf("The gross pay is the suggested range in %s at %s, the rate of the range's year; the contributions follow the %s rules in %s; US dollars are at %s, the latest rate, because the cost is paid now (so the gross pay in dollars differs from the suggested range). %s.",
			cc.Currency, payRate.Phrase(), rules.Label, cc.Currency, usd.Phrase(), capitalise(FXNotice))
	}
	var dated []string
	if !exact && !day.IsZero() {
		dated = append(dated, fmt.Sprintf("hirecalc has no %s rules for %d: these are the %s rules, which may have changed.", cc.Name, year, rules.Label))
	}
	if cc.Currency != "USD" {
		if d := rateDated(usd.Date, day); d != "" {
			dated = append(dated, d)
		}
	}
	c.Dated = strings.Join(dated, " ")
	for i, usdEnd := range []float64{sg.Min, sg.Max} {
		gross := usdEnd * payRate.PerUSD
		end := CostEnd{Label: [...]string{"Low end", "High end"}[i], Gross: gross, Lines: []CostLine{}}
		for _, k := range rules.Components {
			l := CostLine{
				Key: k.Key, Name: k.Name, RatePct: k.RatePct, Base: k.Base, Published: k.Published,
				BaseAmount: k.BaseAmount(gross), Amount: k.Amount(gross),
				Sources: k.Sources, Year: k.Year, Quality: k.Quality, Note: k.Note, Assumption: k.Assumption,
			}
			l.Capped = k.Ceiling > 0 && gross > k.Ceiling
			l.NotDue = l.BaseAmount == 0
			l.AmountUSD = l.Amount / usd.PerUSD
			end.Contributions += l.Amount
			end.Lines = append(end.Lines, l)
		}
		end.Total = end.Gross + end.Contributions
		end.GrossUSD, end.ContributionsUSD, end.TotalUSD = end.Gross/usd.PerUSD, end.Contributions/usd.PerUSD, end.Total/usd.PerUSD
		end.Percent = math.Round(end.Contributions/end.Gross*1000) / 10
		c.Ends = append(c.Ends, end)
	}
	return c, nil
}

// TotalIn returns the total cost at the range's two ends per period
// (year, month or hour, as [PerPeriod] divides) in currency, which must
// be US dollars or the country's currency; ok is false otherwise or when
// there is no cost.
func (c Cost) TotalIn(currency, period string) (lo, hi float64, ok bool) {
	if !c.Available || len(c.Ends) != 2 || (currency != "USD" && currency != c.Currency) {
		return 0, 0, false
	}
	total := func(e CostEnd) float64 {
		if currency == c.Currency {
			return e.Total
		}
		return e.TotalUSD
	}
	lo, err := PerPeriod(total(c.Ends[0]), period)
	if err != nil {
		return 0, 0, false
	}
	hi, _ = PerPeriod(total(c.Ends[1]), period)
	return lo, hi, true
}

// costCountryList names the countries with employer contributions.
func costCountryList(e data.EmployerCosts) string {
	var names []string
	for _, c := range e.Countries {
		names = append(names, c.Name+" ("+c.Country+")")
	}
	return strings.Join(names, ", ")
}

// CostTable is a [Cost] ready for display: every amount formatted, per
// year and per month, in the country's currency with US dollars beside
// it.
type CostTable struct {
	// Caption describes the table.
	Caption string `json:"caption"`
	// Heads name the two ends with their gross pay per year.
	Heads []string `json:"heads"`
	// Rows are the gross pay, then one row per contribution.
	Rows []CostTableRow `json:"rows"`
	// Total, Monthly and Percent are the totals per year, per month, and
	// the contributions in percent of the gross pay, one cell per end.
	Total   []string `json:"total"`
	Monthly []string `json:"monthly"`
	Percent []string `json:"percent"`
	// Status says whether the total is complete, and if not what is
	// missing.
	Status string `json:"status"`
}

// CostTableRow is one row of a [CostTable].
type CostTableRow struct {
	Name string `json:"name"`
	// Detail is the rate and base ("6.2% of wages up to $184,500 a year").
	Detail string `json:"detail,omitempty"`
	// Sources, Year and Quality say where the figure comes from.
	Sources []data.CostSource `json:"sources,omitempty"`
	Year    string            `json:"year,omitempty"`
	Quality string            `json:"quality,omitempty"`
	// Cells are the amounts per year at each end ("PLN 12,345 ($3,390)").
	Cells []string `json:"cells"`
	// Note joins the component's note, its assumption and whether a
	// ceiling capped it.
	Note string `json:"note,omitempty"`
}

// Table formats the cost for display.
func (c Cost) Table() CostTable {
	t := CostTable{}
	if !c.Available {
		return t
	}
	both := func(local, usd float64) string {
		if c.Currency == "USD" {
			return FormatMoney(local, "USD")
		}
		return FormatMoney(local, c.Currency) + " (" + FormatMoney(usd, "USD") + ")"
	}
	t.Caption = fmt.Sprintf("What the hire costs the employer in %s per year, by the %s rules", the(c.CountryName), c.Rules)
	if c.Currency != "USD" {
		t.Caption += ", in " + c.Currency + " with US dollars in brackets"
	}
	gross := CostTableRow{Name: "Gross pay (the suggested range)"}
	for _, e := range c.Ends {
		t.Heads = append(t.Heads, e.Label)
		gross.Cells = append(gross.Cells, both(e.Gross, e.GrossUSD))
		t.Total = append(t.Total, both(e.Total, e.TotalUSD))
		t.Monthly = append(t.Monthly, both(e.Total/12, e.TotalUSD/12))
		t.Percent = append(t.Percent, "+"+strconv.FormatFloat(e.Percent, 'f', 1, 64)+"%")
	}
	t.Rows = append(t.Rows, gross)
	if len(c.Ends) == 0 {
		return t
	}
	for i, l := range c.Ends[0].Lines {
		r := CostTableRow{Name: l.Name, Detail: rateDetail(l), Sources: l.Sources, Year: l.Year, Quality: l.Quality}
		var notes []string
		for _, e := range c.Ends {
			el := e.Lines[i]
			r.Cells = append(r.Cells, both(el.Amount, el.AmountUSD))
			switch {
			case el.NotDue:
				notes = append(notes, fmt.Sprintf("Not due at the %s.", strings.ToLower(e.Label)))
			case el.Capped:
				notes = append(notes, fmt.Sprintf("At the %s the pay is above the ceiling, so only %s counts.", strings.ToLower(e.Label), FormatMoney(el.BaseAmount, c.Currency)))
			}
		}
		if l.Note != "" {
			notes = append(notes, l.Note)
		}
		if l.Assumption != "" {
			notes = append(notes, "Assumption: "+l.Assumption)
		}
		r.Note = strings.Join(notes, " ")
		t.Rows = append(t.Rows, r)
	}
	if c.Complete {
		t.Status = "Every statutory employer contribution hirecalc knows of for " + the(c.CountryName) + " is included."
	} else {
		var names []string
		for _, m := range c.Missing {
			names = append(names, m.Name)
		}
		t.Status = "Incomplete: the total leaves out " + strings.Join(names, "; ") + ", for which hirecalc has no figure."
	}
	return t
}

// rateDetail says a contribution's rate and base in a phrase.
func rateDetail(l CostLine) string {
	s := strconv.FormatFloat(l.RatePct, 'f', -1, 64) + "% of " + l.Base
	if l.Published != "" {
		s += " (" + l.Published + ")"
	}
	return s
}
