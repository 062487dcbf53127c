package ui

import (
	"slices"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"hirecalc/app/hiring"
)

// form is the form with every input of the shareable query. It shows the
// values as typed, a one-line hint under each field and an inline message
// under each wrong one, and reports every change up through OnChange with
// the field's query key and new value.
type form struct {
	app.Compo

	// Values are the field values, one per query key (see formState).
	Values map[string]string
	// Input is the input as understood, for the ticked boxes.
	Input hiring.Input
	// Problems are the messages by field.
	Problems map[string]string
	// OnChange receives each change: the query key and its new value.
	OnChange func(ctx app.Context, key, value string)
	// OnReset asks for the default input.
	OnReset func(ctx app.Context)
	// Locked are the query keys the visitor may not change (an embed's
	// lock option): their fields are shown disabled. Hidden are the keys
	// whose fields are not shown at all (an embed's hide option).
	Locked map[string]bool
	Hidden map[string]bool

	// postingShown is true once the optional posting fields were shown;
	// they then stay open, so the form never folds away a field in use.
	postingShown bool
}

// postingKeys are the optional fields of the job posting, folded away
// until one is used.
var postingKeys = []string{"company", "apply", "benefits", "paymin", "paymax", "paycurrency", "payperiod", "paysource", "where"}

// showPosting reports whether the posting fields are shown: once one of
// them has a value of its own or a problem, and from then on.
func (f *form) showPosting() bool {
	for _, k := range postingKeys {
		switch {
		case f.Problems[k] != "":
			f.postingShown = true
		case k == "paycurrency" && f.Values[k] != f.Values["currency"]:
			f.postingShown = true
		case k == "payperiod" && f.Values[k] != string(hiring.PeriodYear):
			f.postingShown = true
		case k != "paycurrency" && k != "payperiod" && f.Values[k] != "":
			f.postingShown = true
		}
	}
	return f.postingShown
}

// Render draws the form. It works as a plain GET form before app.wasm
// runs; the page then shows the answer for the submitted query.
func (f *form) Render() app.UI {
	c := formChoices()
	return el("form").
		ID("hc-form").
		Class("hc-form").
		Attr("method", "get").
		Attr("action", "/").
		Aria("label", "Your hiring situation").
		OnSubmit(f.onSubmit).
		Body(
			f.errorFor("query"),
			f.group("Your team", []string{"team", "stage", "owner", "regulated"},
				f.textField("team", "Engineers on the team today",
					"Everyone who writes code now; 0 for your first engineer.", "numeric", 6),
				f.selectField("stage", "Company stage",
					"Titles are sharply separated in enterprises, blurred in startups.", c.Stages, nil),
				f.checkField("owner", "Someone already owns the backend architecture",
					"An engineer or architect who makes the system-level decisions today.", f.Input.Owner),
				f.checkField("regulated", "Regulated industry",
					"Finance, healthcare, government: security and compliance weigh more.", f.Input.Regulated),
			),
			f.needsField(c),
			f.group("The role", []string{"level", "region", "workplace", "location"},
				f.selectField("level", "Level", "The seniority of the hire.", c.Levels, nil),
				f.selectField("region", "Where the hire lives",
					"A salary region or a country: it sets the pay figures.", nil, c.Regions),
				f.selectField("workplace", "Workplace", "Where the work is done.", c.Workplaces, nil),
				f.textField("location", "Office location",
					"City or country, for the job description (optional).", "text", 40),
			),
			f.group("Show pay", []string{"currency", "period"},
				f.selectField("currency", "Currency",
					"US dollars, or converted at the ECB rate of the data's date.", c.Currencies, nil),
				f.selectField("period", "Per", "Year, month or hour.", c.Periods, nil),
			),
			app.If(f.anyShown(postingKeys), func() app.UI {
				return flag(el("details"), "open", f.showPosting()).ID("posting-fields").Class("posting-fields").Body(
					el("summary").Text("The job posting (optional): company, how to apply, benefits, your own pay range"),
					f.group("The job posting", postingKeys,
						f.textField("company", "Company name", "As it should appear in the posting (optional).", "text", 40),
						f.textField("apply", "How to apply", "A link or an e-mail address (optional).", "url", 40),
						f.textAreaField("benefits", "Benefits",
							"Benefits and other compensation, in a sentence or two (optional)."),
						el("div").Class("field-row").Body(
							f.textField("paymin", "Posted pay from",
								"Your confirmed range, if you have one: a whole number.", "numeric", 10),
							f.textField("paymax", "to", "Leave both empty to post the estimate.", "numeric", 10),
						),
						f.checkField("paysource", "This range is hirecalc's estimate",
							"Set by “Use this range in the posting”; editing the range makes it your own.", f.Input.PayFromEstimate),
						el("div").Class("field-row").Body(
							f.selectField("paycurrency", "Range currency", "The currency of your range.", c.Currencies, nil),
							f.selectField("payperiod", "Range per", "The period of your range.", c.Periods, nil),
						),
						f.whereField(c),
					),
				)
			}),
			el("div").Class("form-actions").Body(
				el("button").
					ID("hc-submit").
					Attr("type", "submit").
					Class("button primary").
					Text("Show the answer"),
				el("button").
					ID("hc-reset").
					Attr("type", "button").
					Class("button").
					OnClick(f.onReset).
					Text("Start over"),
			),
		)
}

