package check

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
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
	// "$" (which several currencies use) or no currency at all.
	Currency string `json:"currency"`
	// Symbol is the currency as written ("$", "€", "PLN"), if any.
	Symbol string `json:"symbol,omitempty"`
	// Period is "year", "month", "week", "day" or "hour", or "" when not
	// stated.
	Period string `json:"period"`
	// Text is the pay as written in the posting.
	Text string `json:"text,omitempty"`
	// Offset is the byte offset of Text in the posting, or -1 when the
	// employer gave the pay.
	Offset int `json:"offset"`
	// Single is true when the posting gives one figure rather than a
	// minimum and a maximum ("Salary: $130,000"): it never meets a rule
	// that asks for a range.
	Single bool `json:"single,omitempty"`
	// Cue is the word near the figure that decided what it is, in lower
	// case: a pay word such as "salary", or for an amount that is not pay
	// the word that says so ("stipend", "series"); empty when none.
	Cue string `json:"cue,omitempty"`
	// NotPay says what an amount that is not pay is ("stipend or
	// allowance", "funding", ...); empty for pay.
	NotPay string `json:"not_pay,omitempty"`
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

// FindPay finds the pay figures and ranges in a posting, in order of
// appearance; [PayTransparency] also reports the amounts of money that are
// not pay. The rules, in short:
//
//   - An amount is a number with thousands separators (comma, full stop,
//     space, no-break space, apostrophe; Indian lakh grouping too) and up to
//     two decimals, a suffix k (thousands), m or M (millions), bn, L or LPA
//     (lakhs) or Cr (crores), and a currency before or after it: a symbol
//     ($, US$, CA$, C$, A$, AU$, NZ$, MX$, R$, S$, HK$, €, £, ¥, ₹, zł, kr,
//     Rs) or an ISO code in capitals (USD, PLN, INR, ...). "k" may be glued
//     to the next word ("150kUSD", "$150kbase").
//   - Two amounts joined by -, –, —, −, ~ or "to" (or "and" after
//     "between") make a range, when their currencies agree and they are
//     within a factor of 10 of each other; a k or M on one end applies to
//     both ("$120-150k"); chains of three numbers (dates, phone numbers)
//     are no range.
//   - The period is read after either end ("/hr", "per hour", "an hour",
//     "/year", "per annum", "p.a.", "a month", "monthly", "daily",
//     "weekly", "LPA"), or before the amount in the same clause ("Hourly
//     rate:").
//   - "up to", "max" or "no more than" before an amount leave it without
//     a minimum; "from", "starting at", "at least", "over" before it, or a
//     glued "+" or "or more" after it, without a maximum.
//   - Whether an amount is pay is decided by the nearest cue word in its
//     clause, before it (back to the previous amount, or on a short label
//     line just above) or after it (up to a comma, "plus", "and", "with" or
//     the next amount): a pay word ("salary", "pay", "compensation",
//     "wage", "rate", "base", "OTE", ...) makes it pay; a word such as
//     "stipend", "allowance", "bonus", "commission", "equity", "RSUs",
//     "raised", "Series", "funding", "revenue", "ARR", "budget",
//     "learning", "relocation", "customers" or "years" makes it not pay,
//     and wins a tie. Sums in millions or more are pay only next to a pay
//     word.
//   - With no cue word, a range or an open-ended amount with a currency is
//     pay; a single figure is not (it could be anything); an amount
//     without a currency is pay only after a pay word, or as a k range
//     with a period ("165k–260k per year"), and never a year ("2026") or
//     "401k".
func FindPay(text string) []Pay {
	pay, _ := findMoney(text)
	return pay
}

// findMoney returns the pay figures of text and the amounts of money that
// are not pay, each in order of appearance. Its cost is linear in the
// length of text: each line is tokenized once (twice when it is the label
// line above an amount) and each cue search looks at most maxCueTokens
// tokens.
func findMoney(text string) (pay, notPay []Pay) {
	pay, notPay = []Pay{}, []Pay{}
	var s moneyScanner
	s.text = text
	prevLo, prevHi := -1, -1 // the last non-blank line
	for lo := 0; lo <= len(text); {
		hi := strings.IndexByte(text[lo:], '\n')
		if hi < 0 {
			hi = len(text)
		} else {
			hi += lo
		}
		if hasDigit(text[lo:hi]) {
			s.line(lo, hi, prevLo, prevHi, &pay, &notPay)
		}
		if strings.TrimSpace(text[lo:hi]) != "" {
			prevLo, prevHi = lo, hi
		}
		lo = hi + 1
	}
	return pay, notPay
}

func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			return true
		}
	}
	return false
}

// The kinds of a [ptok].
const (
	tWord  = iota + 1 // letters
	tNum              // a number
	tBad              // digits that are no amount ("1.2.3")
	tSym              // a currency symbol
	tDash             // - – — −
	tBreak            // a clause end: . ; ! ? | • ·
	tPunct            // any other character
)

// ptok is one token of a line.
type ptok struct {
	kind       uint8
	start, end int // byte offsets in the text
	value      float64
	plain      bool // a number of digits only
}

// moneyScanner holds the buffers of findMoney.
type moneyScanner struct {
	text    string
	toks    []ptok
	label   []ptok
	amounts []amount
	cands   []candidate
}

