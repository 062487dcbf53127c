//go:build !wasm

package e2e

import (
	"bytes"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"os/exec"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/target"
	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"hirecalc/app/embed"
)

// This file holds the helpers of the embed tests: a second web server for
// the host pages (the company's careers site), the host pages themselves,
// the recorder of the events the loader dispatches, access to a widget's
// iframe, a browser with a chosen profile, and `hirecalc serve` with
// extra flags.
//
// The host pages are served at http://localhost:PORT while hirecalc is at
// http://127.0.0.1:PORT: another origin and another site, so the widget is
// a third-party iframe in its own process, with partitioned storage, as on
// a real careers page.

// hostServer serves the host pages.
type hostServer struct {
	port  string
	srv   *http.Server
	mu    sync.Mutex
	pages map[string]string
}

// newHost starts a host server on a free port, stopped when the test ends.
func newHost(t *testing.T) *hostServer {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	_, port, _ := net.SplitHostPort(ln.Addr().String())
	h := &hostServer{port: port, pages: map[string]string{
		"/thanks":      `<!doctype html><link rel="icon" href="data:,"><title>Thanks</title><h1 id="thanks">Our recruiters will call you</h1>`,
		"/favicon.ico": ``,
	}}
	h.srv = &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second}
	go func() { _ = h.srv.Serve(ln) }()
	t.Cleanup(func() { _ = h.srv.Close() })
	return h
}

// ServeHTTP serves the registered pages.
func (h *hostServer) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h.mu.Lock()
	page, ok := h.pages[r.URL.Path]
	h.mu.Unlock()
	if !ok {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	fmt.Fprint(w, page)
}

// origin is the host pages' origin.
func (h *hostServer) origin() string { return "http://localhost:" + h.port }

// page registers html at path and returns its address on the host origin.
func (h *hostServer) page(path, html string) string {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.pages[path] = html
	return h.origin() + path
}

// hostPageOptions describes a host page.
type hostPageOptions struct {
	title string
	dark  bool
	body  string // the widgets and anything else, as HTML
}

// eventRecorderJS records every hirecalc:* event that reaches the host
// document, with the id of the container it was dispatched on.
const eventRecorderJS = `
window.hcEvents = [];
["hirecalc:ready", "hirecalc:resize", "hirecalc:change", "hirecalc:cta"].forEach((type) => {
	document.addEventListener(type, (e) => {
		window.hcEvents.push({
			type: e.type,
			container: (e.target && e.target.getAttribute && e.target.getAttribute("data-hirecalc-id")) || "",
			detail: JSON.parse(JSON.stringify(e.detail)),
		});
	});
});
`

// hostPage returns a careers page of the fictional company Acme with the
// given body in its main column.
func hostPage(o hostPageOptions) string {
	bg, fg, muted := "#ffffff", "#1b1f24", "#57606a"
	if o.dark {
		bg, fg, muted = "#0d1117", "#e6edf3", "#9198a1"
	}
	var b strings.Builder
	b.WriteString(`<!doctype html><html lang="en"><head><meta charset="utf-8">`)
	b.WriteString(`<meta name="viewport" content="width=device-width, initial-scale=1">`)
	b.WriteString(`<link rel="icon" href="data:,">`)
	b.WriteString(`<title>` + o.title + `</title>`)
	fmt.Fprintf(&b, `<style>
body { margin: 0; font: 16px/1.5 "Liberation Sans", Arial, sans-serif; background: %s; color: %s; }
header { padding: 16px 24px; border-bottom: 1px solid %s; font-weight: bold; }
main { max-width: 960px; margin: 0 auto; padding: 24px; }
main > p { color: %s; }
footer { padding: 24px; text-align: center; color: %s; }
</style>`, bg, fg, muted, muted, muted)
	b.WriteString(`<script>` + eventRecorderJS + `</script></head><body>`)
	b.WriteString(`<header>Acme Careers</header><main><h1>Hiring backend people at Acme</h1>`)
	b.WriteString(`<p>Not sure whether to post a backend developer or a backend engineer role? Ask the calculator.</p>`)
	b.WriteString(o.body)
	b.WriteString(`</main><footer>Acme Ltd, careers page (test host)</footer></body></html>`)
	return b.String()
}

// hostEvent is one event recorded by eventRecorderJS.
type hostEvent struct {
	Type      string        `json:"type"`
	Container string        `json:"container"`
	Detail    embed.Message `json:"detail"`
}

