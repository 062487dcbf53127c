package check

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"hirecalc/data"
)

// payShape is what a posting's pay should be read as.
type payShape struct {
	min, max         float64
	currency, period string
	text             string // the pay as written; "" skips the check
	single           bool
}

// payShapes are pay lines in the shapes real postings use, written for
// this test (no posting is copied): currency signs, codes or none, k, L
// and LPA suffixes, every range separator, units on one or both ends,
// open-ended and single figures, and postings that mix pay with amounts
// that are not pay. want nil means: no pay.
var payShapes = []struct {
	name string
	text string
	want *payShape
}{
	// Ranges with a currency sign or code.
	{"dollar range, en dash, per year", "Base salary: $118,000 – $142,000 per year", &payShape{118000, 142000, "", "year", "$118,000 – $142,000", false}},
	{"US$ both ends, annually", "US$95,000-US$110,000 annually", &payShape{95000, 110000, "USD", "year", "US$95,000-US$110,000", false}},
	{"CA$ with to, a year", "CA$88,000 to CA$104,000 a year", &payShape{88000, 104000, "CAD", "year", "CA$88,000 to CA$104,000", false}},
	{"C$ with k", "C$70k–C$85k", &payShape{70000, 85000, "CAD", "", "C$70k–C$85k", false}},
	{"euro, full-stop thousands, gross per year", "€52.000 – €64.000 gross per year", &payShape{52000, 64000, "EUR", "year", "€52.000 – €64.000", false}},
	{"pound, em dash, per annum", "£61,500—£73,000 per annum", &payShape{61500, 73000, "GBP", "year", "£61,500—£73,000", false}},
	{"zloty sign after, slash month", "19 500 – 26 000 zł / month (B2B)", &payShape{19500, 26000, "PLN", "month", "19 500 – 26 000 zł", false}},
	{"PLN code before, monthly", "PLN 21 000 - 28 500 monthly", &payShape{21000, 28500, "PLN", "month", "PLN 21 000 - 28 500", false}},
	{"rupee, lakh grouping, per annum", "₹14,50,000 – ₹19,00,000 per annum", &payShape{1450000, 1900000, "INR", "year", "₹14,50,000 – ₹19,00,000", false}},
	{"INR with LPA", "INR 22-30 LPA", &payShape{2200000, 3000000, "INR", "year", "INR 22-30 LPA", false}},
	{"rupee with L suffix", "CTC: ₹12L – ₹18L", &payShape{1200000, 1800000, "INR", "", "₹12L – ₹18L", false}},
	{"USD code before, per month", "USD 7,500 – 9,200 per month", &payShape{7500, 9200, "USD", "month", "USD 7,500 – 9,200", false}},
	{"USD code after", "Compensation: 98,000 - 121,000 USD", &payShape{98000, 121000, "USD", "", "98,000 - 121,000 USD", false}},
	{"code glued before", "USD165k–185k", &payShape{165000, 185000, "USD", "", "USD165k–185k", false}},
	{"k glued to the code", "150kUSD–170kUSD", &payShape{150000, 170000, "USD", "", "150kUSD–170kUSD", false}},
	{"k range, code after, base salary", "165K-190K USD base salary", &payShape{165000, 190000, "USD", "", "165K-190K USD", false}},
	{"dollar code after both ends", "$100k USD - $120k USD", &payShape{100000, 120000, "USD", "", "$100k USD - $120k USD", false}},
	{"code before a dollar", "CAD $90,000 to $120,000 annually", &payShape{90000, 120000, "CAD", "year", "$90,000 to $120,000", false}},
	{"AU$ with tilde", "AU$120,000 ~ AU$140,000", &payShape{120000, 140000, "AUD", "", "AU$120,000 ~ AU$140,000", false}},
	{"NZ$ with k", "NZ$95k–NZ$115k", &payShape{95000, 115000, "NZD", "", "NZ$95k–NZ$115k", false}},
	{"R$ with full stops", "R$12.000 – R$16.000", &payShape{12000, 16000, "BRL", "", "R$12.000 – R$16.000", false}},
	{"SGD per month", "SGD 8,000 – 11,000 per month", &payShape{8000, 11000, "SGD", "month", "SGD 8,000 – 11,000", false}},
	{"yen per year", "¥6,500,000 – ¥8,000,000 per year", &payShape{6500000, 8000000, "JPY", "year", "¥6,500,000 – ¥8,000,000", false}},
	{"Swiss apostrophes, p.a.", "CHF 115'000 – 135'000 p.a.", &payShape{115000, 135000, "CHF", "year", "CHF 115'000 – 135'000", false}},
	{"kr after, per month", "48 000–58 000 kr per month", &payShape{48000, 58000, "", "month", "48 000–58 000 kr", false}},
	{"decimals .00", "The salary range for this position is $142,300.00 - $181,700.00.", &payShape{142300, 181700, "", "", "$142,300.00 - $181,700.00", false}},
	{"code after, spaces", "Salary: 120 000 – 140 000 EUR", &payShape{120000, 140000, "EUR", "", "120 000 – 140 000 EUR", false}},
	{"space after the euro sign", "€ 60.000 - 72.000", &payShape{60000, 72000, "EUR", "", "€ 60.000 - 72.000", false}},
	{"em dash and a note", "$95,000 — $120,000 (DOE)", &payShape{95000, 120000, "", "", "$95,000 — $120,000", false}},
	{"no-break spaces", "PLN 20\u00a0000–25\u00a0000", &payShape{20000, 25000, "PLN", "", "PLN 20\u00a0000–25\u00a0000", false}},
	{"euro sign after both ends, between", "between 75 000 € and 90 000 €, gross", &payShape{75000, 90000, "EUR", "", "75 000 € and 90 000 €", false}},
	{"gross monthly after the code", "20.000 - 25.000 EUR brutto monthly", &payShape{20000, 25000, "EUR", "month", "20.000 - 25.000 EUR", false}},
	{"reversed range is put in order", "$150,000 - $120,000", &payShape{120000, 150000, "", "", "$150,000 - $120,000", false}},
	// k on one end, k glued.
	{"k on both ends, base", "$132K-$158K base", &payShape{132000, 158000, "", "", "$132K-$158K", false}},
	{"k on the top only, plus equity", "$132-158K + equity", &payShape{132000, 158000, "", "", "$132-158K", false}},
	{"k glued to base", "$150kbase – $170kbase", &payShape{150000, 170000, "", "", "$150kbase – $170k", false}},
	{"euro k range", "€60k-75k", &payShape{60000, 75000, "EUR", "", "€60k-75k", false}},
	// Units on one or both ends.
	{"per hour on both ends, slash", "Pay: $85/hr – $95/hr", &payShape{85, 95, "", "hour", "$85/hr – $95/hr", false}},
	{"per hour on both ends, words", "$64 per hour to $79 per hour", &payShape{64, 79, "", "hour", "$64 per hour to $79 per hour", false}},
	{"slash hour, both ends", "$58/hour–$66/hour", &payShape{58, 66, "", "hour", "$58/hour–$66/hour", false}},
	{"daily after the range", "Rate: €450–€550 daily", &payShape{450, 550, "EUR", "day", "€450–€550", false}},
	{"day rate before the range", "Day rate: £525 - £610", &payShape{525, 610, "GBP", "day", "£525 - £610", false}},
	{"per week", "$1,900 – $2,300 per week", &payShape{1900, 2300, "", "week", "$1,900 – $2,300", false}},
	{"hourly before, decimals", "Hourly: $38.25-$44.75", &payShape{38.25, 44.75, "", "hour", "$38.25-$44.75", false}},
	{"hourly rate label", "Hourly rate: $45.50 - $60", &payShape{45.5, 60, "", "hour", "$45.50 - $60", false}},
	{"an hour", "We pay $52 to $61 an hour.", &payShape{52, 61, "", "hour", "$52 to $61", false}},
	{"from ... to, per year", "from $101,000 to $127,000 per year", &payShape{101000, 127000, "", "year", "$101,000 to $127,000", false}},
	{"between ... and", "between $101,000 and $127,000", &payShape{101000, 127000, "", "", "$101,000 and $127,000", false}},
	// No currency written.
	{"no currency, k range after salary", "Salary: 165k – 260k", &payShape{165000, 260000, "", "", "165k – 260k", false}},
	{"no currency, k on the top, per year", "Salary range: 140-160k per year", &payShape{140000, 160000, "", "year", "140-160k", false}},
	{"no currency, after pay", "Pay: 90,000 – 110,000 per year", &payShape{90000, 110000, "", "year", "90,000 – 110,000", false}},
	{"no currency, hourly after pay", "Pay is 42-48 per hour", &payShape{42, 48, "", "hour", "42-48", false}},
	{"no currency, k range with a period only", "165k-190k/year", &payShape{165000, 190000, "", "year", "165k-190k", false}},
	// A label line above the pay.
	{"label line above", "Compensation\n$150,000 – $175,000", &payShape{150000, 175000, "", "", "$150,000 – $175,000", false}},
	{"label line above a single figure", "Salary:\n- $140,000", &payShape{140000, 140000, "", "", "$140,000", true}},
	// Open-ended and single figures.
	{"up to", "Salary: up to $210,000", &payShape{0, 210000, "", "", "up to $210,000", false}},
	{"starting at, per hour", "Starting at $27.50/hr", &payShape{27.5, 0, "", "hour", "Starting at $27.50", false}},
	{"plus sign", "$180k+ base salary", &payShape{180000, 0, "", "", "$180k+", false}},
	{"at least a year", "Salary: at least €70,000 a year", &payShape{70000, 0, "EUR", "year", "at least €70,000", false}},
	{"single after salary", "Salary: $140,000", &payShape{140000, 140000, "", "", "$140,000", true}},
	{"single an hour", "We pay $62 an hour.", &payShape{62, 62, "", "hour", "$62", true}},
	{"single per annum", "£48,000 per annum", &payShape{48000, 48000, "GBP", "year", "£48,000", true}},
	// Pay and amounts that are not pay: the pay range wins.
	{"range and a signing bonus", "Salary: $120,000–$150,000 plus a $10,000 signing bonus", &payShape{120000, 150000, "", "", "$120,000–$150,000", false}},
	{"relocation first, then the range", "$12,000 relocation package, salary $115k–$135k", &payShape{115000, 135000, "", "", "$115k–$135k", false}},
	{"stipend line, then the range", "Benefits: $2,000 annual learning and development stipend.\nSalary: $125,000 – $145,000", &payShape{125000, 145000, "", "", "$125,000 – $145,000", false}},
	{"funding, then the range", "We raised a $20M Series B. Pay: $130k–$150k", &payShape{130000, 150000, "", "", "$130k–$150k", false}},
	{"equity and base pay", "Equity of $40,000 in RSUs; base pay of $150,000 to $170,000", &payShape{150000, 170000, "", "", "$150,000 to $170,000", false}},
	{"OTE range and a base in brackets", "OTE: $160k – $200k (base $110k + commission)", &payShape{160000, 200000, "", "", "$160k – $200k", false}},
	{"customers, then the range", "Trusted by 12,000+ customers. Salary 95k-115k USD", &payShape{95000, 115000, "USD", "", "95k-115k USD", false}},
	{"years, then the range", "5-7 years of Go. Compensation: $140,000 - $165,000", &payShape{140000, 165000, "", "", "$140,000 - $165,000", false}},
	// Not pay.
	{"learning stipend", "Benefits: $2,000 annual learning and development stipend", nil},
	{"home-office allowance", "$1,500 home-office allowance", nil},
	{"signing bonus label", "Signing bonus: $15,000", nil},
	{"sign-on bonus", "$10k sign-on bonus", nil},
	{"bonus of up to", "An annual bonus of up to $25,000", nil},
	{"equity in RSUs", "Equity: $60,000 in RSUs vesting over four years", nil},
	{"Series B", "We raised a $20M Series B", nil},
	{"Series B, no verb", "$20M Series B", nil},
	{"investors", "Backed by $45 million from top investors", nil},
	{"revenue", "$3.2B in annual revenue", nil},
	{"ARR", "$8M ARR and growing", nil},
	{"customer count", "Trusted by 12,000+ customers", nil},
	{"401k", "Full 401k match", nil},
	{"401(k)", "401(k) with a 4% match", nil},
	{"years of experience", "5-7 years of backend experience", nil},
	{"team size", "A team of 6-8 engineers", nil},
	{"a date", "Start date: 2026-02-01", nil},
	{"a phone number", "Call us at 555-014-2368", nil},
	{"version numbers", "Go 1.22 or 1.23, Python 3.12.4", nil},
	{"years after a pay word", "Salary review 2025-2026", nil},
	{"payments processed", "We process $2 billion in payments a year", nil},
	{"per diem", "$750 per diem while travelling", nil},
	{"wellness allowance per month", "$300/month wellness allowance", nil},
	{"conference budget", "Budget: $5,000 per engineer for conferences", nil},
	{"referral bonus", "Referral bonus $3,000", nil},
	{"a lone figure without a pay word", "We offer $500.", nil},
	{"a percentage", "Commission: 10% of sales", nil},
	{"profit share range", "Profit share of $4,000 - $6,000 a year", nil},
	{"million without a pay word", "A $5M contract with a bank", nil},
	{"counts and years", "5+ years of experience, 2026, 10 engineers", nil},
	{"empty", "", nil},
}

