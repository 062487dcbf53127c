//go:build !wasm

package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const sampleQuery = "team=5&stage=startup&owner=no&needs=features,architecture&level=senior&region=pl"

func runCLI(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = run(args, strings.NewReader(stdin), &out, &errOut)
	return code, out.String(), errOut.String()
}

func TestAdviseJSON(t *testing.T) {
	code, out, _ := runCLI(t, "", "advise", "--today", "2026-11-27", sampleQuery)
	require.Equal(t, 0, code)
	var got struct {
		Role     string           `json:"role"`
		Title    string           `json:"title"`
		Level    string           `json:"level"`
		Reasons  []string         `json:"reasons"`
		Changes  []string         `json:"changes"`
		Salary   []map[string]any `json:"salary"`
		Problems []any            `json:"problems"`
		JD       struct {
			Title    string `json:"title"`
			Markdown string `json:"markdown"`
		} `json:"jobDescription"`
	}
	require.NoError(t, json.Unmarshal([]byte(out), &got))
	assert.Equal(t, "hybrid", got.Role)
	assert.Equal(t, "senior", got.Level)
	assert.NotEmpty(t, got.Reasons)
	assert.NotEmpty(t, got.Changes)
	assert.NotNil(t, got.Problems)
	assert.Empty(t, got.Problems)
	assert.Equal(t, got.Title, got.JD.Title)
	assert.True(t, strings.HasPrefix(got.JD.Markdown, "# "+got.Title))
	require.NotEmpty(t, got.Salary)
	for _, f := range got.Salary {
		for _, k := range []string{"source", "year", "region", "level", "currency", "period"} {
			assert.Contains(t, f, k)
		}
		_, hasRange := f["min"]
		_, hasMedian := f["median"]
		_, hasMean := f["mean"]
		assert.True(t, hasRange || hasMedian || hasMean, "a figure has min/max, quartiles or a mean: %v", f)
	}
}

func TestAdviseFlagsBeforeOrAfterQuery(t *testing.T) {
	_, before, _ := runCLI(t, "", "advise", "--format", "markdown", "--today", "2026-11-27", sampleQuery)
	_, after, _ := runCLI(t, "", "advise", sampleQuery, "-format=markdown", "-today", "2026-11-27")
	assert.Equal(t, before, after)
	assert.True(t, strings.HasPrefix(before, "# Senior Backend Engineer"), before[:40])
}

func TestAdviseFormats(t *testing.T) {
	tests := []struct {
		format string
		want   string
	}{
		{"text", "What would change the answer"},
		{"markdown", "## Responsibilities"},
		{"html", "<h2>"},
		{"jsonld", `"@type": "JobPosting"`},
	}
	for _, tt := range tests {
		t.Run(tt.format, func(t *testing.T) {
			code, out, _ := runCLI(t, "", "advise", "-format", tt.format, "-today", "2026-11-27", sampleQuery)
			assert.Equal(t, 0, code)
			assert.Contains(t, out, tt.want)
		})
	}
}

func TestAdviseAcceptsALink(t *testing.T) {
	_, fromQuery, _ := runCLI(t, "", "advise", "-today", "2026-11-27", sampleQuery)
	_, fromLink, _ := runCLI(t, "", "advise", "-today", "2026-11-27", "https://hirecalc.example/?"+sampleQuery)
	assert.Equal(t, fromQuery, fromLink)
}

func TestAdviseInputProblemsExitZero(t *testing.T) {
	code, out, errOut := runCLI(t, "", "advise", "team=abc&stage=huge")
	assert.Equal(t, 0, code, "input problems are reported, not fatal")
	assert.Contains(t, out, `"field": "team"`)
	assert.Contains(t, errOut, `team: "abc" is not a number`)
}

