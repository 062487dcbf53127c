package pay_test

import (
	"fmt"
	"strings"

	"hirecalc/app/pay"
)

func ExampleEstimate() {
	s, err := pay.Estimate("engineer", "senior", "pl")
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, f := range s.Figures {
		if f.Period != pay.PeriodYear {
			continue
		}
		switch {
		case f.Min != nil:
			fmt.Printf("%s, %s: %s\n", f.Role, f.Area, pay.FormatRange(*f.Min, *f.Max, f.Currency))
		case f.Median != nil && f.Years != "":
			fmt.Printf("%s, %s, %s years: median %s (n = %d)\n", f.Role, f.Area, f.Years, pay.FormatMoney(*f.Median, f.Currency), f.N)
		case f.Median != nil:
			fmt.Printf("%s, %s: median %s (n = %d)\n", f.Role, f.Area, pay.FormatMoney(*f.Median, f.Currency), f.N)
		case f.Mean != nil:
			fmt.Printf("%s, %s: %s\n", f.Role, f.Area, pay.FormatMoney(*f.Mean, f.Currency))
		}
	}
	fmt.Println("Suggested:", pay.FormatRange(s.Suggested.Min, s.Suggested.Max, "USD"))
	fmt.Println(s.Disagreements[0].Text)
	// Output:
	// Backend developer (guide), Eastern Europe (Remote): $45,000 – $70,000
	// Backend engineer: the guide's claimed premium over its developer range, Eastern Europe (Remote): $51,750 – $87,500
	// Backend engineer, average of all levels (guide), Poland: $27,495
	// Back-end developers (survey), Poland, 6-10 years: median $71,270 (n = 55)
	// Back-end developers, all years of experience (survey), Poland: median $61,866 (n = 195)
	// Back-end developers (survey), Eastern Europe, 6-10 years: median $55,025 (n = 312)
	// Back-end developers (survey), Eastern Europe without Ukraine, 6-10 years: median $59,472 (n = 154)
	// Suggested: $49,000 – $89,000
	// The sources disagree by more than a quarter: The survey's median for back-end developers in Poland with all years of experience, $61,866 (n = 195, total compensation) is 125% above the guide's average for a backend engineer in Poland, $27,495.
}

func ExampleSalary_View() {
	s, err := pay.Estimate("developer", "mid", "de")
	if err != nil {
		fmt.Println(err)
		return
	}
	v, err := s.View("EUR", pay.PeriodMonth, "")
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, r := range v.Rows {
		switch {
		case r.Range != "":
			fmt.Printf("%s: %s (%s)\n", r.Area, r.Range, r.Source)
		case r.Years != "":
			fmt.Printf("%s, %s years: median %s, %s (%s)\n", r.Area, r.Years, r.Median, r.N, r.Source)
		default:
			fmt.Printf("%s, all years: median %s, %s (%s)\n", r.Area, r.Median, r.N, r.Source)
		}
	}
	fmt.Println("Suggested:", v.Suggested)
	fmt.Println(v.Conversion)
	// Output:
	// Western Europe: €3,923 – €5,349 (DistantJob's hiring guide (figures from Talent.com and Glassdoor))
	// Germany, 3-5 years: median €4,963, n = 73 (Stack Overflow Developer Survey 2024)
	// Germany, all years: median €6,121, n = 333 (Stack Overflow Developer Survey 2024)
	// Western Europe, 3-5 years: median €4,400, n = 297 (Stack Overflow Developer Survey 2024)
	// Suggested: €4,159 – €6,238
	// Converted from US dollars: the guide's undated figures at the ECB rate of 2026-04-13, 1 USD = 0.855871 EUR, the latest rate in hirecalc; the survey's figures of 2024 at the ECB's 2024 average, 1 USD = 0.924128 EUR (mean of 256 business days), the year their pay was earned and converted to US dollars. ECB euro reference rates, for information purposes only.
}

func ExampleSalary_Cost() {
	s, err := pay.Estimate("engineer", "senior", "us")
	if err != nil {
		fmt.Println(err)
		return
	}
	c, err := s.Cost("2026-12-04")
	if err != nil {
		fmt.Println(err)
		return
	}
	t := c.Table()
	fmt.Println(t.Caption)
	for _, r := range t.Rows {
		fmt.Printf("%s: %s\n", r.Name, strings.Join(r.Cells, " | "))
	}
	fmt.Println("Total per year:", strings.Join(t.Total, " | "))
	fmt.Println(t.Status)
	// Output:
	// What the hire costs the employer in the United States per year, by the 2026 rules
	// Gross pay (the suggested range): $130,000 | $210,000
	// Social Security (OASDI), employer share: $8,060 | $11,439
	// Medicare (HI), employer share: $1,885 | $3,045
	// Federal unemployment tax (FUTA), after the full state credit: $42.00 | $42.00
	// Total per year: $139,987 | $224,526
	// Incomplete: the total leaves out State unemployment insurance tax (SUTA), for which hirecalc has no figure.
}

func ExampleConvert() {
	pln, err := pay.Convert(130000, "USD", "PLN")
	fmt.Println(pay.FormatMoney(pln, "PLN"), err)
	_, err = pay.Convert(130000, "USD", "ARS")
	fmt.Println(err)
	// Output:
	// PLN 473,347 <nil>
	// pay: convert USD to ARS: ARS: no ECB rate
}

func ExampleRate() {
	l, _ := pay.Rate("ARS")
	fmt.Println(l.Available(), l.Note)
	// Output:
	// false The ECB does not publish a reference rate for ARS: amounts are shown in US dollars only, not converted.
}

func ExampleFormatMoney() {
	fmt.Println(pay.FormatMoney(130000, "USD"))
	fmt.Println(pay.FormatMoney(75000, "EUR"))
	fmt.Println(pay.FormatMoney(63.98, "USD"))
	// Output:
	// $130,000
	// €75,000
	// $63.98
}

func ExampleRegions() {
	c, err := pay.Regions("developer", "mid")
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, r := range c.Regions {
		for _, b := range r.Bars {
			fmt.Printf("%s: %s [%.1f%%–%.1f%%]\n", r.Name, b.Label, b.LowPct, b.HighPct)
		}
	}
	// Output:
	// United States: Guide, developers: $95,000 – $130,000 [54.3%–74.3%]
	// United States: Survey, 3-5 years: $100,000 – $174,000, median $135,000 (n = 119) [57.1%–99.4%]
	// Western Europe: Guide, developers: $55,000 – $75,000 [31.4%–42.9%]
	// Western Europe: Survey, 3-5 years: $42,962 – $75,184, median $57,140 (n = 297) [24.5%–43.0%]
	// Eastern Europe: Guide, developers: $28,000 – $48,000 [16.0%–27.4%]
	// Eastern Europe: Survey, 3-5 years: $19,702 – $52,588, median $36,000 (n = 236) [11.3%–30.1%]
	// Latin America: Guide, developers: $24,000 – $44,000 [13.7%–25.1%]
	// Latin America: Survey, 3-5 years: $13,427 – $30,532, median $18,836 (n = 68) [7.7%–17.4%]
}
