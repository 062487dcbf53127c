package jobdesc

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"hirecalc/app/hiring"
)

// blockStarts are user strings that, at the start of a Markdown line,
// would open a block of their own (CommonMark and GitHub's tables).
var blockStarts = []string{
	"# Heading", "###### Six", "#", "+ item", "- item", "* item", "-", "1. first", "1) first",
	"123456789. long", "> quote", "| a | b |", "---", "***", "___", "- - -", "===", "=",
	"    indented code", "\tindented code", "```go", "~~~", "<div>", "<!-- x -->",
	"[ref]: https://evil.example", "Title ends in a closing sequence ##", "Title #",
}

// mdBlockStart matches a line whose text would open a block or a
// heading's closing sequence.
var mdBlockStart = regexp.MustCompile(`^(?: {0,3}(?:#{1,6}(?:[ \t]|$)|[-+*](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$)|>|\||=+[ \t]*$|(?:-[ \t]*){3,}$|(?:\*[ \t]*){3,}$|(?:_[ \t]*){3,}$|` +
	"```|~~~" + `|<|\[[^\]]*\]:)| {4}|\t)`)

// headingClose matches the closing sequence of an ATX heading, which a
// renderer drops.
var headingClose = regexp.MustCompile(`(?:^|[ \t])#+[ \t]*$`)

// markdownBlockProblems returns the lines of a Markdown rendering whose
// text (after the structure hirecalc writes: "# " title, "## " heading,
// "- " list item under the headings of lists) would start a block, so
// that user text changed the document's structure.
func markdownBlockProblems(md string) []string {
	heads := []string{headAbout, headResp, headMustHave, headNiceToHave, headCompensation, headLocation, headApply}
	lists := []string{headResp, headMustHave, headNiceToHave}
	var out []string
	inList := false
	for i, line := range strings.Split(strings.TrimSuffix(md, "\n"), "\n") {
		text := line
		switch {
		case line == "":
			continue
		case i == 0:
			if !strings.HasPrefix(line, "# ") {
				out = append(out, fmt.Sprintf("line 1 is not the title: %q", line))
				continue
			}
			text = strings.TrimPrefix(line, "# ")
			if headingClose.MatchString(text) {
				out = append(out, fmt.Sprintf("the title loses its end: %q", line))
			}
		case strings.HasPrefix(line, "## "):
			head := strings.TrimPrefix(line, "## ")
			if !slices.Contains(heads, head) {
				out = append(out, fmt.Sprintf("line %d is a heading of user text: %q", i+1, line))
			}
			inList = slices.Contains(lists, head)
			continue
		case inList && strings.HasPrefix(line, "- "):
			text = strings.TrimPrefix(line, "- ")
		}
		if mdBlockStart.MatchString(text) {
			out = append(out, fmt.Sprintf("line %d starts a block: %q", i+1, line))
		}
	}
	return out
}

func TestTheBlockCheckerCatchesBlocks(t *testing.T) {
	for _, s := range blockStarts {
		md := "# Title\n\n## " + headAbout + "\n\n" + s + "\n"
		if strings.HasSuffix(s, "#") && !strings.HasPrefix(s, "#") {
			md = "# " + s + "\n"
		}
		assert.NotEmpty(t, markdownBlockProblems(md), "%q is not caught", s)
		assert.NotEmpty(t, append(markdownBlockProblems("# T\n\n## "+headResp+"\n\n- "+s+"\n"), markdownBlockProblems("# "+s+" #\n")...), "%q in a list item", s)
	}
	assert.Empty(t, markdownBlockProblems("# Senior Backend Engineer\n\n## "+headAbout+"\n\nPlain text, 1.5 times.\n\n## "+headResp+"\n\n- item\n"))
}

func TestMdLineStartsNoBlock(t *testing.T) {
	for _, s := range blockStarts {
		got := mdLine(s)
		assert.False(t, mdBlockStart.MatchString(got), "%q → %q starts a block", s, got)
		assert.False(t, headingClose.MatchString(got), "%q → %q ends a heading", s, got)
	}
	for s, want := range map[string]string{
		"# Heading":   `\# Heading`,
		"1. first":    `1\. first`,
		"- item":      `\- item`,
		"C# #":        `C# \#`,
		"  two":       "&#32;&#32;two",
		"Acme & Sons": "Acme & Sons",
		"2026 plans":  "2026 plans",
	} {
		assert.Equal(t, want, mdLine(s), "%q", s)
	}
}

// TestMarkdownUserTextStartsNoBlock puts each block start in every user
// field of the draft: no line of the Markdown export may start a block
// or end the title.
func TestMarkdownUserTextStartsNoBlock(t *testing.T) {
	for field, set := range xssFields {
		for _, s := range blockStarts {
			t.Run(field+"/"+s, func(t *testing.T) {
				in, rec := fixtureInput(), fixtureRec(hiring.RoleEngineer, fixtureInput().Level)
				set(&in, &rec, s)
				md := Draft(in, rec, estimatePay).Markdown()
				assert.Empty(t, markdownBlockProblems(md), "%s", md)
			})
		}
	}
}
