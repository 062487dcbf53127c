package check

import (
	"slices"
	"strings"
	"sync"

	"hirecalc/data"
)

// The verdicts of [Gender], in gender-decoder's own words.
const (
	VerdictStronglyFeminine  = "strongly feminine-coded"
	VerdictFeminine          = "feminine-coded"
	VerdictNeutral           = "neutral"
	VerdictMasculine         = "masculine-coded"
	VerdictStronglyMasculine = "strongly masculine-coded"
	VerdictEmpty             = "empty"
)

// The codings of a [CodedWord].
const (
	Masculine = "masculine"
	Feminine  = "feminine"
)

// GenderResult is the gender-coded wording check of one text.
type GenderResult struct {
	// Masculine and Feminine are gender-decoder's counts: one per token and
	// matching stem, so a token matching two stems counts twice.
	Masculine int `json:"masculine"`
	Feminine  int `json:"feminine"`
	// Score is Feminine minus Masculine.
	Score int `json:"score"`
	// Verdict is gender-decoder's verdict for the counts, in its words
	// (one of the Verdict constants).
	Verdict string `json:"verdict"`
	// Summary explains the verdict in a sentence.
	Summary string `json:"summary"`
	// Words are the coded words found: masculine words first, each group in
	// order of first appearance.
	Words []CodedWord `json:"words"`
	// Source credits the word lists and the research.
	Source string `json:"source"`
	// AlternativesSource says whose the suggested alternatives are.
	AlternativesSource string `json:"alternatives_source"`
}

// CodedWord is one coded word of a text and where it occurs.
type CodedWord struct {
	// Word is the token as gender-decoder sees it: lower case, cut at
	// punctuation, and cut at hyphens unless it starts with a hyphenated
	// coded stem ("co-operative" stays whole).
	Word string `json:"word"`
	// Coding is [Masculine] or [Feminine].
	Coding string `json:"coding"`
	// Stems are the stems the word starts with; usually one, two for a
	// word such as "dominant" (stems "domina" and "dominant").
	Stems []string `json:"stems"`
	// Count is what the word adds to its coding's count: its occurrences
	// times its stems.
	Count int `json:"count"`
	// Positions are the byte offsets in the text of each occurrence; the
	// occurrence spans len(Word) bytes and equals Word ignoring case.
	Positions []int `json:"positions"`
	// Alternatives are hirecalc's suggested replacements (none for
	// feminine-coded words).
	Alternatives []string `json:"alternatives"`
}

// NeutralOrBetter reports whether the verdict is neither masculine-coded
// nor strongly masculine-coded: the research finds masculine-coded wording
// puts women off, while feminine-coded wording has only a slight effect on
// men.
func (g GenderResult) NeutralOrBetter() bool {
	return g.Verdict != VerdictMasculine && g.Verdict != VerdictStronglyMasculine
}

// GenderVerdict returns gender-decoder's verdict for the counts of
// masculine-coded and feminine-coded words.
func GenderVerdict(masculine, feminine int) string {
	switch score := feminine - masculine; {
	case score == 0 && feminine > 0:
		return VerdictNeutral
	case score == 0:
		return VerdictEmpty
	case score > 3:
		return VerdictStronglyFeminine
	case score > 0:
		return VerdictFeminine
	case score < -3:
		return VerdictStronglyMasculine
	}
	return VerdictMasculine
}

var genderSummaries = map[string]string{
	VerdictStronglyFeminine:  "Many more feminine-coded than masculine-coded words: the research finds this has only a slight effect on men and encourages women to apply.",
	VerdictFeminine:          "More feminine-coded than masculine-coded words: the research finds this has only a slight effect on men and encourages women to apply.",
	VerdictNeutral:           "As many feminine-coded as masculine-coded words: unlikely to put men or women off.",
	VerdictMasculine:         "More masculine-coded than feminine-coded words: the research finds this may put women off applying.",
	VerdictStronglyMasculine: "Many more masculine-coded than feminine-coded words: the research finds this may put women off applying.",
	VerdictEmpty:             "No gender-coded words: unlikely to put men or women off.",
}

