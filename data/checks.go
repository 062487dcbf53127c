package data

import (
	_ "embed"
	"fmt"
	"slices"
	"strings"
	"sync"
)

// GenderWords is data/gender-coded-words.json: gender-decoder's word stems,
// its tokenising and scoring rules, its published test cases, the 2011
// paper's own list, and hirecalc's suggested replacements.
type GenderWords struct {
	// Provenance is gender-decoder, its commit and its MIT licence.
	Provenance Provenance `json:"provenance"`
	Title      string     `json:"title"`
	// Source names gender-decoder's file and commit, as the source gives it.
	Source string `json:"source"`
	// Research cites Gaucher, Friesen & Kay (2011).
	Research string `json:"research"`
	// Matching describes gender-decoder's algorithm in words.
	Matching string `json:"matching"`
	// MatchingQuirks describes where gender-decoder's code differs from
	// Matching; hirecalc follows the code.
	MatchingQuirks string `json:"matching_quirks"`
	// Masculine and Feminine are the word stems: a lower-case token that
	// starts with a stem is coded.
	Masculine []string `json:"masculine"`
	Feminine  []string `json:"feminine"`
	// PaperAppendixA is the paper's own list, for reference only.
	PaperAppendixA PaperWordList `json:"paper_appendix_a"`
	// HyphenatedCodedWords are the prefixes that keep a hyphenated token
	// whole.
	HyphenatedCodedWords []string `json:"hyphenated_coded_words"`
	// NonCodedExceptions are whole tokens that are never coded.
	NonCodedExceptions []string `json:"non_coded_exceptions"`
	// PublishedTestCases are gender-decoder's own test cases.
	PublishedTestCases []GenderTestCase `json:"published_test_cases"`
	// Alternatives are hirecalc's suggested replacements.
	Alternatives GenderAlternatives `json:"alternatives"`
	// TechnicalCompounds are hirecalc's list of hyphenated technical terms
	// whose coded parts get no suggestion.
	TechnicalCompounds TechnicalCompounds `json:"technical_compounds"`
}

// TechnicalCompounds lists hyphenated technical terms ("event-driven")
// that contain a coded stem: gender-decoder counts their parts, and
// hirecalc counts them too but marks them as technical terms and suggests
// no other word, because they name a method, not a trait of a person.
type TechnicalCompounds struct {
	// Source says whose list this is.
	Source string `json:"source"`
	// Note says how the list is used and what is left off it.
	Note string `json:"note"`
	// Terms are the terms, each with why it is technical.
	Terms []TechnicalTerm `json:"terms"`
}

// TechnicalTerm is one hyphenated technical term.
type TechnicalTerm struct {
	// Term is the term in lower case, with its hyphens ("event-driven").
	Term string `json:"term"`
	// Why says what the term names ("a software architecture ...").
	Why string `json:"why"`
}

// PaperWordList is the word list of Gaucher, Friesen & Kay (2011),
// Appendix A, as printed (an asterisk accepts any ending).
type PaperWordList struct {
	Source    string   `json:"source"`
	Masculine []string `json:"masculine"`
	Feminine  []string `json:"feminine"`
}

// GenderTestCase is one of gender-decoder's published test cases.
type GenderTestCase struct {
	Input     string `json:"input"`
	Masculine int    `json:"masculine"`
	Feminine  int    `json:"feminine"`
	// Coding is gender-decoder's verdict ("masculine-coded").
	Coding string `json:"coding"`
}

// GenderAlternatives are hirecalc's own suggestions for replacing coded
// words; they are neither gender-decoder's nor the paper's.
type GenderAlternatives struct {
	// Source says whose suggestions these are.
	Source string `json:"source"`
	// Note says how to use them.
	Note string `json:"note"`
	// Stems are the suggestions, one entry per coded stem.
	Stems []StemAlternative `json:"stems"`
}

