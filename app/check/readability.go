package check

import (
	"fmt"
	"math"
	"strings"
	"unicode"
	"unicode/utf8"

	"hirecalc/data"
)

// The statuses of a [Gauge].
const (
	StatusBelow  = "below"  // under the recommended range
	StatusWithin = "within" // in the recommended range
	StatusAbove  = "above"  // over the recommended range
	StatusNone   = "none"   // nothing to measure (no sentences)
)

// Gauge is one measure of a text against a recommended range.
type Gauge struct {
	// Value is the measure.
	Value float64 `json:"value"`
	// Min and Max are the recommended range.
	Min float64 `json:"min"`
	Max float64 `json:"max"`
	// Status says where Value lies: one of the Status constants.
	Status string `json:"status"`
	// Message says so in plain words, with what to do.
	Message string `json:"message"`
}

// ReadabilityResult is the readability check of one text.
type ReadabilityResult struct {
	// Words, Sentences and Syllables are the counts the scores use.
	Words     int `json:"words"`
	Sentences int `json:"sentences"`
	Syllables int `json:"syllables"`
	// WordsPerSentence is the average sentence length, to one decimal.
	WordsPerSentence float64 `json:"words_per_sentence"`
	// SyllablesPerWord is the average word length, to two decimals.
	SyllablesPerWord float64 `json:"syllables_per_word"`
	// FleschReadingEase is 206.835 − 1.015·(words/sentences) −
	// 84.6·(syllables/words), to one decimal: higher is easier; it can fall
	// below 0 or rise above 100. It is 0 for a text without words.
	FleschReadingEase float64 `json:"flesch_reading_ease"`
	// FleschKincaidGrade is 0.39·(words/sentences) + 11.8·(syllables/words)
	// − 15.59, to one decimal: the US school grade that reads the text
	// easily. It is 0 for a text without words.
	FleschKincaidGrade float64 `json:"flesch_kincaid_grade"`
	// Band labels the Reading Ease score ("plain English"); empty for a
	// text without words.
	Band string `json:"band"`
	// School is the band's US school level ("8th and 9th grade").
	School string `json:"school"`
	// Length is the word count against the recommended length.
	Length Gauge `json:"length"`
	// SentenceLength is the average sentence length against the
	// recommended range.
	SentenceLength Gauge `json:"sentence_length"`
	// Sources cite the recommended ranges and the bands.
	Sources []data.Provenance `json:"sources"`
}

// Readability measures a job description: words, sentences, syllables,
// the Flesch Reading Ease score and the Flesch-Kincaid grade, and how its
// length and sentence length compare with what job-posting guides
// recommend (see [data.Readability]).
//
// The text may be plain text or Markdown. Counting rules:
//   - Markdown headings (#), list items (-, *, +, •, 1.), blank lines and
//     lines ending with a colon end a sentence, as do ., ! and ? before a
//     space or the end of the text. "e.g.", "i.e.", "etc." and "vs." do
//     not end one; neither does a full stop inside a word ("Node.js",
//     "3.5").
//   - Emphasis marks, backticks and the address of a Markdown link are
//     dropped; URLs and e-mail addresses are not words.
//   - A word is a whitespace-separated token with a letter or a digit;
//     "full-time" and "CI/CD" are one word each.
//   - Syllables are counted by [Syllables] on each run of letters of a
//     word ("full-time" = full + time = 2); a word of digits only
//     ("2026") counts one syllable. A run of 2 to 5 capitals, perhaps
//     with a plural s, is read letter by letter ("API" = 3, "AWS" = 5,
//     "APIs" = 3), except words read as words ("REST", "JSON") and in a
//     block written all in capitals (a shouted heading).
//
// An empty text gives zero counts and scores, never NaN.
func Readability(text string) ReadabilityResult {
	guide := data.Readability()
	res := ReadabilityResult{Sources: []data.Provenance{guide.Provenance, guide.BandsProvenance}}
	for _, block := range markdownBlocks(text) {
		shouted := !strings.ContainsFunc(block, unicode.IsLower)
		inSentence := false
		fields := strings.Fields(block)
		for i, f := range fields {
			w, end := wordOf(f)
			if w != "" {
				res.Words++
				res.Syllables += wordSyllables(w, !shouted)
				inSentence = true
			}
			if end && inSentence && !isAbbreviation(f) && i < len(fields)-1 {
				res.Sentences++
				inSentence = false
			}
		}
		if inSentence {
			res.Sentences++
		}
	}
	res.Length = gauge(float64(res.Words), float64(guide.MinWords), float64(guide.MaxWords),
		fmt.Sprintf("The posting is short (%d words): job-posting guides recommend at least %d; say more about the work, the team and the pay.", res.Words, guide.MinWords),
		fmt.Sprintf("The length (%d words) is within the %d to %d words job-posting guides recommend.", res.Words, guide.MinWords, guide.MaxWords),
		fmt.Sprintf("The posting is long (%d words): job-posting guides recommend at most %d; cut what candidates do not need to decide.", res.Words, guide.MaxWords))
	if res.Words == 0 {
		res.SentenceLength = Gauge{Min: guide.MinSentenceWords, Max: guide.MaxSentenceWords, Status: StatusNone, Message: "There are no sentences to measure."}
		return res
	}
	wps := float64(res.Words) / float64(res.Sentences)
	spw := float64(res.Syllables) / float64(res.Words)
	res.WordsPerSentence = round(wps, 1)
	res.SyllablesPerWord = round(spw, 2)
	res.FleschReadingEase = round(206.835-1.015*wps-84.6*spw, 1)
	res.FleschKincaidGrade = round(0.39*wps+11.8*spw-15.59, 1)
	band := guide.Bands[len(guide.Bands)-1]
	for _, b := range guide.Bands {
		if res.FleschReadingEase >= b.Min {
			band = b
			break
		}
	}
	res.Band, res.School = band.Label, band.School
	res.SentenceLength = gauge(res.WordsPerSentence, guide.MinSentenceWords, guide.MaxSentenceWords,
		fmt.Sprintf("Sentences are short (%g words on average): guides recommend %g to %g; join a few related ones.", res.WordsPerSentence, guide.MinSentenceWords, guide.MaxSentenceWords),
		fmt.Sprintf("The average sentence (%g words) is within the %g to %g words guides recommend.", res.WordsPerSentence, guide.MinSentenceWords, guide.MaxSentenceWords),
		fmt.Sprintf("Sentences are long (%g words on average): guides recommend at most %g; split the longest ones.", res.WordsPerSentence, guide.MaxSentenceWords))
	return res
}

