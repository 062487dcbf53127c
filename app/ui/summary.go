package ui

import (
	"hirecalc/app/advice"
)

// summaryHTML writes the answer in two lines, shown above the form so a
// phone shows the answer without scrolling past the form.
func summaryHTML(res advice.Result) string {
	var m markup
	m.open("section", "id", "summary", "class", "summary", "aria-label", "The answer in short")
	m.raw(pendingNoteHTML)
	m.open("p").leaf("span", "Post", "class", "summary-label").text(" ")
	m.leaf("strong", res.Title, "id", "summary-title").text(" (" + res.Role.Label() + ")").close("p")
	m.open("p").leaf("span", "Pay", "class", "summary-label").text(" ")
	if v := res.View; v.Suggested != "" {
		m.leaf("strong", v.Suggested, "id", "summary-pay").text(" " + periodPhrase(v.Period) + ", an estimate")
	} else {
		m.text("no source covers this place and level; see the figures")
	}
	m.close("p")
	m.leaf("a", "Why, the pay figures and the job description", "href", "#answer", "class", "summary-more")
	m.close("section")
	return m.String()
}