func TestFindPayShapes(t *testing.T) {
	require.GreaterOrEqual(t, len(payShapes), 60)
	for _, tt := range payShapes {
		t.Run(tt.name, func(t *testing.T) {
			found := FindPay(tt.text)
			got := mainPay(found)
			if tt.want == nil {
				assert.Nil(t, got, "read as pay: %+v", got)
				assert.Empty(t, found)
				return
			}
			require.NotNil(t, got, "no pay found in %q", tt.text)
			assert.Equal(t, tt.want.min, got.Min, "min")
			assert.Equal(t, tt.want.max, got.Max, "max")
			assert.Equal(t, tt.want.currency, got.Currency, "currency")
			assert.Equal(t, tt.want.period, got.Period, "period")
			assert.Equal(t, tt.want.single, got.Single, "single")
			if tt.want.text != "" {
				assert.Equal(t, tt.want.text, got.Text, "text")
			}
			assert.Equal(t, tt.want.text, tt.text[got.Offset:got.Offset+len(got.Text)])
		})
	}
}

// TestIssueShapes checks the shapes of issue 12, which real postings
// used.
func TestIssueShapes(t *testing.T) {
	ca := func(text string) Requirement {
		return requirement(t, PayTransparency(PayInput{Where: []string{"us-ca"}, Text: text}, today), "us-ca", data.CheckRange)
	}
	assert.Equal(t, RequirementMet, ca("Salary: 165k – 260k").Status, "a range without a currency sign was missed")
	got := PayTransparency(PayInput{Where: []string{"us-ca"}, Text: "$85/hr – $95/hr"}, today).Pay
	require.NotNil(t, got)
	assert.Equal(t, Pay{Min: 85, Max: 95, Symbol: "$", Period: "hour", Text: "$85/hr – $95/hr"}, *got)
	stipend := ca("Benefits: $2,000 annual learning and development stipend")
	assert.Equal(t, RequirementMissing, stipend.Status, "a stipend met California's range rule")
	res := PayTransparency(PayInput{Where: []string{"us-ca"}, Text: "Benefits: $2,000 annual learning and development stipend"}, today)
	require.Len(t, res.NotPay, 1)
	assert.Equal(t, "$2,000", res.NotPay[0].Text)
	assert.Equal(t, "stipend", res.NotPay[0].Cue, "named by the head of its phrase")
	assert.Equal(t, "stipend or allowance", res.NotPay[0].NotPay)
}

