//go:build !wasm

package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"math"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"hirecalc/app/embed"
	"hirecalc/app/hiring"
)

// The embed tests put hirecalc on a company's careers page served from a
// second origin (another host name and port: another site), with the
// one-line snippet that the snippet builder hands out
// (embed.ScriptSnippet), and check what the embedder and the visitor see.

// Inputs of the widget tests. The expected roles are computed with the
// domain package, never written down.
const (
	// widgetPreset is a company whose architecture is owned: a developer role.
	widgetPreset = "team=60&stage=enterprise&owner=yes&needs=features,apis,data&company=Acme+Robotics"
	// engineerSet moves the same company to system-level needs.
	engineerSet = "team=40&stage=scaleup&owner=no&needs=architecture,scalability,reliability"
)

// expectedRole returns the role hirecalc recommends for the preset query
// changed by a hirecalc:set of set ("" for none).
func expectedRole(t *testing.T, preset, set string) hiring.Role {
	t.Helper()
	in, problems := hiring.ParseQuery(preset)
	require.Empty(t, problems, "preset %q", preset)
	if set != "" {
		var err error
		in, err = embed.NewSet("", set).Apply(in)
		require.NoError(t, err)
	}
	return hiring.Recommend(in).Role
}

// snippet returns the one-line embed of the shared `hirecalc serve` site.
func snippet(t *testing.T, preset, options string) string {
	t.Helper()
	return embed.ScriptSnippet(serveSite.URL("/"), preset, embedOptions(t, options))
}

// gestureEval evaluates expr in tb as if the user had acted (a click
// that may open a new tab).
func gestureEval(tb *tab, expr string) {
	tb.t.Helper()
	ctx, cancel := context.WithTimeout(tb.ctx, actionTimeout)
	defer cancel()
	yes := true
	_, err := chromedp.Run(ctx, chromedp.Evaluate[any](expr, func(p *runtime.EvaluateParams) { p.UserGesture = &yes }))
	if err != nil {
		tb.t.Fatalf("evaluating %s: %v", shorten(expr), err)
	}
}

// accentRGB is the accent of the widget tests and its computed form.
const (
	accent    = "#aa3300"
	accentRGB = "rgb(170, 51, 0)"
)

