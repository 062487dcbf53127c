package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"hirecalc/app/hiring"
)

// recommendation is the recommendation card: the outcome in plain words,
// the title to post, the level, the reasons and what would change the
// answer.
type recommendation struct {
	app.Compo

	// Rec is the recommendation to show.
	Rec hiring.Recommendation
	// OnField asks to move to the form field with the given query key.
	OnField func(ctx app.Context, key string)
}

// Render draws the card.
func (r *recommendation) Render() app.UI {
	rec := r.Rec
	return app.Section().
		ID("rec").
		Class("card rec").
		Aria("labelledby", "rec-heading").
		Body(
			app.H2().ID("rec-heading").Text("The role to post"),
			app.P().
				ID("rec-role").
				Class("rec-role role-"+string(rec.Role)).
				DataSet("role", string(rec.Role)).
				Text(rec.Role.Label()),
			app.Dl().Class("rec-facts").Body(
				app.Div().Body(
					app.Dt().Text("Title to post"),
					app.Dd().Body(app.Strong().ID("rec-title").Text(rec.Title)),
				),
				app.Div().Body(
					app.Dt().Text("Level"),
					app.Dd().ID("rec-level").Text(rec.Level.Label()),
				),
			),
			app.P().ID("rec-summary").Class("rec-summary").Text(rec.Summary),
			app.H3().Text("Why"),
			app.Ul().ID("rec-reasons").Class("reasons").Body(
				app.Range(rec.Reasons).Slice(func(i int) app.UI {
					reason := rec.Reasons[i]
					return app.Li().Body(
						app.Span().Text(reason.Text),
						app.If(reason.Guide != "", func() app.UI {
							return app.Blockquote().Class("guide-quote").Body(
								app.P().Text(reason.Guide),
							)
						}),
						r.fieldLink(reason.Field),
					)
				}),
			),
			app.If(len(rec.Changes) > 0, func() app.UI {
				return app.Div().Body(
					app.H3().Text("What would change the answer"),
					app.Ul().ID("rec-changes").Class("changes").Body(
						app.Range(rec.Changes).Slice(func(i int) app.UI {
							change := rec.Changes[i]
							return app.Li().
								DataSet("role", string(change.Role)).
								Body(
									app.Span().Text(change.Text),
									r.fieldLink(change.Field),
								)
						}),
					),
				)
			}),
			app.If(rec.Posting != "", func() app.UI {
				return app.Details().Class("posting").Body(
					app.Summary().Text("How to word the posting"),
					app.P().Text(rec.Posting),
				)
			}),
			app.P().Class("source-note").Text("Source: DistantJob's hiring guide \"Backend Developer vs Backend Engineer\"."),
		)
}

// fieldLink renders a small button that moves to the form field key.
// The key travels in a data attribute: go-app keeps an element's first
// handler, so a handler must not capture values that change.
func (r *recommendation) fieldLink(key string) app.UI {
	label := fieldLabels[key]
	if label == "" {
		return nil
	}
	return app.Button().
		Type("button").
		Class("link-button").
		DataSet("field", key).
		Aria("label", "Change "+label).
		OnClick(r.onFieldLink).
		Text("Change")
}

// onFieldLink moves to the form field named by the button's data-field.
func (r *recommendation) onFieldLink(ctx app.Context, e app.Event) {
	if r.OnField != nil {
		r.OnField(ctx, ctx.JSSrc().Get("dataset").Get("field").String())
	}
}

// fieldLabels names the form fields a reason or change can point to.
var fieldLabels = map[string]string{
	"team":      "the team size",
	"stage":     "the company stage",
	"regulated": "regulated industry",
	"owner":     "who owns the architecture",
	"needs":     "the work",
	"level":     "the level",
	"region":    "where the hire lives",
	"workplace": "the workplace",
}