func TestFindPayFields(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []Pay
	}{
		{"dollar range with en dash", "Salary: $120,000 – $150,000 per year.",
			[]Pay{{Min: 120000, Max: 150000, Symbol: "$", Period: "year", Text: "$120,000 – $150,000", Offset: 8, Cue: "salary"}}},
		{"zloty with spaces per month", "PLN 20 000–25 000 / month",
			[]Pay{{Min: 20000, Max: 25000, Currency: "PLN", Symbol: "PLN", Period: "month", Text: "PLN 20 000–25 000"}}},
		{"up to is open-ended", "Pay: up to $150k.", []Pay{{Max: 150000, Symbol: "$", Text: "up to $150k", Offset: 5, Cue: "pay"}}},
		{"plus is open-ended", "$150K+ base", []Pay{{Min: 150000, Symbol: "$", Text: "$150K+", Cue: "base"}}},
		{"code after range", "120k-150k USD", []Pay{{Min: 120000, Max: 150000, Currency: "USD", Symbol: "USD", Text: "120k-150k USD"}}},
		{"single with a period", "£55,000 p.a.", []Pay{{Min: 55000, Max: 55000, Currency: "GBP", Symbol: "£", Period: "year", Text: "£55,000", Single: true}}},
		{"apostrophe thousands", "CHF 1'200 per hour", []Pay{{Min: 1200, Max: 1200, Currency: "CHF", Symbol: "CHF", Period: "hour", Text: "CHF 1'200", Single: true}}},
		{"and joins only after between", "Salary $90,000 and 5 weeks of leave",
			[]Pay{{Min: 90000, Max: 90000, Symbol: "$", Text: "$90,000", Offset: 7, Single: true, Cue: "salary"}}},
		{"a single figure without a pay word is not pay", "US$100,000", []Pay{}},
		{"funding is not pay", "We raised $20M and $1.5 billion.", []Pay{}},
		{"no currency, after a pay word", "Salary: 165k – 260k", []Pay{{Min: 165000, Max: 260000, Text: "165k – 260k", Offset: 8, Cue: "salary"}}},
		{"empty", "", []Pay{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, FindPay(tt.text))
		})
	}
}

