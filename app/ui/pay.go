package ui

import (
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
	// Chart is the regions chart, laid out.
	Chart chartLayout
	// Currencies and Periods are the switches' options; Currency and
	// Period the chosen ones.
	Currencies []option
	Periods    []option
	Currency   string
	Period     string
	// Error says why there is no estimate, or is empty.
	Error string
	// OnSwitch receives a switch's query key (currency or period) and
	// its new value.
	OnSwitch func(ctx app.Context, key, value string)
}

// Render draws the panel.
func (p *payPanel) Render() app.UI {
	v := p.View
	return app.Section().
		ID("pay").
		Class("card pay").
		Aria("labelledby", "pay-heading").
		Body(
			app.H2().ID("pay-heading").Text("Pay"),
			app.P().Class("subject").Text(p.Subject),
			app.If(p.Error != "", func() app.UI {
				return app.P().ID("pay-error").Class("error").Text(p.Error)
			}),
			app.Div().Class("switches").Body(
				p.switchGroup("pay-currency", "currency", "Currency", p.Currencies, p.Currency),
				p.switchGroup("pay-period", "period", "Per", p.Periods, p.Period),
			),
			app.Div().ID("pay-range").Class("pay-range").Body(
				app.If(v.Suggested != "", func() app.UI {
					return app.Div().Body(
						app.P().Class("range-label").Text("Suggested range to post (an estimate)"),
						app.P().Class("range").Body(
							app.Span().Class("amount").Text(v.Suggested),
							app.Span().Class("per").Text(" "+periodPhrase(v.Period)),
						),
						app.P().Class("basis").Text(v.SuggestedBasis),
					)
				}).Else(func() app.UI {
					return app.P().Class("range-label").Text("No source covers this role, level and place, so there is no suggested range. The figures below are the closest there are.")
				}),
			),
			app.If(v.Conversion != "", func() app.UI {
				return app.P().ID("pay-conversion").Class("conversion").Text(v.Conversion)
			}),
			app.If(len(p.Salary.Disagreements) > 0, func() app.UI {
				return app.Div().ID("pay-disagree").Class("callout disagree").Body(
					app.H3().Text("Where the sources disagree"),
					app.Ul().Body(
						app.Range(p.Salary.Disagreements).Slice(func(i int) app.UI {
							return app.Li().Text(p.Salary.Disagreements[i].Text)
						}),
					),
				)
			}),
			app.H3().Text("The figures, side by side"),
			app.Div().
				Class("table-scroll").
				TabIndex(0).
				Role("region").
				Aria("label", "Pay figures by source (scrolls sideways)").
				Body(
					app.Table().ID("pay-figures").Class("figures").Body(
						app.Caption().Class("sr-only").Text("Pay figures by source, "+periodPhrase(v.Period)+", "+v.Currency),
						app.THead().Body(app.Tr().Body(
							app.Th().Scope("col").Text("Source"),
							app.Th().Scope("col").Text("Measures"),
							app.Th().Scope("col").Text("Figures ("+v.Currency+", "+periodPhrase(v.Period)+")"),
							app.Th().Scope("col").Text("Sample"),
						)),
						app.TBody().Body(
							app.Range(v.Rows).Slice(func(i int) app.UI {
								return figureRow(v.Rows[i])
							}),
						),
					),
				),
			app.If(len(p.Salary.Notes) > 0, func() app.UI {
				return app.Div().Class("notes").Body(
					app.H3().Text("Assumptions and coverage"),
					app.Ul().Body(
						app.Range(p.Salary.Notes).Slice(func(i int) app.UI {
							return app.Li().Text(p.Salary.Notes[i])
						}),
					),
				)
			}),
			app.H3().Text("Compared with the other regions"),
			&chart{Layout: p.Chart},
			app.If(p.Salary.Attribution != "", func() app.UI {
				return app.P().Class("attribution").Text(p.Salary.Attribution)
			}),
		)
}

// switchGroup renders a switch as a group of radio buttons. The value
// travels in the input's value, so the handler captures nothing that
// changes.
func (p *payPanel) switchGroup(id, key, legend string, options []option, value string) app.UI {
	return app.FieldSet().ID(id).Class("switch").Body(
		app.Legend().Text(legend),
		app.Range(options).Slice(func(i int) app.UI {
			o := options[i]
			inputID := id + "-" + o.Value
			return app.Span().Class("switch-option").Body(
				app.Input().
					ID(inputID).
					Type("radio").
					Name(id).
					Value(o.Value).
					DataSet("key", key).
					Checked(o.Value == value).
					OnChange(p.onSwitch),
				app.Label().For(inputID).Text(o.Label),
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

// figureRow renders one source's figure as a table row.
func figureRow(r pay.Row) app.UI {
	return app.Tr().
		Class("source-"+r.SourceID).
		Body(
			app.Th().Scope("row").Body(
				app.If(r.URL != "", func() app.UI {
					return app.A().Href(r.URL).Target("_blank").Rel("noopener noreferrer").Text(r.Source)
				}).Else(func() app.UI {
					return app.Span().Text(r.Source)
				}),
				app.Span().Class("meta").Text(yearPhrase(r.Year)+" · "+r.Licence),
			),
			app.Td().Body(
				app.Span().Text(r.Role),
				app.Span().Class("meta").Text(measurePhrase(r)),
				app.If(r.Claim, func() app.UI {
					return app.Span().Class("badge claim").Text("claim, not data")
				}),
			),
			app.Td().Body(
				app.Dl().Class("stats").Body(
					stat("Range", r.Range),
					stat("10th percentile", r.P10),
					stat("25th percentile", r.P25),
					stat("Median", r.Median),
					stat("75th percentile", r.P75),
					stat("90th percentile", r.P90),
					stat("Average", r.Mean),
				),
				app.Span().Class("meta").Text(r.Derivation),
				app.If(r.Caution != "", func() app.UI {
					return app.P().Class("caution").Text(r.Caution)
				}),
			),
			app.Td().Body(
				app.Span().Text(orDash(r.N)),
				app.Span().Class("meta").Text(r.Basis),
			),
		)
}

// stat renders one statistic, or nothing when the source has none.
func stat(name, value string) app.UI {
	if value == "" {
		return nil
	}
	return app.Div().Body(app.Dt().Text(name), app.Dd().Text(value))
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

// yearPhrase names a source's year.
func yearPhrase(year string) string {
	if year == "undated" {
		return "undated"
	}
	return year
}

// periodPhrase is "per year", "per month" or "per hour".
func periodPhrase(period string) string {
	if period == "" {
		return ""
	}
	return "per " + period
}
