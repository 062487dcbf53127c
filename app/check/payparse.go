package check

import (
	"regexp"
	"strconv"
	"strings"
)

// Pay is a pay figure or range, found in a posting by [FindPay] or given by
// the employer.
type Pay struct {
	// Min is the lowest pay; 0 when the range has no minimum ("up to
	// $150,000").
	Min float64 `json:"min"`
	// Max is the highest pay; 0 when the range has no maximum ("from
	// $120,000", "$120k+"). A single figure sets Min and Max alike.
	Max float64 `json:"max"`
	// Currency is the ISO 4217 code, or "" when the posting writes only
	// "$", which several currencies use.
	Currency string `json:"currency"`
	// Symbol is the currency as written ("$", "€", "PLN"), if any.
	Symbol string `json:"symbol,omitempty"`
	// Period is "year", "month" or "hour", or "" when not stated.
	Period string `json:"period"`
	// Text is the pay as written in the posting.
	Text string `json:"text,omitempty"`
	// Offset is the byte offset of Text in the posting, or -1 when the
	// employer gave the pay.
	Offset int `json:"offset"`
}

// OpenEnded reports whether the pay lacks a minimum or a maximum.
func (p Pay) OpenEnded() bool { return p.Min <= 0 || p.Max <= 0 }

// Fixed reports whether the pay is a single figure.
func (p Pay) Fixed() bool { return p.Min > 0 && p.Min == p.Max }

// String writes the pay in plain words ("USD 120,000 to 150,000 per
// year", "up to $150,000").
func (p Pay) String() string {
	var b strings.Builder
	cur := p.Symbol
	if p.Currency != "" {
		cur = p.Currency + " "
	}
	switch {
	case p.Min > 0 && p.Max <= 0:
		b.WriteString("from " + cur + groupThousands(p.Min))
	case p.Min <= 0:
		b.WriteString("up to " + cur + groupThousands(p.Max))
	case p.Fixed():
		b.WriteString(cur + groupThousands(p.Min))
	default:
		b.WriteString(cur + groupThousands(p.Min) + " to " + groupThousands(p.Max))
	}
	if p.Period != "" {
		b.WriteString(" per " + p.Period)
	}
	return b.String()
}

// groupThousands writes v with thousands separators and at most two
// decimals ("120,000", "45.5").
func groupThousands(v float64) string {
	s := strconv.FormatFloat(v, 'f', -1, 64)
	if i := strings.IndexByte(s, '.'); i >= 0 && len(s)-i > 3 {
		s = strconv.FormatFloat(v, 'f', 2, 64)
	}
	intPart, frac, _ := strings.Cut(s, ".")
	var b strings.Builder
	for i, c := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	if frac != "" {
		b.WriteString("." + frac)
	}
	return b.String()
}

const (
	currencySymbols = `US\$|CA\$|C\$|AU\$|A\$|NZ\$|MX\$|R\$|\$|€|£|¥|₹|zł`
	currencyCodes   = `USD|EUR|GBP|PLN|CAD|AUD|NZD|CHF|MXN|BRL|ARS|COP|CLP|SEK|NOK|DKK|CZK|HUF|RON|BGN|INR|JPY|UAH|SGD|HKD|ZAR|TRY`
	currencyRE      = `(?:` + currencySymbols + `|\b(?:` + currencyCodes + `))`
	numberRE        = `\d{1,3}(?:[,. \x{00A0}\x{202F}']\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?`
)

