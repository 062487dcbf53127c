package ui

import (
	"errors"
	"math"
	"net/url"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"hirecalc/app/embed"
	"hirecalc/app/hiring"
)

// The embed view: the calculator on another site, in an iframe, with the
// options of package embed (?embed=1&lock=…&accent=…). It shows the form
// and the chosen sections without the site's header and footer, and talks
// to the host page with the messages of package embed: hirecalc:ready,
// hirecalc:resize, hirecalc:change and hirecalc:cta out, hirecalc:set in.

// builderPath is the snippet builder, a plain page outside app.wasm
// (web/embed-builder.html): only site owners use it.
const builderPath = "/web/embed-builder.html"

// embedState is what the page knows about its embed.
type embedState struct {
	// opts are the embed options of the address; opts.Embed is false for
	// the full app.
	opts embed.Options
	// problems are what was wrong with the options.
	problems []hiring.Problem
	// preset is the query the embed started from, for "Start over".
	preset string
	// jdOpen is true once the visitor opened the job description.
	jdOpen bool
	// listening is true once the message listener and the height
	// observer are installed.
	listening bool
}

// loadEmbed reads the embed options from the query q.
func (p *page) loadEmbed(q string) {
	if p.embed.listening {
		return // the options of a running embed do not change
	}
	p.embed.opts, p.embed.problems = embed.ParseOptions(q)
	p.embed.opts.Embed = p.embed.opts.Embed || p.embedRoute
	p.embed.preset = q
}

// locksPay reports whether the embed keeps the visitor from setting the
// posting's pay range.
func (e embedState) locksPay() bool {
	for _, k := range []string{"paymin", "paymax", "paycurrency", "payperiod", "paysource"} {
		if e.opts.Locked(k) {
			return true
		}
	}
	return false
}

// embedded reports whether the page is the embed view.
func (p *page) embedded() bool { return p.embed.opts.Embed }

// startEmbed, in the browser, reports bad options in the console, starts
// listening to the host page and to the content's height, and says
// hirecalc:ready followed by the first hirecalc:change.
func (p *page) startEmbed(ctx app.Context) {
	if !p.embedded() || p.embed.listening || !app.IsClient {
		return
	}
	p.embed.listening = true
	for _, pr := range p.embed.problems {
		warn("hirecalc embed: option " + pr.Error() + ".")
	}
	if !embedded() {
		return
	}
	listenParent(func(data, origin string) {
		m, err := embed.DecodeSet([]byte(data))
		switch {
		case errors.Is(err, embed.ErrForeign):
			return
		case err != nil:
			warn("hirecalc embed: message ignored: " + err.Error())
			return
		case m.ID != "" && m.ID != p.embed.opts.ID:
			return
		case !p.embed.opts.AllowsOrigin(origin):
			warn("hirecalc embed: hirecalc:set from " + origin + " ignored: that origin is not in the widget's origins")
			return
		}
		ctx.Dispatch(func(ctx app.Context) { p.applySet(ctx, m) })
	})
	id, origins := p.embed.opts.ID, p.embed.opts.Origins
	postToParent(embed.NewReady(id, p.res.Query, contentHeight("hc-app")).JSON(), origins)
	p.notifyChange()
	observeHeight("hc-app", func(h int) {
		postToParent(embed.NewResize(id, h).JSON(), origins)
	})
}

// applySet changes the inputs named by a hirecalc:set message; the others
// keep their values. A message that would not apply changes nothing.
func (p *page) applySet(ctx app.Context, m embed.Message) {
	if _, err := m.Apply(p.in); err != nil {
		warn("hirecalc embed: " + err.Error())
		return
	}
	current, _ := url.ParseQuery(p.form.query(p.in, p.problems))
	set, _ := url.ParseQuery(m.Query)
	for k, v := range set {
		current[k] = v
	}
	p.form.Typed = nil
	p.load(current.Encode())
	p.status = ""
	p.announce = "The answer is now: " + p.res.Role.Label() + ", " + p.res.Title + "."
	p.syncURL(ctx)
	// go-app's Value("") leaves the old text in a field (go-app #1083).
	ctx.Defer(func(ctx app.Context) {
		for k := range set {
			if typedKeys[k] && p.form.Typed.Get(k) == "" {
				setFieldValue("in-"+k, "")
			}
		}
	})
	p.notifyChange()
}

// notifyChange tells the host page the current answer, in the embed view
// in a frame.
func (p *page) notifyChange() {
	if !p.embedded() || !p.embed.listening {
		return
	}
	var s embed.Summary
	s.Role, s.Title = p.res.Role, p.res.Title
	if sal := p.res.JobDescription.Draft.Salary; sal != nil && sal.Max > 0 {
		s.PayMin, s.PayMax = int(math.Round(sal.Min)), int(math.Round(sal.Max))
		s.Currency, s.Period = sal.Currency, sal.Period
		if lo, hi, ok := p.res.EmployerCost.TotalIn(sal.Currency, string(sal.Period)); ok && sal.Estimate {
			s.CostMin, s.CostMax = int(math.Round(lo)), int(math.Round(hi))
			s.CostComplete = p.res.EmployerCost.Complete
		}
	}
	jsonld := ""
	if p.embed.opts.JSONLD && embed.CheckJSONLD(p.res.JobDescription.JSONLD) == nil &&
		len(p.res.JobDescription.JSONLD) <= embed.MaxJSONLD {
		jsonld = p.res.JobDescription.JSONLD
	}
	postToParent(embed.NewChange(p.embed.opts.ID, p.res.Query, s, jsonld).JSON(), p.embed.opts.Origins)
}

