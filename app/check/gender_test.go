package check

import (
	"encoding/json"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"hirecalc/data"
)

// pythonDeHyphen is a line-by-line port of gender-decoder's
// de_hyphen_non_coded_words (app/models.py, commit 73724e6b), list
// mutation during iteration included, to check the linear-time deHyphen.
func pythonDeHyphen(m *matcher, wordList []token) []token {
	type pylist struct{ items []token }
	iterated := &pylist{items: slices.Clone(wordList)} // for word in word_list:
	current := iterated
	for i := 0; i < len(iterated.items); i++ {
		word := iterated.items[i].word
		if strings.Index(word, "-") != 0 { // if word.find("-"):
			isCodedWord := false
			for _, coded := range m.hyphenated {
				if strings.HasPrefix(word, coded) {
					isCodedWord = true
				}
			}
			if !isCodedWord {
				wordIndex := slices.IndexFunc(current.items, func(t token) bool { return t.word == word })
				removed := current.items[wordIndex]
				current.items = slices.Delete(current.items, wordIndex, wordIndex+1) // word_list.remove(word)
				var split []token
				pos := removed.pos
				for _, part := range strings.Split(word, "-") {
					split = append(split, token{part, pos})
					pos += len(part) + 1
				}
				next := &pylist{}
				next.items = append(next.items, current.items[:wordIndex]...)
				next.items = append(next.items, split...)
				next.items = append(next.items, current.items[wordIndex:]...)
				current = next
			}
		}
	}
	return append([]token{}, current.items...)
}

func words(toks []token) []string {
	out := []string{}
	for _, t := range toks {
		out = append(out, t.word)
	}
	return out
}

func TestGenderPublishedTestCases(t *testing.T) {
	cases := data.MustGenderWords().PublishedTestCases
	require.Len(t, cases, 7)
	for _, c := range cases {
		t.Run(c.Input, func(t *testing.T) {
			got := Gender(c.Input)
			assert.Equal(t, c.Masculine, got.Masculine, "masculine")
			assert.Equal(t, c.Feminine, got.Feminine, "feminine")
			assert.Equal(t, c.Coding, got.Verdict)
		})
	}
}

// TestGenderTokens checks gender-decoder's test_clean_up_word_list cases
// (tests.py).
func TestGenderTokens(t *testing.T) {
	m := loadMatcher()
	tests := []struct {
		in   string
		want []string
	}{
		{"Sharing is as important as ambition", []string{"sharing", "is", "as", "important", "as", "ambition"}},
		{"Qualities: sharing\tambition", []string{"qualities", "sharing", "ambition"}},
		{"Sharing;ambitious", []string{"sharing", "ambitious"}},
		{"Sharing/ambitious", []string{"sharing", "ambitious"}},
		{"Sharing, co-operative, 'servant-leader'", []string{"sharing", "co-operative", "servant", "leader"}},
		{"Sharing—ambitious", []string{"sharing", "ambitious"}},
		{"Sharing(ambitious) and (leader)", []string{"sharing", "ambitious", "and", "leader"}},
		{"Sharing ambitious ", []string{"sharing", "ambitious"}},
		{"Sharing&ambitious, empathy&kindness,", []string{"sharing", "ambitious", "empathy", "kindness"}},
		{"Lead Developer Who is Connect@HBS? We ", []string{"lead", "developer", "who", "is", "connect", "hbs", "we"}},
		{"", []string{}},
		{"\x1c\x1d\x1e\x1f\v\f\r\n", []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			assert.Equal(t, tt.want, words(m.deHyphen(genderTokens(tt.in))))
		})
	}
}

