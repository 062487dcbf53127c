//go:build !wasm

package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"hirecalc/app/hiring"
)

// The first-paint tests look at what a visitor sees before app.wasm runs
// (on sites that answer 404 for app.wasm, so "before" lasts as long as
// the test likes) and across its start: a page never shows an answer
// that is not its link's, the default page shows its answer at once, and
// the widget has its own layout from the first frame.

// frameRecorderJS records, in every animation frame of every top-level
// document of the tab from its start, what the visitor sees: the answer's
// title and role when they are visible, the pending note, whether the
// full site's header or the widget's form shows. A frame is recorded
// when it differs from the one before. The records survive a navigation
// within the tab (sessionStorage), so a page that moves on is seen too.
const frameRecorderJS = `(() => {
	if (window.top !== window) return;
	const key = "hcFrames";
	let last = "";
	const shown = (e) => !!e && e.getClientRects().length > 0 && getComputedStyle(e).visibility === "visible";
	const text = (sel) => { const e = document.querySelector(sel); return shown(e) ? e.innerText.replace(/\s+/g, " ").trim() : null; };
	const step = () => {
		const app = document.querySelector("#hc-app");
		const role = document.querySelector("#rec-role");
		const f = {
			path: location.pathname,
			app: !!app,
			answer: !!document.querySelector("#rec-title"),
			pending: document.documentElement.classList.contains("hc-pending"),
			full: shown(document.querySelector(".hc-header")),
			widget: !!app && app.classList.contains("hc-embed") && shown(document.querySelector("#hc-form")),
			title: text("#rec-title"),
			summary: text("#summary-title"),
			role: shown(role) ? role.dataset.role : null,
			note: text("#answer > .pending-note"),
			live: !!document.body && document.body.dataset.appReady === "1",
		};
		const s = JSON.stringify(f);
		if (s !== last) {
			last = s;
			f.t = Math.round(performance.now());
			try {
				const all = JSON.parse(sessionStorage.getItem(key) || "[]");
				all.push(f);
				sessionStorage.setItem(key, JSON.stringify(all));
			} catch (e) {}
		}
		if (performance.now() < 60000) requestAnimationFrame(step);
	};
	requestAnimationFrame(step);
})()`

// frame is one record of frameRecorderJS.
type frame struct {
	Path    string  `json:"path"`
	App     bool    `json:"app"`
	Answer  bool    `json:"answer"` // #rec-title is in the document (parsed)
	Pending bool    `json:"pending"`
	Full    bool    `json:"full"`
	Widget  bool    `json:"widget"`
	Title   *string `json:"title"`
	Summary *string `json:"summary"`
	Role    *string `json:"role"`
	Note    *string `json:"note"`
	Live    bool    `json:"live"`
	T       int     `json:"t"`
}

func (f frame) String() string {
	b, _ := json.Marshal(f)
	return string(b)
}

// recordFrames installs frameRecorderJS in every document the tab loads
// from now on.
func (tb *tab) recordFrames() {
	tb.t.Helper()
	tb.do("installing the frame recorder", chromedp.Func(func(ctx context.Context, _ *chromedp.Target) error {
		_, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: frameRecorderJS})
		return err
	}))
}

// frames returns the frames recorded since the last call, and forgets
// them.
func (tb *tab) frames() []frame {
	tb.t.Helper()
	return eval[[]frame](tb, `(() => { const f = JSON.parse(sessionStorage.getItem("hcFrames") || "[]"); sessionStorage.removeItem("hcFrames"); return f; })()`)
}

// openPainted loads url (after forgetting earlier frames) and waits until
// the page has painted #hc-app and the browser has parsed the whole page.
func (tb *tab) openPainted(u string) {
	tb.t.Helper()
	_, _ = evalErr[any](tb, `sessionStorage.removeItem("hcFrames")`)
	tb.navigate(u)
	tb.waitFor("the page to be parsed and painted", `document.readyState !== "loading" &&
		JSON.parse(sessionStorage.getItem("hcFrames") || "[]").some((f) => f.app)`, actionTimeout)
	// A few more frames, so that whatever follows the parse is recorded.
	time.Sleep(500 * time.Millisecond)
}

// answerFor returns the role and title hirecalc recommends for the
// inputs of a query (other keys are ignored): the oracle of these tests.
func answerFor(t *testing.T, query string) (role, title string) {
	t.Helper()
	in, problems := hiring.ParseQuery(query)
	require.Empty(t, problems, "query %q", query)
	rec := hiring.Recommend(in)
	return string(rec.Role), rec.Title
}

