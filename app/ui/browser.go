package ui

import (
	"fmt"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"hirecalc/app/embed"
)

// This file holds every direct call to the browser (window, document,
// storage, clipboard, downloads, printing). Each function does nothing
// when the app is prerendered on the server, and none of them panics: a
// browser that refuses (no storage, no clipboard) makes the function
// report failure instead.

// storageKey is the localStorage key of the remembered form state.
const storageKey = "hirecalc:query"

// tryJS runs f and turns a JavaScript exception (a Go panic in syscall/js)
// into an error.
func tryJS(f func()) (err error) {
	if app.IsServer {
		return nil
	}
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("ui: browser call failed: %v", r)
		}
	}()
	f()
	return nil
}

// savedQuery returns the query remembered on this device, or "" when there
// is none or storage is unavailable.
func savedQuery() string {
	var q string
	tryJS(func() {
		v := app.Window().Get("localStorage").Call("getItem", storageKey)
		if v.Type() == app.TypeString {
			q = v.String()
		}
	})
	return q
}

// saveQuery remembers the query on this device; it silently does nothing
// when storage is unavailable or full.
func saveQuery(q string) {
	tryJS(func() {
		app.Window().Get("localStorage").Call("setItem", storageKey, q)
	})
}

// memoryOnly reports whether the device's storage was unavailable and
// boot.js replaced it with a stand-in that forgets on reload.
func memoryOnly() bool {
	var yes bool
	tryJS(func() { yes = app.Window().Get("hirecalcMemoryStorage").Truthy() })
	return yes
}

// markReady puts data-app-ready="1" on <body>: the app is live. boot.js
// stops mirroring the prerendered form then, and tests wait for it. The
// page now shows its own answer, so <html> loses hc-pending.
func markReady() {
	tryJS(func() {
		doc := app.Window().Get("document")
		doc.Get("body").Call("setAttribute", "data-app-ready", "1")
		doc.Get("documentElement").Get("classList").Call("remove", "hc-pending")
	})
}

// applyCSS gives every element with a data-css attribute that CSS as its
// inline style, through boot.js (hirecalcApplyCSS). The
// Content-Security-Policy refuses style attributes, not the CSSOM.
func applyCSS() {
	tryJS(func() { app.Window().Call("hirecalcApplyCSS") })
}

// focusedBeforeLoad returns, once, the id of the form field the user was
// typing in before app.wasm replaced the prerendered page, as boot.js
// recorded it.
func focusedBeforeLoad() string {
	var id string
	tryJS(func() {
		w := app.Window()
		if v := w.Get("hirecalcFocus"); v.Type() == app.TypeString {
			id = v.String()
		}
		w.Set("hirecalcFocus", "")
	})
	return id
}

// focus moves the keyboard focus to the element with the given id.
func focus(id string) {
	if id == "" {
		return
	}
	tryJS(func() {
		el := app.Window().GetElementByID(id)
		if el.Truthy() {
			el.Call("focus")
		}
	})
}

// setFieldValue sets the value of a form field directly: go-app's
// Value("") drops the attribute instead of emptying the field
// (go-app issue #1083), so clearing a field needs this.
func setFieldValue(id, value string) {
	tryJS(func() {
		el := app.Window().GetElementByID(id)
		if el.Truthy() {
			el.Set("value", value)
		}
	})
}

// copyText puts text on the clipboard, with html as its rich-text flavour
// when the browser supports it, and calls done with the outcome. done may
// run on another goroutine: wrap state changes in ctx.Dispatch. The work
// is boot.js's hirecalcCopy.
func copyText(text, html string, done func(ok bool)) {
	var callback app.Func
	callback = app.FuncOf(func(this app.Value, args []app.Value) any {
		callback.Release()
		done(len(args) > 0 && args[0].Truthy())
		return nil
	})
	if err := tryJS(func() { app.Window().Call("hirecalcCopy", text, html, callback) }); err != nil {
		callback.Release()
		done(false)
	}
}

// download saves text as a file with the given name and media type, with
// boot.js's hirecalcDownload.
func download(name, mediaType, text string) error {
	var ok bool
	err := tryJS(func() { ok = app.Window().Call("hirecalcDownload", name, mediaType, text).Truthy() })
	if err == nil && !ok {
		err = fmt.Errorf("ui: the browser refused to download %s", name)
	}
	return err
}

// printPage opens the browser's print dialog; the print stylesheet prints
// only the job description.
func printPage() error {
	return tryJS(func() { app.Window().Call("print") })
}

// currentQuery returns the query string of the address bar, or "" on the
// server.
func currentQuery() string {
	if app.IsServer {
		return ""
	}
	return app.Window().URL().RawQuery
}

// updateArrived reports whether a new service worker took over the page
// from an older one, as boot.js recorded it (a first worker claiming the
// page is not an update).
func updateArrived() bool {
	var yes bool
	tryJS(func() { yes = app.Window().Get("hirecalcUpdated").Truthy() })
	return yes
}