func TestEmbedWidget(t *testing.T) {
	needSites(t)
	host := newHost(t)
	ctaURL := host.origin() + "/thanks"
	options := "lock=team,stage&hide=company&accent=" + url.QueryEscape(accent) + "&theme=light" +
		"&cta=" + url.QueryEscape(ctaURL) + "&ctalabel=" + url.QueryEscape("Talk to our recruiters") + "&jsonld=1"
	page := host.page("/careers", hostPage(hostPageOptions{
		title: "Acme careers",
		body:  snippet(t, widgetPreset, options),
	}))
	presetRole := expectedRole(t, widgetPreset, "")
	setRole := expectedRole(t, widgetPreset, engineerSet)
	require.NotEqual(t, presetRole, setRole, "the hirecalc:set must change the answer for the test to mean something")

	tb := newBrowser(t, withWindow(1280, 900))
	tb.navigate(page)
	ids := tb.waitWidgets(1)
	id := ids[0]
	w := tb.widget(id)

	t.Run("the one-line snippet builds an accessible lazy iframe of the embed view", func(t *testing.T) {
		tb := tb.in(t)
		src := tb.attr(".hirecalc-embed iframe", "src")
		u, err := url.Parse(src)
		require.NoError(t, err)
		assert.Equal(t, serveSite.Origin(), u.Scheme+"://"+u.Host, "the iframe is on hirecalc's origin")
		assert.Equal(t, "1", u.Query().Get("embed"))
		assert.Equal(t, id, u.Query().Get("id"))
		assert.NotEmpty(t, tb.attr(".hirecalc-embed iframe", "title"), "the iframe has a title for screen readers")
		assert.Equal(t, "lazy", tb.attr(".hirecalc-embed iframe", "loading"))
		assert.Equal(t, "clipboard-write", tb.attr(".hirecalc-embed iframe", "allow"))
		assert.True(t, eval[bool](tb, `document.querySelector(".hirecalc-embed").nextElementSibling.matches("script[src$='/web/embed.js']")`),
			"the widget stands where the script tag is")
	})

	t.Run("hirecalc:ready carries the preset query and the content height", func(t *testing.T) {
		tb := tb.in(t)
		ready := tb.waitEvent("ready", embed.TypeReady, id, 0, nil)
		assert.Equal(t, 1, ready.Detail.V)
		assert.Equal(t, id, ready.Detail.ID)
		q, err := url.ParseQuery(ready.Detail.Query)
		require.NoError(t, err)
		assert.Equal(t, "60", q.Get("team"))
		assert.Equal(t, "enterprise", q.Get("stage"))
		assert.Greater(t, ready.Detail.Height, 200)
	})

	t.Run("the embed view is compact: no site header or footer", func(t *testing.T) {
		w := w.in(t)
		assert.False(t, w.exists("#footer"), "no site footer")
		assert.False(t, w.exists("body > header, #site-header, .site-header"), "no site header")
		assert.True(t, w.exists(".hc-embed"), "the embed layout is on")
	})

	t.Run("presets, locked and hidden inputs apply", func(t *testing.T) {
		w := w.in(t)
		assert.Equal(t, "60", w.text("#in-team"))
		assert.Equal(t, "enterprise", w.text("#in-stage"))
		assert.True(t, eval[bool](w, `document.querySelector("#in-team").disabled`), "team is locked")
		assert.True(t, eval[bool](w, `document.querySelector("#in-stage").disabled`), "stage is locked")
		assert.False(t, eval[bool](w, `document.querySelector("#in-level").disabled`), "level is not locked")
		assert.False(t, w.exists("#in-company"), "company is hidden")
		assert.Equal(t, string(presetRole), w.role(), "the answer is the preset's")
	})

	t.Run("accent colour and light theme apply", func(t *testing.T) {
		w := w.in(t)
		assert.Equal(t, "light", w.attr(".hc-embed", "data-theme"))
		assert.Equal(t, accentRGB, eval[string](w, `getComputedStyle(document.querySelector("#hc-cta")).backgroundColor`),
			"the call-to-action wears the accent colour")
		assert.Equal(t, "rgb(255, 255, 255)", eval[string](w, `getComputedStyle(document.querySelector("#hc-cta")).color`),
			"white text on the dark accent")
	})

	t.Run("screenshot of the host page, light", func(t *testing.T) {
		tb := tb.in(t)
		tb.hostScreenshot("host-light", w, id)
	})

	t.Run("every link leaves the widget in a new tab without opener", func(t *testing.T) {
		w := w.in(t)
		bad := eval[[]string](w, `[...document.querySelectorAll("a[href]")]
			.filter((a) => !a.getAttribute("href").startsWith("#") && a.protocol !== "mailto:")
			.filter((a) => a.target !== "_blank" || !a.relList.contains("noopener"))
			.map((a) => a.outerHTML.slice(0, 120))`)
		assert.Empty(t, bad)
		assert.Equal(t, ctaURL, w.attr("#hc-cta", "href"))
		assert.Equal(t, "Talk to our recruiters", strings.TrimSpace(w.text("#hc-cta")))
	})

	t.Run("hirecalc:set from the host changes the role and the host gets hirecalc:change", func(t *testing.T) {
		tb, w := tb.in(t), w.in(t)
		before := len(tb.hostEvents())
		tb.setViaEvent(id, engineerSet)
		ev := tb.waitEvent("the change after hirecalc:set", embed.TypeChange, id, before,
			func(m embed.Message) bool { return m.Result != nil && m.Result.Role == setRole })
		assert.Equal(t, id, ev.Detail.ID)
		assert.NotEmpty(t, ev.Detail.Result.Title)
		q, err := url.ParseQuery(ev.Detail.Query)
		require.NoError(t, err)
		assert.Equal(t, "40", q.Get("team"))
		assert.Equal(t, "Acme Robotics", q.Get("company"), "a hidden preset is kept")
		w.waitRole(string(setRole))
		assert.Equal(t, "40", w.text("#in-team"), "a locked input follows the host")
		if ev.Detail.Result.PayMax > 0 {
			assert.LessOrEqual(t, ev.Detail.Result.PayMin, ev.Detail.Result.PayMax)
			assert.Len(t, ev.Detail.Result.Currency, 3)
		}
	})

	t.Run("the host's container API posts hirecalc:set too", func(t *testing.T) {
		tb := tb.in(t)
		before := len(tb.hostEvents())
		eval[bool](tb, `(document.querySelector(".hirecalc-embed").hirecalc.set({team: 61, stage: "enterprise",
			owner: "yes", needs: ["features", "apis", "data"]}), true)`)
		tb.waitEvent("the change after container.hirecalc.set", embed.TypeChange, id, before,
			func(m embed.Message) bool { return m.Result != nil && m.Result.Role == presetRole })
	})

	t.Run("the job posting's JSON-LD lands in the host document", func(t *testing.T) {
		tb := tb.in(t)
		tb.waitFor("the JSON-LD script in the host's head",
			`document.head.querySelector('script[type="application/ld+json"][data-hirecalc-id]') !== null`, answerTimeout)
		text := eval[string](tb, `document.head.querySelector('script[type="application/ld+json"][data-hirecalc-id]').textContent`)
		var posting map[string]any
		require.NoError(t, json.Unmarshal([]byte(text), &posting))
		assert.Equal(t, "JobPosting", posting["@type"])
		last := lastChange(tb, id)
		require.NotNil(t, last.Result)
		assert.Equal(t, last.Result.Title, posting["title"], "the posting is the widget's current answer")
		org, _ := posting["hiringOrganization"].(map[string]any)
		assert.Equal(t, "Acme Robotics", org["name"])
		assert.Equal(t, 1, eval[int](tb, `document.querySelectorAll('script[type="application/ld+json"]').length`), "updated, not duplicated")
	})

	t.Run("opening the job description makes the iframe taller", func(t *testing.T) {
		tb, w := tb.in(t), w.in(t)
		h0 := tb.frameHeight(id)
		assert.False(t, w.visible("#jd-text"), "the job description starts closed in the compact view")
		gestureEval(w, `document.querySelector("#embed-jd-toggle").click()`)
		w.waitFor("the job description to show", visibleJS("#jd-text"), answerTimeout)
		tb.waitFor("the iframe to grow", fmt.Sprintf(`document.querySelector(".hirecalc-embed iframe").getBoundingClientRect().height > %f`, h0+150), answerTimeout)
		assertFits(t, tb, w, id)
		assert.Contains(t, w.text("#jd-text"), "Acme Robotics", "the hidden company preset is in the job description")
	})

	t.Run("a narrower viewport makes the iframe taller and nothing scrolls sideways", func(t *testing.T) {
		tb, w := tb.in(t), w.in(t)
		h0 := tb.frameHeight(id)
		tb.do("narrowing the viewport", chromedp.EmulateViewport(400, 800))
		tb.waitFor("the iframe to grow", fmt.Sprintf(`document.querySelector(".hirecalc-embed iframe").getBoundingClientRect().height > %f`, h0+100), answerTimeout)
		assertFits(t, tb, w, id)
		assert.LessOrEqual(t, eval[int](w, `document.documentElement.scrollWidth`), eval[int](w, `window.innerWidth`), "no sideways scroll in the widget")
		assert.LessOrEqual(t, eval[int](tb, `document.documentElement.scrollWidth`), 400, "no sideways scroll on the host page")
		tb.hostScreenshot("host-narrow", w, id)
		tb.do("restoring the viewport", chromedp.EmulateViewport(1280, 900))
	})

	t.Run("the call-to-action opens a new tab without opener and tells the host", func(t *testing.T) {
		tb, w := tb.in(t), w.in(t)
		before := len(tb.hostEvents())
		gestureEval(w, `document.querySelector("#hc-cta").click()`)
		ev := tb.waitEvent("hirecalc:cta", embed.TypeCTA, id, before, nil)
		assert.Equal(t, ctaURL, ev.Detail.Href)
		tab := tb.pageWithURL(ctaURL)
		assert.True(t, eval[bool](tab, `window.opener === null`), "the new tab cannot reach the widget")
	})

	t.Run("dark host page with a dark widget", func(t *testing.T) {
		tb := tb.in(t)
		dark := host.page("/careers-dark", hostPage(hostPageOptions{
			title: "Acme careers (dark)", dark: true,
			body: snippet(t, widgetPreset, "theme=dark&accent="+url.QueryEscape("#58a6ff")+
				"&cta="+url.QueryEscape(ctaURL)+"&ctalabel=Apply"),
		}))
		tb.navigate(dark)
		id := tb.waitWidgets(1)[0]
		w := tb.widget(id)
		assert.Equal(t, "dark", w.attr(".hc-embed", "data-theme"))
		bg := eval[string](w, `getComputedStyle(document.querySelector(".hc-embed")).backgroundColor`)
		assert.True(t, darkColour(bg), "the dark widget has a dark background, got %s", bg)
		assert.Equal(t, "rgb(88, 166, 255)", eval[string](w, `getComputedStyle(document.querySelector("#hc-cta")).backgroundColor`))
		assert.Equal(t, "rgb(0, 0, 0)", eval[string](w, `getComputedStyle(document.querySelector("#hc-cta")).color`),
			"black text on the light accent")
		tb.hostScreenshot("host-dark", w, id)
	})
}

