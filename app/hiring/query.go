package hiring

import (
	"fmt"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// MaxTeam is the largest team size accepted.
const MaxTeam = 100000

// MaxText is the longest free text accepted in a text field, in characters.
const MaxText = 300

// MaxPay is the largest confirmed pay amount accepted.
const MaxPay = 100_000_000

// Problem is one thing wrong with the user's input. Decoding never fails:
// a bad value becomes a Problem and the default is used instead.
type Problem struct {
	// Field is the query key of the input ("team").
	Field string `json:"field"`
	// Value is the value as given.
	Value string `json:"value"`
	// Message says what is wrong and what is allowed.
	Message string `json:"message"`
}

// Error returns the problem as "field: message".
func (p Problem) Error() string { return p.Field + ": " + p.Message }

// ParseQuery decodes a URL query string (with or without a leading "?")
// into an Input. Unknown keys are ignored. Each bad value is reported as a
// [Problem] naming its field, and the default of [DefaultInput] is used for
// it. A key given more than once takes its first value. ParseQuery never
// panics and never fails.
func ParseQuery(q string) (Input, []Problem) {
	return FromValues(SplitQuery(q))
}

// FromValues decodes already-split query values, appending problems to
// problems. It is [ParseQuery] for callers that hold url.Values. Repeated
// problems are merged and each field reports at most MaxFieldProblems
// (see [ProblemList]).
func FromValues(values url.Values, problems []Problem) (Input, []Problem) {
	in := DefaultInput()
	d := decoder{values: values, ProblemList: NewProblemList(problems)}

	if v, ok := d.get("team"); ok {
		n, err := strconv.Atoi(v)
		switch {
		case err != nil:
			d.Fail("team", v, "is not a number; enter a whole number from 0 to 100000")
		case n < 0 || n > MaxTeam:
			d.Fail("team", v, "is out of range; enter a whole number from 0 to 100000")
		default:
			in.Team = n
		}
	}
	if v, ok := d.get("stage"); ok {
		if s := Stage(strings.ToLower(v)); slices.Contains(Stages, s) {
			in.Stage = s
		} else {
			d.Fail("stage", v, "is not a company stage; choose one of "+list(Stages))
		}
	}
	if v, ok := d.get("regulated"); ok {
		if b, ok := parseBool(v); ok {
			in.Regulated = b
		} else {
			d.Fail("regulated", v, "is not yes or no; use 1 for a regulated industry or 0")
		}
	}
	if v, ok := d.get("owner"); ok {
		if b, ok := parseBool(v); ok {
			in.Owner = b
		} else {
			d.Fail("owner", v, "is not yes or no; use yes when an engineer or architect already owns the architecture, no otherwise")
		}
	}
	if v, present := d.raw("needs"); present {
		in.Needs = d.needs(v)
	}
	if v, ok := d.get("level"); ok {
		if l := Level(strings.ToLower(v)); slices.Contains(Levels, l) {
			in.Level = l
		} else {
			d.Fail("level", v, "is not a level; choose one of "+list(Levels))
		}
	}
	if v, ok := d.get("region"); ok {
		if r := strings.ToLower(v); ValidRegion(r) {
			in.Region = r
		} else {
			d.Fail("region", v, "is not a region or country; use us, weu, eeu, latam or a two-letter ISO country code such as pl")
		}
	}
	if v, ok := d.get("currency"); ok {
		if c := strings.ToUpper(v); validCurrency(c) {
			in.Currency = c
		} else {
			d.Fail("currency", v, "is not a currency code; use a three-letter ISO 4217 code such as USD or EUR")
		}
	}
	if v, ok := d.get("period"); ok {
		if p := Period(strings.ToLower(v)); slices.Contains(Periods, p) {
			in.Period = p
		} else {
			d.Fail("period", v, "is not a pay period; choose one of "+list(Periods))
		}
	}
	in.Company = d.text("company")
	in.Location = d.text("location")
	in.Apply = d.text("apply")
	in.Benefits = d.text("benefits")
	if v, ok := d.get("workplace"); ok {
		if w := Workplace(strings.ToLower(v)); slices.Contains(Workplaces, w) {
			in.Workplace = w
		} else {
			d.Fail("workplace", v, "is not a workplace policy; choose one of "+list(Workplaces))
		}
	}
	if v, present := d.raw("where"); present {
		in.Where = d.where(v)
	}
	d.pay(&in)
	return in, d.Problems()
}

// Query encodes the input as a URL query string, without the leading "?".
// Keys come in a fixed order so that equal inputs give equal links, and
// [ParseQuery] of the result gives back the same Input. Empty free-text
// fields and an unconfirmed pay range are left out.
func (in Input) Query() string {
	var b strings.Builder
	add := func(k, v string) {
		if b.Len() > 0 {
			b.WriteByte('&')
		}
		b.WriteString(k)
		b.WriteByte('=')
		b.WriteString(escape(v))
	}
	add("team", strconv.Itoa(in.Team))
	add("stage", string(in.Stage))
	add("regulated", boolString(in.Regulated, "1", "0"))
	add("owner", boolString(in.Owner, "yes", "no"))
	needs := make([]string, len(in.Needs))
	for i, n := range in.Needs {
		needs[i] = string(n)
	}
	add("needs", strings.Join(needs, ","))
	add("level", string(in.Level))
	add("region", in.Region)
	add("currency", in.Currency)
	add("period", string(in.Period))
	add("workplace", string(in.Workplace))
	for _, f := range []struct{ k, v string }{
		{"company", in.Company}, {"location", in.Location},
		{"apply", in.Apply}, {"benefits", in.Benefits},
	} {
		if f.v != "" {
			add(f.k, f.v)
		}
	}
	if len(in.Where) > 0 {
		add("where", strings.Join(in.Where, ","))
	}
	if in.PayMin != 0 || in.PayMax != 0 {
		add("paymin", strconv.Itoa(in.PayMin))
		add("paymax", strconv.Itoa(in.PayMax))
	}
	if in.PayCurrency != in.Currency {
		add("paycurrency", in.PayCurrency)
	}
	if in.PayPeriod != PeriodYear {
		add("payperiod", string(in.PayPeriod))
	}
	if in.PayFromEstimate && in.PayConfirmed() {
		add("paysource", paySourceEstimate)
	}
	return b.String()
}

// escape is url.QueryEscape that keeps commas readable in lists.
func escape(s string) string {
	return strings.ReplaceAll(url.QueryEscape(s), "%2C", ",")
}

type decoder struct {
	values url.Values
	*ProblemList
}

// raw returns the first value of key as given, and whether the key is there.
func (d *decoder) raw(key string) (string, bool) {
	vs, ok := d.values[key]
	if !ok || len(vs) == 0 {
		return "", false
	}
	return vs[0], true
}

// get returns the trimmed first value of key; an empty value counts as
// absent, so "team=" keeps the default.
func (d *decoder) get(key string) (string, bool) {
	v, ok := d.raw(key)
	v = strings.TrimSpace(v)
	return v, ok && v != ""
}

// needs decodes a comma-separated list of needs: unknown items are
// reported and dropped, duplicates removed, the order made canonical.
func (d *decoder) needs(v string) []Need {
	seen := make(map[Need]bool)
	wrong := "is not a need; use " + list(Needs)
	for _, item := range strings.Split(v, ",") {
		item = strings.ToLower(strings.TrimSpace(item))
		if item == "" {
			continue
		}
		n := Need(item)
		if !slices.Contains(Needs, n) {
			d.Fail("needs", item, wrong)
			continue
		}
		seen[n] = true
	}
	out := []Need{}
	for _, n := range Needs {
		if seen[n] {
			out = append(out, n)
		}
	}
	return out
}

// where decodes a comma-separated list of jurisdictions like needs.
func (d *decoder) where(v string) []string {
	seen := make(map[string]bool)
	wrong := "is not a pay-transparency jurisdiction; use " + strings.Join(Jurisdictions, ", ")
	for _, item := range strings.Split(v, ",") {
		item = strings.ToLower(strings.TrimSpace(item))
		if item == "" {
			continue
		}
		if !slices.Contains(Jurisdictions, item) {
			d.Fail("where", item, wrong)
			continue
		}
		seen[item] = true
	}
	var out []string
	for _, j := range Jurisdictions {
		if seen[j] {
			out = append(out, j)
		}
	}
	return out
}

// text decodes a free-text field: kept as typed, except that invalid UTF-8
// and control characters become spaces, surrounding space is trimmed and
// text longer than MaxText characters is cut (and reported).
func (d *decoder) text(key string) string {
	v, ok := d.raw(key)
	if !ok {
		return ""
	}
	v = cleanText(v)
	if utf8.RuneCountInString(v) > MaxText {
		d.Fail(key, v, fmt.Sprintf("is longer than %d characters; it was shortened", MaxText))
		v = strings.TrimSpace(string([]rune(v)[:MaxText]))
	}
	return v
}

// The values of the "paysource" key: the range was typed (the default)
// or is hirecalc's estimate, confirmed.
const (
	paySourceEntered  = "entered"
	paySourceEstimate = "estimate"
)

// pay decodes the confirmed pay range. It is all or nothing: if any part
// is wrong, the range stays unconfirmed and the problem says why. The
// range's source ("paysource") counts only with a range.
func (d *decoder) pay(in *Input) {
	fromEstimate := false
	if v, ok := d.get("paysource"); ok {
		b, isBool := parseBool(v) // the form's checkbox sends 1 or 0
		switch v = strings.ToLower(v); {
		case v == paySourceEstimate || isBool && b:
			fromEstimate = true
		case v == paySourceEntered || isBool:
		default:
			d.Fail("paysource", v, "is not a source of the pay range; use estimate when the range is hirecalc's estimate you chose to post, or leave it out")
		}
	}
	defer func() { in.PayFromEstimate = fromEstimate && in.PayConfirmed() }()
	minS, hasMin := d.get("paymin")
	maxS, hasMax := d.get("paymax")
	if c, ok := d.get("paycurrency"); ok {
		if c = strings.ToUpper(c); validCurrency(c) {
			in.PayCurrency = c
		} else {
			d.Fail("paycurrency", c, "is not a currency code; use a three-letter ISO 4217 code such as USD")
		}
	} else {
		in.PayCurrency = in.Currency
	}
	if p, ok := d.get("payperiod"); ok {
		if pp := Period(strings.ToLower(p)); slices.Contains(Periods, pp) {
			in.PayPeriod = pp
		} else {
			d.Fail("payperiod", p, "is not a pay period; choose one of "+list(Periods))
		}
	}
	if !hasMin && !hasMax {
		return
	}
	amount := func(field, s string) (int, bool) {
		n, ok := parseAmount(s)
		if !ok {
			d.Fail(field, s, amountMessage)
		}
		return n, ok
	}
	switch {
	case !hasMin:
		d.Fail("paymin", "", "is missing; a posted range needs both a minimum and a maximum")
	case !hasMax:
		d.Fail("paymax", "", "is missing; a posted range needs both a minimum and a maximum")
	default:
		lo, okLo := amount("paymin", minS)
		hi, okHi := amount("paymax", maxS)
		if !okLo || !okHi {
			return
		}
		if hi < lo {
			d.Fail("paymax", maxS, fmt.Sprintf("is below the minimum %d; the maximum must be at least the minimum", lo))
			return
		}
		in.PayMin, in.PayMax = lo, hi
	}
}

// amountMessage says what a pay amount may be: exactly what parseAmount
// accepts.
var amountMessage = fmt.Sprintf("is not an amount; enter a whole number from 1 to %d in digits only, "+
	"without separators, signs, decimals or a currency", MaxPay)

// parseAmount reads a confirmed pay amount: ASCII digits only (leading
// zeros allowed), a value from 1 to MaxPay.
func parseAmount(s string) (int, bool) {
	if s == "" {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		if n = n*10 + int(c-'0'); n > MaxPay {
			n = MaxPay + 1 // stays out of range, cannot overflow
		}
	}
	return n, n >= 1 && n <= MaxPay
}

// cleanText makes free text safe to keep and to round-trip: invalid UTF-8
// and control characters become spaces, and space at the ends is trimmed.
func cleanText(s string) string {
	s = strings.ToValidUTF8(s, " ")
	s = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return ' '
		}
		return r
	}, s)
	return strings.TrimSpace(s)
}

