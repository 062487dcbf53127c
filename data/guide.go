package data

import (
	_ "embed"
	"errors"
	"fmt"
	"strings"
	"sync"
)

// GuideData is data/guide.json: the knowledge of DistantJob's hiring guide
// "Backend Developer vs Backend Engineer" that hirecalc's recommendation
// and job description use, transcribed from the guide. The guide's salary
// tables are not here: they are in data/guide-salaries.json
// ([GuideSalaries]).
type GuideData struct {
	// Provenance is the guide, undated, with the date hirecalc copied it.
	Provenance Provenance `json:"provenance"`
	// Definitions are the guide's short definitions of both roles.
	Definitions GuideDefinitions `json:"definitions"`
	// DeveloperSkills is the guide's "Backend Developer Skills" table.
	DeveloperSkills []GuideSkill `json:"developer_skills"`
	// EngineerSkillsIntro is the sentence that introduces the engineer's
	// table ("Everything a backend developer knows, plus:").
	EngineerSkillsIntro string `json:"engineer_skills_intro"`
	// EngineerSkills is the guide's "Back-End Engineer Skills" table: what
	// an engineer needs besides the developer's skills.
	EngineerSkills []GuideSkill `json:"engineer_skills"`
	// ComparisonNote says how the guide's two comparison tables were
	// merged into Comparison.
	ComparisonNote string `json:"comparison_note"`
	// Comparison is the guide's side-by-side comparison of the two roles.
	Comparison []GuideComparison `json:"comparison"`
	// DeveloperResponsibilities is the guide's "Backend Developer
	// Responsibilities" list.
	DeveloperResponsibilities []string `json:"developer_responsibilities"`
	// EngineerResponsibilities are the guide's lists of a backend
	// engineer's responsibilities.
	EngineerResponsibilities GuideEngineerResponsibilities `json:"engineer_responsibilities"`
	// Posting is the guide's advice in "How to Write the Job Description".
	Posting GuidePosting `json:"posting"`
	// StandardTitles are the standardised titles of large tech companies
	// the guide names.
	StandardTitles []GuideStandardTitle `json:"standard_titles"`
	// Rules are the guide's rules of thumb hirecalc decides with, each
	// with a verbatim quote.
	Rules []GuideRule `json:"rules"`
	// Drafting is hirecalc's plain-English wording for job posts, built
	// from the rows above.
	Drafting GuideDrafting `json:"drafting"`
}

// GuideDefinitions are the guide's short definitions of the two roles.
type GuideDefinitions struct {
	// Developer defines a backend developer.
	Developer string `json:"developer"`
	// Engineer defines a backend engineer.
	Engineer string `json:"engineer"`
	// Difference is the difference in two sentences.
	Difference string `json:"difference"`
}

// GuideSkill is one row of a skill table of the guide.
type GuideSkill struct {
	// ID is hirecalc's stable key for the row ("api_design").
	ID string `json:"id"`
	// Area is the guide's "Skill Area" cell.
	Area string `json:"area"`
	// Expected is the guide's "What's Expected" cell.
	Expected string `json:"expected"`
	// Line is hirecalc's plain-English line for a job post, written from
	// this row ("API design: REST, HTTP semantics, ...."): one sentence,
	// ending with a full stop.
	Line string `json:"line"`
}

// GuideMarker is a marker of the guide's comparison table.
type GuideMarker string

// The comparison table's markers.
const (
	MarkerRequired    GuideMarker = "required"     // ✅
	MarkerOptional    GuideMarker = "optional"     // 🟡
	MarkerNotExpected GuideMarker = "not_expected" // ❌
)

// Symbol returns the marker as the guide prints it (✅, 🟡 or ❌).
func (m GuideMarker) Symbol() string {
	switch m {
	case MarkerRequired:
		return "✅"
	case MarkerOptional:
		return "🟡"
	case MarkerNotExpected:
		return "❌"
	}
	return ""
}