func TestNotPayReasons(t *testing.T) {
	tests := []struct{ text, cue, reason string }{
		{"$1,500 home-office allowance", "allowance", "stipend or allowance"},
		{"Equity: $60,000 in RSUs vesting over four years", "equity", "equity"},
		{"$2,000 annual learning and development stipend", "stipend", "stipend or allowance"},
		{"Signing bonus: $15,000", "bonus", "bonus or commission"},
		{"Equity: $60,000 in RSUs", "equity", "equity"},
		{"We raised a $20M Series B", "series", "funding"},
		{"$8M ARR", "arr", "revenue or a business figure"},
		{"A $5M contract", "m", "a sum in millions"},
		{"Stipend: $3,000/month", "stipend", "stipend or allowance"},
		{"Perks: $800", "perks", "benefit or budget"},
		{"We offer $500.", "", "a single figure with no pay word or period near it"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			pay, notPay := findMoney(tt.text)
			assert.Empty(t, pay)
			require.Len(t, notPay, 1)
			assert.Equal(t, tt.cue, notPay[0].Cue)
			assert.Equal(t, tt.reason, notPay[0].NotPay)
		})
	}
}

// rangeRules are the rules of the table that ask for a range.
func rangeRules(t *testing.T) []string {
	var ids []string
	for _, r := range data.MustPayTransparency().Jurisdictions {
		for _, c := range r.Checks {
			if c.Kind == data.CheckRange {
				ids = append(ids, strings.ToLower(r.ID))
			}
		}
	}
	require.NotEmpty(t, ids)
	return ids
}

