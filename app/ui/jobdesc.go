package ui

import (
	"math"
	"strconv"
	"strings"

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
	// Checks is the markup of the draft's quality checks (checksHTML).
	Checks string
	// Status reports the last copy or download, for screen readers too.
	Status string
	// OnCopy, OnDownload and OnPrint run the buttons.
	OnCopy     func(ctx app.Context)
	OnDownload func(ctx app.Context)
	OnPrint    func(ctx app.Context)
	// OnExport copies ("copy") or downloads ("download") the job
	// description in the format chosen in #jd-format.
	OnExport func(ctx app.Context, action string)
	// Structured is the markup of the JSON-LD and what it leaves out.
	Structured string
	// FillIn is the number of JSON-LD properties to fill in before
	// posting, said beside the export.
	FillIn int
	// Estimate is the estimated pay range the draft shows ("$130,000 –
	// $210,000 per year"), "" when the employer confirmed one or there is
	// none; OnConfirm makes it the posting's confirmed range.
	Estimate  string
	OnConfirm func(ctx app.Context)
}

// exportHTML is the format choice for copying and downloading, written
// as markup: one live click handler on its container serves both
// buttons, which costs app.wasm less than live controls. Each option's
// value is the file's extension (see exportFile); the browser keeps the
// choice, as the markup never changes.
const exportHTML = `<div class="jd-actions jd-export"><label for="jd-format">Other formats</label> ` +
	`<select id="jd-format"><option value="txt">Plain text</option><option value="md">Markdown</option>` +
	`<option value="html">HTML</option><option value="jsonld">JSON-LD</option></select> ` +
	`<button type="button" id="jd-copy-as" class="button" data-export="copy">Copy</button> ` +
	`<button type="button" id="jd-download-as" class="button" data-export="download">Download</button></div>`

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
			el("div").ID("jd-export").OnClick(j.onExport).Body(app.Raw(exportHTML)),
			app.Raw(exportNote(j.FillIn)),
			app.If(j.Estimate != "", func() app.UI {
				return el("div").ID("jd-estimate").Class("callout jd-estimate").Body(
					el("p").Text("The pay in this draft, "+j.Estimate+", is hirecalc's estimate, not your range yet. Pay-transparency rules are met, and search engines get a pay range, only once you post a range as yours: use this one, then adjust it in the form's job posting fields."),
					el("button").ID("pay-confirm").Attr("type", "button").Class("button").OnClick(j.onConfirm).Text("Use this range in the posting"),
				)
			}),
			el("p").ID("jd-status").Class("status").Role("status").Aria("live", "polite").Text(j.Status),
			app.Raw(jobDescHTML(j.JD, j.HTML, j.Checks)),
			// A live element, so that it stays open while its content
			// changes.
			el("details").ID("jd-structured").Class("jd-structured").Body(
				el("summary").Text("Structured data for search engines (JSON-LD)"),
				app.Raw(j.Structured),
			),
		)
}

func (j *jobDescPanel) onConfirm(ctx app.Context, e app.Event) {
	if j.OnConfirm != nil {
		j.OnConfirm(ctx)
	}
}

func (j *jobDescPanel) onExport(ctx app.Context, e app.Event) {
	if action := clickedData(e, "export"); action != "" && j.OnExport != nil {
		j.OnExport(ctx, action)
	}
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
func jobDescHTML(jd jobdesc.JobDescription, html, checks string) string {
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
	m.raw(checks)
	m.close("div")
	return m.String()
}

// exportNote says beside the export buttons that the JSON-LD is
// incomplete, or nothing when it is complete.
func exportNote(fillIn int) string {
	if fillIn == 0 {
		return ""
	}
	var m markup
	n := "1 property"
	if fillIn > 1 {
		n = strconv.Itoa(fillIn) + " properties"
	}
	m.leaf("p", "The JSON-LD is incomplete: "+n+" to fill in before posting, listed under “Structured data” below.", "id", "jd-export-note", "class", "hint")
	return m.String()
}

// incompleteNote says which JSON-LD properties a copied or downloaded
// export still lacks.
func incompleteNote(blanks []jobdesc.Blank) string {
	props := make([]string, len(blanks))
	for i, b := range blanks {
		props[i] = b.Property
	}
	return "It is incomplete: fill in " + strings.Join(props, ", ") + " before posting."
}

// structuredHTML writes the JSON-LD of the posting, escaped, with the
// properties it leaves out, to fill in before posting.
func structuredHTML(jd advice.JobDescription) string {
	var m markup
	m.open("div")
	m.leaf("p", "Paste this into your careers page inside <script type=\"application/ld+json\"> so that search engines list the job. hirecalc's pay figures are estimates, so baseSalary appears only after you confirm the pay range (Google wants your actual range): use “Use this range in the posting”, or fill in the posting's pay fields.", "class", "hint")
	if len(jd.FillIn) > 0 {
		m.open("div", "id", "jd-jsonld-issues", "class", "callout missing")
		m.leaf("h4", "Fill in before posting")
		m.leaf("p", "This JSON-LD is incomplete: it leaves out what you have not given, and never guesses it. Add these to it, or to the form, before you post.")
		m.open("ul", "class", "issues")
		for _, b := range jd.FillIn {
			need := "recommended"
			if b.Required {
				need = "required by Google"
			}
			m.open("li").leaf("code", b.Property).text(" (" + need + "): " + b.Message).close("li")
		}
		m.close("ul").close("div")
	} else {
		m.leaf("p", "Nothing is missing for search engines.", "id", "jd-jsonld-issues")
	}
	// The style sheet wraps its long lines on narrow screens (.jsonld).
	m.leaf("pre", jd.JSONLD, "id", "jd-jsonld", "class", "jsonld", "tabindex", "0")
	m.close("div")
	return m.String()
}

// confirmedForm returns the form with the draft's estimated pay range,
// rounded to whole units, as the posting's confirmed range (paymin,
// paymax, paycurrency, payperiod), marked as hirecalc's estimate
// (paysource=estimate); false when the draft shows no estimate.
func confirmedForm(st formState, s *jobdesc.Salary) (formState, bool) {
	if s == nil || !s.Estimate || s.Max < s.Min {
		return st, false
	}
	whole := func(v float64) string { return strconv.Itoa(max(1, int(math.Round(v)))) }
	st = st.set("paymin", whole(s.Min))
	st = st.set("paymax", whole(s.Max))
	st = st.set("paycurrency", s.Currency)
	st = st.set("payperiod", string(s.Period))
	return st.set("paysource", "estimate"), true
}

// exportFile returns the job description in format (a value of
// the options of #jd-format; anything else means plain text): the file name, the
// media type and the content. The HTML is a complete document around the
// escaped fragment package jobdesc renders.
func exportFile(jd advice.JobDescription, format string) (name, mediaType, body string) {
	base := fileName(jd.Title)
	switch format {
	case "md":
		return base + ".md", "text/markdown;charset=utf-8", jd.Markdown
	case "html":
		var m markup
		m.raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n").leaf("title", jd.Title).raw("\n</head>\n<body>\n").raw(jd.HTML).raw("\n</body>\n</html>\n")
		return base + ".html", "text/html;charset=utf-8", m.String()
	case "jsonld":
		return base + ".jsonld", "application/ld+json;charset=utf-8", jd.JSONLD
	}
	return base + ".txt", "text/plain;charset=utf-8", jd.Text
}
