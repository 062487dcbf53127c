//go:build !wasm

package e2e

import (
	"fmt"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"hirecalc/app/hiring"
)

// exampleQuery is the shared link of the issue: a large regulated enterprise
// where someone already owns the architecture, needing feature and API work
// from a mid-level hire in Poland. The answer is "post a developer role".
const exampleQuery = "team=200&stage=enterprise&regulated=1&owner=yes&needs=features,apis&level=mid&region=pl"

// roles are the four outcomes #rec-role can show in data-role.
var roles = []string{"developer", "engineer", "hybrid", "standard"}

// answer is what the page shows for one input.
type answer struct {
	Role, Title, Pay, JD string
}

// answerOf reads the answer the page shows now, as a user reads it.
func answerOf(tb *tab) answer {
	tb.t.Helper()
	return answer{
		Role:  tb.role(),
		Title: oneLine(tb.text("#rec-title")),
		Pay:   oneLine(tb.text("#pay-range")),
		JD:    normalizeText(tb.text("#jd-text")),
	}
}

// oneLine collapses all white space to single spaces.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// assertComplete checks that the answer has every part filled in.
func assertComplete(t *testing.T, a answer) {
	t.Helper()
	assert.Contains(t, roles, a.Role, "#rec-role data-role")
	assert.NotEmpty(t, a.Title, "#rec-title is empty")
	assert.Regexp(t, `\d`, a.Pay, "#pay-range shows no figure")
	assert.Greater(t, len(a.JD), 200, "#jd-text is too short to be a job description: %q", a.JD)
}

// TestPageLoadsWithoutConsoleErrors loads the app on both hosts, waits until
// the wasm app is mounted and has answered, and fails on any console error
// or uncaught exception (checked when the browser closes).
func TestPageLoadsWithoutConsoleErrors(t *testing.T) {
	for _, s := range sites(t) {
		t.Run(s.kind, func(t *testing.T) {
			tb := newBrowser(t)
			tb.open(s.URL("/"))
			a := answerOf(tb)
			assertComplete(t, a)
			assert.True(t, tb.exists("svg#pay-chart, #pay-chart svg"), "#pay-chart is not an SVG chart")
			assert.Equal(t, versionA, strings.TrimSpace(tb.text("#version")), "#version")
			assert.True(t, tb.visible("#footer"), "#footer is not visible")
			// Let late work (service worker registration, deferred renders)
			// report its errors before the browser closes.
			time.Sleep(time.Second)
			tb.screenshot("home")
		})
	}
}

// TestPrerenderedAnswer checks what a visitor sees before the wasm runs:
// with ?wasm=false go-app never starts the wasm, so the page shows exactly
// the prerendered HTML. `hirecalc serve` prerenders the query of a shared
// link; the static site prerenders the default input.
func TestPrerenderedAnswer(t *testing.T) {
	needSites(t)
	tb := newBrowser(t)

	// The default answer, prerendered by the Go handler.
	tb.navigate(serveSite.URL("/?wasm=false"))
	tb.waitFor("the prerendered #rec-role", `document.querySelector("#rec-role") !== null`, actionTimeout)
	assert.NotEqual(t, "1", tb.attr("body", "data-app-ready"), "the wasm ran although ?wasm=false")
	prerendered := answerOf(tb)
	assertComplete(t, prerendered)
	assert.True(t, tb.visible("#rec-title"), "the prerendered answer is not visible")
	tb.screenshot("serve-default")

	// The same page with the wasm running shows the same answer: the
	// prerendered page is replaced, and a difference would make it jump.
	tb.open(serveSite.URL("/"))
	assert.Equal(t, prerendered, answerOf(tb), "the app's answer differs from the prerendered one")

	// A shared link is prerendered with its own answer by the Go handler.
	for _, c := range []struct{ query, role string }{
		{"stage=bigtech", "standard"},
		{exampleQuery, "developer"},
	} {
		tb.navigate(serveSite.URL("/?" + c.query + "&wasm=false"))
		tb.waitFor("the prerendered #rec-role", `document.querySelector("#rec-role") !== null`, actionTimeout)
		assert.Equal(t, c.role, tb.role(), "prerendered role for ?%s", c.query)
	}
	tb.screenshot("serve-example")

	// The static site's index.html carries the default answer.
	tb.navigate(staticSite.URL("/?wasm=false"))
	tb.waitFor("the prerendered #rec-role", `document.querySelector("#rec-role") !== null`, actionTimeout)
	static := answerOf(tb)
	assertComplete(t, static)
	assert.Equal(t, prerendered.Role, static.Role, "static and served default roles differ")
	assert.Equal(t, prerendered.Title, static.Title, "static and served default titles differ")
	tb.screenshot("static-default")

	// And the HTML itself, without any script, holds the answer.
	for _, s := range sites(t) {
		html := fetch(t, s.URL("/"))
		assert.Regexp(t, `id="rec-role"`, html, "%s: the served HTML has no #rec-role", s.kind)
		assert.Regexp(t, `data-role="(developer|engineer|hybrid|standard)"`, html, "%s: the served HTML has no role", s.kind)
	}
}

