package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

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
	// Status reports the last copy or download, for screen readers too.
	Status string
	// OnCopy, OnDownload and OnPrint run the buttons.
	OnCopy     func(ctx app.Context)
	OnDownload func(ctx app.Context)
	OnPrint    func(ctx app.Context)
}

// Render draws the panel.
func (j *jobDescPanel) Render() app.UI {
	return app.Section().
		ID("jd").
		Class("card jd").
		Aria("labelledby", "jd-heading").
		Body(
			app.H2().ID("jd-heading").Text("Job description"),
			app.P().Class("intro").Text("A draft worded for the recommended role. Copy it into your job board, download it as Markdown or print it."),
			app.Div().Class("jd-actions").Body(
				app.Button().ID("jd-copy").Type("button").Class("button primary").OnClick(j.onCopy).Text("Copy"),
				app.Button().ID("jd-download").Type("button").Class("button").OnClick(j.onDownload).Text("Download Markdown"),
				app.Button().ID("jd-print").Type("button").Class("button").OnClick(j.onPrint).Text("Print"),
			),
			app.P().ID("jd-status").Class("status").Role("status").Aria("live", "polite").Text(j.Status),
			app.If(len(j.JD.Missing) > 0, func() app.UI {
				return app.Div().ID("jd-missing").Class("callout missing").Body(
					app.H3().Text("Add before posting"),
					app.Ul().Body(
						app.Range(j.JD.Missing).Slice(func(i int) app.UI {
							return app.Li().Text(j.JD.Missing[i].Message)
						}),
					),
				)
			}),
			app.Raw(`<article id="jd-text" class="jd-text">`+"\n"+j.HTML+`</article>`),
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
