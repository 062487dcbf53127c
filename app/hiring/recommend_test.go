package hiring

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"hirecalc/data"
)

var update = flag.Bool("update", false, "rewrite golden files")

// input builds an Input from DefaultInput with the decision's six keys.
func input(team int, stage Stage, regulated, owner bool, level Level, needs ...Need) Input {
	in := DefaultInput()
	in.Team, in.Stage, in.Regulated, in.Owner, in.Level = team, stage, regulated, owner, level
	in.Needs = needs
	return in
}

var (
	featureOnly = []Need{NeedFeatures, NeedAPIs}
	systemOnly  = []Need{NeedArchitecture, NeedScalability}
	mixed       = []Need{NeedFeatures, NeedData, NeedArchitecture, NeedReliability}
	noNeeds     = []Need{}
)

const (
	owner, noOwner = true, false
	reg, notReg    = true, false
)

func TestRecommendDecides(t *testing.T) {
	tests := []struct {
		name   string
		in     Input
		role   Role
		rule   int
		title  string
		fields []string // the query keys the reasons name, in any order
	}{
		// Startups: the roles merge under 50 engineers unless regulated.
		{"startup default: mixed needs, nobody owns the design", DefaultInput(),
			RoleHybrid, 2, "Senior Backend Engineer (features and architecture)", []string{"needs", "owner", "stage", "team"}},
		{"startup team 0, mixed", input(0, StageStartup, notReg, noOwner, LevelSenior, mixed...),
			RoleHybrid, 2, "Senior Backend Engineer (features and architecture)", []string{"needs", "owner", "stage", "team"}},
		{"startup team 1, mixed", input(1, StageStartup, notReg, noOwner, LevelMid, mixed...),
			RoleHybrid, 2, "Mid-level Backend Engineer (features and architecture)", []string{"needs", "owner", "stage", "team"}},
		{"startup team 49, mixed", input(49, StageStartup, notReg, noOwner, LevelSenior, mixed...),
			RoleHybrid, 2, "Senior Backend Engineer (features and architecture)", []string{"needs", "owner", "stage", "team"}},
		{"startup team 50, mixed: separate the roles", input(50, StageStartup, notReg, noOwner, LevelSenior, mixed...),
			RoleEngineer, 3, "Senior Backend Engineer", []string{"needs", "owner", "stage", "team"}},
		{"startup team 51, mixed", input(51, StageStartup, notReg, noOwner, LevelSenior, mixed...),
			RoleEngineer, 3, "Senior Backend Engineer", []string{"needs", "owner", "stage", "team"}},
		{"startup team 100000, mixed", input(100000, StageStartup, notReg, noOwner, LevelSenior, mixed...),
			RoleEngineer, 3, "Senior Backend Engineer", []string{"needs", "owner", "stage", "team"}},
		{"startup regulated, mixed: sharper lines", input(8, StageStartup, reg, noOwner, LevelSenior, mixed...),
			RoleEngineer, 3, "Senior Backend Engineer", []string{"needs", "owner", "stage", "team", "regulated"}},
		{"startup owner, mixed: engineer under the architect", input(8, StageStartup, notReg, owner, LevelSenior, mixed...),
			RoleEngineer, 3, "Senior Backend Engineer", []string{"needs", "owner", "stage", "team"}},
		{"startup system only", input(8, StageStartup, notReg, noOwner, LevelStaff, systemOnly...),
			RoleEngineer, 3, "Staff Backend Engineer", []string{"needs", "owner", "stage", "team", "level"}},
		{"startup owner, feature only", input(8, StageStartup, notReg, owner, LevelMid, featureOnly...),
			RoleDeveloper, 4, "Mid-level Backend Developer", []string{"needs", "owner", "stage", "team"}},
		{"startup no owner, feature only, junior", input(8, StageStartup, notReg, noOwner, LevelJunior, featureOnly...),
			RoleHybrid, 5, "Junior Backend Engineer", []string{"needs", "owner", "stage", "team", "level"}},
		{"startup no owner, feature only, team 50", input(50, StageStartup, notReg, noOwner, LevelSenior, featureOnly...),
			RoleDeveloper, 6, "Senior Backend Developer", []string{"needs", "owner", "stage", "team"}},
		{"startup empty needs, nobody owns the design", input(5, StageStartup, notReg, noOwner, LevelSenior, noNeeds...),
			RoleHybrid, 7, "Senior Backend Engineer", []string{"needs", "owner", "stage", "team"}},
		{"startup empty needs, owner", input(5, StageStartup, notReg, owner, LevelSenior, noNeeds...),
			RoleDeveloper, 7, "Senior Backend Developer", []string{"needs", "owner", "stage", "team"}},

		// Scale-ups: the 50-engineer figure decides.
		{"scaleup team 49, mixed", input(49, StageScaleup, notReg, noOwner, LevelSenior, mixed...),
			RoleHybrid, 2, "Senior Backend Engineer (features and architecture)", []string{"needs", "owner", "stage", "team"}},
		{"scaleup team 50, mixed", input(50, StageScaleup, notReg, noOwner, LevelSenior, mixed...),
			RoleEngineer, 3, "Senior Backend Engineer", []string{"needs", "owner", "stage", "team"}},
		{"scaleup team 49, feature only", input(49, StageScaleup, notReg, noOwner, LevelSenior, featureOnly...),
			RoleHybrid, 5, "Senior Backend Engineer", []string{"needs", "owner", "stage", "team"}},
		{"startup features, APIs and DevOps: the title names what the role spans", input(8, StageStartup, notReg, noOwner, LevelSenior, NeedFeatures, NeedAPIs, NeedDevOps),
			RoleHybrid, 2, "Senior Backend Engineer (features and infrastructure)", []string{"needs", "owner", "stage", "team"}},
		{"startup APIs, data and observability", input(8, StageStartup, notReg, noOwner, LevelMid, NeedAPIs, NeedData, NeedObservability),
			RoleHybrid, 2, "Mid-level Backend Engineer (APIs and observability)", []string{"needs", "owner", "stage", "team"}},
		{"scaleup team 51, feature only", input(51, StageScaleup, notReg, noOwner, LevelSenior, featureOnly...),
			RoleDeveloper, 6, "Senior Backend Developer", []string{"needs", "owner", "stage", "team"}},
		{"scaleup regulated, empty needs, senior", input(10, StageScaleup, reg, noOwner, LevelSenior, noNeeds...),
			RoleEngineer, 8, "Senior Backend Engineer", []string{"needs", "owner", "stage", "team", "regulated", "level"}},
		{"scaleup team 0, system only: first hire", input(0, StageScaleup, notReg, noOwner, LevelSenior, systemOnly...),
			RoleEngineer, 3, "Senior Backend Engineer", []string{"needs", "owner", "stage", "team"}},

		// Mid-size and enterprise: the titles map to seniority and scope.
		{"midsize team 1, mixed: never merged", input(1, StageMidsize, notReg, noOwner, LevelSenior, mixed...),
			RoleEngineer, 3, "Senior Backend Engineer", []string{"needs", "owner", "stage"}},
		{"midsize feature only, nobody owns the design", input(30, StageMidsize, notReg, noOwner, LevelMid, featureOnly...),
			RoleDeveloper, 6, "Mid-level Backend Developer", []string{"needs", "owner", "stage"}},
		{"midsize feature only, staff", input(300, StageMidsize, notReg, owner, LevelStaff, featureOnly...),
			RoleDeveloper, 4, "Staff Backend Developer", []string{"needs", "owner", "stage", "level"}},
		{"midsize empty, junior", input(200, StageMidsize, notReg, owner, LevelJunior, noNeeds...),
			RoleDeveloper, 8, "Junior Backend Developer", []string{"needs", "owner", "stage", "level"}},
		{"midsize empty, mid", input(200, StageMidsize, notReg, noOwner, LevelMid, noNeeds...),
			RoleDeveloper, 8, "Mid-level Backend Developer", []string{"needs", "owner", "stage", "level"}},
		{"midsize empty, senior", input(200, StageMidsize, notReg, owner, LevelSenior, noNeeds...),
			RoleEngineer, 8, "Senior Backend Engineer", []string{"needs", "owner", "stage", "level"}},
		{"enterprise empty, staff", input(5000, StageEnterprise, notReg, owner, LevelStaff, noNeeds...),
			RoleEngineer, 8, "Staff Backend Engineer", []string{"needs", "owner", "stage", "level"}},
		{"enterprise regulated junior feature role", input(400, StageEnterprise, reg, owner, LevelJunior, featureOnly...),
			RoleDeveloper, 4, "Junior Backend Developer", []string{"needs", "owner", "stage", "regulated"}},
		{"enterprise regulated, system work under an architect", input(400, StageEnterprise, reg, owner, LevelSenior, systemOnly...),
			RoleEngineer, 3, "Senior Backend Engineer", []string{"needs", "owner", "stage", "regulated"}},
		{"enterprise junior system work: a caution", input(400, StageEnterprise, notReg, noOwner, LevelJunior, systemOnly...),
			RoleEngineer, 3, "Junior Backend Engineer", []string{"needs", "owner", "stage", "level"}},

		// Big tech: the standard title, whatever else.
		{"bigtech mixed, senior", input(100000, StageBigTech, notReg, noOwner, LevelSenior, mixed...),
			RoleStandard, 1, "Senior Software Engineer", []string{"stage", "level", "needs"}},
		{"bigtech feature only with owner, junior", input(20, StageBigTech, notReg, owner, LevelJunior, featureOnly...),
			RoleStandard, 1, "Junior Software Engineer", []string{"stage", "level", "needs"}},
		{"bigtech regulated, empty, staff", input(0, StageBigTech, reg, owner, LevelStaff, noNeeds...),
			RoleStandard, 1, "Staff Software Engineer", []string{"stage", "level", "needs"}},
		{"bigtech system only, mid", input(49, StageBigTech, reg, noOwner, LevelMid, systemOnly...),
			RoleStandard, 1, "Mid-level Software Engineer", []string{"stage", "level", "needs"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Recommend(tt.in)
			assert.Equal(t, tt.role, r.Role)
			assert.Equal(t, tt.rule, r.Rule)
			assert.Equal(t, tt.title, r.Title)
			assert.Equal(t, tt.in.Level, r.Level)
			assert.Contains(t, r.Summary, tt.title)
			assert.ElementsMatch(t, uniq(tt.fields), uniq(reasonFields(r)))
			checkInvariants(t, tt.in, r)
		})
	}
}