// expect returns the domain's answer for a query: the oracle the page is
// compared with.
func expect(t *testing.T, q url.Values) hiring.Recommendation {
	t.Helper()
	in, problems := hiring.ParseQuery(q.Encode())
	require.Empty(t, problems, "the page's URL query %q has problems", q.Encode())
	return hiring.Recommend(in)
}

// waitAnswer waits until the page shows the domain's role and title for the
// page's current URL query, and returns the answer shown.
func waitAnswer(tb *tab) answer {
	tb.t.Helper()
	want := expect(tb.t, tb.query())
	tb.waitRole(string(want.Role))
	tb.waitFor(fmt.Sprintf("#rec-title to read %q", want.Title),
		fmt.Sprintf(`document.querySelector("#rec-title")?.textContent.trim() === %s`, js(want.Title)), answerTimeout)
	return answerOf(tb)
}

// TestInputsUpdateAnswer changes the form the way a user does and checks
// that the recommendation, the pay and the job description follow, and that
// the URL follows the form. After each change the page must show the answer
// hiring.Recommend gives for the page's URL. The steps are chosen so that
// each one changes the answer (checked against the domain first, so a change
// of the rules fails here with a clear message rather than passing quietly).
// The last state is the example link; the test then opens the
// page's own URL and the example link in a new tab and expects the same
// answer.
func TestInputsUpdateAnswer(t *testing.T) {
	for _, s := range sites(t) {
		t.Run(s.kind, func(t *testing.T) {
			tb := newBrowser(t)
			tb.open(s.URL("/"))
			start := waitAnswer(tb)
			assertComplete(t, start)

			// Team size, typed key by key: past the guide's small-team limit
			// the roles separate.
			q := tb.query()
			q.Set("team", "200")
			require.NotEqual(t, start.Role, string(expect(t, q).Role), "test design: team=200 should change the default answer")
			tb.typeInto("#in-team", "200")
			tb.waitQuery("team", "200")
			team := waitAnswer(tb)
			assert.NotEqual(t, start.Title, team.Title, "the title did not change with the team size")
			assert.NotEqual(t, start.JD, team.JD, "the job description did not change with the team size")
			tb.screenshot("team-200")

			// Stage: a large tech company standardises titles.
			tb.setField("stage", "bigtech")
			tb.waitQuery("stage", "bigtech")
			big := waitAnswer(tb)
			assert.Equal(t, "standard", big.Role)
			assert.NotEqual(t, team.Title, big.Title, "the title did not change with the stage")
			assert.NotEqual(t, team.JD, big.JD, "the job description did not change with the stage")
			tb.screenshot("bigtech")

			// Towards the example: an enterprise, regulated, with an owner.
			tb.setField("stage", "enterprise")
			tb.waitQuery("stage", "enterprise")
			tb.setField("regulated", "1")
			tb.waitQuery("regulated", "1")
			tb.setField("owner", "yes")
			tb.waitQuery("owner", "yes")
			owned := waitAnswer(tb)

			// Needs: untick architecture, leaving feature and API work.
			q = tb.query()
			q.Set("needs", "features,apis")
			require.NotEqual(t, owned.Role, string(expect(t, q).Role), "test design: dropping architecture should change the answer")
			tb.setNeed("architecture", false)
			tb.waitQuery("needs", "features,apis")
			needs := waitAnswer(tb)
			assert.NotEqual(t, owned.JD, needs.JD, "the job description did not change with the needs")

			// Level: the pay, the title and the job description follow.
			tb.setField("level", "mid")
			tb.waitQuery("level", "mid")
			tb.waitChange("#pay-range", needs.Pay, "the pay range to follow the level")
			mid := waitAnswer(tb)
			assert.NotEqual(t, needs.Title, mid.Title, "the title did not change with the level")
			assert.NotEqual(t, needs.JD, mid.JD, "the job description did not change with the level")

			// Region: the pay follows.
			tb.setField("region", "pl")
			tb.waitQuery("region", "pl")
			tb.waitChange("#pay-range", mid.Pay, "the pay range to follow the region")
			final := waitAnswer(tb)
			assertComplete(t, final)
			assert.Equal(t, "developer", final.Role, "the example's answer")
			tb.screenshot("example-typed")

			// The URL now is a shared link that restores the same answer.
			link := s.URL("/?" + tb.query().Encode())
			other := tb.b.newTab()
			other.open(link)
			assert.Equal(t, final, answerOf(other), "the link %s restores another answer", link)

			// And it matches the example link of the issue.
			other.open(s.URL("/?" + exampleQuery))
			assert.Equal(t, final, answerOf(other), "the typed state and the example link differ")
		})
	}
}

