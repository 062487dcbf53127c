package jobdesc

import (
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"hirecalc/app/check"
	"hirecalc/app/hiring"
	"hirecalc/data"
)

var roles = []hiring.Role{hiring.RoleDeveloper, hiring.RoleEngineer, hiring.RoleHybrid, hiring.RoleStandard}

// draftFor drafts the description for a query, through hiring.Recommend,
// with the estimate as its pay.
func draftFor(t testing.TB, q string) (hiring.Input, JobDescription) {
	t.Helper()
	in, problems := hiring.ParseQuery(q)
	require.Empty(t, problems, q)
	return in, Draft(in, hiring.Recommend(in), estimatePay)
}

// TestDraftTrueToInput lists, per input flag, facts the draft must state
// and sentences it must not contain, because the input denies them or
// does not say them.
func TestDraftTrueToInput(t *testing.T) {
	type row struct {
		name, query string
		want, avoid []string
	}
	firstTeam := []string{"join a team", "the rest of the team", "each other's code", "engineers around you",
		"help other engineers", "Help design", "Help set", "Share what you know", "with 0 engineers"}
	tests := []row{
		// owner: nobody owns the design (the two examples), or someone does.
		{"developer, nobody owns the design", "team=80&stage=midsize&owner=no&needs=features&level=mid",
			[]string{"Nobody owns the overall system design yet. You will agree design choices with the other engineers as you build."},
			[]string{"already owns", "already in place", "owns it", "within it"}},
		{"developer at an enterprise, nobody owns the design", "team=150&stage=enterprise&owner=no&needs=features,apis&level=senior",
			[]string{"Nobody owns the overall system design yet."},
			[]string{"already owns", "already in place", "within it"}},
		{"developer, an architect owns the design", "team=80&stage=midsize&owner=yes&needs=features&level=mid",
			[]string{"An engineer or architect already owns the system design. You will build within it."},
			[]string{"Nobody owns", "set its direction"}},
		{"engineer beside the owner", "team=80&stage=midsize&owner=yes&needs=security&level=senior",
			[]string{"An engineer or architect already owns the overall design. You will work on the system alongside them."},
			[]string{"Nobody owns", "set its direction", "Nobody owns the system design yet, so the hire sets it"}},
		{"senior engineer sets the direction", "team=80&stage=midsize&owner=no&needs=security&level=senior",
			[]string{"Nobody owns the system design yet, so you will set its direction.", "Set security standards"},
			[]string{"already owns", "Help set"}},
		{"junior engineer helps set the direction", "team=80&stage=midsize&owner=no&needs=security&level=junior",
			[]string{"so you will help set its direction with the team.", "Help set security standards", "This is an early-career role."},
			[]string{"already owns", "so you will set its direction."}},
		{"hybrid, nobody owns the design", "team=8&stage=startup&owner=no&needs=features,architecture&level=senior",
			[]string{"This role spans feature work and system design, and we want to say so plainly.", "Nobody owns the design yet, so you will shape it as you build."},
			[]string{"already owns", "within it"}},

		// team: 0 is a first engineer, 1 a second, and numbers are written out.
		{"first engineer, junior", "team=0&stage=startup&owner=no&needs=features,architecture&level=junior",
			[]string{"We are a startup, and you will be our first engineer.", "As our first engineer", "There is no engineering team yet, so you will learn by doing.",
				"Design how our backend services fit together"},
			firstTeam},
		{"first engineer, staff, at a mid-size company", "team=0&stage=midsize&owner=no&needs=&level=staff",
			[]string{"We are a mid-size company, and you will be our first engineer.", "design the system from the ground up", "as the company grows", "the engineers who join later"},
			append(slices.Clone(firstTeam), "across teams")},
		{"first engineer, developer with an architect", "team=0&stage=startup&owner=yes&needs=features&level=mid",
			[]string{"you will be our first engineer", "An engineer or architect already owns the system design.", "on your own"},
			append(slices.Clone(firstTeam), "on the team")},
		{"one engineer", "team=1&stage=midsize&owner=no&needs=features&level=mid",
			[]string{"We are a mid-size company with one engineer so far.", "agree design choices with our other engineer"},
			[]string{"1 engineers", "first engineer", "the other engineers"}},
		{"49 engineers", "team=49&stage=scaleup&owner=no&needs=features,architecture&level=senior",
			[]string{"We are a growing startup with 49 engineers."}, []string{"first engineer"}},
		{"5000 engineers, staff", "team=5000&stage=enterprise&owner=yes&needs=architecture&level=staff",
			[]string{"We are an established company with 5,000 engineers.", "across teams"}, []string{"first engineer", "5000"}},

		// regulated
		{"regulated", "team=40&stage=midsize&regulated=1&owner=yes&needs=features&level=mid",
			[]string{"We work in a regulated industry. Security and compliance are part of the daily work."}, nil},
		{"not regulated", "team=40&stage=midsize&regulated=0&owner=yes&needs=features&level=mid",
			nil, []string{"regulated"}},

		// workplace and location
		{"remote", "workplace=remote", []string{"This role is fully remote."}, []string{"on site", "hybrid role"}},
		{"on site", "workplace=onsite&location=Seattle", []string{"This role is on site, at our office in Seattle."}, []string{"fully remote", "remotely"}},
		{"hybrid workplace", "workplace=hybrid&location=Berlin", []string{"This is a hybrid role: you will work part of the week at our office in Berlin"}, []string{"fully remote"}},

		// company
		{"company given", "company=Acme+Payments", []string{"Acme Payments is hiring a Senior Backend Engineer (features and architecture)."}, []string{"We are hiring"}},
		{"no company", "", []string{"We are hiring a Senior Backend Engineer (features and architecture)."}, []string{"[Your company name]", "Acme"}},
		{"standard title with a company", "stage=bigtech&team=400&company=Acme", []string{"Acme is hiring a Senior Software Engineer.", "We use standard titles across engineering. The level and the scope tell you more than the title does."}, nil},

		// needs: the title and the work follow what is ticked.
		{"nothing ticked: a plain title", "needs=", []string{"Senior Backend Engineer\n", "This role spans writing code and shaping the system design"},
			[]string{"(features and architecture)", "product features", "APIs that"}},
		{"features, APIs and DevOps: the title names what is ticked", "needs=features,apis,devops",
			[]string{"Senior Backend Engineer (features and infrastructure)", "deployment pipelines"}, []string{"architecture)", "Design how our backend services"}},
		{"data, observability and DevOps (the issue's engineer)", "team=60&stage=midsize&owner=yes&needs=data,observability,devops&level=senior",
			[]string{"data pipelines", "metrics, logs, traces and alerts", "deployment pipelines and cloud infrastructure"},
			[]string{"Conduct UI tests", "clean codes", "Building security structures", "security", "Mentor"}},
		{"developer features only", "team=80&stage=midsize&owner=yes&needs=features&level=mid",
			[]string{"Build product features"}, []string{"Conduct UI tests", "clean codes", "Design database schemas", "Write unit and integration tests"}},

		// pay: entered, confirmed and estimated ranges.
		{"entered range", "paymin=120000&paymax=150000", []string{"$120,000 – $150,000 per year.\n"}, []string{"estimate"}},
		{"confirmed estimate", "paymin=130000&paymax=175000&paysource=estimate", []string{"$130,000 – $175,000 per year.\n"}, []string{"estimate"}},
		{"estimate only", "", []string{"(estimate: DistantJob's hiring guide", "confirm before posting"}, []string{"given by the employer"}},
	}
	for _, stage := range hiring.Stages {
		var avoid []string
		for _, other := range hiring.Stages {
			if other != stage {
				avoid = append(avoid, "We are "+stagePhrase(other)+" ")
			}
		}
		tests = append(tests, row{"stage " + string(stage), "team=40&owner=yes&needs=features&stage=" + string(stage),
			[]string{"We are " + stagePhrase(stage) + " with 40 engineers."}, avoid})
	}
	levels := map[hiring.Level]string{hiring.LevelJunior: "This is an early-career role.", hiring.LevelMid: "This is a mid-level role.",
		hiring.LevelSenior: "This is a senior role.", hiring.LevelStaff: "This is a staff-level role."}
	for level, want := range levels {
		var avoid []string
		for other, s := range levels {
			if other != level {
				avoid = append(avoid, s)
			}
		}
		tests = append(tests, row{"level " + string(level), "team=40&stage=midsize&owner=yes&needs=features&level=" + string(level),
			[]string{level.Label() + " Backend ", want}, avoid})
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, d := draftFor(t, tt.query)
			text := d.Text()
			for _, w := range tt.want {
				assert.Contains(t, text, w)
			}
			for _, w := range tt.avoid {
				assert.NotContains(t, text, w)
			}
		})
	}
}