// amount is one amount of money, or a number that may be one.
type amount struct {
	ti, tj     int     // its tokens [ti, tj): currency, number, suffix, currency
	start, end int     // bytes
	value      float64 // with its suffix applied
	k          bool    // written with a thousands suffix
	scale      float64 // the suffix's multiplier, 1 when none
	scaleWord  string  // a suffix of millions or more, as written ("M")
	symbol     string  // the currency as written; "" when none
	code       string  // ISO code; "" for "$", "kr" or none
	period     string  // the period written right after it
	pj         int     // the token after its period
	pend       int     // the byte after its period
	yearLike   bool    // four plain digits from 1900 to 2099, no currency
	plain      bool    // digits only, no currency, no suffix
}

// candidate is a pay figure or range, or an amount that may not be pay,
// before it is classified.
type candidate struct {
	pay        Pay
	ti, tj     int // tokens covered: prefix words, amounts, period, "+"
	isRange    bool
	open       bool // "up to", "from", "+"
	big        bool // millions or more
	hasCur     bool
	k          bool
	hi         float64 // the larger figure
	yearLike   bool
	scaleWord  string
	periodSeen bool
}

// line finds the money of the line text[lo:hi]; the previous non-blank
// line is text[plo:phi] (plo < 0 when there is none).
func (s *moneyScanner) line(lo, hi, plo, phi int, pay, notPay *[]Pay) {
	s.toks = tokenizeMoney(s.toks[:0], s.text, lo, hi)
	s.amounts = s.amounts[:0]
	for i := range s.toks {
		if s.toks[i].kind == tNum {
			if a, ok := s.amountAt(i); ok {
				s.amounts = append(s.amounts, a)
			}
		}
	}
	if len(s.amounts) == 0 {
		return
	}
	s.cands = s.cands[:0]
	for i := 0; i < len(s.amounts); i++ {
		c, used := s.candidateAt(i)
		i += used - 1
		s.cands = append(s.cands, c)
	}
	for ci := range s.cands {
		c := &s.cands[ci]
		prevEnd, nextStart := 0, len(s.toks)
		if ci > 0 {
			prevEnd = s.cands[ci-1].tj
		}
		if ci+1 < len(s.cands) {
			nextStart = s.cands[ci+1].ti
		}
		var label []ptok
		if ci == 0 && plo >= 0 && s.onlyPunctBefore(c.ti) && isLabelLine(s.text[plo:phi]) {
			s.label = tokenizeMoney(s.label[:0], s.text, plo, phi)
			label = s.label
		}
		isPay, cue, why := s.classify(c, prevEnd, nextStart, label)
		c.pay.Cue = cue
		switch {
		case isPay:
			*pay = append(*pay, c.pay)
		case c.hasCur:
			c.pay.NotPay = why
			*notPay = append(*notPay, c.pay)
		}
	}
}

// onlyPunctBefore reports whether no word or number of the line comes
// before token i.
func (s *moneyScanner) onlyPunctBefore(i int) bool {
	for _, t := range s.toks[:i] {
		if t.kind == tWord || t.kind == tNum || t.kind == tBad {
			return false
		}
	}
	return true
}

// isLabelLine reports whether a line is a short label ("Salary",
// "Compensation:", "Hourly rate") that names what the next line holds: at
// most five words and no end punctuation.
func isLabelLine(line string) bool {
	line = strings.TrimSpace(line)
	if line == "" || len(line) > 60 {
		return false
	}
	switch line[len(line)-1] {
	case '.', '!', '?':
		return false
	}
	return len(strings.Fields(line)) <= 5
}

// tokenizeMoney appends the tokens of text[lo:hi] to buf.
func tokenizeMoney(buf []ptok, text string, lo, hi int) []ptok {
	for i := lo; i < hi; {
		c := text[i]
		switch {
		case c == ' ' || (c >= '\t' && c <= '\r'):
			i++
		case c >= '0' && c <= '9':
			end, v, plain, ok := scanNumber(text, i, hi)
			kind := uint8(tNum)
			if !ok {
				kind = tBad
			}
			buf = append(buf, ptok{kind: kind, start: i, end: end, value: v, plain: plain})
			i = end
		case isLetter(c):
			j := wordEnd(text, i+1, hi)
			// "150kUSD", "150kbase": a k glued to the next word.
			if n := len(buf); n > 0 && buf[n-1].kind == tNum && buf[n-1].end == i && j-i > 1 &&
				(c == 'k' || c == 'K') && gluedAfterK(text[i+1:j]) {
				buf = append(buf, ptok{kind: tWord, start: i, end: i + 1})
				i++
			}
			buf = append(buf, ptok{kind: tWord, start: i, end: j})
			i = j
		case c < 0x80:
			kind := uint8(tPunct)
			switch c {
			case '$':
				kind = tSym
			case '-':
				kind = tDash
			case ';', '!', '?', '|':
				kind = tBreak
			case '.':
				if i+1 >= hi || text[i+1] == ' ' || text[i+1] == '\t' || text[i+1] == '\r' {
					kind = tBreak
				}
			}
			buf = append(buf, ptok{kind: kind, start: i, end: i + 1})
			i++
		default:
			r, size := utf8.DecodeRuneInString(text[i:hi])
			kind := uint8(tPunct)
			switch {
			case r == '€' || r == '£' || r == '¥' || r == '₹' || r == '₩' || r == '₺' || r == '₴':
				kind = tSym
			case r == '–' || r == '—' || r == '−' || r == '‒':
				kind = tDash
			case r == '•' || r == '·' || r == '▪' || r == '●':
				kind = tBreak
			case unicode.IsSpace(r):
				i += size
				continue
			case unicode.IsLetter(r):
				j := wordEnd(text, i+size, hi)
				buf = append(buf, ptok{kind: tWord, start: i, end: j})
				i = j
				continue
			}
			buf = append(buf, ptok{kind: kind, start: i, end: i + size})
			i += size
		}
	}
	return buf
}

