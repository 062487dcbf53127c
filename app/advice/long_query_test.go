package advice_test

import (
	"encoding/json"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"hirecalc/app/advice"
	"hirecalc/app/hiring"
)

// longQueryBytes is the size of the hostile queries below: 40 KB.
const longQueryBytes = 40 << 10

// longQueries are hostile queries of about 40 KB each, the worst kinds
// of input a shared link can carry: one bad list item repeated, distinct
// bad items, every field wrong many times over, overlong text and
// thousands of unknown keys.
func longQueries() map[string]string {
	fill := func(prefix, item func(i int) string) string {
		var b strings.Builder
		for i := 0; b.Len() < longQueryBytes; i++ {
			b.WriteString(prefix(i))
			b.WriteString(item(i))
		}
		return b.String()
	}
	str := func(s string) func(int) string { return func(int) string { return s } }
	return map[string]string{
		"one bad need repeated": "needs=" + fill(str(","), str("x")),
		"distinct bad needs":    "needs=" + fill(str(","), func(i int) string { return "n" + strconv.Itoa(i) }),
		"distinct bad places":   "where=" + fill(str(","), func(i int) string { return "w" + strconv.Itoa(i) }),
		"every key repeated": fill(str("&"), func(i int) string {
			k := []string{"team", "stage", "needs", "region", "company", "paymin"}[i%6]
			return k + "=bad" + strconv.Itoa(i)
		}),
		"overlong text": "company=" + strings.Repeat("Acme+%22Rocket%22+%26+Sons+", longQueryBytes/27) +
			"&benefits=" + strings.Repeat("%E2%80%AE", 2000),
		"unknown keys": fill(str("&"), func(i int) string { return "k" + strconv.Itoa(i) + "=1" }),
	}
}

// TestLongQueriesGiveShortAnswers checks that a 40 KB query gives a
// handful of problems per field, not one per bad item, and an answer of
// the usual size.
func TestLongQueriesGiveShortAnswers(t *testing.T) {
	for name, q := range longQueries() {
		t.Run(name, func(t *testing.T) {
			in, problems := hiring.ParseQuery(q)
			perField := map[string]int{}
			for _, p := range problems {
				perField[p.Field]++
			}
			for f, n := range perField {
				assert.LessOrEqual(t, n, hiring.MaxFieldProblems+1, "field %s: %d problems", f, n)
			}
			r := advice.Advise(in, today)
			r.Problems = append(problems, r.Problems...)
			b, err := json.Marshal(r)
			assert.NoError(t, err)
			assert.Less(t, len(b), 200<<10, "the answer to a 40 KB query is %d bytes of JSON", len(b))
		})
	}
}

// BenchmarkAdviseLongQuery answers each 40 KB query: decoding and the
// whole answer, as the app does on every change of a shared link.
func BenchmarkAdviseLongQuery(b *testing.B) {
	for name, q := range longQueries() {
		b.Run(strings.ReplaceAll(name, " ", "-"), func(b *testing.B) {
			b.SetBytes(int64(len(q)))
			for b.Loop() {
				in, _ := hiring.ParseQuery(q)
				advice.Advise(in, today)
			}
		})
	}
}
