//go:build !wasm

package e2e

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os/exec"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"hirecalc/app/check"
)

// pastedPosting is a job description of the user's own: masculine-coded
// ("competition", "decisiveness" against "empathy", "kindness", glued by
// punctuation and an en dash), with an open-ended pay range.
const pastedPosting = "Senior Backend Engineer\n\n" +
	"Ambition:competition–decisiveness, empathy&kindness. " +
	"You will design and run the services behind our payments product with a small team. " +
	"Pay: up to $150,000 a year, with health insurance and paid time off."

// textJS reads the text content of an element, shown or not ("" when
// missing).
func textJS(sel string) string {
	return fmt.Sprintf(`(document.querySelector(%s)?.textContent ?? "")`, js(sel))
}

// TestPosting pastes a job description and reads its three checks, then
// confirms the suggested pay range and finds it in the JSON-LD and in the
// address bar.
func TestPosting(t *testing.T) {
	needSites(t)
	tb := newBrowser(t)
	tb.grant(serveSite.Origin(), "clipboard-read", "clipboard-write")
	tb.emulateFocus()
	tb.open(serveSite.URL("/"))

	// The job can be done in New York City, which wants a minimum and a
	// maximum.
	tb.setField("where-us-nyc", "on")
	tb.waitQuery("where", "us-nyc")

	ok := eval[bool](tb, fmt.Sprintf(`((e, v) => {
		if (!e) return false;
		e.value = v;
		e.dispatchEvent(new Event("input", {bubbles: true}));
		return true;
	})(document.querySelector("#paste-text"), %s)`, js(pastedPosting)))
	if !ok {
		t.Fatal("the page has no #paste-text")
	}
	tb.click("#paste-check")
	tb.waitFor("#paste-checks to show the gender check", textJS("#paste-check-gender")+`.includes("masculine-coded")`, answerTimeout)

	gender := oneLine(tb.text("#paste-check-gender"))
	assert.Contains(t, gender, "competition")
	assert.Contains(t, gender, "Found in:", "the coded words do not say where they occur")
	assert.Regexp(t, `Flesch Reading Ease -?[0-9]+\.[0-9]`, oneLine(tb.text("#paste-check-readability")))
	payCheck := oneLine(tb.text("#paste-check-pay"))
	assert.Contains(t, payCheck, "New York City")
	assert.Contains(t, payCheck, "missing", "an open-ended range passed New York City's rule")
	assert.Contains(t, tb.attr("#paste-check-pay", "class"), "check-warn")
	assert.Contains(t, payCheck, "Not legal advice")
	assert.NotContains(t, eval[string](tb, "location.href"), "Ambition", "the pasted text reached the address bar")
	// The draft keeps its own checks.
	assert.True(t, tb.exists("#jd-checks #check-gender"), "the draft lost its checks")
	tb.screenshot("pasted-checks")

	// The JSON-LD has no pay until the range is confirmed.
	assert.NotContains(t, eval[string](tb, textJS("#jd-jsonld")), "baseSalary", "an estimate reached the JSON-LD")
	tb.click("#pay-confirm")
	tb.waitFor("the JSON-LD to carry baseSalary", textJS("#jd-jsonld")+`.includes("baseSalary")`, answerTimeout)
	jsonld := eval[string](tb, textJS("#jd-jsonld"))
	assert.Contains(t, jsonld, `"minValue"`)
	assert.Contains(t, jsonld, `"maxValue"`)
	q := tb.query()
	assert.NotEmpty(t, q.Get("paymin"), "the URL does not mirror the confirmed range: %s", q.Encode())
	assert.NotEmpty(t, q.Get("paymax"))
	assert.Equal(t, q.Get("paymin"), tb.text("#in-paymin"), "the form does not show the confirmed minimum")
	assert.False(t, strings.ContainsAny(q.Get("paymin"), ".,"), "the minimum is not in whole units")
	assert.Equal(t, "estimate", q.Get("paysource"), "the link does not say the range is the confirmed estimate")
	assert.Equal(t, "true", eval[string](tb, `String(document.querySelector("#in-paysource")?.checked)`))
	tb.waitFor("the pay check to count the confirmed range", `!`+textJS("#check-pay")+`.includes("met only if")`, answerTimeout)

	// The pasted text and its checks survive the re-render.
	assert.Equal(t, pastedPosting, tb.text("#paste-text"))
	assert.True(t, tb.exists("#paste-check-gender"), "the pasted checks went away")
	tb.screenshot("pay-confirmed")

	// The other formats: copy the JSON-LD itself.
	eval[bool](tb, `(() => { const s = document.querySelector("#jd-format"); s.value = "jsonld"; s.dispatchEvent(new Event("change", {bubbles: true})); return true; })()`)
	tb.click("#jd-copy-as")
	tb.waitFor("the clipboard to hold the JSON-LD", `navigator.clipboard.readText().then(v => v.includes('"@type": "JobPosting"') && v.includes("baseSalary"), () => false)`, answerTimeout)
	// The status follows the clipboard's promise, so it may come a frame
	// after the clipboard holds the text.
	tb.waitFor("the status to name the copied format", textJS("#jd-status")+`.includes(".jsonld")`, answerTimeout)
}