func TestGenderCounts(t *testing.T) {
	tests := []struct {
		name, in             string
		masculine, feminine  int
		verdict              string
		masculineW, feminimW []string
	}{
		// gender-decoder's tests.py
		{"extract j3", "empathy irrelevant words kindness", 0, 2, VerdictFeminine, nil, []string{"empathy", "kindness"}},
		{"masculine j2", "Ambition:competition–decisiveness, other words", 3, 0, VerdictMasculine, []string{"ambition", "competition", "decisiveness"}, nil},
		{"masculine j4 repeated word", "Ambition:competition–decisiveness&leadership, decisiveness, stubborness, sharing and empathy", 6, 2, VerdictStronglyMasculine,
			[]string{"ambition", "competition", "decisiveness", "leadership", "stubborness"}, []string{"sharing", "empathy"}},
		{"feminine j2", "empathy&kindness, co-operation and some other words", 0, 3, VerdictFeminine, nil, []string{"empathy", "kindness", "co-operation"}},
		{"feminine j4", "Ambition:competition, empathy&kindness and responsibility, co-operation, honesty, trust and other words", 2, 6, VerdictStronglyFeminine,
			[]string{"ambition", "competition"}, []string{"empathy", "kindness", "responsibility", "co-operation", "honesty", "trust"}},
		{"process_ad", "Sharing: ambition\tkindness&empathy(never more than frou) Who is Connect@HBS? leader-supporter-follower aggresive/responsible;understand? connect", 2, 8, VerdictStronglyFeminine,
			[]string{"ambition", "leader"}, []string{"sharing", "kindness", "empathy", "connect", "supporter", "responsible", "understand"}},
		// tricky words
		{"a word matching two stems counts twice", "a dominant position", 2, 0, VerdictMasculine, []string{"dominant"}, nil},
		{"two feminine stems", "strong interpersonal skills", 0, 2, VerdictFeminine, nil, []string{"interpersonal"}},
		{"co-operative stays whole", "a co-operative team", 0, 1, VerdictFeminine, nil, []string{"co-operative"}},
		{"servant-leader splits", "be a servant-leader", 1, 0, VerdictMasculine, []string{"leader"}, nil},
		{"self-confident stays whole", "be self-confident", 1, 0, VerdictMasculine, []string{"self-confident"}, nil},
		{"non-coded exception", "SharePoint and sharepoint", 0, 0, VerdictEmpty, nil, nil},
		{"exception is the whole token only", "sharepoints", 0, 1, VerdictFeminine, nil, []string{"sharepoints"}},
		{"stems match word starts only", "misleading unkind", 0, 0, VerdictEmpty, nil, nil},
		{"upper case", "LEADERSHIP", 1, 0, VerdictMasculine, []string{"leadership"}, nil},
		{"curly quotes and en dash are non-ASCII", "“lead”–‘trust’", 1, 1, VerdictNeutral, []string{"lead"}, []string{"trust"}},
		// gender-decoder's quirks, reproduced
		{"the token after the first is never split", "Job: team-leader wanted", 0, 0, VerdictEmpty, nil, nil},
		{"later tokens are split", "Job: great team-leader wanted", 1, 0, VerdictMasculine, []string{"leader"}, nil},
		{"a leading hyphen keeps a token whole", "great job -leader", 0, 0, VerdictEmpty, nil, nil},
		{"a token kept whole does not start the skip", "co-operative team-leader", 1, 1, VerdictNeutral, []string{"leader"}, []string{"co-operative"}},
		{"the skip starts at the first token not kept whole", "co-operative job team-leader", 0, 1, VerdictFeminine, nil, []string{"co-operative"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Gender(tt.in)
			assert.Equal(t, tt.masculine, got.Masculine, "masculine")
			assert.Equal(t, tt.feminine, got.Feminine, "feminine")
			assert.Equal(t, tt.verdict, got.Verdict)
			var gotM, gotF []string
			for _, w := range got.Words {
				if w.Coding == Masculine {
					gotM = append(gotM, w.Word)
				} else {
					gotF = append(gotF, w.Word)
				}
			}
			assert.Equal(t, tt.masculineW, gotM)
			assert.Equal(t, tt.feminimW, gotF)
		})
	}
}