// TestRecommendGrid runs every combination of the decision's inputs and
// checks what must hold for each: the guide's rules, the reasons, the
// changes (decided again) and the skill tables.
func TestRecommendGrid(t *testing.T) {
	needSets := map[string][]Need{"empty": noNeeds, "feature": featureOnly, "system": systemOnly, "mixed": mixed}
	count := 0
	for _, stage := range Stages {
		for _, team := range []int{0, 1, 49, 50, 51, 100000} {
			for _, regulated := range []bool{false, true} {
				for _, ownerOK := range []bool{false, true} {
					for kind, needs := range needSets {
						for _, level := range Levels {
							in := input(team, stage, regulated, ownerOK, level, needs...)
							r := Recommend(in)
							count++
							w := work(needs)
							small := !regulated && (stage == StageStartup || stage == StageScaleup) && team < 50
							ctx := inputName(in) + "/" + kind
							switch {
							case stage == StageBigTech:
								assert.Equal(t, RoleStandard, r.Role, ctx)
							case r.Role == RoleHybrid:
								assert.True(t, small && !ownerOK, "hybrid only in a small unregulated team with nobody owning the design: %s", ctx)
							case w.system:
								assert.Equal(t, RoleEngineer, r.Role, ctx)
							case w.features && ownerOK:
								assert.Equal(t, RoleDeveloper, r.Role, ctx)
							case w.features:
								assert.Equal(t, RoleDeveloper, r.Role, "not small: %s", ctx)
								assert.False(t, small, ctx)
							}
							if stage != StageBigTech && regulated {
								assert.NotEqual(t, RoleHybrid, r.Role, "regulated industries never merge: %s", ctx)
								assert.Contains(t, reasonFields(r), "regulated", ctx)
							}
							if !t.Failed() {
								checkInvariants(t, in, r)
							}
						}
					}
				}
			}
		}
	}
	assert.Equal(t, 5*6*2*2*4*4, count)
}

