package check

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite golden files")

// golden compares got with the golden file, or rewrites it with -update.
func golden(t *testing.T, path string, got []byte) {
	t.Helper()
	if *update {
		require.NoError(t, os.WriteFile(path, got, 0o644))
		return
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "run go test ./app/check -update to create it")
	assert.Equal(t, string(want), string(got))
}

// reviewCases are the pasted job descriptions under testdata/review and
// where each job is done.
var reviewCases = []struct {
	file string
	in   PayInput
}{
	{"us-remote.md", PayInput{Region: "us", Remote: true}},
	{"pl-warsaw.md", PayInput{Region: "pl"}},
	{"ca-toronto.txt", PayInput{Where: []string{"ca-on"}}},
	{"us-ca-labels.txt", PayInput{Where: []string{"us-ca", "us-co"}}},
}

func TestReviewGolden(t *testing.T) {
	for _, c := range reviewCases {
		t.Run(c.file, func(t *testing.T) {
			text, err := os.ReadFile(filepath.Join("testdata", "review", c.file))
			require.NoError(t, err)
			rep := Review(string(text), c.in, today)
			base := filepath.Join("testdata", "review", strings.TrimSuffix(c.file, filepath.Ext(c.file)))
			golden(t, base+".golden.txt", []byte(rep.Text()))
			var js bytes.Buffer
			enc := json.NewEncoder(&js)
			enc.SetIndent("", "  ")
			require.NoError(t, enc.Encode(rep))
			golden(t, base+".golden.json", js.Bytes())
		})
	}
}

func TestReviewOutcomes(t *testing.T) {
	read := func(name string) string {
		b, err := os.ReadFile(filepath.Join("testdata", "review", name))
		require.NoError(t, err)
		return string(b)
	}
	us := Review(read("us-remote.md"), PayInput{Region: "us", Remote: true}, today)
	assert.False(t, us.Gender.NeutralOrBetter(), "lead, analyze, decide, driven, competitive, independent: masculine-coded")
	assert.False(t, us.Pay.Satisfied)
	assert.Equal(t, RequirementMissing, requirement(t, us.Pay, "us-nyc", "range").Status, "up to $165,000 is open-ended")
	assert.Equal(t, RequirementMet, requirement(t, us.Pay, "us-wa", "benefits").Status)

	pl := Review(read("pl-warsaw.md"), PayInput{Region: "pl"}, today)
	assert.True(t, pl.Pay.Satisfied)
	require.NotNil(t, pl.Pay.Pay)
	assert.Equal(t, Pay{Min: 18000, Max: 24000, Currency: "PLN", Symbol: "PLN", Period: "month", Text: "PLN 18 000–24 000", Offset: pl.Pay.Pay.Offset}, *pl.Pay.Pay)
	// Two sentences, "You will:", three list items and two sentences; the
	// title is a heading.
	assert.Equal(t, 8, pl.Readability.Sentences)
	assert.Equal(t, 1, pl.Readability.Headings)

	ca := Review(read("ca-toronto.txt"), PayInput{Where: []string{"ca-on"}}, today)
	assert.False(t, ca.Pay.Satisfied)
	assert.Contains(t, requirement(t, ca.Pay, "ca-on", "max_width").Fix, "CAD 65,000 wide")
	assert.True(t, ca.Gender.NeutralOrBetter())
}

func TestReviewLabelShapedPosting(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("testdata", "review", "us-ca-labels.txt"))
	require.NoError(t, err)
	rep := Review(string(b), PayInput{Where: []string{"us-ca", "us-co"}}, today)
	require.NotNil(t, rep.Pay.Pay)
	assert.Equal(t, "165k – 190k", rep.Pay.Pay.Text, "the range without a currency sign is the pay")
	assert.Equal(t, RequirementMet, requirement(t, rep.Pay, "us-ca", "range").Status)
	require.Len(t, rep.Pay.NotPay, 2)
	assert.Equal(t, "$2,000", rep.Pay.NotPay[0].Text)
	assert.Equal(t, "$10,000", rep.Pay.NotPay[1].Text)
	assert.Equal(t, 2, rep.Gender.Technical, "event-driven and test-driven")
	assert.Equal(t, 9, rep.Readability.Headings, "the label lines")
	assert.Equal(t, 12, rep.Readability.Sentences)
}

func TestReviewIgnoresPayInputText(t *testing.T) {
	got := Review("Salary: $100,000 - $120,000", PayInput{Where: []string{"us-ny"}, Text: "nothing"}, today)
	assert.True(t, got.Pay.Satisfied)
}

func TestReviewEmpty(t *testing.T) {
	got := Review("", PayInput{}, today)
	assert.Equal(t, VerdictEmpty, got.Gender.Verdict)
	assert.Zero(t, got.Readability.Words)
	assert.Nil(t, got.Pay.Pay)
	assert.Contains(t, got.Text(), "Pay: none found")
	_, err := json.Marshal(got)
	assert.NoError(t, err)
}

func ExampleReview() {
	rep := Review("Backend Engineer. We want a driven leader. Salary: $140,000 - $170,000 a year.",
		PayInput{Where: []string{"us-ny"}}, "2026-11-27")
	fmt.Println("gender:", rep.Gender.Verdict)
	fmt.Println("reading ease:", rep.Readability.FleschReadingEase, rep.Readability.Band)
	fmt.Println("pay:", rep.Pay.Summary)
	// Output:
	// gender: masculine-coded
	// reading ease: 68.8 plain English
	// pay: The posting meets what hirecalc can check of the 1 rule in force.
}

func BenchmarkReview(b *testing.B) {
	text, err := os.ReadFile(filepath.Join("testdata", "review", "us-remote.md"))
	require.NoError(b, err)
	b.ReportAllocs()
	for b.Loop() {
		Review(string(text), PayInput{Region: "us", Remote: true}, today)
	}
}

func TestReviewHighlights(t *testing.T) {
	text := "We build event-driven services. You will lead a supportive team.\n" +
		"Salary: $120,000 – $150,000, plus a $2,000 learning stipend."
	rep := Review(text, PayInput{Where: []string{"us-ca"}}, today)
	var got []string
	for _, h := range rep.Highlights(text) {
		got = append(got, h.Kind+" "+text[h.Start:h.End])
		assert.NotEmpty(t, h.Note)
	}
	assert.Equal(t, []string{"technical event-driven", "masculine lead", "feminine supportive",
		"pay $120,000 – $150,000", "not-pay $2,000"}, got)
	assert.Empty(t, Report{}.Highlights(""))
}

func FuzzHighlights(f *testing.F) {
	f.Add("We build event-driven services. You will lead.\nSalary: $120,000 – $150,000, plus a $2,000 stipend.")
	f.Add("active-active leader-election $1-$2 stipend")
	f.Fuzz(func(t *testing.T, text string) {
		end := 0
		for _, h := range Review(text, PayInput{Where: []string{"us-ca"}}, today).Highlights(text) {
			require.GreaterOrEqual(t, h.Start, end, "overlap or out of order")
			require.Greater(t, h.End, h.Start)
			require.LessOrEqual(t, h.End, len(text))
			end = h.End
		}
	})
}