func TestGenderWordsAndPositions(t *testing.T) {
	text := "Leadership matters. We want a leader; a dominant LEADER who is supportive."
	got := Gender(text)
	require.Len(t, got.Words, 4)
	assert.Equal(t, CodedWord{Word: "leadership", Coding: Masculine, Stems: []string{"lead"}, Count: 1, Positions: []int{0},
		Alternatives: []string{"guidance", "mentoring", "ownership"}}, got.Words[0])
	assert.Equal(t, CodedWord{Word: "leader", Coding: Masculine, Stems: []string{"lead"}, Count: 2, Positions: []int{30, 49},
		Alternatives: []string{"mentor", "owner", "head"}}, got.Words[1])
	assert.Equal(t, CodedWord{Word: "dominant", Coding: Masculine, Stems: []string{"domina", "dominant"}, Count: 2, Positions: []int{40},
		Alternatives: []string{"excel in", "be strong in", "main", "major", "prevailing"}}, got.Words[2])
	assert.Equal(t, CodedWord{Word: "supportive", Coding: Feminine, Stems: []string{"support"}, Count: 1, Positions: []int{63},
		Alternatives: []string{}}, got.Words[3])
	for _, w := range got.Words {
		for _, p := range w.Positions {
			assert.True(t, strings.EqualFold(w.Word, text[p:p+len(w.Word)]), "%q at %d", w.Word, p)
		}
	}
	assert.Equal(t, 5, got.Masculine)
	assert.Equal(t, -4, got.Score)
	assert.Equal(t, VerdictStronglyMasculine, got.Verdict)
	assert.False(t, got.NeutralOrBetter())
	assert.Contains(t, got.Source, "Gaucher, Friesen & Kay (2011)")
}

func TestGenderPositionOfSplitPart(t *testing.T) {
	got := Gender("Our great servant-leader")
	require.Len(t, got.Words, 1)
	assert.Equal(t, []int{18}, got.Words[0].Positions)
}

func TestTechnicalCompounds(t *testing.T) {
	text := "We build event-driven services and make data-driven decisions."
	got := Gender(text)
	assert.Equal(t, 3, got.Masculine, "driven, driven and decisions count as gender-decoder counts them")
	assert.Equal(t, VerdictMasculine, got.Verdict)
	assert.Equal(t, 2, got.Technical)
	require.Len(t, got.Words, 3)
	assert.Equal(t, CodedWord{Word: "driven", Coding: Masculine, Stems: []string{"driven"}, Count: 1, Positions: []int{15},
		Alternatives: []string{}, Technical: "event-driven", Why: "a software architecture in which events start the processing",
		TermPositions: []int{9}}, got.Words[0])
	assert.Equal(t, "data-driven", got.Words[1].Technical)
	assert.Empty(t, got.Words[1].Alternatives)
	assert.Equal(t, "decisions", got.Words[2].Word)
	assert.NotEmpty(t, got.Words[2].Alternatives, "an ordinary coded word keeps its suggestions")
	assert.Contains(t, got.Summary, `2 of the 3 masculine-coded hits are parts of technical terms ("event-driven", "data-driven")`)
	assert.Contains(t, got.Summary, "without them the wording would be masculine-coded")

	one := Gender("Our systems are event-driven.")
	assert.Contains(t, one.Summary, `The masculine-coded hit is part of a technical term ("event-driven")`)
	assert.Contains(t, one.Summary, "without them the wording would be empty")

	tests := []struct {
		text      string
		technical string // the term, or "" when the coded word is no technical term
	}{
		{"We practise test-driven development", "test-driven"},
		{"Our apps are in Objective-C and Swift", "objective-c"},
		{"We use a brute-force search", "brute-force"},
		{"We run active-active replication", "active-active"},
		{"We fix flaky non-deterministic tests", "non-deterministic"},
		{"We use Domain-Driven Design", "domain-driven"},
		{"We implement two-phase-commit correctly", "two-phase-commit"},
		{"We build zero-trust networks", "zero-trust"},
		{"You are results-driven", ""},
		{"We are a mission-driven team", ""},
		{"You are self-driven", ""},
		{"You are self-reliant", ""},
		{"We want a great team-leader", ""},
		{"We value decision-making", ""},
		{"We have a data-driven-ish culture", "data-driven"},
		{"We love x-y-event-driven designs", "event-driven"},
		{"We like data driven work", ""},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			g := Gender(tt.text)
			require.NotEmpty(t, g.Words, "no coded word in %q", tt.text)
			var terms []string
			for _, w := range g.Words {
				if w.Technical != "" {
					terms = append(terms, w.Technical)
					assert.Empty(t, w.Alternatives)
				} else if w.Coding == Masculine {
					assert.NotEmpty(t, w.Alternatives, "%q lost its suggestions", w.Word)
				}
			}
			if tt.technical == "" {
				assert.Empty(t, terms)
				assert.Zero(t, g.Technical)
			} else {
				assert.Contains(t, terms, tt.technical)
			}
		})
	}
}

