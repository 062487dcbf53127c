//go:build !wasm

package e2e

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestUpdateDetected serves version A, loads the app, then deploys version B
// on the same address (`hirecalc serve` restarted; the static site rebuilt in
// place) and expects the running app to show #update once the browser checks
// for a new service worker, as app.TryUpdate makes it do; its Reload button
// then brings version B.
func TestUpdateDetected(t *testing.T) {
	binB, err := nativeBinary(versionB)
	require.NoError(t, err)
	for _, kind := range []string{"serve", "static"} {
		t.Run(kind, func(t *testing.T) {
			s := newSite(t, kind, versionA)
			tb := newBrowser(t)
			tb.open(s.URL("/"))
			tb.waitFor("a service worker to control the page", `navigator.serviceWorker.controller !== null`, 30*time.Second)
			tb.waitFor("app.wasm in the service worker's cache", wasmCachedJS, 60*time.Second)
			tb.waitFor("the service worker to be activated", swActivatedJS, 30*time.Second)
			time.Sleep(500 * time.Millisecond)
			assert.False(t, tb.visible("#update"), "#update shows before any new version was deployed")

			require.NoError(t, s.deploy(binB), "deploying version B")

			// What app.TryUpdate does: ask the registration to check the
			// worker script, whose bytes carry the version.
			tb.waitFor("the update check to run", `(async () => {
				const r = await navigator.serviceWorker.getRegistration();
				if (!r) return false;
				await r.update();
				return true;
			})()`, actionTimeout)
			tb.waitFor("#update to show", visibleJS("#update"), 30*time.Second)
			assert.NotEmpty(t, strings.TrimSpace(tb.text("#update")), "#update says nothing")
			tb.screenshot("update-available")

			// The new worker took over with version B's cache.
			names := eval[[]string](tb, `caches.keys()`)
			assert.True(t, containsPart(names, versionB), "no cache of version %s: %v", versionB, names)
			assert.False(t, containsPart(names, versionA), "the cache of version %s is still there: %v", versionA, names)

			// Reload from the banner: the page now runs version B.
			require.Equal(t, versionA, strings.TrimSpace(tb.text("#version")), "#version before the reload")
			tb.click("#update-reload")
			tb.waitFor("#version to read "+versionB, fmt.Sprintf(`document.querySelector("#version")?.textContent.trim() === %q`, versionB), appTimeout)
			tb.waitApp()
			assert.False(t, tb.visible("#update"), "#update still shows after the reload")
		})
	}
}

func containsPart(list []string, part string) bool {
	for _, s := range list {
		if strings.Contains(s, part) {
			return true
		}
	}
	return false
}
