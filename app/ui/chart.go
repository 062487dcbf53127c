package ui

import (
	"strconv"
	"strings"

	"hirecalc/app/pay"
)

// chartLayout is a pay.Chart placed on an SVG canvas, the inline bar
// chart that compares the regions' pay. layoutChart computes it when the
// answer changes, so drawing it does no arithmetic: bars are placed in
// percent of the chart's width (they stretch with the screen while the
// text keeps its size) and rows in pixels. All coordinates are ready-made
// attribute values.
type chartLayout struct {
	Title   string
	Desc    string
	Caption string
	Height  string
	Ticks   []chartTick
	Rows    []chartRow
	AxisY   string // baseline of the tick labels
	GridY2  string // bottom of the gridlines
}

// chartTick is a gridline with its label.
type chartTick struct {
	X     string
	Label string
}

// chartRow is a region's heading, a bar with its two label lines, or a
// note.
type chartRow struct {
	Kind     string // "region", "bar" or "note"
	Text     string // heading, first label line or note
	Detail   string // second label line of a bar
	TextY    string
	DetailY  string
	Selected bool
	// Band is the highlight behind the selected region.
	BandY, BandH string
	// Bar geometry.
	Class      string
	BarX, BarW string
	BarY, BarH string
	HasMark    bool
	MarkX      string
	MarkY1     string
	MarkY2     string
	Caution    string
}

// Row heights of the layout, in pixels.
const (
	chartTop      = 4
	chartRegionH  = 30
	chartLineH    = 15
	chartBarH     = 10
	chartBarGap   = 10
	chartNoteH    = 20
	chartAxisH    = 26
	chartBandPadY = 4
)

// layoutChart places the regions of c on the canvas, highlighting the
// region key selected; place names the chosen country in it, or is empty
// when the region itself was chosen.
func layoutChart(c pay.Chart, selected, place string) chartLayout {
	l := chartLayout{
		Title:   "Pay by region: " + chartSubject(c) + ", US dollars per year",
		Caption: c.Caption,
	}
	pct := func(v float64) string { return strconv.FormatFloat(v, 'f', 2, 64) + "%" }
	px := func(v int) string { return strconv.Itoa(v) }

	var desc []string
	desc = append(desc, c.Caption)
	y := chartTop
	for _, r := range c.Regions {
		isSelected := r.Region == selected
		top := y
		name := r.Name
		switch {
		case isSelected && place != "":
			name += " (includes " + place + ")"
		case isSelected:
			name += " (your choice)"
		}
		heading := len(l.Rows)
		l.Rows = append(l.Rows, chartRow{Kind: "region", Text: name, TextY: px(y + 20), Selected: isSelected})
		y += chartRegionH
		var lines []string
		for _, b := range r.Bars {
			first, second, found := strings.Cut(b.Label, ": ")
			if !found {
				first, second = b.Label, ""
			}
			row := chartRow{
				Kind:    "bar",
				Text:    first,
				Detail:  second,
				TextY:   px(y + 11),
				DetailY: px(y + chartLineH + 11),
				Class:   "bar bar-" + b.SourceID,
				BarX:    pct(b.LowPct),
				BarW:    pct(max(b.WidthPct, 0.5)),
				BarY:    px(y + 2*chartLineH + 3),
				BarH:    px(chartBarH),
				Caution: b.Caution,
			}
			if b.Claim {
				row.Class += " bar-claim"
			}
			if b.Mark != nil {
				row.HasMark = true
				row.MarkX = pct(b.MarkPct)
				row.MarkY1 = px(y + 2*chartLineH)
				row.MarkY2 = px(y + 2*chartLineH + chartBarH + 6)
			}
			l.Rows = append(l.Rows, row)
			y += 2*chartLineH + chartBarH + chartBarGap
			lines = append(lines, b.Label)
		}
		for _, m := range r.Missing {
			l.Rows = append(l.Rows, chartRow{Kind: "note", Text: m, TextY: px(y + 13)})
			y += chartNoteH
			lines = append(lines, m)
		}
		if isSelected {
			l.Rows[heading].BandY = px(top)
			l.Rows[heading].BandH = px(y - top + chartBandPadY)
		}
		desc = append(desc, r.Name+": "+strings.Join(lines, "; ")+".")
	}
	for _, t := range c.Ticks {
		l.Ticks = append(l.Ticks, chartTick{X: pct(t.Pct), Label: t.Label})
	}
	l.GridY2 = px(y)
	l.AxisY = px(y + 18)
	l.Height = px(y + chartAxisH)
	l.Desc = strings.Join(desc, " ")
	return l
}

