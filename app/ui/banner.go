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
	b.updateReady = ctx.AppUpdateAvailable()
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

// OnAppUpdate shows the update banner.
func (b *banner) OnAppUpdate(ctx app.Context) {
	b.updateReady = true
}

// OnAppInstallChange shows or hides the install button.
func (b *banner) OnAppInstallChange(ctx app.Context) {
	b.installable = ctx.IsAppInstallable()
}

// Render draws the update banner and the install button.
func (b *banner) Render() app.UI {
	return app.Div().Class("banner-area").Body(
		app.Div().Class("live").Aria("live", "polite").Body(
			app.Div().
				ID("update").
				Class("banner update").
				Hidden(!b.updateReady).
				Body(
					app.P().Text("A new version of hirecalc is ready."),
					app.Button().
						ID("update-reload").
						Type("button").
						Class("button primary").
						OnClick(b.onReload).
						Text("Reload"),
				),
		),
		app.Div().Class("install").Body(
			app.Button().
				ID("install").
				Type("button").
				Class("button").
				Hidden(!b.installable || b.apple).
				OnClick(b.onInstall).
				Text("Install the app"),
			app.If(b.installable && b.apple, func() app.UI {
				return app.P().ID("install-apple").Class("install-hint").Text("To install: Share, then Add to Home Screen (or File, then Add to Dock on a Mac).")
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
