//go:build !wasm

package e2e

import (
	"context"
	"crypto/sha256"
	"encoding/base64"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"hirecalc/app/embed"
)

// The policy tests: hirecalc's Content-Security-Policy is served by every
// kind of site, the browser enforces it, the app needs nothing it refuses,
// and hostile shared links run no script. (Every other browser test also
// fails on a violation: see cspRecorderJS.)

// metaPolicy is the policy of the pages' meta element: written out, so
// that a change of the policy shows here, but for the hash of the pages'
// one inline script (see headScriptHash).
func metaPolicy(t *testing.T) string {
	t.Helper()
	return "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' " + headScriptHash(t) +
		"; object-src 'none'; base-uri 'none'; form-action 'self'"
}

// wantPolicy is the policy of the test sites: metaPolicy with
// frame-ancestors *, which only a header can carry.
func wantPolicy(t *testing.T) string {
	t.Helper()
	return metaPolicy(t) + "; frame-ancestors *"
}

var (
	headHashOnce sync.Once
	headHash     string
	headHashErr  error
)

// headScriptHash returns the CSP hash source of the inline script of the
// page that `hirecalc serve` serves at /, computed here from the page's
// bytes: the policy must allow exactly that script.
func headScriptHash(t *testing.T) string {
	t.Helper()
	needSites(t)
	headHashOnce.Do(func() {
		resp, err := http.Get(serveSite.URL("/"))
		if err != nil {
			headHashErr = err
			return
		}
		defer resp.Body.Close()
		b, err := io.ReadAll(resp.Body)
		if err != nil {
			headHashErr = err
			return
		}
		m := regexp.MustCompile(`(?s)<script>(.*?)</script>`).FindAllSubmatch(b, -1)
		if len(m) != 1 {
			headHashErr = fmt.Errorf("the page has %d inline scripts, want 1 (the head script)", len(m))
			return
		}
		sum := sha256.Sum256(m[0][1])
		headHash = "'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"
	})
	require.NoError(t, headHashErr)
	return headHash
}

// policySites returns `hirecalc serve`, the static site with its _headers
// applied, and a static host that ignores _headers (the meta policy only).
func policySites(t *testing.T) []*site {
	t.Helper()
	return append(sites(t), newSite(t, "static-meta", versionA))
}

func siteName(s *site) string {
	if s.noHeaders {
		return "static-meta"
	}
	return s.kind
}

func TestPolicyIsServed(t *testing.T) {
	for _, s := range policySites(t) {
		t.Run(siteName(s), func(t *testing.T) {
			for _, path := range []string{"/", "/?" + exampleQuery, "/embed.html", "/web/app.wasm", "/app.js", "/app-worker.js",
				"/web/embed.js", "/web/embed-builder.html", "/manifest.webmanifest"} {
				h := headers(t, s.URL(path))
				if s.noHeaders {
					assert.Empty(t, h.Get("Content-Security-Policy"), path)
					continue
				}
				assert.Equal(t, wantPolicy(t), h.Get("Content-Security-Policy"), path)
				assert.Equal(t, "nosniff", h.Get("X-Content-Type-Options"), path)
			}
			for _, path := range []string{"/", "/embed.html"} {
				assert.Contains(t, fetch(t, s.URL(path)),
					`<meta http-equiv="Content-Security-Policy" content="`+metaPolicy(t)+`">`, path)
			}
			// The builder, a plain page without inline script, allows none.
			assert.Contains(t, fetch(t, s.URL("/web/embed-builder.html")),
				`<meta http-equiv="Content-Security-Policy" content="`+strings.Replace(metaPolicy(t), " "+headScriptHash(t), "", 1)+`">`)
			if s.kind == "serve" {
				t.Logf("Content-Security-Policy as served: %s", headers(t, s.URL("/")).Get("Content-Security-Policy"))
			}
		})
	}
}

// probeJS tries what the policy refuses: an inline event handler, eval
// and a style attribute. It returns what ran.
const probeJS = `(async () => {
	const ran = [];
	window.hcProbe = () => ran.push("handler");
	document.body.insertAdjacentHTML("beforeend", '<img id="hc-probe" src="/web/icon.svg" onload="hcProbe()" style="outline:9px solid red">');
	// eval in a task of the page's own: code that DevTools evaluates may
	// eval whatever the policy says.
	setTimeout(() => { try { eval("ran.push('eval')"); } catch (e) {} }, 0);
	await new Promise((r) => setTimeout(r, 500));
	if (getComputedStyle(document.querySelector("#hc-probe")).outlineWidth === "9px") ran.push("style");
	document.querySelector("#hc-probe").remove();
	return ran;
})()`