// group renders a fieldset of the fields of keys, or nothing when all of
// them are hidden.
func (f *form) group(legend string, keys []string, fields ...app.UI) app.UI {
	if !f.anyShown(keys) {
		return nil
	}
	return el("fieldset").Body(append([]app.UI{el("legend").Text(legend)}, fields...)...)
}

// anyShown reports whether one of the keys' fields is shown.
func (f *form) anyShown(keys []string) bool {
	for _, k := range keys {
		if !f.Hidden[k] {
			return true
		}
	}
	return false
}

// lockedHint is added to the hint of a locked field.
const lockedHint = " Set by this site."

// hintFor returns a field's hint text, saying so when the field is locked.
func (f *form) hintFor(key, text string) string {
	if f.Locked[key] {
		return text + lockedHint
	}
	return text
}

// describedBy returns the ids of the hint and, when there is one, the
// error of a field.
func (f *form) describedBy(key string) string {
	if f.Problems[key] != "" {
		return "hint-" + key + " err-" + key
	}
	return "hint-" + key
}

// hint renders a field's one-line hint.
func hint(key, text string) app.UI {
	return el("p").ID("hint-" + key).Class("hint").Text(text)
}

// errorFor renders the inline message of a wrong field, or nothing.
func (f *form) errorFor(key string) app.UI {
	msg := f.Problems[key]
	if msg == "" {
		return nil
	}
	return el("p").ID("err-" + key).Class("error").Text(msg)
}

// fieldClass marks a field with a problem.
func (f *form) fieldClass(key string) string {
	if f.Problems[key] != "" {
		return "field invalid"
	}
	return "field"
}

// textField renders a labelled text input. Numbers use a text input with
// a numeric keyboard, so a wrong value stays visible as typed.
func (f *form) textField(key, label, hintText, kind string, size int) app.UI {
	if f.Hidden[key] {
		return nil
	}
	in := flag(void("input"), "disabled", f.Locked[key]).
		ID("in-"+key).
		Attr("name", key).
		Attr("type", "text").
		Attr("size", size).
		Attr("autocomplete", "off").
		Attr("value", attrText(f.Values[key])).
		Aria("describedby", f.describedBy(key)).
		OnInput(f.onText(key))
	switch kind {
	case "numeric":
		in = in.Attr("inputmode", "numeric")
	case "url":
		in = in.Attr("inputmode", "url").Attr("spellcheck", "false")
	}
	if f.Problems[key] != "" {
		in = invalid(in)
	}
	return el("div").Class(f.fieldClass(key)).Body(
		el("label").Attr("for", "in-"+key).Text(label),
		in,
		hint(key, f.hintFor(key, hintText)),
		f.errorFor(key),
	)
}