// inputName names an input in failure messages.
func inputName(in Input) string {
	return string(in.Stage) + "/team=" + strconv.Itoa(in.Team) + "/regulated=" + strconv.FormatBool(in.Regulated) +
		"/owner=" + strconv.FormatBool(in.Owner) + "/" + string(in.Level)
}

// checkInvariants asserts what every recommendation must satisfy.
func checkInvariants(t *testing.T, in Input, r Recommendation) {
	t.Helper()
	g := data.MustGuide()
	w := work(in.Needs)
	name := inputName(in)

	assert.Contains(t, Roles, r.Role, name)
	assert.True(t, strings.HasPrefix(r.Title, in.Level.Label()+" "), "title starts with the level: %q", r.Title)
	assert.Equal(t, strings.Contains(r.Title, "architecture"), r.Role == RoleHybrid && w.features && slices.Contains(in.Needs, NeedArchitecture),
		"the title says architecture only for a hybrid role that was asked for it: %q", r.Title)
	switch r.Role {
	case RoleDeveloper:
		assert.True(t, strings.HasSuffix(r.Title, " Backend Developer"), r.Title)
		assert.Contains(t, r.Posting, g.Posting.Developer)
	case RoleEngineer:
		assert.True(t, strings.HasSuffix(r.Title, " Backend Engineer"), r.Title)
		assert.Contains(t, r.Posting, g.Posting.Engineer)
	case RoleHybrid:
		// The title names the span only when both kinds of work are
		// ticked, and then names ticked needs only.
		if w.features && w.system {
			assert.Equal(t, in.Level.Label()+" Backend Engineer ("+spanWords[w.feature[0]]+" and "+spanWords[w.systemNeeds[0]]+")", r.Title)
		} else {
			assert.Equal(t, in.Level.Label()+" Backend Engineer", r.Title)
		}
		assert.Contains(t, r.Posting, g.Posting.Either)
	case RoleStandard:
		assert.True(t, strings.HasSuffix(r.Title, " Software Engineer"), r.Title)
		assert.Contains(t, r.Posting, "Software Development Engineer (SDE)")
	}
	assert.Equal(t, g.Provenance.Source, r.Source)
	assert.NotEmpty(t, r.Summary)
	assert.LessOrEqual(t, strings.Count(r.Summary, ". "), 2, "one or two plain sentences: %q", r.Summary)

	// Reasons: every one names a query key and quotes the guide.
	keys := []string{"team", "stage", "regulated", "owner", "needs", "level"}
	require.NotEmpty(t, r.Reasons, name)
	for _, reason := range r.Reasons {
		assert.Contains(t, keys, reason.Field, reason.Text)
		assert.NotEmpty(t, reason.Text)
		assert.True(t, fromGuide(g, reason.Guide), "reason quotes the guide: %q", reason.Guide)
	}
	fields := reasonFields(r)
	assert.Contains(t, fields, "needs", name)
	assert.Contains(t, fields, "stage", name)
	if len(in.Needs) == 0 {
		assert.True(t, slices.ContainsFunc(r.Reasons, func(x Reason) bool {
			return x.Field == "needs" && strings.Contains(x.Text, "No needs were ticked")
		}), "empty needs are said: %s", name)
	}

	// Changes: two to four, each really changing the role when decided again.
	assert.GreaterOrEqual(t, len(r.Changes), 2, name)
	assert.LessOrEqual(t, len(r.Changes), 4, name)
	for _, c := range r.Changes {
		assert.Contains(t, keys, c.Field, c.Text)
		assert.NotEqual(t, r.Role, c.Role, c.Text)
		again := Recommend(c.Input)
		assert.Equal(t, c.Role, again.Role, c.Text)
		assert.Equal(t, decisionKey(normalise(in)), decisionKey(withField(c.Input, c.Field, in)), "a change changes only its field: %s", c.Text)
		assert.NotEqual(t, decisionKey(normalise(in)), decisionKey(c.Input), c.Text)
		assert.True(t, strings.HasPrefix(c.Text, "If "), c.Text)
		// A change is said as a change: the outcome it leads to in
		// words, instead of the current one, and the title to post
		// then, which is never the current title.
		_, post, ok := strings.Cut(c.Text, ": post ")
		require.True(t, ok, "the change names what to post: %q", c.Text)
		assert.Contains(t, c.Text, ", the answer would be "+c.Role.outcome()+" instead of "+r.Role.outcome()+":", c.Text)
		assert.NotEqual(t, r.Role.outcome(), c.Role.outcome(), c.Text)
		assert.NotEqual(t, r.Title, again.Title, "the change leads to the title shown already: %s", c.Text)
		postedTitle := strings.TrimSuffix(strings.TrimSuffix(strings.TrimPrefix(strings.TrimPrefix(strings.TrimPrefix(post,
			"one "), "a "), "the role as "), "."), " role")
		assert.Equal(t, again.Title, postedTitle, c.Text)
		assert.NotEqual(t, r.Title, postedTitle, c.Text)
	}

	// Skills: at most MaxMustHave required, then at most MaxNiceToHave
	// nice to have, each once; the engineer table only with system scope;
	// a required engineer skill only for a ticked need, or systems design
	// when the hire sets the design; each ticked need asks for one of its
	// skills.
	systemScope := r.Role == RoleEngineer || r.Role == RoleHybrid || (r.Role == RoleStandard && w.system)
	var must, nice int
	seen := map[string]bool{}
	for i, s := range r.Skills {
		assert.False(t, seen[s.ID], "skill %s twice: %s", s.ID, name)
		seen[s.ID] = true
		row, ok := g.Skill(s.ID)
		require.True(t, ok, s.ID)
		assert.Equal(t, row.Line, s.Line)
		assert.Equal(t, row.Area, s.Area)
		switch s.Table {
		case "developer":
		case "engineer":
			assert.True(t, systemScope, "an engineer skill for a feature-level role: %s, %s", s.ID, name)
		default:
			t.Errorf("skill %q from unknown table %q", s.Area, s.Table)
		}
		assert.NotEmpty(t, s.Why, s.Area)
		if s.Required {
			must++
			if i > 0 {
				assert.True(t, r.Skills[i-1].Required, "required skills come first: %s", s.Area)
			}
			if s.Table == "engineer" {
				assert.True(t, s.ID == "systems_design" && !in.Owner || slices.ContainsFunc(in.Needs, func(n Need) bool {
					nw, _ := g.NeedWording(string(n))
					return slices.Contains(nw.Must, s.ID)
				}), "required engineer skill %s without a ticked need: %s", s.ID, name)
			}
		} else {
			nice++
		}
	}
	for basic, full := range coveredBy {
		assert.False(t, seen[basic] && seen[full], "%s is part of %s: %s", basic, full, name)
	}
	assert.LessOrEqual(t, must, MaxMustHave, name)
	assert.LessOrEqual(t, nice, MaxNiceToHave, name)
	assert.GreaterOrEqual(t, must, 2, name)
	for _, n := range in.Needs {
		nw, ok := g.NeedWording(string(n))
		require.True(t, ok, n)
		assert.True(t, slices.ContainsFunc(nw.Must, func(id string) bool { return seen[id] }),
			"ticked need %s asks for one of its skills %v: %s", n, nw.Must, name)
	}

	checkResponsibilities(t, g, in, r, systemScope)
}

