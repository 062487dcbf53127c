//go:build !wasm

package e2e

import (
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestOffline loads the app once, waits until the service worker has cached
// it, stops the server for real, and then expects a reload of the page and a
// cold open of a shared link in a new tab to work. A control browser with a
// fresh profile must fail to open the same site, which proves the server is
// really gone.
func TestOffline(t *testing.T) {
	for _, kind := range []string{"serve", "static"} {
		t.Run(kind, func(t *testing.T) {
			s := newSite(t, kind, versionA)
			tb := newBrowser(t)
			tb.open(s.URL("/"))
			tb.waitFor("a service worker to control the page", `navigator.serviceWorker.controller !== null`, 30*time.Second)
			// go-app's worker can control the page before its cache is
			// filled: wait until app.wasm is there.
			tb.waitFor("app.wasm in the service worker's cache", wasmCachedJS, 60*time.Second)

			s.stop()
			require.True(t, s.down(), "the server still answers after stop")

			// Reload the page with no server.
			tb.do("reloading the page offline", chromedp.Reload())
			tb.waitApp()
			assertComplete(t, answerOf(tb))
			tb.setField("stage", "bigtech")
			tb.waitRole("standard")
			tb.screenshot("offline-reload")

			// Open a shared link cold, in a new tab, with no server.
			other := tb.b.newTab()
			other.open(s.URL("/?" + exampleQuery))
			other.waitRole("developer")
			got, _ := other.read("#in-team")
			assert.Equal(t, "200", got, "the offline shared link did not restore the team size")
			other.screenshot("offline-shared-link")

			// Control: a browser that never saw the site cannot open it now.
			ctl := newBrowser(t)
			ctl.b.allowConsole(`.`) // the failed load is the point
			if err := ctl.tryNavigate(s.URL("/?" + exampleQuery)); err == nil {
				assert.False(t, ctl.exists("#hc-form"), "a fresh browser opened the app with the server stopped: the offline pass proves nothing")
			}
		})
	}
}
