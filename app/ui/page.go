package ui

import (
	"net/url"
	"slices"
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"hirecalc/app/advice"
	"hirecalc/app/embed"
	"hirecalc/app/hiring"
	"hirecalc/app/pay"
)

// page is the calculator: the only component with state. Its handlers
// decode the form, compute the answer with one domain call, keep the
// address bar mirroring the form (history.replaceState, never a new
// history entry) and remember the form on the device.
type page struct {
	app.Compo

	form     formState
	query    string // the query last loaded, "" after a change
	in       hiring.Input
	problems []hiring.Problem
	messages map[string]string
	res      advice.Result

	// Display values derived from res when it changes, so that Render
	// only lays out.
	chart      chart
	summary    string
	subject    string
	currencies []option
	jdHTML     string
	jdText     string
	jdMarkdown string
	jdFile     string
	// jdStructured is the markup of the JSON-LD and its issues.
	jdStructured string
	jdEstimate   string // the estimated range the draft shows, if any
	jdChecks     string // the markup of the draft's quality checks

	// pasted is the job description pasted to be checked (never in the
	// address bar), pasteChecks the markup of its checks.
	pasted      string
	pasteChecks string

	status     string // outcome of the last copy or download
	announce   string // the answer, announced to screen readers on change
	memoryOnly bool

	// embed is the embed view's state (see embed.go); embedRoute is
	// true on EmbedPath, which is always the embed view.
	embed      embedState
	embedRoute bool
}

// OnInit loads the form from the address bar (or, in the browser, from
// the device's memory when the address has no form values), so the first
// render already shows the right answer. A page loaded before it mounts
// keeps its state.
func (p *page) OnInit() {
	if p.form.Typed != nil {
		return
	}
	q, _ := p.startQuery(currentQuery())
	p.load(q)
}

// OnPreRender loads the form from the requested URL on the server, so the
// prerendered page shows the answer for a shared link.
func (p *page) OnPreRender(ctx app.Context) {
	p.load(ctx.Page().URL().RawQuery)
}

// OnNav loads the form from the address bar; a restored form is written
// back to it, so the address always mirrors the form. A shared link's
// form becomes the one the device remembers.
func (p *page) OnNav(ctx app.Context) {
	q, restored := p.startQuery(ctx.Page().URL().RawQuery)
	p.load(q)
	switch {
	case restored:
		p.syncURL(ctx)
	case hasFormValues(q) && !p.embedded():
		saveQuery(p.form.query(p.in, p.problems))
	}
	if app.IsClient {
		ctx.Defer(func(ctx app.Context) {
			markReady()
			applyCSS()
			focus(focusedBeforeLoad())
			p.startEmbed(ctx)
		})
	}
}

// OnMount notes whether the device can remember anything.
func (p *page) OnMount(ctx app.Context) {
	p.memoryOnly = memoryOnly()
}

// startQuery returns the query to start from: q itself, or in the
// browser, when q holds no form value, the query remembered on the
// device (and true).
func (p *page) startQuery(q string) (string, bool) {
	if app.IsServer || hasFormValues(q) || p.embedRoute || embedQuery(q) {
		return q, false
	}
	if saved := savedQuery(); hasFormValues(saved) {
		return saved, true
	}
	return q, false
}

// load decodes the query and computes its answer, unless that query is
// what the page shows already (the server calls OnInit, OnNav and
// OnPreRender for one page).
func (p *page) load(q string) {
	p.loadEmbed(q)
	if p.form.Typed != nil && q == p.query {
		return
	}
	p.form, p.in, p.problems = parseForm(q)
	p.query = q
	p.compute()
}