// checkResponsibilities asserts that the responsibilities are
// MinResponsibilities to MaxResponsibilities distinct imperative
// sentences of the guide's drafting wording, that every ticked need has
// one (its own or a combined one), that no unticked need's wording
// appears, and that a first engineer gets none that speaks of a team.
func checkResponsibilities(t *testing.T, g *data.GuideData, in Input, r Recommendation, systemScope bool) {
	t.Helper()
	name := inputName(in)
	duties := r.Responsibilities
	assert.GreaterOrEqual(t, len(duties), MinResponsibilities, name)
	assert.LessOrEqual(t, len(duties), MaxResponsibilities, name)
	assert.Len(t, uniq(duties), len(duties), "no duty twice: %s", name)
	forms := func(w data.GuideWording) []string { return []string{w.Feature, w.System, w.Assist} }
	owner := map[string][]Need{} // wording -> the needs it covers
	for _, nw := range g.Drafting.Needs {
		for _, f := range forms(nw.GuideWording) {
			if f != "" {
				owner[f] = []Need{Need(nw.Need)}
			}
		}
	}
	for _, c := range g.Drafting.Combined {
		var needs []Need
		for _, n := range c.Needs {
			needs = append(needs, Need(n))
		}
		for _, f := range forms(c.GuideWording) {
			if f != "" {
				owner[f] = needs
			}
		}
	}
	general := map[string]data.GuideDuty{}
	for _, gd := range append(slices.Clone(g.Drafting.General.Feature), g.Drafting.General.System...) {
		general[gd.Text] = gd
	}
	covered := map[Need]bool{}
	for _, d := range duties {
		first, _, _ := strings.Cut(d, " ")
		assert.False(t, strings.HasSuffix(first, "ing"), "imperative: %q", d)
		if needs, ok := owner[d]; ok {
			for _, n := range needs {
				assert.Contains(t, in.Needs, n, "duty of an unticked need %s: %q (%s)", n, d, name)
				covered[n] = true
			}
			continue
		}
		gd, ok := general[d]
		require.True(t, ok, "duty not in the guide's drafting wording: %q", d)
		assert.False(t, gd.Team && in.Team == 0, "a first engineer joins no team: %q", d)
	}
	for _, n := range in.Needs {
		assert.True(t, covered[n], "ticked need %s has no duty: %s", n, name)
	}
}

