package check

import (
	"bufio"
	"fmt"
	"math"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// knownSyllables are words and their syllables as dictionaries divide
// them: common English words and the words of job postings.
var knownSyllables = map[string]int{
	"the": 1, "table": 2, "beautiful": 3, "readability": 5, "engineer": 3, "architecture": 4, "database": 3,
	"a": 1, "be": 1, "we": 1, "you": 1, "your": 1, "are": 1, "have": 1, "will": 1, "with": 1, "and": 1,
	"team": 1, "work": 1, "code": 1, "make": 1, "makes": 1, "made": 1, "used": 1, "uses": 2, "use": 1,
	"worked": 1, "wanted": 2, "needed": 2, "enabled": 3, "handled": 2, "scaled": 1, "skilled": 1, "played": 1,
	"types": 1, "services": 3, "changes": 2, "tables": 2, "scales": 1, "roles": 1, "languages": 3, "databases": 4,
	"experience": 4, "engineering": 4, "software": 2, "developer": 4, "backend": 2, "remote": 2, "salary": 3,
	"benefits": 3, "opportunity": 5, "responsibilities": 6, "communication": 5, "collaborate": 4, "scalable": 3,
	"distributed": 4, "systems": 2, "infrastructure": 4, "microservices": 5, "deploy": 2, "deployment": 3,
	"design": 2, "designed": 2, "ownership": 3, "mentor": 2, "mentoring": 3, "ability": 4, "health": 1,
	"insurance": 3, "equity": 3, "vacation": 3, "apply": 2, "application": 4, "years": 1, "year": 1,
	"senior": 2, "junior": 2, "behavior": 3, "period": 3, "radio": 3, "portfolio": 4, "various": 3, "curious": 3,
	"ambitious": 3, "religious": 3, "actual": 3, "individual": 5, "usual": 3, "equal": 2, "evaluate": 4,
	"quality": 3, "video": 3, "theory": 3, "people": 2, "premium": 3, "medium": 3, "continuous": 4,
	"science": 2, "client": 2, "efficient": 3, "patient": 2, "easier": 3, "mechanism": 4, "media": 3,
	"criteria": 4, "social": 2, "initial": 3, "material": 4, "potential": 3, "completely": 3, "safely": 2,
	"statement": 2, "management": 3, "development": 4, "implement": 3, "element": 3, "engagement": 3,
	"agreement": 3, "careful": 2, "useful": 2, "awareness": 3, "value": 2, "issue": 2, "unique": 2,
	"free": 1, "eye": 1, "they": 1, "always": 2, "player": 2, "beyond": 2, "analysis": 4, "employer": 3,
	"require": 2, "required": 2, "requires": 2, "requirement": 3, "ensure": 2, "more": 1, "before": 2,
	"themselves": 2, "whereas": 2, "cloud": 1, "docker": 2, "product": 2, "customer": 3, "customers": 3,
	"problem": 2, "problems": 2, "solve": 1, "solving": 2, "build": 1, "building": 2, "maintain": 2,
	"performance": 3, "reliable": 4, "reliability": 6, "security": 4, "testing": 2, "tests": 1, "write": 1,
	"writing": 2, "clean": 1, "simple": 2, "strong": 1, "knowledge": 2, "understanding": 4, "company": 3,
	"growth": 1, "growing": 2, "startup": 2, "office": 2, "hybrid": 2, "location": 3, "paid": 1, "time": 1,
	"leave": 1, "parental": 3, "annual": 3, "bonus": 2, "compensation": 4, "range": 1, "flexible": 3,
	"hours": 1, "schedule": 2, "support": 2, "supportive": 3, "leadership": 3, "leader": 2, "lead": 1,
	"technical": 3, "technology": 4, "technologies": 4, "platform": 2, "platforms": 2, "data": 2,
	"api": 2, "apis": 2, "interview": 3, "process": 2, "decisions": 3, "decision": 3, "across": 2, "including": 3,
	"multiple": 3, "environment": 4, "production": 3, "observability": 6, "monitoring": 4, "incident": 3,
	"response": 2, "responsible": 4, "own": 1, "owning": 2, "stage": 1, "stakeholders": 3, "review": 2,
	"reviews": 2, "idea": 3, "area": 3, "create": 2, "creative": 3, "every": 2, "business": 2,
	"ideal": 3, "real": 1, "diverse": 2, "inclusive": 3, "queue": 1, "queues": 1, "cache": 1, "caching": 2,
	"latency": 3, "throughput": 2, "python": 2, "golang": 2, "kubernetes": 4, "postgresql": 4, "javascript": 3,
	"typescript": 2, "graphql": 3, "node": 1, "hire": 1, "hiring": 2, "fire": 1, "our": 1, "prior": 2,
	"entire": 2, "higher": 2, "via": 2, "generous": 3, "market": 2, "ago": 2, "any": 2, "many": 2, "busy": 2,
	"since": 1, "pace": 1, "sense": 1, "because": 2, "whole": 1, "while": 1, "little": 2, "able": 2,
	"available": 4, "capable": 3, "possible": 3, "responsibility": 6, "mission": 2, "passion": 2, "passionate": 3,
	"Engineer": 3, "DATABASE": 3,
}

func TestSyllables(t *testing.T) {
	for w, want := range knownSyllables {
		t.Run(w, func(t *testing.T) {
			assert.Equal(t, want, Syllables(w))
		})
	}
}

func TestSyllablesOfNonWords(t *testing.T) {
	for _, w := range []string{"", "123", "!!", "—"} {
		assert.Equal(t, 1, Syllables(w), "%q", w)
	}
}

// TestSyllablesHoldout measures the counter on words it was not tuned on.
func TestSyllablesHoldout(t *testing.T) {
	f, err := os.Open("testdata/syllables-holdout.txt")
	require.NoError(t, err)
	defer f.Close()
	right, total := 0, 0
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "#") || line == "" {
			continue
		}
		fields := strings.Fields(line)
		require.Len(t, fields, 2, line)
		want, err := strconv.Atoi(fields[1])
		require.NoError(t, err, line)
		total++
		if Syllables(fields[0]) == want {
			right++
		}
	}
	require.NoError(t, sc.Err())
	require.Greater(t, total, 200)
	t.Logf("%d of %d hold-out words right (%.1f%%)", right, total, 100*float64(right)/float64(total))
	assert.GreaterOrEqual(t, float64(right)/float64(total), 0.95)
}

