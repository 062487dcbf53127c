package hiring

import (
	"slices"
	"strconv"
	"strings"

	"hirecalc/data"
)

// Role is the outcome of a recommendation: which role to post.
type Role string

// The four outcomes of [Recommend].
const (
	// RoleDeveloper: post a backend developer role; feature work under
	// architecture someone else owns.
	RoleDeveloper Role = "developer"
	// RoleEngineer: post a backend engineer role; the hire owns
	// system-level decisions.
	RoleEngineer Role = "engineer"
	// RoleHybrid: one person spans feature work and architecture; post it
	// as an engineer role and say plainly that it spans both.
	RoleHybrid Role = "hybrid"
	// RoleStandard: the company standardises titles; use its standard
	// title (for example Software Engineer) with the level.
	RoleStandard Role = "standard"
)

// Roles lists the four outcomes.
var Roles = []Role{RoleDeveloper, RoleEngineer, RoleHybrid, RoleStandard}

// Label returns the outcome in plain words, for reports.
func (r Role) Label() string {
	switch r {
	case RoleDeveloper:
		return "Backend developer"
	case RoleEngineer:
		return "Backend engineer"
	case RoleHybrid:
		return "One engineer spanning features and architecture"
	case RoleStandard:
		return "The company's standard title"
	}
	return string(r)
}

// Reason is one reason behind a recommendation, tied to the input that
// caused it and to what the guide says.
type Reason struct {
	// Text is the reason in plain words.
	Text string `json:"text"`
	// Field is the query key of the input that caused it ("stage").
	Field string `json:"field"`
	// Guide is what the guide says that supports it.
	Guide string `json:"guide"`
}

// Change is something that would change the answer.
type Change struct {
	// Text says what would change and what the answer would become.
	Text string `json:"text"`
	// Field is the query key to change.
	Field string `json:"field"`
	// Role is the outcome after the change.
	Role Role `json:"role"`
	// Input is the changed input the outcome was computed from, so a
	// caller can offer it as a link ([Input.Query]).
	Input Input `json:"-"`
}

// Skill is one skill to ask for, from the guide's skill tables.
type Skill struct {
	// ID is the guide row's id ("api_design").
	ID string `json:"id"`
	// Area is the skill area ("API design").
	Area string `json:"area"`
	// Expected is what the guide expects in that area.
	Expected string `json:"expected"`
	// Line is the skill as a job post says it, in plain English ("API
	// design: REST, HTTP semantics, ....").
	Line string `json:"line"`
	// Required is true for a must-have skill, false for a nice-to-have.
	Required bool `json:"required"`
	// Table names the guide's table the skill comes from: "developer" or
	// "engineer".
	Table string `json:"table"`
	// Why says why the skill is required or nice to have: a ticked need or
	// the guide's side-by-side comparison.
	Why string `json:"why"`
}

// Recommendation is the answer to "developer or engineer?".
type Recommendation struct {
	// Role is the outcome.
	Role Role `json:"role"`
	// Rule is the number of the rule of [Recommend] that decided the role.
	Rule int `json:"rule"`
	// Title is the title to post, with the level ("Senior Backend Engineer").
	Title string `json:"title"`
	// Level is the seniority.
	Level Level `json:"level"`
	// Summary is the outcome in plain words.
	Summary string `json:"summary"`
	// Reasons are why, each tied to an input.
	Reasons []Reason `json:"reasons"`
	// Changes are what would change the answer.
	Changes []Change `json:"changes"`
	// Skills are the skills to ask for, required ones first: at most
	// MaxMustHave required and MaxNiceToHave nice to have.
	Skills []Skill `json:"skills"`
	// Responsibilities are the post's responsibilities, built from the
	// ticked needs in the guide's drafting wording: MinResponsibilities to
	// MaxResponsibilities imperative sentences.
	Responsibilities []string `json:"responsibilities"`
	// Posting is the guide's advice on how to word the job post for this
	// outcome (for a hybrid role: say plainly that it spans feature work
	// and architecture).
	Posting string `json:"posting"`
	// Source cites the guide the recommendation is drawn from.
	Source string `json:"source"`
}