// textAreaField renders a labelled multi-line text input.
func (f *form) textAreaField(key, label, hintText string) app.UI {
	if f.Hidden[key] {
		return nil
	}
	ta := flag(el("textarea"), "disabled", f.Locked[key]).
		ID("in-"+key).
		Attr("name", key).
		Attr("rows", 2).
		Text(areaText(f.Values[key])).
		Aria("describedby", f.describedBy(key)).
		OnInput(f.onText(key))
	if f.Problems[key] != "" {
		ta = invalid(ta)
	}
	return el("div").Class(f.fieldClass(key)).Body(
		el("label").Attr("for", "in-"+key).Text(label),
		ta,
		hint(key, f.hintFor(key, hintText)),
		f.errorFor(key),
	)
}

// selectField renders a labelled select, with options or option groups.
// A wrong value from a link is kept as an extra, selected option, so the
// field shows what was given until the user picks another.
func (f *form) selectField(key, label, hintText string, options []option, groups []optionGroup) app.UI {
	if f.Hidden[key] {
		return nil
	}
	value := f.Values[key]
	known := false
	for _, o := range options {
		known = known || o.Value == value
	}
	for _, g := range groups {
		for _, o := range g.Options {
			known = known || o.Value == value
		}
	}
	sel := flag(el("select"), "disabled", f.Locked[key]).
		ID("in-"+key).
		Attr("name", key).
		Aria("describedby", f.describedBy(key)).
		OnChange(f.onText(key))
	if f.Problems[key] != "" {
		sel = invalid(sel)
	}
	return el("div").Class(f.fieldClass(key)).Body(
		el("label").Attr("for", "in-"+key).Text(label),
		sel.Body(
			app.If(!known, func() app.UI {
				return flag(el("option").Attr("value", attrText(value)), "selected", true).Text("“" + value + "” (not recognised)")
			}),
			app.Range(options).Slice(func(i int) app.UI {
				return selectOption(options[i], value)
			}),
			app.Range(groups).Slice(func(i int) app.UI {
				g := groups[i]
				return el("optgroup").Attr("label", g.Label).Body(
					app.Range(g.Options).Slice(func(j int) app.UI {
						return selectOption(g.Options[j], value)
					}),
				)
			}),
		),
		hint(key, f.hintFor(key, hintText)),
		f.errorFor(key),
	)
}

// selectOption renders one option, selected when it is the value.
func selectOption(o option, value string) app.UI {
	return flag(el("option").Attr("value", o.Value), "selected", o.Value == value).Text(o.Label)
}

// checkField renders a labelled yes/no checkbox.
func (f *form) checkField(key, label, hintText string, checked bool) app.UI {
	if f.Hidden[key] {
		return nil
	}
	box := flag(flag(void("input"), "checked", checked), "disabled", f.Locked[key]).
		ID("in-"+key).
		Attr("name", key).
		Attr("type", "checkbox").
		Attr("value", "1").
		Aria("describedby", f.describedBy(key)).
		OnChange(f.onCheck(key))
	if f.Problems[key] != "" {
		box = invalid(box)
	}
	return el("div").Class(f.fieldClass(key)+" check").Body(
		box,
		el("label").Attr("for", "in-"+key).Text(label),
		hint(key, f.hintFor(key, hintText)),
		f.errorFor(key),
	)
}

// ticked returns the ticked items of a list key, as understood.
func (f *form) ticked(key string) []string {
	if key == "where" {
		return slices.Clone(f.Input.Where)
	}
	ticked := make([]string, len(f.Input.Needs))
	for i, n := range f.Input.Needs {
		ticked[i] = string(n)
	}
	return ticked
}