// compute works out the answer for p.in: the one domain call, then the
// display values that follow from it.
func (p *page) compute() {
	p.res = advice.Advise(p.in, advice.Options{Today: today()})
	p.messages = problemMessages(mergeProblems(p.problems, p.res.Problems))

	s := p.res.Estimate
	place := ""
	if s.Region != s.RegionKey {
		place = s.RegionName
	}
	p.chart = drawChart(p.res.Chart, s.RegionKey, place)
	p.subject = p.res.Title
	if s.RegionName != "" {
		p.subject += " in " + s.RegionName
	}
	p.currencies = currencyOptions(p.res.View.Currency, s.Local)
	p.summary = summaryHTML(p.res)
	jd := p.res.JobDescription
	p.jdHTML, p.jdText, p.jdMarkdown = jd.HTML, jd.Text, jd.Markdown
	p.jdFile = fileName(jd.Title) + ".md"
	p.jdStructured = structuredHTML(jd)
	p.jdChecks = checksHTML(p.res.Checks, jd.Text, "jd-checks", "check-", false)
	if p.pasted != "" {
		p.checkPasted(p.pasted)
	}
	p.jdEstimate = ""
	if s := jd.Draft.Salary; s != nil && s.Estimate && p.res.View.Suggested != "" {
		p.jdEstimate = p.res.View.Suggested + " " + periodPhrase(p.res.View.Period)
	}
}

// change applies one form change: the field keeps what was typed, the
// answer is computed again, the address bar and the device's memory
// follow.
func (p *page) change(ctx app.Context, key, value string) {
	if p.embedded() && p.embed.opts.Locked(key) {
		return
	}
	before := p.res.Title
	p.form = p.form.change(key, value)
	p.query = ""
	p.in, p.problems = p.form.decode()
	p.compute()
	p.status = ""
	if p.res.Title != before {
		p.announce = "The answer is now: " + p.res.Role.Label() + ", " + p.res.Title + "."
	}
	p.syncURL(ctx)
	p.notifyChange()
}

// reset goes back to the default input, or in the embed view to the
// embedder's presets.
func (p *page) reset(ctx app.Context) {
	p.form.Typed = nil
	if p.embedded() {
		p.load(p.embed.preset)
	} else {
		p.load("")
	}
	p.status = ""
	p.announce = "The form is back to its defaults."
	p.syncURL(ctx)
	// go-app's Value("") leaves the old text in a field (go-app #1083).
	ctx.Defer(func(ctx app.Context) {
		for k := range typedKeys {
			if p.form.Typed.Get(k) == "" {
				setFieldValue("in-"+k, "")
			}
		}
	})
	p.notifyChange()
}

// syncURL mirrors the form in the address bar without a new history
// entry, and remembers it on the device (not in the embed view, which
// always starts from its presets).
func (p *page) syncURL(ctx app.Context) {
	q := p.form.query(p.in, p.problems)
	u := *ctx.Page().URL()
	u.RawQuery = q
	ctx.Page().ReplaceURL(&u)
	if !p.embedded() {
		saveQuery(q)
	}
}

// goToField moves the keyboard focus to a form field.
func (p *page) goToField(ctx app.Context, key string) {
	id := "in-" + key
	if listKeys[key] {
		id = "in-needs-" + string(hiring.Needs[0])
		if key == "where" {
			id = "in-where-" + hiring.Jurisdictions[0]
		}
	}
	focus(id)
}

// copyJD copies the job description, as text with an HTML flavour.
func (p *page) copyJD(ctx app.Context) {
	p.status = "Copying…"
	copyText(p.jdText, p.jdHTML, func(ok bool) {
		ctx.Dispatch(func(ctx app.Context) {
			if ok {
				p.status = "Copied the job description."
			} else {
				p.status = "Your browser did not allow copying: select the text below and copy it."
			}
		})
	})
}

// downloadJD saves the job description as Markdown.
func (p *page) downloadJD(ctx app.Context) {
	if err := download(p.jdFile, "text/markdown;charset=utf-8", p.jdMarkdown); err != nil {
		p.status = "Your browser did not allow the download."
		return
	}
	p.status = "Downloaded " + p.jdFile + "."
}

