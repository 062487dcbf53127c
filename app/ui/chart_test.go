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

// svgNode is an element of the chart, read back with encoding/xml.
type svgNode struct {
	XMLName  xml.Name
	Attrs    []xml.Attr `xml:",any,attr"`
	Text     string     `xml:",chardata"`
	Children []svgNode  `xml:",any"`
}

func (n svgNode) attr(name string) string {
	for _, a := range n.Attrs {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

// walk calls f on n and every element below it.
func (n svgNode) walk(f func(svgNode)) {
	f(n)
	for _, c := range n.Children {
		c.walk(f)
	}
}

func TestDrawChart(t *testing.T) {
	c, err := pay.Regions("engineer", "senior")
	require.NoError(t, err)
	require.NotEmpty(t, c.Regions)

	ch := drawChart(c, "weu", "")
	var root svgNode
	require.NoError(t, xml.Unmarshal([]byte(ch.SVG), &root), ch.SVG)

	t.Run("it is an SVG with a title and a description", func(t *testing.T) {
		assert.Equal(t, "svg", root.XMLName.Local)
		assert.Equal(t, "pay-chart", root.attr("id"))
		assert.Equal(t, "img", root.attr("role"))
		var title, desc string
		root.walk(func(n svgNode) {
			switch n.attr("id") {
			case "pay-chart-title":
				title = n.Text
			case "pay-chart-desc":
				desc = n.Text
			}
		})
		assert.Equal(t, ch.Title, title)
		assert.Equal(t, ch.Desc, desc)
		assert.Contains(t, title, "Senior backend engineer")
	})
	t.Run("every bar is placed where the pay package says", func(t *testing.T) {
		var bars []svgNode
		root.walk(func(n svgNode) {
			if n.XMLName.Local == "rect" && strings.HasPrefix(n.attr("class"), "bar ") {
				bars = append(bars, n)
			}
		})
		var want []pay.Bar
		for _, r := range c.Regions {
			want = append(want, r.Bars...)
		}
		require.Len(t, bars, len(want))
		for i, b := range want {
			assert.Equal(t, strconv.FormatFloat(b.LowPct, 'f', 2, 64)+"%", bars[i].attr("x"), "bar %d", i)
			assert.Contains(t, bars[i].attr("class"), "bar-"+b.SourceID)
		}
	})
	t.Run("rows go down the canvas", func(t *testing.T) {
		last := -1
		root.walk(func(n svgNode) {
			if n.XMLName.Local != "text" || n.attr("class") == "tick" {
				return
			}
			y, err := strconv.Atoi(n.attr("y"))
			require.NoError(t, err)
			assert.Greater(t, y, last, "%q", n.Text)
			last = y
		})
		h, err := strconv.Atoi(root.attr("height"))
		require.NoError(t, err)
		assert.Greater(t, h, last, "the canvas is shorter than its rows")
	})
	t.Run("the chosen region is marked", func(t *testing.T) {
		assert.Contains(t, ch.SVG, ">Western Europe (your choice)<")
		assert.Equal(t, 1, strings.Count(ch.SVG, `class="band"`))
		other := drawChart(c, "eeu", "Poland")
		assert.Contains(t, other.SVG, ">Eastern Europe (includes Poland)<")
	})
	t.Run("the description names every figure", func(t *testing.T) {
		for _, r := range c.Regions {
			for _, b := range r.Bars {
				assert.Contains(t, ch.Desc, b.Label)
			}
		}
	})
}

func BenchmarkDrawChart(b *testing.B) {
	c, err := pay.Regions("developer", "mid")
	require.NoError(b, err)
	for b.Loop() {
		drawChart(c, "us", "")
	}
}