// TestAdviseHugeListGivesAShortAnswer is the 1 MB
// needs=x,x,…: it used to give 524,288 problems and 100 MB of JSON.
func TestAdviseHugeListGivesAShortAnswer(t *testing.T) {
	q := "needs=" + strings.Repeat("x,", 1<<19)
	code, out, errOut := runCLI(t, "", "advise", "-today", "2026-11-27", q)
	require.Equal(t, 0, code)
	var got struct {
		Problems []struct{ Field, Message string } `json:"problems"`
	}
	require.NoError(t, json.Unmarshal([]byte(out), &got))
	require.Len(t, got.Problems, 1)
	assert.True(t, strings.HasPrefix(got.Problems[0].Message, `"x" (given 524288 times) is not a need; use features, `), got.Problems[0].Message)
	assert.Less(t, len(out), 200<<10, "stdout holds %d bytes", len(out))
	assert.Equal(t, 1, strings.Count(errOut, "input problem"))
}

func TestUsageErrorsExitTwo(t *testing.T) {
	tests := []struct {
		name string
		args []string
	}{
		{"two queries", []string{"advise", "a=1", "b=2"}},
		{"unknown format", []string{"advise", "-format", "yaml"}},
		{"unknown flag", []string{"advise", "-colour"}},
		{"bad date", []string{"advise", "-today", "tomorrow"}},
		{"check: unknown format", []string{"check", "-format", "xml"}},
		{"check: unknown jurisdiction", []string{"check", "-where", "atlantis"}},
		{"unknown command", []string{"frobnicate"}},
		{"no command", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := runCLI(t, "", tt.args...)
			assert.Equal(t, 2, code)
			assert.Empty(t, out)
			assert.Contains(t, strings.ToLower(errOut), "usage")
		})
	}
}

func TestHelpExplainsEverySubcommand(t *testing.T) {
	code, out, _ := runCLI(t, "", "help")
	require.Equal(t, 0, code)
	for _, name := range []string{"serve", "build", "advise", "check", "help"} {
		assert.Contains(t, out, name)
	}
	code, _, errOut := runCLI(t, "", "advise", "-h")
	assert.Equal(t, 0, code)
	assert.Contains(t, errOut, "-format")
	code, _, errOut = runCLI(t, "", "check", "-h")
	assert.Equal(t, 0, code)
	assert.Contains(t, errOut, "FILE")
}

const codedText = "Ambition:competition–decisiveness, empathy&kindness"

func TestCheckReadsStdinOrFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "jd.md")
	require.NoError(t, os.WriteFile(path, []byte(codedText), 0o600))
	_, fromStdin, _ := runCLI(t, codedText, "check", "-format", "json")
	_, fromDash, _ := runCLI(t, codedText, "check", "-", "-format", "json")
	code, fromFile, _ := runCLI(t, "", "check", path, "-format", "json")
	require.Equal(t, 0, code)
	assert.Equal(t, fromStdin, fromFile)
	assert.Equal(t, fromStdin, fromDash)
	var rep struct {
		Gender struct {
			Masculine int    `json:"masculine"`
			Feminine  int    `json:"feminine"`
			Verdict   string `json:"verdict"`
		} `json:"gender"`
	}
	require.NoError(t, json.Unmarshal([]byte(fromFile), &rep))
	assert.Equal(t, 3, rep.Gender.Masculine)
	assert.Equal(t, 2, rep.Gender.Feminine)
	assert.Equal(t, "masculine-coded", rep.Gender.Verdict)
}

func TestCheckText(t *testing.T) {
	code, out, _ := runCLI(t, codedText, "check")
	require.Equal(t, 0, code)
	assert.Contains(t, out, "masculine-coded (3 masculine-coded, 2 feminine-coded)")
	assert.Contains(t, out, "Flesch Reading Ease")
}

func TestCheckMissingFile(t *testing.T) {
	code, _, errOut := runCLI(t, "", "check", filepath.Join(t.TempDir(), "nope.md"))
	assert.Equal(t, 2, code, "unreadable input is trouble, not a missing requirement")
	assert.Contains(t, errOut, "no such file")
}

