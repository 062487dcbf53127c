//go:build !wasm

package e2e

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The accessibility tests run axe-core, pinned in package.json and
// package-lock.json beside this file and installed with `npm ci` (make
// test and make e2e do it), in the live app: the full view and the
// widget, light and dark, on a 320 px phone and on a desktop, with every
// section opened. No rule is disabled.

// axePath is axe-core's browser build, installed by npm ci.
const axePath = "node_modules/axe-core/axe.min.js"

// axeVersion is the axe-core version package.json pins.
const axeVersion = "4.14.1"

var (
	axeOnce   sync.Once
	axeSource string
	axeErr    error
)

// axeScript returns axe-core's source, failing the test (never skipping
// it) when npm ci has not installed it.
func axeScript(t *testing.T) string {
	t.Helper()
	axeOnce.Do(func() {
		b, err := os.ReadFile(axePath)
		if errors.Is(err, fs.ErrNotExist) {
			abs, _ := filepath.Abs(axePath)
			axeErr = fmt.Errorf("axe-core is not installed at %s: run `npm ci` in cmd/hirecalc/e2e (make e2e and make test do)", abs)
			return
		}
		axeSource, axeErr = string(b), err
	})
	require.NoError(t, axeErr)
	return axeSource
}

// axeViolation is one rule axe-core found broken, with the elements that
// break it.
type axeViolation struct {
	ID     string `json:"id"`
	Impact string `json:"impact"`
	Help   string `json:"help"`
	Nodes  []struct {
		Target  []any  `json:"target"`
		HTML    string `json:"html"`
		Summary string `json:"failureSummary"`
	} `json:"nodes"`
}

func (v axeViolation) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s (%s): %s", v.ID, v.Impact, v.Help)
	for i, n := range v.Nodes {
		if i == 5 {
			fmt.Fprintf(&b, "\n    … and %d more", len(v.Nodes)-5)
			break
		}
		fmt.Fprintf(&b, "\n    %v %s\n      %s", n.Target, shorten(n.HTML), strings.ReplaceAll(n.Summary, "\n", " "))
	}
	return b.String()
}

// axe runs axe-core on the tab's document and returns the violations. It
// is injected through DevTools, which the page's policy does not govern;
// axe then runs in the page.
func (tb *tab) axe() []axeViolation {
	tb.t.Helper()
	if !eval[bool](tb, `typeof window.axe === "object"`) {
		eval[any](tb, axeScript(tb.t)+";undefined")
		require.Equal(tb.t, axeVersion, eval[string](tb, `axe.version`), "axe-core version")
	}
	return eval[[]axeViolation](tb, `axe.run(document, {resultTypes: ["violations"]}).then((r) => r.violations)`)
}

// assertAxeClean fails the test with every violation axe-core finds.
func (tb *tab) assertAxeClean(where string) {
	tb.t.Helper()
	for _, v := range tb.axe() {
		tb.t.Errorf("%s: axe-core: %s", where, v)
	}
}

// emulateScheme makes the page see prefers-color-scheme: scheme.
func (tb *tab) emulateScheme(scheme string) {
	tb.t.Helper()
	tb.do("emulating prefers-color-scheme: "+scheme, chromedp.Func(func(ctx context.Context, _ *chromedp.Target) error {
		_, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
			Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: scheme}},
		})
		return err
	}))
}

// openEverything opens every part of the live page a visitor can open:
// the posting fields, the pay switches (used), the job description (the
// widget's toggle), a pasted posting checked, and every details element.
func (tb *tab) openEverything() {
	tb.t.Helper()
	if tb.exists("#embed-jd-toggle") && tb.attr("#embed-jd-toggle", "aria-expanded") != "true" {
		tb.click("#embed-jd-toggle")
		tb.waitFor("the widget's job description to open", visibleJS("#jd-text"), answerTimeout)
	}
	if tb.exists("#posting-fields") {
		eval[any](tb, `document.querySelector("#posting-fields").open = true`)
		tb.setField("company", "Acme Robotics")
		tb.waitQuery("company", "Acme Robotics")
	}
	// The pay switches: another currency and period, then back to the
	// year, so every switch has been used.
	for _, sel := range []string{"#pay-period input[value=month]", "#pay-currency input:not(:checked)", "#pay-period input[value=hour]"} {
		if tb.exists(sel + ":not(:disabled)") {
			before := tb.text("#pay-range")
			tb.click(sel)
			tb.waitChange("#pay-range", before, "the pay to follow "+sel)
		}
	}
	if tb.exists("#paste-text") {
		ok := eval[bool](tb, fmt.Sprintf(`((e, v) => {
			e.value = v;
			e.dispatchEvent(new Event("input", {bubbles: true}));
			return true;
		})(document.querySelector("#paste-text"), %s)`, js(pastedPosting)))
		require.True(tb.t, ok)
		tb.click("#paste-check")
		tb.waitFor("the pasted posting's checks", textJS("#paste-check-gender")+` !== ""`, answerTimeout)
	}
	eval[any](tb, `document.querySelectorAll("details").forEach((d) => { d.open = true; })`)
	tb.waitFor("every details element open", `[...document.querySelectorAll("details")].every((d) => d.open)`, answerTimeout)
}

// axeCase is one page the accessibility test checks.
type axeCase struct {
	name   string
	path   string
	scheme string // emulated prefers-color-scheme
}

// TestAccessibility runs axe-core on the full view and the widget, light
// and dark, at 320 px and 1280 px, once the app is live and every section
// is open, and expects no violation at all.
func TestAccessibility(t *testing.T) {
	needSites(t)
	axeScript(t)
	const widget = "/embed.html?embed=1&id=a11y&company=Acme&lock=stage&hide=location" +
		"&cta=https%3A%2F%2Facme.example%2Fjobs&ctalabel=Talk+to+us"
	cases := []axeCase{
		{"full view, light", "/", "light"},
		{"full view, dark", "/", "dark"},
		{"widget, auto theme, light system", widget, "light"},
		{"widget, auto theme, dark system", widget, "dark"},
		{"widget, theme=dark on a light system", widget + "&theme=dark&accent=%2358a6ff", "light"},
		{"widget, theme=light on a dark system", widget + "&theme=light&accent=%23aa3300", "dark"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			tb := newBrowser(t, withWindow(1280, 900))
			tb.emulateScheme(c.scheme)
			tb.open(staticSite.URL(c.path))
			tb.openEverything()
			for _, w := range []int64{1280, 320} {
				tb.do(fmt.Sprintf("a %d px viewport", w), chromedp.EmulateViewport(w, 800))
				tb.assertAxeClean(fmt.Sprintf("%s at %d px", c.name, w))
				// The answer, opened, as the visitor sees it.
				eval[any](tb, `document.querySelector("#rec").scrollIntoView()`)
				tb.screenshotViewport(fmt.Sprintf("%dpx", w))
			}
		})
	}
}

// TestAccessibilityControl shows that the check can fail: axe-core finds
// an image planted without alt text.
func TestAccessibilityControl(t *testing.T) {
	needSites(t)
	tb := newBrowser(t)
	tb.open(staticSite.URL("/"))
	eval[any](tb, `document.querySelector("#answer").insertAdjacentHTML("afterbegin", '<img id="axe-control" src="/web/icon-192.png">')`)
	var found []string
	for _, v := range tb.axe() {
		for _, n := range v.Nodes {
			if fmt.Sprint(n.Target) == "[#axe-control]" {
				found = append(found, v.ID)
			}
		}
	}
	assert.Contains(t, found, "image-alt", "axe-core did not see the planted image without alt text")
}