func isLetter(c byte) bool { return (c|0x20) >= 'a' && (c|0x20) <= 'z' }

// wordEnd returns the end of the word whose letters continue at text[i]:
// ASCII letters and any other Unicode letters ("zł").
func wordEnd(text string, i, hi int) int {
	for i < hi {
		if isLetter(text[i]) {
			i++
			continue
		}
		if text[i] >= 0x80 {
			if r, size := utf8.DecodeRuneInString(text[i:hi]); unicode.IsLetter(r) {
				i += size
				continue
			}
		}
		break
	}
	return i
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// gluedAfterK reports whether the letters after a glued k are a word of
// their own ("USD", "base", "pa"), so that the k is a suffix.
func gluedAfterK(rest string) bool {
	if isCurrencyCode(rest) {
		return true
	}
	var b [24]byte
	switch string(fold(&b, rest)) {
	case "per", "pa", "base", "gross", "net", "brutto", "netto", "annually", "yearly", "annual",
		"monthly", "hourly", "ote", "salary", "plus", "usd", "eur", "gbp", "pln", "cad", "inr":
		return true
	}
	return false
}

// fold writes the word w in lower case (ASCII letters only) into buf and
// returns it, without allocating; a word longer than buf gives nil (no
// word looked for is that long).
func fold(buf *[24]byte, w string) []byte {
	if len(w) > len(buf) {
		return nil
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return buf[:len(w)]
}

// numberSep returns the length of a thousands separator at text[i]: a
// comma, full stop, apostrophe, space, no-break space, narrow no-break
// space or thin space; 0 when there is none.
func numberSep(text string, i, hi int) int {
	if i >= hi {
		return 0
	}
	switch text[i] {
	case ',', '.', '\'', ' ':
		return 1
	case 0xc2: // U+00A0
		if i+1 < hi && text[i+1] == 0xa0 {
			return 2
		}
	case 0xe2: // U+202F, U+2009, U+2019
		if i+2 < hi && text[i+1] == 0x80 && (text[i+2] == 0xaf || text[i+2] == 0x89 || text[i+2] == 0x99) {
			return 3
		}
	}
	return 0
}

// digitsAt returns how many digits start at text[i].
func digitsAt(text string, i, hi int) int {
	n := 0
	for i+n < hi && isDigit(text[i+n]) {
		n++
	}
	return n
}

// scanNumber reads the number that starts at text[i] (a digit): digits in
// groups of three after separators of one kind ("120,000", "20 000",
// "1'200"), or in Indian lakh groups ("18,00,000"), then an optional
// decimal part of one or two digits after a comma or a full stop that is
// not the group separator. ok is false for digit runs that are no amount
// ("1.2.3", "3.14159", more than 15 digits); end is then past all of them.
func scanNumber(text string, i, hi int) (end int, value float64, plain, ok bool) {
	n0 := digitsAt(text, i, hi)
	var digits [32]byte
	nd := copy(digits[:], text[i:i+n0])
	j := i + n0
	sep := "" // the group separator, once seen
	if n0 <= 3 {
		for {
			l := numberSep(text, j, hi)
			if l == 0 || digitsAt(text, j+l, hi) != 3 || (sep != "" && text[j:j+l] != sep) {
				break
			}
			sep = text[j : j+l]
			if nd+3 <= len(digits) {
				nd += copy(digits[nd:], text[j+l:j+l+3])
			}
			j += l + 3
		}
		if sep == "" && n0 <= 2 && j < hi && text[j] == ',' && digitsAt(text, j+1, hi) == 2 {
			// Indian grouping: ",dd" groups ending with ",ddd".
			k, pairs := j, 0
			var tmp [32]byte
			nt := copy(tmp[:], digits[:nd])
			for k < hi && text[k] == ',' && digitsAt(text, k+1, hi) == 2 && nt+2 <= len(tmp) {
				nt += copy(tmp[nt:], text[k+1:k+3])
				k += 3
				pairs++
			}
			if pairs > 0 && k < hi && text[k] == ',' && digitsAt(text, k+1, hi) == 3 && nt+3 <= len(tmp) {
				nt += copy(tmp[nt:], text[k+1:k+4])
				nd = copy(digits[:], tmp[:nt])
				j = k + 4
				sep = ","
			}
		}
	}
	intDigits := nd
	frac := 0
	if j < hi && (text[j] == '.' || text[j] == ',') && (sep == "" || text[j] != sep[0]) {
		if m := digitsAt(text, j+1, hi); m > 0 {
			after := j + 1 + m
			if m <= 2 && !(after+1 < hi && (text[after] == '.' || text[after] == ',') && isDigit(text[after+1])) {
				nd += copy(digits[nd:], ".")
				nd += copy(digits[nd:], text[j+1:after])
				frac = m
				j = after
			} else {
				// A version, a long decimal or a dotted chain: skip it all.
				for j < hi && (isDigit(text[j]) || ((text[j] == '.' || text[j] == ',') && j+1 < hi && isDigit(text[j+1]))) {
					j++
				}
				return j, 0, false, false
			}
		}
	}
	if intDigits > 15 || (n0 > 3 && sep == "" && j < hi && numberSep(text, j, hi) == 1 && text[j] != ' ' && digitsAt(text, j+1, hi) == 3) {
		for j < hi && (isDigit(text[j]) || numberSep(text, j, hi) > 0 && j+1 < hi && isDigit(text[j+1])) {
			j++
		}
		return j, 0, false, false
	}
	v, err := strconv.ParseFloat(string(digits[:nd]), 64)
	if err != nil {
		return j, 0, false, false
	}
	return j, v, sep == "" && frac == 0, true
}

// currencyCodes are the ISO 4217 codes read as a currency when written in
// capitals next to an amount, four bytes apart.
const currencyCodes = "USD EUR GBP PLN CAD AUD NZD CHF MXN BRL ARS COP CLP SEK NOK DKK CZK HUF RON BGN INR JPY " +
	"UAH SGD HKD ZAR TRY KRW CNY ILS AED PHP"

func isCurrencyCode(s string) bool {
	if len(s) != 3 {
		return false
	}
	for i := 0; i+3 <= len(currencyCodes); i += 4 {
		if currencyCodes[i:i+3] == s {
			return true
		}
	}
	return false
}

// dollarPrefix returns the currency that letters written before "$"
// make ("US$", "CA$").
func dollarPrefix(w string) (string, bool) {
	switch w {
	case "US":
		return "USD", true
	case "CA", "C":
		return "CAD", true
	case "AU", "A":
		return "AUD", true
	case "NZ":
		return "NZD", true
	case "MX":
		return "MXN", true
	case "R":
		return "BRL", true
	case "S":
		return "SGD", true
	case "HK":
		return "HKD", true
	}
	return "", false
}

// symbolCode returns the ISO code of a currency symbol token.
func symbolCode(sym string) string {
	switch sym {
	case "€":
		return "EUR"
	case "£":
		return "GBP"
	case "¥":
		return "JPY"
	case "₹":
		return "INR"
	case "₩":
		return "KRW"
	case "₺":
		return "TRY"
	case "₴":
		return "UAH"
	}
	return ""
}

// wordCurrency returns the currency of a word written next to an amount:
// an ISO code in capitals, "zł", "kr" or "Rs".
func wordCurrency(w string) (symbol, code string, ok bool) {
	switch {
	case isCurrencyCode(w):
		return w, w, true
	case w == "zł" || w == "Zł" || w == "ZŁ":
		return w, "PLN", true
	case w == "kr":
		return w, "", true
	case w == "Rs":
		return w, "INR", true
	}
	return "", "", false
}

// scaleOf returns the multiplier of a suffix written after a number.
// glued is true when the suffix touches the number.
func scaleOf(w string, glued bool) (scale float64, big bool, period string, ok bool) {
	switch w {
	case "k", "K":
		return 1e3, false, "", true
	case "M", "MM", "Mn", "mn", "million", "Million":
		return 1e6, true, "", true
	case "m", "mm":
		if glued {
			return 1e6, true, "", true
		}
	case "B", "bn", "Bn", "BN", "billion", "Billion":
		return 1e9, true, "", true
	case "b":
		if glued {
			return 1e9, true, "", true
		}
	case "thousand":
		return 1e3, false, "", true
	case "L", "lakh", "lakhs", "lac", "lacs", "Lakh", "Lakhs":
		return 1e5, false, "", true
	case "LPA", "lpa":
		return 1e5, false, "year", true
	case "Cr", "cr", "crore", "crores", "Crore":
		return 1e7, true, "", true
	}
	return 0, false, "", false
}

// gap reports whether whitespace separates tokens a and b (a before b).
func gap(a, b ptok) bool { return b.start > a.end }

func (s *moneyScanner) word(t ptok) string { return s.text[t.start:t.end] }

// isWord reports whether token i is the word w, in any case.
func (s *moneyScanner) isWord(i int, w string) bool {
	return i >= 0 && i < len(s.toks) && s.toks[i].kind == tWord && strings.EqualFold(s.word(s.toks[i]), w)
}

// amountAt reads the amount around the number token i.
func (s *moneyScanner) amountAt(i int) (amount, bool) {
	toks, n := s.toks, s.toks[i]
	a := amount{ti: i, tj: i + 1, start: n.start, end: n.end, value: n.value, scale: 1}
	if n.value <= 0 {
		return a, false
	}
	// Before: a currency, else no letter or digit glued to the number.
	if i > 0 {
		p := toks[i-1]
		glued := !gap(p, n)
		switch {
		case p.kind == tSym:
			a.symbol, a.code, a.ti, a.start = s.word(p), symbolCode(s.word(p)), i-1, p.start
			if s.word(p) == "$" && i > 1 && toks[i-2].kind == tWord && !gap(toks[i-2], p) {
				if code, ok := dollarPrefix(s.word(toks[i-2])); ok {
					a.symbol, a.code, a.ti, a.start = s.word(toks[i-2])+"$", code, i-2, toks[i-2].start
				}
			}
			if a.code == "" && a.ti > 0 && toks[a.ti-1].kind == tWord && isCurrencyCode(s.word(toks[a.ti-1])) &&
				toks[a.ti].start-toks[a.ti-1].end <= 1 {
				a.code = s.word(toks[a.ti-1]) // "CAD $90,000": the code names the dollar
			}
		case p.kind == tWord:
			if sym, code, ok := wordCurrency(s.word(p)); ok && n.start-p.end <= 1 {
				a.symbol, a.code, a.ti, a.start = sym, code, i-1, p.start
			} else if glued {
				return a, false // "H1", "B2B", "Web3"
			}
		case glued && (p.kind == tNum || p.kind == tBad):
			return a, false
		case glued && p.kind == tPunct:
			switch s.word(p) {
			case "/", "#", "@", "_", ".", "+", "=", "&":
				return a, false // a path, an id, a phone number
			}
		}
	}
	// After: a suffix, a currency, a percent sign.
	j := i + 1
	if j < len(toks) {
		t := toks[j]
		glued := !gap(n, t)
		switch {
		case glued && t.kind == tPunct && (s.word(t) == "%" || s.word(t) == "°"):
			return a, false
		case glued && t.kind == tPunct && s.word(t) == "(" && j+2 < len(toks) && s.isWord(j+1, "k") && s.word(toks[j+2]) == ")":
			if a.symbol == "" {
				return a, false // "401(k)"
			}
		case t.kind == tWord:
			w := s.word(t)
			spaced := t.start-n.end == 1 && (j+1 >= len(toks) || gap(t, toks[j+1]) || toks[j+1].kind == tPunct || toks[j+1].kind == tBreak)
			if scale, big, period, ok := scaleOf(w, glued); ok && (glued || spaced) {
				if a.symbol == "" && n.value == 401 && (w == "k" || w == "K") {
					return a, false // "401k"
				}
				a.value *= scale
				a.scale, a.k = scale, scale == 1e3
				if big {
					a.scaleWord = w
				}
				if period != "" {
					a.period = period
				}
				a.tj, a.end = j+1, t.end
				j++
			} else if _, _, ok := wordCurrency(w); !ok && glued {
				return a, false // "3rd", "24h", "10GB", "9am"
			}
		}
	}
	if j < len(toks) && toks[j].start-toks[j-1].end <= 1 {
		t := toks[j]
		switch {
		case a.symbol == "" && t.kind == tSym:
			a.symbol, a.code, a.tj, a.end = s.word(t), symbolCode(s.word(t)), j+1, t.end
		case t.kind == tWord:
			if sym, code, ok := wordCurrency(s.word(t)); ok && (a.symbol == "" || (a.code == "" && code != "")) {
				if a.symbol == "" {
					a.symbol = sym
				}
				a.code, a.tj, a.end = code, j+1, t.end // "$100k USD"
			}
		}
	}
	a.plain = a.symbol == "" && a.scale == 1 && n.plain
	a.yearLike = a.plain && n.end-n.start == 4 && n.value >= 1900 && n.value <= 2099
	a.pj, a.pend = a.tj, a.end
	if p, next := s.periodAt(a.tj); p != "" {
		a.period, a.pj, a.pend = p, next, toks[next-1].end
	}
	return a, true
}

// periodUnit maps a unit written after "per", "a" or "/" to a period.
func periodUnit(w string, slash bool) string {
	var b [24]byte
	switch string(fold(&b, w)) {
	case "year", "annum", "yr":
		return "year"
	case "y", "yrs", "a":
		if slash {
			return "year"
		}
	case "month", "mo", "mth":
		return "month"
	case "m", "mos":
		if slash {
			return "month"
		}
	case "week", "wk":
		return "week"
	case "w":
		if slash {
			return "week"
		}
	case "day":
		return "day"
	case "d":
		if slash {
			return "day"
		}
	case "hour", "hr":
		return "hour"
	case "h", "hrs":
		if slash {
			return "hour"
		}
	}
	return ""
}

// periodWordOf maps a word that is a period by itself ("annually") to it.
func periodWordOf(w string) string {
	var b [24]byte
	switch string(fold(&b, w)) {
	case "annually", "yearly", "annual", "pa":
		return "year"
	case "monthly":
		return "month"
	case "weekly":
		return "week"
	case "daily":
		return "day"
	case "hourly":
		return "hour"
	}
	return ""
}

// isQualifier reports whether a word after an amount only qualifies it
// ("gross", "base").
func isQualifier(w string) bool {
	var b [24]byte
	switch string(fold(&b, w)) {
	case "gross", "net", "brutto", "netto", "base", "pretax":
		return true
	}
	return false
}

// periodAt reads a period written at token j, after an amount, and
// returns it with the index of the token after it.
func (s *moneyScanner) periodAt(j int) (string, int) {
	toks := s.toks
	k := j
	for k < len(toks) && toks[k].kind == tWord && isQualifier(s.word(toks[k])) {
		k++
	}
	if k >= len(toks) {
		return "", j
	}
	t := toks[k]
	switch {
	case t.kind == tPunct && s.word(t) == "/" && k+1 < len(toks) && toks[k+1].kind == tWord:
		if p := periodUnit(s.word(toks[k+1]), true); p != "" {
			return p, k + 2
		}
	case t.kind == tWord:
		var b [24]byte
		switch string(fold(&b, s.word(t))) {
		case "per", "a", "an", "each", "every":
			if k+1 < len(toks) && toks[k+1].kind == tWord {
				if p := periodUnit(s.word(toks[k+1]), false); p != "" {
					return p, k + 2
				}
			}
		case "p":
			// p.a., p. a., p/a
			if k+2 < len(toks) && (s.word(toks[k+1]) == "." || s.word(toks[k+1]) == "/") && s.isWord(k+2, "a") {
				next := k + 3
				if next < len(toks) && s.word(toks[next]) == "." && !gap(toks[k+2], toks[next]) {
					next++
				}
				return "year", next
			}
		case "lpa":
			return "year", k + 1
		}
		if p := periodWordOf(s.word(t)); p != "" {
			return p, k + 1
		}
	}
	return "", j
}

// isJoiner reports whether token i joins the two ends of a range; between
// is true when "between" comes before the first end.
func (s *moneyScanner) isJoiner(i int, between bool) bool {
	if i >= len(s.toks) {
		return false
	}
	t := s.toks[i]
	switch t.kind {
	case tDash:
		return true
	case tPunct:
		return s.word(t) == "~"
	case tWord:
		var b [24]byte
		w := fold(&b, s.word(t))
		return string(w) == "to" || (between && string(w) == "and")
	}
	return false
}

// openBefore reads the words before token i that make a single amount
// open-ended ("up to", "from"). It returns the index of the first such
// token and which end is open.
func (s *moneyScanner) openBefore(i int) (first int, noMin, noMax bool) {
	k := i
	if k > 0 && s.toks[k-1].kind == tPunct && s.word(s.toks[k-1]) == ":" {
		k--
	}
	var bufs [3][24]byte
	var words [3]string // the words before k, nearest first, in lower case
	for off := 1; off <= 3 && k-off >= 0 && s.toks[k-off].kind == tWord; off++ {
		words[off-1] = string(fold(&bufs[off-1], s.word(s.toks[k-off])))
	}
	w := func(off int) string { return words[off-1] }
	sym := func() string {
		if k-1 < 0 || s.toks[k-1].kind != tPunct {
			return ""
		}
		return s.word(s.toks[k-1])
	}
	switch {
	case w(2) == "up" && w(1) == "to":
		return k - 2, true, false
	case w(3) == "as" && w(2) == "much" && w(1) == "as":
		return k - 3, true, false
	case (w(3) == "no" || w(3) == "not") && w(2) == "more" && w(1) == "than":
		return k - 3, true, false
	case w(1) == "max" || w(1) == "maximum" || sym() == "≤" || sym() == "<":
		return k - 1, true, false
	case w(2) == "starting" && (w(1) == "at" || w(1) == "from"), w(2) == "starts" && w(1) == "at", w(2) == "at" && w(1) == "least":
		return k - 2, false, true
	case w(2) == "more" && w(1) == "than":
		return k - 2, false, true
	case w(3) == "in" && w(2) == "excess" && w(1) == "of":
		return k - 3, false, true
	case w(1) == "from" || w(1) == "min" || w(1) == "minimum" || w(1) == "above" || w(1) == "over" || sym() == "≥" || sym() == ">":
		return k - 1, false, true
	}
	return i, false, false
}

// isChain reports whether the amounts a and b, joined by a dash, are part
// of a chain of three numbers ("2026-01-15", "555-123-4567").
func (s *moneyScanner) isChain(a, b amount) bool {
	toks := s.toks
	if b.tj+1 < len(toks) && toks[b.tj].kind == tDash && !gap(toks[b.tj-1], toks[b.tj]) &&
		(toks[b.tj+1].kind == tNum || toks[b.tj+1].kind == tBad) {
		return true
	}
	return a.ti >= 2 && toks[a.ti-1].kind == tDash && !gap(toks[a.ti-1], toks[a.ti]) &&
		(toks[a.ti-2].kind == tNum || toks[a.ti-2].kind == tBad)
}

// candidateAt builds the candidate that starts with amount i: a range of
// amounts i and i+1, or amount i alone. used is how many amounts it takes.
func (s *moneyScanner) candidateAt(i int) (candidate, int) {
	a := s.amounts[i]
	between := s.isWord(a.ti-1, "between")
	j := a.pj
	for j < len(s.toks) && s.toks[j].kind == tWord && isQualifier(s.word(s.toks[j])) {
		j++ // "20.000 EUR brutto - 25.000 EUR brutto"
	}
	if i+1 < len(s.amounts) && s.isJoiner(j, between) && s.amounts[i+1].ti == j+1 {
		b := s.amounts[i+1]
		if c, ok := s.rangeOf(a, b); ok {
			return c, 2
		}
	}
	c := candidate{
		ti: a.ti, tj: a.pj, hasCur: a.symbol != "", k: a.k, hi: a.value,
		yearLike: a.yearLike, scaleWord: a.scaleWord, big: a.scaleWord != "", periodSeen: a.period != "",
		pay: Pay{Min: a.value, Max: a.value, Symbol: a.symbol, Currency: a.code, Period: a.period, Offset: a.start, Single: true},
	}
	end := a.end
	if first, noMin, noMax := s.openBefore(a.ti); noMin || noMax {
		c.open, c.ti, c.pay.Offset, c.pay.Single = true, first, s.toks[first].start, false
		if noMin {
			c.pay.Min = 0
		} else {
			c.pay.Max = 0
		}
	}
	if !c.open && a.pj < len(s.toks) {
		t := s.toks[a.pj]
		switch {
		case t.kind == tPunct && s.word(t) == "+" && !gap(s.toks[a.pj-1], t):
			c.open, c.pay.Max, c.pay.Single, c.tj = true, 0, false, a.pj+1
			end = t.end
		case (s.isWord(a.pj, "or") && (s.isWord(a.pj+1, "more") || s.isWord(a.pj+1, "higher"))) ||
			(s.isWord(a.pj, "and") && (s.isWord(a.pj+1, "above") || s.isWord(a.pj+1, "up"))):
			c.open, c.pay.Max, c.pay.Single, c.tj = true, 0, false, a.pj+2
		}
	}
	c.pay.Text = s.text[c.pay.Offset:end]
	return c, 1
}

// rangeOf makes a range of the amounts a and b, joined by a joiner.
func (s *moneyScanner) rangeOf(a, b amount) (candidate, bool) {
	if s.isChain(a, b) {
		return candidate{}, false
	}
	if !sameCurrency(a, b) {
		return candidate{}, false
	}
	if a.period != "" && b.period != "" && a.period != b.period {
		return candidate{}, false
	}
	lo, hi := a.value, b.value
	switch {
	case b.scale > 1 && a.scale == 1 && lo < 1000 && lo*b.scale <= 10*hi:
		lo *= b.scale // "$120-150k", "1.2-1.5M"
	case a.scale > 1 && b.scale == 1 && hi < 1000 && hi*a.scale >= lo:
		hi *= a.scale // "120k-150"
	}
	if lo > hi {
		lo, hi = hi, lo
	}
	if hi > 10*lo {
		return candidate{}, false
	}
	sym, code := a.symbol, a.code
	if sym == "" {
		sym = b.symbol
	}
	if code == "" {
		code = b.code
	}
	period := b.period
	if period == "" {
		period = a.period
	}
	end := b.end
	if a.period != "" && b.period != "" {
		end = b.pend // "$85/hr – $95/hr"
	}
	scaleWord := a.scaleWord
	if scaleWord == "" {
		scaleWord = b.scaleWord
	}
	return candidate{
		ti: a.ti, tj: b.pj, isRange: true, hasCur: sym != "", k: a.k || b.k, hi: hi,
		yearLike: a.yearLike || b.yearLike, scaleWord: scaleWord, big: scaleWord != "", periodSeen: period != "",
		pay: Pay{Min: lo, Max: hi, Symbol: sym, Currency: code, Period: period, Offset: a.start, Text: s.text[a.start:end]},
	}, true
}

// sameCurrency reports whether the two ends of a range may be in one
// currency: one of them has none, or their codes agree, or one is a bare
// "$" and the other a dollar ("CAD $90,000 to $120,000").
func sameCurrency(a, b amount) bool {
	switch {
	case a.symbol == "" || b.symbol == "":
		return true
	case a.code != "" && b.code != "":
		return a.code == b.code
	case a.code == "" && b.code == "":
		return a.symbol == b.symbol
	}
	bare, other := a, b
	if a.code != "" {
		bare, other = b, a
	}
	return bare.symbol == "$" && strings.HasSuffix(other.symbol, "$")
}

// The classes of a cue word.
const (
	cueNone    = iota
	cuePay     // pay
	cueNotPay  // not pay
	cueBenefit // a weak sign of not pay ("benefits"), which any pay word beats
)

// payCueWords are words that mark an amount as pay.
var payCueWords = wordSet("salary salaries pay paid paying pays compensation comp wage wages remuneration " +
	"rate rates ote earn earns earning earnings base tc range gehalt wynagrodzenie salaire salario stawka")

// notPayCueWords map words that mark an amount as not pay to what the
// amount then is.
var notPayCueWords = func() map[string]string {
	m := map[string]string{}
	for _, r := range [...]struct{ reason, words string }{
		{"stipend or allowance", "stipend stipends allowance allowances diem"},
		{"bonus or commission", "bonus bonuses signing sign signon retention referral commission commissions incentive incentives"},
		{"equity", "equity stock stocks shares options rsu rsus espp esop"},
		{"funding", "funding funded raised raise series seed round investors investment invested backed valuation valued capital"},
		{"revenue or a business figure", "revenue revenues arr mrr gmv sales turnover profit profits bookings processed " +
			"transactions volume payments aum assets market spend spending cost costs price prices fee fees"},
		{"benefit or budget", "budget budgets learning training education tuition conference conferences books courses " +
			"course certification certifications equipment hardware laptop setup home coworking internet phone mobile " +
			"commute commuter commuting transit parking meal meals lunch lunches food groceries gym fitness wellness " +
			"wellbeing health medical dental vision insurance pension retirement match matching hsa fsa childcare " +
			"relocation relocate moving visa travel expense expenses reimbursement reimbursed reimburse credit credits " +
			"voucher vouchers fund funds grant grants donation donations charity prize award gift toward towards"},
		{"a count", "customers users clients merchants subscribers downloads employees people countries members requests " +
			"shops companies businesses engineers developers staff teams offices locations stars"},
		{"a duration", "years yrs months weeks days hours hrs minutes mins experience"},
	} {
		for _, w := range strings.Fields(r.words) {
			m[w] = r.reason
		}
	}
	return m
}()

// wordSet makes a set of the space-separated words of s.
func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// cueOf classifies a word.
func cueOf(w string) (int, string) {
	var b [24]byte
	key := fold(&b, w)
	if key == nil {
		return cueNone, ""
	}
	if payCueWords[string(key)] {
		return cuePay, ""
	}
	if reason, ok := notPayCueWords[string(key)]; ok {
		return cueNotPay, reason
	}
	switch string(key) {
	case "benefits", "benefit", "perks", "perk":
		return cueBenefit, "benefit or budget"
	}
	return cueNone, ""
}

// maxCueTokens bounds how far the cue search looks on each side.
const maxCueTokens = 16

// cue is the nearest word of one class and how many words lie between it
// and the amount.
type cue struct {
	word   string
	reason string
	dist   int
}

func (c *cue) offer(word, reason string, dist int) {
	if c.word == "" || dist < c.dist {
		c.word, c.reason, c.dist = word, reason, dist
	}
}

// lower returns the cue word in lower case.
func (c cue) lower() string { return strings.ToLower(c.word) }

// classify decides whether a candidate is pay, looking for cue words
// before it (back to token prevEnd, and on the label line above when
// label is not nil) and after it (up to token nextStart). It also fills in
// the period from words before the amount when none follows it.
func (s *moneyScanner) classify(c *candidate, prevEnd, nextStart int, label []ptok) (isPay bool, cueWord, reason string) {
	var payCue, notPayCue, benefitCue cue
	period := ""
	look := func(toks []ptok, i, dist int) {
		w := s.text[toks[i].start:toks[i].end]
		switch class, why := cueOf(w); class {
		case cuePay:
			payCue.offer(w, "", dist)
		case cueNotPay:
			notPayCue.offer(w, why, dist)
		case cueBenefit:
			benefitCue.offer(w, why, dist)
		}
		if period == "" {
			if p := periodWordOf(w); p != "" {
				period = p
			} else if strings.EqualFold(w, "day") && i+1 < len(toks) && strings.EqualFold(s.text[toks[i+1].start:toks[i+1].end], "rate") {
				period = "day"
			} else if i > 0 && toks[i-1].kind == tWord {
				var b [24]byte
				switch string(fold(&b, s.text[toks[i-1].start:toks[i-1].end])) {
				case "per", "a", "an":
					period = periodUnit(w, false)
				}
			}
		}
	}
	// Before: back to the previous amount or the clause's start.
	dist := 0
	scanBefore := func(toks []ptok, from, to int) bool {
		for i, n := from, 0; i >= to && n < maxCueTokens; i, n = i-1, n+1 {
			if toks[i].kind == tBreak {
				return false
			}
			if toks[i].kind == tWord {
				look(toks, i, dist)
				dist++
			}
		}
		return true
	}
	if scanBefore(s.toks, c.ti-1, prevEnd) && label != nil {
		scanBefore(label, len(label)-1, 0)
	}
	// After: up to the next amount, a stop word or the clause's end.
	dist = 0
after:
	for i, n := c.tj, 0; i < nextStart && n < maxCueTokens; i, n = i+1, n+1 {
		t := s.toks[i]
		switch t.kind {
		case tBreak, tNum, tBad, tSym:
			break after
		case tPunct:
			switch s.word(t) {
			case ",", "(", ")", "+", "&", "[", "]":
				break after
			}
		case tDash:
			if gap(s.toks[i-1], t) {
				break after // " - " starts another item
			}
		case tWord:
			var b [24]byte
			switch string(fold(&b, s.word(t))) {
			case "plus", "and", "with", "or", "including", "includes", "incl":
				break after
			}
			look(s.toks, i, dist)
			dist++
		}
	}
	if c.pay.Period == "" && period != "" {
		c.pay.Period = period
		c.periodSeen = true
	}
	if notPayCue.word != "" && (payCue.word == "" || notPayCue.dist <= payCue.dist) {
		word, reason := s.strongestCue(c, prevEnd, nextStart, notPayCue)
		return false, strings.ToLower(word), reason
	}
	if c.big && payCue.word == "" {
		return false, strings.ToLower(c.scaleWord), "a sum in millions"
	}
	if !c.hasCur {
		// No currency: a year, a count or a level unless a pay word is
		// right next to it or it is a k range with a period.
		switch {
		case c.yearLike || (c.hi < 1000 && !c.periodSeen):
			return false, "", ""
		case payCue.word != "" && payCue.dist <= 2:
			return true, payCue.lower(), ""
		}
		return c.isRange && c.k && c.periodSeen && benefitCue.word == "", "", ""
	}
	if payCue.word != "" {
		return true, payCue.lower(), ""
	}
	if benefitCue.word != "" {
		return false, benefitCue.lower(), benefitCue.reason
	}
	if c.isRange || c.open || c.periodSeen {
		return true, "", ""
	}
	return false, "", "a single figure with no pay word or period near it"
}

// notPayRank orders what an amount that is not pay can be, the most
// telling first: it names the amount by the strongest cue of its phrase
// ("annual learning and development stipend" is a stipend, not learning).
var notPayRank = []string{"stipend or allowance", "bonus or commission", "equity", "funding",
	"revenue or a business figure", "benefit or budget", "a count", "a duration"}

// strongestCue returns the not-pay cue word of the candidate's clause
// whose reason ranks first in notPayRank: the words before it (back to the
// previous amount) and after it up to a comma, a bracket, a clause end or
// the next amount, "and" and "plus" included. It only names the amount;
// the nearest cue decided that it is not pay. def is that nearest cue.
func (s *moneyScanner) strongestCue(c *candidate, prevEnd, nextStart int, def cue) (string, string) {
	best, rank := def, slices.Index(notPayRank, def.reason)
	consider := func(i int) {
		w := s.word(s.toks[i])
		if class, why := cueOf(w); class == cueNotPay {
			if r := slices.Index(notPayRank, why); r < rank {
				best, rank = cue{word: w, reason: why}, r
			}
		}
	}
	for i, n := c.ti-1, 0; i >= prevEnd && n < maxCueTokens && s.toks[i].kind != tBreak; i, n = i-1, n+1 {
		if s.toks[i].kind == tWord {
			consider(i)
		}
	}
scan:
	for i, n := c.tj, 0; i < nextStart && n < maxCueTokens; i, n = i+1, n+1 {
		switch t := s.toks[i]; t.kind {
		case tBreak, tNum, tBad, tSym:
			break scan
		case tPunct:
			if strings.Contains(",()[]", s.word(t)) {
				break scan
			}
		case tWord:
			consider(i)
		}
	}
	return best.word, best.reason
}

// mainPay picks the posting's pay among the figures found: a range before
// an open-ended figure before a single one, then one with a pay word
// ("salary") next to it, then one with a period, the first on a tie; nil
// when there is none.
func mainPay(found []Pay) *Pay {
	best, bestScore := -1, -1
	for i, p := range found {
		score := 0
		switch {
		case !p.OpenEnded() && !p.Single:
			score += 4
		case !p.Single:
			score += 2
		}
		if p.Cue != "" {
			score += 2
		}
		if p.Period != "" {
			score++
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