// TestSharedLinkRestoresState opens the example link cold and checks that
// the form shows its values, the answer is the link's, and the URL keeps
// them.
func TestSharedLinkRestoresState(t *testing.T) {
	for _, s := range sites(t) {
		t.Run(s.kind, func(t *testing.T) {
			tb := newBrowser(t)
			tb.open(s.URL("/?" + exampleQuery))
			tb.waitRole("developer")
			assertComplete(t, answerOf(tb))

			fields := map[string]string{"team": "200", "stage": "enterprise", "level": "mid", "region": "pl"}
			for key, want := range fields {
				got, _ := tb.read("#in-" + key)
				assert.True(t, strings.EqualFold(want, got), "#in-%s = %q, want %q", key, got, want)
			}
			for key, want := range map[string]bool{"regulated": true, "owner": true} {
				got, _ := tb.read("#in-" + key)
				assert.Equal(t, want, isOn(got), "#in-%s = %q", key, got)
			}
			for need, want := range map[string]bool{"features": true, "apis": true, "architecture": false, "leadership": false} {
				got, _ := tb.read("#in-needs-" + need)
				assert.Equal(t, want, isOn(got), "#in-needs-%s = %q", need, got)
			}
			q := tb.query()
			for key, want := range map[string]string{"team": "200", "stage": "enterprise", "regulated": "1",
				"owner": "yes", "needs": "features,apis", "level": "mid", "region": "pl"} {
				assert.True(t, sameQueryValue(key, want, q.Get(key)), "URL %s=%q, want %q", key, q.Get(key), want)
			}
			tb.screenshot("example-link")

			tb.open(s.URL("/?stage=bigtech"))
			tb.waitRole("standard")
		})
	}
}

func isOn(v string) bool {
	switch strings.ToLower(v) {
	case "on", "1", "yes", "true":
		return true
	}
	return false
}

// TestServiceWorkerControlsPage checks that go-app's service worker
// registers, controls the page and precaches the wasm.
func TestServiceWorkerControlsPage(t *testing.T) {
	for _, s := range sites(t) {
		t.Run(s.kind, func(t *testing.T) {
			tb := newBrowser(t)
			tb.open(s.URL("/"))
			tb.waitFor("a service worker to control the page", `navigator.serviceWorker.controller !== null`, 30*time.Second)
			scope := eval[string](tb, `navigator.serviceWorker.getRegistration().then(r => r ? r.scope : "")`)
			assert.Equal(t, s.URL("/"), scope, "service worker scope")
			tb.waitFor("app.wasm in the service worker's cache", wasmCachedJS, 60*time.Second)
			tb.waitFor("the service worker to be activated", swActivatedJS, 30*time.Second)
			// The first install is not an update: no banner may claim one.
			time.Sleep(500 * time.Millisecond)
			assert.False(t, tb.visible("#update"), "a first visit shows the update banner (#update)")
			tb.screenshot("first-visit")
		})
	}
}

// swActivatedJS is true once the page's service worker is activated.
const swActivatedJS = `navigator.serviceWorker.getRegistration().then(r => !!r && !!r.active && r.active.state === "activated")`

// wasmCachedJS is true once some cache of the origin holds app.wasm.
const wasmCachedJS = `(async () => {
	for (const name of await caches.keys()) {
		const c = await caches.open(name);
		if ((await c.keys()).some(r => new URL(r.url).pathname.endsWith("/app.wasm"))) return true;
	}
	return false;
})()`

// TestCopyPutsJobDescriptionOnClipboard clicks #jd-copy and reads the
// clipboard back.
func TestCopyPutsJobDescriptionOnClipboard(t *testing.T) {
	needSites(t)
	tb := newBrowser(t)
	tb.grant(serveSite.Origin(), "clipboard-read", "clipboard-write")
	tb.emulateFocus()
	tb.open(serveSite.URL("/"))

	// Copy the job description of a changed answer, not the first one.
	before := tb.text("#jd-text")
	tb.setField("stage", "bigtech")
	jd := normalizeText(tb.waitChange("#jd-text", before, "the job description to follow the stage"))

	tb.click("#jd-copy")
	var got string
	deadline := time.Now().Add(answerTimeout)
	for {
		v, err := evalErr[string](tb, `navigator.clipboard.readText()`)
		if err == nil && v != "" {
			got = v
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the clipboard stayed empty after clicking #jd-copy (last error: %v)", err)
		}
		time.Sleep(100 * time.Millisecond)
	}
	// The copy is plain text: list items carry "- " where the page draws a
	// bullet; otherwise it must be the same text, line by line.
	assert.Equal(t, jd, withoutBullets(normalizeText(got)), "the clipboard does not hold the job description")
	tb.screenshot("copied")
}

