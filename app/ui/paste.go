package ui

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"hirecalc/app/check"
	"hirecalc/app/hiring"
)

// pasteSection is the panel that runs the draft's three checks on a job
// description the user pastes. The pasted text stays in the page's
// memory: it is never put in the address bar or saved on the device.
func (p *page) pasteSection() app.UI {
	return el("section").ID("paste").Class("card paste").Aria("labelledby", "paste-heading").Body(
		el("h2").ID("paste-heading").Text("Check your own job description"),
		el("p").ID("paste-hint").Class("intro").Text("Paste a job description you already have to run the same three checks on it: gender-coded wording, readability and pay transparency. The pay-transparency check uses the places, region and workplace chosen in the form. What you paste stays in this page: it is not put in the address bar or saved."),
		el("label").Attr("for", "paste-text").Text("Your job description"),
		el("textarea").ID("paste-text").Attr("rows", 10).Attr("spellcheck", "false").Aria("describedby", "paste-hint"),
		el("div").Class("jd-actions").Body(
			el("button").ID("paste-check").Attr("type", "button").Class("button primary").OnClick(p.onPasteCheck).Text("Check it"),
		),
		app.If(p.pasteChecks != "", func() app.UI { return app.Raw(p.pasteChecks) }),
	)
}

// onPasteCheck checks the text in the paste box.
func (p *page) onPasteCheck(ctx app.Context, e app.Event) {
	var text string
	tryJS(func() {
		if box := app.Window().GetElementByID("paste-text"); box.Truthy() {
			text = box.Get("value").String()
		}
	})
	p.checkPasted(text)
}

// checkPasted runs the three checks on a pasted job description, with
// the form's places, region and workplace for pay transparency, and
// keeps the text so that the checks follow later form changes.
func (p *page) checkPasted(text string) {
	p.pasted = text
	if strings.TrimSpace(text) == "" {
		var m markup
		p.pasteChecks = m.leaf("p", "Paste a job description in the box first.", "id", "paste-checks", "class", "status").String()
		return
	}
	r := check.Review(text, check.PayInput{
		Where:  p.in.Where,
		Region: p.in.Region,
		Remote: p.in.Workplace == hiring.WorkplaceRemote,
	}, today())
	p.pasteChecks = checksHTML(r, text, "paste-checks", "paste-check-")
}
