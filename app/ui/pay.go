package ui

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"hirecalc/app/pay"
)

// payPanel shows the pay for the chosen region and level: the suggested
// range, the sources' figures side by side with their sample sizes, where
// they disagree, the switches for currency and period, and the chart
// comparing the regions.
type payPanel struct {
	app.Compo

	// Subject names the role, level and place ("Senior backend engineer
	// in Poland").
	Subject string
	// Salary is the estimate, View its figures in the chosen currency
	// and period.
	Salary pay.Salary
	View   pay.View
	// Cost is what the hire costs the employer.
	Cost pay.Cost
	// Chart is the regions chart, drawn.
	Chart chart
	// Currencies and Periods are the switches' options; Currency and
	// Period the chosen ones.
	Currencies []option
	Periods    []option
	Currency   string
	Period     string
	// OnSwitch receives a switch's query key (currency or period) and
	// its new value.
	OnSwitch func(ctx app.Context, key, value string)
	// Locked are the query keys the visitor may not change (an embed's
	// lock option); their switches are disabled.
	Locked map[string]bool
}

// Render draws the panel: the switches are live controls, the figures
// read-only markup.
func (p *payPanel) Render() app.UI {
	return el("section").
		ID("pay").
		Class("card pay").
		Aria("labelledby", "pay-heading").
		Body(
			el("h2").ID("pay-heading").Text("Pay"),
			el("p").Class("subject").Text(p.Subject),
			el("div").Class("switches").Body(
				p.switchGroup("pay-currency", "currency", "Currency", p.Currencies, p.Currency),
				p.switchGroup("pay-period", "period", "Per", p.Periods, p.Period),
			),
			app.Raw(payHTML(p.Salary, p.View, p.Cost, p.Chart)),
		)
}

// switchGroup renders a switch as a group of radio buttons. The value
// and the key travel in the input, so the handler captures nothing that
// changes (go-app keeps an element's first handler).
func (p *payPanel) switchGroup(id, key, legend string, options []option, value string) app.UI {
	return el("fieldset").ID(id).Class("switch").Body(
		el("legend").Text(legend),
		app.Range(options).Slice(func(i int) app.UI {
			o := options[i]
			inputID := id + "-" + o.Value
			return el("span").Class("switch-option").Body(
				flag(flag(void("input"), "checked", o.Value == value), "disabled", p.Locked[key]).
					ID(inputID).
					Attr("type", "radio").
					Attr("name", id).
					Attr("value", o.Value).
					DataSet("key", key).
					OnChange(p.onSwitch),
				el("label").Attr("for", inputID).Text(o.Label),
			)
		}),
	)
}

// onSwitch reports a switch change.
func (p *payPanel) onSwitch(ctx app.Context, e app.Event) {
	src := ctx.JSSrc()
	if p.OnSwitch != nil && src.Get("checked").Bool() {
		p.OnSwitch(ctx, src.Get("dataset").Get("key").String(), src.Get("value").String())
	}
}

