package main

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// defaultTeam is the value the input starts with (hirecalc's default team
// size too).
const defaultTeam = "8"

// floor is the app's one component: an input and the number computed from
// it, rendered with go-app's element builders as a go-app app would.
type floor struct {
	app.Compo
	team string
}

// Render draws the input and its answer.
func (f *floor) Render() app.UI {
	return app.Main().Body(
		app.H1().Text("go-app floor"),
		app.Label().For("in-team").Text("Engineers on the team"),
		app.Input().
			ID("in-team").
			Type("number").
			Value(f.team).
			OnInput(f.onInput),
		app.P().ID("out").Text(answer(f.team)),
	)
}

// onInput keeps the typed value.
func (f *floor) onInput(ctx app.Context, e app.Event) {
	f.team = ctx.JSSrc().Get("value").String()
}

// answer is the number the page shows for the typed team size: twice it
// plus one, or "-" for anything that is not a whole number.
func answer(team string) string {
	n, err := strconv.Atoi(team)
	if err != nil {
		return "-"
	}
	return strconv.Itoa(2*n + 1)
}
