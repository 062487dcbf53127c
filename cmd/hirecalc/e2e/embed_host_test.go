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