// matcher is the word lists prepared for matching.
type matcher struct {
	masculine, feminine []string
	hyphenated          []string
	exceptions          map[string]bool
	// alternatives maps a stem, or "stem word" for a particular form, to
	// suggested replacements.
	alternatives map[string][]string
	source       string
	altSource    string
}

var loadMatcher = sync.OnceValue(func() *matcher {
	g := data.MustGenderWords()
	m := &matcher{
		masculine:    g.Masculine,
		feminine:     g.Feminine,
		hyphenated:   g.HyphenatedCodedWords,
		exceptions:   map[string]bool{},
		alternatives: map[string][]string{},
		source:       "Word lists of gender-decoder by Kat Matfield (MIT licence), after " + g.Research,
		altSource:    g.Alternatives.Source,
	}
	for _, e := range g.NonCodedExceptions {
		m.exceptions[e] = true
	}
	for _, s := range g.Alternatives.Stems {
		m.alternatives[s.Stem] = s.Use
		for _, f := range s.Forms {
			m.alternatives[s.Stem+" "+f.Word] = f.Use
		}
	}
	return m
})

// token is one word of gender-decoder's word list and its byte offset in
// the text.
type token struct {
	word string
	pos  int
}

// isSeparator reports whether gender-decoder turns the byte into a space:
// any non-ASCII character (every byte of one), Python's ASCII whitespace
// (including the separators \x1c to \x1f) and the punctuation
// . , < > * ? ! " [ ] @ ' : ; ( ) / &.
func isSeparator(c byte) bool {
	if c >= 0x80 || c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f) {
		return true
	}
	return strings.IndexByte(`.,<>*?!"[]@':;()/&`, c) >= 0
}

// genderTokens splits text into lower-case tokens the way
// gender-decoder's clean_up_word_list does, before the hyphen rule.
func genderTokens(text string) []token {
	var toks []token
	start := -1
	for i := 0; i <= len(text); i++ {
		if i < len(text) && !isSeparator(text[i]) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			toks = append(toks, token{strings.ToLower(text[start:i]), start})
			start = -1
		}
	}
	return toks
}

// keepWhole reports whether gender-decoder leaves a token unsplit at its
// hyphens: it starts with a hyphenated coded word, or it starts with a
// hyphen (Python's word.find("-") is then 0, which is false).
func (m *matcher) keepWhole(w string) bool {
	if strings.HasPrefix(w, "-") {
		return true
	}
	for _, h := range m.hyphenated {
		if strings.HasPrefix(w, h) {
			return true
		}
	}
	return false
}

// deHyphen applies gender-decoder's de_hyphen_non_coded_words, quirks
// included, in linear time. The Python loop removes an item from the list
// it iterates over once (at the first token it may split), so the next
// token is never visited; when a later token equals that skipped one,
// list.index finds the earlier copy first, so the copy left whole is the
// last one. The test file holds a line-by-line port of the Python that
// fuzzing compares with this function.
func (m *matcher) deHyphen(toks []token) []token {
	skip := -1
	for k, t := range toks {
		if m.keepWhole(t.word) {
			continue
		}
		if k+1 < len(toks) && !m.keepWhole(toks[k+1].word) && strings.Contains(toks[k+1].word, "-") {
			skip = k + 1
			for j := k + 2; j < len(toks); j++ {
				if toks[j].word == toks[k+1].word {
					skip = j
				}
			}
		}
		break
	}
	out := make([]token, 0, len(toks))
	for i, t := range toks {
		if i == skip || m.keepWhole(t.word) || !strings.Contains(t.word, "-") {
			out = append(out, t)
			continue
		}
		pos := t.pos
		for part := range strings.SplitSeq(t.word, "-") {
			out = append(out, token{part, pos})
			pos += len(part) + 1
		}
	}
	return out
}

