package data

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestGuideLoads(t *testing.T) {
	g, err := Guide()
	require.NoError(t, err)
	require.NotNil(t, g)

	again, err := Guide()
	require.NoError(t, err)
	assert.Same(t, g, again, "Guide parses once and returns the cached value")
	assert.Same(t, g, MustGuide())

	assert.Equal(t, "undated", g.Provenance.Date)
	assert.Equal(t, "2026-11-27", g.Provenance.Accessed)
	assert.Equal(t, "", g.Provenance.URL, "our copy names no URL: none is invented")
	assert.Contains(t, g.Provenance.Source, "DistantJob")
	assert.Contains(t, g.Provenance.Licence, "DistantJob")

	assert.Len(t, g.DeveloperSkills, 8)
	assert.Len(t, g.EngineerSkills, 11)
	assert.Len(t, g.Comparison, 11)
	assert.Len(t, g.DeveloperResponsibilities, 5)
	assert.Len(t, g.EngineerResponsibilities.Main, 7)
	assert.Len(t, g.EngineerResponsibilities.AlsoInChargeOf, 4)
	assert.Equal(t, 50, g.SmallTeamLimit())
}

// TestGuideContent spot-checks cells a user would see against the guide's
// own words, so a transcription slip fails.
func TestGuideContent(t *testing.T) {
	g := MustGuide()
	tests := []struct {
		name, got, want string
	}{
		{"first developer skill", g.DeveloperSkills[0].Area, "Programming language"},
		{"last developer skill", g.DeveloperSkills[7].Expected, "Input validation, SQL injection prevention, OWASP awareness"},
		{"first engineer skill", g.EngineerSkills[0].Area, "Systems design"},
		{"last engineer skill", g.EngineerSkills[10].Area, "Domain-driven design"},
		{"engineer CI/CD", g.EngineerSkills[6].Expected, "Designing and owning delivery pipelines, not just using them"},
		{"first comparison row", g.Comparison[0].Domain, "Write backend code"},
		{"last comparison row", g.Comparison[10].Engineer, "Often expected"},
		{"first developer duty", g.DeveloperResponsibilities[0], "Troubleshoot and debug applications."},
		{"last engineer duty", g.EngineerResponsibilities.Main[6], "Work with product and design to translate end-user requirements into technical decisions."},
		{"also in charge of", g.EngineerResponsibilities.AlsoInChargeOf[3], "Creating data storage solutions."},
		{"startups rule", g.Quote(RuleStartupsEngineerTitle), "Most startups just use “engineer” for everyone."},
		{"Amazon", g.StandardTitles[0].Title + " (" + g.StandardTitles[0].Abbreviation + ")", "Software Development Engineer (SDE)"},
		{"Meta levels", strings.Join(g.StandardTitles[2].Levels, ","), "E3,E4,E5"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, tt.got)
		})
	}

	markers := map[string][2]GuideMarker{
		"write_code":     {MarkerRequired, MarkerRequired},
		"systems_design": {MarkerOptional, MarkerRequired},
		"scalability":    {MarkerNotExpected, MarkerRequired},
		"mentoring":      {MarkerOptional, MarkerRequired},
	}
	for id, want := range markers {
		row, ok := g.ComparisonRow(id)
		require.True(t, ok, id)
		assert.Equal(t, want, [2]GuideMarker{row.DeveloperMarker, row.EngineerMarker}, id)
	}
	_, ok := g.ComparisonRow("no such row")
	assert.False(t, ok)

	for _, id := range guideRuleIDs {
		t.Run("rule "+id, func(t *testing.T) {
			r, ok := g.Rule(id)
			require.True(t, ok)
			assert.NotEmpty(t, r.Quote)
		})
	}
	assert.Empty(t, g.Quote("no such rule"))
}