// Recommend decides which role to post for the input, explains why with
// the guide's words, and lists what would change the answer, the skills to
// ask for, the responsibilities and the posting advice. It is a pure
// function of in and the embedded guide (data/guide.json).
//
// The role is decided by the first of these rules that applies. "The roles
// merge" means: not a regulated industry, the stage is startup or scale-up,
// and the team has fewer than 50 engineers (the guide's figure, read from
// data/guide.json). A startup of 50 or more is past the size at which the
// guide says one person usually does both ("As teams scale, it typically
// makes sense to separate the roles"); at mid-size and enterprise
// companies the roles never merge, whatever the team's size, because
// there "the distinction typically maps to seniority" and the company has
// more engineers than the team. Feature needs are features, apis, data and
// testing; every other need is system-level ([Need.SystemLevel]).
//
//  1. Large tech company: standard. The guide: "At large tech companies,
//     titles are often standardised internally in ways that override the
//     industry-wide distinction entirely" and "level and scope" carry the
//     information. The title is the standard Software Engineer with the
//     level, whatever the other answers.
//  2. System-level needs, nobody owns the architecture, feature needs too,
//     and the roles merge: hybrid. The guide: one person filling both roles
//     "is the most common arrangement at companies with fewer than 50
//     engineers"; "Use either (and say so) when you're a startup and need
//     someone who does both"; "Most startups just use engineer for
//     everyone", so the post carries an engineer title.
//  3. Any other input with system-level needs: engineer. The guide: post
//     backend engineer "when the role carries system-level
//     responsibility". This includes an owner already in place (the hire
//     works on the system under the engineer or architect who owns it, as
//     in the guide's bank that reserves "Backend Software Engineer for
//     someone who reviews the system architecture ... under a Software
//     Architect"), regulated industries (the lines "are drawn more
//     formally", so the role is not merged) and system-only work.
//  4. Feature needs only and an owner of the architecture: developer. The
//     guide: backend developer "is the right title when an engineer or
//     architect already owns the system design".
//  5. Feature needs only, nobody owns the architecture, and the roles
//     merge: hybrid. The guide: "A small team needs everyone to do both";
//     with no owner, the hire also makes the design decisions.
//  6. Feature needs only, nobody owns the architecture, and the roles do
//     not merge: developer. At mid-size and enterprise companies, in
//     regulated industries and in teams of 50 or more, the guide separates
//     feature work (developer) from system work (engineer); the reasons
//     warn that a developer works "under existing architectural
//     direction", which someone must give.
//  7. No needs ticked and the roles merge: developer when someone owns the
//     architecture (rule 4's quote), hybrid when nobody does (rule 5's).
//  8. No needs ticked and the roles do not merge: the title maps to
//     seniority, as the guide says of mid-size and enterprise companies:
//     developer for junior and mid-level, engineer for senior and staff.
//
// The level changes the role only under rule 8; elsewhere it adds
// reasons: a junior engineer or hybrid hire is warned that the guide's
// engineers "tend to be senior", and a staff hire is pointed to technical
// leadership, which the guide's comparison rates "Often expected" of an
// engineer and "Rare" of a developer.
//
// Values outside the enums are read as [DefaultInput]'s (an unknown stage
// as startup, an unknown level as senior), a negative team as 0, and
// unknown or repeated needs are dropped, so Recommend never panics.
//
// Besides the role, the recommendation carries reasons (each naming the
// query key of the input behind it and quoting the guide), two to four
// changes (each computed by deciding again on a changed input), the skills
// and the responsibilities of the job post (chosen by the role's scope and
// the ticked needs, in the plain wording of the guide's drafting section:
// see skills and responsibilities) and the guide's posting advice. The
// scope is system-level for an engineer or hybrid role, and for a standard
// title with system-level needs; feature-level otherwise.
func Recommend(in Input) Recommendation {
	g := data.MustGuide()
	in = normalise(in)
	limit := g.SmallTeamLimit()
	role, rule := decide(in, limit)
	w := work(in.Needs)
	r := Recommendation{
		Role:   role,
		Rule:   rule,
		Title:  title(role, in.Level, in.Needs),
		Level:  in.Level,
		Source: g.Provenance.Source,
	}
	r.Summary = summary(in, role, rule, r.Title, w)
	r.Reasons = reasons(g, in, role, rule, limit, w)
	r.Changes = changes(in, role, limit)
	systemScope := role == RoleEngineer || role == RoleHybrid || (role == RoleStandard && w.system)
	r.Skills = skills(g, in, systemScope)
	r.Responsibilities = responsibilities(g, in, role, systemScope)
	r.Posting = posting(g, role)
	return r
}

// normalise replaces values outside the enums by DefaultInput's and puts
// the needs in canonical order without duplicates.
func normalise(in Input) Input {
	def := DefaultInput()
	if !slices.Contains(Stages, in.Stage) {
		in.Stage = def.Stage
	}
	if !slices.Contains(Levels, in.Level) {
		in.Level = def.Level
	}
	if in.Team < 0 {
		in.Team = 0
	}
	needs := make([]Need, 0, len(in.Needs))
	for _, n := range Needs {
		if slices.Contains(in.Needs, n) {
			needs = append(needs, n)
		}
	}
	in.Needs = needs
	return in
}

// kinds is the needs split into feature-level and system-level ones.
type kinds struct {
	feature, systemNeeds []Need
	// features and system report whether there is any of each.
	features, system bool
}

// work splits needs into feature-level and system-level ones.
func work(needs []Need) kinds {
	var k kinds
	for _, n := range needs {
		if n.SystemLevel() {
			k.systemNeeds = append(k.systemNeeds, n)
		} else {
			k.feature = append(k.feature, n)
		}
	}
	k.system = len(k.systemNeeds) > 0
	k.features = len(k.feature) > 0
	return k
}

// merged reports whether the guide's rules merge the two roles for in:
// not regulated, a startup or scale-up, fewer than limit engineers.
func merged(in Input, limit int) bool {
	return !in.Regulated && (in.Stage == StageStartup || in.Stage == StageScaleup) && in.Team < limit
}