// clickedData returns the data-NAME value of the element a click landed
// on, or of its nearest ancestor that has one; "" when there is none.
func clickedData(e app.Event, name string) string {
	var v string
	tryJS(func() {
		el := e.Get("target").Call("closest", "[data-"+name+"]")
		if el.Truthy() {
			v = el.Call("getAttribute", "data-"+name).String()
		}
	})
	return v
}

// maxMessageChars is the longest message, as JSON, read from another
// window.
const maxMessageChars = embed.MaxMessage

// postToParent posts a message, given as JSON, to the window that embeds
// this page, when there is one: to each of origins, or, when origins is
// empty, to the parent page's origin as the browser reports it
// (location.ancestorOrigins), else to any origin.
func postToParent(msgJSON []byte, origins []string) {
	tryJS(func() {
		w := app.Window()
		msg := w.Get("JSON").Call("parse", string(msgJSON))
		parent := w.Get("parent")
		if !parent.Truthy() || parent.Equal(w.Get("self")) {
			return
		}
		targets := origins
		if len(targets) == 0 {
			target := "*"
			if ao := w.Get("location").Get("ancestorOrigins"); ao.Truthy() && ao.Length() > 0 {
				if o := ao.Index(0); o.Type() == app.TypeString && o.String() != "null" {
					target = o.String()
				}
			}
			targets = []string{target}
		}
		for _, t := range targets {
			parent.Call("postMessage", msg, t)
		}
	})
}

// embedded reports whether the page runs inside a frame.
func embedded() bool {
	var yes bool
	tryJS(func() {
		w := app.Window()
		yes = !w.Get("parent").Equal(w.Get("self"))
	})
	return yes
}

// listenParent calls handle with each message that the parent window
// posts to this page: its data encoded as JSON and its sender's origin.
// Messages from any other window, data that is not an object and data
// that JSON cannot encode (cycles, BigInt) are dropped here; handle gets
// no JavaScript value, so no later call can panic on it. handle runs on
// the browser's event loop: wrap state changes in ctx.Dispatch.
func listenParent(handle func(data, origin string)) {
	fn := app.FuncOf(func(this app.Value, args []app.Value) any {
		var data, origin string
		ok := false
		tryJS(func() {
			if len(args) == 0 {
				return
			}
			w := app.Window()
			ev := args[0]
			parent := w.Get("parent")
			if parent.Equal(w.Get("self")) || !ev.Get("source").Equal(parent) {
				return
			}
			d := ev.Get("data")
			if d.Type() != app.TypeObject || d.IsNull() {
				return
			}
			s := w.Get("JSON").Call("stringify", d)
			// Only a bounded slice of the text crosses into Go.
			if s.Type() != app.TypeString || len(boundedString(s, maxMessageChars+1)) > maxMessageChars {
				return
			}
			o := ev.Get("origin")
			if o.Type() != app.TypeString {
				return
			}
			data, origin, ok = s.String(), o.String(), true
		})
		if ok {
			handle(data, origin)
		}
		return nil
	})
	tryJS(func() { app.Window().Call("addEventListener", "message", fn) })
}

// observeHeight calls report with the height, in CSS pixels, of the
// document down to the bottom of the element id, now and whenever it
// changes (a ResizeObserver; a window resize listener where there is
// none). report runs on the browser's event loop.
func observeHeight(id string, report func(height int)) {
	tryJS(func() {
		w := app.Window()
		el := w.GetElementByID(id)
		if !el.Truthy() {
			return
		}
		last := -1
		measure := app.FuncOf(func(this app.Value, args []app.Value) any {
			h := 0
			if tryJS(func() {
				bottom := el.Call("getBoundingClientRect").Get("bottom").Float() + w.Get("scrollY").Float()
				h = int(bottom + 0.999)
			}) != nil || h == last {
				return nil
			}
			last = h
			report(h)
			return nil
		})
		if ro := w.Get("ResizeObserver"); ro.Truthy() {
			ro.New(measure).Call("observe", el)
		} else {
			w.Call("addEventListener", "resize", measure)
		}
		measure.Invoke()
	})
}

// contentHeight returns the height of the document down to the bottom of
// the element id, or 0.
func contentHeight(id string) int {
	h := 0
	tryJS(func() {
		w := app.Window()
		if el := w.GetElementByID(id); el.Truthy() {
			h = int(el.Call("getBoundingClientRect").Get("bottom").Float() + w.Get("scrollY").Float() + 0.999)
		}
	})
	return h
}

// warn writes a warning to the browser console.
func warn(text string) {
	tryJS(func() { app.Window().Get("console").Call("warn", text) })
}

// boundedString returns at most the first n UTF-16 units of the
// JavaScript string s, copying no more into Go. (syscall/js cannot call a
// method on a primitive string, so String.prototype.slice is called on it.)
func boundedString(s app.Value, n int) string {
	return app.Window().Get("String").Get("prototype").Get("slice").Call("call", s, 0, n).String()
}