// gauge compares value with [lo, hi] and sets the message for its status.
func gauge(value, lo, hi float64, below, within, above string) Gauge {
	g := Gauge{Value: value, Min: lo, Max: hi, Status: StatusWithin, Message: within}
	switch {
	case value < lo:
		g.Status, g.Message = StatusBelow, below
	case value > hi:
		g.Status, g.Message = StatusAbove, above
	}
	return g
}

func round(v float64, decimals int) float64 {
	p := math.Pow(10, float64(decimals))
	return math.Round(v*p) / p
}

// markdownBlocks splits text into blocks whose ends are sentence ends:
// headings, list items, lines ending with a colon, and paragraphs (runs of
// other lines). Markdown markers, emphasis, backticks and link addresses
// are removed.
func markdownBlocks(text string) []string {
	var blocks []string
	var para strings.Builder
	flush := func() {
		if para.Len() > 0 {
			blocks = append(blocks, para.String())
			para.Reset()
		}
	}
	for line := range strings.Lines(text) {
		line = strings.TrimSpace(line)
		if line == "" {
			flush()
			continue
		}
		if rest, ok := listOrHeading(line); ok {
			flush()
			blocks = append(blocks, cleanInline(rest))
			continue
		}
		if para.Len() > 0 {
			para.WriteByte(' ')
		}
		para.WriteString(cleanInline(line))
		if strings.HasSuffix(line, ":") {
			flush()
		}
	}
	flush()
	return blocks
}

// listOrHeading strips a Markdown heading or list marker from a line and
// reports whether there was one.
func listOrHeading(line string) (string, bool) {
	if strings.HasPrefix(line, "#") {
		rest := strings.TrimLeft(line, "#")
		if len(line)-len(rest) <= 6 && (rest == "" || rest[0] == ' ') {
			return strings.TrimSpace(rest), true
		}
	}
	for _, m := range []string{"- ", "* ", "+ ", "• "} {
		if rest, ok := strings.CutPrefix(line, m); ok {
			return strings.TrimSpace(rest), true
		}
	}
	digits := len(line) - len(strings.TrimLeft(line, "0123456789"))
	if digits > 0 && digits <= 3 && len(line) > digits+1 && (line[digits] == '.' || line[digits] == ')') && line[digits+1] == ' ' {
		return strings.TrimSpace(line[digits+2:]), true
	}
	return line, false
}

// cleanInline removes emphasis marks, backticks and Markdown link
// addresses ("[text](url)" becomes "text").
func cleanInline(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '*' || c == '`':
			continue
		case c == ']' && i+1 < len(s) && s[i+1] == '(':
			if j := strings.IndexByte(s[i+1:], ')'); j >= 0 {
				i += j + 1
				continue
			}
		case c == '[':
			continue
		}
		b.WriteByte(c)
	}
	return b.String()
}

