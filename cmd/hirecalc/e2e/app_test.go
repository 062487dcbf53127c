//go:build !wasm

package e2e

import (
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
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

// answerOf reads the answer the page shows now.
func answerOf(tb *tab) answer {
	tb.t.Helper()
	return answer{
		Role:  tb.role(),
		Title: strings.TrimSpace(tb.text("#rec-title")),
		Pay:   strings.TrimSpace(tb.text("#pay-range")),
		JD:    strings.TrimSpace(tb.text("#jd-text")),
	}
}

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
			assert.NotEmpty(t, strings.TrimSpace(tb.text("#version")), "#version is empty")
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

// TestInputsUpdateAnswer changes the form the way a user does and checks
// that the recommendation, the pay and the job description follow, and that
// the URL follows the form. The last state is the example link; the
// test then opens that link in a new tab and expects the same answer.
func TestInputsUpdateAnswer(t *testing.T) {
	for _, s := range sites(t) {
		t.Run(s.kind, func(t *testing.T) {
			tb := newBrowser(t)
			tb.open(s.URL("/"))
			start := answerOf(tb)
			assertComplete(t, start)
			require.NotEqual(t, "standard", start.Role, "the default input (a startup) must not give standard titles")

			// Stage: a large tech company standardises titles.
			tb.setField("stage", "bigtech")
			tb.waitRole("standard")
			tb.waitQuery("stage", "bigtech")
			big := answerOf(tb)
			assert.NotEqual(t, start.Title, big.Title, "the title did not change with the stage")
			assert.NotEqual(t, start.JD, big.JD, "the job description did not change with the stage")
			tb.screenshot("bigtech")

			// Towards the example: an enterprise, regulated, with an owner.
			tb.setField("stage", "enterprise")
			tb.waitQuery("stage", "enterprise")
			tb.setField("regulated", "1")
			tb.waitQuery("regulated", "1")
			tb.setField("owner", "yes")
			tb.waitQuery("owner", "yes")

			// Needs: untick architecture, leaving feature and API work.
			tb.setNeed("architecture", false)
			tb.waitQuery("needs", "features,apis")

			// Level: the pay, the title and the job description follow.
			before := answerOf(tb)
			tb.setField("level", "mid")
			tb.waitQuery("level", "mid")
			tb.waitChange("#pay-range", before.Pay, "the pay range to follow the level")
			mid := answerOf(tb)
			assert.NotEqual(t, before.Title, mid.Title, "the title did not change with the level")
			assert.NotEqual(t, before.JD, mid.JD, "the job description did not change with the level")

			// Region: the pay follows.
			tb.setField("region", "pl")
			tb.waitQuery("region", "pl")
			tb.waitChange("#pay-range", mid.Pay, "the pay range to follow the region")

			// Team size, typed key by key.
			tb.typeInto("#in-team", "200")
			tb.waitQuery("team", "200")
			tb.waitRole("developer")
			final := answerOf(tb)
			assertComplete(t, final)
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
		})
	}
}

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
	tb.grant(serveSite.Origin(), "clipboard-read-write", "clipboard-sanitized-write")
	tb.emulateFocus()
	tb.open(serveSite.URL("/"))

	// Copy the job description of a changed answer, not the first one.
	before := tb.text("#jd-text")
	tb.setField("stage", "bigtech")
	jd := tb.waitChange("#jd-text", before, "the job description to follow the stage")

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
	assert.Equal(t, normalizeText(jd), normalizeText(got), "the clipboard does not hold the job description")
	tb.screenshot("copied")
}

// normalizeText makes line ends and trailing space comparable between the
// page's text and the clipboard.
func normalizeText(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	lines := strings.Split(strings.TrimSpace(s), "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " \t")
	}
	return strings.Join(lines, "\n")
}

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