// needWords are the plain words each need's responsibility must use.
var needWords = map[hiring.Need]*regexp.Regexp{
	hiring.NeedFeatures:      regexp.MustCompile(`(?i)\bfeatures?\b`),
	hiring.NeedAPIs:          regexp.MustCompile(`\bAPIs\b`),
	hiring.NeedData:          regexp.MustCompile(`(?i)schemas|queries|data pipelines`),
	hiring.NeedTesting:       regexp.MustCompile(`(?i)\btests?\b`),
	hiring.NeedArchitecture:  regexp.MustCompile(`(?i)design how our (backend )?services fit`),
	hiring.NeedScalability:   regexp.MustCompile(`(?i)grows|load balancing|caching`),
	hiring.NeedReliability:   regexp.MustCompile(`(?i)fail|retries|fallbacks`),
	hiring.NeedSecurity:      regexp.MustCompile(`(?i)security standards`),
	hiring.NeedDevOps:        regexp.MustCompile(`(?i)deployment pipelines|infrastructure as code`),
	hiring.NeedObservability: regexp.MustCompile(`(?i)metrics, logs, traces and alerts`),
	hiring.NeedLeadership:    regexp.MustCompile(`(?i)\bmentor\b`),
	hiring.NeedDomain:        regexp.MustCompile(`(?i)business (rules|domain)`),
}

