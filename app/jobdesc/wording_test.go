package jobdesc

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"hirecalc/app/check"
	"hirecalc/app/hiring"
)

// outcomeInputs are inputs for which hiring.Recommend gives each outcome.
func outcomeInputs() map[hiring.Role]hiring.Input {
	dev := fixtureInput()
	dev.Stage, dev.Team, dev.Owner = hiring.StageEnterprise, 60, true
	dev.Needs = []hiring.Need{hiring.NeedFeatures, hiring.NeedAPIs, hiring.NeedData}
	eng := fixtureInput()
	eng.Stage, eng.Team = hiring.StageMidsize, 60
	eng.Needs = []hiring.Need{hiring.NeedArchitecture, hiring.NeedScalability, hiring.NeedReliability}
	hyb := fixtureInput() // the default: a startup of eight without an owner
	std := fixtureInput()
	std.Stage, std.Team = hiring.StageBigTech, 400
	return map[hiring.Role]hiring.Input{
		hiring.RoleDeveloper: dev, hiring.RoleEngineer: eng, hiring.RoleHybrid: hyb, hiring.RoleStandard: std,
	}
}

var roles = []hiring.Role{hiring.RoleDeveloper, hiring.RoleEngineer, hiring.RoleHybrid, hiring.RoleStandard}

// TestDraftWordingThroughRecommend measures every outcome at every level
// through hiring.Recommend with app/check: the whole text stays within
// 300-700 words and is never masculine-coded, and hirecalc's own prose
// (the About section) keeps sentences of 8 to 13 words on average.
func TestDraftWordingThroughRecommend(t *testing.T) {
	for _, role := range roles {
		for _, level := range hiring.Levels {
			t.Run(string(role)+"/"+string(level), func(t *testing.T) {
				in := outcomeInputs()[role]
				in.Level = level
				rec := hiring.Recommend(in)
				require.Equal(t, role, rec.Role, "the input no longer gives this outcome")
				d := Draft(in, rec, estimatePay)
				text := d.Text()
				g := check.Gender(text)
				r := check.Readability(text)
				prose := check.Readability(strings.Join(d.About, "\n\n"))
				t.Logf("%d words, %d sentences (%.1f words a sentence), Flesch %.0f; gender: masculine %d, feminine %d, %s; About: %.1f words a sentence, Flesch %.0f",
					r.Words, r.Sentences, r.WordsPerSentence, r.FleschReadingEase, g.Masculine, g.Feminine, g.Verdict, prose.WordsPerSentence, prose.FleschReadingEase)
				assert.GreaterOrEqual(t, r.Length.Value, 300.0, "the length counts every word, headings included")
				assert.LessOrEqual(t, r.Length.Value, 700.0)
				assert.True(t, g.NeutralOrBetter(), "%s: masculine %d, feminine %d", g.Verdict, g.Masculine, g.Feminine)
				assert.GreaterOrEqual(t, prose.WordsPerSentence, 8.0)
				assert.LessOrEqual(t, prose.WordsPerSentence, 13.0)
			})
		}
	}
}

// TestProseAvoidsMasculineStems checks hirecalc's own connecting prose
// (everything but the guide's quoted tables) for masculine-coded stems.
func TestProseAvoidsMasculineStems(t *testing.T) {
	for _, role := range roles {
		for _, level := range hiring.Levels {
			t.Run(string(role)+"/"+string(level), func(t *testing.T) {
				in := outcomeInputs()[role]
				in.Company, in.Location, in.Benefits = "", "", ""
				d := Draft(in, fixtureRec(role, level), Pay{Min: 1, Max: 2, Currency: "USD", Estimate: true})
				prose := strings.Join(append(append([]string{}, d.About...), d.Compensation, d.LocationPolicy, d.HowToApply,
					headAbout, headResp, headMustHave, headNiceToHave, headCompensation, headLocation, headApply), " ")
				g := check.Gender(prose)
				assert.Zero(t, g.Masculine, "masculine-coded stems %v in: %s", g.Words, prose)
			})
		}
	}
}
