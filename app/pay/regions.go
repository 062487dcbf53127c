package pay

import (
	"fmt"
	"math"
	"strings"
)

// Chart compares the four regions for one role and level, in US dollars
// per year, ready for an SVG bar chart: every bar carries its position as
// a percentage of the chart's scale.
type Chart struct {
	// Role and Level are the inputs.
	Role  string `json:"role"`
	Level string `json:"level"`
	// Scale is the amount at 100% of the chart's width, in USD per year:
	// the largest amount shown, rounded up to a multiple of $25,000.
	Scale float64 `json:"scale"`
	// ScaleLabel is Scale formatted ("$250,000").
	ScaleLabel string `json:"scale_label"`
	// Ticks are gridlines at every $50,000 up to Scale.
	Ticks []Tick `json:"ticks"`
	// Regions are us, weu, eeu and latam, in that order.
	Regions []RegionSummary `json:"regions"`
	// Caption describes the chart and names the sources.
	Caption string `json:"caption"`
}

// Tick is a gridline of a chart.
type Tick struct {
	// Pct is the position in percent of the chart's width.
	Pct float64 `json:"pct"`
	// Label is the amount ("$50,000").
	Label string `json:"label"`
}

// RegionSummary is one region of a [Chart].
type RegionSummary struct {
	// Region is the region key and Name its name.
	Region string `json:"region"`
	Name   string `json:"name"`
	// Bars are the region's figures: the guide's range, the guide's
	// claimed engineer premium (senior engineers), and the survey's
	// interquartile range with its median.
	Bars []Bar `json:"bars"`
	// Missing says which sources have no figure for the level here.
	Missing []string `json:"missing,omitempty"`
}

// Bar is one horizontal bar, from Low to High, with an optional Mark (a
// median), in USD per year and in percent of the chart's scale.
type Bar struct {
	// Key is the series Key of the figure in [Salary.Figures].
	Key string `json:"key"`
	// SourceID is "guide", "guide-claim" or "survey".
	SourceID string `json:"source_id"`
	// Label names the bar with its amounts and sample size.
	Label string `json:"label"`
	// Low and High bound the bar; Mark is the median, or nil.
	Low  float64  `json:"low"`
	High float64  `json:"high"`
	Mark *float64 `json:"mark,omitempty"`
	// LowPct, HighPct and MarkPct are the positions in percent of Scale;
	// WidthPct is HighPct - LowPct.
	LowPct   float64 `json:"low_pct"`
	HighPct  float64 `json:"high_pct"`
	WidthPct float64 `json:"width_pct"`
	MarkPct  float64 `json:"mark_pct,omitempty"`
	// Caution is the figure's caution, if any.
	Caution string `json:"caution,omitempty"`
	// Claim marks the guide's claimed premium.
	Claim bool `json:"claim,omitempty"`
}

// Regions compares the four regions for a role and level: the guide's
// range (and, for a senior engineer, its claimed premium) and the
// survey's quartiles for the level's years of experience.
func Regions(role, level string) (Chart, error) {
	c := Chart{Role: role, Level: level, Ticks: []Tick{}}
	top := 0.0
	for _, key := range []string{"us", "weu", "eeu", "latam"} {
		s, err := Estimate(role, level, key)
		if err != nil {
			return Chart{}, err
		}
		c.Role, c.Level = s.Role, s.Level
		rs := RegionSummary{Region: key, Name: s.RegionName, Bars: []Bar{}}
		band := LevelYears[s.Level][0]
		var guide, survey bool
		for _, f := range s.Figures {
			if f.Period != PeriodYear {
				continue
			}
			switch {
			case (f.SourceID == "guide" || f.SourceID == "guide-claim") && f.Min != nil:
				kind := "Guide, developers"
				if f.Claim {
					kind = "Guide's claim, engineers +15–25%"
				}
				rs.Bars = append(rs.Bars, Bar{Key: f.Key, SourceID: f.SourceID, Label: kind + ": " + FormatRange(*f.Min, *f.Max, "USD"),
					Low: *f.Min, High: *f.Max, Caution: f.Caution, Claim: f.Claim})
				guide = guide || !f.Claim
			case f.Key == "survey-"+key+"-"+band:
				m := *f.Median
				rs.Bars = append(rs.Bars, Bar{Key: f.Key, SourceID: f.SourceID,
					Label: fmt.Sprintf("Survey, %s years: %s, median %s (n = %s)", band, FormatRange(*f.P25, *f.P75, "USD"), FormatMoney(m, "USD"), grouped(f.N)),
					Low:   *f.P25, High: *f.P75, Mark: &m, Caution: f.Caution})
				survey = true
			}
		}
		if !guide {
			rs.Missing = append(rs.Missing, fmt.Sprintf("The guide has no %s range.", s.Level))
		}
		if !survey {
			rs.Missing = append(rs.Missing, fmt.Sprintf("The survey has no cell for %s years.", band))
		}
		for _, b := range rs.Bars {
			top = math.Max(top, b.High)
		}
		c.Regions = append(c.Regions, rs)
	}
	c.Scale = math.Max(25000, math.Ceil(top/25000)*25000)
	c.ScaleLabel = FormatMoney(c.Scale, "USD")
	pct := func(v float64) float64 { return math.Round(v/c.Scale*1000) / 10 }
	for i := range c.Regions {
		for j := range c.Regions[i].Bars {
			b := &c.Regions[i].Bars[j]
			b.LowPct, b.HighPct = pct(b.Low), pct(b.High)
			b.WidthPct = math.Round((b.HighPct-b.LowPct)*10) / 10
			if b.Mark != nil {
				b.MarkPct = pct(*b.Mark)
			}
		}
	}
	for t := 50000.0; t <= c.Scale; t += 50000 {
		c.Ticks = append(c.Ticks, Tick{Pct: pct(t), Label: FormatMoney(t, "USD")})
	}
	var cap strings.Builder
	fmt.Fprintf(&cap, "%s %s, US dollars per year by region: DistantJob's hiring guide (undated; Talent.com and Glassdoor) and the Stack Overflow Developer Survey 2024 (ODbL; 25th to 75th percentile with the median, %s years of professional coding, an assumption).",
		capitalise(levelWord(c.Level)), roleWord(c.Role), LevelYears[c.Level][0])
	c.Caption = cap.String()
	return c, nil
}
