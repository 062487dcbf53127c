//go:build !wasm

package main

import (
	"fmt"
	"strings"

	"hirecalc/app/advice"
	"hirecalc/app/pay"
)

// payText renders the pay part of "hirecalc advise -format text": the
// suggested range and every figure in US dollars with the local currency
// (and the chosen currency, if another) beside it where a rate exists,
// each figure's year and any dated badge, then what the hire costs the
// employer.
func payText(r advice.Result) string {
	var b strings.Builder
	line := func(format string, a ...any) { fmt.Fprintf(&b, format+"\n", a...) }
	views := payViews(r)
	if v := views[0]; v.Suggested != "" {
		var amounts []string
		for _, w := range views {
			amounts = append(amounts, w.Suggested)
		}
		line("Suggested range: %s per %s", strings.Join(amounts, " = "), v.Period)
		line("  %s", v.SuggestedBasis)
		for _, w := range views[1:] {
			if extra := strings.TrimSpace(strings.TrimPrefix(w.SuggestedBasis, v.SuggestedBasis)); extra != "" {
				line("  %s", extra)
			}
		}
		if v.SuggestedDated != "" {
			line("  [dated] %s", v.SuggestedDated)
		}
	}
	for i := range views[0].Rows {
		rows := make([]pay.Row, len(views))
		for j, w := range views {
			rows[j] = w.Rows[i]
		}
		line("- %s", rowText(rows))
	}
	for _, d := range r.Pay.Disagreements {
		line("! %s", d.Text)
	}
	for _, w := range views {
		if w.Conversion != "" {
			line("%s", w.Conversion)
		}
	}
	if d := views[len(views)-1].RateDated; d != "" {
		line("[dated] %s", d)
	}
	for _, n := range r.Pay.Notes {
		line("* %s", n)
	}
	if r.Pay.Attribution != "" {
		line("%s", r.Pay.Attribution)
	}
	b.WriteString(costText(r.EmployerCost))
	return b.String()
}

// payViews returns the view in US dollars, then in the local currency
// when it has a rate, then in the currency asked for when it is neither.
func payViews(r advice.Result) []pay.View {
	period, today := r.View.Period, r.View.AsOf
	if period == "" {
		period = pay.PeriodYear
	}
	views := []pay.View{}
	add := func(currency string) {
		for _, v := range views {
			if v.Currency == currency {
				return
			}
		}
		if v, err := r.Estimate.View(currency, period, today); err == nil && v.Currency == currency {
			views = append(views, v)
		}
	}
	add("USD")
	if l := r.Pay.Local; l.Available() {
		add(l.Currency)
	}
	add(r.View.Currency)
	if len(views) == 0 {
		views = append(views, r.View)
	}
	return views
}

// rowText renders one pay figure on a line, its amounts in each view's
// currency side by side: what it measures, the amounts, the sample size,
// the source and its year, then its caution and dated badge.
func rowText(rows []pay.Row) string {
	row := rows[0]
	side := func(get func(pay.Row) string) string {
		var vs []string
		for _, r := range rows {
			if v := get(r); v != "" && (len(vs) == 0 || vs[len(vs)-1] != v) {
				vs = append(vs, v)
			}
		}
		return strings.Join(vs, " = ")
	}
	var parts []string
	if row.Range != "" {
		parts = append(parts, side(func(r pay.Row) string { return r.Range }))
	}
	for _, st := range []struct {
		name string
		get  func(pay.Row) string
	}{
		{"p25", func(r pay.Row) string { return r.P25 }}, {"median", func(r pay.Row) string { return r.Median }},
		{"p75", func(r pay.Row) string { return r.P75 }}, {"mean", func(r pay.Row) string { return r.Mean }},
	} {
		if st.get(row) != "" {
			parts = append(parts, st.name+" "+side(st.get))
		}
	}
	s := fmt.Sprintf("%s, %s: %s", row.Role, row.Area, strings.Join(parts, ", "))
	if row.Years != "" {
		s += " (" + row.Years + " years)"
	}
	if row.N != "" {
		s += ", " + row.N
	}
	s += " [" + row.Source + ", " + row.Year
	if row.Collected != "" {
		s += ", collected " + row.Collected
	}
	s += "]"
	if row.Caution != "" {
		s += "\n    caution: " + row.Caution
	}
	dated := ""
	for _, r := range rows {
		if r.Dated != "" && !strings.Contains(dated, r.Dated) {
			dated = strings.TrimSpace(dated + " " + r.Dated)
		}
	}
	if dated != "" {
		s += "\n    [dated] " + dated
	}
	return s
}

// costText renders what the hire costs the employer.
func costText(c pay.Cost) string {
	var b strings.Builder
	line := func(format string, a ...any) { fmt.Fprintf(&b, format+"\n", a...) }
	line("\nEmployer cost")
	if !c.Available {
		line("%s", c.Reason)
		return b.String()
	}
	t := c.Table()
	line("%s.", t.Caption)
	line("Columns: %s of the suggested range.", strings.Join(t.Heads, " | "))
	for i, r := range t.Rows {
		line("- %s: %s", r.Name, strings.Join(r.Cells, " | "))
		if i == 0 {
			continue
		}
		var src []string
		for _, s := range r.Sources {
			src = append(src, s.Title+" <"+s.URL+">")
		}
		line("    %s; %s, %s; quality %s", r.Detail, strings.Join(src, "; "), r.Year, r.Quality)
		if r.Note != "" {
			line("    %s", r.Note)
		}
	}
	line("= Total per year: %s", strings.Join(t.Total, " | "))
	line("= Total per month: %s", strings.Join(t.Monthly, " | "))
	line("  Contributions on top of gross pay: %s", strings.Join(t.Percent, " | "))
	line("%s", t.Status)
	for _, m := range c.Missing {
		line("  missing: %s: %s", m.Name, m.Why)
	}
	line("Not included: %s.", strings.Join(c.LeftOut, "; "))
	for _, n := range c.Notes {
		line("* %s", n)
	}
	if c.Conversion != "" {
		line("%s", c.Conversion)
	}
	if c.Dated != "" {
		line("[dated] %s", c.Dated)
	}
	return b.String()
}
