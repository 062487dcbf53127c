package pay

import (
	"errors"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"hirecalc/data"
)

// ErrNotPublished is wrapped by the error for a currency without an ECB
// rate in hirecalc's data.
var ErrNotPublished = errors.New("no ECB rate")

// HoursPerYear is the number of paid hours in a year used to turn an
// annual figure into an hourly one: 2,080 (52 weeks of 40 hours), the BLS
// convention. It is an assumption; the guide's hourly figures imply 1,832
// to 1,964 hours.
const HoursPerYear = 2080

// The pay periods, as in package hiring.
const (
	PeriodYear  = "year"
	PeriodMonth = "month"
	PeriodHour  = "hour"
)

// FXNotice is the ECB's condition of use, shown with every converted amount.
const FXNotice = "ECB euro reference rates, for information purposes only"

// PerPeriod turns an annual amount into the amount per period: the
// amount itself per year, a twelfth per month, and the amount divided by
// [HoursPerYear] per hour.
func PerPeriod(annual float64, period string) (float64, error) {
	switch period {
	case PeriodYear:
		return annual, nil
	case PeriodMonth:
		return annual / 12, nil
	case PeriodHour:
		return annual / HoursPerYear, nil
	}
	return 0, fmt.Errorf("pay: unknown period %q: want year, month or hour", period)
}

// Rate returns the local-currency information of currency: its ECB rate
// per US dollar on 2026-04-13, or, for a currency without a rate, a note
// saying so and no rate.
func Rate(currency string) (Local, error) {
	if !data.ValidCurrency(currency) {
		return Local{}, fmt.Errorf("pay: currency %q is not an ISO 4217 code such as EUR", currency)
	}
	fx, err := data.LoadFX()
	if err != nil {
		return Local{}, fmt.Errorf("pay: %w", err)
	}
	l := Local{Currency: currency, Date: fx.SnapshotDate, Source: fx.Source}
	if r, ok := fx.PerUSDRate(currency); ok {
		l.PerUSD = r
		if currency != "USD" {
			l.Note = fmt.Sprintf("Converted from US dollars at the ECB rate of %s: 1 USD = %s %s (%s).", fx.SnapshotDate, strconv.FormatFloat(r, 'f', -1, 64), currency, FXNotice)
		}
		return l, nil
	}
	if slices.Contains(fx.NotPublished, currency) {
		l.Note = fmt.Sprintf("The ECB does not publish a reference rate for %s: amounts are shown in US dollars only, not converted.", currency)
	} else {
		l.Note = fmt.Sprintf("hirecalc's copy of the ECB reference rates of %s has no %s rate: amounts are shown in US dollars only, not converted.", fx.SnapshotDate, currency)
	}
	return l, nil
}

// RateOf returns the rate that converts a figure of year (a source's
// Year, such as "2024" or "undated") to currency: the ECB's average of
// that year when hirecalc has it, so that pay earned and converted to US
// dollars in 2024 goes back to its own currency at a 2024 rate; otherwise
// the latest rate, as [Rate] returns it.
func RateOf(currency, year string) (Local, error) {
	y, err := strconv.Atoi(year)
	if err != nil || currency == "USD" {
		return Rate(currency)
	}
	if !data.ValidCurrency(currency) {
		return Rate(currency)
	}
	fx, err := data.LoadFX()
	if err != nil {
		return Local{}, fmt.Errorf("pay: %w", err)
	}
	r, days, ok := fx.AverageRate(y, currency)
	if !ok {
		return Rate(currency)
	}
	return Local{Currency: currency, PerUSD: r, Date: year, Average: true, Days: days, Source: fx.Source,
		Note: fmt.Sprintf("Converted from US dollars at the ECB's %s average: 1 USD = %s %s (mean of %d business days; %s).", year, num(r), currency, days, FXNotice)}, nil
}

// Phrase says which rate l is, in a few words: "the ECB's 2024 average,
// 1 USD = 3.979148 PLN" or "the ECB rate of 2026-04-13, 1 USD = 3.641133
// PLN".
func (l Local) Phrase() string {
	if l.Average {
		return fmt.Sprintf("the ECB's %s average, 1 USD = %s %s", l.Date, num(l.PerUSD), l.Currency)
	}
	return fmt.Sprintf("the ECB rate of %s, 1 USD = %s %s", l.Date, num(l.PerUSD), l.Currency)
}

// Convert converts amount from one currency to another with the ECB
// reference rates of 2026-04-13 (crossed through the euro). The error
// wraps [ErrNotPublished] when either currency has no rate.
func Convert(amount float64, from, to string) (float64, error) {
	return ConvertOf(amount, from, to, "")
}

// ConvertOf converts an amount of a figure of year (see [RateOf]) from
// one currency to another: at that year's average rates when hirecalc
// has them, else at the latest. The error wraps [ErrNotPublished] when
// either currency has no rate.
func ConvertOf(amount float64, from, to, year string) (float64, error) {
	f, err := RateOf(from, year)
	if err != nil {
		return 0, err
	}
	t, err := RateOf(to, year)
	if err != nil {
		return 0, err
	}
	for _, l := range []Local{f, t} {
		if !l.Available() {
			return 0, fmt.Errorf("pay: convert %s to %s: %s: %w", from, to, l.Currency, ErrNotPublished)
		}
	}
	return amount / f.PerUSD * t.PerUSD, nil
}

var currencySymbols = map[string]string{"USD": "$", "EUR": "€", "GBP": "£"}

// FormatMoney formats an amount for display: a symbol for US dollars,
// euros and pounds ("$130,000", "€75,000", "£52,000"), the ISO code
// otherwise ("PLN 473,347"); whole units with thousands separators, or
// two decimals under 100 ("$63.98").
func FormatMoney(amount float64, currency string) string {
	var b strings.Builder
	if amount < 0 {
		b.WriteString("-")
		amount = -amount
	}
	if s, ok := currencySymbols[currency]; ok {
		b.WriteString(s)
	} else {
		b.WriteString(currency)
		b.WriteString(" ")
	}
	if math.IsNaN(amount) || math.IsInf(amount, 0) {
		b.WriteString("?")
		return b.String()
	}
	if amount < 100 {
		b.WriteString(strconv.FormatFloat(amount, 'f', 2, 64))
		return b.String()
	}
	digits := strconv.FormatFloat(math.Round(amount), 'f', 0, 64)
	for i, d := range digits {
		if i > 0 && (len(digits)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(d)
	}
	return b.String()
}

// FormatRange formats a range ("$95,000 – $130,000").
func FormatRange(min, max float64, currency string) string {
	return FormatMoney(min, currency) + " – " + FormatMoney(max, currency)
}
