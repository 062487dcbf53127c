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
	// Conversion says which rate converted the amounts, or why none did;
	// "" for US dollars.
	Conversion string `json:"conversion,omitempty"`
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
}

// View returns the estimate's figures per period (year, month or hour) in
// currency (an ISO 4217 code; "" means US dollars). A figure its source
// publishes for the period is shown as published; otherwise the annual
// figure is divided ([PerPeriod]). A currency without an ECB rate keeps
// the amounts in US dollars and says why in Conversion.
func (s Salary) View(currency, period string) (View, error) {
	if currency == "" {
		currency = "USD"
	}
	currency = strings.ToUpper(strings.TrimSpace(currency))
	period = strings.ToLower(strings.TrimSpace(period))
	if _, err := PerPeriod(1, period); err != nil {
		return View{}, err
	}
	rate, err := Rate(currency)
	if err != nil {
		return View{}, err
	}
	v := View{Currency: currency, Period: period, Rows: []Row{}}
	factor := rate.PerUSD
	if !rate.Available() {
		v.Currency, factor = "USD", 1
	}
	if currency != "USD" {
		v.Conversion = rate.Note
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
			Derivation: how,
		}
		div := 1.0
		if shown.Period != period {
			d, _ := PerPeriod(1, period)
			div = 1 / d
		}
		rowFactor, rowCurrency := factor, v.Currency
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
		if rowCurrency != "USD" && rowFactor != 1 {
			r.Derivation += fmt.Sprintf("; converted at 1 USD = %s %s (ECB, %s)", num(rate.PerUSD), v.Currency, rate.Date)
		}
		v.Rows = append(v.Rows, r)
	}
	if sg := s.Suggested; sg != nil {
		d, _ := PerPeriod(1, period)
		v.Suggested = FormatRange(sg.Min*d*factor, sg.Max*d*factor, v.Currency)
		v.SuggestedBasis = sg.Basis
		if period != PeriodYear {
			v.SuggestedBasis += " Shown per " + period + ": " + periodWord(period) + "."
		}
	}
	return v, nil
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
