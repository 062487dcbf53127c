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

// Render draws the footer, read-only markup.
func (f *footer) Render() app.UI {
	return app.Raw(footerHTML(f.Sources, f.Attribution, f.Version, f.MemoryOnly))
}

// footerHTML writes the footer.
func footerHTML(sources []data.Provenance, attribution, version string, memoryOnly bool) string {
	var m markup
	m.open("footer", "id", "footer", "class", "hc-footer")
	m.open("p", "id", "privacy", "class", "privacy").leaf("strong", "Nothing you type leaves your browser.")
	if memoryOnly {
		m.text(" The answer is worked out on your device. This browser does not let hirecalc store anything here, so your answers are forgotten when you leave.")
	} else {
		m.text(" The answer is worked out on your device, and your last answers are kept only in this browser's storage.")
	}
	m.close("p")
	m.leaf("h2", "Data sources")
	m.open("ul", "id", "sources", "class", "sources")
	for _, s := range sources {
		m.open("li")
		if s.URL != "" {
			m.leaf("a", s.Source, "href", s.URL, "target", "_blank", "rel", "noopener noreferrer")
		} else {
			m.leaf("span", s.Source)
		}
		m.text(". " + datePhrase(s) + ". Licence: " + s.Licence + ".")
		m.close("li")
	}
	m.close("ul")
	if attribution != "" {
		m.leaf("p", attribution, "id", "odbl", "class", "attribution")
	}
	m.leaf("p", "Pay figures are estimates from published sources, not offers; pay-transparency notes are not legal advice.", "class", "disclaimer")
	m.open("p", "id", "embed-link", "class", "embed-link").text("Hiring on your own site? ")
	m.leaf("a", "Embed hirecalc on your careers page", "href", builderPath, "target", "_blank", "rel", "noopener").text(".").close("p")
	m.open("details", "id", "install-help", "class", "install-help")
	m.leaf("summary", "Install hirecalc on your device")
	m.leaf("p", "Once installed or visited, hirecalc works offline.")
	m.open("ul")
	m.leaf("li", "Chrome, Edge and other Chromium browsers: the Install button at the top, or the install icon in the address bar.")
	m.leaf("li", "Safari on iPhone or iPad: Share, then Add to Home Screen.")
	m.leaf("li", "Safari on a Mac: File, then Add to Dock.")
	m.leaf("li", "Firefox on Android: the menu, then Install. Firefox on a computer cannot install web apps: bookmark the page; it still works offline.")
	m.close("ul").close("details")
	m.open("p", "class", "version").text("hirecalc version ").leaf("span", version, "id", "version").close("p")
	m.close("footer")
	return m.String()
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
