//go:build wasm

package data

// validateOnLoad is false in the WebAssembly build. The embedded files are
// the same bytes the native tests validate, so validating them again in the
// browser would find nothing; leaving the validators out saves download
// size (about 100 kB of code before compression).
const validateOnLoad = false

// validateDrafting is never called in the WebAssembly build; the native
// one is in guide_validate.go.
func (g *GuideData) validateDrafting() []error { return nil }
