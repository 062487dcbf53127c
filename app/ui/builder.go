package ui

import (
	"net/url"
	"slices"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"hirecalc/app/embed"
	"hirecalc/app/hiring"
)

// builderPath is the address of the snippet builder.
const builderPath = "/embed-builder"

// placeholderBase stands for hirecalc's address in the prerendered
// builder, before the browser tells the real one.
const placeholderBase = "https://HIRECALC-HOST/"

// inputLabels name the inputs in the builder's lock and hide table.
var inputLabels = map[string]string{
	"team": "Engineers on the team", "stage": "Company stage", "regulated": "Regulated industry",
	"owner": "Architecture owner", "needs": "The work", "level": "Level", "region": "Where the hire lives",
	"currency": "Currency", "period": "Pay period", "workplace": "Workplace", "company": "Company name",
	"location": "Office location", "apply": "How to apply", "benefits": "Benefits",
	"where": "Pay-transparency laws", "paymin": "Posted pay from", "paymax": "Posted pay to",
	"paycurrency": "Range currency", "payperiod": "Range period",
}

// builder is the snippet builder: the site owner picks the widget's
// presets and options, sees it live and copies the embed snippet. The
// options are validated by package embed exactly as the widget reads
// them, and its problems are shown.
type builder struct {
	app.Compo

	base    string            // hirecalc's address
	preset  string            // a hirecalc link or query whose inputs are preset
	company string            // the company name preset
	opts    map[string]string // option key -> value, as typed
	lock    map[string]bool
	hide    map[string]bool
	hideSec map[embed.Section]bool

	// Derived by update.
	presetQuery string
	options     embed.Options
	problems    []hiring.Problem
	script      string
	iframe      string
	preview     string

	previewHeight int
	status        string
	stop          func()
}

// OnInit sets the defaults: hirecalc's own address, no presets, every
// section, the light theme.
func (b *builder) OnInit() {
	b.base = placeholderBase
	if o := pageOrigin(); o != "" {
		b.base = o + "/"
	}
	b.opts = map[string]string{"theme": "auto", "ctalabel": "", "cta": "", "accent": "", "origins": "", "jsonld": ""}
	b.lock, b.hide, b.hideSec = map[string]bool{}, map[string]bool{}, map[embed.Section]bool{}
	b.previewHeight = 900
	b.update()
}

// OnNav sets the page title.
func (b *builder) OnNav(ctx app.Context) {
	ctx.Page().SetTitle("Embed hirecalc on your site: snippet builder")
	if app.IsClient {
		ctx.Defer(func(ctx app.Context) { markReady() })
	}
}

// OnMount follows the preview's height.
func (b *builder) OnMount(ctx app.Context) {
	b.stop = listenFrame("b-preview", func(data string) {
		m, err := embed.DecodeMessage([]byte(data))
		if err != nil || m.Type != embed.TypeResize && m.Type != embed.TypeReady || m.Height <= 0 {
			return
		}
		ctx.Dispatch(func(ctx app.Context) { b.previewHeight = min(m.Height, 4000) })
	})
}

// OnDismount stops following the preview.
func (b *builder) OnDismount() {
	if b.stop != nil {
		b.stop()
	}
}

