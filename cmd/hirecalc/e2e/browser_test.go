//go:build !wasm

package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// Timeouts of the waits. The first load compiles about 7 MB of wasm on a
// 2-core machine, which takes a few seconds; the rest is generous so that a
// slow CI machine does not fail a correct app.
const (
	appTimeout    = 60 * time.Second // until the wasm app is mounted
	answerTimeout = 10 * time.Second // from an input change to the new answer
	actionTimeout = 20 * time.Second // one browser command
)

// browserConfig is what newBrowser can vary.
type browserConfig struct {
	width, height int
	preferences   string // JSON of the profile's Default/Preferences, if any
}

// browserOption changes a browserConfig.
type browserOption func(*browserConfig)

// withWindow sets the browser window size in CSS pixels.
func withWindow(w, h int) browserOption {
	return func(c *browserConfig) { c.width, c.height = w, h }
}

// withPreferences starts the browser with a profile whose Preferences file
// holds prefs (JSON), for settings no command-line flag reaches, such as
// blocking all site data.
func withPreferences(prefs string) browserOption {
	return func(c *browserConfig) { c.preferences = prefs }
}

// chromium is one headless Chromium with its own fresh profile, for one test.
type chromium struct {
	t       *testing.T
	dir     string
	output  *syncBuffer
	console *consoleLog
	tabs    []*tab
	cancels []context.CancelFunc // of the extra tabs
}

// tab is one page of a chromium, with helpers that fail the test on error.
type tab struct {
	t   *testing.T
	b   *chromium
	ctx context.Context
}

// consoleLog collects the console errors and uncaught exceptions of the
// browser's pages.
type consoleLog struct {
	mu      sync.Mutex
	entries []string
	allowed []*regexp.Regexp
}

func (l *consoleLog) add(s string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.entries = append(l.entries, s)
}

// unexpected returns the entries no allowed pattern matches.
func (l *consoleLog) unexpected() []string {
	l.mu.Lock()
	defer l.mu.Unlock()
	var out []string
	for _, e := range l.entries {
		if !slices.ContainsFunc(l.allowed, func(re *regexp.Regexp) bool { return re.MatchString(e) }) {
			out = append(out, e)
		}
	}
	return out
}

// listener records console.error/console.assert calls, uncaught exceptions
// and browser log entries of level error (failed loads, for example).
func (l *consoleLog) listener(name string) func(ev any) {
	return func(ev any) {
		switch ev := ev.(type) {
		case *runtime.EventConsoleAPICalled:
			if ev.Type == runtime.ConsoleAPICalledTypeError || ev.Type == runtime.ConsoleAPICalledTypeAssert {
				l.add(fmt.Sprintf("%s: console.%s: %s%s", name, ev.Type, argsText(ev.Args), stackText(ev.StackTrace)))
			}
		case *runtime.EventExceptionThrown:
			d := ev.ExceptionDetails
			text := d.Text
			if d.Exception != nil {
				text += " " + d.Exception.Description
			}
			l.add(fmt.Sprintf("%s: uncaught exception: %s (%s:%d)", name, text, d.URL, d.LineNumber+1))
		case *log.EventEntryAdded:
			if ev.Entry.Level == log.EntryLevelError {
				l.add(fmt.Sprintf("%s: browser log (%s): %s %s", name, ev.Entry.Source, ev.Entry.Text, ev.Entry.URL))
			}
		}
	}
}

func argsText(args []*runtime.RemoteObject) string {
	var parts []string
	for _, a := range args {
		switch {
		case len(a.Value) > 0:
			var s string
			if json.Unmarshal(a.Value, &s) == nil {
				parts = append(parts, s)
			} else {
				parts = append(parts, string(a.Value))
			}
		case a.Description != "":
			parts = append(parts, a.Description)
		default:
			parts = append(parts, string(a.Type))
		}
	}
	return strings.Join(parts, " ")
}