// TestNoFalseMet checks the worst error over many variants: no stipend,
// bonus, equity, funding or other amount that is not pay is ever taken as
// the pay (so no pay rule is met by it), and no single figure ever meets a
// rule that asks for a range.
func TestNoFalseMet(t *testing.T) {
	amounts := []string{"$2,000", "$2k", "€1.500", "£750", "US$3,000", "1,200 USD", "PLN 4 000", "₹50,000",
		"$1,000 - $2,000", "$1k–$2k", "€500 to €900", "up to $5,000", "$5,000+", "$20M", "$1.5 million", "CA$2,500"}
	templates := []string{
		"{A} learning stipend", "A {A} annual learning and development stipend.", "Stipend: {A}", "{A} home-office allowance",
		"Signing bonus: {A}", "a {A} sign-on bonus", "{A} signing bonus", "An annual bonus of {A}.", "Bonus: {A}",
		"{A} in equity", "Equity: {A} in RSUs", "{A} in stock options", "We raised {A} in funding.", "{A} Series A",
		"a {A} seed round", "{A} in annual revenue", "{A} ARR", "{A} relocation package", "Relocation: {A}",
		"{A} referral bonus", "{A} per diem", "{A} conference budget", "Training budget of {A}",
		"{A} towards your home office", "{A} commission", "Commission of {A}", "{A} wellness stipend",
		"401(k) match up to {A}", "Benefits: {A}", "Perks include {A} for books", "{A} annual bonus", "Retention bonus {A}",
		"{A} gym allowance", "Backed by {A} from investors", "{A} valuation", "{A} in payments processed",
		"Benefits\n{A} stipend", "Allowance\n{A}", "We pay a {A} learning stipend.", "Salary and a {A} bonus",
	}
	ids := rangeRules(t)
	n := 0
	for _, tpl := range templates {
		for _, a := range amounts {
			text := strings.ReplaceAll(tpl, "{A}", a)
			res := PayTransparency(PayInput{Where: append([]string{"us-co", "us-il", "eu"}, ids...), Text: text}, today)
			n++
			if !assert.Nil(t, res.Pay, "%q read as pay", text) {
				continue
			}
			for _, r := range res.Rules {
				for _, req := range r.Requirements {
					if req.Kind == data.CheckPay || req.Kind == data.CheckRange {
						assert.NotEqual(t, RequirementMet, req.Status, "%q: %s %s met", text, r.ID, req.Kind)
					}
				}
			}
		}
	}
	singles := []string{"Salary: $140,000", "Salary: $140,000 a year", "We pay $62 an hour.", "£48,000 per annum",
		"Compensation: €70,000", "Pay: 120000 per year", "Salary\n$130,000", "Base salary of $150k", "Rate: $90/hr",
		"Salary: ₹18,00,000 per annum", "Pay: PLN 20 000 / month", "$130,000 salary", "Salary: $140,000 plus a $10,000 bonus"}
	for _, text := range singles {
		res := PayTransparency(PayInput{Where: ids, Text: text}, today)
		n++
		require.NotNil(t, res.Pay, "%q: the single figure is pay", text)
		assert.True(t, res.Pay.Single, text)
		for _, r := range res.Rules {
			for _, req := range r.Requirements {
				if req.Kind == data.CheckRange {
					assert.Equal(t, RequirementMissing, req.Status, "%q: a single figure met %s", text, r.ID)
					assert.Contains(t, req.Fix, "Only one figure", text)
				}
			}
		}
	}
	t.Logf("%d postings checked", n)
}