// GuideComparison is one row of the guide's side-by-side comparison.
type GuideComparison struct {
	// ID is hirecalc's stable key for the row ("systems_design").
	ID string `json:"id"`
	// Domain is the skill domain ("Systems design").
	Domain string `json:"domain"`
	// Developer and Engineer are the guide's words for each role
	// ("Optional", "Core").
	Developer string `json:"developer"`
	Engineer  string `json:"engineer"`
	// DeveloperMarker and EngineerMarker are the guide's ✅/🟡/❌ markers.
	DeveloperMarker GuideMarker `json:"developer_marker"`
	EngineerMarker  GuideMarker `json:"engineer_marker"`
}

// GuideEngineerResponsibilities are the guide's two lists of a backend
// engineer's responsibilities.
type GuideEngineerResponsibilities struct {
	// Main is the list of "main responsibilities".
	Main []string `json:"main"`
	// AlsoInChargeOf is the list "Backend engineers are also in charge
	// of".
	AlsoInChargeOf []string `json:"also_in_charge_of"`
}

// GuidePosting is the guide's advice on which title to post.
type GuidePosting struct {
	// Developer is when to post "backend developer".
	Developer string `json:"developer"`
	// Engineer is when to post "backend engineer".
	Engineer string `json:"engineer"`
	// Either is when to use either title and say the role spans both.
	Either string `json:"either"`
	// Whichever is the advice for any title.
	Whichever string `json:"whichever"`
}

// GuideStandardTitle is a large tech company's standard title.
type GuideStandardTitle struct {
	// Company is the company ("Amazon").
	Company string `json:"company"`
	// Title is its standard title ("Software Development Engineer").
	Title string `json:"title"`
	// Abbreviation is the title's abbreviation ("SDE"), if the guide
	// gives one.
	Abbreviation string `json:"abbreviation"`
	// Levels are the level suffixes the guide names ("E3"), if any.
	Levels []string `json:"levels"`
}

// GuideDrafting is the wording hirecalc's job descriptions use for the
// responsibilities and skills, by need. It is hirecalc's own plain
// English, built from the guide's rows that each entry names in From; the
// guide stays the source of the content, not of its slips.
type GuideDrafting struct {
	// Note says how the wording was made.
	Note string `json:"note"`
	// Needs is the wording of each need the form offers (the need ids of
	// package hiring), in the form's order.
	Needs []GuideNeedWording `json:"needs"`
	// Combined are single responsibilities that cover two needs, used
	// when a post ticks more needs than its list of responsibilities
	// holds.
	Combined []GuideCombinedWording `json:"combined"`
	// General are responsibilities that belong to no need, by scope.
	General GuideGeneralDuties `json:"general"`
	// BaseSkills are the skills every post of a scope asks for, before
	// the ticked needs add theirs.
	BaseSkills GuideBaseSkills `json:"base_skills"`
}

// GuideWording is one responsibility in the forms a post may need: for a
// feature-level role, for a role with system-level scope, and for the
// latter below senior level. Each is one imperative sentence.
type GuideWording struct {
	// Feature is the wording for a feature-level role (a backend
	// developer); empty for system-level needs, which such a role never
	// has.
	Feature string `json:"feature,omitempty"`
	// System is the wording for a role with system-level scope.
	System string `json:"system"`
	// Assist is the System wording for junior and mid-level hires, who
	// take part in a design rather than own it; empty when System suits
	// every level.
	Assist string `json:"assist,omitempty"`
}

// Text returns the wording for a role with system-level scope or not,
// at senior level or above or not.
func (w GuideWording) Text(system, senior bool) string {
	switch {
	case !system && w.Feature != "":
		return w.Feature
	case !senior && w.Assist != "":
		return w.Assist
	}
	return w.System
}

