//go:build !wasm

package e2e

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"testing"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// jdPanelQuery is a first hire at a small startup with nothing of the
// posting filled in: the draft must say "first engineer", promise no team,
// and list what the JSON-LD leaves out.
const jdPanelQuery = "/?team=0&stage=startup&owner=no&needs=features,apis,architecture&level=senior&region=weu&currency=EUR"

// TestJobDescriptionPanel reads the job-description panel in the browser,
// in the light and the dark colour scheme, and saves a screenshot of it
// (artifacts/TestJobDescriptionPanel_<scheme>--jd.png): the draft is true
// to the input, passes its own readability check, and the JSON-LD says what
// is left to fill in beside the export, with no placeholder in it.
func TestJobDescriptionPanel(t *testing.T) {
	needSites(t)
	for _, scheme := range []string{"light", "dark"} {
		t.Run(scheme, func(t *testing.T) {
			tb := newBrowser(t, withWindow(1100, 900))
			tb.do("emulating prefers-color-scheme: "+scheme, chromedp.Func(func(ctx context.Context, _ *chromedp.Target) error {
				_, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
					Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: scheme}},
				})
				return err
			}))
			tb.open(serveSite.URL(jdPanelQuery))
			assert.Equal(t, scheme == "dark", eval[bool](tb, `matchMedia("(prefers-color-scheme: dark)").matches`))

			text := oneLine(tb.text("#jd-text"))
			assert.Contains(t, text, "We are a startup, and you will be our first engineer.")
			assert.Contains(t, text, "As our first engineer, you will shape the design and build on it.")
			assert.NotContains(t, text, "the rest of the team")
			assert.Contains(t, text, "Senior Backend Engineer (features and architecture)")

			m := regexp.MustCompile(`Flesch Reading Ease (-?[0-9.]+)`).FindStringSubmatch(oneLine(tb.text("#check-readability")))
			require.Len(t, m, 2, "no reading ease in the draft's checks")
			fre, err := strconv.ParseFloat(m[1], 64)
			require.NoError(t, err)
			assert.GreaterOrEqual(t, fre, 30.0, "the draft fails its own readability check")
			assert.Contains(t, tb.attr("#check-gender", "class"), "check-ok")

			assert.Contains(t, oneLine(tb.text("#jd-export-note")), "The JSON-LD is incomplete")
			eval[bool](tb, `(() => { document.querySelector("#jd-structured").open = true; return true; })()`)
			issues := oneLine(tb.text("#jd-jsonld-issues"))
			assert.Contains(t, issues, "Fill in before posting")
			assert.Contains(t, issues, "hiringOrganization.name (required by Google)")
			assert.Contains(t, issues, "applicantLocationRequirements (required by Google)")
			jsonld := tb.text("#jd-jsonld")
			assert.NotContains(t, jsonld, "[Your company name]")
			assert.NotContains(t, jsonld, "hiringOrganization")
			assert.Contains(t, oneLine(tb.text("#check-pay")), "met only if", "an estimate is reported as met")

			// Dark means dark: the panel's background is darker than its text.
			lum := `((c) => { const [r, g, b] = c.match(/[0-9.]+/g).map(Number); return 0.2126*r + 0.7152*g + 0.0722*b; })`
			bg := eval[float64](tb, lum+`(getComputedStyle(document.querySelector("#jd")).backgroundColor)`)
			fg := eval[float64](tb, lum+`(getComputedStyle(document.querySelector("#jd")).color)`)
			assert.Equal(t, scheme == "dark", bg < fg, "background %.0f, text %.0f", bg, fg)

			buf, err := chromedp.Run(tb.ctx, chromedp.Screenshot(chromedp.CSS("#jd"), chromedp.NodeVisible))
			require.NoError(t, err)
			require.NoError(t, os.WriteFile(filepath.Join(artifacts, artifactName(t.Name())+"--jd.png"), buf, 0o644))
		})
	}
}