// TestPayRangeWins checks that the pay range is the pay when a posting
// also has amounts that are not pay, before or after it.
func TestPayRangeWins(t *testing.T) {
	noise := []string{"Signing bonus: $15,000.", "We raised a $20M Series B.", "$2,000 learning stipend.",
		"Equity: $60,000 in RSUs.", "Trusted by 12,000 customers.", "5-7 years of Go.", "$500 home-office allowance."}
	for _, pay := range []string{"Salary: $120,000 – $150,000 per year.", "Compensation: 165k – 260k.", "$58/hour–$66/hour."} {
		want := FindPay(pay)
		require.Len(t, want, 1, pay)
		for _, n := range noise {
			for _, text := range []string{n + " " + pay, pay + " " + n, n + "\n" + pay + "\n" + n} {
				res := PayTransparency(PayInput{Where: []string{"us-ca"}, Text: text}, today)
				require.NotNil(t, res.Pay, text)
				assert.Equal(t, want[0].Text, res.Pay.Text, text)
				assert.Equal(t, RequirementMet, requirement(t, res, "us-ca", data.CheckRange).Status, text)
			}
		}
	}
}

func TestMainPay(t *testing.T) {
	text := "Join 2 teams. Sign-on bonus of $5,000. Salary: $100,000 - $120,000 per year."
	found := FindPay(text)
	require.Len(t, found, 1)
	got := mainPay(found)
	require.NotNil(t, got)
	assert.Equal(t, "$100,000 - $120,000", got.Text)
	assert.Nil(t, mainPay(nil))
	assert.Empty(t, FindPay("Bonus of $5,000."), "a bonus is not pay")
	both := FindPay("Salary: $140,000. Range: $130,000 - $150,000.")
	require.Len(t, both, 2)
	assert.Equal(t, "$130,000 - $150,000", mainPay(both).Text, "the range wins over a single figure")
}

