//go:build !wasm

package main

import (
	"fmt"
	"strings"
)

// sitePolicy is hirecalc's Content-Security-Policy without frame-ancestors,
// which only a header can carry. What the app needs, and nothing more:
//
//   - scripts of its own origin (wasm_exec.js, app.js, boot.js) and the
//     one inline script of every page's head (head.js), by the hash of its
//     bytes: no other inline script, no inline event handler, no eval;
//     'wasm-unsafe-eval' lets app.js compile app.wasm;
//   - everything else (styles, icons, the manifest, the service worker,
//     app.wasm's fetch, the snippet builder's preview frame) from its
//     own origin: no style attribute or inline style either, which is
//     why the embed view's accent colour goes through the CSSOM
//     (data-css, boot.js);
//   - no plugins, no <base> to redirect relative URLs, and forms
//     (the prerendered form's plain GET) submit to this origin only.
//
// Copying, downloads (blob: URLs opened by a link) and printing need no
// source. serve's header, the pages' meta element and build's _headers
// all take it from here.
var sitePolicy = policyWith(headScriptSource)

// builderPolicy is the policy of the snippet builder's meta element
// (web/embed-builder.html, a plain page without inline script): the
// site's policy without the head script's hash.
var builderPolicy = policyWith()

// policyWith returns the policy whose script-src also allows the given
// sources.
func policyWith(scriptSources ...string) string {
	return strings.Join(append([]string{"default-src 'self'; script-src 'self' 'wasm-unsafe-eval'"}, scriptSources...), " ") +
		"; object-src 'none'; base-uri 'none'; form-action 'self'"
}

// contentSecurityPolicy returns the policy of every response, with the
// frame-ancestors sources (already checked by validFrameAncestors).
func contentSecurityPolicy(frameAncestors string) string {
	return sitePolicy + "; frame-ancestors " + strings.Join(strings.Fields(frameAncestors), " ")
}

// policyMeta is the policy as a <meta http-equiv> element, for pages a
// host serves without hirecalc's headers. A meta policy cannot carry
// frame-ancestors.
var policyMeta = `<meta http-equiv="Content-Security-Policy" content="` + sitePolicy + `">`

// securityHeaders are the headers of every response besides the policy.
var securityHeaders = [][2]string{
	{"X-Content-Type-Options", "nosniff"},
	{"Referrer-Policy", "no-referrer"},
}

// headersFile returns the _headers file of the static site, the format of
// Netlify and Cloudflare Pages: every path gets the policy, with
// frameAncestors, and the other security headers.
func headersFile(frameAncestors string) string {
	var b strings.Builder
	b.WriteString("# Response headers of hirecalc's static site, in the _headers format of\n")
	b.WriteString("# Netlify and Cloudflare Pages. Other hosts: set the same headers on every\n")
	b.WriteString("# response (see hirecalc's README, \"Deploy\").\n")
	b.WriteString("/*\n")
	fmt.Fprintf(&b, "  Content-Security-Policy: %s\n", contentSecurityPolicy(frameAncestors))
	for _, h := range securityHeaders {
		fmt.Fprintf(&b, "  %s: %s\n", h[0], h[1])
	}
	return b.String()
}
