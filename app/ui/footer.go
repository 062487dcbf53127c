package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"hirecalc/data"
)

// footer shows the privacy promise, the data sources with their dates and
// licences, the ODbL attribution, how to install the app and its version.
type footer struct {
	app.Compo

	// Sources are the data sources.
	Sources []data.Provenance
	// Attribution is the ODbL notice of the survey's figures.
	Attribution string
	// Version is the app version.
	Version string
	// MemoryOnly is true when the browser does not let the app store
	// anything, so nothing is remembered.
	MemoryOnly bool
}

// Render draws the footer.
func (f *footer) Render() app.UI {
	return app.Footer().ID("footer").Class("hc-footer").Body(
		app.P().ID("privacy").Class("privacy").Body(
			app.Strong().Text("Nothing you type leaves your browser."),
			app.If(f.MemoryOnly, func() app.UI {
				return app.Text(" The answer is worked out on your device. This browser does not let hirecalc store anything here, so your answers are forgotten when you leave.")
			}).Else(func() app.UI {
				return app.Text(" The answer is worked out on your device, and your last answers are kept only in this browser's storage.")
			}),
		),
		app.H2().Text("Data sources"),
		app.Ul().ID("sources").Class("sources").Body(
			app.Range(f.Sources).Slice(func(i int) app.UI {
				s := f.Sources[i]
				return app.Li().Body(
					app.If(s.URL != "", func() app.UI {
						return app.A().Href(s.URL).Target("_blank").Rel("noopener noreferrer").Text(s.Source)
					}).Else(func() app.UI {
						return app.Span().Text(s.Source)
					}),
					app.Text(". "+datePhrase(s)+". Licence: "+s.Licence+"."),
				)
			}),
		),
		app.If(f.Attribution != "", func() app.UI {
			return app.P().ID("odbl").Class("attribution").Text(f.Attribution)
		}),
		app.P().Class("disclaimer").Text("Pay figures are estimates from published sources, not offers; pay-transparency notes are not legal advice."),
		app.Details().ID("install-help").Class("install-help").Body(
			app.Summary().Text("Install hirecalc on your device"),
			app.P().Text("Once installed or visited, hirecalc works offline."),
			app.Ul().Body(
				app.Li().Text("Chrome, Edge and other Chromium browsers: the Install button at the top, or the install icon in the address bar."),
				app.Li().Text("Safari on iPhone or iPad: Share, then Add to Home Screen."),
				app.Li().Text("Safari on a Mac: File, then Add to Dock."),
				app.Li().Text("Firefox on Android: the menu, then Install. Firefox on a computer cannot install web apps: bookmark the page; it still works offline."),
			),
		),
		app.P().Class("version").Body(
			app.Text("hirecalc version "),
			app.Span().ID("version").Text(f.Version),
		),
	)
}

// datePhrase says when a source's figures are from.
func datePhrase(p data.Provenance) string {
	switch {
	case p.Date == "undated" && p.Accessed != "":
		return "Undated; copied " + p.Accessed
	case p.Date == "undated":
		return "Undated"
	case p.Accessed != "":
		return "Dated " + p.Date + "; copied " + p.Accessed
	}
	return "Dated " + p.Date
}