// needsField renders the needs as two groups of checkboxes. With nothing
// ticked, the hint says that the title and the duties stay general.
func (f *form) needsField(c choices) app.UI {
	hint := "Tick everything the new hire must do."
	if len(f.Input.Needs) == 0 {
		hint = "Nothing is ticked, so the title and the job description stay general: tick everything the new hire must do."
	}
	return f.listField("needs", "The work", hint, f.ticked("needs"),
		optionGroup{Label: "Feature-level work", Options: c.FeatureNeeds},
		optionGroup{Label: "System-level work", Options: c.SystemNeeds},
	)
}

// whereField renders the pay-transparency jurisdictions as checkboxes.
func (f *form) whereField(c choices) app.UI {
	return f.listField("where", "Pay-transparency laws that apply",
		"Where the job can be done. None ticked: inferred from the region.", f.ticked("where"),
		optionGroup{Options: c.Where},
	)
}

// listField renders a fieldset of checkboxes for a list key. The empty
// hidden value makes a plain form submission with nothing ticked mean an
// empty list, not the default.
func (f *form) listField(key, legend, hintText string, ticked []string, groups ...optionGroup) app.UI {
	if f.Hidden[key] {
		return nil
	}
	return flag(el("fieldset"), "disabled", f.Locked[key]).
		ID("in-"+key).
		Class(f.fieldClass(key)+" checks").
		Aria("describedby", f.describedBy(key)).
		Body(
			el("legend").Text(legend),
			hint(key, f.hintFor(key, hintText)),
			void("input").Attr("type", "hidden").Attr("name", key).Attr("value", ""),
			app.Range(groups).Slice(func(i int) app.UI {
				g := groups[i]
				return el("div").Class("check-group").Body(
					app.If(g.Label != "", func() app.UI {
						return el("p").Class("check-group-label").Text(g.Label)
					}),
					app.Range(g.Options).Slice(func(j int) app.UI {
						o := g.Options[j]
						id := "in-" + key + "-" + o.Value
						return el("div").Class("check").Body(
							flag(void("input"), "checked", slices.Contains(ticked, o.Value)).
								ID(id).
								Attr("name", key).
								Attr("type", "checkbox").
								Attr("value", o.Value).
								OnChange(f.onListItem(key, o.Value)),
							el("label").Attr("for", id).Text(o.Label),
						)
					}),
				)
			}),
			f.errorFor(key),
		)
}

// onText reports the new value of a text input, text area or select.
func (f *form) onText(key string) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		if f.OnChange != nil {
			f.OnChange(ctx, key, ctx.JSSrc().Get("value").String())
		}
	}
}

// onCheck reports a yes/no checkbox as the query's "1" or "0".
func (f *form) onCheck(key string) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		v := "0"
		if ctx.JSSrc().Get("checked").Bool() {
			v = "1"
		}
		if f.OnChange != nil {
			f.OnChange(ctx, key, v)
		}
	}
}

// onListItem reports a list key with item ticked or unticked. It reads
// the ticked items when the event comes: go-app keeps the first handler
// of an element (it compares handlers by code, not by captured values).
func (f *form) onListItem(key, item string) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		next := f.ticked(key)
		next = slices.DeleteFunc(next, func(s string) bool { return s == item })
		if ctx.JSSrc().Get("checked").Bool() {
			next = append(next, item)
		}
		if f.OnChange != nil {
			f.OnChange(ctx, key, strings.Join(next, ","))
		}
	}
}

// onSubmit keeps the live app on the page: every change already shows.
func (f *form) onSubmit(ctx app.Context, e app.Event) {
	e.PreventDefault()
}

// onReset asks for the default input.
func (f *form) onReset(ctx app.Context, e app.Event) {
	if f.OnReset != nil {
		f.OnReset(ctx)
	}
}