// payHTML writes the read-only part of the panel.
func payHTML(s pay.Salary, v pay.View, c pay.Cost, ch chart) string {
	var m markup
	m.open("div", "class", "pay-body")
	m.open("div", "id", "pay-range", "class", "pay-range")
	if v.Suggested != "" {
		m.leaf("p", "Suggested range to post (an estimate)", "class", "range-label")
		m.open("p", "class", "range").leaf("span", v.Suggested, "class", "amount").text(" ").leaf("span", periodPhrase(v.Period), "class", "per")
		datedBadge(&m, v.SuggestedDated)
		m.close("p")
		m.leaf("p", v.SuggestedBasis, "class", "basis")
		datedNote(&m, v.SuggestedDated)
	} else {
		m.leaf("p", "No source covers this role, level and place, so there is no suggested range. The figures below are the closest there are.", "class", "range-label")
	}
	m.close("div")
	if v.Conversion != "" {
		m.open("p", "id", "pay-conversion", "class", "conversion").text(v.Conversion)
		if v.RateDated != "" {
			m.text(" ")
			datedBadge(&m, v.RateDated)
			m.text(" " + v.RateDated)
		}
		m.close("p")
	}
	if len(s.Disagreements) > 0 {
		m.open("div", "id", "pay-disagree", "class", "callout disagree")
		m.leaf("h3", "Where the sources disagree")
		m.open("ul")
		for _, d := range s.Disagreements {
			m.leaf("li", d.Text)
		}
		m.close("ul").close("div")
	}
	m.leaf("h3", "The figures, side by side")
	m.open("div", "class", "table-scroll", "tabindex", "0", "role", "region", "aria-label", "Pay figures by source (scrolls sideways)")
	m.open("table", "id", "pay-figures", "class", "figures")
	m.leaf("caption", "Pay figures by source, "+periodPhrase(v.Period)+", "+v.Currency, "class", "sr-only")
	m.open("thead").open("tr")
	m.leaf("th", "Source", "scope", "col")
	m.leaf("th", "Measures", "scope", "col")
	m.leaf("th", "Figures ("+v.Currency+", "+periodPhrase(v.Period)+")", "scope", "col")
	m.leaf("th", "Sample", "scope", "col")
	m.close("tr").close("thead")
	m.open("tbody")
	for _, r := range v.Rows {
		figureRow(&m, r)
	}
	m.close("tbody").close("table").close("div")
	costHTML(&m, c)
	if len(s.Notes) > 0 {
		m.open("div", "class", "notes").leaf("h3", "Assumptions and coverage").open("ul")
		for _, n := range s.Notes {
			m.leaf("li", n)
		}
		m.close("ul").close("div")
	}
	m.leaf("h3", "Compared with the other regions")
	m.open("figure", "class", "chart").raw(ch.SVG).leaf("figcaption", ch.Caption, "class", "chart-caption").close("figure")
	if s.Attribution != "" {
		m.leaf("p", s.Attribution, "class", "attribution")
	}
	m.close("div")
	return m.String()
}

// figureRow writes one source's figure as a table row.
func figureRow(m *markup, r pay.Row) {
	m.open("tr", "class", "source-"+r.SourceID)
	m.open("th", "scope", "row")
	if r.URL != "" {
		m.leaf("a", r.Source, "href", r.URL, "target", "_blank", "rel", "noopener noreferrer")
	} else {
		m.leaf("span", r.Source)
	}
	m.open("span", "class", "meta").text(r.Year)
	if r.Collected != "" {
		m.text(", collected " + r.Collected)
	}
	m.close("span")
	datedBadge(m, r.Dated)
	m.close("th")

	m.open("td").leaf("span", r.Role).leaf("span", measurePhrase(r), "class", "meta")
	if r.Claim {
		m.leaf("span", "claim, not data", "class", "badge claim")
	}
	m.close("td")

	m.open("td").open("dl", "class", "stats")
	for _, st := range [...]struct{ name, value string }{
		{"Range", r.Range}, {"10th percentile", r.P10}, {"25th percentile", r.P25},
		{"Median", r.Median}, {"75th percentile", r.P75}, {"90th percentile", r.P90},
		{"Average", r.Mean},
	} {
		if st.value != "" {
			m.open("div").leaf("dt", st.name).leaf("dd", st.value).close("div")
		}
	}
	m.close("dl").leaf("span", r.Derivation, "class", "meta")
	if r.Caution != "" {
		m.leaf("p", r.Caution, "class", "caution")
	}
	datedNote(m, r.Dated)
	m.close("td")

	m.open("td").leaf("span", orDash(r.N)).leaf("span", r.Basis, "class", "meta").close("td")
	m.close("tr")
}

// datedBadge writes a visible "dated" badge when why is not empty; its
// title repeats the reason, which datedNote writes as text.
func datedBadge(m *markup, why string) {
	if why != "" {
		m.leaf("span", "dated", "class", "badge dated", "title", why)
	}
}