func stackText(st *runtime.StackTrace) string {
	if st == nil || len(st.CallFrames) == 0 {
		return ""
	}
	f := st.CallFrames[0]
	return fmt.Sprintf(" (%s:%d)", f.URL, f.LineNumber+1)
}

// newBrowser starts a headless Chromium with a fresh profile and returns its
// first tab. The browser is closed, its profile removed, and its console
// checked for errors when the test ends; a failed test also leaves a
// screenshot of each tab in artifacts/.
func newBrowser(t *testing.T, opts ...browserOption) *tab {
	t.Helper()
	if chromiumErr != nil {
		t.Fatal(chromiumErr)
	}
	cfg := browserConfig{width: 1280, height: 900}
	for _, o := range opts {
		o(&cfg)
	}
	dir, err := os.MkdirTemp("", "hirecalc-chromium-")
	if err != nil {
		t.Fatal(err)
	}
	if cfg.preferences != "" {
		err = os.MkdirAll(filepath.Join(dir, "Default"), 0o755)
		if err == nil {
			err = os.WriteFile(filepath.Join(dir, "Default", "Preferences"), []byte(cfg.preferences), 0o644)
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	b := &chromium{t: t, dir: dir, output: new(syncBuffer), console: new(consoleLog)}
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(),
		chromedp.ExecPath(chromiumPath),
		chromedp.Flag("headless", true),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.Flag("disable-quic", true),
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("disable-extensions", true),
		chromedp.Flag("disable-default-apps", true),
		chromedp.Flag("password-store", "basic"),
		chromedp.Flag("use-mock-keychain", true),
		chromedp.UserDataDir(dir),
		chromedp.WindowSize(cfg.width, cfg.height),
		chromedp.CombinedOutput(b.output),
	)
	ctx, cancel := chromedp.NewContext(allocCtx, chromedp.WithListener(b.console.listener("tab 1")))
	first := &tab{t: t, b: b, ctx: ctx}
	b.tabs = append(b.tabs, first)

	t.Cleanup(func() {
		if t.Failed() {
			for i, tb := range b.tabs {
				tb.screenshotQuiet(fmt.Sprintf("failure-tab%d", i+1))
			}
		}
		for _, e := range b.console.unexpected() {
			t.Errorf("console error in the page: %s", e)
		}
		for _, c := range b.cancels {
			c()
		}
		closeCtx, cancelClose := context.WithTimeout(ctx, 10*time.Second)
		_ = chromedp.Cancel(closeCtx)
		cancelClose()
		cancel()
		cancelAlloc()
		removeRetry(t, dir)
		if t.Failed() {
			if out := strings.TrimSpace(b.output.String()); out != "" {
				t.Logf("chromium output:\n%s", lastLines(out, 30))
			}
		}
	})
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("starting Chromium: %v\n%s", err, b.output)
	}
	first.watchPolicy()
	return first
}

// cspRecorderJS records every Content-Security-Policy violation of a
// document in window.hcCSPViolations and reports it as a console error,
// which fails the test (consoleLog): every browser test checks that the
// app needs nothing its policy refuses.
const cspRecorderJS = `(() => {
	if (window.hcCSPViolations) return;
	window.hcCSPViolations = [];
	document.addEventListener("securitypolicyviolation", (e) => {
		const v = e.violatedDirective + " blocked " + (e.blockedURI || "inline") + " at " +
			(e.sourceFile || location.href) + ":" + e.lineNumber + (e.sample ? " (" + e.sample + ")" : "");
		window.hcCSPViolations.push(v);
		console.error("Content-Security-Policy violation: " + v);
	});
})()`

// watchPolicy installs cspRecorderJS in every document the tab loads
// from now on (same-site frames included), and in the current one.
func (tb *tab) watchPolicy() {
	tb.t.Helper()
	tb.do("installing the policy recorder", chromedp.Func(func(ctx context.Context, _ *chromedp.Target) error {
		_, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: cspRecorderJS})
		return err
	}))
	_, _ = evalErr[any](tb, cspRecorderJS)
}