// update derives the options, the snippets and the preview address.
func (b *builder) update() {
	values := url.Values{}
	if b.preset != "" {
		q := b.preset
		if i := strings.IndexByte(q, '?'); i >= 0 {
			q = q[i+1:]
		}
		q, _, _ = strings.Cut(q, "#")
		pv, _ := url.ParseQuery(q)
		for _, k := range embed.InputKeys {
			if v, ok := pv[k]; ok && len(v) > 0 {
				values.Set(k, v[0])
			}
		}
	}
	if c := strings.TrimSpace(b.company); c != "" {
		values.Set("company", c)
	}
	_, problems := hiring.FromValues(values, nil)
	b.presetQuery = values.Encode()

	ov := url.Values{}
	for k, v := range b.opts {
		if strings.TrimSpace(v) != "" {
			ov.Set(k, v)
		}
	}
	var lock, hide []string
	for _, k := range embed.InputKeys {
		if b.lock[k] {
			lock = append(lock, k)
		}
		if b.hide[k] {
			hide = append(hide, k)
		}
	}
	ov.Set("lock", strings.Join(lock, ","))
	ov.Set("hide", strings.Join(hide, ","))
	var secs []string
	for _, s := range embed.Sections {
		if !b.hideSec[s] {
			secs = append(secs, string(s))
		}
	}
	ov.Set("sections", strings.Join(secs, ","))
	b.options, b.problems = embed.OptionsFromValues(ov, problems)
	if len(secs) == 0 {
		b.problems = append(b.problems, hiring.Problem{Field: "sections", Message: "no section is ticked; the widget shows them all"})
	}

	base := embed.Base(b.base)
	if base == "" {
		b.problems = append(b.problems, hiring.Problem{Field: "base", Value: b.base,
			Message: "hirecalc's address is not an http or https address; the snippet uses " + placeholderBase})
		base = placeholderBase
	}
	b.script = embed.ScriptSnippet(base, b.presetQuery, b.options)
	b.iframe = embed.IframeSnippet(base, b.presetQuery, b.options, 0)
	preview := b.options
	preview.ID = "preview"
	u := embed.EmbedURL("http://preview/", b.presetQuery, preview)
	b.preview = "/" + u[strings.IndexByte(u, '?'):]
	b.status = ""
}