// stemsOf returns the stems of list that w starts with.
func stemsOf(w string, list []string) []string {
	var stems []string
	for _, s := range list {
		if strings.HasPrefix(w, s) {
			stems = append(stems, s)
		}
	}
	return stems
}

// Gender checks text for gender-coded wording exactly as gender-decoder
// (github.com/lovedaybrooke/gender-decoder) does, so the counts and the
// verdict equal gender-decoder's on the same text, and lists each coded
// word with its positions and hirecalc's suggested alternatives.
//
// The algorithm, from gender-decoder's app/models.py: every non-ASCII
// character becomes a space (so an en dash separates words), then
// whitespace and the characters . , < > * ? ! " [ ] @ ' : ; ( ) / & do;
// the text is split into lower-case tokens; a token containing a hyphen is
// split at its hyphens unless it starts with a hyphenated coded word such
// as "co-operat" ("co-operative" stays whole, "servant-leader" becomes
// "servant" and "leader"). A token counts once for each stem of a list it
// starts with ("dominant" counts twice: "domina" and "dominant"), unless it
// is a non-coded exception ("sharepoint"). The verdict follows from
// feminine minus masculine (see [GenderVerdict]).
//
// Gender reproduces two quirks of gender-decoder's code (described in
// data/gender-coded-words.json as matching_quirks), because the aim is the
// reference tool's verdict: a token starting with a hyphen is never split,
// and the token right after the first token that is not kept whole is not
// split either ("Job: team-leader wanted" counts no "leader").
//
// Positions are byte offsets into text, so a caller can highlight
// text[p:p+len(Word)].
func Gender(text string) GenderResult {
	m := loadMatcher()
	res := GenderResult{Words: []CodedWord{}, Source: m.source, AlternativesSource: m.altSource}
	type key struct{ word, coding string }
	index := map[key]int{}
	for _, t := range m.deHyphen(genderTokens(text)) {
		if t.word == "" || m.exceptions[t.word] {
			continue
		}
		for _, c := range [...]struct {
			coding string
			list   []string
			count  *int
		}{{Masculine, m.masculine, &res.Masculine}, {Feminine, m.feminine, &res.Feminine}} {
			stems := stemsOf(t.word, c.list)
			if len(stems) == 0 {
				continue
			}
			*c.count += len(stems)
			k := key{t.word, c.coding}
			i, ok := index[k]
			if !ok {
				i = len(res.Words)
				index[k] = i
				alts := []string{}
				if c.coding == Masculine {
					alts = m.alternativesFor(t.word, stems)
				}
				res.Words = append(res.Words, CodedWord{Word: t.word, Coding: c.coding, Stems: stems, Positions: []int{}, Alternatives: alts})
			}
			res.Words[i].Count += len(stems)
			res.Words[i].Positions = append(res.Words[i].Positions, t.pos)
		}
	}
	// Masculine words first, each group in order of first appearance.
	slices.SortStableFunc(res.Words, func(a, b CodedWord) int {
		return strings.Compare(b.Coding, a.Coding) // "masculine" > "feminine"
	})
	res.Score = res.Feminine - res.Masculine
	res.Verdict = GenderVerdict(res.Masculine, res.Feminine)
	res.Summary = genderSummaries[res.Verdict]
	return res
}

// alternativesFor returns hirecalc's suggestions for a masculine-coded
// word: the suggestions for that very word when there are some, else those
// for its stems, without duplicates.
func (m *matcher) alternativesFor(word string, stems []string) []string {
	alts := []string{}
	for _, s := range stems {
		use, ok := m.alternatives[s+" "+word]
		if !ok {
			use = m.alternatives[s]
		}
		for _, u := range use {
			if !slices.Contains(alts, u) {
				alts = append(alts, u)
			}
		}
	}
	return alts
}