// GuideNeedWording is the wording of one need.
type GuideNeedWording struct {
	// Need is the need's id ("observability").
	Need string `json:"need"`
	GuideWording
	// Must and Nice are the ids of the skill rows (of either table) the
	// need makes must-have and nice to have.
	Must []string `json:"must"`
	Nice []string `json:"nice"`
	// From names the guide's rows the wording was built from (see
	// [GuideData.Cite]).
	From []string `json:"from"`
}

// GuideCombinedWording is one responsibility covering several needs.
type GuideCombinedWording struct {
	// Needs are the ids of the needs it covers.
	Needs []string `json:"needs"`
	GuideWording
	// From names the guide's rows it was built from.
	From []string `json:"from"`
}

// GuideGeneralDuties are the responsibilities of a post that belong to
// no need.
type GuideGeneralDuties struct {
	// Feature are those of a feature-level role, System those of a role
	// with system-level scope, in the order they are added.
	Feature []GuideDuty `json:"feature"`
	System  []GuideDuty `json:"system"`
}

// GuideDuty is one general responsibility.
type GuideDuty struct {
	// Text is the responsibility, one imperative sentence.
	Text string `json:"text"`
	// Team is true when the sentence speaks of a team the hire joins,
	// so it fits only a team that has engineers already.
	Team bool `json:"team,omitempty"`
	// From names the guide's rows it was built from.
	From []string `json:"from"`
}

// GuideBaseSkills are the skills of each scope before the needs add
// theirs.
type GuideBaseSkills struct {
	Feature GuideSkillChoice `json:"feature"`
	System  GuideSkillChoice `json:"system"`
}

// GuideSkillChoice lists skill row ids: must-have ones before the needs'
// skills (Must) and after them (Also, the first to become nice to have
// when the list is full), and nice-to-have ones.
type GuideSkillChoice struct {
	Must []string `json:"must"`
	Also []string `json:"also,omitempty"`
	Nice []string `json:"nice"`
}

// NeedWording returns the wording of the need with the given id and
// whether there is one.
func (g *GuideData) NeedWording(need string) (GuideNeedWording, bool) {
	for _, w := range g.Drafting.Needs {
		if w.Need == need {
			return w, true
		}
	}
	return GuideNeedWording{}, false
}

// Skill returns the skill row with the given id from either table, and
// whether there is one.
func (g *GuideData) Skill(id string) (GuideSkill, bool) {
	for _, rows := range [][]GuideSkill{g.DeveloperSkills, g.EngineerSkills} {
		for _, r := range rows {
			if r.ID == id {
				return r, true
			}
		}
	}
	return GuideSkill{}, false
}

// GuideRule is one rule of thumb of the guide.
type GuideRule struct {
	// ID is hirecalc's stable key for the rule (see the Rule constants).
	ID string `json:"id"`
	// Summary is the rule in a close paraphrase.
	Summary string `json:"summary"`
	// Quote is the guide's own words, verbatim.
	Quote string `json:"quote"`
	// Figure is the rule's number, if it has one (50 engineers).
	Figure int `json:"figure,omitempty"`
}

// The ids of the rules in data/guide.json. Validation fails when one is
// missing, so code can rely on [GuideData.Rule] finding them.
const (
	RuleStartupsMerge         = "startups_merge"
	RuleUnder50Merge          = "under_50_merge"
	RuleStartupsEngineerTitle = "startups_engineer_title"
	RuleSeniority             = "seniority"
	RuleRegulated             = "regulated"
	RuleTraditionalHierarchy  = "traditional_hierarchy"
	RuleBankExample           = "bank_example"
	RuleBigTechStandard       = "bigtech_standard"
	RuleBigTechLevel          = "bigtech_level"
	RuleScaleSeparate         = "scale_separate"
	RuleBothCost              = "both_cost"
	RuleOnePersonBoth         = "one_person_both"
	RuleFeatureVsSystem       = "feature_vs_system"
	RuleOwnerDeveloper        = "owner_developer"
	RuleSystemEngineer        = "system_engineer"
	RuleUnderDirection        = "under_direction"
	RuleOwnArchitecture       = "own_architecture"
	RuleFoundations           = "foundations"
	RuleRequirementsOverTitle = "requirements_over_title"
)

