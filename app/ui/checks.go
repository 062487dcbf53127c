package ui

import (
	"strconv"
	"strings"

	"hirecalc/app/check"
)

// checksHTML writes the quality checks of a job description: gender-coded
// wording (each coded word with its count, where it occurs in text and
// what to say instead), readability (the scores and what to change) and
// pay transparency (each rule with what it asks, its sources and dates).
// text is the checked text; id is the section's id and prefix starts the
// ids of its three checks ("check-" gives #check-gender). When marked is
// true the section starts with text itself, its coded words, technical
// terms and amounts marked (#<prefix>marked). The page builds it when the
// answer changes, not in Render. The heading says which text was checked
// (the draft, or with marked the pasted one).
func checksHTML(c check.Report, text, id, prefix string, marked bool) string {
	var m markup
	// Each report's heading names what it checks: the page holds two
	// reports, and landmarks of one role need names of their own.
	title := "Quality checks of the draft"
	if marked {
		title = "Quality checks of your job description"
	}
	m.open("section", "id", id, "class", "checks-report", "aria-labelledby", id+"-heading")
	m.leaf("h3", title, "id", id+"-heading")
	if marked {
		markedText(&m, c, text, prefix+"marked")
	}

	g := c.Gender
	m.open("div", "id", prefix+"gender", "class", "check-item "+okClass(g.NeutralOrBetter()))
	m.leaf("h4", "Gender-coded wording: "+g.Verdict)
	m.leaf("p", g.Summary)
	if len(g.Words) > 0 {
		m.open("ul", "class", "coded-words")
		for _, w := range g.Words {
			m.open("li").leaf("strong", w.Word).text(" ×" + strconv.Itoa(len(w.Positions)) + " (" + w.Coding + ")")
			switch {
			case w.Technical != "":
				m.text(" in “" + w.Technical + "”, a technical term (" + w.Why + "): counted, no other word suggested")
			case len(w.Alternatives) > 0:
				m.text(": try " + strings.Join(w.Alternatives, ", "))
			}
			for i, s := range snippets(text, w) {
				if i == 0 {
					m.text(". Found in: ")
				} else {
					m.text("; ")
				}
				m.leaf("q", s, "class", "snippet")
			}
			m.close("li")
		}
		m.close("ul")
	}
	m.leaf("p", g.Source, "class", "meta")
	if len(g.Words) > 0 && g.AlternativesSource != "" {
		m.leaf("p", g.AlternativesSource, "class", "meta")
	}
	m.close("div")

	r := c.Readability
	m.open("div", "id", prefix+"readability", "class", "check-item "+okClass(r.Length.Status == check.StatusWithin && r.SentenceLength.Status == check.StatusWithin))
	heading := "Readability"
	if r.Band != "" {
		heading += ": " + r.Band
		if r.School != "" {
			heading += " (" + r.School + ")"
		}
	}
	m.leaf("h4", heading)
	if r.Words > 0 {
		m.leaf("p", "Flesch Reading Ease "+strconv.FormatFloat(r.FleschReadingEase, 'f', 1, 64)+
			" (higher is easier), Flesch-Kincaid grade "+strconv.FormatFloat(r.FleschKincaidGrade, 'f', 1, 64)+
			"; "+strconv.Itoa(r.Words)+" words in "+strconv.Itoa(r.Sentences)+" sentences.", "class", "scores")
	}
	if r.Counting != "" {
		m.leaf("p", r.Counting, "class", "meta counting")
	}
	m.open("ul")
	for _, gauge := range []check.Gauge{r.Length, r.SentenceLength} {
		if gauge.Message != "" {
			m.leaf("li", gauge.Message)
		}
	}
	m.close("ul")
	m.close("div")

	p := c.Pay
	m.open("div", "id", prefix+"pay", "class", "check-item "+okClass(p.Satisfied))
	m.leaf("h4", "Pay transparency")
	m.leaf("p", p.Summary)
	if p.Pay != nil {
		m.leaf("p", "Pay checked: "+p.Pay.String()+".")
	}
	if len(p.NotPay) > 0 {
		m.open("p", "class", "not-pay").text("Not pay, so not checked: ")
		for i, np := range p.NotPay {
			if i > 0 {
				m.text("; ")
			}
			m.leaf("q", np.Text).text(" (" + np.NotPay + ")")
		}
		m.text(".").close("p")
	}
	if len(p.Rules) > 0 {
		m.open("ul", "class", "rules")
		for _, rule := range p.Rules {
			m.open("li").leaf("strong", rule.Name)
			if rule.Law != "" {
				m.text(", " + rule.Law)
			}
			if rule.InForceToday {
				m.text(" (in force since " + rule.InForce + ")")
			} else {
				m.text(" (in force from " + rule.InForce + ")")
			}
			switch {
			case rule.Satisfied:
				m.text(": met.")
			case rule.IfPosted:
				m.text(": met only if you post hirecalc's estimate as your range.")
			default:
				m.text(": not met.")
			}
			if rule.Why != "" {
				m.text(" " + rule.Why)
			}
			m.open("ul")
			for _, req := range rule.Requirements {
				line := req.Label + ": " + req.Status
				if req.Fix != "" {
					line += ". " + req.Fix
				} else if req.Found != "" {
					line += " (" + req.Found + ")"
				}
				m.leaf("li", line, "class", "req-"+strings.ReplaceAll(req.Status, " ", "-"))
			}
			m.close("ul")
			if len(rule.Sources) > 0 {
				m.open("p", "class", "meta").text("Sources: ")
				for i, src := range rule.Sources {
					if i > 0 {
						m.text(", ")
					}
					m.leaf("a", src, "href", src, "target", "_blank", "rel", "noopener")
				}
				m.close("p")
			}
			m.close("li")
		}
		m.close("ul")
	}
	for _, s := range p.Problems {
		m.leaf("p", s, "class", "problem")
	}
	for _, s := range p.Notes {
		m.leaf("p", s, "class", "meta")
	}
	if p.AsOf != "" {
		m.leaf("p", "hirecalc's table of rules is dated "+p.AsOf+"; the rules were checked for "+p.Today+".", "class", "meta")
	}
	if p.Disclaimer != "" {
		m.leaf("p", p.Disclaimer, "class", "meta disclaimer")
	}
	m.close("div")
	m.close("section")
	return m.String()
}