// decide applies the numbered rules of Recommend to a normalised input.
func decide(in Input, limit int) (Role, int) {
	if in.Stage == StageBigTech {
		return RoleStandard, 1
	}
	w := work(in.Needs)
	m := merged(in, limit)
	switch {
	case w.system && !in.Owner && w.features && m:
		return RoleHybrid, 2
	case w.system:
		return RoleEngineer, 3
	case w.features && in.Owner:
		return RoleDeveloper, 4
	case w.features && m:
		return RoleHybrid, 5
	case w.features:
		return RoleDeveloper, 6
	case m && in.Owner:
		return RoleDeveloper, 7
	case m:
		return RoleHybrid, 7
	case in.Level == LevelJunior || in.Level == LevelMid:
		return RoleDeveloper, 8
	}
	return RoleEngineer, 8
}

// standardTitle returns the standard title most of the guide's large tech
// companies share ("Software Engineer": Google's and Meta's).
func standardTitle(g *data.GuideData) string {
	best, count := "", 0
	for _, t := range g.StandardTitles {
		n := 0
		for _, u := range g.StandardTitles {
			if u.Title == t.Title {
				n++
			}
		}
		if n > count {
			best, count = t.Title, n
		}
	}
	return best
}

// title returns the title to post for role at level. A hybrid role's
// title names what it spans when the needs say so: a feature-level area
// and a system-level one ("Senior Backend Engineer (features and
// architecture)", "(APIs and infrastructure)"); without both kinds of
// need ticked it is the plain engineer title, and the description says
// what the role spans.
func title(role Role, level Level, needs []Need) string {
	var base string
	switch role {
	case RoleDeveloper:
		base = "Backend Developer"
	case RoleEngineer:
		base = "Backend Engineer"
	case RoleHybrid:
		base = "Backend Engineer"
		if s := span(needs); s != "" {
			base += " (" + s + ")"
		}
	default:
		base = standardTitle(data.MustGuide())
	}
	return level.Label() + " " + base
}

// spanWords name a need in a title: short, and free of masculine-coded
// words ("mentoring", not "leadership").
var spanWords = map[Need]string{
	NeedFeatures:      "features",
	NeedAPIs:          "APIs",
	NeedData:          "data",
	NeedTesting:       "testing",
	NeedArchitecture:  "architecture",
	NeedScalability:   "scalability",
	NeedReliability:   "reliability",
	NeedSecurity:      "security",
	NeedDevOps:        "infrastructure",
	NeedObservability: "observability",
	NeedLeadership:    "mentoring",
	NeedDomain:        "domain design",
}

// span names what a role spanning both kinds of work covers: the first
// ticked feature-level need and the first system-level one, in the order
// of [Needs] (so product features and architecture come first), or ""
// when the needs are not of both kinds.
func span(needs []Need) string {
	w := work(needs)
	if !w.features || !w.system {
		return ""
	}
	return spanWords[w.feature[0]] + " and " + spanWords[w.systemNeeds[0]]
}

// needPhrases name the needs inside sentences.
var needPhrases = map[Need]string{
	NeedFeatures:      "product features",
	NeedAPIs:          "APIs",
	NeedData:          "database work",
	NeedTesting:       "testing",
	NeedArchitecture:  "architecture",
	NeedScalability:   "scalability",
	NeedReliability:   "reliability",
	NeedSecurity:      "security standards",
	NeedDevOps:        "DevOps and infrastructure",
	NeedObservability: "monitoring and observability",
	NeedLeadership:    "technical leadership",
	NeedDomain:        "a complex business domain",
}

// phrase joins needs for a sentence: "APIs, testing and architecture".
func phrase(needs []Need) string {
	words := make([]string, len(needs))
	for i, n := range needs {
		words[i] = needPhrases[n]
	}
	return joinAnd(words)
}

// joinAnd joins words as "a and b" or "a, b, and c" (the serial comma
// keeps "DevOps and infrastructure" readable in a list).
func joinAnd(words []string) string {
	switch len(words) {
	case 0:
		return ""
	case 1:
		return words[0]
	case 2:
		return words[0] + " and " + words[1]
	}
	return strings.Join(words[:len(words)-1], ", ") + ", and " + words[len(words)-1]
}

// levelWord returns the level inside a sentence ("mid-level").
func levelWord(l Level) string { return strings.ToLower(l.Label()) }

