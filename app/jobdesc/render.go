package jobdesc

import (
	"encoding/json"
	"strings"
)

// MarshalJSON encodes the description's fields and, under "markdown",
// its Markdown rendering, so a JSON consumer (the command line) gets a
// ready-to-post text without rendering it.
func (d JobDescription) MarshalJSON() ([]byte, error) {
	type fields JobDescription // without this method
	return json.Marshal(struct {
		fields
		Markdown string `json:"markdown"`
	}{fields(d), d.Markdown()})
}

// section is one titled part of the description, format-neutral.
type section struct {
	head  string
	paras []string // paragraphs, in order
	items []string // list items, after the paragraphs
	apply bool     // the section is "How to apply" (its link is rendered per format)
}

// sections returns the description's sections in order, without the
// title. Empty lists drop their section.
func (d JobDescription) sections() []section {
	s := []section{{head: headAbout, paras: d.About}}
	if len(d.Responsibilities) > 0 {
		s = append(s, section{head: headResp, items: d.Responsibilities})
	}
	if len(d.MustHave) > 0 {
		s = append(s, section{head: headMustHave, items: d.MustHave})
	}
	if len(d.NiceToHave) > 0 {
		s = append(s, section{head: headNiceToHave, paras: []string{niceIntro}, items: d.NiceToHave})
	}
	comp := []string{d.Compensation}
	if d.Compensation == "" {
		comp = []string{compensation(d.Salary)}
	}
	if d.Benefits != "" {
		comp = append(comp, "Benefits: "+d.Benefits)
	}
	s = append(s, section{head: headCompensation, paras: comp})
	policy := d.LocationPolicy
	if policy == "" {
		policy = locationPolicy(d)
	}
	s = append(s, section{head: headLocation, paras: []string{policy}})
	s = append(s, section{head: headApply, apply: true})
	return s
}

// Text renders the description as plain text: the title, then each
// section under its heading, list items starting with "- ". Nothing is
// escaped.
func (d JobDescription) Text() string {
	var b strings.Builder
	b.WriteString(d.Title)
	b.WriteString("\n")
	for _, s := range d.sections() {
		b.WriteString("\n")
		b.WriteString(s.head)
		b.WriteString("\n\n")
		if s.apply {
			b.WriteString(applyText(d.Apply))
			b.WriteString("\n")
			continue
		}
		writeBlocks(&b, s, func(s string) string { return s })
	}
	return b.String()
}

// Markdown renders the description as CommonMark: "# " title, "## "
// headings, "- " lists. Every string is escaped with [mdLine], so that no
// text starts a block of its own; a URL or e-mail address to apply to
// becomes an autolink.
func (d JobDescription) Markdown() string {
	var b strings.Builder
	b.WriteString("# ")
	b.WriteString(mdLine(d.Title))
	b.WriteString("\n")
	for _, s := range d.sections() {
		b.WriteString("\n## ")
		b.WriteString(mdText(s.head))
		b.WriteString("\n\n")
		if s.apply {
			before, link, after, kind, _ := applySentence(d.Apply)
			b.WriteString(mdLine(before))
			if kind == applyURL || kind == applyEmail {
				// An autolink's content is literal: isWebURL and
				// emailPattern admit no space, < or >.
				b.WriteString("<" + link + ">")
			}
			b.WriteString(mdText(after))
			b.WriteString("\n")
			continue
		}
		writeBlocks(&b, s, mdLine)
	}
	return b.String()
}

// writeBlocks writes a section's paragraphs (separated by blank lines)
// and then its list, escaping each string with esc.
func writeBlocks(b *strings.Builder, s section, esc func(string) string) {
	for i, p := range s.paras {
		if i > 0 {
			b.WriteString("\n")
		}
		b.WriteString(esc(p))
		b.WriteString("\n")
	}
	if len(s.paras) > 0 && len(s.items) > 0 {
		b.WriteString("\n")
	}
	for _, it := range s.items {
		b.WriteString("- ")
		b.WriteString(esc(it))
		b.WriteString("\n")
	}
}

// HTML renders the description as an HTML fragment made only of h2, h3,
// p, ul, li and a elements, each on its own line. Every string is escaped
// as HTML text. A URL to apply to becomes a link only when it is an http
// or https URL (opening in a new tab, with rel="noopener"), an e-mail
// address becomes a mailto: link, and anything else stays text. The
// fragment is also well-formed XML.
func (d JobDescription) HTML() string {
	var b strings.Builder
	b.WriteString("<h2>")
	b.WriteString(htmlText(d.Title))
	b.WriteString("</h2>\n")
	d.writeHTMLBody(&b, d.sections(), false)
	return b.String()
}

// writeHTMLBody writes the sections as HTML. With paraHeads, headings are
// bold paragraphs (<p><strong>), the markup Google's job search reads in a
// JSON-LD description; otherwise they are h3 elements.
func (d JobDescription) writeHTMLBody(b *strings.Builder, sections []section, paraHeads bool) {
	for _, s := range sections {
		if paraHeads {
			b.WriteString("<p><strong>")
			b.WriteString(htmlText(s.head))
			b.WriteString("</strong></p>\n")
		} else {
			b.WriteString("<h3>")
			b.WriteString(htmlText(s.head))
			b.WriteString("</h3>\n")
		}
		if s.apply {
			before, link, after, kind, target := applySentence(d.Apply)
			b.WriteString("<p>")
			b.WriteString(htmlText(before))
			switch kind {
			case applyURL:
				b.WriteString(`<a href="` + htmlText(target) + `" rel="noopener" target="_blank">`)
				b.WriteString(htmlText(link))
				b.WriteString("</a>")
			case applyEmail:
				b.WriteString(`<a href="mailto:` + htmlText(target) + `">`)
				b.WriteString(htmlText(link))
				b.WriteString("</a>")
			}
			b.WriteString(htmlText(after))
			b.WriteString("</p>\n")
			continue
		}
		for _, p := range s.paras {
			b.WriteString("<p>")
			b.WriteString(htmlText(p))
			b.WriteString("</p>\n")
		}
		if len(s.items) > 0 {
			b.WriteString("<ul>\n")
			for _, it := range s.items {
				b.WriteString("<li>")
				b.WriteString(htmlText(it))
				b.WriteString("</li>\n")
			}
			b.WriteString("</ul>\n")
		}
	}
}