// StemAlternative suggests replacements for the words matching one stem.
type StemAlternative struct {
	// Stem is a stem of the masculine or feminine list.
	Stem string `json:"stem"`
	// Use are replacements for any word matching the stem.
	Use []string `json:"use"`
	// Forms are replacements for particular words, which take precedence.
	Forms []FormAlternative `json:"forms,omitempty"`
}

// FormAlternative suggests replacements for one word.
type FormAlternative struct {
	// Word is a lower-case word that starts with the stem.
	Word string   `json:"word"`
	Use  []string `json:"use"`
}

// The verdicts of gender-decoder, in its own words.
var genderVerdicts = []string{
	"strongly feminine-coded", "feminine-coded", "neutral",
	"masculine-coded", "strongly masculine-coded", "empty",
}

var (
	//go:embed gender-coded-words.json
	genderJSON []byte

	genderOnce  sync.Once
	genderWords GenderWords
	genderErr   error
)

const genderFile = "gender-coded-words.json"

// LoadGenderWords returns the gender-coded word lists, parsed and
// validated once. The value is shared: do not modify it.
func LoadGenderWords() (GenderWords, error) {
	genderOnce.Do(func() { genderWords, genderErr = parseGenderWords(genderJSON) })
	return genderWords, genderErr
}

// MustGenderWords is like [LoadGenderWords] but panics if the embedded
// file is broken, which `go test ./data` rules out before a release.
func MustGenderWords() GenderWords {
	g, err := LoadGenderWords()
	if err != nil {
		panic(err)
	}
	return g
}

func parseGenderWords(b []byte) (GenderWords, error) {
	var g GenderWords
	if err := decode(genderFile, b, &g); err != nil {
		return GenderWords{}, err
	}
	if validateOnLoad {
		if err := g.validate(); err != nil {
			return GenderWords{}, fmt.Errorf("data: %s: %w", genderFile, err)
		}
	}
	return g, nil
}

// isStem reports whether s is a non-empty lower-case ASCII stem of letters
// and hyphens.
func isStem(s string) bool {
	if s == "" || s[0] == '-' {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; (c < 'a' || c > 'z') && c != '-' {
			return false
		}
	}
	return true
}

func (g GenderWords) validate() error {
	if err := g.Provenance.Validate(); err != nil {
		return err
	}
	if g.Source == "" || g.Research == "" || g.Matching == "" || g.MatchingQuirks == "" {
		return fmt.Errorf("source, research, matching and matching_quirks are required")
	}
	if !strings.Contains(g.Source, "MIT") {
		return fmt.Errorf("source %q does not name the MIT licence", g.Source)
	}
	lists := map[string][]string{"masculine": g.Masculine, "feminine": g.Feminine}
	for name, list := range lists {
		if len(list) < 20 {
			return fmt.Errorf("%s list has only %d stems", name, len(list))
		}
		seen := map[string]bool{}
		for _, s := range list {
			if !isStem(s) {
				return fmt.Errorf("%s stem %q is not lower-case letters and hyphens", name, s)
			}
			if seen[s] {
				return fmt.Errorf("%s stem %q appears twice", name, s)
			}
			seen[s] = true
		}
	}
	for _, s := range g.Masculine {
		if slices.Contains(g.Feminine, s) {
			return fmt.Errorf("stem %q is both masculine and feminine", s)
		}
	}
	for _, h := range g.HyphenatedCodedWords {
		if !isStem(h) || !strings.Contains(h, "-") {
			return fmt.Errorf("hyphenated coded word %q has no hyphen", h)
		}
		if !slices.Contains(g.Masculine, h) && !slices.Contains(g.Feminine, h) {
			return fmt.Errorf("hyphenated coded word %q is in neither list", h)
		}
	}
	for _, e := range g.NonCodedExceptions {
		if !isStem(e) {
			return fmt.Errorf("non-coded exception %q is not lower-case", e)
		}
	}
	if len(g.PaperAppendixA.Masculine) == 0 || len(g.PaperAppendixA.Feminine) == 0 || g.PaperAppendixA.Source == "" {
		return fmt.Errorf("paper_appendix_a is incomplete")
	}
	if len(g.PublishedTestCases) == 0 {
		return fmt.Errorf("no published test cases")
	}
	for _, c := range g.PublishedTestCases {
		if c.Input == "" || c.Masculine < 0 || c.Feminine < 0 || !slices.Contains(genderVerdicts, c.Coding) {
			return fmt.Errorf("published test case %q: bad counts or coding %q", c.Input, c.Coding)
		}
	}
	if err := g.Alternatives.validate(g); err != nil {
		return err
	}
	return g.TechnicalCompounds.validate(g)
}