// datedNote writes why data is dated, when it is.
func datedNote(m *markup, why string) {
	if why != "" {
		m.leaf("p", why, "class", "dated-note")
	}
}

// costHTML writes what the hire costs the employer: a table of the gross
// pay and each statutory contribution at the range's two ends, with the
// sources, the totals per year and month, whether the total is complete
// and what it leaves out.
func costHTML(m *markup, c pay.Cost) {
	m.open("div", "id", "pay-cost", "class", "cost")
	m.leaf("h3", "What the hire costs the employer")
	if !c.Available {
		m.leaf("p", c.Reason, "class", "meta").close("div")
		return
	}
	t := c.Table()
	m.open("p", "class", "meta").text(t.Caption + ". ")
	datedBadge(m, c.Dated)
	m.close("p")
	m.open("div", "class", "table-scroll", "tabindex", "0", "role", "region", "aria-label", "Employer cost (scrolls sideways)")
	m.open("table", "id", "pay-cost-table", "class", "figures cost-table")
	m.leaf("caption", t.Caption, "class", "sr-only")
	m.open("thead").open("tr").leaf("th", "Per year", "scope", "col")
	for _, h := range t.Heads {
		m.leaf("th", h, "scope", "col")
	}
	m.close("tr").close("thead").open("tbody")
	for _, r := range t.Rows {
		m.open("tr").open("th", "scope", "row").text(r.Name)
		if r.Detail != "" {
			m.leaf("span", r.Detail, "class", "meta")
		}
		if len(r.Sources) > 0 {
			m.open("span", "class", "meta")
			for i, src := range r.Sources {
				if i > 0 {
					m.text("; ")
				}
				m.leaf("a", src.Title, "href", src.URL, "target", "_blank", "rel", "noopener noreferrer")
			}
			m.text(" (" + r.Year + ", quality: " + r.Quality + ")").close("span")
		}
		if r.Note != "" {
			m.leaf("span", r.Note, "class", "meta")
		}
		m.close("th")
		for _, cell := range r.Cells {
			m.leaf("td", cell)
		}
		m.close("tr")
	}
	m.close("tbody").open("tfoot")
	for _, tot := range [...]struct {
		name  string
		cells []string
	}{{"Total per year", t.Total}, {"Total per month", t.Monthly}, {"On top of gross pay", t.Percent}} {
		m.open("tr").leaf("th", tot.name, "scope", "row")
		for _, cell := range tot.cells {
			m.leaf("td", cell)
		}
		m.close("tr")
	}
	m.close("tfoot").close("table").close("div")
	class := "cost-status"
	if !c.Complete {
		class += " caution"
	}
	m.leaf("p", t.Status, "class", class)
	if len(c.Missing) > 0 {
		m.open("ul", "class", "cost-missing")
		for _, x := range c.Missing {
			m.leaf("li", x.Name+": "+x.Why)
		}
		m.close("ul")
	}
	m.leaf("p", "Not included: "+strings.Join(c.LeftOut, "; ")+".", "class", "meta")
	for _, n := range c.Notes {
		m.leaf("p", n, "class", "meta")
	}
	if c.Conversion != "" {
		m.leaf("p", c.Conversion, "class", "meta")
	}
	datedNote(m, c.Dated)
	m.close("div")
}

// orDash returns s, or a dash for a missing value.
func orDash(s string) string {
	if s == "" {
		return "–"
	}
	return s
}

// measurePhrase says where and for whom a figure is.
func measurePhrase(r pay.Row) string {
	s := r.Area
	switch {
	case r.Years != "":
		s += ", " + r.Years + " years of coding"
	case r.Level == "all":
		s += ", all levels"
	case r.Level != "":
		s += ", " + r.Level
	}
	return s
}

// periodPhrase is "per year", "per month" or "per hour".
func periodPhrase(period string) string {
	if period == "" {
		return ""
	}
	return "per " + period
}