func TestWordSyllables(t *testing.T) {
	tests := []struct {
		word     string
		acronyms bool
		want     int
	}{
		{"API", true, 3},
		{"AWS", true, 5},
		{"SQL", true, 3},
		{"CI/CD", true, 4},
		{"REST", true, 1},
		{"JSON", true, 2},
		{"WHO", true, 5},
		{"APIs", true, 3},
		{"SaaS", true, 1},
		{"WHO", false, 1},
		{"full-time", true, 2},
		{"Node.js", true, 2},
		{"2026", true, 1},
		{"401(k)", true, 1},
		{"I", true, 1},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprint(tt.word, tt.acronyms), func(t *testing.T) {
			assert.Equal(t, tt.want, wordSyllables(tt.word, tt.acronyms))
		})
	}
}

func TestReadabilityScores(t *testing.T) {
	got := Readability("The cat sat on the mat. The dog ran.")
	assert.Equal(t, 9, got.Words)
	assert.Equal(t, 2, got.Sentences)
	assert.Equal(t, 9, got.Syllables)
	assert.Equal(t, 4.5, got.WordsPerSentence)
	assert.Equal(t, 1.0, got.SyllablesPerWord)
	// 206.835 − 1.015·4.5 − 84.6·1 = 117.6675; 0.39·4.5 + 11.8 − 15.59 = −2.035
	assert.Equal(t, 117.7, got.FleschReadingEase)
	assert.Equal(t, -2.0, got.FleschKincaidGrade)
	assert.Equal(t, "very easy", got.Band)
	assert.Equal(t, "5th grade", got.School)
	require.Len(t, got.Sources, 2)
	assert.Contains(t, got.Sources[0].URL, "paycor")
}

