package check

import (
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// The regular expressions the phrase lists replace, kept here to prove
// that the lists find the same words.
var (
	benefitsRegexp  = regexp.MustCompile(`(?i)\b(benefits?|health(?:care| insurance| plan| coverage)|medical|dental|vision|401\s?\(?k\)?|pension|retirement|paid time off|pto|paid (?:holidays|leave|vacation)|vacation|annual leave|parental leave|life insurance|insurance)\b`)
	otherCompRegexp = regexp.MustCompile(`(?i)\b(bonus(?:es)?|commissions?|equity|stock|rsus?|stock options|share options|incentives?|profit[- ]sharing|sign[- ]on|signing bonus|allowances?|stipends?|other compensation|overtime)\b`)
	closeDateRegexp = regexp.MustCompile(`(?i)\b(apply by|applications? (?:close|closes|closing|deadline|due|(?:are )?accepted until|open until)|closing date|close date|deadline|open until|accepting applications (?:until|through)|posting (?:closes|ends|expires)|expected to close)\b`)
)

// samePhraseMatches fails when a phrase list and its regular expression
// find different words in text. Unicode case folding (the Kelvin sign K
// for k, the long ſ for s) is the one difference, and left out.
func samePhraseMatches(t *testing.T, text string) {
	t.Helper()
	if strings.ContainsAny(text, "\u212a\u017f") {
		return
	}
	for _, c := range []struct {
		p  *phrases
		re *regexp.Regexp
	}{{benefitsPattern, benefitsRegexp}, {otherCompPattern, otherCompRegexp}, {closeDatePattern, closeDateRegexp}} {
		require.Equal(t, c.re.FindString(text), c.p.first(text), "%q", text)
	}
}

func TestPhrasesMatchTheRegexps(t *testing.T) {
	for _, text := range []string{
		"Benefits: health insurance, 401(k), PTO.", "401(k)match", "401 (k) plan", "401\tk", "401K", "a401k",
		"Healthcare and dental", "health plan", "Bonuses and commissions", "sign-on bonus", "sign on", "signing bonus",
		"Stock options", "profit sharing", "profit-sharing", "RSUs", "rsu", "Applications close on 1 May", "APPLICATION DUE",
		"applications are accepted until", "Apply by Friday", "deadlines", "the deadline", "posting expires", "expected to close",
		"benefit_plan", "PTO_", "_pto", "insurances", "vision-based", "x-ray vision.", "", "401", "401(", "401 (k)x",
	} {
		samePhraseMatches(t, text)
	}
}

func FuzzPhrases(f *testing.F) {
	for _, s := range []string{"Benefits: 401(k)", "apply by", "sign-on", "401 (k)x", "Stipends"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		samePhraseMatches(t, text)
	})
}