// hostScreenshot saves a screenshot of the whole host page once the
// widget id (in frame w) fits its content. The viewport is made as tall
// as the page for the shot: Chromium paints a cross-site iframe only
// inside the viewport, so a full-page capture would leave it blank below.
func (tb *tab) hostScreenshot(name string, w *tab, id string) {
	tb.t.Helper()
	assertFits(tb.t, tb, w, id)
	width := eval[int64](tb, `window.innerWidth`)
	height := eval[int64](tb, `Math.ceil(document.documentElement.scrollHeight)`)
	tb.do("making the viewport as tall as the page", chromedp.EmulateViewport(width, height))
	time.Sleep(700 * time.Millisecond)
	tb.screenshot(name)
	tb.do("restoring the viewport", chromedp.EmulateViewport(width, 900))
}

// assertFits checks that widget id's iframe in the host page is as tall
// as the widget's content: nothing is cut and nothing scrolls inside.
func assertFits(t *testing.T, tb, w *tab, id string) {
	t.Helper()
	const content = `Math.ceil(document.querySelector("#hc-app").getBoundingClientRect().bottom + scrollY)`
	deadline := time.Now().Add(answerTimeout)
	for {
		c, f := eval[float64](w, content), tb.frameHeight(id)
		if math.Abs(c-f) <= 2 {
			return
		}
		if time.Now().After(deadline) {
			t.Errorf("the iframe (%.0f px) does not fit its content (%.0f px)", f, c)
			return
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// lastChange returns the detail of the last hirecalc:change of widget id.
func lastChange(tb *tab, id string) embed.Message {
	tb.t.Helper()
	var last embed.Message
	for _, e := range tb.hostEvents() {
		if e.Type == string(embed.TypeChange) && e.Container == id {
			last = e.Detail
		}
	}
	return last
}

// darkColour reports whether a computed CSS colour "rgb(r, g, b)" is dark.
func darkColour(c string) bool {
	var r, g, b int
	if _, err := fmt.Sscanf(c, "rgb(%d, %d, %d)", &r, &g, &b); err != nil {
		return false
	}
	return r+g+b < 3*80
}

// pageWithURL waits for a tab (page target) at u and attaches to it.
func (tb *tab) pageWithURL(u string) *tab {
	tb.t.Helper()
	deadline := time.Now().Add(actionTimeout)
	for {
		infos, err := chromedp.Targets(tb.ctx)
		if err != nil {
			tb.t.Fatal(err)
		}
		for _, info := range infos {
			if info.Type == "page" && info.URL == u {
				ctx, cancel := chromedp.NewContext(tb.ctx, chromedp.WithTargetID(info.TargetID))
				tb.b.cancels = append(tb.b.cancels, cancel)
				if err := chromedp.Do(ctx); err != nil {
					tb.t.Fatalf("attaching to the tab at %s: %v", u, err)
				}
				return &tab{t: tb.t, b: tb.b, ctx: ctx}
			}
		}
		if time.Now().After(deadline) {
			tb.t.Fatalf("no tab opened at %s", u)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

func TestEmbedTwoWidgetsWorkIndependently(t *testing.T) {
	needSites(t)
	host := newHost(t)
	presetB := "team=200&stage=bigtech"
	page := host.page("/two", hostPage(hostPageOptions{
		title: "Two widgets",
		body: `<h2>Team A</h2>` + snippet(t, widgetPreset, "accent="+url.QueryEscape("#0a66c2")+"&sections=role,pay") +
			`<h2>Team B</h2>` + snippet(t, presetB, "accent="+url.QueryEscape("#1a7f37")+"&theme=dark"),
	}))
	roleA := expectedRole(t, widgetPreset, "")
	roleB := expectedRole(t, presetB, "")
	roleA2 := expectedRole(t, widgetPreset, engineerSet)
	require.NotEqual(t, roleA, roleA2)

	tb := newBrowser(t, withWindow(1280, 900))
	tb.navigate(page)
	ids := tb.waitWidgets(2)
	a, b := ids[0], ids[1]
	require.NotEqual(t, a, b, "each widget has its own id")
	wa, wb := tb.widget(a), tb.widget(b)
	assert.Equal(t, string(roleA), wa.role())
	assert.Equal(t, string(roleB), wb.role())
	assert.False(t, wa.exists("#jd"), "widget A shows only the role and pay sections")
	assert.True(t, wb.exists("#jd"), "widget B shows every section")
	assert.Equal(t, "dark", wb.attr(".hc-embed", "data-theme"))

	before := len(tb.hostEvents())
	bQuery := wb.text("#in-team")
	tb.setViaEvent(a, engineerSet)
	tb.waitEvent("widget A's change", embed.TypeChange, a, before,
		func(m embed.Message) bool { return m.Result != nil && m.Result.Role == roleA2 })
	wa.waitRole(string(roleA2))
	tb.noEvent("widget B after a set for widget A", embed.TypeChange, b, before, 1500*time.Millisecond)
	assert.Equal(t, string(roleB), wb.role(), "widget B is untouched")
	assert.Equal(t, bQuery, wb.text("#in-team"))
	for _, e := range tb.hostEvents()[before:] {
		assert.Equal(t, e.Container, e.Detail.ID, "every event is dispatched on its own widget's container")
	}
	tb.hostScreenshot("two-widgets", wa, a)
}

func TestEmbedIgnoresForeignAndMalformedMessages(t *testing.T) {
	needSites(t)
	host := newHost(t)
	evil := newHost(t) // another origin: neither the host page's nor hirecalc's
	// The evil page sits beside the widget (a sibling frame) and tries to
	// drive it, and to fool the loader into resizing and dispatching.
	evilPage := evil.page("/evil", `<!doctype html><link rel="icon" href="data:,"><title>evil</title><script>
		const id = new URLSearchParams(location.search).get("id");
		const widget = parent.frames[0];
		setInterval(() => {
			widget.postMessage({type: "hirecalc:set", v: 1, id: id, query: "team=9999&stage=bigtech"}, "*");
			parent.postMessage({type: "hirecalc:resize", v: 1, id: id, height: 7}, "*");
			parent.postMessage({type: "hirecalc:change", v: 1, id: id, query: "team=1",
				result: {role: "developer", title: "Forged", payMin: 0, payMax: 0, currency: "", period: ""},
				jsonld: JSON.stringify({"@type": "JobPosting", title: "Forged"})}, "*");
		}, 100);
	</script>`)
	page := host.page("/guarded", hostPage(hostPageOptions{
		title: "Guarded",
		body:  snippet(t, widgetPreset, "jsonld=1") + `<div id="evil-slot"></div>`,
	}))
	allowList := host.page("/allow-list", hostPage(hostPageOptions{
		title: "Allow list",
		body:  snippet(t, widgetPreset, "origins="+url.QueryEscape("https://recruiting.example")),
	}))
	presetRole := expectedRole(t, widgetPreset, "")
	setRole := expectedRole(t, widgetPreset, engineerSet)

	tb := newBrowser(t, withWindow(1280, 900))
	tb.navigate(page)
	id := tb.waitWidgets(1)[0]
	w := tb.widget(id)
	team := w.text("#in-team")
	h := tb.frameHeight(id)

	t.Run("a sibling frame from another origin can neither drive the widget nor fool the loader", func(t *testing.T) {
		tb, w := tb.in(t), w.in(t)
		before := len(tb.hostEvents())
		eval[bool](tb, fmt.Sprintf(`((f) => { f.src = %s; f.title = "evil"; f.style.height = "10px";
			document.querySelector("#evil-slot").appendChild(f); return true; })(document.createElement("iframe"))`,
			js(evilPage+"?id="+id)))
		tb.noEvent("forged messages", embed.TypeChange, id, before, 2*time.Second)
		tb.noEvent("forged messages", embed.TypeResize, id, before, 0)
		assert.Equal(t, team, w.text("#in-team"), "the widget's input did not change")
		assert.Equal(t, string(presetRole), w.role())
		assert.InDelta(t, h, tb.frameHeight(id), 1, "the iframe was not resized by a forged message")
		assert.False(t, eval[bool](tb, `[...document.querySelectorAll('script[type="application/ld+json"]')].some((s) => s.textContent.includes("Forged"))`),
			"no forged JSON-LD in the host page")
		eval[bool](tb, `(document.querySelector("#evil-slot").replaceChildren(), true)`)
	})

	t.Run("malformed messages from the parent change nothing and crash nothing", func(t *testing.T) {
		tb, w := tb.in(t), w.in(t)
		before := len(tb.hostEvents())
		q := func(query string) string {
			return fmt.Sprintf(`{type: "hirecalc:set", v: 1, id: %s, query: %s}`, js(id), js(query))
		}
		for _, bad := range []string{
			`"hirecalc:set"`, `42`, `null`, `undefined`, `true`, `[1, 2, 3]`, `new Date()`, `new Blob(["x"])`,
			`{}`, `{type: "hirecalc:set"}`, `{type: "hirecalc:set", v: 2, query: "team=5"}`,
			`{type: "hirecalc:set", v: "1", query: "team=5"}`,
			`{type: "hirecalc:set", v: 1, query: {team: 5}}`,
			`{type: "hirecalc:set", v: 1, query: 5}`,
			`{type: "hirecalc:set", v: 1, id: 7, query: "team=5"}`,
			`{type: "hirecalc:set", v: 1, id: "<img src=x onerror=alert(1)>", query: "team=5"}`,
			`{type: "hirecalc:set", v: 1, id: "other-widget", query: "team=5"}`,
			`{type: "hirecalc:set", v: 1, query: "team=5n", big: 10n}`,
			`(() => { const o = {type: "hirecalc:set", v: 1, query: "team=5"}; o.self = o; return o; })()`,
			q("team=-1"), q("team=abc"), q("stage=moon"), q("admin=1"), q("cta=https://evil.example"),
			q("team=5&team=6"), q("company=%zz"), q(""), q("team=" + strings.Repeat("9", 5000)),
			q("company=" + strings.Repeat("x", 200000)),
			`{type: "hirecalc:resize", v: 1, height: 5}`, `{type: "hirecalc:eval", v: 1, code: "alert(1)"}`,
		} {
			tb.postToWidget(id, bad)
		}
		tb.noEvent("malformed messages", embed.TypeChange, id, before, 2*time.Second)
		assert.Equal(t, team, w.text("#in-team"))
		assert.Equal(t, string(presetRole), w.role())

		// Control: the same channel still works, so the silence above was
		// the widget refusing, not the widget being dead.
		tb.postToWidget(id, fmt.Sprintf(`{type: "hirecalc:set", v: 1, id: %s, query: %s}`, js(id), js(engineerSet)))
		tb.waitEvent("the valid set after the bad ones", embed.TypeChange, id, before,
			func(m embed.Message) bool { return m.Result != nil && m.Result.Role == setRole })
		w.waitRole(string(setRole))
	})

	t.Run("with an allow-list, a parent not on it neither hears the widget nor drives it", func(t *testing.T) {
		tb := tb.in(t)
		tb.navigate(allowList)
		tb.waitFor("the widget container", `document.querySelector(".hirecalc-embed") !== null`, actionTimeout)
		id := tb.widgetIDs()[0]
		w := tb.widget(id)
		tb.postToWidget(id, fmt.Sprintf(`{type: "hirecalc:set", v: 1, id: %s, query: %s}`, js(id), js(engineerSet)))
		time.Sleep(2 * time.Second)
		assert.Equal(t, string(presetRole), w.role(), "a set from an origin not on the list changes nothing")
		assert.Empty(t, tb.hostEvents(), "the widget sends nothing to an origin not on the list")

		allowed := host.page("/allow-list-ok", hostPage(hostPageOptions{
			title: "Allow list with the host",
			body:  snippet(t, widgetPreset, "origins="+url.QueryEscape("https://recruiting.example,"+host.origin())),
		}))
		tb.navigate(allowed)
		id = tb.waitWidgets(1)[0]
		before := len(tb.hostEvents())
		tb.setViaEvent(id, engineerSet)
		tb.waitEvent("a set from a listed origin", embed.TypeChange, id, before,
			func(m embed.Message) bool { return m.Result != nil && m.Result.Role == setRole })
	})
}

func TestEmbedWorksWithStorageBlocked(t *testing.T) {
	needSites(t)
	host := newHost(t)
	page := host.page("/blocked", hostPage(hostPageOptions{title: "Storage blocked", body: snippet(t, widgetPreset, "")}))
	setRole := expectedRole(t, widgetPreset, engineerSet)

	// Chromium blocks cookies and site data for every site: localStorage
	// throws a SecurityError. (Blocking only third-party cookies is not
	// enough: Chromium 156 then gives a third-party iframe partitioned
	// storage instead of none.)
	tb := newBrowser(t, withPreferences(`{"profile":{"default_content_setting_values":{"cookies":2}}}`))
	// go-app logs its failed service worker registration: expected here.
	tb.b.allowConsole(`goapp service worker registration failed`)
	tb.b.allowConsole(`(?i)service ?worker`)
	tb.navigate(page)
	id := tb.waitWidgets(1)[0]
	w := tb.widget(id)
	assert.True(t, eval[bool](w, `window.hirecalcMemoryStorage === true`),
		"storage was really blocked: the widget runs on its in-memory stand-in")

	before := len(tb.hostEvents())
	tb.setViaEvent(id, engineerSet)
	tb.waitEvent("the change with storage blocked", embed.TypeChange, id, before,
		func(m embed.Message) bool { return m.Result != nil && m.Result.Role == setRole })
	w.waitRole(string(setRole))
	w.setField("level", "junior")
	tb.waitEvent("a change typed by the visitor", embed.TypeChange, id, before,
		func(m embed.Message) bool { return strings.Contains(m.Query, "level=junior") })
}

func TestEmbedWorksInSandboxedFrame(t *testing.T) {
	needSites(t)
	host := newHost(t)
	src := embed.EmbedURL(serveSite.URL("/"), widgetPreset, embedOptions(t, "id=boxed"))
	// The plain <iframe> snippet with the sandbox the README advises; the
	// page listens to the messages itself, as a page without the loader
	// would.
	page := host.page("/sandboxed", hostPage(hostPageOptions{
		title: "Sandboxed",
		body: strings.Replace(embed.IframeSnippet(serveSite.URL("/"), widgetPreset, embedOptions(t, "id=boxed"), 0),
			"<iframe ", `<iframe sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox" `, 1) +
			`<script>
			window.hcMessages = [];
			addEventListener("message", (e) => {
				const f = document.querySelector("iframe");
				if (e.source === f.contentWindow && e.origin === ` + js(serveSite.Origin()) + `) hcMessages.push(e.data);
			});
			</script>`,
	}))
	setRole := expectedRole(t, widgetPreset, engineerSet)

	tb := newBrowser(t, withWindow(1280, 900))
	tb.navigate(page)
	tb.waitFor("hirecalc:ready from the sandboxed frame", `hcMessages.some((m) => m.type === "hirecalc:ready" && m.id === "boxed")`, appTimeout)
	w := tb.frameWhere("sandboxed widget", func(u *url.URL) bool { return u.Query().Get("id") == "boxed" })
	eval[bool](tb, fmt.Sprintf(`(document.querySelector("iframe").contentWindow.postMessage({type: "hirecalc:set", v: 1, id: "boxed", query: %s}, %s), true)`,
		js(engineerSet), js(serveSite.Origin())))
	tb.waitFor("hirecalc:change with the new role", fmt.Sprintf(`hcMessages.some((m) => m.type === "hirecalc:change" && m.result && m.result.role === %s)`, js(string(setRole))), answerTimeout)
	w.waitRole(string(setRole))
	assert.Contains(t, src, "embed=1")
}

func TestEmbedFrameAncestors(t *testing.T) {
	host := newHost(t)
	other := newHost(t)

	t.Run("hirecalc serve allows any site by default", func(t *testing.T) {
		needSites(t)
		h := headers(t, serveSite.URL("/?embed=1"))
		assert.Equal(t, wantPolicy(t), h.Get("Content-Security-Policy"))
		assert.Empty(t, h.Get("X-Frame-Options"), "no X-Frame-Options to contradict the CSP")
	})

	s := startServeWith(t, "-frame-ancestors", host.origin())
	t.Run("the flag sets the header", func(t *testing.T) {
		assert.Equal(t, metaPolicy(t)+"; frame-ancestors "+host.origin(), headers(t, s.URL("/?embed=1")).Get("Content-Security-Policy"))
	})

	t.Run("the browser enforces it: a listed site can embed, another cannot", func(t *testing.T) {
		snip := embed.ScriptSnippet(s.URL("/"), widgetPreset, embed.DefaultOptions())
		ok := host.page("/listed", hostPage(hostPageOptions{title: "Listed", body: snip}))
		refused := other.page("/unlisted", hostPage(hostPageOptions{title: "Not listed", body: snip}))
		tb := newBrowser(t, withWindow(1280, 900))
		tb.b.allowConsole(`(?i)frame-ancestors|Refused to frame|Content Security Policy`)
		tb.navigate(ok)
		tb.waitWidgets(1)

		tb.navigate(refused)
		tb.waitFor("the container", `document.querySelector(".hirecalc-embed") !== null`, actionTimeout)
		id := tb.widgetIDs()[0]
		tb.noEvent("a frame on a site not listed", embed.TypeReady, id, 0, 5*time.Second)
	})
}