func TestReadabilityCounting(t *testing.T) {
	tests := []struct {
		name                string
		text                string
		words, sentences    int
		syllablesAtLeastOne bool
	}{
		{"markdown blocks end sentences, headings are none", "## About us\n\nWe build APIs.\n\n- Go\n- Postgres\n1. Apply now", 7, 4, true},
		{"soft-wrapped paragraph is one sentence", "We build\nthe backend\nof a shop.", 7, 1, true},
		{"a line ending with a colon ends a sentence", "You will:\nbuild services\nand review code", 7, 2, true},
		{"abbreviations do not end sentences", "Use Go, e.g. for services. Ship it, etc. and rest.", 10, 2, true},
		{"full stops inside words do not end sentences", "We use Node.js and version 3.5 daily", 7, 1, true},
		{"URLs and e-mails are not words", "Apply at https://example.com/jobs or jobs@example.com today.", 4, 1, true},
		{"markdown links keep their text", "Read [our handbook](https://example.com/h) first.", 4, 1, true},
		{"emphasis is dropped", "**Remote** and *async* work.", 4, 1, true},
		{"closing quotes after a full stop", `He said "ship it." Then we did.`, 7, 2, true},
		{"ellipsis and exclamation", "Wait… Really! Yes?", 3, 3, true},
		{"bullets with star and bullet sign", "* one\n• two\n+ three", 3, 3, true},
		{"a hash without a space is text", "#hashtags are fun", 3, 1, true},
		{"punctuation only", "— … !!", 0, 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Readability(tt.text)
			assert.Equal(t, tt.words, got.Words, "words")
			assert.Equal(t, tt.sentences, got.Sentences, "sentences")
			assert.Equal(t, tt.syllablesAtLeastOne, got.Syllables >= got.Words && got.Words > 0)
		})
	}
}

// TestSentenceModel counts postings of three shapes by hand; the comments
// give the working.
func TestSentenceModel(t *testing.T) {
	tests := []struct {
		name                   string
		text                   string
		words, sentences       int
		headings, headingWords int
		countingHas            string
	}{
		{
			// List-shaped: six duty lines without bullet markers or full
			// stops. Each line is a sentence: 10 + 7 + 7 + 6 ("on-call" is
			// one word) + 7 + 8 = 45 words in 6 sentences. No line is a
			// heading: each has more than five words.
			name: "list-shaped",
			text: "Design and build the payment services our merchants rely on\n" +
				"Own the PostgreSQL schema and its migrations\n" +
				"Review pull requests from two other engineers\n" +
				"Write runbooks for the on-call rotation\n" +
				"Improve the latency of the checkout API\n" +
				"Talk to merchants about the problems they have\n",
			words: 45, sentences: 6, countingHas: "no line was read as a heading",
		},
		{
			// Label-shaped: seven short lines without a verb or end
			// punctuation are headings: "Sr. Backend Engineer" (3 words;
			// "Sr." ends nothing), "Location" (1), "Remote" (1), "Full Time"
			// (2), "Salary" (1), "$120,000 – $150,000" (2: the dash is no
			// word), "About the role" (3) = 13 heading words. The one
			// sentence: You will own the billing service end to end = 9.
			name: "label-shaped",
			text: "Sr. Backend Engineer\nLocation\nRemote\nFull Time\nSalary\n$120,000 – $150,000\nAbout the role\n" +
				"You will own the billing service end to end.\n",
			words: 9, sentences: 1, headings: 7, headingWords: 13, countingHas: `7 headings (Markdown headings and short label lines without a verb), such as "Sr. Backend Engineer", are not counted as sentences: their 13 words count toward the length only.`,
		},
		{
			// Prose-shaped, with abbreviations that end nothing:
			// "Acme Inc. builds tools for U.S. clinics, e.g. dental offices."
			// = 10 words; "Our Sr. engineers mentor juniors." = 5; "We pay
			// approx. $150k vs. a market median of $140k." = 10; "Join us!"
			// = 2. 27 words in 4 sentences.
			name: "prose-shaped",
			text: "Acme Inc. builds tools for U.S. clinics, e.g. dental offices. Our Sr. engineers mentor juniors. " +
				"We pay approx. $150k vs. a market median of $140k. Join us!",
			words: 27, sentences: 4,
		},
		{
			// Markdown with wrapped lines: the heading "What you will do"
			// (4 words); the first item goes on on an indented line that
			// starts with a small letter: "Build the ledger service and its
			// APIs." = 7 words, 1 sentence; "Mentor two engineers." = 3, 1;
			// the paragraph "We work in small teams. Everyone reviews code."
			// (its second line starts with a small letter after a line
			// without end punctuation) = 5 + 3 words, 2 sentences. 18 words
			// in 4 sentences.
			name: "markdown with wrapped lines",
			text: "## What you will do\n\n- Build the ledger service\n  and its APIs.\n- Mentor two engineers.\n\n" +
				"We work in small teams. Everyone\nreviews code.",
			words: 18, sentences: 4, headings: 1, headingWords: 4, countingHas: `1 heading (a Markdown heading or a short label line without a verb), such as "What you will do", is not counted as a sentence: its 4 words count toward the length only.`,
		},
		{
			// "Nice to have" and "Who you are" are headings (3 + 3 words);
			// each list item is a sentence however short ("Kafka",
			// "Terraform"); "You enjoy clear code." = 4. 6 words in 3
			// sentences.
			name:  "short items and question-word headings",
			text:  "Nice to have\n- Kafka\n- Terraform\nWho you are\nYou enjoy clear code.",
			words: 6, sentences: 3, headings: 2, headingWords: 6,
		},
		{
			// Short lines with a verb are sentences: "You will:" (2 words),
			// "We ship daily" (3: "ship" after "we"), "Apply now" (2: an
			// imperative in sentence case). 7 words in 3 sentences.
			name:  "short lines with a verb",
			text:  "You will:\nWe ship daily\nApply now",
			words: 7, sentences: 3,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Readability(tt.text)
			assert.Equal(t, tt.words, got.Words, "words")
			assert.Equal(t, tt.sentences, got.Sentences, "sentences")
			assert.Equal(t, tt.headings, got.Headings, "headings")
			assert.Equal(t, tt.headingWords, got.HeadingWords, "heading words")
			assert.Equal(t, float64(tt.words+tt.headingWords), got.Length.Value, "the length counts every word")
			assert.Contains(t, got.Counting, "Sentences end at a line break")
			assert.Contains(t, got.Counting, tt.countingHas)
		})
	}
}