func TestCheckPayTransparency(t *testing.T) {
	text := "Senior Backend Engineer. We pay up to $150,000 a year."
	code, out, _ := runCLI(t, text, "check", "-format", "json", "-where", "us-nyc", "-today", "2026-11-27")
	require.Equal(t, 1, code, "a rule in force misses a requirement")
	var rep struct {
		Pay struct {
			Rules []struct {
				ID           string `json:"id"`
				Requirements []struct {
					Satisfied bool   `json:"satisfied"`
					Fix       string `json:"fix"`
				} `json:"requirements"`
			} `json:"rules"`
		} `json:"pay"`
	}
	require.NoError(t, json.Unmarshal([]byte(out), &rep))
	require.Len(t, rep.Pay.Rules, 1)
	assert.Equal(t, "us-nyc", rep.Pay.Rules[0].ID)
	require.NotEmpty(t, rep.Pay.Rules[0].Requirements)
	assert.False(t, rep.Pay.Rules[0].Requirements[0].Satisfied, "New York City does not allow an open-ended range")
	assert.Contains(t, rep.Pay.Rules[0].Requirements[0].Fix, "minimum and a maximum")
	assert.Contains(t, out, "Not legal advice")
}

func TestAdviseTextShowsDollarsAndLocalCurrency(t *testing.T) {
	code, out, _ := runCLI(t, "", "advise", "-format", "text", "-today", "2026-12-04", "level=mid&region=pl")
	require.Equal(t, 0, code)
	// $31,000 and $59,000 at the 2024 average of 3.979148 PLN per dollar.
	assert.Contains(t, out, "Suggested range: $31,000 – $59,000 = PLN 123,354 – PLN 234,770 per year")
	assert.Contains(t, out, "median $49,493 = PLN 196,940")
	assert.Contains(t, out, "[Stack Overflow Developer Survey 2024, 2024, collected 2024-05]")
	assert.Contains(t, out, "[dated] Stack Overflow Developer Survey 2024 collected its figures in May 2024, 30 months before 2026-12-04")
	assert.Contains(t, out, "\nEmployer cost\n")
	assert.Contains(t, out, "- Gross pay (the suggested range): PLN 123,354 ($33,878) | PLN 234,770 ($64,477)")
	assert.Contains(t, out, "= Total per year: ")
	assert.Contains(t, out, "Every statutory employer contribution hirecalc knows of for Poland is included.")

	_, us, _ := runCLI(t, "", "advise", "-format", "text", "-today", "2026-12-04", "level=senior&region=us")
	assert.Contains(t, us, "Suggested range: $130,000 – $210,000 per year", "no second currency for US dollars")
	assert.Contains(t, us, "- Social Security (OASDI), employer share: $8,060 | $11,439")
	assert.Contains(t, us, "Incomplete: the total leaves out State unemployment insurance tax (SUTA)")

	_, ar, _ := runCLI(t, "", "advise", "-format", "text", "-today", "2026-12-04", "level=senior&region=ar")
	assert.NotContains(t, ar, "= ARS", "the ECB publishes no peso rate")
	assert.Contains(t, ar, "too old for current employer rates")
}