// summary says the outcome in one or two sentences.
func summary(in Input, role Role, rule int, title string, w kinds) string {
	var b strings.Builder
	b.WriteString("Post a ")
	b.WriteString(title)
	b.WriteString(" role")
	if role == RoleHybrid {
		b.WriteString(", saying plainly that it spans feature work and architecture")
	}
	b.WriteString(": ")
	switch rule {
	case 1:
		b.WriteString("the company standardises titles, so its standard title with the level says more than developer or engineer would.")
		switch {
		case w.system:
			b.WriteString(" Spell out the system-level scope (" + phrase(w.systemNeeds) + ") in the description.")
		case w.features:
			b.WriteString(" Spell out the feature-level scope (" + phrase(w.feature) + ") in the description.")
		default:
			b.WriteString(" Spell out the scope in the description.")
		}
	case 2:
		b.WriteString("the work needs both feature work and system-level work, nobody owns the architecture yet, and a team this small usually gives both to one person.")
	case 3:
		b.WriteString("the role carries system-level responsibility (" + phrase(w.systemNeeds) + ")")
		if in.Owner {
			b.WriteString(", which the hire takes on alongside the engineer or architect who owns the design.")
		} else {
			b.WriteString(" and nobody owns the architecture yet.")
		}
		if w.features && !in.Owner {
			b.WriteString(" Here the guide keeps the roles apart: the feature work can go to backend developers working within this engineer's design.")
		}
	case 4:
		b.WriteString("the work is feature-level (" + phrase(w.feature) + ") and an engineer or architect already owns the system design.")
	case 5:
		b.WriteString("the work you ticked is feature-level (" + phrase(w.feature) + "), but nobody owns the architecture yet and a small team needs everyone to do both.")
	case 6:
		b.WriteString("the work is feature-level (" + phrase(w.feature) + "). Nobody owns the system design yet, so make sure an engineer or architect gives the direction a developer works under.")
	case 7:
		if role == RoleDeveloper {
			b.WriteString("no needs were ticked, and an engineer or architect already owns the system design.")
		} else {
			b.WriteString("no needs were ticked, nobody owns the architecture yet, and a small team needs everyone to do both.")
		}
	case 8:
		b.WriteString("no needs were ticked, and where the roles are kept apart the title follows the seniority (" + levelWord(in.Level) + ").")
	}
	return b.String()
}