// ValidRegion reports whether r is a region key of [Regions] or a
// lower-case ISO 3166-1 alpha-2 country code.
func ValidRegion(r string) bool {
	if slices.Contains(Regions, r) {
		return true
	}
	if len(r) != 2 || r[0] < 'a' || r[0] > 'z' || r[1] < 'a' || r[1] > 'z' {
		return false
	}
	for i := 0; i+1 < len(isoCountries); i += 2 {
		if isoCountries[i:i+2] == r {
			return true
		}
	}
	return false
}

func validCurrency(c string) bool {
	if len(c) != 3 {
		return false
	}
	for i := 0; i < 3; i++ {
		if c[i] < 'A' || c[i] > 'Z' {
			return false
		}
	}
	return true
}

func parseBool(v string) (value, ok bool) {
	switch strings.ToLower(v) {
	case "1", "yes", "true", "on", "y":
		return true, true
	case "0", "no", "false", "off", "n":
		return false, true
	}
	return false, false
}

func boolString(b bool, yes, no string) string {
	if b {
		return yes
	}
	return no
}

func list[T ~string](vs []T) string {
	s := make([]string, len(vs))
	for i, v := range vs {
		s[i] = string(v)
	}
	return strings.Join(s, ", ")
}

func truncate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n]) + "…"
}