// normalizeText makes rendered text comparable: line ends, spaces within
// lines and blank lines between blocks do not count.
func normalizeText(s string) string {
	var lines []string
	for _, l := range strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n") {
		if l = oneLine(l); l != "" {
			lines = append(lines, l)
		}
	}
	return strings.Join(lines, "\n")
}

var bullet = regexp.MustCompile(`(?m)^(?:[-*•]|\d+[.)]) `)

// withoutBullets removes list markers at the start of lines.
func withoutBullets(s string) string { return bullet.ReplaceAllString(s, "") }

// TestNarrowViewportHasNoHorizontalScroll loads the page in a 320 px wide
// mobile viewport and checks that nothing is wider than the screen, in the
// prerendered page, the app, and the longest answers.
func TestNarrowViewportHasNoHorizontalScroll(t *testing.T) {
	needSites(t)
	tb := newBrowser(t, withWindow(320, 720))
	tb.emulatePhone(320, 720)

	for _, c := range []struct {
		name, path string
		app        bool
	}{
		{"prerendered", "/?wasm=false", false},
		{"default", "/", true},
		{"example", "/?" + exampleQuery, true},
		{"all-needs", "/?needs=features,apis,data,testing,architecture,scalability,reliability,security,devops,observability,leadership,domain&stage=scaleup&level=staff&region=latam&company=Example%20Company%20International&location=Buenos%20Aires", true},
	} {
		if c.app {
			tb.open(serveSite.URL(c.path))
		} else {
			tb.navigate(serveSite.URL(c.path))
			tb.waitFor("the prerendered page", `document.querySelector("#hc-form") !== null`, actionTimeout)
		}
		width := eval[int](tb, `document.documentElement.clientWidth`)
		require.Equal(t, 320, width, "%s: the viewport is not 320 px wide", c.name)
		res := eval[string](tb, overflowJS)
		assert.Empty(t, res, "%s: the page scrolls sideways at 320 px", c.name)
		tb.screenshot("320-" + c.name)
	}
}

// overflowJS returns "" when the page cannot scroll sideways, else what is
// too wide.
const overflowJS = `(() => {
	const doc = document.scrollingElement || document.documentElement;
	window.scrollTo(10000, 0);
	const scrolled = window.scrollX;
	window.scrollTo(0, 0);
	if (doc.scrollWidth <= doc.clientWidth && scrolled === 0) return "";
	const w = doc.clientWidth;
	const wide = [...document.querySelectorAll("body *")]
		.filter(e => { const r = e.getBoundingClientRect(); return r.width > 0 && r.right > w + 0.5; })
		.filter(e => !e.parentElement || e.parentElement.getBoundingClientRect().right <= w + 0.5)
		.slice(0, 8)
		.map(e => e.tagName.toLowerCase() + (e.id ? "#" + e.id : "") + (e.className && typeof e.className === "string" ? "." + e.className.trim().split(/\s+/).join(".") : "") + " right=" + Math.round(e.getBoundingClientRect().right));
	return "scrollWidth " + doc.scrollWidth + " > clientWidth " + w + " (scrollX " + scrolled + "); too wide: " + wide.join(", ");
})()`

// TestInlineErrorForBadInput types an out-of-range team size and expects a
// clear message beside the field, then a valid one clears it.
func TestInlineErrorForBadInput(t *testing.T) {
	needSites(t)
	tb := newBrowser(t)
	tb.open(serveSite.URL("/"))
	before := answerOf(tb)

	tb.typeInto("#in-team", "100001")
	tb.waitFor("#err-team to show", visibleJS("#err-team"), answerTimeout)
	msg := strings.TrimSpace(tb.text("#err-team"))
	assert.Regexp(t, regexp.MustCompile(`100[ ,.]?000`), msg, "the message does not say what is allowed")
	assert.Equal(t, before.Role, tb.role(), "a bad team size changed the answer")
	tb.screenshot("team-error")

	tb.typeInto("#in-team", "12")
	tb.waitQuery("team", "12")
	tb.waitFor("#err-team to go away", "!("+visibleJS("#err-team")+`) || document.querySelector("#err-team").textContent.trim() === ""`, answerTimeout)
}