// TestPostingNarrow checks that the pasted checks, the JSON-LD and the
// confirmed range fit a 320 px phone screen.
func TestPostingNarrow(t *testing.T) {
	needSites(t)
	tb := newBrowser(t, withWindow(320, 720))
	tb.emulatePhone(320, 720)
	tb.open(serveSite.URL("/?where=us-nyc,us-ca,us-co,us-wa"))

	eval[bool](tb, fmt.Sprintf(`((e, v) => { e.value = v; return true; })(document.querySelector("#paste-text"), %s)`, js(pastedPosting)))
	tb.click("#paste-check")
	tb.waitFor("#paste-checks", textJS("#paste-check-pay")+`.includes("New York City")`, answerTimeout)
	tb.click("#pay-confirm")
	tb.waitFor("the JSON-LD to carry baseSalary", textJS("#jd-jsonld")+`.includes("baseSalary")`, answerTimeout)
	eval[bool](tb, `(() => { document.querySelector("#jd-structured").open = true; return true; })()`)
	assert.Empty(t, eval[string](tb, overflowJS), "the page scrolls sideways at 320 px")
	tb.screenshot("320-posting")
}

// markedPosting has a pay range, a stipend and technical compounds, and a
// payload that must stay text.
const markedPosting = "Senior Backend Engineer\n\n" +
	"We build event-driven payment services with test-driven development, and you will lead a supportive team.\n\n" +
	"Salary: $140,000 – $170,000 a year.\n" +
	"Benefits: health insurance and a $2,000 annual learning stipend. <img src=x onerror=alert(1)>"

// mark is one highlighted span: its kind, its byte offset in the text and
// its text.
type mark struct {
	Kind string `json:"kind"`
	At   int    `json:"at"`
	Text string `json:"text"`
}

// cliMarks runs the native `hirecalc check --format json` on text, as a
// script would, and returns the spans its report points at: each coded
// word (the whole term for a technical term), the pay checked and the
// amounts that are not pay, in order.
func cliMarks(t *testing.T, text string, where string) []mark {
	t.Helper()
	bin, err := nativeBinary(versionA)
	require.NoError(t, err)
	cmd := exec.Command(bin, "check", "--format", "json", "--where", where)
	cmd.Stdin = strings.NewReader(text)
	var out bytes.Buffer
	cmd.Stdout = &out
	require.NoError(t, cmd.Run(), "the range is met, so check exits 0")
	var rep check.Report
	require.NoError(t, json.Unmarshal(out.Bytes(), &rep))
	var marks []mark
	seen := map[mark]bool{}
	add := func(m mark) {
		if !seen[m] {
			seen[m] = true
			marks = append(marks, m)
		}
	}
	for _, w := range rep.Gender.Words {
		for i, p := range w.Positions {
			if w.Technical != "" {
				add(mark{"hl-technical", w.TermPositions[i], text[w.TermPositions[i] : w.TermPositions[i]+len(w.Technical)]})
			} else {
				add(mark{"hl-" + w.Coding, p, text[p : p+len(w.Word)]})
			}
		}
	}
	require.NotNil(t, rep.Pay.Pay, "the CLI found no pay")
	add(mark{"hl-pay", rep.Pay.Pay.Offset, rep.Pay.Pay.Text})
	for _, np := range rep.Pay.NotPay {
		add(mark{"hl-not-pay", np.Offset, np.Text})
	}
	sort.Slice(marks, func(i, j int) bool { return marks[i].At < marks[j].At })
	return marks
}

// TestPastedHighlights pastes a posting with a pay range, a stipend and
// technical compounds and checks that the paste view marks exactly the
// words and amounts `hirecalc check` reports for the same text.
func TestPastedHighlights(t *testing.T) {
	needSites(t)
	want := cliMarks(t, markedPosting, "us-ca")
	kinds := map[string]int{}
	for _, m := range want {
		kinds[m.Kind]++
	}
	require.Equal(t, map[string]int{"hl-technical": 2, "hl-masculine": 1, "hl-feminine": 1, "hl-pay": 1, "hl-not-pay": 1}, kinds,
		"the posting no longer has what the test is about: %+v", want)

	tb := newBrowser(t)
	tb.open(serveSite.URL("/"))
	tb.setField("where-us-ca", "on")
	tb.waitQuery("where", "us-ca")
	eval[bool](tb, fmt.Sprintf(`((e, v) => { e.value = v; e.dispatchEvent(new Event("input", {bubbles: true})); return true; })(document.querySelector("#paste-text"), %s)`, js(markedPosting)))
	tb.click("#paste-check")
	tb.waitFor("the marked text", `document.querySelectorAll("#paste-check-marked .marked mark").length > 0`, answerTimeout)

	raw := eval[string](tb, `JSON.stringify(Array.from(document.querySelectorAll("#paste-check-marked .marked mark")).map(m => ({kind: m.className, at: Number(m.dataset.at), text: m.textContent})))`)
	var got []mark
	require.NoError(t, json.Unmarshal([]byte(raw), &got))
	assert.Equal(t, want, got, "the paste view marks other words or amounts than hirecalc check reports")
	assert.Equal(t, markedPosting, eval[string](tb, textJS("#paste-check-marked .marked")), "the marked text lost or added characters")
	assert.False(t, tb.exists("#paste-check-marked img"), "the pasted markup became an element")
	assert.Contains(t, tb.attr(`#paste-check-marked mark.hl-technical`, "title"), "no other word suggested")
	assert.Contains(t, oneLine(tb.text("#paste-check-gender")), `in “event-driven”, a technical term`)
	assert.Contains(t, oneLine(tb.text("#paste-check-pay")), "Not pay, so not checked: $2,000 (stipend or allowance)")
	assert.Contains(t, oneLine(tb.text("#paste-check-readability")), "Sentences end at a line break")
	tb.screenshot("pasted-highlights")
}