// assertOnlyItsAnswer checks that in no frame the page showed an answer
// (title or role) other than the link's own.
func assertOnlyItsAnswer(t *testing.T, frames []frame, role, title string) {
	t.Helper()
	require.NotEmpty(t, frames, "no frame was recorded")
	for _, f := range frames {
		if f.Title != nil && *f.Title != title || f.Role != nil && *f.Role != role || f.Summary != nil && *f.Summary != title {
			t.Errorf("a frame showed another answer than the link's (%s, %q): %s", role, title, f)
		}
	}
}

// firstAnswerFrame returns the first frame whose document holds the
// answer (#rec-title parsed): the frame in which it shows or not.
func firstAnswerFrame(t *testing.T, frames []frame) frame {
	t.Helper()
	for _, f := range frames {
		if f.Answer {
			return f
		}
	}
	t.Fatalf("no frame had the answer in its document: %v", frames)
	return frame{}
}

// formStateJS reads the form as a visitor finds it: every field's value
// (checkboxes on or off), locked, hidden, its hint, and whether the
// optional posting fields are open.
const formStateJS = `(() => {
	const out = {};
	for (const e of document.querySelectorAll("#hc-form [id^=in-]")) {
		// A field the page hides before app.wasm runs is one app.wasm
		// does not render.
		if (e.closest("[hidden]")) continue;
		const shown = e.getClientRects().length > 0;
		let v = e.tagName === "FIELDSET" ? "" : e.type === "checkbox" ? (e.checked ? "on" : "off") : e.value;
		if (e.tagName === "SELECT") v += " (" + e.selectedOptions[0]?.textContent + ")";
		out[e.id] = v + (e.disabled ? " [locked]" : "") + (shown ? "" : " [hidden]");
	}
	for (const h of document.querySelectorAll("#hc-form .hint")) {
		if (h.getClientRects().length > 0 && !h.closest("[hidden]")) out[h.id] = h.textContent;
	}
	const posting = document.querySelector("#posting-fields");
	out.posting = posting && !posting.closest("[hidden]") ? (posting.open ? "open" : "closed") + (posting.getClientRects().length ? "" : " [hidden]") : "none";
	return out;
})()`

// widgetStateJS reads what the embed options change in the widget.
const widgetStateJS = `(() => {
	const app = document.querySelector("#hc-app");
	const cs = getComputedStyle(app);
	const shown = (sel) => { const e = document.querySelector(sel); return !!e && e.getClientRects().length > 0; };
	const cta = document.querySelector("#hc-cta");
	return {
		theme: app.dataset.theme,
		accent: cs.getPropertyValue("--accent").trim(),
		accentText: cs.getPropertyValue("--accent-text").trim(),
		background: cs.backgroundColor,
		role: String(shown("#rec")), pay: String(shown("#pay")), jd: String(shown("#embed-jd-toggle")),
		cta: cta ? cta.getAttribute("href") + " " + cta.textContent + " " + getComputedStyle(cta).backgroundColor : "none",
	};
})()`

// heightJS is the embed view's content height, as the widget reports it.
const heightJS = `Math.ceil(document.querySelector("#hc-app").getBoundingClientRect().bottom + scrollY)`

// allowNoWasm accepts the console errors of a site without app.wasm.
func allowNoWasm(tb *tab) {
	tb.b.allowConsole(`loading wasm failed|app\.wasm|404|Failed to load resource|service worker|addAll`)
}

// The shared link of the issue: a big tech company in Germany, in euros.
const issueLink = "team=400&stage=bigtech&owner=yes&needs=scalability,reliability&level=senior&region=de&currency=EUR"

