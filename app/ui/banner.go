package ui

import (
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// updateCheckInterval is how often a long-lived tab asks whether a new
// version of the app was published.
const updateCheckInterval = 30 * time.Minute

// banner shows "a new version is ready" when the service worker has
// installed an update, and the install button where the browser offers
// installation (on Apple browsers, which have no prompt, how to install
// instead). It checks for updates periodically while the tab is open.
type banner struct {
	app.Compo

	updateReady bool
	installable bool
	apple       bool
}

// OnMount reads the install and update state and starts the periodic
// update checks.
func (b *banner) OnMount(ctx app.Context) {
	b.updateReady = ctx.AppUpdateAvailable() && updateArrived()
	b.installable = ctx.IsAppInstallable()
	b.apple = ctx.IsAppleBrowser()
	b.scheduleUpdateCheck(ctx)
}

// scheduleUpdateCheck asks the service worker to look for a new version
// after updateCheckInterval, and again after each check.
func (b *banner) scheduleUpdateCheck(ctx app.Context) {
	ctx.After(updateCheckInterval, func(ctx app.Context) {
		if !b.Mounted() {
			return
		}
		app.TryUpdate()
		b.scheduleUpdateCheck(ctx)
	})
}

// OnAppUpdate shows the update banner. On a first visit the service
// worker claims the page as it activates, which go-app also reports as an
// update; only a worker replacing an older one is.
func (b *banner) OnAppUpdate(ctx app.Context) {
	b.updateReady = updateArrived()
}

// OnAppInstallChange shows or hides the install button.
func (b *banner) OnAppInstallChange(ctx app.Context) {
	b.installable = ctx.IsAppInstallable()
}

// Render draws the update banner and the install button.
func (b *banner) Render() app.UI {
	return el("div").Class("banner-area").Body(
		el("div").Class("live").Aria("live", "polite").Body(
			flag(el("div"), "hidden", !b.updateReady).
				ID("update").
				Class("banner update").
				Body(
					el("p").Text("A new version of hirecalc is ready."),
					el("button").
						ID("update-reload").
						Attr("type", "button").
						Class("button primary").
						OnClick(b.onReload).
						Text("Reload"),
				),
		),
		el("div").Class("install").Body(
			flag(el("button"), "hidden", !b.installable || b.apple).
				ID("install").
				Attr("type", "button").
				Class("button").
				OnClick(b.onInstall).
				Text("Install the app"),
			app.If(b.installable && b.apple, func() app.UI {
				return el("p").ID("install-apple").Class("install-hint").Text("To install: Share, then Add to Home Screen (or File, then Add to Dock on a Mac).")
			}),
		),
	)
}

func (b *banner) onReload(ctx app.Context, e app.Event) {
	ctx.Reload()
}

func (b *banner) onInstall(ctx app.Context, e app.Event) {
	ctx.ShowAppInstallPrompt()
}