// reasons explains the decision, one reason per input that mattered.
func reasons(g *data.GuideData, in Input, role Role, rule, limit int, w kinds) []Reason {
	var out []Reason
	add := func(field, text, ruleID string) {
		out = append(out, Reason{Text: text, Field: field, Guide: g.Quote(ruleID)})
	}
	if role == RoleStandard {
		add("stage", "Large tech companies standardise titles: "+standardTitles(g)+".", data.RuleBigTechStandard)
		add("level", "The level carries the information: post the role as "+in.Level.Label()+", with the company's own level code if it has one.", data.RuleBigTechLevel)
		switch {
		case w.system:
			add("needs", "The title does not say the scope, so the description must: the work is system-level ("+phrase(w.systemNeeds)+").", data.RuleRequirementsOverTitle)
		case w.features:
			add("needs", "The title does not say the scope, so the description must: the work is feature-level ("+phrase(w.feature)+").", data.RuleRequirementsOverTitle)
		default:
			add("needs", "No needs were ticked: the title does not say the scope, so describe it in the responsibilities.", data.RuleRequirementsOverTitle)
		}
		return out
	}
	m := merged(in, limit)

	// What the work needs.
	switch {
	case w.features && w.system:
		add("needs", "You ticked feature-level work ("+phrase(w.feature)+") and system-level work ("+phrase(w.systemNeeds)+").", data.RuleFeatureVsSystem)
	case w.system:
		add("needs", "You ticked system-level work only ("+phrase(w.systemNeeds)+").", data.RuleSystemEngineer)
	case w.features:
		add("needs", "You ticked feature-level work only ("+phrase(w.feature)+").", data.RuleFeatureVsSystem)
	default:
		add("needs", "No needs were ticked, so the answer rests on the stage, the team, who owns the architecture and the level; tick what the work needs for a sharper answer.", data.RuleRequirementsOverTitle)
	}

	// Who owns the architecture.
	switch {
	case in.Owner && role == RoleDeveloper:
		add("owner", "An engineer or architect already owns the system design, so the hire can build within it.", data.RuleOwnerDeveloper)
	case in.Owner && w.system:
		add("owner", "An engineer or architect already owns the design, but the system-level work you ticked is still an engineer's responsibility: the hire works on the system alongside them.", data.RuleBankExample)
	case in.Owner:
		add("owner", "An engineer or architect already owns the design: at this seniority the hire reviews and leads work on the system under them.", data.RuleBankExample)
	case role == RoleHybrid:
		add("owner", "Nobody owns the architecture yet, so the hire will make the design decisions as well as build features.", data.RuleOnePersonBoth)
	case role == RoleEngineer:
		add("owner", "Nobody owns the architecture yet, so the hire must own it.", data.RuleOwnArchitecture)
	default:
		add("owner", "Nobody owns the system design yet: a backend developer works under existing architectural direction, so an engineer, an architect or a more senior hire must give it.", data.RuleUnderDirection)
	}

	// The company's stage and the team's size.
	switch in.Stage {
	case StageStartup:
		switch {
		case m && role == RoleDeveloper:
			add("stage", "At a startup the two titles barely differ; with the design already owned, the responsibilities you list matter more than the title.", data.RuleStartupsMerge)
		case m:
			add("stage", "At a startup the two titles barely differ: a small team needs everyone to do both.", data.RuleStartupsMerge)
		default:
			add("stage", "At a startup the two titles barely differ, but here the "+notMergedBecause(in, limit)+" keeps them apart.", data.RuleStartupsMerge)
		}
	case StageScaleup:
		add("stage", "A growing company separates the roles as the team scales, so the team's size decides whether one person can still do both.", data.RuleScaleSeparate)
	case StageMidsize:
		add("stage", "At a mid-size company the titles map to seniority and scope: developer for feature work, engineer for system responsibility.", data.RuleSeniority)
	case StageEnterprise:
		add("stage", "At an enterprise the titles map to seniority and scope, and hierarchy keeps the roles apart: developers answer to engineers.", data.RuleTraditionalHierarchy)
	}
	if in.Stage == StageStartup || in.Stage == StageScaleup {
		switch {
		case in.Team < limit && role == RoleDeveloper:
			add("team", "Your team has "+strconv.Itoa(in.Team)+" engineers, fewer than "+strconv.Itoa(limit)+": one person often fills both roles at that size, but here the design already has an owner.", data.RuleUnder50Merge)
		case in.Team < limit:
			add("team", "Your team has "+strconv.Itoa(in.Team)+" engineers, fewer than "+strconv.Itoa(limit)+": one person filling both roles is the most common arrangement at that size.", data.RuleUnder50Merge)
		default:
			add("team", "Your team has "+strconv.Itoa(in.Team)+" engineers, "+strconv.Itoa(limit)+" or more: as teams scale, the guide separates the roles.", data.RuleScaleSeparate)
		}
	}
	if in.Team == 0 && (role == RoleEngineer || role == RoleHybrid) {
		add("team", "You have no engineers yet: this first hire sets the team's foundations.", data.RuleFoundations)
	}

	// Regulated industries.
	if in.Regulated {
		if role == RoleDeveloper {
			add("regulated", "In a regulated industry the lines are drawn formally: a developer codes under the direction of the engineers who own the system.", data.RuleRegulated)
		} else {
			add("regulated", "In a regulated industry the lines are drawn formally, so the system-level responsibility is posted as an engineer role, not merged into one role spanning both.", data.RuleRegulated)
		}
	}

	// The level.
	switch {
	case rule == 8:
		add("level", "The level is "+levelWord(in.Level)+": where the roles are kept apart, developers tend to be junior and engineers senior.", data.RuleTraditionalHierarchy)
	case in.Level == LevelJunior && role != RoleDeveloper:
		add("level", "A junior hire rarely owns architecture: where the roles are kept apart, engineers tend to be senior. Consider a more senior level, or a developer working under someone who owns the design.", data.RuleTraditionalHierarchy)
	case in.Level == LevelStaff && role == RoleDeveloper:
		if c, ok := g.ComparisonRow("mentoring"); ok {
			out = append(out, Reason{
				Field: "level",
				Text:  "A staff-level hire usually leads: if this one will, tick technical leadership, since the guide expects it of an engineer, not of a developer.",
				Guide: c.Domain + ": backend developer " + c.Developer + ", backend engineer " + c.Engineer + ".",
			})
		}
	}
	if in.Level == LevelStaff && role != RoleDeveloper && !slices.Contains(in.Needs, NeedLeadership) {
		if c, ok := g.ComparisonRow("mentoring"); ok {
			out = append(out, Reason{
				Field: "level",
				Text:  "At staff level the engineer is usually expected to mentor and lead: tick technical leadership to ask for it.",
				Guide: c.Domain + ": backend developer " + c.Developer + ", backend engineer " + c.Engineer + ".",
			})
		}
	}

	// One person doing both.
	if role == RoleHybrid {
		field := "needs"
		if !w.system {
			field = "owner"
		}
		add(field, "Someone who can do both at a senior level costs more and is harder to find: budget for it, and separate the roles as the team grows.", data.RuleBothCost)
		add("stage", "Post it under the engineer title, and say in the description that it spans feature work and architecture.", data.RuleStartupsEngineerTitle)
	}
	return out
}

// notMergedBecause names what keeps the roles apart at a startup.
func notMergedBecause(in Input, limit int) string {
	switch {
	case in.Regulated && in.Team >= limit:
		return "regulated industry and a team of " + strconv.Itoa(limit) + " or more"
	case in.Regulated:
		return "regulated industry"
	}
	return "team of " + strconv.Itoa(limit) + " or more"
}

// standardTitles lists the guide's examples of standardised titles.
func standardTitles(g *data.GuideData) string {
	var parts []string
	for _, t := range g.StandardTitles {
		s := t.Company + " uses " + t.Title
		if t.Abbreviation != "" {
			s += " (" + t.Abbreviation + ")"
		}
		if len(t.Levels) > 0 {
			s += " with level suffixes (" + strings.Join(t.Levels, ", ") + ")"
		}
		parts = append(parts, s)
	}
	return joinAnd(parts)
}

// maxChanges is the most changes a recommendation lists.
const maxChanges = 4

