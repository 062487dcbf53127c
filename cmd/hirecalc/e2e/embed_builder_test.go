//go:build !wasm

package e2e

import (
	"fmt"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"hirecalc/app/embed"
)

// setBuilderField sets a field of the snippet builder as a user would
// and fires its change event.
func (tb *tab) setBuilderField(sel, value string) {
	tb.t.Helper()
	res := eval[string](tb, fmt.Sprintf(`((e, v) => {
		if (!e) return "missing";
		if (e.type === "checkbox") { if (e.checked !== (v === "on")) e.click(); return "ok"; }
		e.value = v;
		e.dispatchEvent(new Event("input", {bubbles: true}));
		e.dispatchEvent(new Event("change", {bubbles: true}));
		return "ok";
	})(document.querySelector(%s), %s)`, js(sel), js(value)))
	if res != "ok" {
		tb.t.Fatalf("setting %s: %s", sel, res)
	}
}

func TestEmbedSnippetBuilder(t *testing.T) {
	needSites(t)
	tb := newBrowser(t, withWindow(1280, 900))
	tb.grant(serveSite.Origin(), "clipboard-read", "clipboard-write")
	tb.emulateFocus()
	// The builder is a plain page outside app.wasm.
	tb.navigate(serveSite.URL("/web/embed-builder.html"))
	tb.waitFor("the builder script", `document.querySelector("#b-snippet").value.startsWith("<script")`, actionTimeout)

	tb.setBuilderField("#b-company", "Acme Robotics")
	tb.setBuilderField("#b-preset", serveSite.URL("/?team=60&stage=enterprise&owner=yes&needs=features,apis,data"))
	tb.setBuilderField("#b-lock-team", "on")
	tb.setBuilderField("#b-hide-benefits", "on")
	tb.setBuilderField("#b-sec-jd", "off")
	tb.setBuilderField("#b-accent", "#AA3300")
	tb.setBuilderField("#b-theme", "dark")
	tb.setBuilderField("#b-cta", "https://acme.example/jobs")
	tb.setBuilderField("#b-ctalabel", "Talk to our recruiters")

	want := embed.ScriptSnippet(serveSite.URL("/"), widgetPreset,
		embedOptions(t, "lock=team&hide=benefits&sections=role,pay&accent=%23aa3300&theme=dark"+
			"&cta=https://acme.example/jobs&ctalabel=Talk+to+our+recruiters"))
	tb.waitFor("the snippet to follow the choices", fmt.Sprintf(`document.querySelector("#b-snippet").value === %s`, js(want)), answerTimeout)
	assert.False(t, tb.visible("#b-problems"), "valid choices raise no problem")

	t.Run("the live preview shows the widget with the options", func(t *testing.T) {
		tb := tb.in(t)
		src := tb.attr("#b-preview", "src")
		assert.Contains(t, src, "embed=1")
		assert.Contains(t, src, "accent=%23aa3300")
		// The preview is on the builder's origin: its document is reachable.
		doc := `document.querySelector("#b-preview").contentDocument`
		tb.waitFor("the preview app to run", doc+`?.body?.dataset.appReady === "1" && `+doc+`.querySelector('.hc-embed[data-theme="dark"]') !== null`, appTimeout)
		assert.True(t, eval[bool](tb, doc+`.querySelector("#in-team").disabled`), "team is locked in the preview")
		assert.False(t, eval[bool](tb, doc+`.querySelector("#in-benefits") !== null`), "benefits are hidden in the preview")
		assert.False(t, eval[bool](tb, doc+`.querySelector("#jd") !== null`), "no job description section")
		assert.Equal(t, "Talk to our recruiters", eval[string](tb, doc+`.querySelector("#hc-cta").textContent`))
		tb.waitFor("the preview to take its content's height", `document.querySelector("#b-preview").getBoundingClientRect().height !== 900`, answerTimeout)
	})

	t.Run("a bad option is explained, not copied", func(t *testing.T) {
		tb := tb.in(t)
		tb.setBuilderField("#b-accent", "red")
		tb.waitFor("the problem list", visibleJS("#b-problems"), answerTimeout)
		assert.Contains(t, tb.text("#b-problems"), "Accent:")
		assert.NotContains(t, tb.text("#b-snippet"), "data-accent", "a bad accent is left out of the snippet")
		tb.setBuilderField("#b-accent", "#aa3300")
		tb.waitFor("the problem to go", "!"+visibleJS("#b-problems"), answerTimeout)
	})

	t.Run("awkward values are escaped and normalised as embed.ScriptSnippet does", func(t *testing.T) {
		tb := tb.in(t)
		tb.setBuilderField("#b-company", `Acme "R&D" <Labs> 'UK'`)
		tb.setBuilderField("#b-accent", "#ABC")
		tb.setBuilderField("#b-ctalabel", "Talk to \u202eus\u202c, 'now'")
		tb.setBuilderField("#b-origins", "HTTPS://Careers.Acme.Example:443, http://localhost:8080,https://careers.acme.example")
		tb.setBuilderField("#b-jsonld", "on")
		preset := "team=60&stage=enterprise&owner=yes&needs=features,apis,data&company=" + url.QueryEscape(`Acme "R&D" <Labs> 'UK'`)
		want := embed.ScriptSnippet(serveSite.URL("/"), preset, embedOptions(t, "lock=team&hide=benefits&sections=role,pay"+
			"&accent=%23abc&theme=dark&cta=https://acme.example/jobs&ctalabel="+url.QueryEscape("Talk to \u202eus\u202c, 'now'")+
			"&origins="+url.QueryEscape("https://careers.acme.example,http://localhost:8080")+"&jsonld=1"))
		tb.waitFor("the snippet to follow", fmt.Sprintf(`document.querySelector("#b-snippet").value === %s`, js(want)), answerTimeout)
		assert.False(t, tb.visible("#b-problems"))
		// Back to the plain choices for the copy below.
		tb.setBuilderField("#b-company", "Acme Robotics")
		tb.setBuilderField("#b-accent", "#aa3300")
		tb.setBuilderField("#b-ctalabel", "Talk to our recruiters")
		tb.setBuilderField("#b-origins", "")
		tb.setBuilderField("#b-jsonld", "off")
	})

	t.Run("copy puts the snippet on the clipboard, and the copied snippet works on a host page", func(t *testing.T) {
		tb := tb.in(t)
		tb.click("#b-copy")
		var got string
		deadline := time.Now().Add(answerTimeout)
		for got == "" {
			v, err := evalErr[string](tb, `navigator.clipboard.readText()`)
			if err == nil {
				got = v
			}
			if got == "" && time.Now().After(deadline) {
				t.Fatalf("the clipboard stayed empty after clicking #b-copy (last error: %v)", err)
			}
			time.Sleep(100 * time.Millisecond)
		}
		require.Equal(t, want, got)
		assert.Contains(t, tb.text("#b-status"), "Copied")
		tb.screenshot("builder")

		host := newHost(t)
		page := host.page("/from-builder", hostPage(hostPageOptions{title: "From the builder", dark: true, body: strings.TrimSpace(got)}))
		tb.navigate(page)
		id := tb.waitWidgets(1)[0]
		w := tb.widget(id)
		assert.True(t, eval[bool](w, `document.querySelector("#in-team").disabled`))
		assert.Equal(t, "dark", w.attr(".hc-embed", "data-theme"))
		assert.Equal(t, string(expectedRole(t, widgetPreset, "")), w.role())
	})
}