// guideRuleIDs lists every rule id the code relies on.
var guideRuleIDs = []string{
	RuleStartupsMerge, RuleUnder50Merge, RuleStartupsEngineerTitle,
	RuleSeniority, RuleRegulated, RuleTraditionalHierarchy, RuleBankExample,
	RuleBigTechStandard, RuleBigTechLevel, RuleScaleSeparate, RuleBothCost,
	RuleOnePersonBoth, RuleFeatureVsSystem, RuleOwnerDeveloper,
	RuleSystemEngineer, RuleUnderDirection, RuleOwnArchitecture, RuleFoundations,
	RuleRequirementsOverTitle,
}

// The row counts of the guide's tables and lists; validation checks them
// so that a lost row fails the tests.
const (
	GuideDeveloperSkillRows     = 8
	GuideEngineerSkillRows      = 11
	GuideComparisonRows         = 11
	GuideDeveloperDuties        = 5
	GuideEngineerMainDuties     = 7
	GuideEngineerAlsoDuties     = 4
	guideStandardTitlesExpected = 3
)

// Rule returns the rule with the given id (one of the Rule constants) and
// whether it exists.
func (g *GuideData) Rule(id string) (GuideRule, bool) {
	for _, r := range g.Rules {
		if r.ID == id {
			return r, true
		}
	}
	return GuideRule{}, false
}

// Quote returns the verbatim quote of the rule with the given id, or ""
// if there is none (validation rules that out for the Rule constants).
func (g *GuideData) Quote(id string) string {
	r, _ := g.Rule(id)
	return r.Quote
}

// ComparisonRow returns the comparison row with the given id and whether
// it exists.
func (g *GuideData) ComparisonRow(id string) (GuideComparison, bool) {
	for _, c := range g.Comparison {
		if c.ID == id {
			return c, true
		}
	}
	return GuideComparison{}, false
}

// SmallTeamLimit is the guide's team size under which one person filling
// both roles is the most common arrangement (50 engineers).
func (g *GuideData) SmallTeamLimit() int {
	r, _ := g.Rule(RuleUnder50Merge)
	return r.Figure
}

//go:embed guide.json
var guideJSON []byte

const guideFile = "guide.json"

var (
	guideOnce sync.Once
	guideData *GuideData
	guideErr  error
)

// Guide returns the guide's knowledge from data/guide.json, parsed and
// validated once; later calls return the same value, which callers must
// not modify.
func Guide() (*GuideData, error) {
	guideOnce.Do(func() {
		guideData, guideErr = parseGuide(guideJSON)
	})
	return guideData, guideErr
}

// MustGuide is like [Guide] but panics if the embedded file does not parse
// or validate. The tests of this package rule that out, so callers can use
// it without checking an error.
func MustGuide() *GuideData {
	g, err := Guide()
	if err != nil {
		panic(err)
	}
	return g
}

// parseGuide parses and validates one copy of guide.json.
func parseGuide(b []byte) (*GuideData, error) {
	var g GuideData
	if err := decode(guideFile, b, &g); err != nil {
		return nil, err
	}
	if validateOnLoad {
		if err := g.validate(); err != nil {
			return nil, fmt.Errorf("data: %s: %w", guideFile, err)
		}
	}
	return &g, nil
}