// changes lists what would change the answer. Each candidate changes one
// input (in the order owner, needs, team, regulated, level, stage:
// big tech, startup, enterprise, scale-up, mid-size) and is
// decided again; only candidates that change both the role and the
// title to post are kept. The first
// candidate for each other outcome comes first, then the first for each
// field not yet named, up to maxChanges, listed in candidate order. If
// fewer than two remain (a big tech company, where only the stage
// matters), further changes of the same field fill up to two.
func changes(in Input, role Role, limit int) []Change {
	type candidate struct {
		field, cond string
		in          Input
	}
	var cands []candidate
	try := func(field, cond string, mod func(*Input)) {
		c := in
		c.Needs = slices.Clone(in.Needs)
		mod(&c)
		c = normalise(c)
		cands = append(cands, candidate{field, cond, c})
	}
	w := work(in.Needs)

	if in.Owner {
		try("owner", "nobody owned the system design yet", func(c *Input) { c.Owner = false })
	} else {
		try("owner", "an engineer or architect already owned the system design", func(c *Input) { c.Owner = true })
	}
	if w.system {
		feature := slices.Clone(w.feature)
		if len(feature) == 0 {
			feature = []Need{NeedFeatures}
		}
		try("needs", "the work were feature-level only ("+phrase(feature)+")", func(c *Input) { c.Needs = feature })
		if !w.features {
			try("needs", "the work also needed product features", func(c *Input) { c.Needs = append(c.Needs, NeedFeatures) })
		}
	} else {
		try("needs", "the hire also had to own the architecture", func(c *Input) { c.Needs = append(c.Needs, NeedArchitecture) })
		if !w.features {
			try("needs", "you ticked product features only", func(c *Input) { c.Needs = []Need{NeedFeatures} })
		}
	}
	if in.Team < limit {
		try("team", "the team grew to "+strconv.Itoa(limit)+" engineers or more", func(c *Input) { c.Team = limit })
	} else {
		try("team", "the team had fewer than "+strconv.Itoa(limit)+" engineers", func(c *Input) { c.Team = limit - 1 })
	}
	if in.Regulated {
		try("regulated", "you were not in a regulated industry", func(c *Input) { c.Regulated = false })
	} else {
		try("regulated", "you were in a regulated industry such as finance or healthcare", func(c *Input) { c.Regulated = true })
	}
	if in.Level == LevelJunior || in.Level == LevelMid {
		try("level", "the role were senior", func(c *Input) { c.Level = LevelSenior })
	} else {
		try("level", "the role were mid-level", func(c *Input) { c.Level = LevelMid })
	}
	// Big tech first (always a different outcome), then from the smallest
	// company to the largest, extremes first.
	for _, s := range []Stage{StageBigTech, StageStartup, StageEnterprise, StageScaleup, StageMidsize} {
		if s != in.Stage {
			try("stage", "the company were "+stagePhrase(s), func(c *Input) { c.Stage = s })
		}
	}

	// Pass 0 keeps the first candidate for each new outcome, pass 1 the
	// first for each field not yet used, pass 2 fills up to two.
	// A candidate whose title is the current one (a hybrid hire whose
	// title names no span, and a dedicated engineer) would read as no
	// change: it counts as keeping the answer.
	current := title(role, in.Level, in.Needs)
	decided := make([]Role, len(cands))
	for i, c := range cands {
		decided[i], _ = decide(c.in, limit)
		if title(decided[i], c.in.Level, c.in.Needs) == current {
			decided[i] = role
		}
	}
	picked := make([]bool, len(cands))
	roles, fields := map[Role]bool{}, map[string]bool{}
	n := 0
	for pass := 0; pass < 3; pass++ {
		for i, c := range cands {
			r := decided[i]
			switch {
			case picked[i] || r == role || n >= maxChanges:
				continue
			case pass == 0 && roles[r], pass == 1 && fields[c.field], pass == 2 && n >= 2:
				continue
			}
			picked[i], roles[r], fields[c.field] = true, true, true
			n++
		}
	}
	out := make([]Change, 0, n)
	for i, c := range cands {
		if picked[i] {
			out = append(out, Change{
				Text:  changeText(c.cond, role, decided[i], title(decided[i], c.in.Level, c.in.Needs)),
				Field: c.field,
				Role:  decided[i],
				Input: c.in,
			})
		}
	}
	return out
}

// stagePhrase names a stage after "the company were".
func stagePhrase(s Stage) string {
	switch s {
	case StageStartup:
		return "a startup"
	case StageScaleup:
		return "a growing startup (scale-up)"
	case StageMidsize:
		return "a mid-size company"
	case StageEnterprise:
		return "an enterprise or traditional IT company"
	}
	return "a large tech company that standardises titles"
}

// outcome names a role's outcome in words, as a change says it.
func (r Role) outcome() string {
	switch r {
	case RoleDeveloper:
		return "a dedicated backend developer"
	case RoleEngineer:
		return "a dedicated backend engineer"
	case RoleHybrid:
		return "one person spanning both roles"
	}
	return "the company's standard title"
}

