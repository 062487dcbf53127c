package pay

import (
	"fmt"
	"strings"
)

// View is the estimate ready for display in one currency and period: every
// amount is a formatted string, so the UI does no arithmetic.
type View struct {
	// Currency is the currency of the amounts: the one asked for, or USD
	// when it has no rate.
	Currency string `json:"currency"`
	// Period is "year", "month" or "hour".
	Period string `json:"period"`
	// Rows are the figures, one per series, in the estimate's order.
	Rows []Row `json:"rows"`
	// Suggested is the suggested range ("$130,000 – $210,000"), or "".
	Suggested string `json:"suggested,omitempty"`
	// SuggestedBasis says how the suggestion was derived.
	SuggestedBasis string `json:"suggested_basis,omitempty"`
	// SuggestedDated says why the suggestion's data is dated, or "".
	SuggestedDated string `json:"suggested_dated,omitempty"`
	// Conversion says which rates converted the amounts and why, or why
	// none did; "" for US dollars.
	Conversion string `json:"conversion,omitempty"`
	// RateDated says why the latest exchange rate used is dated on the
	// day of the answer, or "".
	RateDated string `json:"rate_dated,omitempty"`
	// AsOf is the day the data's age is judged on (YYYY-MM-DD), or "".
	AsOf string `json:"as_of,omitempty"`
}

// Row is one figure in a view. Absent statistics are "".
type Row struct {
	// Key is the figure's series Key.
	Key string `json:"key"`
	// Source, SourceID, URL, Licence and Year identify the source.
	Source   string `json:"source"`
	SourceID string `json:"source_id"`
	URL      string `json:"url,omitempty"`
	Licence  string `json:"licence"`
	Year     string `json:"year"`
	// Area, Level, Years and Role say what the figure measures.
	Area  string `json:"area"`
	Level string `json:"level"`
	Years string `json:"years,omitempty"`
	Role  string `json:"role"`
	// Range is "min – max" for a published range.
	Range string `json:"range,omitempty"`
	// P10 to P90 and Mean are formatted statistics.
	P10    string `json:"p10,omitempty"`
	P25    string `json:"p25,omitempty"`
	Median string `json:"median,omitempty"`
	P75    string `json:"p75,omitempty"`
	P90    string `json:"p90,omitempty"`
	Mean   string `json:"mean,omitempty"`
	// N is the sample size ("n = 774"), or "".
	N string `json:"n,omitempty"`
	// Basis is what is counted (salary, total compensation, wages).
	Basis string `json:"basis"`
	// Method is how the source produced the figure.
	Method string `json:"method"`
	// Derivation says how the amounts shown follow from the published
	// figure ("as published", "annual ÷ 12", conversion).
	Derivation string `json:"derivation"`
	// Caution warns about a thin sample or a doubtful figure.
	Caution string `json:"caution,omitempty"`
	// Claim marks a figure derived from the guide's claim.
	Claim bool `json:"claim,omitempty"`
	// Collected is when a survey collected the figure (YYYY-MM), or "".
	Collected string `json:"collected,omitempty"`
	// Dated says why the figure, or the rate that converted it, is
	// dated on the day of the answer; "" when it is not.
	Dated string `json:"dated,omitempty"`
}