// onFootClick tells the host page that the visitor follows the
// call-to-action; the link opens in a new tab by itself.
func (p *page) onFootClick(ctx app.Context, e app.Event) {
	if clickedData(e, "cta") != "" {
		postToParent(embed.NewCTA(p.embed.opts.ID, p.embed.opts.CTA).JSON(), p.embed.opts.Origins)
	}
}

// embedFootHTML writes the call-to-action, when there is one, and the
// link to the full calculator. Both open in a new tab without access to
// the widget.
func embedFootHTML(o embed.Options, fullApp string) string {
	var m markup
	m.open("div", "class", "embed-foot-in")
	if o.CTA != "" {
		m.leaf("a", o.CTALabel, "id", "hc-cta", "class", "button hc-cta", "href", o.CTA,
			"target", "_blank", "rel", "noopener", "data-cta", "1")
	}
	m.open("p", "class", "embed-credit")
	m.leaf("a", "Open in hirecalc", "id", "hc-open", "href", fullApp, "target", "_blank", "rel", "noopener")
	m.text(" · Nothing you type leaves your browser.").close("p").close("div")
	return m.String()
}

// toggleJD shows or hides the job description in the embed view.
func (p *page) toggleJD(ctx app.Context, e app.Event) {
	p.embed.jdOpen = !p.embed.jdOpen
}

// embedStyle returns the CSS that sets the accent colour, or "" for
// hirecalc's own. It goes in data-css, which boot.js and applyCSS apply
// through the CSSOM: the Content-Security-Policy refuses style
// attributes.
func embedStyle(o embed.Options) string {
	if o.Accent == "" {
		return ""
	}
	text := embed.ContrastText(o.Accent)
	return "--accent:" + o.Accent + ";--accent-text:" + text + ";--bar-guide:" + o.Accent +
		";--accent-soft:color-mix(in srgb," + o.Accent + " 16%,var(--surface))"
}

// fullAppURL is the address of the full calculator with the same inputs,
// for "Open in hirecalc".
func (p *page) fullAppURL() string {
	return "/?" + p.res.Query
}

// embedHeadingHTML is the widget's level-one heading, for screen readers
// only: the widget is a document of its own (in an iframe), which needs a
// heading to start from, and on screen the host page titles it.
const embedHeadingHTML = `<h1 class="sr-only">hirecalc: backend developer or engineer?</h1>`

// renderEmbed lays out the embed view: the heading, the form and the
// answer in the main landmark, and the call-to-action and the link to the
// full app in the footer.
func (p *page) renderEmbed() app.UI {
	o := p.embed.opts
	locked := map[string]bool{}
	hidden := map[string]bool{}
	for _, k := range embed.InputKeys {
		locked[k], hidden[k] = o.Locked(k), o.Hidden(k)
	}
	var role, pay, jd app.UI
	if o.Shows(embed.SectionRole) {
		role = &recommendation{Rec: p.res.Recommendation, OnField: p.goToField}
	}
	if o.Shows(embed.SectionPay) {
		pay = p.payPanel(locked)
	}
	if o.Shows(embed.SectionJD) {
		label := "Show the job description"
		if p.embed.jdOpen {
			label = "Hide the job description"
		}
		jd = el("div").Class("embed-jd").Body(
			el("button").ID("embed-jd-toggle").Attr("type", "button").Class("button embed-jd-toggle").
				Aria("expanded", boolText(p.embed.jdOpen)).Aria("controls", "embed-jd").
				OnClick(p.toggleJD).Text(label),
			flag(el("div"), "hidden", !p.embed.jdOpen).ID("embed-jd").Body(p.jobDescPanel()),
		)
	}
	return prerenderedFor(el("div").ID("hc-app").Class("hc-app hc-embed"), p.query).
		Attr("data-theme", attrText(string(o.Theme))).
		Attr("data-css", attrText(embedStyle(o))).
		Body(
			el("p").ID("announce").Class("sr-only").Aria("live", "polite").Text(p.announce),
			el("main").ID("main").Class("hc-main").Body(
				app.Raw(embedHeadingHTML),
				el("section").Class("hc-inputs").Aria("label", "Your situation").Body(
					p.formPanel(locked, hidden),
				),
				el("div").ID("answer").Class("hc-results").Body(
					app.Raw(pendingNoteHTML), role, pay, jd,
				),
			),
			el("footer").Class("embed-foot").OnClick(p.onFootClick).Body(app.Raw(embedFootHTML(o, p.fullAppURL()))),
		)
}

// boolText is "true" or "false", for ARIA states.
func boolText(b bool) string {
	if b {
		return "true"
	}
	return "false"
}

// embedQuery reports whether q is an embed view's query.
func embedQuery(q string) bool {
	values, _ := url.ParseQuery(strings.TrimPrefix(q, "?"))
	o, _ := embed.OptionsFromValues(values, nil)
	return o.Embed
}