// hostEvents returns the events recorded so far.
func (tb *tab) hostEvents() []hostEvent {
	tb.t.Helper()
	return eval[[]hostEvent](tb, `window.hcEvents || []`)
}

// waitEvent waits until the host page has recorded an event of type typ
// dispatched on the container of widget id, after the first skip events,
// for which match (nil matches all) is true, and returns it.
func (tb *tab) waitEvent(desc string, typ embed.Type, id string, skip int, match func(embed.Message) bool) hostEvent {
	tb.t.Helper()
	deadline := time.Now().Add(appTimeout)
	for {
		evs := tb.hostEvents()
		for i := skip; i < len(evs); i++ {
			e := evs[i]
			if e.Type == string(typ) && (id == "" || e.Container == id) && (match == nil || match(e.Detail)) {
				return e
			}
		}
		if time.Now().After(deadline) {
			tb.t.Fatalf("waiting %v for %s: no matching %s event for widget %q; recorded: %s",
				appTimeout, desc, typ, id, summarizeEvents(evs))
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// noEvent checks that during d no event of type typ arrives for widget id
// after the first skip events.
func (tb *tab) noEvent(desc string, typ embed.Type, id string, skip int, d time.Duration) {
	tb.t.Helper()
	time.Sleep(d)
	for _, e := range tb.hostEvents()[skip:] {
		if e.Type == string(typ) && (id == "" || e.Container == id) {
			tb.t.Errorf("%s: got a %s event: %+v", desc, typ, e.Detail)
		}
	}
}

func summarizeEvents(evs []hostEvent) string {
	var parts []string
	for _, e := range evs {
		s := e.Type + "@" + e.Container
		if e.Detail.Result != nil {
			s += "(" + string(e.Detail.Result.Role) + ")"
		}
		parts = append(parts, s)
	}
	if len(parts) == 0 {
		return "none"
	}
	return strings.Join(parts, ", ")
}

// widgetIDs returns the ids of the loader's containers on the host page,
// in page order.
func (tb *tab) widgetIDs() []string {
	tb.t.Helper()
	return eval[[]string](tb, `[...document.querySelectorAll(".hirecalc-embed")].map((e) => e.dataset.hirecalcId)`)
}

// waitWidgets waits until the host page has n widgets that said
// hirecalc:ready, and returns their ids in page order.
func (tb *tab) waitWidgets(n int) []string {
	tb.t.Helper()
	tb.waitFor(fmt.Sprintf("%d widget containers", n),
		fmt.Sprintf(`document.querySelectorAll(".hirecalc-embed").length === %d`, n), actionTimeout)
	ids := tb.widgetIDs()
	for _, id := range ids {
		tb.waitEvent("the widget "+id+" to say hirecalc:ready", embed.TypeReady, id, 0, nil)
	}
	return ids
}

// frameHeight returns the height of widget id's iframe in the host page.
func (tb *tab) frameHeight(id string) float64 {
	tb.t.Helper()
	return eval[float64](tb, fmt.Sprintf(
		`document.querySelector('.hirecalc-embed[data-hirecalc-id=%s] iframe').getBoundingClientRect().height`, js(id)))
}

// widget returns a tab that runs in the iframe of widget id (a target of
// its own, since the iframe is cross-site), waiting until the app in it
// is live.
func (tb *tab) widget(id string) *tab {
	tb.t.Helper()
	return tb.frameWhere("widget "+id, func(u *url.URL) bool { return u.Query().Get("id") == id })
}

// frameWhere attaches to the first iframe target whose URL matches and
// waits until the app in it is live.
func (tb *tab) frameWhere(name string, match func(*url.URL) bool) *tab {
	tb.t.Helper()
	deadline := time.Now().Add(appTimeout)
	var found *target.Info
	for found == nil {
		infos, err := chromedp.Targets(tb.ctx)
		if err != nil {
			tb.t.Fatalf("listing the browser's targets: %v", err)
		}
		for _, info := range infos {
			if u, err := url.Parse(info.URL); err == nil && info.Type == "iframe" && match(u) {
				found = info
				break
			}
		}
		if found != nil {
			break
		}
		if time.Now().After(deadline) {
			var urls []string
			for _, info := range infos {
				urls = append(urls, string(info.Type)+" "+info.URL)
			}
			tb.t.Fatalf("no iframe target for %s; targets: %s", name, strings.Join(urls, "; "))
		}
		time.Sleep(100 * time.Millisecond)
	}
	ctx, cancel := chromedp.NewContext(tb.ctx, chromedp.WithTargetID(found.TargetID),
		chromedp.WithListener(tb.b.console.listener(name)))
	tb.b.cancels = append(tb.b.cancels, cancel)
	if err := chromedp.Do(ctx); err != nil {
		tb.t.Fatalf("attaching to the iframe of %s: %v", name, err)
	}
	ft := &tab{t: tb.t, b: tb.b, ctx: ctx}
	// The frame's first document loaded before this attach; TestPolicy
	// reloads one to watch it from the start.
	ft.watchPolicy()
	ft.waitApp()
	return ft
}

// in returns the tab for use in the subtest t.
func (tb *tab) in(t *testing.T) *tab {
	c := *tb
	c.t = t
	return &c
}

// postToWidget posts data (a JavaScript expression) from the host page to
// the iframe of widget id, with target origin "*".
func (tb *tab) postToWidget(id, dataJS string) {
	tb.t.Helper()
	ok := eval[bool](tb, fmt.Sprintf(`((f) => { if (!f) return false; f.contentWindow.postMessage(%s, "*"); return true; })(
		document.querySelector('.hirecalc-embed[data-hirecalc-id=%s] iframe'))`, dataJS, js(id)))
	if !ok {
		tb.t.Fatalf("the host page has no iframe for widget %s", id)
	}
}

// setViaEvent asks widget id to change inputs the documented way: a
// hirecalc:set CustomEvent on its container.
func (tb *tab) setViaEvent(id, query string) {
	tb.t.Helper()
	eval[bool](tb, fmt.Sprintf(`document.querySelector('.hirecalc-embed[data-hirecalc-id=%s]').dispatchEvent(
		new CustomEvent("hirecalc:set", {detail: {query: %s}}))`, js(id), js(query)))
}

// embedOptions parses embed options for a test, failing on problems.
func embedOptions(t *testing.T, q string) embed.Options {
	t.Helper()
	o, problems := embed.ParseOptions(q)
	if len(problems) > 0 {
		t.Fatalf("embed options %q: %v", q, problems)
	}
	return o
}

// startServeWith runs `hirecalc serve` of version A with extra flags on a
// free port, stopped when the test ends.
func startServeWith(t *testing.T, args ...string) *site {
	t.Helper()
	needSites(t)
	bin, err := nativeBinary(versionA)
	if err != nil {
		t.Fatal(err)
	}
	s := &site{kind: "serve", addr: freeAddr(), bin: bin, logs: new(syncBuffer)}
	s.cmd = exec.Command(bin, append([]string{"serve", "-addr", s.addr}, args...)...)
	s.cmd.Dir = root
	s.cmd.Stdout = s.logs
	s.cmd.Stderr = s.logs
	if err := s.cmd.Start(); err != nil {
		t.Fatalf("starting %s serve: %v", bin, err)
	}
	s.done = make(chan struct{})
	go func(cmd *exec.Cmd, done chan struct{}) {
		_ = cmd.Wait()
		close(done)
	}(s.cmd, s.done)
	t.Cleanup(s.stop)
	if err := s.waitUp(); err != nil {
		t.Fatal(err)
	}
	return s
}

// headers returns the response headers of GET u.
func headers(t *testing.T, u string) http.Header {
	t.Helper()
	resp, err := http.Get(u)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var buf bytes.Buffer
	_, _ = buf.ReadFrom(resp.Body)
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("GET %s: %s", u, resp.Status)
	}
	return resp.Header
}

// heightSamplerJS records, on a host page, the height of its first
// widget's iframe in every animation frame in which it changed
// (window.hcHeights, {t, h} in the page's clock), and when the first
// hirecalc:resize and hirecalc:ready arrived.
const heightSamplerJS = `<script>
window.hcHeights = [];
window.hcFirst = {};
(function sample() {
	const f = document.querySelector(".hirecalc-embed iframe");
	if (f) {
		const h = Math.round(f.getBoundingClientRect().height);
		const last = hcHeights[hcHeights.length - 1];
		if (!last || last.h !== h) hcHeights.push({t: Math.round(performance.now()), h: h});
	}
	requestAnimationFrame(sample);
})();
["hirecalc:resize", "hirecalc:ready"].forEach((type) => document.addEventListener(type, () => {
	if (!(type in hcFirst)) hcFirst[type] = Math.round(performance.now());
}));
</script>`

// heightSample is one record of heightSamplerJS.
type heightSample struct {
	T int `json:"t"`
	H int `json:"h"`
}

// widgetHeights loads a host page with one widget of base (preset and
// options), waits until the widget said hirecalc:ready and a while
// after, and returns the iframe's heights over time and when the first
// hirecalc:resize and hirecalc:ready came.
func widgetHeights(t *testing.T, tb *tab, host *hostServer, path, base, preset, options string) ([]heightSample, map[string]int) {
	t.Helper()
	body := heightSamplerJS + embed.ScriptSnippet(base, preset, embedOptions(t, options))
	tb.navigate(host.page(path, hostPage(hostPageOptions{title: "Acme careers", body: body})))
	tb.waitFor("hirecalc:ready", `"hirecalc:ready" in window.hcFirst`, appTimeout)
	time.Sleep(1500 * time.Millisecond) // what follows the start
	return eval[[]heightSample](tb, `window.hcHeights`), eval[map[string]int](tb, `window.hcFirst`)
}

// TestEmbedHeightAcrossWasmStart samples the widget's iframe height on a
// careers page, on the static site, from the page's start until after
// app.wasm has started: the widget reports its height before app.wasm
// runs (boot.js), and app.wasm's start does not change it when the page
// was prerendered for the widget's inputs. It saves the host page before
// app.wasm (a site without it) and after.
func TestEmbedHeightAcrossWasmStart(t *testing.T) {
	needSites(t)
	host := newHost(t)
	tb := newBrowser(t, withWindow(1280, 900))
	for _, c := range []struct {
		name, preset, options string
		// maxJump is the most app.wasm's start may change the height
		// by, in CSS pixels: 2 (rounding) when the page shows the
		// answer for the widget's inputs; with presets on a static
		// site, what the answer for them takes more or less room than
		// the default one, which the page keeps free (see the log).
		maxJump int
	}{
		{"the default inputs, the widget's own options", "", "theme=dark&accent=%23f60&lock=stage&cta=" + url.QueryEscape(host.origin()+"/thanks"), 2},
		{"the issue's widget: presets and a lock", "stage=scaleup&company=Acme", "lock=stage", 100},
	} {
		t.Run(c.name, func(t *testing.T) {
			tb := tb.in(t)
			samples, first := widgetHeights(t, tb, host, "/h"+fmt.Sprint(len(c.name)), staticSite.URL("/"), c.preset, c.options)
			t.Logf("iframe heights (ms: px): %v; first resize at %d ms, ready at %d ms", samples, first["hirecalc:resize"], first["hirecalc:ready"])
			require.Contains(t, first, "hirecalc:resize")
			assert.Less(t, first["hirecalc:resize"], first["hirecalc:ready"], "the widget reported its height before app.wasm started")
			var before, after int
			for _, s := range samples {
				if s.T < first["hirecalc:ready"] {
					before = s.H
				}
				after = s.H
			}
			require.NotZero(t, before)
			assert.NotEqual(t, 900, before, "the iframe kept the loader's first height until app.wasm started")
			jump := after - before
			if jump < 0 {
				jump = -jump
			}
			t.Logf("height before app.wasm %d px, after %d px: app.wasm's start moved it by %d px", before, after, jump)
			assert.LessOrEqual(t, jump, c.maxJump, "app.wasm's start changed the iframe's height")
		})
	}

	t.Run("screenshots before and after app.wasm", func(t *testing.T) {
		tb := tb.in(t)
		none := newSite(t, "static-nowasm", versionA)
		allowNoWasm(tb)
		for _, s := range []struct {
			name string
			site *site
		}{{"before-wasm", none}, {"after-wasm", staticSite}} {
			body := heightSamplerJS + embed.ScriptSnippet(s.site.URL("/"), "stage=scaleup&company=Acme", embedOptions(t, "lock=stage"))
			tb.navigate(host.page("/shot-"+s.name, hostPage(hostPageOptions{title: "Acme careers", body: body})))
			tb.waitFor("the widget's first height", `window.hcHeights.some((s) => s.h !== 900)`, appTimeout)
			if s.site == staticSite {
				tb.waitFor("hirecalc:ready", `"hirecalc:ready" in window.hcFirst`, appTimeout)
			}
			time.Sleep(time.Second)
			width := eval[int64](tb, `window.innerWidth`)
			height := eval[int64](tb, `Math.ceil(document.documentElement.scrollHeight)`)
			tb.do("making the viewport as tall as the page", chromedp.EmulateViewport(width, height))
			time.Sleep(700 * time.Millisecond)
			tb.screenshot(s.name)
			tb.do("restoring the viewport", chromedp.EmulateViewport(width, 900))
		}
	})
}