// changeText says a change as a change: the condition, the outcome it
// leads to instead of the current one, and the title to post then.
// changes keeps only conditions that change the outcome, so the sentence
// never repeats the answer shown above it.
func changeText(cond string, from, to Role, title string) string {
	var post string
	switch to {
	case RoleHybrid:
		post = "post one " + title + " role"
	case RoleStandard:
		post = "post the role as " + title
	default:
		post = "post a " + title + " role"
	}
	return "If " + cond + ", the answer would be " + to.outcome() + " instead of " + from.outcome() + ": " + post + "."
}

// The guide's skill tables, keyed by row id: the comparison row each skill
// is marked by. These links are hirecalc's reading of the guide, which
// does not tie its tables together; the tests check that every id exists
// in data/guide.json. Which skills each need asks for is in the guide's
// drafting section (data/guide.json).
var (
	developerSkillComparison = map[string]string{
		"language":        "write_code",
		"databases":       "database",
		"api_design":      "api_design",
		"cicd_basics":     "devops",
		"security_basics": "security",
	}
	engineerSkillComparison = map[string]string{
		"systems_design":        "systems_design",
		"scalability":           "scalability",
		"cloud":                 "devops",
		"containers":            "devops",
		"iac":                   "devops",
		"cicd":                  "devops",
		"observability":         "monitoring",
		"security_architecture": "security",
		"leadership":            "mentoring",
	}
)

// The most skills and responsibilities a recommendation lists, so that
// the job post stays short enough to read: job-posting guides recommend
// 300 to 700 words.
const (
	MaxMustHave         = 8
	MaxNiceToHave       = 6
	MinResponsibilities = 6
	MaxResponsibilities = 8
)

// skills lists the skills to ask for: at most MaxMustHave must-have
// skills, then at most MaxNiceToHave nice-to-have ones, chosen from the
// guide's tables by the scope of the role and the ticked needs (the
// guide's drafting section, data/guide.json).
//
// A feature-level role asks for the base skills of its scope (the
// developer's table, CI/CD and security basics being nice to have, as the
// comparison rates DevOps and security "Helpful" for a developer). A role
// with system scope (engineer, hybrid, or standard with system-level
// needs) asks for a backend language and databases, then for the skills
// of each ticked need (system-level needs first), for systems design
// when nobody owns the design yet, since the hire then sets it, and last
// for API design and testing ("Everything a backend developer knows", as
// the guide's engineer table begins). Must-haves
// beyond MaxMustHave become nice to have; the nice-to-haves are the
// ticked needs' secondary skills, then the scope's base ones, cut at
// MaxNiceToHave. Unticked needs add nothing.
func skills(g *data.GuideData, in Input, systemScope bool) []Skill {
	base := g.Drafting.BaseSkills.Feature
	if systemScope {
		base = g.Drafting.BaseSkills.System
	}
	var must, nice []Skill
	taken := map[string]bool{}
	add := func(list *[]Skill, id, why string) {
		row, ok := g.Skill(id)
		if !ok || taken[id] || taken[coveredBy[id]] {
			return
		}
		taken[id] = true
		table := "developer"
		if !slices.ContainsFunc(g.DeveloperSkills, func(r data.GuideSkill) bool { return r.ID == id }) {
			table = "engineer"
		}
		*list = append(*list, Skill{ID: id, Area: row.Area, Expected: row.Expected, Line: row.Line, Table: table, Why: why})
	}
	for _, id := range base.Must {
		add(&must, id, "The "+baseWhy(g, id, systemScope)+".")
	}
	ordered := slices.Clone(in.Needs)
	if systemScope {
		// System-level needs first: they are what the role is posted for.
		slices.SortStableFunc(ordered, func(a, b Need) int {
			switch {
			case a.SystemLevel() == b.SystemLevel():
				return 0
			case a.SystemLevel():
				return -1
			}
			return 1
		})
	}
	for _, n := range ordered {
		if w, ok := g.NeedWording(string(n)); ok {
			for _, id := range w.Must {
				add(&must, id, "You ticked "+needPhrases[n]+".")
			}
		}
	}
	if systemScope && !in.Owner {
		add(&must, "systems_design", "Nobody owns the system design yet, so the hire sets it.")
	}
	for _, id := range base.Also {
		add(&must, id, "The "+baseWhy(g, id, systemScope)+".")
	}
	if len(must) > MaxMustHave {
		for _, s := range must[MaxMustHave:] {
			s.Why = strings.TrimSuffix(s.Why, ".") + "; nice to have here, to keep the must-haves to " + strconv.Itoa(MaxMustHave) + "."
			nice = append(nice, s)
		}
		must = must[:MaxMustHave]
	}
	for _, n := range ordered {
		if w, ok := g.NeedWording(string(n)); ok {
			for _, id := range w.Nice {
				add(&nice, id, "Nice to have for "+needPhrases[n]+", which you ticked.")
			}
		}
	}
	for _, id := range base.Nice {
		add(&nice, id, "Nice to have: the "+baseWhy(g, id, systemScope)+".")
	}
	if len(nice) > MaxNiceToHave {
		nice = nice[:MaxNiceToHave]
	}
	for i := range must {
		must[i].Required = true
	}
	return append(must, nice...)
}

