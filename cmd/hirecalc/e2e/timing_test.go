//go:build !wasm

package e2e

import (
	"context"
	"fmt"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// timingScript returns the script that runs in every page before the
// page's own scripts and records times in the page's clock (milliseconds
// since navigation start) into window.__hcTimes, for the app that probe
// describes (hirecalcProbe, floorProbe):
//   - fcp: first contentful paint;
//   - answerInDOM: the probe's answer element is in the document
//     (prerendered HTML parsed);
//   - answerVisible: the first animation frame in which the answer is on
//     top at its own position (not under go-app's loader overlay);
//   - loaderGone: the first frame without go-app's loader
//     (#app-wasm-loader), which app.js removes once app.wasm has started:
//     when go-app's default full-screen loader would have shown the page;
//   - appReady: the probe's ready() is true (hirecalc: body[data-app-ready="1"]);
//   - interactive: the first time the page shows the answer to a change of
//     the probe's input to its target (a value other than the page's
//     first one). The script sets the input again whenever the page shows
//     another value (the prerendered form is replaced when the app mounts),
//     so this is the first moment the page answered input.
func timingScript(probe string) string {
	return `(() => {
	if (window.top !== window) return;
	const probe = ` + probe + `;
	const m = window.__hcTimes = {};
	const now = () => performance.now();
	const once = (k, v) => { if (!(k in m)) m[k] = (v === undefined ? now() : v); };
	try {
		new PerformanceObserver(l => { for (const e of l.getEntries()) if (e.name === "first-contentful-paint") once("fcp", e.startTime); })
			.observe({type: "paint", buffered: true});
	} catch (e) {}
	let loaderSeen = false;
	const check = () => {
		const t = document.querySelector(probe.answer);
		if (t) {
			once("answerInDOM");
			if (!("answerVisible" in m)) {
				const r = t.getBoundingClientRect();
				const x = r.left + Math.min(r.width / 2, 20), y = r.top + r.height / 2;
				if (r.width > 0 && r.height > 0 && y >= 0 && y < innerHeight) {
					const hit = document.elementFromPoint(x, y);
					if (hit && (hit === t || t.contains(hit))) once("answerVisible");
				}
			}
		}
		if (document.getElementById("app-wasm-loader")) loaderSeen = true;
		else if (loaderSeen) once("loaderGone");
		if (probe.ready && probe.ready()) once("appReady");
		const input = document.querySelector(probe.input);
		if (input) {
			if (!("target" in m)) m.target = probe.target(input.value);
			if (input.value === m.target && probe.answered(m.target)) {
				once("interactive");
			} else if (input.value !== m.target) {
				input.value = m.target;
				input.dispatchEvent(new Event("input", {bubbles: true}));
				input.dispatchEvent(new Event("change", {bubbles: true}));
			}
		}
		const done = "interactive" in m && "loaderGone" in m && (!probe.ready || "appReady" in m);
		if (done) m.done = true;
		else if (now() < 120000) requestAnimationFrame(check);
	};
	if (document.readyState === "loading") document.addEventListener("readystatechange", () => requestAnimationFrame(check), {once: true});
	requestAnimationFrame(check);
})();`
}

// timingDoneJS is true once the timing script has seen everything it waits
// for (the app ready mark too, which may come a frame after the answer).
const timingDoneJS = `!!(window.__hcTimes && window.__hcTimes.done)`

// hirecalcProbe tells timingScript how hirecalc answers: the answer is
// #rec-title; the probe changes #in-stage between "startup" and "bigtech",
// and #rec-role then says "standard" exactly when the stage is "bigtech".
const hirecalcProbe = `{
	answer: "#rec-title",
	input: "#in-stage",
	target: (v) => v === "bigtech" ? "startup" : "bigtech",
	answered: (t) => { const r = document.querySelector("#rec-role"); return !!r && ((r.dataset.role === "standard") === (t === "bigtech")); },
	ready: () => !!document.body && document.body.dataset.appReady === "1",
}`

// collectTimesJS returns the recorded marks plus navigation and resource
// timing of app.wasm.
const collectTimesJS = `(() => {
	const out = Object.assign({}, window.__hcTimes);
	const nav = performance.getEntriesByType("navigation")[0];
	if (nav) { out.htmlEnd = nav.responseEnd; out.domContentLoaded = nav.domContentLoadedEventEnd; out.load = nav.loadEventEnd; }
	const wasm = performance.getEntriesByType("resource").find(e => new URL(e.name).pathname.endsWith("/app.wasm"));
	if (wasm) {
		out.wasmStart = wasm.requestStart; out.wasmEnd = wasm.responseEnd; out.wasmBytes = wasm.transferSize;
		out.wasmBody = wasm.encodedBodySize; out.wasmRaw = wasm.decodedBodySize; out.wasmWorker = wasm.workerStart > 0 ? 1 : 0;
	}
	delete out.target;
	delete out.done;
	return out;
})()`

// inputLatencyJS changes #in-stage between "startup" and "bigtech" n times
// and returns, for each change, the milliseconds until #rec-role shows the
// new answer (measured with a MutationObserver in the page's clock).
const inputLatencyJS = `(async (n) => {
	const out = [];
	for (let i = 0; i < n; i++) {
		const stage = document.querySelector("#in-stage");
		const toBig = stage.value !== "bigtech";
		const done = () => { const r = document.querySelector("#rec-role"); return r && ((r.dataset.role === "standard") === toBig); };
		const t0 = performance.now();
		const changed = new Promise(resolve => {
			const mo = new MutationObserver(() => { if (done()) { mo.disconnect(); resolve(performance.now()); } });
			mo.observe(document.body, {subtree: true, childList: true, attributes: true, characterData: true});
			setTimeout(() => { mo.disconnect(); resolve(NaN); }, 5000);
		});
		stage.value = toBig ? "bigtech" : "startup";
		stage.dispatchEvent(new Event("input", {bubbles: true}));
		stage.dispatchEvent(new Event("change", {bubbles: true}));
		out.push((await changed) - t0);
		await new Promise(r => setTimeout(r, 50));
	}
	return out;
})`

// timingRuns is the number of cold loads per site: HIRECALC_TIMING_RUNS
// (make bench sets 5), else 1.
func timingRuns(t *testing.T) int {
	if v := os.Getenv("HIRECALC_TIMING_RUNS"); v != "" {
		n, err := strconv.Atoi(v)
		require.NoError(t, err, "HIRECALC_TIMING_RUNS")
		require.Positive(t, n, "HIRECALC_TIMING_RUNS")
		return n
	}
	return 1
}

// timingKeys are the marks printed, in order.
var timingKeys = []string{"htmlEnd", "fcp", "answerInDOM", "answerVisible", "wasmEnd", "loaderGone", "appReady", "interactive"}

// TestLoadTimings measures, in headless Chromium on loopback, how long a
// visitor waits: from navigation start to the prerendered answer being in
// the page and visible, and to the app answering input; cold (fresh profile)
// and warm (a second visit, served by the service worker). It logs the numbers (run
// with -v, or see bench.txt from make bench) and asserts only that each
// milestone is reached.
func TestLoadTimings(t *testing.T) {
	runs := timingRuns(t)
	for _, s := range sites(t) {
		t.Run(s.kind, func(t *testing.T) {
			cold := map[string][]float64{}
			warm := map[string][]float64{}
			var latencies []float64
			for i := range runs {
				tb := newBrowser(t)
				tb.do("installing the timing script", chromedp.Func(func(ctx context.Context, _ *chromedp.Target) error {
					_, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: timingScript(hirecalcProbe)})
					return err
				}))
				for _, phase := range []string{"cold", "warm"} {
					if phase == "warm" {
						// A new visit of "/" (not a reload: the URL now holds
						// the probe's stage), served by the service worker.
						tb.waitFor("app.wasm in the service worker's cache", wasmCachedJS, 60*time.Second)
					}
					tb.navigate(s.URL("/"))
					tb.waitFor("the app to answer input", timingDoneJS, appTimeout)
					times := eval[map[string]float64](tb, collectTimesJS)
					t.Logf("run %d %s %s: %s", i+1, s.kind, phase, formatTimes(times))
					for _, k := range []string{"answerInDOM", "answerVisible", "loaderGone", "appReady", "interactive"} {
						assert.Contains(t, times, k, "%s load never reached %s", phase, k)
					}
					dst := map[string]map[string][]float64{"cold": cold, "warm": warm}[phase]
					for k, v := range times {
						dst[k] = append(dst[k], v)
					}
				}
				lat := eval[[]float64](tb, "("+inputLatencyJS+")(9)")
				for _, v := range lat {
					assert.False(t, v != v, "an input change got no answer within 5 s") // NaN
				}
				latencies = append(latencies, lat...)
			}
			t.Logf("%s, median of %d run(s), ms from navigation start (page clock):", s.kind, runs)
			t.Logf("  cold: %s", formatTimes(medians(cold)))
			t.Logf("  warm: %s", formatTimes(medians(warm)))
			t.Logf("  input change -> new answer: median %.1f ms, max %.1f ms (%d changes)",
				median(latencies), slices.Max(latencies), len(latencies))
		})
	}
}

func formatTimes(m map[string]float64) string {
	var parts []string
	for _, k := range timingKeys {
		if v, ok := m[k]; ok {
			parts = append(parts, fmt.Sprintf("%s=%.0f", k, v))
		} else {
			parts = append(parts, k+"=-")
		}
	}
	if v, ok := m["wasmBytes"]; ok {
		parts = append(parts, fmt.Sprintf("wasmBytes=%.0f", v))
	}
	return strings.Join(parts, " ")
}

func medians(m map[string][]float64) map[string]float64 {
	out := map[string]float64{}
	for k, v := range m {
		out[k] = median(v)
	}
	return out
}

func median(v []float64) float64 {
	if len(v) == 0 {
		return 0
	}
	s := slices.Clone(v)
	slices.Sort(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}
