// Package pay estimates the salary of a backend developer or engineer by
// region and level, and shows every figure behind the estimate side by
// side with its source, year, method and licence.
//
// [Estimate] gathers the evidence for one role, level and region: the
// ranges and averages of DistantJob's hiring guide, the guide's claimed
// 15-25% engineer premium (labelled as a claim), the Stack Overflow
// Developer Survey 2024 back-end quartiles (ODbL) and, for the United
// States, the BLS wages of May 2024. It flags where the guide and another
// source disagree by more than a quarter, states its assumptions and
// derives a suggested posting range, labelled as an estimate. [Salary.View]
// turns the figures into display rows per year, month or hour, in US
// dollars or converted with the ECB reference rates of 2026-04-13;
// [Regions] compares the four regions for a chart. [FormatMoney] and
// [FormatRange] give ready strings, so the UI does no arithmetic.
//
// Role, level, region and period are the query strings of package hiring
// (for example hiring.RoleEngineer, hiring.LevelSenior, "pl",
// hiring.PeriodMonth); pass them with string(...).
//
// The package imports only the standard library and hirecalc's data.
package pay

// Figure is one published figure: a range, quartiles or an average, in its
// source's currency and period. Absent statistics are nil (omitted from
// JSON), never zero.
type Figure struct {
	// Key identifies the series: the figures of one measure published
	// per year, month or hour share a Key.
	Key string `json:"key"`
	// Source names the source as it must be cited.
	Source string `json:"source"`
	// SourceID is "guide", "guide-claim", "survey" or "bls".
	SourceID string `json:"source_id"`
	// URL points to the source, when known.
	URL string `json:"url,omitempty"`
	// Licence is the licence of the figure.
	Licence string `json:"licence"`
	// Year is the year of the figure ("2024"), or "undated".
	Year string `json:"year"`
	// Region is the region key or country code the figure belongs to.
	Region string `json:"region"`
	// Area is the area as a user reads it ("Poland", "Western Europe").
	Area string `json:"area"`
	// Level is the level the figure measures: junior, mid, senior, staff,
	// or "all" when the source does not distinguish levels.
	Level string `json:"level"`
	// Years is the survey's band of years of professional coding.
	Years string `json:"years,omitempty"`
	// Role says what the figure measures ("Backend developer (guide)").
	Role string `json:"role"`
	// Currency is the ISO 4217 code of the amounts.
	Currency string `json:"currency"`
	// Period is "year", "month" or "hour".
	Period string `json:"period"`
	// Min and Max are a published range.
	Min *float64 `json:"min,omitempty"`
	Max *float64 `json:"max,omitempty"`
	// P10 to P90 are published percentiles.
	P10    *float64 `json:"p10,omitempty"`
	P25    *float64 `json:"p25,omitempty"`
	Median *float64 `json:"median,omitempty"`
	P75    *float64 `json:"p75,omitempty"`
	P90    *float64 `json:"p90,omitempty"`
	// Mean is a published average.
	Mean *float64 `json:"mean,omitempty"`
	// N is the number of respondents, where the source has one.
	N int `json:"n,omitempty"`
	// Basis is what is counted: "salary", "total compensation" or "wages".
	Basis string `json:"basis"`
	// Method says how the source produced the figure.
	Method string `json:"method"`
	// Published is the figure as the source prints it, when quoted.
	Published string `json:"published,omitempty"`
	// Caution warns about a thin sample or a doubtful figure.
	Caution string `json:"caution,omitempty"`
	// Claim is true for a figure derived from the guide's claim of an
	// engineer premium: a claim, not measured data.
	Claim bool `json:"claim,omitempty"`
	// Collected is when a survey collected the figure (YYYY-MM), or "".
	Collected string `json:"collected,omitempty"`
}

// Salary is the estimate for one role, level and region: all the
// evidence side by side, the assumptions, the disagreements and a
// suggested posting range.
type Salary struct {
	// Role, Level and Region are the inputs, normalised.
	Role   string `json:"role"`
	Level  string `json:"level"`
	Region string `json:"region"`
	// RegionName is the region or country in plain words.
	RegionName string `json:"region_name"`
	// RegionKey is the salary region (us, weu, eeu, latam) the Region
	// belongs to, or "" for a country in none.
	RegionKey string `json:"region_key"`
	// Figures are all the figures, side by side, in display order.
	Figures []Figure `json:"figures"`
	// Suggested is the suggested posting range, or nil when no source
	// covers the role, level and region.
	Suggested *Suggestion `json:"suggested,omitempty"`
	// Notes are the assumptions and the coverage of each source, in
	// sentences a user can read.
	Notes []string `json:"notes"`
	// Disagreements are where the guide and another source disagree by
	// more than a quarter.
	Disagreements []Disagreement `json:"disagreements"`
	// Local is the local currency of the region and its ECB rate.
	Local Local `json:"local"`
	// Attribution is the ODbL notice for the survey's figures, or "".
	Attribution string `json:"attribution,omitempty"`
}

// Suggestion is a suggested posting range in US dollars per year. It is
// an estimate derived from the figures, not a published figure.
type Suggestion struct {
	// Min and Max are the range in Currency per Period.
	Min float64 `json:"min"`
	Max float64 `json:"max"`
	// Currency is "USD" and Period "year".
	Currency string `json:"currency"`
	Period   string `json:"period"`
	// From is the Key of the figure it is derived from, and Year that
	// figure's year ("2024" or "undated"): the year whose exchange rate
	// converts the range.
	From string `json:"from"`
	Year string `json:"year"`
	// Basis says exactly how it was derived.
	Basis string `json:"basis"`
}

// Disagreement is a comparison where another source differs from the
// guide by more than [DisagreeThreshold].
type Disagreement struct {
	// Area is where both figures apply.
	Area string `json:"area"`
	// GuideKey and OtherKey are the Keys of the two figures.
	GuideKey string `json:"guide_key"`
	OtherKey string `json:"other_key"`
	// Guide is the guide's value compared (a range's midpoint or an
	// average) and Other the other source's median, in USD per year.
	Guide float64 `json:"guide"`
	Other float64 `json:"other"`
	// Percent is (Other - Guide) / Guide, in percent.
	Percent float64 `json:"percent"`
	// Text says it in a sentence, with both numbers.
	Text string `json:"text"`
}

// Local is the local currency of a region or country and its rate.
type Local struct {
	// Currency is the ISO 4217 code.
	Currency string `json:"currency"`
	// PerUSD is units of Currency per US dollar, 0 when there is no rate.
	PerUSD float64 `json:"per_usd,omitempty"`
	// Date is the date of the rate (YYYY-MM-DD), or for an annual
	// average the year averaged (YYYY).
	Date string `json:"date,omitempty"`
	// Average is true for a year's average rate; Days is the number of
	// ECB business days averaged.
	Average bool `json:"average,omitempty"`
	Days    int  `json:"days,omitempty"`
	// Source names the rate's source.
	Source string `json:"source,omitempty"`
	// Note explains the choice of currency or why there is no rate.
	Note string `json:"note,omitempty"`
}

// Available reports whether amounts can be converted to the currency.
func (l Local) Available() bool { return l.PerUSD > 0 }
