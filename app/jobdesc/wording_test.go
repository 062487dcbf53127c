package jobdesc

import (
	"encoding/json"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

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

// genderWords is gender-decoder's word list (testdata copy of
// /work/shared/data/gender-coded-words.json, MIT licence, source inside).
type genderWords struct {
	Masculine  []string `json:"masculine"`
	Feminine   []string `json:"feminine"`
	Hyphenated []string `json:"hyphenated_coded_words"`
	Exceptions []string `json:"non_coded_exceptions"`
	Tests      []struct {
		Input     string `json:"input"`
		Masculine int    `json:"masculine"`
		Feminine  int    `json:"feminine"`
		Coding    string `json:"coding"`
	} `json:"published_test_cases"`
}

func loadGenderWords(t testing.TB) genderWords {
	t.Helper()
	b, err := os.ReadFile("testdata/gender-coded-words.json")
	require.NoError(t, err)
	var w genderWords
	require.NoError(t, json.Unmarshal(b, &w))
	return w
}

var genderPunct = strings.NewReplacer(
	".", " ", "\t", " ", ",", " ", "“", " ", "”", " ", "‘", " ", "’", " ", "<", " ", ">", " ", "*", " ", "?", " ", "!", " ",
	`"`, " ", "[", " ", "]", " ", "@", " ", "'", " ", ":", " ", ";", " ", "(", " ", ")", " ", "/", " ", "&", " ",
)

// score counts coded words the way gender-decoder does (see the
// "matching" rules in the word list) and returns its verdict. It stands
// in for app/check until that package lands.
func (w genderWords) score(text string) (masc, fem int, coding string) {
	ascii := []rune(text)
	for i, r := range ascii {
		if r > 127 {
			ascii[i] = ' '
		}
	}
	var tokens []string
	for _, tok := range strings.Fields(genderPunct.Replace(string(ascii))) {
		tok = strings.ToLower(tok)
		if !strings.Contains(tok, "-") {
			tokens = append(tokens, tok)
			continue
		}
		whole := false
		for _, h := range w.Hyphenated {
			if strings.HasPrefix(tok, h) {
				whole = true
			}
		}
		if whole {
			tokens = append(tokens, tok)
			continue
		}
		for _, part := range strings.Split(tok, "-") {
			if part != "" {
				tokens = append(tokens, part)
			}
		}
	}
	count := func(stems []string) int {
		n := 0
		for _, tok := range tokens {
			excluded := false
			for _, e := range w.Exceptions {
				excluded = excluded || tok == e
			}
			for _, s := range stems {
				if !excluded && strings.HasPrefix(tok, s) {
					n++
				}
			}
		}
		return n
	}
	masc, fem = count(w.Masculine), count(w.Feminine)
	switch d := fem - masc; {
	case d == 0 && fem > 0:
		coding = "neutral"
	case d == 0:
		coding = "empty"
	case d > 3:
		coding = "strongly feminine-coded"
	case d > 0:
		coding = "feminine-coded"
	case d < -3:
		coding = "strongly masculine-coded"
	default:
		coding = "masculine-coded"
	}
	return masc, fem, coding
}

func TestGenderScorerMatchesPublishedCases(t *testing.T) {
	w := loadGenderWords(t)
	require.NotEmpty(t, w.Tests)
	for _, c := range w.Tests {
		t.Run(c.Input, func(t *testing.T) {
			m, f, coding := w.score(c.Input)
			assert.Equal(t, c.Masculine, m)
			assert.Equal(t, c.Feminine, f)
			assert.Equal(t, c.Coding, coding)
		})
	}
}

var (
	wordPattern     = regexp.MustCompile(`[A-Za-z0-9][A-Za-z0-9'’.+#/-]*`)
	sentencePattern = regexp.MustCompile(`[.!?](\s|$)`)
)

func words(s string) int { return len(wordPattern.FindAllString(s, -1)) }

// sentences splits prose into sentences at ., ! and ? followed by space.
func sentences(s string) []string {
	var out []string
	for _, p := range sentencePattern.Split(s, -1) {
		if strings.TrimSpace(p) != "" {
			out = append(out, p)
		}
	}
	return out
}

// syllables estimates an English word's syllables (vowel groups, a
// silent final e dropped, at least one).
func syllables(word string) int {
	w := strings.ToLower(word)
	n, prevVowel := 0, false
	for _, r := range w {
		v := strings.ContainsRune("aeiouy", r)
		if v && !prevVowel {
			n++
		}
		prevVowel = v
	}
	if strings.HasSuffix(w, "e") && !strings.HasSuffix(w, "le") && n > 1 {
		n--
	}
	return max(n, 1)
}

// fleschReadingEase of prose: 206.835 - 1.015 words/sentence - 84.6
// syllables/word.
func fleschReadingEase(prose string) float64 {
	ws := wordPattern.FindAllString(prose, -1)
	syl := 0
	for _, w := range ws {
		syl += syllables(w)
	}
	n := float64(len(sentences(prose)))
	return 206.835 - 1.015*float64(len(ws))/n - 84.6*float64(syl)/float64(len(ws))
}

// TestDraftWordingThroughRecommend measures every outcome at every level
// through hiring.Recommend: the whole text stays within 300-700 words and
// is never masculine-coded, and hirecalc's own prose keeps sentences of 8
// to 13 words on average.
func TestDraftWordingThroughRecommend(t *testing.T) {
	w := loadGenderWords(t)
	for _, role := range roles {
		for _, level := range hiring.Levels {
			t.Run(string(role)+"/"+string(level), func(t *testing.T) {
				in := outcomeInputs()[role]
				in.Level = level
				rec := hiring.Recommend(in)
				require.Equal(t, role, rec.Role, "the input no longer gives this outcome")
				d := Draft(in, rec, estimatePay)
				text := d.Text()
				n := words(text)
				m, f, coding := w.score(text)
				prose := strings.Join(d.About, " ")
				perSentence := float64(words(prose)) / float64(len(sentences(prose)))
				t.Logf("%d words; gender: masculine %d, feminine %d, %s; prose: %.1f words a sentence, Flesch %.0f; whole text Flesch %.0f",
					n, m, f, coding, perSentence, fleschReadingEase(prose), fleschReadingEase(text))
				assert.GreaterOrEqual(t, n, 300)
				assert.LessOrEqual(t, n, 700)
				assert.NotContains(t, coding, "masculine", "masculine %d, feminine %d", m, f)
				assert.GreaterOrEqual(t, perSentence, 8.0)
				assert.LessOrEqual(t, perSentence, 13.0)
			})
		}
	}
}

// TestProseAvoidsMasculineStems checks hirecalc's own connecting prose
// (everything but the guide's quoted tables) for masculine-coded stems.
func TestProseAvoidsMasculineStems(t *testing.T) {
	w := loadGenderWords(t)
	for _, role := range roles {
		for _, level := range hiring.Levels {
			t.Run(string(role)+"/"+string(level), func(t *testing.T) {
				in := outcomeInputs()[role]
				in.Company, in.Location, in.Benefits = "", "", ""
				d := Draft(in, fixtureRec(role, level), estimatePay)
				d.Title = "" // the title is the recommendation's
				prose := strings.Join(append(append([]string{}, d.About...), d.Compensation, d.LocationPolicy, d.HowToApply,
					headAbout, headResp, headMustHave, headNiceToHave, headCompensation, headLocation, headApply), " ")
				prose = strings.ReplaceAll(prose, estimatePay.Basis[:len(estimatePay.Basis)-1], "")
				m, _, _ := w.score(prose)
				assert.Zero(t, m, "masculine-coded stems in: %s", prose)
			})
		}
	}
}