// decisionKey encodes the six keys the decision reads, for comparing
// inputs.
func decisionKey(in Input) string {
	needs := make([]string, len(in.Needs))
	for i, n := range in.Needs {
		needs[i] = string(n)
	}
	return "team=" + strconv.Itoa(in.Team) + "&stage=" + string(in.Stage) + "&regulated=" + strconv.FormatBool(in.Regulated) +
		"&owner=" + strconv.FormatBool(in.Owner) + "&needs=" + strings.Join(needs, ",") + "&level=" + string(in.Level)
}

// withField returns in with the field named by a query key copied from
// orig.
func withField(in Input, field string, orig Input) Input {
	switch field {
	case "team":
		in.Team = orig.Team
	case "stage":
		in.Stage = orig.Stage
	case "regulated":
		in.Regulated = orig.Regulated
	case "owner":
		in.Owner = orig.Owner
	case "needs":
		in.Needs = orig.Needs
	case "level":
		in.Level = orig.Level
	}
	return normalise(in)
}

// fromGuide reports whether s is a quote of the guide or built from its
// comparison table.
func fromGuide(g *data.GuideData, s string) bool {
	for _, r := range g.Rules {
		if s == r.Quote {
			return true
		}
	}
	for _, c := range g.Comparison {
		if strings.HasPrefix(s, c.Domain+": ") && strings.Contains(s, c.Developer) && strings.Contains(s, c.Engineer) {
			return true
		}
	}
	return false
}

func reasonFields(r Recommendation) []string {
	var out []string
	for _, x := range r.Reasons {
		out = append(out, x.Field)
	}
	return out
}

func uniq(s []string) []string {
	out := slices.Clone(s)
	sort.Strings(out)
	return slices.Compact(out)
}

func TestRecommendChanges(t *testing.T) {
	tests := []struct {
		name  string
		in    Input
		field string
		role  Role
		text  string
	}{
		{"an architect owning the design makes it a developer role",
			input(8, StageStartup, notReg, noOwner, LevelSenior, featureOnly...),
			"owner", RoleDeveloper, "If an engineer or architect already owned the system design, the answer would be a dedicated backend developer instead of one person spanning both roles: post a Senior Backend Developer role."},
		{"the issue's hybrid: an owner of the design makes it a dedicated engineer, said as a change",
			DefaultInput(),
			"owner", RoleEngineer, "If an engineer or architect already owned the system design, the answer would be a dedicated backend engineer instead of one person spanning both roles: post a Senior Backend Engineer role."},
		{"growing past 50 separates the roles",
			input(49, StageScaleup, notReg, noOwner, LevelSenior, mixed...),
			"team", RoleEngineer, "If the team grew to 50 engineers or more, the answer would be a dedicated backend engineer instead of one person spanning both roles: post a Senior Backend Engineer role."},
		{"shrinking under 50 merges them",
			input(50, StageScaleup, notReg, noOwner, LevelSenior, mixed...),
			"team", RoleHybrid, "If the team had fewer than 50 engineers, the answer would be one person spanning both roles instead of a dedicated backend engineer: post one Senior Backend Engineer (features and architecture) role."},
		{"feature-only work makes an engineer a developer",
			input(400, StageEnterprise, reg, owner, LevelSenior, systemOnly...),
			"needs", RoleDeveloper, "If the work were feature-level only (product features), the answer would be a dedicated backend developer instead of a dedicated backend engineer: post a Senior Backend Developer role."},
		{"architecture makes a developer an engineer",
			input(400, StageEnterprise, reg, owner, LevelJunior, featureOnly...),
			"needs", RoleEngineer, "If the hire also had to own the architecture, the answer would be a dedicated backend engineer instead of a dedicated backend developer: post a Junior Backend Engineer role."},
		{"the level decides when no needs are ticked",
			input(400, StageMidsize, notReg, owner, LevelMid, noNeeds...),
			"level", RoleEngineer, "If the role were senior, the answer would be a dedicated backend engineer instead of a dedicated backend developer: post a Senior Backend Engineer role."},
		{"regulation keeps the roles apart",
			DefaultInput(),
			"regulated", RoleEngineer, "If you were in a regulated industry such as finance or healthcare, the answer would be a dedicated backend engineer instead of one person spanning both roles: post a Senior Backend Engineer role."},
		{"big tech standardises titles",
			input(400, StageEnterprise, notReg, owner, LevelSenior, featureOnly...),
			"stage", RoleStandard, "If the company were a large tech company that standardises titles, the answer would be the company's standard title instead of a dedicated backend developer: post the role as Senior Software Engineer."},
		{"leaving big tech",
			input(400, StageBigTech, notReg, owner, LevelSenior, featureOnly...),
			"stage", RoleDeveloper, "If the company were a startup, the answer would be a dedicated backend developer instead of the company's standard title: post a Senior Backend Developer role."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Recommend(tt.in)
			i := slices.IndexFunc(r.Changes, func(c Change) bool { return c.Field == tt.field && c.Role == tt.role })
			require.GreaterOrEqual(t, i, 0, "no %s change to %s in %+v", tt.field, tt.role, r.Changes)
			assert.Equal(t, tt.text, r.Changes[i].Text)
		})
	}

	t.Run("a change that keeps the title is not offered", func(t *testing.T) {
		// A small startup with no need ticked and nobody owning the
		// design: one person spanning both, titled Senior Backend
		// Engineer; a dedicated engineer would have the same title.
		in := input(8, StageStartup, notReg, noOwner, LevelSenior, noNeeds...)
		r := Recommend(in)
		require.Equal(t, RoleHybrid, r.Role)
		require.Equal(t, "Senior Backend Engineer", r.Title)
		for _, c := range r.Changes {
			assert.NotEqual(t, RoleEngineer, c.Role, c.Text)
		}
		in.Team = 50
		assert.Equal(t, RoleEngineer, Recommend(in).Role, "the team change would make it an engineer role")
	})

	t.Run("big tech offers two stage changes", func(t *testing.T) {
		r := Recommend(input(400, StageBigTech, notReg, owner, LevelSenior, featureOnly...))
		require.Len(t, r.Changes, 2)
		for _, c := range r.Changes {
			assert.Equal(t, "stage", c.Field)
		}
	})
}