// gridNeeds are the need sets of the sweep: none, each need alone,
// feature-level only, system-level only and every need.
func gridNeeds() map[string][]hiring.Need {
	sets := map[string][]hiring.Need{"empty": {}, "rich": hiring.Needs}
	var feature, system []hiring.Need
	for _, n := range hiring.Needs {
		sets[string(n)] = []hiring.Need{n}
		if n.SystemLevel() {
			system = append(system, n)
		} else {
			feature = append(feature, n)
		}
	}
	sets["feature-only"], sets["system-only"] = feature, system
	return sets
}

// needWording maps every drafted responsibility of the guide to the needs
// it serves, and general responsibilities to none.
func needWording(g *data.GuideData) map[string][]hiring.Need {
	m := map[string][]hiring.Need{}
	add := func(w data.GuideWording, needs []string) {
		for _, s := range []string{w.Feature, w.System, w.Assist} {
			if s == "" {
				continue
			}
			for _, n := range needs {
				m[s] = append(m[s], hiring.Need(n))
			}
		}
	}
	for _, n := range g.Drafting.Needs {
		add(n.GuideWording, []string{n.Need})
	}
	for _, c := range g.Drafting.Combined {
		add(c.GuideWording, c.Needs)
	}
	return m
}

// withoutHeadings drops the title and heading lines, which a sentence
// model may not count as sentences (issue 12 changes app/check's model
// so): the draft must read as well either way.
func withoutHeadings(d JobDescription, text string) string {
	heads := []string{d.Title, headAbout, headResp, headMustHave, headNiceToHave, headCompensation, headLocation, headApply}
	var b strings.Builder
	for line := range strings.Lines(text) {
		if !slices.Contains(heads, strings.TrimSpace(line)) {
			b.WriteString(line)
		}
	}
	return b.String()
}