// TestEveryTechnicalTermIsFound puts each term of the list in a sentence
// and checks that its coded part is marked as that term, so no term is
// dead weight.
func TestEveryTechnicalTermIsFound(t *testing.T) {
	for _, term := range data.MustGenderWords().TechnicalCompounds.Terms {
		t.Run(term.Term, func(t *testing.T) {
			text := "We like " + term.Term + " work."
			g := Gender(text)
			found := false
			for _, w := range g.Words {
				if w.Technical == term.Term {
					found = true
					assert.Equal(t, term.Why, w.Why)
					require.Len(t, w.TermPositions, len(w.Positions))
					assert.Equal(t, 8, w.TermPositions[0])
				}
			}
			assert.True(t, found, "%q: %+v", term.Term, g.Words)
		})
	}
}

func TestGenderVerdictThresholds(t *testing.T) {
	tests := []struct {
		m, f int
		want string
	}{
		{0, 0, VerdictEmpty}, {1, 1, VerdictNeutral}, {0, 1, VerdictFeminine}, {0, 3, VerdictFeminine},
		{0, 4, VerdictStronglyFeminine}, {1, 0, VerdictMasculine}, {3, 0, VerdictMasculine},
		{4, 0, VerdictStronglyMasculine}, {6, 3, VerdictMasculine}, {7, 3, VerdictStronglyMasculine},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%dm%df", tt.m, tt.f), func(t *testing.T) {
			assert.Equal(t, tt.want, GenderVerdict(tt.m, tt.f))
		})
	}
}

func TestNeutralOrBetter(t *testing.T) {
	for verdict, want := range map[string]bool{
		VerdictStronglyFeminine: true, VerdictFeminine: true, VerdictNeutral: true, VerdictEmpty: true,
		VerdictMasculine: false, VerdictStronglyMasculine: false,
	} {
		assert.Equal(t, want, GenderResult{Verdict: verdict}.NeutralOrBetter(), verdict)
	}
}

// TestAlternativesAreNotCoded checks that no suggestion is itself coded,
// and that the common masculine stems of job ads have suggestions.
func TestAlternativesAreNotCoded(t *testing.T) {
	g := data.MustGenderWords()
	for _, s := range g.Alternatives.Stems {
		uses := slices.Clone(s.Use)
		for _, f := range s.Forms {
			uses = append(uses, f.Use...)
		}
		for _, u := range uses {
			got := Gender(u)
			assert.Equal(t, VerdictEmpty, got.Verdict, "suggestion %q for %q is coded: %v", u, s.Stem, got.Words)
		}
	}
	for _, stem := range g.Masculine {
		assert.NotEmpty(t, loadMatcher().alternativesFor(stem, []string{stem}), "no suggestion for masculine stem %q", stem)
	}
}

func TestDeHyphenMatchesPython(t *testing.T) {
	m := loadMatcher()
	for _, in := range []string{
		"Sharing, co-operative, 'servant-leader'",
		"a b-c d b-c e b-c",
		"x-y x-y", "x-y x-y x-y", "-a b-c", "-a -b c-d e-f", "co-op b-c", "a--b c-- --d",
		"self-confident co-operative team-leader team-leader", "a b c-d", "",
	} {
		toks := genderTokens(in)
		assert.Equal(t, pythonDeHyphen(m, toks), m.deHyphen(toks), in)
	}
}