func TestFirstPaintStatic(t *testing.T) {
	s := newSite(t, "static-nowasm", versionA)
	tb := newBrowser(t, withWindow(1280, 900))
	allowNoWasm(tb)
	tb.recordFrames()

	t.Run("the default page shows its own answer at once", func(t *testing.T) {
		tb := tb.in(t)
		tb.openPainted(s.URL("/"))
		role, title := answerFor(t, "")
		frames := tb.frames()
		assertOnlyItsAnswer(t, frames, role, title)
		first := firstAnswerFrame(t, frames)
		require.NotNil(t, first.Title, "the first frame with the page shows no answer: %s", first)
		assert.Equal(t, title, *first.Title)
		assert.False(t, first.Pending)
		assert.Nil(t, first.Note, "no pending note on the default page")
		assert.False(t, tb.exists("[aria-busy]"), "nothing is busy on the default page")
		tb.screenshot("default")
	})

	t.Run("a shared link never shows the default answer, says it is working, and shows its inputs", func(t *testing.T) {
		tb := tb.in(t)
		tb.openPainted(s.URL("/?" + issueLink))
		role, title := answerFor(t, issueLink)
		frames := tb.frames()
		assertOnlyItsAnswer(t, frames, role, title)
		first := firstAnswerFrame(t, frames)
		assert.True(t, first.Pending, "the first frame is not marked pending: %s", first)
		require.NotNil(t, first.Note, "the first frame has no visible note: %s", first)
		assert.Equal(t, "Working out the answer for this link…", *first.Note)
		assert.True(t, tb.visible("#summary .pending-note"), "the summary says it is working too")
		assert.Equal(t, "true", tb.attr("#answer", "aria-busy"))
		assert.Equal(t, "true", tb.attr("#summary", "aria-busy"))
		form := eval[map[string]string](tb, formStateJS)
		assert.Equal(t, "400", form["in-team"])
		assert.True(t, strings.HasPrefix(form["in-stage"], "bigtech ("), "stage %q", form["in-stage"])
		assert.Equal(t, "on", form["in-owner"])
		assert.Equal(t, "off", form["in-needs-features"])
		assert.Equal(t, "on", form["in-needs-scalability"])
		assert.Equal(t, "on", form["in-needs-reliability"])
		assert.True(t, strings.HasPrefix(form["in-region"], "de "), "region %q", form["in-region"])
		assert.True(t, strings.HasPrefix(form["in-currency"], "EUR "), "currency %q", form["in-currency"])
		tb.screenshot("shared-link-pending")
	})

	t.Run("a returning visitor's remembered inputs count as the page's", func(t *testing.T) {
		tb := tb.in(t)
		eval[any](tb, fmt.Sprintf(`localStorage.setItem("hirecalc:query", %s)`, js(exampleQuery)))
		tb.openPainted(s.URL("/"))
		role, title := answerFor(t, exampleQuery)
		frames := tb.frames()
		assertOnlyItsAnswer(t, frames, role, title)
		assert.True(t, firstAnswerFrame(t, frames).Pending)
		assert.Equal(t, "200", eval[map[string]string](tb, formStateJS)["in-team"])
		eval[any](tb, `localStorage.removeItem("hirecalc:query")`)
	})

	t.Run("a link that only adds keys hirecalc ignores shows the default answer at once", func(t *testing.T) {
		tb := tb.in(t)
		tb.openPainted(s.URL("/?utm_source=mail&wasm=false"))
		first := firstAnswerFrame(t, tb.frames())
		assert.False(t, first.Pending)
		assert.NotNil(t, first.Title)
	})

	widget := "/embed.html?embed=1&id=w1&stage=scaleup&company=Acme&lock=stage"
	t.Run("a widget with presets has its own layout from the first frame and never the default answer", func(t *testing.T) {
		tb := tb.in(t)
		tb.openPainted(s.URL(widget))
		role, title := answerFor(t, "stage=scaleup&company=Acme")
		frames := tb.frames()
		assertOnlyItsAnswer(t, frames, role, title)
		for _, f := range frames {
			assert.False(t, f.Full, "a frame showed the full site: %s", f)
		}
		first := firstAnswerFrame(t, frames)
		assert.True(t, first.Widget, "the first frame is not the widget: %s", first)
		assert.True(t, first.Pending)
		form := eval[map[string]string](tb, formStateJS)
		assert.True(t, strings.HasPrefix(form["in-stage"], "scaleup (") && strings.HasSuffix(form["in-stage"], ") [locked]"),
			"stage %q", form["in-stage"])
		assert.Equal(t, "Acme", form["in-company"])
		assert.Equal(t, "open", form["posting"])
		assert.Contains(t, form["hint-stage"], "Set by this site.")
		tb.screenshot("widget-pending")
	})

	t.Run("the widget's old address /?embed=1 moves to embed.html without painting the full site", func(t *testing.T) {
		tb := tb.in(t)
		tb.openPainted(s.URL("/?embed=1&id=w1&stage=scaleup&company=Acme&lock=stage"))
		tb.waitFor("the move to embed.html", `location.pathname === "/embed.html"`, actionTimeout)
		time.Sleep(300 * time.Millisecond)
		frames := tb.frames()
		for _, f := range frames {
			assert.False(t, f.Full, "a frame showed the full site: %s", f)
		}
		assert.Equal(t, "?embed=1&id=w1&stage=scaleup&company=Acme&lock=stage", eval[string](tb, "location.search"))
		for _, f := range frames {
			if f.Path == "/" {
				assert.True(t, f.Title == nil && f.Note == nil && !f.Widget, "the page before the move showed something: %s", f)
			}
		}
		var moved []frame
		for _, f := range frames {
			if f.Path == "/embed.html" {
				moved = append(moved, f)
			}
		}
		assert.True(t, firstAnswerFrame(t, moved).Pending, "the widget's first frame is pending: it has presets")
		assert.Equal(t, "/embed.html", frames[len(frames)-1].Path)
	})
}