// TestDraftGrid sweeps the input grid (stages × team sizes × regulated ×
// owner × need sets × levels, with the company, workplace, pay and how to
// apply varied along) through hiring.Recommend and checks every draft
// against hirecalc's own checks and the invariants of a post worth
// posting. It logs the minimum and median reading ease and word count:
//
//	go test ./app/jobdesc -run TestDraftGrid -v
func TestDraftGrid(t *testing.T) {
	g := data.MustGuide()
	wording := needWording(g)
	var fre, words []float64
	seen := map[hiring.Role]int{}
	i := 0
	for _, stage := range hiring.Stages {
		for _, team := range []int{0, 1, 49, 50, 5000} {
			for _, regulated := range []bool{false, true} {
				for _, owner := range []bool{false, true} {
					for kind, needs := range gridNeeds() {
						for _, level := range hiring.Levels {
							i++
							in := hiring.DefaultInput()
							in.Stage, in.Team, in.Regulated, in.Owner, in.Needs, in.Level = stage, team, regulated, owner, needs, level
							if i%2 == 0 {
								in.Company = "Acme Payments"
							}
							in.Workplace = hiring.Workplaces[i%3]
							if in.Workplace != hiring.WorkplaceRemote && i%5 != 0 {
								in.Location = "Chicago"
							}
							switch i % 3 {
							case 1:
								in.PayMin, in.PayMax = 120000, 150000
							case 2:
								in.PayMin, in.PayMax, in.PayFromEstimate = 130000, 175000, true
							}
							in.Apply = []string{"", "https://acme.example/jobs/1", "jobs@acme.example"}[i%3]
							rec := hiring.Recommend(in)
							seen[rec.Role]++
							d := Draft(in, rec, estimatePay)
							name := fmt.Sprintf("%s/%s %s", kind, rec.Role, in.Query())
							r := checkDraft(t, g, wording, in, d, name)
							fre = append(fre, r.FleschReadingEase)
							words = append(words, r.Length.Value) // every word, headings included
						}
					}
				}
			}
		}
	}
	for _, role := range roles {
		assert.NotZero(t, seen[role], "the grid reaches the %s outcome", role)
	}
	sort.Float64s(fre)
	sort.Float64s(words)
	t.Logf("%d drafts (developer %d, engineer %d, hybrid %d, standard %d): Flesch reading ease min %.1f, median %.1f; words min %.0f, median %.0f, max %.0f",
		len(fre), seen[hiring.RoleDeveloper], seen[hiring.RoleEngineer], seen[hiring.RoleHybrid], seen[hiring.RoleStandard],
		fre[0], fre[len(fre)/2], words[0], words[len(words)/2], words[len(words)-1])
}

// checkDraft asserts the invariants of one draft and returns its
// readability.
func checkDraft(t *testing.T, g *data.GuideData, wording map[string][]hiring.Need, in hiring.Input, d JobDescription, name string) check.ReadabilityResult {
	t.Helper()
	text := d.Text()
	r := check.Readability(text)
	if !assert.Equal(t, check.StatusWithin, r.Length.Status, "%s: %s", name, r.Length.Message) ||
		!assert.Equal(t, check.StatusWithin, r.SentenceLength.Status, "%s: %s", name, r.SentenceLength.Message) ||
		!assert.GreaterOrEqual(t, r.FleschReadingEase, 30.0, "%s: not very difficult", name) {
		t.Log(text)
	}
	alt := check.Readability(withoutHeadings(d, text))
	assert.Equal(t, check.StatusWithin, alt.SentenceLength.Status, "%s without headings: %s", name, alt.SentenceLength.Message)
	assert.GreaterOrEqual(t, alt.FleschReadingEase, 30.0, "%s without headings", name)
	gc := check.Gender(text)
	assert.True(t, gc.NeutralOrBetter(), "%s: %s (masculine %v)", name, gc.Verdict, gc.Words)

	assert.GreaterOrEqual(t, len(d.Responsibilities), 4, name)
	assert.LessOrEqual(t, len(d.Responsibilities), 8, name)
	assert.LessOrEqual(t, len(d.MustHave), 8, name)
	assert.LessOrEqual(t, len(d.NiceToHave), 6, name)
	all := slices.Concat(d.Responsibilities, d.MustHave, d.NiceToHave)
	assert.Len(t, all, len(uniqueStrings(all)), "%s: a bullet repeats", name)
	for _, s := range d.Responsibilities {
		first, _, _ := strings.Cut(s, " ")
		assert.False(t, strings.HasSuffix(first, "ing") || strings.HasSuffix(first, "s") && !strings.HasSuffix(first, "ss"),
			"%s: not imperative: %q", name, s)
		for _, n := range wording[s] {
			assert.Contains(t, in.Needs, n, "%s: unticked need %s fills the draft: %q", name, n, s)
		}
	}
	for _, n := range in.Needs {
		assert.True(t, slices.ContainsFunc(d.Responsibilities, needWords[n].MatchString),
			"%s: ticked need %s has no responsibility in plain words", name, n)
	}

	ld, err := d.JSONLD(LDOptions{DatePosted: "2026-05-01", CountryName: "United States"})
	require.NoError(t, err)
	assert.NotRegexp(t, placeholderPattern, ld, name)
	assert.NotContains(t, ld, "estimate", "%s: an unconfirmed estimate stays out of the JSON-LD", name)
	blanks, err := d.FillIn(LDOptions{DatePosted: "2026-05-01", CountryName: "United States"})
	require.NoError(t, err)
	checkFillIn(t, ld, blanks, name)
	return r
}