// cspViolations returns the policy violations recorded in the current
// document.
func (tb *tab) cspViolations() []string {
	tb.t.Helper()
	return eval[[]string](tb, `window.hcCSPViolations || []`)
}

// removeRetry removes a Chromium profile, retrying while Chromium's helper
// processes are still exiting.
func removeRetry(t *testing.T, dir string) {
	var err error
	for range 50 {
		if err = os.RemoveAll(dir); err == nil {
			return
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Logf("could not remove the profile %s: %v", dir, err)
}

// lastLines returns the last n lines of Chromium's output, without its
// harmless complaints about D-Bus and the Debian wrapper's shell noise.
func lastLines(s string, n int) string {
	var lines []string
	for _, l := range strings.Split(s, "\n") {
		if !strings.Contains(l, "dbus") && !strings.Contains(l, "unexpected operator") {
			lines = append(lines, l)
		}
	}
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, "\n")
}

// allowConsole accepts console errors matching pattern for the rest of the
// test (for example network errors once the server is stopped on purpose).
func (b *chromium) allowConsole(pattern string) {
	b.console.mu.Lock()
	defer b.console.mu.Unlock()
	b.console.allowed = append(b.console.allowed, regexp.MustCompile(pattern))
}

// newTab opens another tab in the same browser (same profile, same service
// worker and caches).
func (b *chromium) newTab() *tab {
	b.t.Helper()
	name := fmt.Sprintf("tab %d", len(b.tabs)+1)
	ctx, cancel := chromedp.NewContext(b.tabs[0].ctx, chromedp.WithListener(b.console.listener(name)))
	b.cancels = append(b.cancels, cancel)
	tb := &tab{t: b.t, b: b, ctx: ctx}
	b.tabs = append(b.tabs, tb)
	if err := chromedp.Do(ctx); err != nil {
		b.t.Fatalf("opening a new tab: %v", err)
	}
	tb.watchPolicy()
	return tb
}

// do runs actions with a timeout, failing the test on error.
func (tb *tab) do(what string, actions ...chromedp.Action[chromedp.Void]) {
	tb.t.Helper()
	ctx, cancel := context.WithTimeout(tb.ctx, actionTimeout)
	defer cancel()
	if err := chromedp.Do(ctx, actions...); err != nil {
		tb.t.Fatalf("%s: %v", what, err)
	}
}

// navigate loads url and waits for its load event.
func (tb *tab) navigate(url string) {
	tb.t.Helper()
	tb.do("navigating to "+url, chromedp.Navigate(url))
}

// tryNavigate loads url and returns the error, for pages expected to fail.
func (tb *tab) tryNavigate(url string) error {
	ctx, cancel := context.WithTimeout(tb.ctx, actionTimeout)
	defer cancel()
	return chromedp.Do(ctx, chromedp.Navigate(url))
}

// evalErr evaluates a JavaScript expression (awaiting a promise) and decodes
// its value into T.
func evalErr[T any](tb *tab, expr string) (T, error) {
	ctx, cancel := context.WithTimeout(tb.ctx, actionTimeout)
	defer cancel()
	return chromedp.Run(ctx, chromedp.Evaluate[T](expr, chromedp.EvalAwaitPromise))
}

// eval is evalErr failing the test on error.
func eval[T any](tb *tab, expr string) T {
	tb.t.Helper()
	v, err := evalErr[T](tb, expr)
	if err != nil {
		tb.t.Fatalf("evaluating %s: %v", shorten(expr), err)
	}
	return v
}

func shorten(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) > 160 {
		return s[:160] + "…"
	}
	return s
}

// js returns v as a JavaScript literal.
func js(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err)
	}
	return string(b)
}