// confirmPay makes the draft's estimated pay range the posting's
// confirmed range, through the form: the fields show it, the address
// bar mirrors it and the JSON-LD gains a baseSalary.
func (p *page) confirmPay(ctx app.Context) {
	st, ok := confirmedForm(p.form, p.res.JobDescription.Draft.Salary)
	if !ok || p.embedded() && p.embed.locksPay() {
		return
	}
	p.form = st
	p.change(ctx, "paysource", st.Typed.Get("paysource"))
	p.status = "The estimate is now the posting's pay range: adjust it under “The job posting” in the form."
}

// exportJD copies ("copy") or downloads the job description in the
// format chosen in #jd-format.
func (p *page) exportJD(ctx app.Context, action string) {
	format := fieldValue("jd-format")
	name, mediaType, body := exportFile(p.res.JobDescription, format)
	incomplete := ""
	if format == "jsonld" && len(p.res.JobDescription.FillIn) > 0 {
		incomplete = " " + incompleteNote(p.res.JobDescription.FillIn)
	}
	if action == "download" {
		if err := download(name, mediaType, body); err != nil {
			p.status = "Your browser did not allow the download."
			return
		}
		p.status = "Downloaded " + name + "." + incomplete
		return
	}
	p.status = "Copying…"
	copyText(body, "", func(ok bool) {
		ctx.Dispatch(func(ctx app.Context) {
			if ok {
				p.status = "Copied what " + name + " would hold." + incomplete
			} else {
				p.status = "Your browser did not allow copying: download the file instead."
			}
		})
	})
}

// printJD opens the print dialog; the print stylesheet prints only the
// job description.
func (p *page) printJD(ctx app.Context) {
	if err := printPage(); err != nil {
		p.status = "Your browser did not open the print dialog."
	}
}

// Render lays out the page: the full app, or the compact embed view.
func (p *page) Render() app.UI {
	if p.embedded() {
		return p.renderEmbed()
	}
	return prerenderedFor(el("div").ID("hc-app").Class("hc-app"), p.query).Body(
		el("a").Class("skip-link").Attr("href", "#answer").Text("Skip to the answer"),
		&banner{},
		el("header").Class("hc-header").Body(
			el("h1").Body(
				app.Raw(logoHTML),
				el("span").Text("hirecalc"),
			),
			el("p").Class("tagline").Text("Backend developer or backend engineer? The role to post, what to pay and a job description ready to post, from a short form."),
		),
		app.Raw(p.summary),
		el("main").ID("main").Class("hc-main").Body(
			el("section").Class("hc-inputs").Aria("labelledby", "form-heading").Body(
				el("h2").ID("form-heading").Text("Your situation"),
				p.formPanel(nil, nil),
			),
			el("div").ID("answer").Class("hc-results").TabIndex(-1).Body(
				app.Raw(pendingNoteHTML),
				el("p").ID("announce").Class("sr-only").Aria("live", "polite").Text(p.announce),
				&recommendation{Rec: p.res.Recommendation, OnField: p.goToField},
				p.payPanel(nil),
				p.jobDescPanel(),
				p.pasteSection(),
			),
		),
		&footer{
			Sources:     dataSources(),
			Attribution: surveyAttribution(),
			Version:     appVersion(),
			MemoryOnly:  p.memoryOnly,
		},
	)
}

// pendingNoteHTML says that the answer is being worked out. It shows only
// while <html> has the class hc-pending (see the package doc): over the
// answer prerendered for another input, until app.wasm shows this page's.
const pendingNoteHTML = `<p class="pending-note">Working out the answer for this link…</p>`

// prerenderedFor records, on the server, the query the page is
// prerendered for in e's data-query, which the inline head script
// compares with the page's address before the first paint: the values of
// its view keys (embed.ViewKeys), percent-encoded, so the record holds no
// request text as it came.
func prerenderedFor(e app.HTMLElem, query string) app.HTMLElem {
	if !app.IsServer {
		return e
	}
	values, _ := url.ParseQuery(strings.TrimPrefix(query, "?")) // what it could read, as the page did
	view := url.Values{}
	for _, k := range embed.ViewKeys {
		if vs, ok := values[k]; ok {
			view[k] = vs
		}
	}
	return e.Attr("data-query", attrText(view.Encode()))
}