// checkFillIn asserts that what the JSON-LD leaves out is what Google's
// checks report: every issue has a blank of the same property, required
// blanks are exactly the errors.
func checkFillIn(t *testing.T, ld string, blanks []Blank, name string) {
	t.Helper()
	required, recommended := map[string]bool{}, map[string]bool{}
	for _, b := range blanks {
		if b.Required {
			required[b.Property] = true
		} else {
			recommended[b.Property] = true
		}
		assert.NotEmpty(t, b.Message)
	}
	errs := map[string]bool{}
	for _, is := range ValidateJobPosting([]byte(ld)) {
		if is.Severity == SeverityError {
			errs[is.Property] = true
			assert.True(t, required[is.Property] || is.Property == "hiringOrganization" && required["hiringOrganization.name"],
				"%s: error %s is not listed to fill in", name, is)
			continue
		}
		assert.True(t, recommended[is.Property], "%s: warning %s is not listed to fill in", name, is)
	}
	for p := range required {
		assert.True(t, errs[p] || p == "hiringOrganization.name" && errs["hiringOrganization"], "%s: %s is listed as required but Google's check does not miss it", name, p)
	}
}

func uniqueStrings(s []string) []string {
	out := slices.Clone(s)
	slices.Sort(out)
	return slices.Compact(out)
}

// TestProseAvoidsMasculineStems checks hirecalc's own connecting prose
// (everything but the skill and responsibility lists) for masculine-coded
// stems, for every outcome, level, owner and team kind.
func TestProseAvoidsMasculineStems(t *testing.T) {
	for _, role := range roles {
		for _, level := range hiring.Levels {
			for _, owner := range []bool{false, true} {
				for _, team := range []int{0, 1, 60} {
					in := fixtureInput()
					in.Company, in.Location, in.Benefits = "", "", ""
					in.Owner, in.Team, in.Regulated = owner, team, team == 60
					in.Needs = []hiring.Need{hiring.NeedFeatures, hiring.NeedSecurity}
					d := Draft(in, fixtureRec(role, level), Pay{Min: 1, Max: 2, Currency: "USD", Estimate: true})
					prose := strings.Join(append(append([]string{}, d.About...), d.Compensation, d.LocationPolicy, d.HowToApply, niceIntro,
						headAbout, headResp, headMustHave, headNiceToHave, headCompensation, headLocation, headApply), " ")
					g := check.Gender(prose)
					assert.Zero(t, g.Masculine, "%s/%s owner=%v team=%d: masculine-coded stems %v in: %s", role, level, owner, team, g.Words, prose)
				}
			}
		}
	}
}

// TestDraftingWordingIsNeutral checks every line of the guide's drafting
// section on its own: none uses a masculine-coded stem.
func TestDraftingWordingIsNeutral(t *testing.T) {
	g := data.MustGuide()
	var lines []string
	for w := range needWording(g) {
		lines = append(lines, w)
	}
	for _, du := range slices.Concat(g.Drafting.General.Feature, g.Drafting.General.System) {
		lines = append(lines, du.Text)
	}
	for _, s := range slices.Concat(g.DeveloperSkills, g.EngineerSkills) {
		lines = append(lines, s.Line)
	}
	for _, l := range lines {
		assert.Zero(t, check.Gender(l).Masculine, "masculine-coded: %q", l)
	}
}