// coveredBy maps a developer's basic skill to the engineer's skill that
// includes it: a post asking for the latter does not list the former.
var coveredBy = map[string]string{
	"cicd_basics":     "cicd",
	"security_basics": "security_architecture",
}

// baseWhy says why a base skill of a scope is asked for, after "the":
// the guide's comparison of the two roles when it rates the skill's
// domain, else the table it comes from.
func baseWhy(g *data.GuideData, id string, systemScope bool) string {
	ref, ok := developerSkillComparison[id]
	if !ok {
		ref = engineerSkillComparison[id]
	}
	c, compared := g.ComparisonRow(ref)
	switch {
	case compared && systemScope:
		return "guide's comparison, " + c.Domain + ": " + c.Engineer + " for an engineer"
	case compared:
		return "guide's comparison, " + c.Domain + ": " + c.Developer + " for a developer"
	case systemScope:
		return "guide's engineer table begins: “" + strings.TrimSuffix(g.EngineerSkillsIntro, ", plus:") + "”"
	}
	return "guide's backend developer skill table lists it"
}

// responsibilities returns the responsibilities of the post: at least
// one for each ticked need, in the wording of the role's scope (data/
// guide.json's drafting section), then general ones of the scope, for
// MinResponsibilities to MaxResponsibilities in all.
//
// A hybrid role words its feature-level needs as feature work and its
// system-level ones as system work, features first; an engineer (or a
// standard title with system scope) words every need at the system level,
// system-level needs first. Below senior level a system responsibility
// takes its assisting form ("Help design ..."), except for a first
// engineer, who has nobody to assist. When more needs are
// ticked than the list holds, the guide's combined wordings replace
// pairs of needs (features and APIs, scalability and reliability, ...)
// until it fits. General responsibilities fill the list to one more than
// the needs' (at least MinResponsibilities); those that speak of a team
// are left out for a first engineer.
func responsibilities(g *data.GuideData, in Input, role Role, systemScope bool) []string {
	// A first engineer has nobody to assist: the wording for owning the
	// work applies whatever the level.
	senior := in.Level == LevelSenior || in.Level == LevelStaff || in.Team == 0
	type duty struct {
		needs []Need
		text  string
	}
	wordAs := func(needs []Need) bool { // true: the system-level wording
		if !systemScope {
			return false
		}
		if role != RoleHybrid {
			return true
		}
		return slices.ContainsFunc(needs, Need.SystemLevel)
	}
	ordered := slices.Clone(in.Needs)
	slices.SortStableFunc(ordered, func(a, b Need) int {
		first := a.SystemLevel() && !b.SystemLevel() // a system, b feature
		second := !a.SystemLevel() && b.SystemLevel()
		if role == RoleHybrid || !systemScope {
			first, second = second, first
		}
		switch {
		case first:
			return -1
		case second:
			return 1
		}
		return 0
	})
	var duties []duty
	for _, n := range ordered {
		if w, ok := g.NeedWording(string(n)); ok {
			duties = append(duties, duty{[]Need{n}, w.Text(wordAs([]Need{n}), senior)})
		}
	}
	for _, c := range g.Drafting.Combined {
		if len(duties) <= MaxResponsibilities {
			break
		}
		var at []int
		for _, id := range c.Needs {
			if i := slices.IndexFunc(duties, func(d duty) bool { return len(d.needs) == 1 && string(d.needs[0]) == id }); i >= 0 {
				at = append(at, i)
			}
		}
		if len(at) != len(c.Needs) {
			continue
		}
		slices.Sort(at)
		needs := make([]Need, len(c.Needs))
		for i, id := range c.Needs {
			needs[i] = Need(id)
		}
		duties[at[0]] = duty{needs, c.Text(wordAs(needs), senior)}
		for i := len(at) - 1; i > 0; i-- {
			duties = slices.Delete(duties, at[i], at[i]+1)
		}
	}
	want := min(MaxResponsibilities, max(MinResponsibilities, len(duties)+1))
	general := g.Drafting.General.Feature
	if systemScope {
		general = g.Drafting.General.System
	}
	for _, gd := range general {
		if len(duties) >= want {
			break
		}
		if gd.Team && in.Team == 0 {
			continue
		}
		duties = append(duties, duty{text: gd.Text})
	}
	out := make([]string, len(duties))
	for i, d := range duties {
		out[i] = d.text
	}
	return out
}

// posting returns the guide's advice on wording the post for role.
func posting(g *data.GuideData, role Role) string {
	p := g.Posting
	switch role {
	case RoleDeveloper:
		return p.Developer + " " + p.Whichever
	case RoleEngineer:
		return p.Engineer + " " + p.Whichever
	case RoleHybrid:
		return p.Either + " " + p.Whichever
	}
	return "Use the company's standard title with the level (" + standardTitles(g) + "). " +
		g.Quote(data.RuleRequirementsOverTitle) + " " + p.Whichever
}
