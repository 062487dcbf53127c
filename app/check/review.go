package check

import (
	"fmt"
	"slices"
	"strings"
)

// Report is the three checks of one job description.
type Report struct {
	Gender      GenderResult      `json:"gender"`
	Readability ReadabilityResult `json:"readability"`
	Pay         PayResult         `json:"pay"`
}

// Review runs the three checks on a job description, for example one the
// user pasted: gender-coded wording ([Gender]), readability
// ([Readability]) and pay transparency ([PayTransparency]) on the date
// today (YYYY-MM-DD). The text checked is text; p.Text is ignored.
func Review(text string, p PayInput, today string) Report {
	p.Text = text
	return Report{
		Gender:      Gender(text),
		Readability: Readability(text),
		Pay:         PayTransparency(p, today),
	}
}

// Text writes the report in plain words for a terminal.
func (r Report) Text() string {
	var b strings.Builder
	g := r.Gender
	fmt.Fprintf(&b, "Gender-coded wording: %s (%d masculine-coded, %d feminine-coded)\n", g.Verdict, g.Masculine, g.Feminine)
	fmt.Fprintf(&b, "  %s\n", g.Summary)
	for _, w := range g.Words {
		fmt.Fprintf(&b, "  - %s (%s) x%d", w.Word, w.Coding, len(w.Positions))
		switch {
		case w.Technical != "":
			fmt.Fprintf(&b, " in %q, a technical term (%s): no other word suggested", w.Technical, w.Why)
		case len(w.Alternatives) > 0:
			fmt.Fprintf(&b, ": try %s", strings.Join(w.Alternatives, ", "))
		}
		b.WriteByte('\n')
	}
	fmt.Fprintf(&b, "  Source: %s.\n", g.Source)
	if len(g.Words) > 0 && g.AlternativesSource != "" {
		fmt.Fprintf(&b, "  Suggestions: %s.\n", g.AlternativesSource)
	}

	rd := r.Readability
	fmt.Fprintf(&b, "\nReadability: Flesch Reading Ease %g", rd.FleschReadingEase)
	if rd.Band != "" {
		fmt.Fprintf(&b, " (%s, %s)", rd.Band, rd.School)
	}
	fmt.Fprintf(&b, ", Flesch-Kincaid grade %g\n", rd.FleschKincaidGrade)
	fmt.Fprintf(&b, "  %s in %s, %s", plural(rd.Words, "word", "words"), plural(rd.Sentences, "sentence", "sentences"), plural(rd.Syllables, "syllable", "syllables"))
	if rd.Headings > 0 {
		fmt.Fprintf(&b, "; %s of %s, not sentences", plural(rd.Headings, "heading", "headings"), plural(rd.HeadingWords, "word", "words"))
	}
	fmt.Fprintf(&b, "\n  %s\n  %s\n", rd.Length.Message, rd.SentenceLength.Message)
	if rd.Counting != "" {
		fmt.Fprintf(&b, "  How sentences are counted: %s\n", rd.Counting)
	}
	for _, s := range rd.Sources {
		fmt.Fprintf(&b, "  Source: %s (%s).\n", s.Source, s.URL)
	}

	p := r.Pay
	fmt.Fprintf(&b, "\nPay transparency (rules as of %s, checked for %s): %s\n", p.AsOf, p.Today, p.Summary)
	if p.Pay != nil {
		fmt.Fprintf(&b, "  Pay: %s\n", describePay(p.Pay, p.PaySource))
	} else {
		b.WriteString("  Pay: none found\n")
	}
	for _, np := range p.NotPay {
		fmt.Fprintf(&b, "  Not pay: %q (%s", np.Text, np.NotPay)
		if np.Cue != "" {
			fmt.Fprintf(&b, ": %q", np.Cue)
		}
		b.WriteString(")\n")
	}
	for _, n := range p.Notes {
		fmt.Fprintf(&b, "  Note: %s\n", n)
	}
	for _, pr := range p.Problems {
		fmt.Fprintf(&b, "  Problem: %s\n", pr)
	}
	for _, rule := range p.Rules {
		status := "meets what hirecalc can check"
		switch {
		case rule.IfPosted:
			status = "met only if the employer posts hirecalc's estimate as its range"
		case !rule.Satisfied:
			status = "requirements missing"
		}
		if !rule.InForceToday {
			status += "; in force from " + rule.InForce
		}
		fmt.Fprintf(&b, "  %s (%s): %s\n", rule.Name, rule.ID, status)
		if rule.Law != "" {
			fmt.Fprintf(&b, "    Law: %s, in force %s\n", rule.Law, rule.InForce)
		} else {
			fmt.Fprintf(&b, "    In force %s\n", rule.InForce)
		}
		for _, req := range rule.Requirements {
			fmt.Fprintf(&b, "    [%s] %s: \"%s\"", req.Status, req.Label, req.Rule)
			if req.Found != "" {
				fmt.Fprintf(&b, ": %s", req.Found)
			}
			b.WriteByte('\n')
			if req.Fix != "" {
				fmt.Fprintf(&b, "      %s\n", req.Fix)
			}
		}
		if rule.Notes != "" {
			fmt.Fprintf(&b, "    Notes: %s\n", rule.Notes)
		}
		for _, s := range rule.Sources {
			fmt.Fprintf(&b, "    Source: %s\n", s)
		}
	}
	fmt.Fprintf(&b, "  %s\n", p.Disclaimer)
	return b.String()
}