// TestGuideValidationRejects is the control: broken copies of guide.json
// must be rejected with a message naming the problem.
func TestGuideValidationRejects(t *testing.T) {
	tests := []struct {
		name   string
		mutate func(m map[string]any)
		want   string
	}{
		{"empty skill cell", func(m map[string]any) {
			row(m, "developer_skills", 2)["expected"] = ""
		}, `developer_skills row 3 ("API design"): empty cell`},
		{"missing engineer skill row", func(m map[string]any) {
			m["engineer_skills"] = m["engineer_skills"].([]any)[1:]
		}, "engineer_skills: 10 rows, want 11"},
		{"duplicate skill id", func(m map[string]any) {
			row(m, "engineer_skills", 1)["id"] = "systems_design"
		}, `duplicate id "systems_design"`},
		{"empty comparison cell", func(m map[string]any) {
			row(m, "comparison", 5)["engineer"] = " "
		}, `comparison row 6 ("Security practices"): empty cell`},
		{"unknown marker", func(m map[string]any) {
			row(m, "comparison", 0)["developer_marker"] = "yes"
		}, "unknown marker"},
		{"lost responsibility", func(m map[string]any) {
			m["developer_responsibilities"] = m["developer_responsibilities"].([]any)[:4]
		}, "developer_responsibilities: 4 items, want 5"},
		{"empty posting", func(m map[string]any) {
			m["posting"].(map[string]any)["either"] = ""
		}, "posting: empty advice"},
		{"missing rule", func(m map[string]any) {
			m["rules"] = m["rules"].([]any)[1:]
		}, `missing rule "startups_merge"`},
		{"no figure", func(m map[string]any) {
			row(m, "rules", 1)["figure"] = 0
		}, "no team-size figure"},
		{"no licence", func(m map[string]any) {
			m["provenance"].(map[string]any)["licence"] = ""
		}, "no licence"},
		{"undated without access date", func(m map[string]any) {
			m["provenance"].(map[string]any)["accessed"] = ""
		}, "undated source without an accessed date"},
		{"unknown field", func(m map[string]any) {
			m["salaries"] = []any{}
		}, `unknown field "salaries"`},
		{"skill without a line", func(m map[string]any) {
			row(m, "engineer_skills", 4)["line"] = ""
		}, `engineer_skills row 5 ("Containerisation"): line: empty`},
		{"skill line without a full stop", func(m map[string]any) {
			row(m, "developer_skills", 0)["line"] = "A backend language"
		}, "does not end with a full stop"},
		{"responsibility in the -ing form", func(m map[string]any) {
			need(m, 9)["system"] = "Setting up metrics, logs, traces and alerts for the system."
		}, `drafting.needs[9] ("observability").system: starts with "Setting": use the imperative`},
		{"responsibility too long", func(m map[string]any) {
			need(m, 0)["feature"] = "Build " + strings.Repeat("very ", 20) + "good features."
		}, "23 words, want 6 to 18"},
		{"two sentences in one responsibility", func(m map[string]any) {
			need(m, 1)["system"] = "Design the APIs. Keep them stable over time, always."
		}, "more than one sentence"},
		{"reference to a row that does not exist", func(m map[string]any) {
			need(m, 2)["from"] = []any{"developer_responsibilities:6"}
		}, `from "developer_responsibilities:6": no such row in the guide`},
		{"reference to an unknown table", func(m map[string]any) {
			need(m, 2)["from"] = []any{"salaries:us"}
		}, `from "salaries:us": no such row`},
		{"no provenance", func(m map[string]any) {
			need(m, 3)["from"] = []any{}
		}, `drafting.needs[3] ("testing"): no "from"`},
		{"unknown skill", func(m map[string]any) {
			need(m, 8)["must"] = []any{"cicd", "kubernetes"}
		}, `unknown skill "kubernetes"`},
		{"duplicate need", func(m map[string]any) {
			need(m, 1)["need"] = "features"
		}, `drafting.needs[1] ("features"): empty or duplicate need`},
		{"combination of an unknown need", func(m map[string]any) {
			drafting(m)["combined"].([]any)[0].(map[string]any)["needs"] = []any{"features", "telepathy"}
		}, `drafting.combined[0]: unknown need "telepathy"`},
		{"general duty without provenance", func(m map[string]any) {
			drafting(m)["general"].(map[string]any)["system"].([]any)[0].(map[string]any)["from"] = []any{}
		}, `drafting.general.system[0]: no "from"`},
		{"base skills without a must-have", func(m map[string]any) {
			drafting(m)["base_skills"].(map[string]any)["feature"].(map[string]any)["must"] = []any{}
		}, "drafting.base_skills.feature: no must-have skill"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var m map[string]any
			require.NoError(t, json.Unmarshal(guideJSON, &m))
			tt.mutate(m)
			b, err := json.Marshal(m)
			require.NoError(t, err)
			g, err := parseGuide(b)
			require.Error(t, err)
			assert.Nil(t, g)
			assert.Contains(t, err.Error(), tt.want)
		})
	}

	t.Run("the intact copy passes", func(t *testing.T) {
		var m map[string]any
		require.NoError(t, json.Unmarshal(guideJSON, &m))
		b, err := json.Marshal(m)
		require.NoError(t, err)
		_, err = parseGuide(b)
		assert.NoError(t, err)
	})
	t.Run("trailing data", func(t *testing.T) {
		_, err := parseGuide(append(append([]byte{}, guideJSON...), []byte("{}")...))
		assert.ErrorContains(t, err, "trailing data")
	})
}

// drafting returns the drafting section of m.
func drafting(m map[string]any) map[string]any { return m["drafting"].(map[string]any) }

// need returns the wording of need i of the drafting section of m.
func need(m map[string]any, i int) map[string]any {
	return drafting(m)["needs"].([]any)[i].(map[string]any)
}

// row returns row i of the array m[key] as a map.
func row(m map[string]any, key string, i int) map[string]any {
	return m[key].([]any)[i].(map[string]any)
}