func TestAbbreviations(t *testing.T) {
	for _, f := range []string{"Sr.", "Jr.", "e.g.", "E.g.,", "i.e.", "etc.", "etc.,", "U.S.", "u.s.", "approx.", "vs.", "Inc.",
		"Ltd.", "Dr.", "a.k.a.", "(e.g.", "Ph.D.", "Jan."} {
		assert.True(t, isAbbreviation(f), f)
	}
	for _, f := range []string{"done.", "U.", "API.", "Node.js", "e.g", "no.", "max.", "teams.", "."} {
		assert.False(t, isAbbreviation(f), f)
	}
}

func TestHeadingLines(t *testing.T) {
	for _, line := range []string{"Location", "Remote", "Full Time", "Senior Backend Engineer", "Sr. Backend Engineer",
		"About the role", "Requirements:", "What you will do", "Who you are", "How to apply", "Nice to have",
		"Must-have skills", "Backend Engineer, Toronto (hybrid)", "Design Review", "Salary: $120,000 – $150,000", "**Benefits**"} {
		assert.True(t, isHeadingLine(line, cleanInline(line)), line)
	}
	for _, line := range []string{"Remote.", "You will:", "We ship daily", "Apply now", "Own the schema", "It is fun",
		"You'll own it", "Don't wait", "Design and build the payment services our merchants rely on", "Go; Rust;"} {
		assert.False(t, isHeadingLine(line, cleanInline(line)), line)
	}
}

func TestReadabilityEmpty(t *testing.T) {
	for _, text := range []string{"", "   \n\n\t", "# \n- \n"} {
		got := Readability(text)
		assert.Zero(t, got.Words)
		assert.Zero(t, got.Sentences)
		assert.Zero(t, got.FleschReadingEase)
		assert.Zero(t, got.FleschKincaidGrade)
		assert.Empty(t, got.Band)
		assert.Equal(t, StatusBelow, got.Length.Status)
		assert.Equal(t, StatusNone, got.SentenceLength.Status)
		assert.NotEmpty(t, got.SentenceLength.Message)
	}
}

func TestReadabilityGauges(t *testing.T) {
	sentence := "We build simple tools for small teams. " // 7 words
	tests := []struct {
		name              string
		text              string
		length, sentences string
	}{
		{"299 words", strings.Repeat("word ", 298) + "end.", StatusBelow, StatusAbove},
		{"300 words", strings.Repeat("word ", 299) + "end.", StatusWithin, StatusAbove},
		{"700 words", strings.Repeat("word ", 699) + "end.", StatusWithin, StatusAbove},
		{"701 words", strings.Repeat("word ", 700) + "end.", StatusAbove, StatusAbove},
		{"7-word sentences", strings.Repeat(sentence, 50), StatusWithin, StatusBelow},
		{"8-word sentences", strings.Repeat("We build simple tools for all small teams. ", 50), StatusWithin, StatusWithin},
		{"13-word sentences", strings.Repeat("We build simple tools for small teams and we like it a lot. ", 30), StatusWithin, StatusWithin},
		{"14-word sentences", strings.Repeat("We build simple tools for small teams and we like it a lot too. ", 30), StatusWithin, StatusAbove},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Readability(tt.text)
			assert.Equal(t, tt.length, got.Length.Status, "length %d words", got.Words)
			assert.Equal(t, tt.sentences, got.SentenceLength.Status, "%g words a sentence", got.WordsPerSentence)
			assert.Equal(t, 300.0, got.Length.Min)
			assert.Equal(t, 700.0, got.Length.Max)
			assert.Equal(t, 8.0, got.SentenceLength.Min)
			assert.Equal(t, 13.0, got.SentenceLength.Max)
			assert.Contains(t, got.Length.Message, strconv.Itoa(got.Words)+" words")
		})
	}
}

