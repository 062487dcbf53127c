package hiring

import (
	"fmt"
	"net/url"
	"strconv"
	"strings"
)

// MaxFieldProblems is the most problems reported for one field. The
// field's further wrong values are counted in one last problem ("and 12
// more wrong values not listed here"), so a list of thousands of bad items
// gives a message of a few lines, not one line per item.
const MaxFieldProblems = 3

// MaxQueryParams is the most key=value pairs a query may have: the limit of
// Go's url.ParseQuery (net/url, Go 1.26), which refuses a longer query
// whole. A longer query is dropped whole, and its problem says so.
const MaxQueryParams = 10000

// ProblemList collects the problems of decoding an input, merged: a wrong
// value given again for the same field is counted on its first problem
// (`"x" (given 3 times) is not a need`), and after MaxFieldProblems
// problems of one field the field's further ones are only counted, in a
// last problem of that field. Adding a problem costs constant time, so
// decoding stays linear in the length of the input. The zero value is an
// empty list.
type ProblemList struct {
	head    []Problem // problems given before, kept as they are
	entries []problemEntry
	index   map[problemKey]int // the entry of a field, value and message
	listed  map[string]int     // entries per field
	more    map[string]int     // problems counted but not listed, per field
}

// problemEntry is one listed problem and how often it was found.
type problemEntry struct {
	problemKey
	times int
}

// problemKey identifies a problem: the same message for the same value
// of the same field is one problem.
type problemKey struct {
	field, value, message string
}

// NewProblemList returns a list that starts with the problems head, which
// are kept as they are, before the ones added.
func NewProblemList(head []Problem) *ProblemList {
	return &ProblemList{head: head}
}

// Fail adds the problem that value of field is wrong: message says what
// is wrong and what is allowed, after the value in quotes
// (`"12x" is not a number; …`).
func (l *ProblemList) Fail(field, value, message string) {
	k := problemKey{field, value, message}
	if i, ok := l.index[k]; ok {
		l.entries[i].times++
		return
	}
	if l.listed[field] >= MaxFieldProblems {
		if l.more == nil {
			l.more = map[string]int{}
		}
		l.more[field]++
		return
	}
	if l.index == nil {
		l.index, l.listed = map[problemKey]int{}, map[string]int{}
	}
	l.index[k] = len(l.entries)
	l.listed[field]++
	l.entries = append(l.entries, problemEntry{problemKey: k, times: 1})
}

// Problems returns the problems: those the list started with, then the
// added ones in the order they were first found, each field's count of
// the ones not listed right after that field's last listed problem.
func (l *ProblemList) Problems() []Problem {
	out := append([]Problem(nil), l.head...)
	left := make(map[string]int, len(l.listed))
	for f, n := range l.listed {
		left[f] = n
	}
	for _, e := range l.entries {
		times := ""
		if e.times > 1 {
			times = " (given " + strconv.Itoa(e.times) + " times)"
		}
		out = append(out, Problem{
			Field:   e.field,
			Value:   truncate(e.value, 80),
			Message: fmt.Sprintf("%q%s %s", truncate(e.value, 40), times, e.message),
		})
		if left[e.field]--; left[e.field] == 0 && l.more[e.field] > 0 {
			n := l.more[e.field]
			out = append(out, Problem{
				Field:   e.field,
				Message: fmt.Sprintf("and %d more wrong %s not listed here", n, plural(n, "value", "values")),
			})
		}
	}
	return out
}

// SplitQuery splits a URL query string (with or without a leading "?")
// into its values, as url.ParseQuery does, and reports what could not be
// read as one problem of the field "query": a malformed pair is left out
// and the rest used; a query of more than MaxQueryParams pairs is dropped
// whole.
func SplitQuery(q string) (url.Values, []Problem) {
	q = strings.TrimPrefix(q, "?")
	// url.ParseQuery counts pairs this way, empty ones included.
	if n := strings.Count(q, "&") + 1; n > MaxQueryParams {
		return url.Values{}, []Problem{{Field: "query", Value: truncate(q, 80),
			Message: fmt.Sprintf("the link has %d parameters, more than the %d hirecalc reads, so all of it was dropped and the defaults are used", n, MaxQueryParams)}}
	}
	values, err := url.ParseQuery(q)
	switch {
	case err == nil:
		return values, nil
	case len(values) == 0:
		return values, []Problem{{Field: "query", Value: truncate(q, 80),
			Message: "the link could not be read (" + errText(err) + "); the defaults are used"}}
	default:
		return values, []Problem{{Field: "query", Value: truncate(q, 80),
			Message: "part of the link could not be read (" + errText(err) + "); the rest was used"}}
	}
}

// plural returns one when n is 1, else many.
func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
