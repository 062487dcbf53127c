package check

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestFindPay(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []Pay
	}{
		{"dollar range with en dash", "Salary: $120,000 – $150,000 per year.",
			[]Pay{{Min: 120000, Max: 150000, Symbol: "$", Period: "year", Text: "$120,000 – $150,000", Offset: 8}}},
		{"euro k range", "€60k-75k", []Pay{{Min: 60000, Max: 75000, Currency: "EUR", Symbol: "€", Text: "€60k-75k"}}},
		{"zloty with spaces per month", "PLN 20 000–25 000 / month",
			[]Pay{{Min: 20000, Max: 25000, Currency: "PLN", Symbol: "PLN", Period: "month", Text: "PLN 20 000–25 000"}}},
		{"no-break spaces", "PLN 20\u00a0000–25\u00a0000",
			[]Pay{{Min: 20000, Max: 25000, Currency: "PLN", Symbol: "PLN", Text: "PLN 20\u00a0000–25\u00a0000"}}},
		{"up to is open-ended", "Pay: up to $150k.", []Pay{{Max: 150000, Symbol: "$", Text: "up to $150k", Offset: 5}}},
		{"from is open-ended", "from $120,000 a year", []Pay{{Min: 120000, Symbol: "$", Period: "year", Text: "from $120,000"}}},
		{"plus is open-ended", "$150K+ base", []Pay{{Min: 150000, Symbol: "$", Text: "$150K+"}}},
		{"k on the top only", "$120-150k", []Pay{{Min: 120000, Max: 150000, Symbol: "$", Text: "$120-150k"}}},
		{"hourly with decimals", "Hourly rate: $45.50 - $60",
			[]Pay{{Min: 45.5, Max: 60, Symbol: "$", Period: "hour", Text: "$45.50 - $60", Offset: 13}}},
		{"between and, symbol after", "between 75 000 € and 90 000 €, gross",
			[]Pay{{Min: 75000, Max: 90000, Currency: "EUR", Symbol: "€", Text: "75 000 € and 90 000 €", Offset: 8}}},
		{"code before dollar", "CAD $90,000 to $120,000 annually",
			[]Pay{{Min: 90000, Max: 120000, Currency: "CAD", Symbol: "$", Period: "year", Text: "$90,000 to $120,000", Offset: 4}}},
		{"code after range", "120k-150k USD", []Pay{{Min: 120000, Max: 150000, Currency: "USD", Symbol: "USD", Text: "120k-150k USD"}}},
		{"pound per annum", "£55,000 p.a.", []Pay{{Min: 55000, Max: 55000, Currency: "GBP", Symbol: "£", Period: "year", Text: "£55,000"}}},
		{"full-stop thousands, gross monthly", "20.000 - 25.000 EUR brutto monthly",
			[]Pay{{Min: 20000, Max: 25000, Currency: "EUR", Symbol: "EUR", Period: "month", Text: "20.000 - 25.000 EUR"}}},
		{"apostrophe thousands", "CHF 1'200 per hour", []Pay{{Min: 1200, Max: 1200, Currency: "CHF", Symbol: "CHF", Period: "hour", Text: "CHF 1'200"}}},
		{"reversed range is put in order", "$150,000 - $120,000", []Pay{{Min: 120000, Max: 150000, Symbol: "$", Text: "$150,000 - $120,000"}}},
		{"symbol with country", "US$100,000", []Pay{{Min: 100000, Max: 100000, Currency: "USD", Symbol: "US$", Text: "US$100,000"}}},
		{"and joins only figures of one scale", "Salary $90,000 and 5 weeks of leave",
			[]Pay{{Min: 90000, Max: 90000, Symbol: "$", Text: "$90,000", Offset: 7}}},
		{"years and counts are not pay", "5+ years of experience, 2026, 10 engineers", []Pay{}},
		{"funding is not pay", "We raised $20M and $1.5 billion.", []Pay{}},
		{"empty", "", []Pay{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, FindPay(tt.text))
		})
	}
}

func TestMainPay(t *testing.T) {
	text := "Join 2 teams. Sign-on bonus of $5,000. Salary: $100,000 - $120,000 per year."
	found := FindPay(text)
	require.Len(t, found, 2)
	got := mainPay(text, found)
	require.NotNil(t, got)
	assert.Equal(t, "$100,000 - $120,000", got.Text)
	assert.Nil(t, mainPay("", nil))
	one := FindPay("Bonus of $5,000.")
	assert.Equal(t, "$5,000", mainPay("Bonus of $5,000.", one).Text, "the only figure is the pay")
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
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			assert.Equal(t, tt.want, tt.pay.String())
		})
	}
}

func FuzzFindPay(f *testing.F) {
	for _, s := range []string{
		"Salary: $120,000 – $150,000 per year.", "€60k-75k", "PLN 20 000–25 000 / month", "up to $150k",
		"from $120,000", "$150K+", "$120-150k", "CAD $90,000 to $120,000 annually", "20.000 - 25.000 EUR brutto monthly",
		"$1,2,3,4 - €", "USD USD 1 1 1", "zł zł 99999999999999999999999999999999",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		found := FindPay(text)
		for _, p := range found {
			require.True(t, p.Offset >= 0 && p.Offset+len(p.Text) <= len(text), "offset %d", p.Offset)
			require.True(t, strings.HasPrefix(text[p.Offset:], p.Text))
			require.NotEmpty(t, p.Symbol)
			require.False(t, p.Min <= 0 && p.Max <= 0, "no figure: %+v", p)
			require.GreaterOrEqual(t, p.Min, 0.0)
			require.GreaterOrEqual(t, p.Max, 0.0)
			if p.Min > 0 && p.Max > 0 {
				require.LessOrEqual(t, p.Min, p.Max)
			}
			require.Contains(t, []string{"", "year", "month", "hour"}, p.Period)
			require.True(t, p.Currency == "" || (len(p.Currency) == 3 && strings.ToUpper(p.Currency) == p.Currency), p.Currency)
			require.NotEmpty(t, p.String())
		}
		if p := mainPay(text, found); p != nil {
			require.Contains(t, found, *p)
		}
	})
}

func ExampleFindPay() {
	for _, p := range FindPay("Salary: €60k-75k a year, or up to $90,000 for US hires. 5+ years of Go.") {
		fmt.Printf("%q: %s (open-ended: %v)\n", p.Text, p, p.OpenEnded())
	}
	// Output:
	// "€60k-75k": EUR 60,000 to 75,000 per year (open-ended: false)
	// "up to $90,000": up to $90,000 (open-ended: true)
}

func BenchmarkFindPay(b *testing.B) {
	text := strings.Repeat("We pay $120,000 – $150,000 per year plus a bonus. 5+ years of Go; 2026 roadmap. ", 40)
	b.ReportAllocs()
	for b.Loop() {
		FindPay(text)
	}
}