func TestRecommendSkills(t *testing.T) {
	required := func(r Recommendation) map[string]bool {
		m := map[string]bool{}
		for _, s := range r.Skills {
			m[s.ID] = s.Required
		}
		return m
	}
	nice := func(m map[string]bool, id string) bool { v, ok := m[id]; return ok && !v }

	t.Run("developer: the developer table; the comparison's helpful rows are nice to have", func(t *testing.T) {
		r := Recommend(input(8, StageStartup, notReg, owner, LevelMid, featureOnly...))
		require.Equal(t, RoleDeveloper, r.Role)
		m := required(r)
		assert.Len(t, m, 8)
		for _, id := range []string{"language", "databases", "api_design", "authentication", "version_control", "testing"} {
			assert.True(t, m[id], id)
		}
		assert.True(t, nice(m, "cicd_basics"), "DevOps knowledge is Helpful for a developer")
		assert.True(t, nice(m, "security_basics"), "Security practices are Helpful for a developer")
		assert.Equal(t, "CI/CD basics", r.Skills[6].Area, "nice-to-haves come last")
	})

	// Changed on purpose (issue 10): an engineer no longer gets every row
	// of both tables; unticked needs add no skill, and the ticked needs'
	// skills come first.
	t.Run("engineer: the ticked needs' skills are required, unticked needs add none", func(t *testing.T) {
		r := Recommend(input(400, StageEnterprise, notReg, owner, LevelSenior, NeedReliability, NeedDevOps))
		require.Equal(t, RoleEngineer, r.Role)
		m := required(r)
		for _, id := range []string{"language", "databases", "reliability", "cicd", "iac"} {
			assert.True(t, m[id], id)
		}
		for _, id := range []string{"containers", "cloud", "systems_design", "scalability"} {
			assert.True(t, nice(m, id), "%s is nice to have", id)
		}
		for _, id := range []string{"observability", "security_architecture", "leadership", "ddd"} {
			assert.NotContains(t, m, id, "unticked need")
		}
		assert.Equal(t, "Reliability", r.Skills[2].Area, "after a language and databases, the ticked needs' skills")
	})

	t.Run("engineer without an owner: systems design is required, since the hire sets the design", func(t *testing.T) {
		r := Recommend(input(400, StageEnterprise, notReg, noOwner, LevelSenior, NeedObservability))
		require.Equal(t, RoleEngineer, r.Role)
		assert.True(t, required(r)["systems_design"])
	})

	t.Run("every need ticked: eight must-haves, six nice-to-haves", func(t *testing.T) {
		r := Recommend(input(8, StageStartup, notReg, noOwner, LevelSenior, Needs...))
		m := required(r)
		var must int
		for _, v := range m {
			if v {
				must++
			}
		}
		assert.Equal(t, MaxMustHave, must)
		assert.Len(t, m, MaxMustHave+MaxNiceToHave)
		assert.Contains(t, r.Skills[MaxMustHave].Why, "nice to have here, to keep the must-haves to 8")
	})

	t.Run("standard title with feature work only: the developer table", func(t *testing.T) {
		r := Recommend(input(400, StageBigTech, notReg, owner, LevelSenior, featureOnly...))
		assert.Len(t, required(r), 8)
		for _, s := range r.Skills {
			assert.Equal(t, "developer", s.Table)
		}
	})

	t.Run("standard title with system work: its skills", func(t *testing.T) {
		r := Recommend(input(400, StageBigTech, notReg, owner, LevelSenior, NeedSecurity))
		m := required(r)
		assert.True(t, m["security_architecture"])
		assert.True(t, nice(m, "authentication"))
	})

	t.Run("every id the maps name exists in the guide, and every need has wording", func(t *testing.T) {
		g := data.MustGuide()
		ids := func(rows []data.GuideSkill) []string {
			var out []string
			for _, r := range rows {
				out = append(out, r.ID)
			}
			return out
		}
		for id, c := range developerSkillComparison {
			assert.Contains(t, ids(g.DeveloperSkills), id)
			_, ok := g.ComparisonRow(c)
			assert.True(t, ok, c)
		}
		for id, c := range engineerSkillComparison {
			assert.Contains(t, ids(g.EngineerSkills), id)
			_, ok := g.ComparisonRow(c)
			assert.True(t, ok, c)
		}
		require.Len(t, g.Drafting.Needs, len(Needs), "one wording per need")
		for i, n := range Needs {
			assert.NotEmpty(t, needPhrases[n], n)
			assert.NotEmpty(t, spanWords[n], n)
			w := g.Drafting.Needs[i]
			assert.Equal(t, string(n), w.Need, "the needs in the form's order")
			assert.Equal(t, !n.SystemLevel(), w.Feature != "", "feature-level needs, and only they, have feature wording: %s", n)
			assert.NotEmpty(t, w.Must, n)
		}
	})
}