// wordOf returns the word of a whitespace-separated field, with the
// punctuation around it removed, or "" when the field is not a word (no
// letter or digit, a URL, an e-mail address); end reports whether the
// field ends a sentence (it ends with ., ! or ? before closing quotes and
// brackets).
func wordOf(field string) (word string, end bool) {
	trimmed := strings.TrimRight(field, `"')]}”’»`)
	end = strings.HasSuffix(trimmed, ".") || strings.HasSuffix(trimmed, "!") || strings.HasSuffix(trimmed, "?") || strings.HasSuffix(trimmed, "…")
	lower := strings.ToLower(field)
	if strings.Contains(lower, "://") || strings.HasPrefix(lower, "www.") || strings.Contains(lower, "@") {
		return "", end
	}
	word = strings.TrimFunc(field, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	return word, end
}

// isAbbreviation reports whether a field is an abbreviation whose full
// stop does not end a sentence.
func isAbbreviation(field string) bool {
	switch strings.ToLower(strings.TrimLeft(field, `"'([{“‘`)) {
	case "e.g.", "i.e.", "etc.", "vs.", "e.g.,", "i.e.,", "etc.,":
		return true
	}
	return false
}

// wordSyllables counts the syllables of a word: the sum over its runs of
// letters, at least 1. acronyms enables spelling out short all-capital
// runs ("API" = 3).
func wordSyllables(w string, acronyms bool) int {
	n := 0
	start := -1
	for i := 0; i <= len(w); {
		r, size := rune(0), 1
		if i < len(w) {
			r, size = utf8.DecodeRuneInString(w[i:])
		}
		if i < len(w) && unicode.IsLetter(r) {
			if start < 0 {
				start = i
			}
		} else if start >= 0 {
			run := w[start:i]
			if acronyms && isAcronym(run) {
				n += spelledSyllables(run)
			} else {
				n += Syllables(run)
			}
			start = -1
		}
		i += size
	}
	return max(n, 1)
}

// acronymsReadAsWords are all-capital words read as words, not letters.
var acronymsReadAsWords = map[string]bool{
	"REST": true, "JSON": true, "YAML": true, "CRUD": true, "NASA": true, "SCRUM": true, "AJAX": true, "GIF": true,
	"SAAS": true, "PAAS": true,
}

// isAcronym reports whether a run of letters is 2 to 5 capitals read
// letter by letter, perhaps with a plural s ("APIs").
func isAcronym(run string) bool {
	run = strings.TrimSuffix(run, "s")
	if len(run) < 2 || len(run) > 5 || acronymsReadAsWords[run] {
		return false
	}
	for i := 0; i < len(run); i++ {
		if run[i] < 'A' || run[i] > 'Z' {
			return false
		}
	}
	return true
}

// spelledSyllables counts the syllables of capitals read one by one: one
// each, three for W ("double-u"); a plural s adds none.
func spelledSyllables(run string) int {
	run = strings.TrimSuffix(run, "s")
	return len(run) + 2*strings.Count(run, "W")
}

// syllableExceptions are common job-posting words the rules of
// [Syllables] get wrong.
var syllableExceptions = map[string]int{
	"business": 2, "businesses": 3, "every": 2, "everything": 3, "someone": 2, "something": 2,
	"sometimes": 2, "somewhere": 2, "therefore": 2, "codebase": 2, "codebases": 3, "lifecycle": 3,
	"area": 3, "areas": 3, "idea": 3, "ideas": 3, "create": 2, "created": 3, "creates": 2, "creating": 3,
	"creative": 3, "creativity": 5, "creation": 3, "creator": 3, "react": 2, "reuse": 2, "reused": 2,
	"cooperate": 4, "cooperative": 4, "cooperation": 5, "coordinate": 4, "coordination": 5,
	"being": 2, "seeing": 2, "doing": 2, "going": 2, "quiet": 2, "diet": 2, "fluid": 2,
	"typescript": 2, "json": 2, "yaml": 2, "prior": 2, "ideal": 3, "ideally": 4, "stakeholder": 3,
	"stakeholders": 3, "kubernetes": 4, "postgresql": 4, "graphql": 3, "mysql": 3, "nosql": 3,
}

// Syllables counts the syllables of one English word with a deterministic
// heuristic (after an exceptions table of common job-posting words):
// groups of vowels count one each, y being a vowel except at the start
// of a word or before another vowel; a silent final e, a silent -es and a
// silent -ed are taken off; a final consonant + le keeps its syllable;
// "ia" (not in -cia, -tia), "io" (not before n or r, nor after t, s, c,
// x or g), "iu", "uou", "ua" (not after q or g),
// "eo" (not in "peo"), -ience, -ient (not after c or t), -ier, -iest and
// -ism add the syllable the vowel groups miss. A word without letters, or
// one the rules bring below 1, counts 1.
func Syllables(word string) int {
	w := strings.ToLower(word)
	if n, ok := syllableExceptions[w]; ok {
		return n
	}
	// Keep letters only; accented vowels count as vowels.
	var b strings.Builder
	for _, r := range w {
		switch r {
		case 'à', 'á', 'â', 'ä', 'ã', 'å':
			r = 'a'
		case 'è', 'é', 'ê', 'ë':
			r = 'e'
		case 'ì', 'í', 'î', 'ï':
			r = 'i'
		case 'ò', 'ó', 'ô', 'ö', 'õ':
			r = 'o'
		case 'ù', 'ú', 'û', 'ü':
			r = 'u'
		}
		if unicode.IsLetter(r) {
			b.WriteRune(r)
		}
	}
	w = b.String()
	if w == "" {
		return 1
	}
	if n, ok := syllableExceptions[w]; ok {
		return n
	}
	vowel := func(i int) bool {
		if i < 0 || i >= len(w) {
			return false
		}
		switch w[i] {
		case 'a', 'e', 'i', 'o', 'u':
			return true
		case 'y':
			// y is a consonant at the start and before a vowel ("you",
			// "player").
			return i > 0 && !(i+1 < len(w) && strings.IndexByte("aeiou", w[i+1]) >= 0)
		}
		return false
	}
	n := 0
	for i := 0; i < len(w); i++ {
		if vowel(i) && !vowel(i-1) {
			n++
		}
	}
	l := len(w)
	ends := func(s string) bool { return strings.HasSuffix(w, s) }
	consonantAt := func(i int) bool { return i >= 0 && i < l && !vowel(i) }
	switch {
	case ends("que") && l > 4:
		n--
	case ends("le") && l > 2 && consonantAt(l-3):
		// table, simple: the -le is a syllable.
	case ends("e") && l > 2 && consonantAt(l-2):
		n-- // make, architecture
	case ends("es") && l > 3 && consonantAt(l-3) && strings.IndexByte("sxzcg", w[l-3]) < 0 &&
		!ends("ches") && !ends("shes") && !(ends("les") && consonantAt(l-4)):
		n-- // makes, types (not boxes, services, tables)
	case ends("ed") && l > 3 && consonantAt(l-3) && w[l-3] != 't' && w[l-3] != 'd' &&
		!(ends("led") && consonantAt(l-4) && w[l-4] != 'l'):
		n-- // worked, used (not wanted, needed, enabled)
	}
	// A silent e before a suffix: completely, careful, awareness, statement.
	for _, suf := range []string{"ely", "eful", "eness", "eless", "ement", "ements"} {
		if ends(suf) && l > len(suf)+1 && consonantAt(l-len(suf)-1) && vowel(l-len(suf)-2) &&
			!ends("lement") && !ends("lements") {
			n--
		}
	}
	for i := 0; i+1 < l; i++ {
		pair := w[i : i+2]
		prev := byte(0)
		if i > 0 {
			prev = w[i-1]
		}
		next := byte(0)
		if i+2 < l {
			next = w[i+2]
		}
		switch pair {
		case "ia":
			if prev != 'c' && prev != 't' && prev != 0 {
				n++ // media, criteria (not social, initial)
			}
		case "io":
			if next != 'n' && next != 'r' && strings.IndexByte("tscxg", prev) < 0 && prev != 0 {
				n++ // radio, various (not nation, senior, ambitious)
			}
		case "iu":
			n++ // premium, medium
		case "ua":
			if prev != 'q' && prev != 'g' && prev != 0 {
				n++ // actual, individual (not equal, language)
			}
		case "eo":
			if prev != 'p' && next != 'u' && prev != 0 {
				n++ // video, theory (not people, gorgeous)
			}
		}
	}
	if strings.Contains(w, "uou") {
		n++ // continuous
	}
	if i := strings.Index(w, "ience"); i > 0 && w[i-1] != 't' {
		n++ // experience, audience (not patience)
	}
	if i := strings.Index(w, "ient"); i > 0 && w[i-1] != 'c' && w[i-1] != 't' {
		n++ // recipient, client (not efficient, patient)
	}
	if ends("ier") || ends("iest") {
		n++ // easier, earliest
	}
	if ends("ism") || ends("isms") {
		n++ // mechanism
	}
	return max(n, 1)
}
