package ui

import (
	"strings"

	"hirecalc/app/advice"
	"hirecalc/app/check"
)

// checksHTML writes the quality checks of the draft: gender-coded
// wording, readability and pay transparency, each with what to change.
func checksHTML(m *markup, c advice.Checks) {
	m.open("section", "id", "jd-checks", "class", "checks-report", "aria-labelledby", "jd-checks-heading")
	m.leaf("h3", "Quality checks", "id", "jd-checks-heading")

	g := c.Gender
	m.open("div", "id", "check-gender", "class", "check-item "+okClass(g.NeutralOrBetter()))
	m.leaf("h4", "Gender-coded wording: "+g.Verdict)
	m.leaf("p", g.Summary)
	if len(g.Words) > 0 {
		m.open("ul", "class", "coded-words")
		for _, w := range g.Words {
			line := w.Word + " (" + w.Coding + ")"
			if len(w.Alternatives) > 0 {
				line += ": try " + strings.Join(w.Alternatives, ", ")
			}
			m.leaf("li", line)
		}
		m.close("ul")
	}
	m.leaf("p", g.Source, "class", "meta")
	m.close("div")

	r := c.Readability
	m.open("div", "id", "check-readability", "class", "check-item "+okClass(r.Length.Status == check.StatusWithin && r.SentenceLength.Status == check.StatusWithin))
	heading := "Readability"
	if r.Band != "" {
		heading += ": " + r.Band
		if r.School != "" {
			heading += " (" + r.School + ")"
		}
	}
	m.leaf("h4", heading)
	m.open("ul")
	for _, gauge := range []check.Gauge{r.Length, r.SentenceLength} {
		if gauge.Message != "" {
			m.leaf("li", gauge.Message)
		}
	}
	m.close("ul")
	m.close("div")

	p := c.Pay
	m.open("div", "id", "check-pay", "class", "check-item "+okClass(p.Satisfied))
	m.leaf("h4", "Pay transparency")
	m.leaf("p", p.Summary)
	if len(p.Rules) > 0 {
		m.open("ul", "class", "rules")
		for _, rule := range p.Rules {
			m.open("li").leaf("strong", rule.Name)
			if !rule.InForceToday {
				m.text(" (in force from " + rule.InForce + ")")
			}
			var missing []string
			for _, req := range rule.Requirements {
				if !req.Satisfied && req.Fix != "" {
					missing = append(missing, req.Fix)
				}
			}
			if len(missing) == 0 {
				m.text(": met.")
			} else {
				m.text(": " + strings.Join(missing, " "))
			}
			m.close("li")
		}
		m.close("ul")
	}
	if p.Disclaimer != "" {
		m.leaf("p", p.Disclaimer, "class", "meta")
	}
	m.close("div")
	m.close("section")
}

// okClass names a check's outcome for the style sheet.
func okClass(ok bool) string {
	if ok {
		return "check-ok"
	}
	return "check-warn"
}
