//go:build !wasm

package e2e

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
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
