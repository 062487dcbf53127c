package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"hirecalc/app/advice"
	"hirecalc/app/jobdesc"
)

// jobDescPanel shows the drafted job description with buttons to copy it,
// download it as Markdown and print it, and what to add before posting.
type jobDescPanel struct {
	app.Compo

	// JD is the draft; HTML is its HTML rendering, shown as is (package
	// jobdesc escapes everything typed).
	JD   jobdesc.JobDescription
	HTML string
	// Checks are the quality checks of the draft.
	Checks advice.Checks
	// Status reports the last copy or download, for screen readers too.
	Status string
	// OnCopy, OnDownload and OnPrint run the buttons.
	OnCopy     func(ctx app.Context)
	OnDownload func(ctx app.Context)
	OnPrint    func(ctx app.Context)
}

// Render draws the panel.
func (j *jobDescPanel) Render() app.UI {
	return el("section").
		ID("jd").
		Class("card jd").
		Aria("labelledby", "jd-heading").
		Body(
			el("h2").ID("jd-heading").Text("Job description"),
			el("p").Class("intro").Text("A draft worded for the recommended role. Copy it into your job board, download it as Markdown or print it."),
			el("div").Class("jd-actions").Body(
				el("button").ID("jd-copy").Attr("type", "button").Class("button primary").OnClick(j.onCopy).Text("Copy"),
				el("button").ID("jd-download").Attr("type", "button").Class("button").OnClick(j.onDownload).Text("Download Markdown"),
				el("button").ID("jd-print").Attr("type", "button").Class("button").OnClick(j.onPrint).Text("Print"),
			),
			el("p").ID("jd-status").Class("status").Role("status").Aria("live", "polite").Text(j.Status),
			app.Raw(jobDescHTML(j.JD, j.HTML, j.Checks)),
		)
}

func (j *jobDescPanel) onCopy(ctx app.Context, e app.Event) {
	if j.OnCopy != nil {
		j.OnCopy(ctx)
	}
}

func (j *jobDescPanel) onDownload(ctx app.Context, e app.Event) {
	if j.OnDownload != nil {
		j.OnDownload(ctx)
	}
}

func (j *jobDescPanel) onPrint(ctx app.Context, e app.Event) {
	if j.OnPrint != nil {
		j.OnPrint(ctx)
	}
}

// jobDescHTML writes what to add before posting, the description and
// its quality checks.
func jobDescHTML(jd jobdesc.JobDescription, html string, checks advice.Checks) string {
	var m markup
	m.open("div", "class", "jd-body")
	if len(jd.Missing) > 0 {
		m.open("div", "id", "jd-missing", "class", "callout missing").leaf("h3", "Add before posting").open("ul")
		for _, g := range jd.Missing {
			m.leaf("li", g.Message)
		}
		m.close("ul").close("div")
	}
	m.open("article", "id", "jd-text", "class", "jd-text").raw("\n").raw(html).close("article")
	checksHTML(&m, checks)
	m.close("div")
	return m.String()
}
