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

// Render draws the card. The card is read-only markup; its "Change"
// buttons carry the field in data-field and are handled by one click
// handler on the wrapper.
func (r *recommendation) Render() app.UI {
	return el("div").
		Class("rec-wrap").
		OnClick(r.onClick).
		Body(app.Raw(recommendationHTML(r.Rec)))
}

// onClick moves to the form field of a "Change" button.
func (r *recommendation) onClick(ctx app.Context, e app.Event) {
	if r.OnField == nil {
		return
	}
	if key := clickedData(e, "field"); key != "" {
		r.OnField(ctx, key)
	}
}

// recommendationHTML writes the card.
func recommendationHTML(rec hiring.Recommendation) string {
	var m markup
	m.open("section", "id", "rec", "class", "card rec", "aria-labelledby", "rec-heading")
	m.leaf("h2", "The role to post", "id", "rec-heading")
	m.leaf("p", rec.Role.Label(), "id", "rec-role", "class", "rec-role", "data-role", string(rec.Role))
	m.open("dl", "class", "rec-facts")
	m.open("div").leaf("dt", "Title to post").open("dd").leaf("strong", rec.Title, "id", "rec-title").close("dd").close("div")
	m.open("div").leaf("dt", "Level").leaf("dd", rec.Level.Label(), "id", "rec-level").close("div")
	m.close("dl")
	m.leaf("p", rec.Summary, "id", "rec-summary", "class", "rec-summary")
	m.leaf("h3", "Why")
	m.open("ul", "id", "rec-reasons", "class", "reasons")
	for _, reason := range rec.Reasons {
		m.open("li").leaf("span", reason.Text)
		if reason.Guide != "" {
			m.open("blockquote", "class", "guide-quote").leaf("p", reason.Guide).close("blockquote")
		}
		m.close("li")
	}
	m.close("ul")
	if len(rec.Changes) > 0 {
		m.leaf("h3", "What would change the answer")
		m.open("ul", "id", "rec-changes", "class", "changes")
		for _, c := range rec.Changes {
			m.open("li", "data-role", string(c.Role)).leaf("span", c.Text)
			if label := fieldLabels[c.Field]; label != "" {
				m.text(" ").leaf("button", "Change", "type", "button", "class", "link-button",
					"data-field", c.Field, "aria-label", "Change "+label)
			}
			m.close("li")
		}
		m.close("ul")
	}
	if rec.Posting != "" {
		m.open("details", "class", "posting").leaf("summary", "How to word the posting").leaf("p", rec.Posting).close("details")
	}
	m.leaf("p", "Source: DistantJob's hiring guide \"Backend Developer vs Backend Engineer\".", "class", "source-note")
	m.close("section")
	return m.String()
}

// fieldLabels names the form fields a change can point to.
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