var (
	// amountPattern is one amount: an optional currency, a number, an
	// optional k (thousands) and an optional currency after it.
	amountPattern = regexp.MustCompile(`(` + currencyRE + `)?\s?(` + numberRE + `)(\s?[kK]\b)?(?:\s?(` + currencySymbols + `|(?:` + currencyCodes + `)\b))?`)
	// rangeJoin joins the two amounts of a range.
	rangeJoin = regexp.MustCompile(`(?i)^\s*(?:-|–|—|−|~|to|and|until|till)\s*$`)
	// upTo and from before a single amount make it open-ended.
	upTo = regexp.MustCompile(`(?i)(?:up\s?to|max(?:imum)?|as much as|no more than|not more than|≤|<)\s*:?\s*$`)
	from = regexp.MustCompile(`(?i)(?:from|starting (?:at|from)|starts at|at least|min(?:imum)?|above|over|more than|in excess of|≥|>)\s*:?\s*$`)
	// plus after a single amount makes it open-ended ("$150k+").
	plus = regexp.MustCompile(`(?i)^\s*(?:\+|or more\b|and above\b|and up\b)`)
	// notPay after an amount marks money that is not pay ("$20M raised").
	notPay = regexp.MustCompile(`(?i)^\s?(?:m|mm|mn|bn|b|million|billion|trillion)\b`)
	// periodAfter and periodBefore find the pay period.
	periodAfter  = regexp.MustCompile(`(?i)^\s*(?:\(?(?:gross|net|brutto|netto|base)\)?\s*)?(?:(?:/|per|a|an|each)\s*(year|yr|annum|month|mo|hour|hr|h)\b|(annually|yearly|annual|monthly|hourly|p\.\s?a\.|pa\b|p/a))`)
	periodBefore = regexp.MustCompile(`(?i)\b(annual|annually|yearly|per year|a year|monthly|per month|hourly|per hour|an hour)\b`)
	// payWords before an amount suggest it is the pay.
	payWords = regexp.MustCompile(`(?i)\b(salary|salaries|pay|paid|compensation|wage|wages|rate|base|range|earn|ote)\b`)
	// dollarCode finds a code written before "$" ("CAD $120,000").
	dollarCode = regexp.MustCompile(`\b(USD|CAD|AUD|NZD|MXN)\s?$`)
)

var symbolCurrency = map[string]string{
	"US$": "USD", "CA$": "CAD", "C$": "CAD", "AU$": "AUD", "A$": "AUD", "NZ$": "NZD", "MX$": "MXN",
	"R$": "BRL", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "zł": "PLN", "$": "",
}

// amount is one match of amountPattern.
type amount struct {
	start, end int
	value      float64
	k          bool
	symbol     string
}

// parseNumber reads a number written with thousands separators (comma,
// full stop, space, no-break space or apostrophe) and an optional decimal
// part of one or two digits.
func parseNumber(s string) (float64, bool) {
	intPart, frac := s, ""
	if i := strings.LastIndexAny(s, ".,"); i >= 0 && len(s)-i-1 <= 2 {
		intPart, frac = s[:i], s[i+1:]
	}
	var digits strings.Builder
	for i := 0; i < len(intPart); i++ {
		if c := intPart[i]; c >= '0' && c <= '9' {
			digits.WriteByte(c)
		}
	}
	if frac != "" {
		digits.WriteString("." + frac)
	}
	v, err := strconv.ParseFloat(digits.String(), 64)
	return v, err == nil
}

// findAmounts finds the amounts of text piece by piece, cutting after
// each newline and each ". ": Go's regexp is several times faster on short
// inputs, and no amount spans such a cut.
func findAmounts(text string) []amount {
	var out []amount
	start := 0
	for i := 0; i < len(text); i++ {
		if text[i] == '\n' || (text[i] == ' ' && i > 0 && text[i-1] == '.') {
			out = append(out, findLineAmounts(text, start, i+1-start)...)
			start = i + 1
		}
	}
	return append(out, findLineAmounts(text, start, len(text)-start)...)
}

// findLineAmounts finds the amounts of text[offset:offset+n], with offsets
// into text.
func findLineAmounts(text string, offset, n int) []amount {
	var out []amount
	line := text[offset : offset+n]
	if !strings.ContainsAny(line, "0123456789") {
		return nil // every amount has a digit
	}
	for _, m := range amountPattern.FindAllStringSubmatchIndex(line, -1) {
		for i := range m {
			if m[i] >= 0 {
				m[i] += offset
			}
		}
		a := amount{start: m[0], end: m[1]}
		if m[2] < 0 {
			a.start = m[4] // no leading currency: start at the number, not the space
		}
		v, ok := parseNumber(text[m[4]:m[5]])
		if !ok || v <= 0 {
			continue
		}
		if m[6] >= 0 {
			a.k = true
			v *= 1000
		}
		a.value = v
		switch {
		case m[2] >= 0:
			a.symbol = text[m[2]:m[3]]
		case m[8] >= 0:
			a.symbol = text[m[8]:m[9]]
		}
		if notPay.MatchString(text[a.end:min(len(text), a.end+12)]) {
			continue
		}
		out = append(out, a)
	}
	return out
}

func currencyOf(symbol string) string {
	if c, ok := symbolCurrency[symbol]; ok {
		return c
	}
	return symbol
}