// chartSubject names the role and level of a chart ("Senior backend
// engineer").
func chartSubject(c pay.Chart) string {
	subject, _, _ := strings.Cut(c.Caption, ",")
	return subject
}

// chartHTML writes the chart as a figure with its caption.
func chartHTML(m *markup, l chartLayout) {
	m.open("figure", "class", "chart")
	m.raw(chartSVG(l))
	m.leaf("figcaption", l.Caption, "class", "chart-caption")
	m.close("figure")
}

// chartSVG returns the chart's SVG. go-app has no SVG elements, so the
// chart is written as text; every text is escaped.
func chartSVG(l chartLayout) string {
	var b strings.Builder
	b.WriteString(`<svg id="pay-chart" class="pay-chart" xmlns="http://www.w3.org/2000/svg" width="100%" height="`)
	b.WriteString(attr(l.Height))
	b.WriteString(`" role="img" aria-labelledby="pay-chart-title pay-chart-desc">`)
	b.WriteString(`<title id="pay-chart-title">` + text(l.Title) + `</title>`)
	b.WriteString(`<desc id="pay-chart-desc">` + text(l.Desc) + `</desc>`)
	b.WriteString(`<defs><pattern id="pay-chart-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">` +
		`<rect width="6" height="6" class="hatch-bg"/><line x1="0" y1="0" x2="0" y2="6" class="hatch-line"/></pattern></defs>`)
	for _, r := range l.Rows {
		if r.Kind == "region" && r.Selected {
			b.WriteString(`<rect class="band" x="0" width="100%" y="` + attr(r.BandY) + `" height="` + attr(r.BandH) + `" rx="6"/>`)
		}
	}
	// The plot area leaves a margin on both sides for the tick labels.
	b.WriteString(`<svg x="3%" width="94%" overflow="visible">`)
	for _, t := range l.Ticks {
		b.WriteString(`<line class="grid" x1="` + attr(t.X) + `" x2="` + attr(t.X) + `" y1="0" y2="` + attr(l.GridY2) + `"/>`)
		b.WriteString(`<text class="tick" text-anchor="middle" x="` + attr(t.X) + `" y="` + attr(l.AxisY) + `">` + text(t.Label) + `</text>`)
	}
	for _, r := range l.Rows {
		switch r.Kind {
		case "region":
			b.WriteString(`<text class="region" x="0" y="` + attr(r.TextY) + `">` + text(r.Text) + `</text>`)
		case "note":
			b.WriteString(`<text class="note" x="0" y="` + attr(r.TextY) + `">` + text(r.Text) + `</text>`)
		case "bar":
			b.WriteString(`<g>`)
			if r.Caution != "" {
				b.WriteString(`<title>` + text(r.Caution) + `</title>`)
			}
			b.WriteString(`<text class="bar-name" x="0" y="` + attr(r.TextY) + `">` + text(r.Text) + `</text>`)
			b.WriteString(`<text class="bar-detail" x="0" y="` + attr(r.DetailY) + `">` + text(r.Detail) + `</text>`)
			b.WriteString(`<rect class="` + attr(r.Class) + `" x="` + attr(r.BarX) + `" width="` + attr(r.BarW) +
				`" y="` + attr(r.BarY) + `" height="` + attr(r.BarH) + `" rx="2"/>`)
			if r.HasMark {
				b.WriteString(`<line class="mark" x1="` + attr(r.MarkX) + `" x2="` + attr(r.MarkX) +
					`" y1="` + attr(r.MarkY1) + `" y2="` + attr(r.MarkY2) + `"/>`)
			}
			b.WriteString(`</g>`)
		}
	}
	b.WriteString(`</svg></svg>`)
	return b.String()
}

// text escapes s for an XML text node.
func text(s string) string {
	return xmlEscaper.Replace(s)
}

// attr escapes s for a double-quoted XML attribute.
func attr(s string) string {
	return xmlEscaper.Replace(s)
}

var xmlEscaper = strings.NewReplacer(`&`, "&amp;", `<`, "&lt;", `>`, "&gt;", `"`, "&quot;", `'`, "&#39;")