// waitFor evaluates expr every 100 ms until it is truthy, and fails the test
// with desc after timeout. It survives navigations and reloads (errors while
// the page changes are retried).
func (tb *tab) waitFor(desc, expr string, timeout time.Duration) {
	tb.t.Helper()
	if err := tb.poll(expr, timeout); err != nil {
		tb.t.Fatalf("waiting %v for %s: %v", timeout, desc, err)
	}
}

// poll is waitFor returning the error instead of failing.
func (tb *tab) poll(expr string, timeout time.Duration) error {
	deadline := time.Now().Add(timeout)
	var last error
	for {
		ok, err := evalErr[bool](tb, "(async () => !!("+expr+"))()")
		if err == nil && ok {
			return nil
		}
		if err != nil {
			last = err
		}
		if time.Now().After(deadline) {
			if last != nil {
				return fmt.Errorf("still false; last error: %w", last)
			}
			return fmt.Errorf("still false: %s", shorten(expr))
		}
		if tb.ctx.Err() != nil {
			return tb.ctx.Err()
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// readJS is the page-side reader of an element's value: form fields give
// their value ("on"/"off" for checkboxes), other elements their rendered
// text (innerText: what a user sees, with line breaks between blocks, the
// same for the prerendered HTML and the app's DOM).
const readJS = `(sel) => {
	const e = document.querySelector(sel);
	if (!e) return null;
	if (e.type === "checkbox" || e.type === "radio") return e.checked ? "on" : "off";
	if (e.tagName === "INPUT" || e.tagName === "SELECT" || e.tagName === "TEXTAREA") return e.value;
	return e.innerText;
}`

// read returns the value or text of the element sel, and whether it exists.
func (tb *tab) read(sel string) (string, bool) {
	tb.t.Helper()
	v := eval[*string](tb, "("+readJS+")("+js(sel)+")")
	if v == nil {
		return "", false
	}
	return *v, true
}

// text returns the value or the whitespace-normalised text of sel, failing
// the test when it is missing.
func (tb *tab) text(sel string) string {
	tb.t.Helper()
	v, ok := tb.read(sel)
	if !ok {
		tb.t.Fatalf("the page has no %s", sel)
	}
	return v
}

// attr returns an attribute of sel ("" when missing).
func (tb *tab) attr(sel, name string) string {
	tb.t.Helper()
	return eval[string](tb, fmt.Sprintf(`(document.querySelector(%s)?.getAttribute(%s)) ?? ""`, js(sel), js(name)))
}

// exists reports whether sel matches an element.
func (tb *tab) exists(sel string) bool {
	tb.t.Helper()
	return eval[bool](tb, fmt.Sprintf(`document.querySelector(%s) !== null`, js(sel)))
}

// visibleJS is true when the element sel is rendered and visible.
func visibleJS(sel string) string {
	return fmt.Sprintf(`((e) => !!e && !e.hidden && e.getClientRects().length > 0 &&
		getComputedStyle(e).visibility !== "hidden" && getComputedStyle(e).display !== "none")(document.querySelector(%s))`, js(sel))
}

// visible reports whether sel is rendered and visible.
func (tb *tab) visible(sel string) bool {
	tb.t.Helper()
	return eval[bool](tb, visibleJS(sel))
}

// role returns the data-role of #rec-role.
func (tb *tab) role() string {
	tb.t.Helper()
	return tb.attr("#rec-role", "data-role")
}

// query returns the page's current URL query.
func (tb *tab) query() url.Values {
	tb.t.Helper()
	q, err := url.ParseQuery(strings.TrimPrefix(eval[string](tb, "location.search"), "?"))
	if err != nil {
		tb.t.Fatalf("the page URL has a bad query: %v", err)
	}
	return q
}

// waitApp waits until the wasm app is mounted (body[data-app-ready="1"]).
func (tb *tab) waitApp() {
	tb.t.Helper()
	tb.waitFor(`the app to mount (body[data-app-ready="1"])`, `document.body && document.body.dataset.appReady === "1"`, appTimeout)
}

// open navigates to url and waits until the wasm app is mounted.
func (tb *tab) open(url string) {
	tb.t.Helper()
	tb.navigate(url)
	tb.waitApp()
}

// setField sets the form field #in-<key> the way a user would: a checkbox is
// clicked when its state differs ("1", "yes", "true" and "on" mean checked),
// a select gets the option with that value, other fields get the value;
// input and change events follow.
func (tb *tab) setField(key, value string) {
	tb.t.Helper()
	sel := "#in-" + key
	res := eval[string](tb, fmt.Sprintf(`((sel, v) => {
		const e = document.querySelector(sel);
		if (!e) return "missing";
		if (e.type === "checkbox") {
			const want = ["1", "yes", "true", "on"].includes(v.toLowerCase());
			if (e.checked !== want) e.click();
			return "ok";
		}
		if (e.tagName === "SELECT") {
			const opt = [...e.options].find(o => o.value.toLowerCase() === v.toLowerCase());
			if (!opt) return "no option " + v + " (options: " + [...e.options].map(o => o.value).join(", ") + ")";
			e.value = opt.value;
		} else {
			e.value = v;
		}
		e.dispatchEvent(new Event("input", {bubbles: true}));
		e.dispatchEvent(new Event("change", {bubbles: true}));
		return "ok";
	})(%s, %s)`, js(sel), js(value)))
	if res != "ok" {
		tb.t.Fatalf("setting %s to %q: %s", sel, value, res)
	}
}

// setNeed ticks or unticks the need checkbox #in-needs-<need> with a click.
func (tb *tab) setNeed(need string, on bool) {
	tb.t.Helper()
	tb.setField("needs-"+need, map[bool]string{true: "on", false: "off"}[on])
}

// typeInto clears the text field sel and types text key by key, then presses
// Tab, as a user would.
func (tb *tab) typeInto(sel, text string) {
	tb.t.Helper()
	if !eval[bool](tb, fmt.Sprintf(`((e) => { if (!e) return false; e.focus(); e.value = ""; return true; })(document.querySelector(%s))`, js(sel))) {
		tb.t.Fatalf("the page has no %s to type into", sel)
	}
	tb.do("typing into "+sel, chromedp.SendKeys(chromedp.CSS(sel), text+"\t"))
}

// waitQuery waits until the page URL has key=want (for needs: the same set
// of needs).
func (tb *tab) waitQuery(key, want string) {
	tb.t.Helper()
	deadline := time.Now().Add(answerTimeout)
	for {
		got := tb.query().Get(key)
		if sameQueryValue(key, want, got) {
			return
		}
		if time.Now().After(deadline) {
			tb.t.Fatalf("the URL did not follow the form: %s=%q, want %q (URL query: %s)", key, got, want, tb.query().Encode())
		}
		time.Sleep(100 * time.Millisecond)
	}
}

func sameQueryValue(key, want, got string) bool {
	if key != "needs" {
		return strings.EqualFold(want, got)
	}
	split := func(s string) []string {
		f := strings.FieldsFunc(s, func(r rune) bool { return r == ',' })
		slices.Sort(f)
		return f
	}
	return slices.Equal(split(want), split(got))
}

// waitChange waits until the text of sel differs from before, and returns
// the new text.
func (tb *tab) waitChange(sel, before, desc string) string {
	tb.t.Helper()
	tb.waitFor(desc, fmt.Sprintf(`(%s)(%s) !== %s`, readJS, js(sel), js(before)), answerTimeout)
	return tb.text(sel)
}

// waitRole waits until #rec-role has data-role want.
func (tb *tab) waitRole(want string) {
	tb.t.Helper()
	if err := tb.poll(fmt.Sprintf(`document.querySelector("#rec-role")?.dataset.role === %s`, js(want)), answerTimeout); err != nil {
		tb.t.Fatalf("the recommendation did not become %q: it is %q (%v)", want, tb.role(), err)
	}
}

// click clicks the element sel with the mouse, as a user does (a real
// click is a user gesture, which copying needs).
func (tb *tab) click(sel string) {
	tb.t.Helper()
	tb.do("clicking "+sel, chromedp.Click(chromedp.CSS(sel), chromedp.NodeVisible))
}

// emulatePhone makes the tab a touch phone with a viewport of w×h CSS
// pixels, for this and later pages.
func (tb *tab) emulatePhone(w, h int64) {
	tb.t.Helper()
	tb.do(fmt.Sprintf("emulating a %d px phone", w), chromedp.EmulateViewport(w, h, chromedp.EmulateMobile, chromedp.EmulateTouch))
}

// grant grants browser permissions to origin, by their Permissions API names
// ("clipboard-read" is Chromium's clipboardReadWrite, "clipboard-write" its
// clipboardSanitizedWrite).
func (tb *tab) grant(origin string, names ...string) {
	tb.t.Helper()
	for _, name := range names {
		_, err := chromedp.CallBrowser(tb.ctx, browser.SetPermission, browser.SetPermissionParams{
			Permission: &browser.PermissionDescriptor{Name: name},
			Setting:    browser.PermissionSettingGranted,
			Origin:     origin,
		})
		if err != nil {
			tb.t.Fatalf("granting %s to %s: %v", name, origin, err)
		}
	}
}

// emulateFocus makes the page behave as if its window had the focus, which
// the Clipboard API requires.
func (tb *tab) emulateFocus() {
	tb.t.Helper()
	tb.do("emulating focus", chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		_, err := chromedp.Call(ctx, emulation.SetFocusEmulationEnabled, emulation.SetFocusEmulationEnabledParams{Enabled: true})
		return err
	}))
}

// screenshot saves a full-page JPEG as artifacts/<test>--<name>.jpg (JPEG:
// the page is about 9000 px tall, and a PNG of it costs seconds to encode).
func (tb *tab) screenshot(name string) {
	tb.t.Helper()
	if _, err := tb.screenshotErr(name); err != nil {
		tb.t.Errorf("screenshot %s: %v", name, err)
	}
}

// screenshotViewport saves what the viewport shows as
// artifacts/<test>--<name>.jpg: for pages too tall to look at whole (a
// 320 px phone with every section open is over 30,000 px tall).
func (tb *tab) screenshotViewport(name string) {
	tb.t.Helper()
	ctx, cancel := context.WithTimeout(tb.ctx, actionTimeout)
	defer cancel()
	buf, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	if err != nil {
		tb.t.Errorf("screenshot %s: %v", name, err)
		return
	}
	file := filepath.Join(artifacts, artifactName(tb.t.Name())+"--"+name+".png")
	if err = os.WriteFile(file, buf, 0o644); err != nil {
		tb.t.Errorf("screenshot %s: %v", name, err)
	}
}

// screenshotQuiet saves a screenshot of a failed test and says where.
func (tb *tab) screenshotQuiet(name string) {
	file, err := tb.screenshotErr(name)
	if err != nil {
		tb.t.Logf("screenshot %s: %v", name, err)
		return
	}
	tb.t.Logf("screenshot: %s", file)
}

func (tb *tab) screenshotErr(name string) (string, error) {
	ctx, cancel := context.WithTimeout(tb.ctx, 3*actionTimeout) // a tall page takes a while
	defer cancel()
	buf, err := chromedp.Run(ctx, chromedp.FullScreenshot(85))
	if err != nil {
		return "", err
	}
	file := filepath.Join(artifacts, artifactName(tb.t.Name())+"--"+name+".jpg")
	return file, os.WriteFile(file, buf, 0o644)
}

var unsafeName = regexp.MustCompile(`[^A-Za-z0-9._-]+`)

func artifactName(s string) string { return unsafeName.ReplaceAllString(s, "_") }