// FindPay finds the pay figures and ranges in a posting, in order of
// appearance. An amount counts as pay only when a currency is written next
// to it or to the other end of its range ("$120,000 – $150,000",
// "€60k-75k", "PLN 20 000–25 000 / month", "120k-150k USD"); this leaves
// out years and counts ("5+ years", "2026"). A single amount after "up
// to" or "max" has no minimum; one after "from", "starting at" or "at
// least", or followed by "+" or "or more", has no maximum. Amounts
// followed by "M", "million" or "bn" are not pay. The period is read after
// the amount ("/month", "per hour", "a year", "annually", "p.a.") or
// before it ("Hourly rate:"). Numbers may use commas, full stops, spaces or
// apostrophes between thousands; "k" means thousands.
func FindPay(text string) []Pay {
	amounts := findAmounts(text)
	out := []Pay{}
	prevEnd := 0 // the end of the previous amount: context is read after it
	for i := 0; i < len(amounts); i++ {
		a := amounts[i]
		p := Pay{Offset: a.start, Min: a.value, Max: a.value, Symbol: a.symbol}
		end := a.end
		if b, lo, ok := rangeEnd(text, a, amounts[i+1:]); ok {
			i++
			p.Min, p.Max, end = lo, b.value, b.end
			if p.Symbol == "" {
				p.Symbol = b.symbol
			}
			if p.Min > p.Max {
				p.Min, p.Max = p.Max, p.Min
			}
		} else {
			lead := max(prevEnd, a.start-30)
			before := text[lead:a.start]
			if m := upTo.FindStringIndex(before); m != nil {
				p.Min, p.Offset = 0, lead+m[0]
			} else if m := from.FindStringIndex(before); m != nil {
				p.Max, p.Offset = 0, lead+m[0]
			}
			if m := plus.FindStringIndex(text[end:min(len(text), end+16)]); m != nil {
				p.Max = 0
				end += m[1]
			}
		}
		ctxStart := prevEnd
		prevEnd = end
		if m := periodAfter.FindStringSubmatchIndex(text[end:min(len(text), end+40)]); m != nil {
			prevEnd = end + m[1]
		}
		if p.Symbol == "" {
			continue // no currency: not pay
		}
		p.Currency = currencyOf(p.Symbol)
		if p.Symbol == "$" {
			if m := dollarCode.FindStringSubmatch(text[max(0, p.Offset-5):p.Offset]); m != nil {
				p.Currency = m[1]
			}
		}
		p.Text = strings.TrimSpace(text[p.Offset:end])
		if m := periodAfter.FindStringSubmatch(text[end:min(len(text), end+40)]); m != nil {
			p.Period = periodWord(m[1] + m[2])
		} else if ms := periodBefore.FindAllStringSubmatch(text[max(ctxStart, p.Offset-40):p.Offset], -1); ms != nil {
			p.Period = periodWord(ms[len(ms)-1][1])
		}
		out = append(out, p)
	}
	return out
}

// rangeEnd reports whether the amount after a ends a range that starts
// at a: only a dash, "to", "and" or "until" lies between them and the two
// figures are within a factor of 10 of each other ("$90,000 and 5 weeks
// of leave" is no range). It returns the end and the range's start, in
// thousands when only the end has a k ("$120-150k").
func rangeEnd(text string, a amount, rest []amount) (amount, float64, bool) {
	if len(rest) == 0 || !rangeJoin.MatchString(text[a.end:rest[0].start]) {
		return amount{}, 0, false
	}
	b, lo := rest[0], a.value
	if b.k && !a.k && lo < 1000 {
		lo *= 1000
	}
	if max(lo, b.value) > 10*min(lo, b.value) {
		return amount{}, 0, false
	}
	return b, lo, true
}

// periodWord maps a period as written to "year", "month" or "hour".
func periodWord(s string) string {
	s = strings.ToLower(s)
	switch {
	case strings.Contains(s, "mo"):
		return "month"
	case strings.HasPrefix(s, "h") || strings.Contains(s, "hour"):
		return "hour"
	}
	return "year"
}

// mainPay picks the posting's pay among the figures found: the one that
// looks most like pay (a range, a period, a pay word such as "salary"
// just before it), the first on a tie; nil when there is none.
func mainPay(text string, found []Pay) *Pay {
	best, bestScore := -1, -1
	for i, p := range found {
		score := 0
		if !p.Fixed() {
			score += 2
		}
		if p.Period != "" {
			score++
		}
		if payWords.MatchString(text[max(0, p.Offset-60):p.Offset]) {
			score += 2
		}
		if score > bestScore {
			best, bestScore = i, score
		}
	}
	if best < 0 {
		return nil
	}
	p := found[best]
	return &p
}
