//go:build !wasm

package ui

import (
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"hirecalc/app/advice"
	"hirecalc/app/hiring"
)

// TestPayPanelShowsCostAndAge renders the pay panel of a Polish mid-level
// developer on a fixed day: the employer-cost table has a row per
// contribution with its source link and both currencies, and dated
// badges mark the 2024 survey's figures and the April 2026 rate.
func TestPayPanelShowsCostAndAge(t *testing.T) {
	in, problems := hiring.ParseQuery("level=mid&region=pl&currency=PLN")
	require.Empty(t, problems)
	res := advice.Advise(in, advice.Options{Today: "2026-12-04"})
	out := payHTML(res.Estimate, res.View, res.EmployerCost, chart{})

	start := strings.Index(out, `<table id="pay-cost-table"`)
	require.GreaterOrEqual(t, start, 0, "the employer-cost table")
	table := out[start : start+strings.Index(out[start:], "</table>")]
	rows := regexp.MustCompile(`<tr>`).FindAllStringIndex(table, -1)
	assert.Len(t, rows, 1+1+6+3, "head, gross pay, six contributions, three totals")
	assert.Contains(t, table, `<th scope="col">Low end</th><th scope="col">High end</th>`)
	assert.Contains(t, table, "<td>PLN 123,354 ($33,878)</td>", "the low end in zloty with dollars beside it")
	assert.Contains(t, table, "Pension insurance (emerytalna), employer share")
	assert.Contains(t, table, "9.76% of pay up to the annual limit")
	assert.Contains(t, table, "(2025, quality: good)")
	assert.Regexp(t, `<a href="https://citydesk\.pl/[^"]+" target="_blank" rel="noopener noreferrer">CityDesk`, table)
	assert.Contains(t, table, "<th scope=\"row\">Total per month</th>")
	assert.Contains(t, out, "Every statutory employer contribution hirecalc knows of for Poland is included.")
	assert.Contains(t, out, "Not included: benefits, equipment, recruiting fees and voluntary pensions;")

	badges := regexp.MustCompile(`<span class="badge dated" title="[^"]+">dated</span>`).FindAllString(out, -1)
	assert.GreaterOrEqual(t, len(badges), len(res.View.Rows)+2, "every figure, the suggestion and the rate")
	assert.Contains(t, out, "collected its figures in May 2024, 30 months before 2026-12-04")
	assert.Contains(t, out, "2024, collected 2024-05")
}

func TestPayPanelWithoutCost(t *testing.T) {
	in, _ := hiring.ParseQuery("level=mid&region=eeu")
	res := advice.Advise(in, advice.Options{Today: "2026-12-04"})
	out := payHTML(res.Estimate, res.View, res.EmployerCost, chart{})
	assert.Contains(t, out, "choose a country")
	assert.NotContains(t, out, "pay-cost-table")
}
