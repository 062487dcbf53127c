package hiring

import (
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
// last problem of that field. Adding a problem costs constant time (it
// looks through at most the MaxFieldProblems problems of its field), so
// decoding stays linear in the length of the input. The zero value is an
// empty list.
type ProblemList struct {
	head    []Problem // problems given before, kept as they are
	entries []problemEntry
	fields  []fieldCount
}

// problemEntry is one listed problem and how often it was found.
type problemEntry struct {
	field, value, message string
	times                 int
}

// fieldCount counts the problems of one field: listed, and found beyond
// those.
type fieldCount struct {
	field        string
	listed, more int
}

// NewProblemList returns a list that starts with the problems head, which
// are kept as they are, before the ones added.
func NewProblemList(head []Problem) *ProblemList {
	return &ProblemList{head: head}
}

// count returns the counts of field in counts, and counts with them
// added when new.
func count(counts []fieldCount, field string) (*fieldCount, []fieldCount) {
	for i := range counts {
		if counts[i].field == field {
			return &counts[i], counts
		}
	}
	counts = append(counts, fieldCount{field: field})
	return &counts[len(counts)-1], counts
}

// Fail adds the problem that value of field is wrong: message says what
// is wrong and what is allowed, after the value in quotes
// (`"12x" is not a number; …`).
func (l *ProblemList) Fail(field, value, message string) {
	for i := range l.entries {
		if e := &l.entries[i]; e.field == field && e.value == value && e.message == message {
			e.times++
			return
		}
	}
	var c *fieldCount
	c, l.fields = count(l.fields, field)
	if c.listed >= MaxFieldProblems {
		c.more++
		return
	}
	c.listed++
	l.entries = append(l.entries, problemEntry{field, value, message, 1})
}

// Problems returns the problems: those the list started with, then the
// added ones in the order they were first found, each field's count of
// the ones not listed right after that field's last listed problem.
func (l *ProblemList) Problems() []Problem {
	out := append([]Problem(nil), l.head...)
	left := append([]fieldCount(nil), l.fields...) // counted down to each field's last listed problem
	for _, e := range l.entries {
		times := ""
		if e.times > 1 {
			times = " (given " + strconv.Itoa(e.times) + " times)"
		}
		out = append(out, Problem{Field: e.field, Value: truncate(e.value, 80),
			Message: strconv.Quote(truncate(e.value, 40)) + times + " " + e.message})
		c, _ := count(left, e.field)
		if c.listed--; c.listed == 0 && c.more > 0 {
			out = append(out, Problem{Field: e.field,
				Message: "and " + strconv.Itoa(c.more) + " more wrong " + plural(c.more, "value", "values") + " not listed here"})
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
	var values url.Values
	var err error
	msg := ""
	// url.ParseQuery counts pairs this way, empty ones included.
	if n := strings.Count(q, "&") + 1; n > MaxQueryParams {
		values = url.Values{}
		msg = "the link has " + strconv.Itoa(n) + " parameters, more than the " + strconv.Itoa(MaxQueryParams) +
			" hirecalc reads, so all of it was dropped and the defaults are used"
	} else if values, err = url.ParseQuery(q); err == nil {
		return values, nil
	} else if len(values) == 0 {
		msg = "the link could not be read (" + errText(err) + "); the defaults are used"
	} else {
		msg = "part of the link could not be read (" + errText(err) + "); the rest was used"
	}
	return values, []Problem{{Field: "query", Value: truncate(q, 80), Message: msg}}
}

// plural returns one when n is 1, else many.
func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