func (tc TechnicalCompounds) validate(g GenderWords) error {
	if tc.Note == "" || !strings.Contains(tc.Source, "hirecalc") {
		return fmt.Errorf("technical_compounds: a note and a source that says they are hirecalc's are required")
	}
	seen := map[string]bool{}
	for _, t := range tc.Terms {
		if !isStem(t.Term) || !strings.Contains(t.Term, "-") || strings.HasSuffix(t.Term, "-") || strings.Contains(t.Term, "--") {
			return fmt.Errorf("technical_compounds: %q is not a lower-case hyphenated term", t.Term)
		}
		if seen[t.Term] {
			return fmt.Errorf("technical_compounds: %q appears twice", t.Term)
		}
		seen[t.Term] = true
		if strings.TrimSpace(t.Why) == "" {
			return fmt.Errorf("technical_compounds: %q does not say why it is technical", t.Term)
		}
		for _, h := range g.HyphenatedCodedWords {
			if strings.HasPrefix(t.Term, h) {
				return fmt.Errorf("technical_compounds: %q starts with the hyphenated coded word %q, which is a trait", t.Term, h)
			}
		}
		coded := false
		for _, part := range strings.Split(t.Term, "-") {
			for _, stem := range append(slices.Clip(g.Masculine), g.Feminine...) {
				coded = coded || strings.HasPrefix(part, stem)
			}
		}
		if !coded {
			return fmt.Errorf("technical_compounds: no part of %q starts with a coded stem", t.Term)
		}
	}
	return nil
}

func (a GenderAlternatives) validate(g GenderWords) error {
	if a.Source == "" || a.Note == "" {
		return fmt.Errorf("alternatives: source and note are required")
	}
	if !strings.Contains(a.Source, "hirecalc") {
		return fmt.Errorf("alternatives: source %q must say they are hirecalc's suggestions", a.Source)
	}
	seen := map[string]bool{}
	for _, s := range a.Stems {
		if !slices.Contains(g.Masculine, s.Stem) && !slices.Contains(g.Feminine, s.Stem) {
			return fmt.Errorf("alternatives: %q is not a stem of either list", s.Stem)
		}
		if seen[s.Stem] {
			return fmt.Errorf("alternatives: stem %q appears twice", s.Stem)
		}
		seen[s.Stem] = true
		if err := validUses(s.Stem, s.Use); err != nil {
			return err
		}
		for _, f := range s.Forms {
			if !strings.HasPrefix(f.Word, s.Stem) {
				return fmt.Errorf("alternatives: form %q does not start with stem %q", f.Word, s.Stem)
			}
			if err := validUses(f.Word, f.Use); err != nil {
				return err
			}
		}
	}
	return nil
}

func validUses(word string, use []string) error {
	if len(use) == 0 {
		return fmt.Errorf("alternatives: %q has no suggestion", word)
	}
	for _, u := range use {
		if strings.TrimSpace(u) == "" || u != strings.ToLower(u) {
			return fmt.Errorf("alternatives: %q has an empty or capitalised suggestion %q", word, u)
		}
	}
	return nil
}

// PayTransparency is data/pay-transparency.json: pay-transparency rules for
// job postings in selected jurisdictions, with their sources.
type PayTransparency struct {
	// Provenance is hirecalc's table, its date and its terms.
	Provenance Provenance `json:"provenance"`
	Title      string     `json:"title"`
	// Warning says the table is not legal advice and what it leaves out.
	Warning string `json:"warning"`
	// AsOf is the date of the table (YYYY-MM-DD).
	AsOf string `json:"as_of"`
	// Jurisdictions are the rules, one per jurisdiction.
	Jurisdictions []PayRule `json:"jurisdictions"`
	// ChecksNote says how the checks of each rule were derived.
	ChecksNote string `json:"checks_note"`
}

