package ui

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"hirecalc/app/check"
	"hirecalc/app/hiring"
)

// pasteHTML is the paste box, written as markup: one live click handler
// on the section serves its button, which costs app.wasm less than live
// controls. The markup never changes, so the browser keeps what is in the
// box across renders.
const pasteHTML = `<div><h2 id="paste-heading">Check your own job description</h2>` +
	`<p id="paste-hint" class="intro">Paste a job description you already have to run the same three checks on it: ` +
	`gender-coded wording, readability and pay transparency. The pay-transparency check uses the places, region and ` +
	`workplace chosen in the form. What you paste stays in this page: it is not put in the address bar or saved.</p>` +
	`<label for="paste-text">Your job description</label>` +
	`<textarea id="paste-text" rows="10" spellcheck="false" aria-describedby="paste-hint"></textarea>` +
	`<div class="jd-actions"><button type="button" id="paste-check" class="button primary" data-paste="check">Check it</button></div></div>`

// pasteSection is the panel that runs the draft's three checks on a job
// description the user pastes. The pasted text stays in the page's
// memory: it is never put in the address bar or saved on the device.
func (p *page) pasteSection() app.UI {
	return el("section").ID("paste").Class("card paste").Aria("labelledby", "paste-heading").OnClick(p.onPasteCheck).Body(
		app.Raw(pasteHTML),
		app.If(p.pasteChecks != "", func() app.UI { return app.Raw(p.pasteChecks) }),
	)
}

// onPasteCheck checks the text in the paste box when its button is
// clicked.
func (p *page) onPasteCheck(ctx app.Context, e app.Event) {
	if clickedData(e, "paste") == "check" {
		p.checkPasted(fieldValue("paste-text"))
	}
}

// fieldValue returns the value of the form field with the given id, ""
// when there is none (or on the server).
func fieldValue(id string) string {
	var v string
	tryJS(func() {
		if e := app.Window().GetElementByID(id); e.Truthy() {
			v = e.Get("value").String()
		}
	})
	return v
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
	p.pasteChecks = checksHTML(r, text, "paste-checks", "paste-check-", true)
}