// View returns the estimate's figures per period (year, month or hour) in
// currency (an ISO 4217 code; "" means US dollars), with the age of the
// data judged on today (YYYY-MM-DD; "" judges nothing). A figure its
// source publishes for the period is shown as published; otherwise the
// annual figure is divided ([PerPeriod]). Each figure is converted at the
// rate of its year ([RateOf]): the survey's and BLS's 2024 figures at the
// 2024 average, undated figures at the latest rate. A currency without an
// ECB rate keeps the amounts in US dollars and says why in Conversion.
func (s Salary) View(currency, period, today string) (View, error) {
	if currency == "" {
		currency = "USD"
	}
	currency = strings.ToUpper(strings.TrimSpace(currency))
	period = strings.ToLower(strings.TrimSpace(period))
	if _, err := PerPeriod(1, period); err != nil {
		return View{}, err
	}
	day, err := parseDay(today)
	if err != nil {
		return View{}, err
	}
	latest, err := Rate(currency)
	if err != nil {
		return View{}, err
	}
	v := View{Currency: currency, Period: period, Rows: []Row{}, AsOf: today}
	if !latest.Available() {
		v.Currency = "USD"
	}
	if currency != "USD" && !latest.Available() {
		v.Conversion = latest.Note
	}
	rates := map[string]Local{} // by figure year
	rateOf := func(year string) Local {
		if v.Currency == "USD" {
			return Local{Currency: "USD", PerUSD: 1}
		}
		if r, ok := rates[year]; ok {
			return r
		}
		r, err := RateOf(v.Currency, year)
		if err != nil || !r.Available() {
			r = latest
		}
		rates[year] = r
		return r
	}
	var used []rateUse
	useRate := func(r Local, f Figure) {
		if v.Currency == "USD" {
			return
		}
		for i := range used {
			if used[i].rate == r {
				used[i].add(f)
				return
			}
		}
		u := rateUse{rate: r}
		u.add(f)
		used = append(used, u)
	}
	seen := map[string]bool{}
	for _, f := range s.Figures {
		if seen[f.Key] {
			continue
		}
		seen[f.Key] = true
		shown, how := s.pick(f.Key, period)
		r := Row{
			Key: f.Key, Source: f.Source, SourceID: f.SourceID, URL: f.URL, Licence: f.Licence, Year: f.Year,
			Area: f.Area, Level: f.Level, Years: f.Years, Role: f.Role,
			Basis: f.Basis, Method: f.Method, Caution: f.Caution, Claim: f.Claim,
			Derivation: how, Collected: f.Collected,
		}
		div := 1.0
		if shown.Period != period {
			d, _ := PerPeriod(1, period)
			div = 1 / d
		}
		rate := rateOf(f.Year)
		rowFactor, rowCurrency := rate.PerUSD, v.Currency
		if shown.Currency != "USD" {
			// Every source in hirecalc publishes in US dollars; anything
			// else is shown as published, unconverted.
			rowFactor, rowCurrency = 1, shown.Currency
		}
		money := func(p *float64) string {
			if p == nil {
				return ""
			}
			return FormatMoney(*p/div*rowFactor, rowCurrency)
		}
		if shown.Min != nil && shown.Max != nil {
			r.Range = money(shown.Min) + " – " + money(shown.Max)
		}
		r.P10, r.P25, r.Median, r.P75, r.P90, r.Mean = money(shown.P10), money(shown.P25), money(shown.Median), money(shown.P75), money(shown.P90), money(shown.Mean)
		if shown.N > 0 {
			r.N = "n = " + grouped(shown.N)
		}
		var dated []string
		if d := surveyDated(f.Source, f.Collected, day); d != "" {
			dated = append(dated, d)
		}
		if rowCurrency != "USD" && rowFactor != 1 {
			r.Derivation += "; converted at " + rate.Phrase() + ": " + rateReason(rate, f)
			useRate(rate, f)
			if !rate.Average {
				if d := rateDated(rate.Date, day); d != "" {
					dated = append(dated, d)
				}
			}
		}
		r.Dated = strings.Join(dated, " ")
		v.Rows = append(v.Rows, r)
	}
	if sg := s.Suggested; sg != nil {
		d, _ := PerPeriod(1, period)
		rate := rateOf(sg.Year)
		v.Suggested = FormatRange(sg.Min*d*rate.PerUSD, sg.Max*d*rate.PerUSD, v.Currency)
		v.SuggestedBasis = sg.Basis
		if period != PeriodYear {
			v.SuggestedBasis += " Shown per " + period + ": " + periodWord(period) + "."
		}
		var dated []string
		for _, f := range s.Figures {
			if f.Key == sg.From {
				if dd := surveyDated(f.Source, f.Collected, day); dd != "" {
					dated = append(dated, dd)
				}
				break
			}
		}
		if v.Currency != "USD" {
			v.SuggestedBasis += " In " + v.Currency + " at " + rate.Phrase() + "."
			if !rate.Average {
				if dd := rateDated(rate.Date, day); dd != "" {
					dated = append(dated, dd)
				}
			}
		}
		v.SuggestedDated = strings.Join(dated, " ")
	}
	if len(used) > 0 {
		var parts []string
		for _, u := range used {
			parts = append(parts, u.sentence())
			if !u.rate.Average && v.RateDated == "" {
				v.RateDated = rateDated(u.rate.Date, day)
			}
		}
		v.Conversion = "Converted from US dollars: " + strings.Join(parts, "; ") + ". " + capitalise(FXNotice) + "."
	}
	return v, nil
}

// rateUse is one rate a view used and the sources it converted.
type rateUse struct {
	rate    Local
	sources []string
}

func (u *rateUse) add(f Figure) {
	name := sourceName(f)
	for _, s := range u.sources {
		if s == name {
			return
		}
	}
	u.sources = append(u.sources, name)
}

func (u rateUse) sentence() string {
	what := strings.Join(u.sources, " and ")
	if u.rate.Average {
		return fmt.Sprintf("%s figures of %s at %s (mean of %d business days), the year their pay was earned and converted to US dollars", what, u.rate.Date, u.rate.Phrase(), u.rate.Days)
	}
	return fmt.Sprintf("%s undated figures at %s, the latest rate in hirecalc", what, u.rate.Phrase())
}

// sourceName names a figure's source in a few words ("the survey's").
func sourceName(f Figure) string {
	switch f.SourceID {
	case "survey":
		return "the survey's"
	case "bls":
		return "BLS's"
	}
	return "the guide's"
}

// rateReason says why a figure is converted at rate.
func rateReason(rate Local, f Figure) string {
	switch {
	case rate.Average && f.SourceID == "survey":
		return fmt.Sprintf("Stack Overflow converted the respondents' %s pay to US dollars at rates of %s it does not publish, so the figure goes back to %s at that year's average", f.Year, f.Year, rate.Currency)
	case rate.Average:
		return fmt.Sprintf("the figure is %s pay, so the rate of its year", f.Year)
	}
	return "the source gives no year, so the latest rate"
}

// pick returns the figure of series key for period: the one published
// for the period if any, else the annual one, and how it was derived.
func (s Salary) pick(key, period string) (Figure, string) {
	var annual Figure
	for _, f := range s.Figures {
		if f.Key != key {
			continue
		}
		if f.Period == period {
			return f, "as published per " + period
		}
		if f.Period == PeriodYear {
			annual = f
		}
	}
	if period == PeriodYear {
		return annual, "as published per year"
	}
	return annual, periodWord(period)
}

func periodWord(period string) string {
	if period == PeriodMonth {
		return "annual figure ÷ 12"
	}
	return "annual figure ÷ 2,080 hours (assumption, the BLS convention)"
}