// PayRule is one jurisdiction's rule for job postings.
type PayRule struct {
	// ID is the jurisdiction's id in upper case ("US-CO"); hirecalc's
	// "where" key uses it in lower case.
	ID   string `json:"id"`
	Name string `json:"name"`
	// Law names the law, or is empty when the table does not name it.
	Law string `json:"law"`
	// InForce is the date the rule took or takes effect (YYYY-MM-DD).
	InForce string `json:"in_force"`
	// Employers says which employers are covered.
	Employers string `json:"employers"`
	// PostingMustInclude is what a posting must include, as summarised.
	PostingMustInclude []string `json:"posting_must_include"`
	// Notes are further details, or empty.
	Notes string `json:"notes,omitempty"`
	// Sources are the addresses the rule was summarised from.
	Sources []string `json:"sources"`
	// Checks are hirecalc's machine-readable reading of PostingMustInclude
	// and Notes.
	Checks []PayCheck `json:"checks"`
}

// The kinds of [PayCheck].
const (
	// CheckPay: a pay figure or range is stated (open-ended allowed).
	CheckPay = "pay"
	// CheckRange: a minimum and a maximum are stated (a single fixed
	// figure counts as both).
	CheckRange = "range"
	// CheckBenefits: benefits are described.
	CheckBenefits = "benefits"
	// CheckOtherCompensation: bonuses, commissions or other compensation
	// are described.
	CheckOtherCompensation = "other_compensation"
	// CheckCloseDate: the application close date is stated.
	CheckCloseDate = "close_date"
	// CheckMaxWidth: the range is at most MaxWidth wide, unless its top
	// exceeds ExemptAbove.
	CheckMaxWidth = "max_width"
)

var payCheckKinds = []string{CheckPay, CheckRange, CheckBenefits, CheckOtherCompensation, CheckCloseDate, CheckMaxWidth}

// PayCheck is one machine-checkable requirement of a [PayRule].
type PayCheck struct {
	// Kind is one of the Check constants ([CheckPay], ...).
	Kind string `json:"kind"`
	// Basis quotes the text of PostingMustInclude or Notes the check reads.
	Basis string `json:"basis"`
	// From is the date the requirement starts, when later than the rule's.
	From string `json:"from,omitempty"`
	// BeforeInterview is true when the rule also accepts giving the pay
	// before the interview instead of in the posting.
	BeforeInterview bool `json:"before_interview,omitempty"`
	// MaxWidth, ExemptAbove and Currency describe a [CheckMaxWidth] limit.
	MaxWidth    float64 `json:"max_width,omitempty"`
	ExemptAbove float64 `json:"exempt_above,omitempty"`
	Currency    string  `json:"currency,omitempty"`
}

var (
	//go:embed pay-transparency.json
	payTransparencyJSON []byte

	payTransparencyOnce sync.Once
	payTransparency     PayTransparency
	payTransparencyErr  error
)

const payTransparencyFile = "pay-transparency.json"

// LoadPayTransparency returns the pay-transparency rules, parsed and
// validated once. The value is shared: do not modify it.
func LoadPayTransparency() (PayTransparency, error) {
	payTransparencyOnce.Do(func() {
		payTransparency, payTransparencyErr = parsePayTransparency(payTransparencyJSON)
	})
	return payTransparency, payTransparencyErr
}

// MustPayTransparency is like [LoadPayTransparency] but panics if the
// embedded file is broken, which `go test ./data` rules out before a
// release.
func MustPayTransparency() PayTransparency {
	p, err := LoadPayTransparency()
	if err != nil {
		panic(err)
	}
	return p
}