// logoHTML is the header's logo, written as markup: it is decorative
// (the heading's text names the app), and go-app drops an empty alt
// attribute when it renders in the browser, which would leave the image
// without one.
const logoHTML = `<img src="/web/icon.svg" alt="" width="40" height="40" class="logo">`

// formPanel returns the form; locked and hidden are the embed view's
// locked and hidden query keys (nil in the full app).
func (p *page) formPanel(locked, hidden map[string]bool) app.UI {
	return &form{
		Values:   p.form.values(),
		Input:    p.in,
		Problems: p.messages,
		Locked:   locked,
		Hidden:   hidden,
		OnChange: p.change,
		OnReset:  p.reset,
	}
}

// payPanel returns the pay panel; locked are the embed view's locked
// query keys (nil in the full app).
func (p *page) payPanel(locked map[string]bool) app.UI {
	return &payPanel{
		Subject:    p.subject,
		Salary:     p.res.Estimate,
		View:       p.res.View,
		Cost:       p.res.EmployerCost,
		Chart:      p.chart,
		Currencies: p.currencies,
		Periods:    formChoices().Periods,
		Currency:   p.res.View.Currency,
		Period:     p.res.View.Period,
		Locked:     locked,
		OnSwitch:   p.change,
	}
}

// jobDescPanel returns the job description panel.
func (p *page) jobDescPanel() app.UI {
	return &jobDescPanel{
		JD:         p.res.JobDescription.Draft,
		Checks:     p.jdChecks,
		HTML:       p.jdHTML,
		Status:     p.status,
		OnCopy:     p.copyJD,
		OnDownload: p.downloadJD,
		OnPrint:    p.printJD,

		OnExport:   p.exportJD,
		Structured: p.jdStructured,
		FillIn:     len(p.res.JobDescription.FillIn),
		Estimate:   p.jdEstimate,
		OnConfirm:  p.confirmPay,
	}
}

// mergeProblems returns the problems of decoding the form followed by
// those the answer found, each once.
func mergeProblems(form, answer []hiring.Problem) []hiring.Problem {
	out := slices.Clone(form)
	for _, p := range answer {
		if !slices.Contains(out, p) {
			out = append(out, p)
		}
	}
	return out
}

// today is the date of the answer: the posting's date and the day the
// pay-transparency rules are checked on.
func today() string {
	return time.Now().Format(time.DateOnly)
}

// currencyOptions are the currency switch's choices: US dollars, the
// local currency when it has a rate, and the chosen one.
func currencyOptions(chosen string, local pay.Local) []option {
	opts := []option{{"USD", "US dollars"}}
	if local.Available() && local.Currency != "USD" {
		opts = append(opts, option{local.Currency, local.Currency + " (local)"})
	}
	if chosen != "" && chosen != "USD" && chosen != local.Currency {
		opts = append(opts, option{chosen, chosen})
	}
	return opts
}

// fileName turns a title into a file name: lower case, words joined by
// hyphens.
func fileName(title string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(title) {
		if (r >= 'a' && r <= 'z') || (r >= '0' && r <= '9') {
			b.WriteRune(r)
			dash = false
		} else if !dash && b.Len() > 0 {
			b.WriteByte('-')
			dash = true
		}
	}
	name := strings.TrimSuffix(b.String(), "-")
	if name == "" {
		return "job-description"
	}
	return name
}

// hasFormValues reports whether a query string sets a form field.
func hasFormValues(q string) bool {
	for pair := range strings.SplitSeq(strings.TrimPrefix(q, "?"), "&") {
		k, _, _ := strings.Cut(pair, "=")
		for _, key := range queryKeys {
			if k == key {
				return true
			}
		}
	}
	return false
}

// appVersion returns the app version the server or generator published.
func appVersion() string {
	if v := app.Getenv("GOAPP_VERSION"); v != "" {
		return v
	}
	return "development"
}
