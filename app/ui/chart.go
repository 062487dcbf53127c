package ui

import (
	"strconv"
	"strings"

	"hirecalc/app/pay"
)

// chart is the inline SVG bar chart that compares the regions' pay,
// drawn by drawChart when the answer changes (so Render only inserts it).
type chart struct {
	// SVG is the chart's markup, Title and Desc its accessible name and
	// description, Caption the figure's visible caption.
	SVG     string
	Title   string
	Desc    string
	Caption string
}

// Row heights of the chart, in pixels.
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

// drawChart draws c as an SVG: a heading per region, then each bar with
// its name and amounts above it. Bars are placed in percent of the
// chart's width, so they stretch with the screen while the text keeps
// its size; rows are placed in pixels. The region key selected is
// highlighted; place names the chosen country in it, or is empty when
// the region itself was chosen.
func drawChart(c pay.Chart, selected, place string) chart {
	out := chart{
		Title:   "Pay by region: " + chartSubject(c) + ", US dollars per year",
		Caption: c.Caption,
	}
	pct := func(v float64) string { return strconv.FormatFloat(v, 'f', 2, 64) + "%" }
	px := strconv.Itoa

	var rows markup // the plot area's content, below the gridlines
	var band string // the highlight behind the selected region
	desc := []string{c.Caption}
	y := chartTop
	for _, r := range c.Regions {
		top := y
		name := r.Name
		switch {
		case r.Region == selected && place != "":
			name += " (includes " + place + ")"
		case r.Region == selected:
			name += " (your choice)"
		}
		rows.leaf("text", name, "class", "region", "x", "0", "y", px(y+20))
		y += chartRegionH
		var lines []string
		for _, b := range r.Bars {
			first, second, found := strings.Cut(b.Label, ": ")
			if !found {
				first, second = b.Label, ""
			}
			class := "bar bar-" + b.SourceID
			if b.Claim {
				class += " bar-claim"
			}
			rows.open("g")
			if b.Caution != "" {
				rows.leaf("title", b.Caution)
			}
			rows.leaf("text", first, "class", "bar-name", "x", "0", "y", px(y+11))
			rows.leaf("text", second, "class", "bar-detail", "x", "0", "y", px(y+chartLineH+11))
			rows.open("rect", "class", class, "x", pct(b.LowPct), "width", pct(max(b.WidthPct, 0.5)),
				"y", px(y+2*chartLineH+3), "height", px(chartBarH), "rx", "2").close("rect")
			if b.Mark != nil {
				rows.open("line", "class", "mark", "x1", pct(b.MarkPct), "x2", pct(b.MarkPct),
					"y1", px(y+2*chartLineH), "y2", px(y+2*chartLineH+chartBarH+6)).close("line")
			}
			rows.close("g")
			y += 2*chartLineH + chartBarH + chartBarGap
			lines = append(lines, b.Label)
		}
		for _, note := range r.Missing {
			rows.leaf("text", note, "class", "note", "x", "0", "y", px(y+13))
			y += chartNoteH
			lines = append(lines, note)
		}
		if r.Region == selected {
			band = `<rect class="band" x="0" width="100%" y="` + px(top) + `" height="` + px(y-top+chartBandPadY) + `" rx="6"></rect>`
		}
		desc = append(desc, r.Name+": "+strings.Join(lines, "; ")+".")
	}
	out.Desc = strings.Join(desc, " ")

	var m markup
	m.open("svg", "id", "pay-chart", "class", "pay-chart", "xmlns", "http://www.w3.org/2000/svg",
		"width", "100%", "height", px(y+chartAxisH), "role", "img", "aria-labelledby", "pay-chart-title pay-chart-desc")
	m.leaf("title", out.Title, "id", "pay-chart-title")
	m.leaf("desc", out.Desc, "id", "pay-chart-desc")
	m.raw(`<defs><pattern id="pay-chart-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">` +
		`<rect width="6" height="6" class="hatch-bg"></rect><line x1="0" y1="0" x2="0" y2="6" class="hatch-line"></line></pattern></defs>`)
	m.raw(band)
	// The plot area leaves a margin on both sides for the tick labels.
	m.open("svg", "x", "3%", "width", "94%", "overflow", "visible")
	for _, t := range c.Ticks {
		m.open("line", "class", "grid", "x1", pct(t.Pct), "x2", pct(t.Pct), "y1", "0", "y2", px(y)).close("line")
		m.leaf("text", t.Label, "class", "tick", "text-anchor", "middle", "x", pct(t.Pct), "y", px(y+18))
	}
	m.raw(rows.String())
	m.close("svg").close("svg")
	out.SVG = m.String()
	return out
}

// chartSubject names the role and level of a chart ("Senior backend
// engineer").
func chartSubject(c pay.Chart) string {
	subject, _, _ := strings.Cut(c.Caption, ",")
	return subject
}
