// Package ui is hirecalc's web interface: go-app components that show the
// form, the recommendation, the pay and the job description.
//
// Components are thin. The page holds all state: its handlers decode the
// form (package hiring), call one domain function (advice.Advise) and
// store the result; the other components render what they are given and
// report changes up through typed callbacks. Read-only parts (the
// recommendation, the pay figures and chart, the checks, the footer) are
// written as escaped markup (markup.go) and live controls with go-app's
// generic elements (elems.go): both keep app.wasm within its size budget.
// Every direct browser call (window, storage, clipboard, downloads,
// printing) is in browser.go; its JavaScript helpers are in web/boot.js.
//
// Element ids are stable, for the browser tests: the form #hc-form, each
// field #in-KEY (KEY is the query key) and its message #err-KEY, each
// need #in-needs-NEED; the recommendation #rec with #rec-role and
// #rec-title; the pay #pay with #pay-range, #pay-chart, #pay-currency and
// #pay-period; the job description #jd with #jd-text, #jd-copy,
// #jd-download and #jd-print; #update, #install, #footer and #version.
// Also: #summary (the answer in short, with #summary-title and
// #summary-pay), #hc-submit and #hc-reset, #posting-fields (the folded
// optional posting fields), #jd-status, #jd-missing, #jd-checks,
// #update-reload and #install-help. The posting tools: #check-gender,
// #check-readability and #check-pay in #jd-checks; #jd-export with
// #jd-format, #jd-copy-as and #jd-download-as; #jd-estimate with
// #pay-confirm; #jd-structured holding #jd-jsonld and #jd-jsonld-issues;
// #paste with #paste-text, #paste-check and #paste-checks (its checks
// #paste-check-gender, #paste-check-readability, #paste-check-pay).
// <body> gets data-app-ready="1" once
// app.wasm has mounted the page and applied the address bar's query.
//
// <html> has the class hc-pending while the page shows an answer
// prerendered for another input than its address's (the static site
// prerenders only the default input): the inline head script of
// cmd/hirecalc sets it from #hc-app's data-query (the query the page was
// prerendered for), the stylesheet then hides the answer behind a
// .pending-note, and app.wasm removes it once it shows its own answer.
//
// At EmbedPath, or with ?embed=1, the page is the embed view (embed.go): #hc-app gets the
// class hc-embed and data-theme, locked fields are disabled and hidden
// ones left out, the job description opens with #embed-jd-toggle, the
// call-to-action is #hc-cta and #hc-open opens the full app. The snippet
// builder is a plain page outside app.wasm, web/embed-builder.html.
package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"hirecalc/app/embed"
)

// EmbedPath is the embed view's own page: the static site prerenders it
// as embed.html, so that a widget has its own layout from the first
// paint, and the embed loader and snippets point to it.
const EmbedPath = "/" + embed.Page

// Routes registers the app's pages with go-app. The wasm app and the
// server (or static site generator) must call it alike.
func Routes() {
	app.Route("/", func() app.Composer { return &page{} })
	app.Route(EmbedPath, func() app.Composer { return &page{embedRoute: true} })
}