func TestRecommendResponsibilitiesAndPosting(t *testing.T) {
	g := data.MustGuide()
	tests := []struct {
		name    string
		in      Input
		duties  []string
		posting string
	}{
		{"developer: the ticked needs, then general duties", input(8, StageStartup, notReg, owner, LevelMid, featureOnly...), []string{
			"Build product features from the first plan to release, and keep improving them.",
			"Build and maintain APIs that are clear, well documented and easy to use.",
			"Write clean, reliable server-side code that is easy to read and change.",
			"Track down and fix bugs, and find the cause so they stay fixed.",
			"Keep our server code fast, and fix what slows it down.",
			"Share what you know with the team through code reviews and pairing.",
		}, g.Posting.Developer},
		{"engineer: system-level needs first, all in system wording", input(80, StageScaleup, notReg, noOwner, LevelSenior, mixed...), []string{
			"Design how our backend services fit together, and write down the reasons.",
			"Keep the system up when parts of it fail, with retries, timeouts and safe fallbacks.",
			"Build product features, and make sure each one fits the overall design.",
			"Design database schemas, data storage and data pipelines, and keep queries fast.",
			"Work with product and design to turn what users need into technical plans.",
			"Review server code for speed, and fix what slows the system down.",
		}, g.Posting.Engineer},
		{"hybrid: feature work first, then the design", DefaultInput(), []string{
			"Build product features from the first plan to release, and keep improving them.",
			"Build and maintain APIs that are clear, well documented and easy to use.",
			"Design how our backend services fit together, and write down the reasons.",
			"Work with product and design to turn what users need into technical plans.",
			"Review server code for speed, and fix what slows the system down.",
			"Write code yourself every day, not only plans and reviews.",
		}, g.Posting.Either},
		{"a first engineer owns the design at any level", input(0, StageScaleup, notReg, noOwner, LevelJunior, NeedArchitecture, NeedSecurity), []string{
			"Design how our backend services fit together, and write down the reasons.",
			"Set security standards and build them into the system, from access control to audit trails.",
			"Work with product and design to turn what users need into technical plans.",
			"Review server code for speed, and fix what slows the system down.",
			"Write code yourself every day, not only plans and reviews.",
			"Build reusable code libraries, so new work starts from solid ground.",
		}, g.Posting.Engineer},
		{"junior engineer helps design", input(80, StageScaleup, notReg, noOwner, LevelJunior, NeedArchitecture, NeedSecurity), []string{
			"Help design how our backend services fit together, and write down the reasons.",
			"Help set security standards and build them into the system, from access control to audit trails.",
			"Work with product and design to turn what users need into technical plans.",
			"Review server code for speed, and fix what slows the system down.",
			"Write code yourself every day, not only plans and reviews.",
			"Build reusable code libraries, so new work starts from solid ground.",
		}, g.Posting.Engineer},
		{"standard, system scope", input(80, StageBigTech, notReg, noOwner, LevelSenior, systemOnly...), []string{
			"Design how our backend services fit together, and write down the reasons.",
			"Plan how the system grows under load, with caching, load balancing and read replicas.",
			"Work with product and design to turn what users need into technical plans.",
			"Review server code for speed, and fix what slows the system down.",
			"Write code yourself every day, not only plans and reviews.",
			"Build reusable code libraries, so new work starts from solid ground.",
		}, g.Quote(data.RuleRequirementsOverTitle)},
		{"standard, feature scope", input(80, StageBigTech, notReg, noOwner, LevelSenior, featureOnly...), []string{
			"Build product features from the first plan to release, and keep improving them.",
			"Build and maintain APIs that are clear, well documented and easy to use.",
			"Write clean, reliable server-side code that is easy to read and change.",
			"Track down and fix bugs, and find the cause so they stay fixed.",
			"Keep our server code fast, and fix what slows it down.",
			"Share what you know with the team through code reviews and pairing.",
		}, "Meta uses Software Engineer with level suffixes (E3, E4, E5)"},
		{"every need: pairs combined into eight", input(8, StageStartup, notReg, noOwner, LevelSenior, Needs...), []string{
			"Build product features and the APIs behind them, from the first plan to release.",
			"Write and tune database queries, and change schemas safely as the product grows.",
			"Write unit and integration tests, and keep the test suite fast and reliable.",
			"Design how our services fit around the business domain, and write down the reasons.",
			"Plan how the system grows and copes with failure: caching, load balancing, retries and fallbacks.",
			"Set security standards and build them into the system, from access control to audit trails.",
			"Run our deployment pipelines and infrastructure as code, with metrics, logs, traces and alerts.",
			"Mentor engineers as the team grows, and review their designs and code.",
		}, g.Posting.Either},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Recommend(tt.in)
			assert.Equal(t, tt.duties, r.Responsibilities)
			assert.Contains(t, r.Posting, tt.posting)
			assert.True(t, strings.HasSuffix(r.Posting, g.Posting.Whichever), r.Posting)
		})
	}

	t.Run("a first engineer gets no duty that speaks of the team", func(t *testing.T) {
		for _, team := range []int{0, 8} {
			r := Recommend(input(team, StageMidsize, notReg, owner, LevelMid))
			require.Equal(t, RoleDeveloper, r.Role)
			assert.Equal(t, team > 0, slices.Contains(r.Responsibilities, "Share what you know with the team through code reviews and pairing."), "team %d", team)
		}
	})
}