func TestCheckExitStatus(t *testing.T) {
	const full = "Salary: $120,000 - $150,000 a year, plus a bonus. Benefits: health insurance. Apply by 31 January 2027."
	tests := []struct {
		name  string
		stdin string
		args  []string
		code  int
	}{
		{"every rule met", full, []string{"-where", "us-co,us-ny"}, 0},
		{"every rule met, json", full, []string{"-where", "us-co,us-ny", "-format", "json"}, 0},
		{"a requirement missing", "We pay up to $150,000.", []string{"-where", "us-ny"}, 1},
		{"a requirement missing, json", "We pay up to $150,000.", []string{"-where", "us-ny", "-format", "json"}, 1},
		{"a stipend is no range", "Benefits: $2,000 annual learning and development stipend", []string{"-where", "us-ca"}, 1},
		{"a single figure is no range", "Salary: $130,000 a year.", []string{"-where", "us-ca"}, 1},
		{"a range without a currency sign", "Salary: 165k – 260k", []string{"-where", "us-ca"}, 0},
		{"no rule applies", "A great job.", nil, 0},
		{"the rule is not in force yet", "A great job.", []string{"-where", "us-ma", "-today", "2025-01-01"}, 0},
		{"the EU accepts pay before the interview", "A great job.", []string{"-where", "eu"}, 0},
		{"usage error", full, []string{"-format", "yaml"}, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := append([]string{"check", "-today", "2026-11-27"}, tt.args...)
			code, _, _ := runCLI(t, tt.stdin, args...)
			assert.Equal(t, tt.code, code)
		})
	}
}

// TestCheckJSONKeepsItsShape checks that every field "check -format json"
// wrote before the exit status and the new parsers is still there:
// fields may be added, never renamed or removed.
func TestCheckJSONKeepsItsShape(t *testing.T) {
	_, out, _ := runCLI(t, "Salary: $120,000 - $150,000. Lead with empathy.", "check", "-format", "json", "-where", "us-ny", "-today", "2026-11-27")
	var rep map[string]map[string]any
	require.NoError(t, json.Unmarshal([]byte(out), &rep))
	want := map[string][]string{
		"gender": {"masculine", "feminine", "score", "verdict", "summary", "words", "source", "alternatives_source"},
		"readability": {"words", "sentences", "syllables", "words_per_sentence", "syllables_per_word", "flesch_reading_ease",
			"flesch_kincaid_grade", "band", "school", "length", "sentence_length", "sources"},
		"pay": {"disclaimer", "as_of", "today", "where", "inferred", "pay", "found", "benefits", "other_compensation",
			"close_date", "rules", "satisfied", "summary", "notes", "problems"},
	}
	for section, keys := range want {
		require.Contains(t, rep, section)
		for _, k := range keys {
			assert.Contains(t, rep[section], k, "%s.%s", section, k)
		}
	}
	pay, ok := rep["pay"]["pay"].(map[string]any)
	require.True(t, ok)
	for _, k := range []string{"min", "max", "currency", "period", "text", "offset"} {
		assert.Contains(t, pay, k)
	}
	words, ok := rep["gender"]["words"].([]any)
	require.True(t, ok)
	require.NotEmpty(t, words)
	for _, k := range []string{"word", "coding", "stems", "count", "positions", "alternatives"} {
		assert.Contains(t, words[0], k)
	}
}

// terminalBad returns the first character of s a terminal would act on
// (C0 other than line feed and tab, DEL, C1, bidirectional controls,
// invalid UTF-8), or "" when there is none.
func terminalBad(s string) string {
	for i, r := range s {
		if r == utf8.RuneError && !strings.HasPrefix(s[i:], "\uFFFD") {
			return fmt.Sprintf("invalid UTF-8 at byte %d", i)
		}
		if r != '\n' && r != '\t' && (r < 0x20 || r >= 0x7f && r <= 0x9f) || unicode.Is(unicode.Bidi_Control, r) {
			return fmt.Sprintf("%U at byte %d", r, i)
		}
	}
	return ""
}

// hostileText is text with terminal escape sequences, C1 controls and
// bidirectional overrides.
const hostileText = "Rockstar \x1b[2J\x1b]0;pwned\x07 ninja\r\b \u009b31m \u202eevil\u202c \u2066x\u2069 \x7f\xff\xfe"