// validate reports the first problem of g: bad provenance, an empty cell,
// a wrong row count, a duplicate id, an unknown marker or a missing rule.
func (g *GuideData) validate() error {
	if err := g.Provenance.Validate(); err != nil {
		return err
	}
	var errs []error
	check := func(ok bool, format string, args ...any) {
		if !ok {
			errs = append(errs, fmt.Errorf(format, args...))
		}
	}
	blank := func(s string) bool { return strings.TrimSpace(s) == "" }
	check(!blank(g.Definitions.Developer) && !blank(g.Definitions.Engineer) && !blank(g.Definitions.Difference),
		"definitions: empty definition")
	check(!blank(g.EngineerSkillsIntro), "engineer_skills_intro: empty")
	check(!blank(g.ComparisonNote), "comparison_note: empty")

	skills := func(name string, rows []GuideSkill, want int) {
		check(len(rows) == want, "%s: %d rows, want %d", name, len(rows), want)
		seen := map[string]bool{}
		for i, r := range rows {
			check(!blank(r.ID) && !blank(r.Area) && !blank(r.Expected), "%s row %d (%q): empty cell", name, i+1, r.Area)
			check(!seen[r.ID], "%s row %d: duplicate id %q", name, i+1, r.ID)
			seen[r.ID] = true
		}
	}
	skills("developer_skills", g.DeveloperSkills, GuideDeveloperSkillRows)
	skills("engineer_skills", g.EngineerSkills, GuideEngineerSkillRows)

	check(len(g.Comparison) == GuideComparisonRows, "comparison: %d rows, want %d", len(g.Comparison), GuideComparisonRows)
	seen := map[string]bool{}
	for i, c := range g.Comparison {
		check(!blank(c.ID) && !blank(c.Domain) && !blank(c.Developer) && !blank(c.Engineer),
			"comparison row %d (%q): empty cell", i+1, c.Domain)
		check(c.DeveloperMarker.Symbol() != "" && c.EngineerMarker.Symbol() != "",
			"comparison row %d (%q): unknown marker %q/%q", i+1, c.Domain, c.DeveloperMarker, c.EngineerMarker)
		check(!seen[c.ID], "comparison row %d: duplicate id %q", i+1, c.ID)
		seen[c.ID] = true
	}

	list := func(name string, items []string, want int) {
		check(len(items) == want, "%s: %d items, want %d", name, len(items), want)
		for i, s := range items {
			check(!blank(s), "%s item %d: empty", name, i+1)
		}
	}
	list("developer_responsibilities", g.DeveloperResponsibilities, GuideDeveloperDuties)
	list("engineer_responsibilities.main", g.EngineerResponsibilities.Main, GuideEngineerMainDuties)
	list("engineer_responsibilities.also_in_charge_of", g.EngineerResponsibilities.AlsoInChargeOf, GuideEngineerAlsoDuties)

	p := g.Posting
	check(!blank(p.Developer) && !blank(p.Engineer) && !blank(p.Either) && !blank(p.Whichever), "posting: empty advice")

	check(len(g.StandardTitles) == guideStandardTitlesExpected, "standard_titles: %d rows, want %d",
		len(g.StandardTitles), guideStandardTitlesExpected)
	for i, t := range g.StandardTitles {
		check(!blank(t.Company) && !blank(t.Title), "standard_titles row %d: empty cell", i+1)
		for _, l := range t.Levels {
			check(!blank(l), "standard_titles row %d: empty level", i+1)
		}
	}

	ids := map[string]bool{}
	for i, r := range g.Rules {
		check(!blank(r.ID) && !blank(r.Summary) && !blank(r.Quote), "rule %d (%q): empty cell", i+1, r.ID)
		check(!ids[r.ID], "rule %d: duplicate id %q", i+1, r.ID)
		check(r.Figure >= 0, "rule %q: negative figure", r.ID)
		ids[r.ID] = true
	}
	for _, id := range guideRuleIDs {
		check(ids[id], "rules: missing rule %q", id)
	}
	if r, ok := g.Rule(RuleUnder50Merge); ok {
		check(r.Figure > 0, "rule %q: no team-size figure", RuleUnder50Merge)
	}
	errs = append(errs, g.validateDrafting()...)
	return errors.Join(errs...)
}
