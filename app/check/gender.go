package check

import (
	"fmt"
	"slices"
	"strconv"
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
	// Technical is how many of the Masculine hits are parts of technical
	// terms ("event-driven"): gender-decoder counts them, hirecalc marks
	// them (see CodedWord.Technical) and suggests no other word.
	Technical int `json:"technical"`
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
	// feminine-coded words, nor for technical terms).
	Alternatives []string `json:"alternatives"`
	// Technical is the hyphenated technical term the word is part of
	// ("event-driven" for "driven"), or empty. Such a word still counts,
	// as gender-decoder counts it, but names a method, not a trait of a
	// person, so no other word is suggested. Why says what the term
	// names, and TermPositions are the byte offsets of the term for each
	// of Positions (the term spans len(Technical) bytes and equals it
	// ignoring case).
	Technical     string `json:"technical,omitempty"`
	Why           string `json:"why,omitempty"`
	TermPositions []int  `json:"term_positions,omitempty"`
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
	// byFirst lists the stems of masculine and feminine by their first
	// byte, in list order, so that a token is compared only with the stems
	// it could start with.
	mascByFirst, femByFirst [256][]string
	hyphenated              []string
	// technical maps hirecalc's technical terms to what they name.
	technical  map[string]string
	exceptions map[string]bool
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
		technical:    map[string]string{},
		source:       "Word lists of gender-decoder by Kat Matfield (MIT licence), after " + g.Research,
		altSource:    g.Alternatives.Source,
	}
	for _, stem := range m.masculine {
		m.mascByFirst[stem[0]] = append(m.mascByFirst[stem[0]], stem)
	}
	for _, stem := range m.feminine {
		m.femByFirst[stem[0]] = append(m.femByFirst[stem[0]], stem)
	}
	for _, t := range g.TechnicalCompounds.Terms {
		m.technical[t.Term] = t.Why
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

// stemsOf returns the stems of a list that w starts with, in list order;
// byFirst is the list by first byte.
func stemsOf(w string, byFirst *[256][]string) []string {
	if w == "" {
		return nil
	}
	var stems []string
	for _, s := range byFirst[w[0]] {
		if strings.HasPrefix(w, s) {
			stems = append(stems, s)
		}
	}
	return stems
}

// technicalTerm returns the technical term of hirecalc's list that the
// coded part t of the token whole belongs to, what the term names and
// the byte offset of the term; "" when there is none.
func (m *matcher) technicalTerm(whole, t token) (term, why string, pos int) {
	if !strings.Contains(whole.word, "-") {
		return "", "", 0
	}
	parts := strings.Split(whole.word, "-")
	// The parts t covers: all of a token kept whole, else the one that
	// starts where t does.
	first, last := 0, len(parts)-1
	if strings.Contains(t.word, "-") {
		if t.pos != whole.pos || len(t.word) != len(whole.word) {
			return "", "", 0
		}
	} else {
		first = -1
		off := 0
		for i, p := range parts {
			if whole.pos+off == t.pos && len(p) == len(t.word) {
				first = i
				break
			}
			off += len(p) + 1
		}
		if first < 0 {
			return "", "", 0
		}
		last = first
	}
	for s := max(0, last-3); s <= first; s++ {
		for e := min(len(parts), s+4); e > last && e-s >= 2; e-- {
			cand := strings.Join(parts[s:e], "-")
			if why, ok := m.technical[cand]; ok {
				off := 0
				for _, p := range parts[:s] {
					off += len(p) + 1
				}
				return cand, why, whole.pos + off
			}
		}
	}
	return "", "", 0
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
	type key struct{ word, coding, term string }
	index := map[key]int{}
	whole := genderTokens(text)
	w := 0 // the token of whole that holds t
	technicalFeminine := 0
	for _, t := range m.deHyphen(whole) {
		for w+1 < len(whole) && whole[w+1].pos <= t.pos {
			w++
		}
		if t.word == "" || m.exceptions[t.word] {
			continue
		}
		for _, c := range [...]struct {
			coding  string
			byFirst *[256][]string
			count   *int
		}{{Masculine, &m.mascByFirst, &res.Masculine}, {Feminine, &m.femByFirst, &res.Feminine}} {
			stems := stemsOf(t.word, c.byFirst)
			if len(stems) == 0 {
				continue
			}
			*c.count += len(stems)
			term, why, termPos := m.technicalTerm(whole[w], t)
			if term != "" {
				if c.coding == Masculine {
					res.Technical += len(stems)
				} else {
					technicalFeminine += len(stems)
				}
			}
			k := key{t.word, c.coding, term}
			i, ok := index[k]
			if !ok {
				i = len(res.Words)
				index[k] = i
				alts := []string{}
				if c.coding == Masculine && term == "" {
					alts = m.alternativesFor(t.word, stems)
				}
				res.Words = append(res.Words, CodedWord{Word: t.word, Coding: c.coding, Stems: stems, Positions: []int{}, Alternatives: alts,
					Technical: term, Why: why})
			}
			res.Words[i].Count += len(stems)
			res.Words[i].Positions = append(res.Words[i].Positions, t.pos)
			if term != "" {
				res.Words[i].TermPositions = append(res.Words[i].TermPositions, termPos)
			}
		}
	}
	// Masculine words first, each group in order of first appearance.
	slices.SortStableFunc(res.Words, func(a, b CodedWord) int {
		return strings.Compare(b.Coding, a.Coding) // "masculine" > "feminine"
	})
	res.Score = res.Feminine - res.Masculine
	res.Verdict = GenderVerdict(res.Masculine, res.Feminine)
	res.Summary = genderSummaries[res.Verdict]
	if res.Technical > 0 {
		res.Summary += " " + technicalNote(res, technicalFeminine)
	}
	return res
}

// technicalNote says how many masculine-coded hits are technical terms
// and what the verdict would be without the technical terms.
func technicalNote(res GenderResult, technicalFeminine int) string {
	var terms []string
	for _, w := range res.Words {
		if w.Coding == Masculine && w.Technical != "" && !slices.Contains(terms, w.Technical) {
			terms = append(terms, w.Technical)
		}
	}
	quoted := make([]string, len(terms))
	for i, t := range terms {
		quoted[i] = strconv.Quote(t)
	}
	var which string
	switch {
	case res.Masculine == 1:
		which = "The masculine-coded hit is part of a technical term"
	case res.Technical == res.Masculine && res.Masculine == 2:
		which = "Both masculine-coded hits are parts of technical terms"
	case res.Technical == res.Masculine:
		which = fmt.Sprintf("All %d masculine-coded hits are parts of technical terms", res.Masculine)
	case res.Technical == 1:
		which = fmt.Sprintf("1 of the %d masculine-coded hits is part of a technical term", res.Masculine)
	default:
		which = fmt.Sprintf("%d of the %d masculine-coded hits are parts of technical terms", res.Technical, res.Masculine)
	}
	without := GenderVerdict(res.Masculine-res.Technical, res.Feminine-technicalFeminine)
	return fmt.Sprintf("%s (%s): gender-decoder counts them, but they name a method, not a trait of a person, so hirecalc suggests no other word for them; without them the wording would be %s.",
		which, strings.Join(quoted, ", "), without)
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
