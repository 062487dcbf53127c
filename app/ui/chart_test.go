package ui

import (
	"encoding/xml"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"hirecalc/app/pay"
)

func TestLayoutChart(t *testing.T) {
	c, err := pay.Regions("engineer", "senior")
	require.NoError(t, err)
	require.NotEmpty(t, c.Regions)

	l := layoutChart(c, "weu", "")

	t.Run("every bar is placed where the pay package says", func(t *testing.T) {
		var bars []chartRow
		for _, r := range l.Rows {
			if r.Kind == "bar" {
				bars = append(bars, r)
			}
		}
		var want []pay.Bar
		for _, r := range c.Regions {
			want = append(want, r.Bars...)
		}
		require.Len(t, bars, len(want))
		for i, b := range want {
			assert.Equal(t, strconv.FormatFloat(b.LowPct, 'f', 2, 64)+"%", bars[i].BarX, "bar %d x", i)
			assert.Equal(t, b.Mark != nil, bars[i].HasMark, "bar %d median mark", i)
			assert.True(t, strings.HasPrefix(b.Label, bars[i].Text), "bar %d label %q starts %q", i, b.Label, bars[i].Text)
		}
	})
	t.Run("rows go down the canvas without overlapping", func(t *testing.T) {
		last := -1
		for _, r := range l.Rows {
			y, err := strconv.Atoi(r.TextY)
			require.NoError(t, err)
			assert.Greater(t, y, last, "row %q", r.Text)
			last = y
		}
		h, err := strconv.Atoi(l.Height)
		require.NoError(t, err)
		assert.Greater(t, h, last, "the canvas is shorter than its rows")
	})
	t.Run("the chosen region is marked", func(t *testing.T) {
		var marked []string
		for _, r := range l.Rows {
			if r.Kind == "region" && r.Selected {
				marked = append(marked, r.Text)
				assert.NotEmpty(t, r.BandH)
			}
		}
		assert.Equal(t, []string{"Western Europe (your choice)"}, marked)
	})
	t.Run("the description names every figure", func(t *testing.T) {
		for _, r := range c.Regions {
			for _, b := range r.Bars {
				assert.Contains(t, l.Desc, b.Label)
			}
		}
	})
	t.Run("the SVG is well-formed, with a title and a description", func(t *testing.T) {
		svg := chartSVG(l)
		var doc struct {
			XMLName xml.Name
			ID      string `xml:"id,attr"`
			Title   string `xml:"title"`
			Desc    string `xml:"desc"`
		}
		require.NoError(t, xml.Unmarshal([]byte(svg), &doc), svg)
		assert.Equal(t, "svg", doc.XMLName.Local)
		assert.Equal(t, "pay-chart", doc.ID)
		assert.Equal(t, l.Title, doc.Title)
		assert.Equal(t, l.Desc, doc.Desc)
	})
}

func BenchmarkLayoutChart(b *testing.B) {
	c, err := pay.Regions("developer", "mid")
	require.NoError(b, err)
	for b.Loop() {
		chartSVG(layoutChart(c, "us", ""))
	}
}