func TestRecommendBadInput(t *testing.T) {
	tests := []struct {
		name string
		in   Input
		want Input
	}{
		{"zero value reads as the defaults",
			Input{},
			input(0, StageStartup, notReg, noOwner, LevelSenior)},
		{"unknown stage and level, negative team",
			Input{Team: -5, Stage: "galactic", Level: "wizard", Owner: true, Needs: []Need{NeedFeatures}},
			input(0, StageStartup, notReg, owner, LevelSenior, NeedFeatures)},
		{"unknown and repeated needs are dropped, order made canonical",
			input(8, StageMidsize, notReg, owner, LevelMid, "telepathy", NeedArchitecture, NeedFeatures, NeedArchitecture),
			input(8, StageMidsize, notReg, owner, LevelMid, NeedFeatures, NeedArchitecture)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got Recommendation
			require.NotPanics(t, func() { got = Recommend(tt.in) })
			want := Recommend(tt.want)
			assert.Equal(t, want.Role, got.Role)
			assert.Equal(t, want.Title, got.Title)
			assert.Equal(t, want.Reasons, got.Reasons)
			assert.Equal(t, want.Skills, got.Skills)
		})
	}

	t.Run("the caller's needs are not modified", func(t *testing.T) {
		needs := []Need{NeedArchitecture, NeedFeatures}
		in := input(8, StageStartup, notReg, noOwner, LevelSenior, needs...)
		in.Needs = needs
		Recommend(in)
		assert.Equal(t, []Need{NeedArchitecture, NeedFeatures}, needs)
	})
}

// FuzzRecommend checks that no input, however odd, panics or breaks the
// invariants.
func FuzzRecommend(f *testing.F) {
	f.Add(8, "startup", false, false, "features,apis,architecture", "senior")
	f.Add(-1, "", true, true, "", "")
	f.Add(100000, "bigtech", true, false, "domain,domain,x", "staff")
	f.Fuzz(func(t *testing.T, team int, stage string, regulated, owner bool, needs, level string) {
		in := DefaultInput()
		in.Team, in.Stage, in.Regulated, in.Owner, in.Level = team, Stage(stage), regulated, owner, Level(level)
		for _, n := range strings.Split(needs, ",") {
			in.Needs = append(in.Needs, Need(n))
		}
		r := Recommend(in)
		if !slices.Contains(Roles, r.Role) || r.Title == "" || len(r.Reasons) == 0 || len(r.Changes) < 2 ||
			len(r.Skills) < 2 || len(r.Skills) > MaxMustHave+MaxNiceToHave ||
			len(r.Responsibilities) < MinResponsibilities || len(r.Responsibilities) > MaxResponsibilities {
			t.Fatalf("bad recommendation for %+v: %+v", in, r)
		}
	})
}

// goldenInputs are the named inputs whose recommendations are kept under
// testdata/recommend, one or more per outcome.
var goldenInputs = []struct {
	name string
	in   Input
}{
	{"default-startup-hybrid", DefaultInput()},
	{"startup-owner-developer", input(6, StageStartup, notReg, owner, LevelMid, NeedFeatures, NeedAPIs, NeedTesting)},
	{"startup-empty-hybrid", input(3, StageStartup, notReg, noOwner, LevelSenior)},
	{"scaleup-50-engineer", input(50, StageScaleup, notReg, noOwner, LevelSenior, NeedFeatures, NeedArchitecture, NeedScalability)},
	{"midsize-no-owner-developer", input(120, StageMidsize, notReg, noOwner, LevelMid, NeedAPIs, NeedData)},
	{"enterprise-regulated-junior-developer", input(900, StageEnterprise, reg, owner, LevelJunior, NeedFeatures, NeedTesting)},
	{"enterprise-empty-staff-engineer", input(900, StageEnterprise, notReg, owner, LevelStaff)},
	{"bigtech-standard-system", input(5000, StageBigTech, notReg, owner, LevelSenior, NeedReliability, NeedObservability, NeedLeadership)},
}

func TestRecommendGolden(t *testing.T) {
	roles := map[Role]bool{}
	for _, tt := range goldenInputs {
		t.Run(tt.name, func(t *testing.T) {
			r := Recommend(tt.in)
			roles[r.Role] = true
			var buf bytes.Buffer
			enc := json.NewEncoder(&buf)
			enc.SetEscapeHTML(false)
			enc.SetIndent("", "  ")
			require.NoError(t, enc.Encode(r))
			got := buf.Bytes()
			path := filepath.Join("testdata", "recommend", tt.name+".golden")
			if *update {
				require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
				require.NoError(t, os.WriteFile(path, got, 0o644))
			}
			want, err := os.ReadFile(path)
			require.NoError(t, err, "run go test -update to create it")
			assert.Equal(t, string(want), string(got))
		})
	}
	assert.Len(t, roles, len(Roles), "the golden files cover every outcome")
}