// TestPolicyIsEnforced shows that the policy is in force on every kind
// of site, the meta-only one included: an inline handler, eval and a
// style attribute added to the page do nothing but raise violations.
func TestPolicyIsEnforced(t *testing.T) {
	for _, s := range policySites(t) {
		t.Run(siteName(s), func(t *testing.T) {
			tb := newBrowser(t)
			tb.b.allowConsole(`Content-Security-Policy violation|Refused to|Content Security Policy|EvalError`)
			tb.open(s.URL("/"))
			assert.Empty(t, eval[[]string](tb, probeJS), "the page ran what its policy refuses")
			v := strings.Join(tb.cspViolations(), "\n")
			for _, d := range []string{"script-src-attr", "script-src", "style-src-attr"} {
				assert.Contains(t, v, d+" blocked", "no %s violation was recorded", d)
			}
		})
	}
}

// installHooks makes alert, confirm, prompt and print observable in every
// document the tab loads: a call is counted and reported as a console
// error (which fails the test unless allowed).
func (tb *tab) installHooks() {
	tb.t.Helper()
	const hooks = `(() => {
		window.hcCalls = {};
		for (const name of ["alert", "confirm", "prompt", "print"]) {
			window[name] = (...args) => {
				window.hcCalls[name] = (window.hcCalls[name] || 0) + 1;
				if (name !== "print") console.error("hcPwned: " + name + " ran with " + JSON.stringify(args));
			};
		}
	})()`
	tb.do("installing the alert hooks", chromedp.Func(func(ctx context.Context, _ *chromedp.Target) error {
		_, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: hooks})
		return err
	}))
}

// linkPayloads are hostile shared links run in the browser, each in the
// field it targets; the full corpus runs through an HTML parser in
// cmd/hirecalc (TestPayloadsStayInert).
var linkPayloads = []struct{ key, value string }{
	{"company", `Acme "Rocket" & Sons <EU>`},
	{"company", `"><img src=x onerror=alert(1)>`},
	{"location", `" autofocus onfocus="alert(1)`},
	{"benefits", `</textarea><svg onload=alert(1)>`},
	{"stage", `'><img src=x onerror=alert(1)>`},
	{"apply", `javascript:alert(1)`},
	{"currency", `</option></select><script>alert(1)</script>`},
}

// TestSharedLinksRunNoScript opens hostile shared links in the full and
// the embed view, prerendered only (?wasm=false) and live: no script
// runs, no violation is raised (there is nothing to block), and a typed
// field shows exactly the value of the link.
func TestSharedLinksRunNoScript(t *testing.T) {
	for _, s := range sites(t) {
		t.Run(s.kind, func(t *testing.T) {
			tb := newBrowser(t)
			tb.installHooks()
			for _, view := range []string{"", "embed=1&id=w1&"} {
				for _, p := range linkPayloads {
					q := view + p.key + "=" + url.QueryEscape(p.value)
					value := fmt.Sprintf(`document.querySelector("#in-%s")?.value`, p.key)
					tb.navigate(s.URL("/?wasm=false&" + q))
					time.Sleep(300 * time.Millisecond) // autofocus and onload fire at once
					// A static host prerenders no query.
					if s.kind == "serve" {
						assert.Equal(t, p.value, eval[string](tb, value), "prerendered #in-%s of ?%s", p.key, q)
					}
					tb.open(s.URL("/?" + q))
					time.Sleep(300 * time.Millisecond)
					assert.Equal(t, p.value, eval[string](tb, value), "#in-%s after app.wasm took over, ?%s", p.key, q)
					assert.Empty(t, eval[map[string]int](tb, `window.hcCalls`), "?%s", q)
					assert.Empty(t, tb.cspViolations(), "?%s", q)
				}
			}
			// The round trip reaches the answer too.
			tb.open(s.URL("/?company=" + url.QueryEscape(linkPayloads[0].value)))
			assert.Contains(t, tb.text("#jd-text"), linkPayloads[0].value)
			tb.screenshot("round-trip")
			// Control: the hooks see a script that does run.
			tb.b.allowConsole(`hcPwned: alert ran with \["control"\]`)
			eval[any](tb, `alert("control")`)
			assert.Equal(t, 1, eval[map[string]int](tb, `window.hcCalls`)["alert"], "the alert hook does not work")
		})
	}
}