func TestFirstPaintServe(t *testing.T) {
	s := newSite(t, "serve-nowasm", versionA)
	tb := newBrowser(t, withWindow(1280, 900))
	allowNoWasm(tb)
	tb.recordFrames()
	for _, c := range []struct{ name, path, query string }{
		{"a shared link", "/", issueLink},
		{"a widget with presets", "/embed.html", "embed=1&id=w1&stage=scaleup&company=Acme&lock=stage"},
	} {
		t.Run(c.name+" is prerendered with its own answer, shown at once", func(t *testing.T) {
			tb := tb.in(t)
			tb.openPainted(s.URL(c.path + "?" + c.query))
			role, title := answerFor(t, c.query)
			frames := tb.frames()
			assertOnlyItsAnswer(t, frames, role, title)
			first := firstAnswerFrame(t, frames)
			assert.False(t, first.Pending, "serve prerenders the link: nothing to work out")
			require.NotNil(t, first.Title, "the first frame shows no answer: %s", first)
			assert.Equal(t, title, *first.Title)
		})
	}
	tb.screenshot("shared-link")
}

// TestFirstPaintMatchesTheApp compares what boot.js makes of a link before
// app.wasm runs with what app.wasm then shows: the form, and in the
// widget what its options change. boot.js applies the rules of Go's
// packages for those seconds; this is where the two would drift apart.
func TestFirstPaintMatchesTheApp(t *testing.T) {
	before := newSite(t, "static-nowasm", versionA)
	needSites(t)
	q := url.Values{
		"team": {" 12 "}, "stage": {"Enterprise"}, "owner": {"yes"}, "regulated": {"1"},
		"needs": {"apis,data,security"}, "level": {"staff"}, "region": {"pl"}, "currency": {"PLN"},
		"period": {"month"}, "workplace": {"hybrid"}, "location": {"Kraków"}, "benefits": {"Lunch & <gym>"},
		"where": {"eu,pl"}, "apply": {"https://acme.example/jobs?x=1&y=2"},
	}
	cases := []struct{ name, path string }{
		{"full view, a shared link", "/?" + q.Encode() + "&stage=moon"},
		{"widget, options only", "/embed.html?embed=1&id=w1&theme=dark&accent=%23f60&hide=company,location,needs&lock=team,stage,where" +
			"&sections=role,pay&cta=" + url.QueryEscape("https://acme.example/apply") + "&ctalabel=" + url.QueryEscape("  Talk to us  ")},
		{"widget, presets and options", "/embed.html?embed=1&id=w2&" + q.Encode() + "&theme=light&lock=region,period&hide=apply,benefits,paymin,paymax,paycurrency,payperiod,where"},
		{"widget, presets with a value no option has", "/embed.html?embed=1&id=w3&level=guru&team=abc&sections=jd"},
		{"full view, a confirmed estimate", "/?paymin=120000&paymax=150000&paysource=estimate&paycurrency=EUR&payperiod=month"},
		{"full view, the estimate's mark without a range", "/?paysource=1&company=Acme"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			tb := newBrowser(t, withWindow(1280, 900))
			allowNoWasm(tb)
			tb.navigate(before.URL(c.path))
			tb.waitFor("boot.js", `document.readyState === "complete"`, actionTimeout)
			pendingForm := eval[map[string]string](tb, formStateJS)
			var pendingWidget map[string]string
			var pendingHeight int
			embedView := strings.HasPrefix(c.path, "/embed.html")
			if embedView {
				pendingWidget = eval[map[string]string](tb, widgetStateJS)
				pendingHeight = eval[int](tb, heightJS)
			}
			assert.True(t, eval[bool](tb, `document.documentElement.classList.contains("hc-pending")`), "the page is pending")

			live := newBrowser(t, withWindow(1280, 900))
			live.open(staticSite.URL(c.path))
			assert.False(t, eval[bool](live, `document.documentElement.classList.contains("hc-pending")`), "app.wasm removed the mark")
			assert.Equal(t, eval[map[string]string](live, formStateJS), pendingForm, "the form before app.wasm and with it")
			if embedView {
				assert.Equal(t, eval[map[string]string](live, widgetStateJS), pendingWidget, "the widget before app.wasm and with it")
				if c.name == "widget, options only" {
					// The inputs are the default ones: the same answer,
					// the same height.
					assert.InDelta(t, eval[int](live, heightJS), pendingHeight, 1, "the widget's height before app.wasm and with it")
				}
				t.Logf("%s: content height %d px before app.wasm, %d px with it", c.name, pendingHeight, eval[int](live, heightJS))
			}
		})
	}
}