func errText(err error) string {
	if e, ok := err.(url.EscapeError); ok {
		return "bad escape " + strconv.Quote(string(e))
	}
	return err.Error()
}

// isoCountries holds the ISO 3166-1 alpha-2 codes, two letters each,
// lower case, in alphabetical order.
const isoCountries = "" +
	"adaeafagaialamaoaqarasatauawaxaz" +
	"babbbdbebfbgbhbibjblbmbnbobqbrbsbtbvbwbybz" +
	"cacccdcfcgchcickclcmcncocrcucvcwcxcycz" +
	"dedjdkdmdodz" +
	"eceeegeheresetfifjfkfmfofr" +
	"gagbgdgegfggghgiglgmgngpgqgrgsgtgugwgy" +
	"hkhmhnhrhthu" +
	"idieiliminioiqirisit" +
	"jejmjojp" +
	"kekgkhkikmknkpkrkwkykz" +
	"lalblclilklrlsltlulvly" +
	"mamcmdmemfmgmhmkmlmmmnmompmqmrmsmtmumvmwmxmymz" +
	"nancnenfngninlnonpnrnunz" +
	"om" +
	"papepfpgphpkplpmpnprpsptpwpy" +
	"qa" +
	"rerorsrurw" +
	"sasbscsdsesgshsisjskslsmsnsosrssstsvsxsysz" +
	"tctdtftgthtjtktltmtntotrtttvtwtz" +
	"uaugumusuyuz" +
	"vavcvevgvivnvu" +
	"wfws" +
	"yeyt" +
	"zazmzw"