// highlightClass is the style class of each kind of highlight.
var highlightClass = map[string]string{
	check.HighlightMasculine: "hl-masculine", check.HighlightFeminine: "hl-feminine",
	check.HighlightTechnical: "hl-technical", check.HighlightPay: "hl-pay", check.HighlightNotPay: "hl-not-pay",
}

// markedText writes text with what the checks found in it marked, as
// the report's highlights say: each mark carries its kind as a class, its
// byte offset in text (data-at) and what it is (title). Text is escaped.
func markedText(m *markup, c check.Report, text, id string) {
	m.open("div", "id", id, "class", "marked-text")
	m.leaf("h4", "Your job description, marked")
	m.open("p", "class", "legend meta")
	for i, l := range [][2]string{
		{"hl-masculine", "masculine-coded"}, {"hl-feminine", "feminine-coded"},
		{"hl-technical", "technical term: counted, no swap"}, {"hl-pay", "pay checked"}, {"hl-not-pay", "not pay"},
	} {
		if i > 0 {
			m.text(" ")
		}
		m.leaf("span", l[1], "class", "key "+l[0])
	}
	m.close("p")
	m.open("div", "class", "marked")
	at := 0
	for _, h := range c.Highlights(text) {
		m.text(text[at:h.Start])
		m.leaf("mark", text[h.Start:h.End], "class", highlightClass[h.Kind], "data-at", strconv.Itoa(h.Start), "title", h.Note)
		at = h.End
	}
	m.text(text[at:])
	m.close("div").close("div")
}

// snippets returns where a coded word occurs in text: up to three short
// passages around its first occurrences, with ellipses where they are
// cut. Offsets that do not fit text are skipped.
func snippets(text string, w check.CodedWord) []string {
	const around, most = 32, 3
	var out []string
	for _, pos := range w.Positions {
		end := pos + len(w.Word)
		if pos < 0 || end > len(text) || len(out) == most {
			continue
		}
		from, to := max(0, pos-around), min(len(text), end+around)
		// Cut at whole words (which also keeps whole runes).
		if from > 0 {
			if i := strings.IndexAny(text[from:pos], " \t\n"); i >= 0 {
				from += i + 1
			} else {
				from = pos
			}
		}
		if to < len(text) {
			if i := strings.LastIndexAny(text[end:to], " \t\n"); i >= 0 {
				to = end + i
			} else {
				to = end
			}
		}
		s := strings.Join(strings.Fields(text[from:to]), " ")
		if from > 0 {
			s = "…" + s
		}
		if to < len(text) {
			s += "…"
		}
		out = append(out, s)
	}
	return out
}

// okClass names a check's outcome for the style sheet.
func okClass(ok bool) string {
	if ok {
		return "check-ok"
	}
	return "check-warn"
}