// cliOutputs runs every text-producing form of advise and check on a
// query and a pasted text, and returns each output by name.
func cliOutputs(t *testing.T, query, pasted string) map[string]string {
	t.Helper()
	out := map[string]string{}
	for _, format := range adviseFormats {
		code, stdout, stderr := runCLI(t, "", "advise", "-today", "2026-11-27", "-format", format, query)
		if code != 0 {
			t.Fatalf("advise -format %s %q: exit %d: %s", format, query, code, stderr)
		}
		out["advise "+format] = stdout
		out["advise "+format+" (stderr)"] = stderr
	}
	for _, format := range []string{"text", "json"} {
		_, stdout, stderr := runCLI(t, pasted, "check", "-today", "2026-11-27", "-format", format)
		out["check "+format] = stdout
		out["check "+format+" (stderr)"] = stderr
	}
	return out
}

func TestCLIOutputIsInertOnATerminal(t *testing.T) {
	q := url.Values{}
	for _, k := range []string{"company", "location", "apply", "benefits", "team", "stage", "needs", "region"} {
		q.Set(k, hostileText)
	}
	for name, s := range cliOutputs(t, q.Encode(), hostileText+"\n\nWe want a rockstar developer. "+hostileText) {
		assert.Empty(t, terminalBad(s), "%s", name)
	}
	assert.Equal(t, "a <U+001B>[2J b <U+202E>c \uFFFD\n\t", terminalText("a \x1b[2J b \u202ec \xff\n\t"))
	assert.Equal(t, `{"a":"\u009b \u202e \u007f \ufffd é"}`, string(jsonInert([]byte("{\"a\":\"\u009b \u202e \x7f \xff é\"}"))))
}

// FuzzCLIOutput feeds random queries and pasted text to advise and check:
// nothing they print may hold a character a terminal acts on, and the
// JSON outputs stay valid JSON.
func FuzzCLIOutput(f *testing.F) {
	f.Add("company="+url.QueryEscape(hostileText), hostileText)
	f.Add("team=abc&needs=x,%1b,%e2%80%ae", "Salary: $100,000\x1b[0m")
	f.Add("%zz&location=%c2%9b", "\u202e")
	f.Fuzz(func(t *testing.T, query, pasted string) {
		for name, s := range cliOutputs(t, query, pasted) {
			if bad := terminalBad(s); bad != "" {
				t.Fatalf("%s prints %s:\n%q", name, bad, s)
			}
			if strings.HasSuffix(name, "json") && !json.Valid([]byte(s)) {
				t.Fatalf("%s is not valid JSON: %s", name, s)
			}
		}
	})
}

// TestAdviseSaysWhatTheJSONLDLeavesOut checks that the command line lists
// what to fill in before posting, and that the JSON-LD carries no
// placeholder.
func TestAdviseSaysWhatTheJSONLDLeavesOut(t *testing.T) {
	code, out, errOut := runCLI(t, "", "advise", "-format", "jsonld", "-today", "2026-11-27", "region=weu")
	assert.Equal(t, 0, code)
	assert.NotContains(t, out, "[")
	assert.NotContains(t, out, "hiringOrganization")
	assert.Contains(t, errOut, "JSON-LD incomplete, fill in before posting: hiringOrganization.name (required)")
	assert.Contains(t, errOut, "applicantLocationRequirements (required)")

	_, text, _ := runCLI(t, "", "advise", "-format", "text", "-today", "2026-11-27", "region=weu")
	assert.Contains(t, text, "Fill in before posting (the JSON-LD leaves these out)\n")
	assert.Contains(t, text, "- url (recommended): Add the address of the page this posting will be on.")

	_, js, _ := runCLI(t, "", "advise", "-today", "2026-11-27", "region=weu")
	var r struct {
		JobDescription struct {
			FillIn []struct {
				Property string `json:"property"`
				Required bool   `json:"required"`
			} `json:"fillIn"`
		} `json:"jobDescription"`
	}
	require.NoError(t, json.Unmarshal([]byte(js), &r))
	require.NotEmpty(t, r.JobDescription.FillIn)
	assert.Equal(t, "hiringOrganization.name", r.JobDescription.FillIn[0].Property)
	assert.True(t, r.JobDescription.FillIn[0].Required)
}