// Rule returns the rule with the given id, in any case ("us-co").
func (p PayTransparency) Rule(id string) (PayRule, bool) {
	for _, r := range p.Jurisdictions {
		if strings.EqualFold(r.ID, id) {
			return r, true
		}
	}
	return PayRule{}, false
}

func parsePayTransparency(b []byte) (PayTransparency, error) {
	var p PayTransparency
	if err := decode(payTransparencyFile, b, &p); err != nil {
		return PayTransparency{}, err
	}
	if validateOnLoad {
		if err := p.validate(); err != nil {
			return PayTransparency{}, fmt.Errorf("data: %s: %w", payTransparencyFile, err)
		}
	}
	return p, nil
}

// fullDate reports whether s is a YYYY-MM-DD date.
func fullDate(s string) bool { return len(s) == 10 && datePattern.MatchString(s) }

func (p PayTransparency) validate() error {
	if err := p.Provenance.Validate(); err != nil {
		return err
	}
	if !fullDate(p.AsOf) || p.AsOf != p.Provenance.Date {
		return fmt.Errorf("as_of %q must be a YYYY-MM-DD date equal to the provenance date %q", p.AsOf, p.Provenance.Date)
	}
	if !strings.Contains(p.Warning, "Not legal advice") {
		return fmt.Errorf("warning %q must say \"Not legal advice\"", p.Warning)
	}
	if p.ChecksNote == "" || len(p.Jurisdictions) == 0 {
		return fmt.Errorf("checks_note and jurisdictions are required")
	}
	seen := map[string]bool{}
	for _, r := range p.Jurisdictions {
		if err := r.validate(); err != nil {
			return fmt.Errorf("rule %s: %w", r.ID, err)
		}
		if seen[r.ID] {
			return fmt.Errorf("rule %s appears twice", r.ID)
		}
		seen[r.ID] = true
	}
	return nil
}

func (r PayRule) validate() error {
	switch {
	case r.ID == "" || r.ID != strings.ToUpper(r.ID) || strings.ContainsAny(r.ID, " _"):
		return fmt.Errorf("id must be upper case without spaces")
	case r.Name == "" || r.Employers == "":
		return fmt.Errorf("name and employers are required")
	case !fullDate(r.InForce):
		return fmt.Errorf("in_force %q is not YYYY-MM-DD", r.InForce)
	case len(r.PostingMustInclude) == 0:
		return fmt.Errorf("posting_must_include is empty")
	case len(r.Sources) == 0:
		return fmt.Errorf("no sources")
	case len(r.Checks) == 0:
		return fmt.Errorf("no checks")
	}
	for _, s := range r.Sources {
		if !strings.HasPrefix(s, "https://") {
			return fmt.Errorf("source %q is not an https address", s)
		}
	}
	hasPay := false
	for _, c := range r.Checks {
		if !slices.Contains(payCheckKinds, c.Kind) {
			return fmt.Errorf("unknown check kind %q", c.Kind)
		}
		quoted := strings.Contains(r.Notes, c.Basis)
		for _, m := range r.PostingMustInclude {
			quoted = quoted || strings.Contains(m, c.Basis)
		}
		if c.Basis == "" || !quoted {
			return fmt.Errorf("%s check: basis %q does not quote posting_must_include or notes", c.Kind, c.Basis)
		}
		if c.From != "" && (!fullDate(c.From) || c.From < r.InForce) {
			return fmt.Errorf("%s check: from %q is not a date after in_force", c.Kind, c.From)
		}
		if (c.Kind == CheckMaxWidth) != (c.MaxWidth > 0) || (c.Kind == CheckMaxWidth) != ValidCurrency(c.Currency) {
			return fmt.Errorf("%s check: max_width and currency belong to, and are required by, max_width checks", c.Kind)
		}
		if c.ExemptAbove < 0 || (c.ExemptAbove > 0 && c.Kind != CheckMaxWidth) {
			return fmt.Errorf("%s check: exempt_above belongs to max_width checks", c.Kind)
		}
		if c.BeforeInterview && c.Kind != CheckPay {
			return fmt.Errorf("%s check: before_interview belongs to pay checks", c.Kind)
		}
		hasPay = hasPay || c.Kind == CheckPay || c.Kind == CheckRange
	}
	if !hasPay {
		return fmt.Errorf("no pay or range check")
	}
	return nil
}