// Render lays out the builder: the choices, the snippets and the preview.
func (b *builder) Render() app.UI {
	sections := []struct {
		s     embed.Section
		label string
	}{{embed.SectionRole, "The role to post"}, {embed.SectionPay, "Pay"}, {embed.SectionJD, "Job description"}}
	return el("div").ID("hc-app").Class("hc-app hc-builder").Body(
		el("header").Class("hc-header").Body(
			el("h1").Body(
				void("img").Attr("src", "/web/icon.svg").Attr("alt", "").Attr("width", 40).Attr("height", 40).Class("logo"),
				el("span").Text("Embed hirecalc on your site"),
			),
			el("p").Class("tagline").Body(
				app.Text("Pick the presets and options, check the live preview, then copy the snippet into your careers page. "),
				el("a").Attr("href", "/").Text("Back to the calculator"),
			),
		),
		el("main").ID("main").Class("hc-main builder-main").Body(
			el("section").Class("hc-inputs").Aria("labelledby", "b-heading").Body(
				el("h2").ID("b-heading").Text("Your widget"),
				el("form").ID("b-form").Class("hc-form").OnSubmit(b.onSubmit).Body(
					el("fieldset").Body(
						el("legend").Text("Presets"),
						b.textField("b-company", "Company name", "Used in the job description.", b.company, b.onCompany),
						el("div").Class("field").Body(
							el("label").Attr("for", "b-preset").Text("Start from a hirecalc link or query"),
							el("textarea").ID("b-preset").Attr("rows", 3).Attr("spellcheck", "false").
								Aria("describedby", "hint-b-preset").Text(b.preset).OnChange(b.onPreset),
							el("p").ID("hint-b-preset").Class("hint").Text("Answer the calculator, copy its address and paste it here: its inputs become the widget's presets."),
							el("button").ID("b-use-last").Attr("type", "button").Class("button").OnClick(b.onUseLast).Text("Use my last answers"),
						),
					),
					el("fieldset").ID("b-inputs").Body(
						el("legend").Text("Inputs the visitor cannot change"),
						el("table").Class("b-table").Body(
							el("thead").Body(el("tr").Body(
								el("th").Attr("scope", "col").Text("Input"),
								el("th").Attr("scope", "col").Text("Lock"),
								el("th").Attr("scope", "col").Text("Hide"),
							)),
							el("tbody").Body(app.Range(embed.InputKeys).Slice(func(i int) app.UI {
								k := embed.InputKeys[i]
								return el("tr").Body(
									el("th").Attr("scope", "row").Text(inputLabels[k]),
									el("td").Body(flag(void("input"), "checked", b.lock[k]).ID("b-lock-"+k).
										Attr("type", "checkbox").DataSet("key", k).Aria("label", "Lock "+inputLabels[k]).OnChange(b.onLock)),
									el("td").Body(flag(void("input"), "checked", b.hide[k]).ID("b-hide-"+k).
										Attr("type", "checkbox").DataSet("key", k).Aria("label", "Hide "+inputLabels[k]).OnChange(b.onHide)),
								)
							})),
						),
					),
					el("fieldset").Body(
						el("legend").Text("Sections shown"),
						app.Range(sections).Slice(func(i int) app.UI {
							s := sections[i]
							return el("div").Class("check").Body(
								flag(void("input"), "checked", !b.hideSec[s.s]).ID("b-sec-"+string(s.s)).
									Attr("type", "checkbox").DataSet("key", string(s.s)).OnChange(b.onSection),
								el("label").Attr("for", "b-sec-"+string(s.s)).Text(s.label),
							)
						}),
					),
					el("fieldset").Body(
						el("legend").Text("Look"),
						b.textField("b-accent", "Accent colour", "#rgb or #rrggbb; empty for hirecalc's colours.", b.opts["accent"], b.onOpt("accent")),
						el("div").Class("field").Body(
							el("label").Attr("for", "b-theme").Text("Theme"),
							el("select").ID("b-theme").OnChange(b.onOpt("theme")).Body(
								flag(el("option").Attr("value", "auto"), "selected", b.opts["theme"] == "auto").Text("Follow the visitor's system"),
								flag(el("option").Attr("value", "light"), "selected", b.opts["theme"] == "light").Text("Light"),
								flag(el("option").Attr("value", "dark"), "selected", b.opts["theme"] == "dark").Text("Dark"),
							),
						),
					),
					el("fieldset").Body(
						el("legend").Text("Call to action and host page"),
						b.textField("b-cta", "Call-to-action link", "An http or https address, opened in a new tab.", b.opts["cta"], b.onOpt("cta")),
						b.textField("b-ctalabel", "Call-to-action label", "At most 60 characters, for example Talk to our recruiters.", b.opts["ctalabel"], b.onOpt("ctalabel")),
						b.textField("b-origins", "Pages allowed to drive the widget", "Origins such as https://careers.example.com, comma-separated; empty for any page that embeds it.", b.opts["origins"], b.onOpt("origins")),
						el("div").Class("check").Body(
							flag(void("input"), "checked", b.opts["jsonld"] == "1").ID("b-jsonld").Attr("type", "checkbox").OnChange(b.onJSONLD),
							el("label").Attr("for", "b-jsonld").Text("Add the job posting's structured data (JSON-LD) to my page"),
						),
						b.textField("b-base", "hirecalc's address", "Where this hirecalc is served; the snippet loads the widget from there.", b.base, b.onBase),
					),
				),
			),
			el("div").Class("hc-results").Body(
				el("section").ID("b-output").Class("card").Aria("labelledby", "b-snippet-heading").Body(
					el("h2").ID("b-snippet-heading").Text("Your snippet"),
					app.If(len(b.problems) > 0, func() app.UI {
						return el("ul").ID("b-problems").Class("callout missing").Body(
							app.Range(b.problems).Slice(func(i int) app.UI {
								return el("li").Text(capitalize(b.problems[i].Error()) + endStop(b.problems[i].Message))
							}),
						)
					}),
					el("label").Attr("for", "b-snippet").Text("Paste this where the widget should appear:"),
					el("textarea").ID("b-snippet").Class("b-code").Attr("readonly", true).Attr("rows", 6).Attr("spellcheck", "false").Text(b.script),
					el("div").Class("jd-actions").Body(
						el("button").ID("b-copy").Attr("type", "button").Class("button primary").OnClick(b.onCopy).Text("Copy the snippet"),
						el("button").ID("b-copy-iframe").Attr("type", "button").Class("button").OnClick(b.onCopyIframe).Text("Copy the plain iframe"),
					),
					el("p").ID("b-status").Class("status").Role("status").Aria("live", "polite").Text(b.status),
					el("details").Body(
						el("summary").Text("Without a script: a plain iframe"),
						el("p").Class("hint").Text("It cannot follow its content's height: adjust height to your layout."),
						el("textarea").ID("b-iframe").Class("b-code").Attr("readonly", true).Attr("rows", 4).Attr("spellcheck", "false").Aria("label", "Plain iframe snippet").Text(b.iframe),
					),
				),
				el("section").Class("card").Aria("labelledby", "b-preview-heading").Body(
					el("h2").ID("b-preview-heading").Text("Preview"),
					el("iframe").ID("b-preview").Attr("title", "Preview of your widget").Attr("src", b.preview).
						Attr("style", "display:block;border:0;width:100%;height:"+strconv.Itoa(b.previewHeight)+"px"),
				),
			),
		),
	)
}