func TestPayString(t *testing.T) {
	tests := []struct {
		pay  Pay
		want string
	}{
		{Pay{Min: 120000, Max: 150000, Currency: "USD", Period: "year"}, "USD 120,000 to 150,000 per year"},
		{Pay{Max: 150000, Symbol: "$"}, "up to $150,000"},
		{Pay{Min: 120000, Symbol: "$"}, "from $120,000"},
		{Pay{Min: 45.5, Max: 45.5, Currency: "GBP", Period: "hour"}, "GBP 45.5 per hour"},
		{Pay{Min: 1234567.891, Max: 1234567.891, Currency: "PLN"}, "PLN 1,234,567.89"},
		{Pay{Min: 165000, Max: 260000}, "165,000 to 260,000"},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			assert.Equal(t, tt.want, tt.pay.String())
		})
	}
}

func FuzzFindPay(f *testing.F) {
	for _, s := range payShapes {
		f.Add(s.text)
	}
	for _, s := range []string{
		"$1,2,3,4 - €", "USD USD 1 1 1", "zł zł 99999999999999999999999999999999", "1,00,00,000 - 2,00,000",
		"$1-2-3", "k1k", "$5kUSDk", "Salary\n\n\n$1", "p.a. $5 p.a.", "₹", "1'2'3'4", "$0 - $0", "$1e9",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		pay, notPay := findMoney(text)
		require.Equal(t, pay, FindPay(text))
		for _, list := range [][]Pay{pay, notPay} {
			last := -1
			for _, p := range list {
				require.True(t, p.Offset >= 0 && p.Offset+len(p.Text) <= len(text), "offset %d", p.Offset)
				require.True(t, strings.HasPrefix(text[p.Offset:], p.Text))
				require.NotEmpty(t, p.Text)
				require.Greater(t, p.Offset, last, "out of order or overlapping: %+v", list)
				last = p.Offset
				require.False(t, p.Min <= 0 && p.Max <= 0, "no figure: %+v", p)
				require.GreaterOrEqual(t, p.Min, 0.0)
				require.GreaterOrEqual(t, p.Max, 0.0)
				if p.Min > 0 && p.Max > 0 {
					require.LessOrEqual(t, p.Min, p.Max, "min > max: %+v", p)
				}
				if p.Single {
					require.Equal(t, p.Min, p.Max)
				}
				require.Contains(t, []string{"", "year", "month", "week", "day", "hour"}, p.Period)
				require.True(t, p.Currency == "" || (len(p.Currency) == 3 && strings.ToUpper(p.Currency) == p.Currency), p.Currency)
				require.NotEmpty(t, p.String())
			}
		}
		for _, p := range notPay {
			require.NotEmpty(t, p.Symbol, "only money is listed as not pay: %+v", p)
			require.NotEmpty(t, p.NotPay, "%+v", p)
		}
		for _, p := range pay {
			require.Empty(t, p.NotPay)
		}
		if p := mainPay(pay); p != nil {
			require.Contains(t, pay, *p)
		}
	})
}

func ExampleFindPay() {
	for _, p := range FindPay("Salary: €60k-75k a year, or up to $90,000 for US hires, and a $5,000 signing bonus. 5+ years of Go.") {
		fmt.Printf("%q: %s (open-ended: %v)\n", p.Text, p, p.OpenEnded())
	}
	// Output:
	// "€60k-75k": EUR 60,000 to 75,000 per year (open-ended: false)
	// "up to $90,000": up to $90,000 (open-ended: true)
}

// BenchmarkFindPay measures the parser on postings of 10 kB, 100 kB and
// 1 MB: its time per byte stays flat (linear cost).
func BenchmarkFindPay(b *testing.B) {
	unit := "We pay $120,000 – $150,000 per year plus a $5,000 signing bonus. 5+ years of Go; 2026 roadmap.\n" +
		"Benefits: $2,000 learning stipend, 401(k), 25 days off. We raised a $20M Series B.\n"
	for _, size := range []int{10 << 10, 100 << 10, 1 << 20} {
		text := strings.Repeat(unit, size/len(unit)+1)[:size]
		b.Run(fmt.Sprint(size>>10, "kB"), func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				FindPay(text)
			}
		})
	}
}

// BenchmarkFindPayOneLine is the worst case for the cue search: a 1 MB
// posting on one line, full of figures and words.
func BenchmarkFindPayOneLine(b *testing.B) {
	text := strings.Repeat("$1 - $2 salary stipend 3 ", 1<<20/25)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		FindPay(text)
	}
}