// ReadabilityGuide is the readability guidance hirecalc checks job
// postings against: a recommended length, a recommended sentence length
// and the bands of the Flesch Reading Ease score. It is held here as Go
// rather than JSON because it is a handful of figures; each comes with its
// source.
type ReadabilityGuide struct {
	// Provenance is the source of the length and sentence-length ranges.
	Provenance Provenance `json:"provenance"`
	// MinWords and MaxWords are the recommended length of a posting.
	MinWords int `json:"min_words"`
	MaxWords int `json:"max_words"`
	// MinSentenceWords and MaxSentenceWords are the recommended average
	// sentence length, in words.
	MinSentenceWords float64 `json:"min_sentence_words"`
	MaxSentenceWords float64 `json:"max_sentence_words"`
	// BandsProvenance is the source of Bands.
	BandsProvenance Provenance `json:"bands_provenance"`
	// Bands are the Reading Ease bands, highest first: a score belongs to
	// the first band whose Min it reaches, or to the last band.
	Bands []ReadingEaseBand `json:"bands"`
}

// ReadingEaseBand is one band of Flesch Reading Ease scores.
type ReadingEaseBand struct {
	// Min is the lowest score of the band.
	Min float64 `json:"min"`
	// Label describes the text ("plain English").
	Label string `json:"label"`
	// School is the US school level that reads it easily.
	School string `json:"school"`
}

var readabilityGuide = ReadabilityGuide{
	Provenance: Provenance{
		Source:   "Paycor Recruiting help: How to modify a job description's readability score",
		URL:      "https://knowledge.paycor.com/recruiting-how-to-modify-a-job-descriptions-readability-score",
		Date:     "2024-05-13",
		Accessed: "2026-11-27",
		Licence:  "facts (two ranges), cited; no text copied",
	},
	MinWords:         300,
	MaxWords:         700,
	MinSentenceWords: 8,
	MaxSentenceWords: 13,
	BandsProvenance: Provenance{
		Source:   "Paycor Recruiting help: readability scores of job descriptions (Flesch Reading Ease rubric, after Flesch 1948)",
		URL:      "https://knowledge.paycor.com/recruiting-readability-scores-of-job-descriptions",
		Date:     "undated",
		Accessed: "2026-11-27",
		Licence:  "facts (score bands), cited; no text copied",
	},
	Bands: []ReadingEaseBand{
		{90, "very easy", "5th grade"},
		{80, "easy", "6th grade"},
		{70, "fairly easy", "7th grade"},
		{60, "plain English", "8th and 9th grade"},
		{50, "fairly difficult", "10th to 12th grade"},
		{30, "difficult", "college"},
		{10, "very difficult", "college graduate"},
		{0, "extremely difficult", "professional"},
	},
}

// Readability returns the readability guidance (validated by the
// package's tests). The value is shared: do not modify it.
func Readability() ReadabilityGuide { return readabilityGuide }

func (r ReadabilityGuide) validate() error {
	for _, p := range []Provenance{r.Provenance, r.BandsProvenance} {
		if err := p.Validate(); err != nil {
			return err
		}
	}
	if r.MinWords <= 0 || r.MaxWords <= r.MinWords || r.MinSentenceWords <= 0 || r.MaxSentenceWords <= r.MinSentenceWords {
		return fmt.Errorf("readability: bad ranges")
	}
	if len(r.Bands) == 0 || r.Bands[len(r.Bands)-1].Min != 0 {
		return fmt.Errorf("readability: the last band must start at 0")
	}
	for i, b := range r.Bands {
		if b.Label == "" || b.School == "" || (i > 0 && b.Min >= r.Bands[i-1].Min) {
			return fmt.Errorf("readability: band %d is unlabelled or out of order", i)
		}
	}
	return nil
}