// textField renders a labelled text input that reports on change.
func (b *builder) textField(id, label, hintText, value string, onChange app.EventHandler) app.UI {
	return el("div").Class("field").Body(
		el("label").Attr("for", id).Text(label),
		void("input").ID(id).Attr("type", "text").Attr("value", value).Attr("autocomplete", "off").
			Attr("spellcheck", "false").Aria("describedby", "hint-"+id).OnChange(onChange),
		el("p").ID("hint-"+id).Class("hint").Text(hintText),
	)
}

func (b *builder) onSubmit(ctx app.Context, e app.Event) { e.PreventDefault() }

func (b *builder) onCompany(ctx app.Context, e app.Event) {
	b.company = ctx.JSSrc().Get("value").String()
	b.update()
}

func (b *builder) onPreset(ctx app.Context, e app.Event) {
	b.preset = ctx.JSSrc().Get("value").String()
	b.update()
}

func (b *builder) onBase(ctx app.Context, e app.Event) {
	b.base = ctx.JSSrc().Get("value").String()
	b.update()
}

// onOpt returns the handler of the option key's field. The key travels in
// the closure of a handler made once per field, which go-app keeps.
func (b *builder) onOpt(key string) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		b.opts[key] = ctx.JSSrc().Get("value").String()
		b.update()
	}
}

func (b *builder) onJSONLD(ctx app.Context, e app.Event) {
	b.opts["jsonld"] = ""
	if ctx.JSSrc().Get("checked").Bool() {
		b.opts["jsonld"] = "1"
	}
	b.update()
}

func (b *builder) onLock(ctx app.Context, e app.Event) {
	k := ctx.JSSrc().Get("dataset").Get("key").String()
	if slices.Contains(embed.InputKeys, k) {
		b.lock[k] = ctx.JSSrc().Get("checked").Bool()
		b.update()
	}
}

func (b *builder) onHide(ctx app.Context, e app.Event) {
	k := ctx.JSSrc().Get("dataset").Get("key").String()
	if slices.Contains(embed.InputKeys, k) {
		b.hide[k] = ctx.JSSrc().Get("checked").Bool()
		b.update()
	}
}

func (b *builder) onSection(ctx app.Context, e app.Event) {
	s := embed.Section(ctx.JSSrc().Get("dataset").Get("key").String())
	if slices.Contains(embed.Sections, s) {
		b.hideSec[s] = !ctx.JSSrc().Get("checked").Bool()
		b.update()
	}
}

// onUseLast presets the answers the calculator remembers on this device.
func (b *builder) onUseLast(ctx app.Context, e app.Event) {
	q := savedQuery()
	if q == "" {
		b.status = "This browser has no answers of yours yet: answer the calculator first."
		return
	}
	b.preset = q
	b.update()
	setFieldValue("b-preset", q)
}

func (b *builder) onCopy(ctx app.Context, e app.Event)       { b.copy(ctx, b.script, "snippet") }
func (b *builder) onCopyIframe(ctx app.Context, e app.Event) { b.copy(ctx, b.iframe, "iframe") }

// copy puts text on the clipboard and says how it went.
func (b *builder) copy(ctx app.Context, text, what string) {
	b.status = "Copying…"
	copyText(text, "", func(ok bool) {
		ctx.Dispatch(func(ctx app.Context) {
			if ok {
				b.status = "Copied the " + what + "."
			} else {
				b.status = "Your browser did not allow copying: select the text and copy it."
			}
		})
	})
}