func TestReadabilityShoutedHeadingsAreWords(t *testing.T) {
	shouted := Readability("WHO WE ARE.")
	normal := Readability("Who we are.")
	assert.Equal(t, normal.Syllables, shouted.Syllables)
	assert.Equal(t, 3, shouted.Syllables)
	assert.Equal(t, 5, Readability("We use the AWS cloud").Syllables-Readability("We use the cloud").Syllables)
}

func FuzzReadability(f *testing.F) {
	f.Add("The cat sat on the mat. The dog ran.")
	f.Add("## About\n- one\n1. two\n\n**bold** [x](y) e.g. Node.js 3.5 API AWS")
	f.Add("\xff\xfe…!?")
	f.Add("Sr. Backend Engineer\nLocation\nWhat you will do\n- Own it\n  and more.\nU.S. e.g. Inc. etc.")
	f.Fuzz(func(t *testing.T, text string) {
		got := Readability(text)
		for _, v := range []float64{got.FleschReadingEase, got.FleschKincaidGrade, got.WordsPerSentence, got.SyllablesPerWord} {
			require.False(t, math.IsNaN(v) || math.IsInf(v, 0), "%v", v)
		}
		require.GreaterOrEqual(t, got.Words, 0)
		require.GreaterOrEqual(t, got.HeadingWords, got.Headings)
		require.Equal(t, float64(got.Words+got.HeadingWords), got.Length.Value)
		require.NotEmpty(t, got.Counting)
		if got.Words == 0 {
			require.Zero(t, got.Sentences)
			require.Zero(t, got.FleschReadingEase)
			return
		}
		require.GreaterOrEqual(t, got.Sentences, 1)
		require.LessOrEqual(t, got.Sentences, got.Words)
		require.GreaterOrEqual(t, got.Syllables, got.Words)
		wps := float64(got.Words) / float64(got.Sentences)
		spw := float64(got.Syllables) / float64(got.Words)
		require.InDelta(t, 206.835-1.015*wps-84.6*spw, got.FleschReadingEase, 0.051)
		require.InDelta(t, 0.39*wps+11.8*spw-15.59, got.FleschKincaidGrade, 0.051)
		require.NotEmpty(t, got.Band)
	})
}

func FuzzSyllables(f *testing.F) {
	for w := range knownSyllables {
		f.Add(w)
	}
	f.Fuzz(func(t *testing.T, w string) {
		n := Syllables(w)
		require.GreaterOrEqual(t, n, 1)
		require.LessOrEqual(t, n, len(w)+1)
	})
}

func ExampleReadability() {
	r := Readability("## About the role\n\nYou will build and run the APIs that our customers use every day. " +
		"You will work with a small team of engineers who care about clean code.\n\n" +
		"- You will use Go and PostgreSQL on AWS.\n- You will review code and mentor others.")
	fmt.Println(r.Words, "words,", r.Sentences, "sentences,", r.Syllables, "syllables;", r.Headings, "heading of", r.HeadingWords, "words")
	fmt.Println("Reading Ease", r.FleschReadingEase, "("+r.Band+"), grade", r.FleschKincaidGrade)
	fmt.Println(r.Length.Status, r.SentenceLength.Status)
	// Output:
	// 42 words, 4 sentences, 60 syllables; 1 heading of 3 words
	// Reading Ease 75.3 (fairly easy), grade 5.4
	// below within
}

func BenchmarkReadability(b *testing.B) {
	text := strings.Repeat("## About the role\n\nYou will build and run the APIs our customers use every day. "+
		"You will work with a small, experienced team.\n\n- Go and PostgreSQL\n- Code review\n\n", 25)
	b.ReportAllocs()
	for b.Loop() {
		Readability(text)
	}
}