// TestAppWorksUnderPolicy uses everything the app does on every kind of
// site, under its policy, and expects no violation: the answer follows
// the form, the service worker caches the app, copying, downloading and
// printing work, and the embed view gets its accent colour through the
// CSSOM.
func TestAppWorksUnderPolicy(t *testing.T) {
	for _, s := range policySites(t) {
		t.Run(siteName(s), func(t *testing.T) {
			tb := newBrowser(t)
			tb.installHooks()
			downloads := t.TempDir()
			_, err := chromedp.CallBrowser(tb.ctx, browser.SetDownloadBehavior, browser.SetDownloadBehaviorParams{
				Behavior: browser.SetDownloadBehaviorBehaviorAllow, DownloadPath: downloads,
			})
			require.NoError(t, err)
			tb.grant(s.Origin(), "clipboard-read", "clipboard-write")
			tb.emulateFocus()

			tb.open(s.URL("/"))
			tb.setField("stage", "bigtech")
			tb.waitRole("standard")
			tb.waitFor("app.wasm in the service worker's cache", wasmCachedJS, 60*time.Second)
			tb.waitFor("the service worker to be activated", swActivatedJS, 30*time.Second)

			tb.click("#jd-copy")
			tb.waitFor("the copy status", `document.querySelector("#jd-status")?.textContent.startsWith("Copied")`, answerTimeout)
			tb.waitFor("the clipboard to hold the job description",
				`navigator.clipboard.readText().then((t) => t.includes("Backend")).catch(() => false)`, answerTimeout)

			tb.click("#jd-download")
			tb.waitFor("the download status", `document.querySelector("#jd-status")?.textContent.startsWith("Downloaded")`, answerTimeout)
			waitFile(t, downloads, ".md")

			tb.click("#jd-print")
			tb.waitFor("the print dialog", `(window.hcCalls.print || 0) === 1`, answerTimeout)

			tb.open(s.URL("/?embed=1&id=w1&accent=" + url.QueryEscape(accent)))
			assert.Equal(t, accent, strings.TrimSpace(eval[string](tb, `getComputedStyle(document.querySelector("#hc-app")).getPropertyValue("--accent")`)),
				"the accent colour did not reach the embed view")
			assert.Empty(t, tb.cspViolations())
			tb.screenshot("embed-accent")
		})
	}
}

// waitFile waits until dir holds a finished file with the extension ext.
func waitFile(t *testing.T, dir, ext string) {
	t.Helper()
	deadline := time.Now().Add(answerTimeout)
	for {
		matches, _ := filepath.Glob(filepath.Join(dir, "*"+ext))
		for _, m := range matches {
			if fi, err := os.Stat(m); err == nil && fi.Size() > 0 {
				return
			}
		}
		if time.Now().After(deadline) {
			entries, _ := os.ReadDir(dir)
			t.Fatalf("no %s file was downloaded to %s (found %v)", ext, dir, entries)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// TestEmbedUnderPolicy embeds the widget on a careers page of another
// site and watches the widget's own document from its first byte (the
// frame is reloaded once the recorder is in place): the widget loads,
// takes its accent, follows hirecalc:set and reports its answer with no
// violation. The snippet builder, with its live preview frame, is
// checked on hirecalc's own origin.
func TestEmbedUnderPolicy(t *testing.T) {
	needSites(t)
	host := newHost(t)
	options := "accent=" + url.QueryEscape(accent) + "&cta=" + url.QueryEscape(host.origin()+"/thanks")
	pageURL := host.page("/careers", hostPage(hostPageOptions{title: "Acme careers", body: snippet(t, widgetPreset, options)}))
	setRole := expectedRole(t, widgetPreset, engineerSet)

	tb := newBrowser(t, withWindow(1280, 900))
	tb.navigate(pageURL)
	id := tb.waitWidgets(1)[0]
	w := tb.widget(id)
	n := len(tb.hostEvents())
	eval[any](w, `location.reload()`)
	tb.waitEvent("hirecalc:ready after the reload", embed.TypeReady, id, n, nil)
	w.waitApp()
	assert.Equal(t, accent, strings.TrimSpace(eval[string](w, `getComputedStyle(document.querySelector("#hc-app")).getPropertyValue("--accent")`)))
	tb.setViaEvent(id, engineerSet)
	w.waitRole(string(setRole))
	assert.Empty(t, w.cspViolations(), "the widget's document")
	assert.True(t, eval[bool](w, `Array.isArray(window.hcCSPViolations)`), "the recorder was not in the widget's document")

	t.Run("the snippet builder and its preview", func(t *testing.T) {
		b := newBrowser(t, withWindow(1280, 900))
		b.navigate(serveSite.URL("/web/embed-builder.html"))
		b.waitFor("the preview to load the app", `document.querySelector("#b-preview").contentDocument?.body?.dataset.appReady === "1"`, appTimeout)
		b.setBuilderField("#b-accent", accent)
		b.waitFor("the preview to take the accent", `document.querySelector("#b-preview").src.includes("accent=")`, answerTimeout)
		b.waitFor("the preview to load the app again", `document.querySelector("#b-preview").contentDocument?.body?.dataset.appReady === "1"`, appTimeout)
		assert.Empty(t, b.cspViolations(), "the builder page")
		assert.Empty(t, eval[[]string](b, `document.querySelector("#b-preview").contentWindow.hcCSPViolations || ["no recorder"]`), "the preview frame")
	})
}
