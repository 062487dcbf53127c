package hiring

import (
	"fmt"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// messages returns the problems as "field: message" lines.
func messages(problems []Problem) []string {
	out := make([]string, len(problems))
	for i, p := range problems {
		out[i] = p.Error()
	}
	return out
}

func TestRepeatedProblemsMerge(t *testing.T) {
	_, problems := ParseQuery("needs=" + strings.Repeat("x1,", 20000) + "apis")
	assert.Equal(t, []string{`needs: "x1" (given 20000 times) is not a need; use ` + list(Needs)}, messages(problems))
}

func TestEachFieldListsAHandfulOfProblems(t *testing.T) {
	items := make([]string, 20000)
	for i := range items {
		items[i] = "bad" + strconv.Itoa(i)
	}
	q := "needs=" + strings.Join(items, ",") + "&where=" + strings.Join(items[:5], ",") + "&team=abc"
	_, problems := ParseQuery(q)
	use := "is not a need; use " + list(Needs)
	where := "is not a pay-transparency jurisdiction; use " + strings.Join(Jurisdictions, ", ")
	assert.Equal(t, []string{
		`team: "abc" is not a number; enter a whole number from 0 to 100000`,
		`needs: "bad0" ` + use,
		`needs: "bad1" ` + use,
		`needs: "bad2" ` + use,
		"needs: and 19997 more wrong values not listed here",
		`where: "bad0" ` + where,
		`where: "bad1" ` + where,
		`where: "bad2" ` + where,
		"where: and 2 more wrong values not listed here",
	}, messages(problems))
}

func TestProblemListOneMore(t *testing.T) {
	l := NewProblemList([]Problem{{Field: "query", Message: "given first"}})
	for _, v := range []string{"a", "b", "a", "c", "d"} {
		l.Fail("lock", v, "is not an input")
	}
	assert.Equal(t, []string{
		"query: given first",
		`lock: "a" (given 2 times) is not an input`,
		`lock: "b" is not an input`,
		`lock: "c" is not an input`,
		"lock: and 1 more wrong value not listed here",
	}, messages(l.Problems()))
	assert.Empty(t, new(ProblemList).Problems(), "the zero value is an empty list")
}

func TestTooManyParametersDropTheQuery(t *testing.T) {
	tests := []struct {
		name     string
		params   int
		wantTeam int
		message  string
	}{
		{"the most Go reads", MaxQueryParams, 3, ""},
		{"one more", MaxQueryParams + 1, DefaultInput().Team,
			fmt.Sprintf("the link has %d parameters, more than the %d hirecalc reads, so all of it was dropped and the defaults are used", MaxQueryParams+1, MaxQueryParams)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q := "team=3" + strings.Repeat("&x=1", tt.params-1)
			in, problems := ParseQuery(q)
			assert.Equal(t, tt.wantTeam, in.Team)
			if tt.message == "" {
				assert.Empty(t, problems)
				return
			}
			require.Len(t, problems, 1)
			assert.Equal(t, "query", problems[0].Field)
			assert.Equal(t, tt.message, problems[0].Message)
		})
	}
}

func TestUnreadableQuerySaysWhatWasUsed(t *testing.T) {
	_, problems := ParseQuery("%zz")
	require.Len(t, problems, 1)
	assert.Equal(t, `query: the link could not be read (bad escape "%zz"); the defaults are used`, problems[0].Error())

	in, problems := ParseQuery("team=4&x=%zz")
	require.Len(t, problems, 1)
	assert.Equal(t, 4, in.Team)
	assert.Equal(t, `query: part of the link could not be read (bad escape "%zz"); the rest was used`, problems[0].Error())
}

// TestPayAmountsAreWhatTheMessageSays checks that the pay range accepts
// exactly what its message allows: a whole number from 1 to MaxPay in
// digits only.
func TestPayAmountsAreWhatTheMessageSays(t *testing.T) {
	msg := amountMessage
	require.Contains(t, msg, "digits only, without separators, signs, decimals or a currency")
	require.Contains(t, msg, "from 1 to 100000000")
	for _, tt := range []struct {
		amount string
		want   int // 0: refused
	}{
		{"120000", 120000},
		{"0120000", 120000},
		{"1", 1},
		{"100000000", MaxPay},
		{"0000000000000000100000000", MaxPay},
		{"0", 0},
		{"100000001", 0},
		{"99999999999999999999999", 0},
		{"120_000", 0},
		{"120,000", 0},
		{"120.000", 0},
		{"120 000", 0},
		{"120000.50", 0},
		{"+120000", 0},
		{"-120000", 0},
		{"1e5", 0},
		{"$120000", 0},
		{"１２０", 0}, // full-width digits
	} {
		t.Run(tt.amount, func(t *testing.T) {
			in, problems := FromValues(map[string][]string{"paymin": {tt.amount}, "paymax": {"100000000"}}, nil)
			if tt.want == 0 {
				require.Len(t, problems, 1)
				assert.Equal(t, "paymin", problems[0].Field)
				assert.Equal(t, fmt.Sprintf("%q %s", tt.amount, msg), problems[0].Message)
				assert.False(t, in.PayConfirmed())
				return
			}
			assert.Empty(t, problems)
			assert.Equal(t, tt.want, in.PayMin)
		})
	}
}