func FuzzGender(f *testing.F) {
	for _, c := range data.MustGenderWords().PublishedTestCases {
		f.Add(c.Input)
	}
	f.Add("Job: team-leader wanted, team-leader!")
	f.Add("-lead co-operat-ive x-y x-y")
	f.Add("\xff\xfe lead\x00er dominant")
	f.Add("event-driven data-driven-driven Objective-C -driven x-y-event-driven two-phase-commit")
	m := loadMatcher()
	f.Fuzz(func(t *testing.T, text string) {
		toks := genderTokens(text)
		require.Equal(t, pythonDeHyphen(m, toks), m.deHyphen(toks))
		got := Gender(text)
		require.GreaterOrEqual(t, got.Masculine, 0)
		require.GreaterOrEqual(t, got.Feminine, 0)
		require.Equal(t, GenderVerdict(got.Masculine, got.Feminine), got.Verdict)
		require.Equal(t, got.Feminine-got.Masculine, got.Score)
		sum := map[string]int{}
		technical := 0
		for _, w := range got.Words {
			require.Equal(t, len(w.Positions)*len(w.Stems), w.Count)
			sum[w.Coding] += w.Count
			for i, p := range w.Positions {
				require.True(t, p >= 0 && p+len(w.Word) <= len(text))
				require.Equal(t, w.Word, strings.ToLower(text[p:p+len(w.Word)]))
				if w.Technical != "" {
					tp := w.TermPositions[i]
					require.True(t, tp >= 0 && tp <= p && p+len(w.Word) <= tp+len(w.Technical) && tp+len(w.Technical) <= len(text))
					require.Equal(t, w.Technical, strings.ToLower(text[tp:tp+len(w.Technical)]))
				}
			}
			if w.Technical != "" {
				require.Empty(t, w.Alternatives)
				require.Len(t, w.TermPositions, len(w.Positions))
				if w.Coding == Masculine {
					technical += w.Count
				}
			} else {
				require.Empty(t, w.TermPositions)
			}
		}
		require.Equal(t, got.Masculine, sum[Masculine])
		require.Equal(t, got.Feminine, sum[Feminine])
		require.Equal(t, technical, got.Technical)
	})
}

func ExampleGender() {
	g := Gender("We want a competitive, ambitious leader who is supportive.")
	fmt.Println(g.Masculine, g.Feminine, g.Verdict)
	for _, w := range g.Words {
		fmt.Printf("%s (%s) at %v, try: %s\n", w.Word, w.Coding, w.Positions, strings.Join(w.Alternatives, ", "))
	}
	// Output:
	// 3 1 masculine-coded
	// competitive (masculine) at [10], try: generous, market-rate, strong
	// ambitious (masculine) at [23], try: bold, far-reaching, eager
	// leader (masculine) at [33], try: mentor, owner, head
	// supportive (feminine) at [47], try:
}

func BenchmarkGender(b *testing.B) {
	text := strings.Repeat("We are a collaborative team looking for a senior backend engineer to lead our API work, "+
		"analyse performance and support co-operative, self-directed colleagues. ", 25)
	b.ReportAllocs()
	for b.Loop() {
		Gender(text)
	}
}

// TestGenderMatchesReferenceOutputs compares Gender with gender-decoder's
// own outputs, recorded by running its Python code on random texts.
func TestGenderMatchesReferenceOutputs(t *testing.T) {
	b, err := os.ReadFile("testdata/gender-decoder-outputs.json")
	require.NoError(t, err)
	var ref struct {
		Note  string `json:"note"`
		Cases []struct {
			Text      string   `json:"text"`
			Tokens    []string `json:"tokens"`
			Masculine int      `json:"masculine"`
			Feminine  int      `json:"feminine"`
			Verdict   string   `json:"verdict"`
		} `json:"cases"`
	}
	require.NoError(t, json.Unmarshal(b, &ref))
	require.GreaterOrEqual(t, len(ref.Cases), 300)
	m := loadMatcher()
	for i, c := range ref.Cases {
		t.Run(fmt.Sprint(i), func(t *testing.T) {
			assert.Equal(t, c.Tokens, words(m.deHyphen(genderTokens(c.Text))), "tokens of %q", c.Text)
			got := Gender(c.Text)
			assert.Equal(t, c.Masculine, got.Masculine, "masculine of %q", c.Text)
			assert.Equal(t, c.Feminine, got.Feminine, "feminine of %q", c.Text)
			assert.Equal(t, c.Verdict, got.Verdict, "verdict of %q", c.Text)
		})
	}
}