// The kinds of a [Highlight].
const (
	HighlightMasculine = "masculine" // a masculine-coded word
	HighlightFeminine  = "feminine"  // a feminine-coded word
	HighlightTechnical = "technical" // a technical term with a coded part
	HighlightPay       = "pay"       // the pay checked
	HighlightNotPay    = "not-pay"   // an amount of money that is not pay
)

// Highlight is a span of the checked text to mark for the reader: a
// coded word, a technical term, the pay checked, or an amount that is not
// pay.
type Highlight struct {
	// Start and End are byte offsets into the text: it spans
	// text[Start:End].
	Start int `json:"start"`
	End   int `json:"end"`
	// Kind is one of the Highlight constants.
	Kind string `json:"kind"`
	// Note says what the span is, in a few words ("masculine-coded: try
	// motivated, focused, keen").
	Note string `json:"note"`
}

// Highlights returns the spans of text, the text the report was made
// from, that the report points at, in order and without overlaps (of two
// overlapping spans the earlier, then the longer, is kept): every
// position of a coded word (the whole term for a technical term), the pay
// checked when it was found in the text, and the amounts that are not
// pay. Spans that do not fit text are left out.
func (r Report) Highlights(text string) []Highlight {
	var hs []Highlight
	add := func(start, length int, kind, note string) {
		if start >= 0 && length > 0 && start+length <= len(text) {
			hs = append(hs, Highlight{Start: start, End: start + length, Kind: kind, Note: note})
		}
	}
	for _, w := range r.Gender.Words {
		for i, p := range w.Positions {
			switch {
			case w.Technical != "" && i < len(w.TermPositions):
				add(w.TermPositions[i], len(w.Technical), HighlightTechnical,
					"technical term ("+w.Why+"): counted as "+w.Coding+"-coded, no other word suggested")
			case w.Coding == Masculine && len(w.Alternatives) > 0:
				add(p, len(w.Word), HighlightMasculine, "masculine-coded: try "+strings.Join(w.Alternatives, ", "))
			case w.Coding == Masculine:
				add(p, len(w.Word), HighlightMasculine, "masculine-coded")
			default:
				add(p, len(w.Word), HighlightFeminine, "feminine-coded")
			}
		}
	}
	if p := r.Pay.Pay; p != nil && p.Offset >= 0 && p.Text != "" {
		add(p.Offset, len(p.Text), HighlightPay, "pay checked: "+p.String())
	}
	for _, p := range r.Pay.NotPay {
		add(p.Offset, len(p.Text), HighlightNotPay, "not pay: "+p.NotPay)
	}
	// slices, not sort.SliceStable: the reflection-based swapper of the
	// latter added 12 kB to app.wasm once compressed.
	slices.SortStableFunc(hs, func(a, b Highlight) int {
		if a.Start != b.Start {
			return a.Start - b.Start
		}
		return b.End - a.End
	})
	out := hs[:0]
	end := 0
	for _, h := range hs {
		if h.Start >= end {
			out = append(out, h)
			end = h.End
		}
	}
	return out
}
