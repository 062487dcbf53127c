package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// el returns an element with the given tag, void a self-closing one. The
// page builds its live elements with go-app's generic Elem rather than
// one builder type per tag: each builder type adds its methods to
// app.wasm, which has a size budget.
func el(tag string) app.HTMLElem { return app.Elem(tag) }

// void returns a self-closing element, such as input or img.
func void(tag string) app.HTMLElemSelfClosing { return app.ElemSelfClosing(tag) }

// flag sets the boolean attribute name (checked, selected, hidden). go-app
// writes a false one as name="false" in prerendered HTML, which browsers
// read as true; so on the server a false flag is left out. In the browser
// it is set, which clears the element's property.
func flag[T interface{ Attr(string, any) T }](e T, name string, on bool) T {
	if on || app.IsClient {
		return e.Attr(name, on)
	}
	return e
}

// invalid marks a field as wrong with aria-invalid="true". go-app writes
// the value "true" as a bare attribute in prerendered HTML, which means
// "not invalid"; so only the browser gets it. The prerendered field is
// still described by its message (aria-describedby).
func invalid[T interface{ Attr(string, any) T }](e T) T {
	if app.IsClient {
		return e.Attr("aria-invalid", "true")
	}
	return e
}
