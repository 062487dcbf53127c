//go:build wasm

package main

// run is never reached in the browser: app.RunWhenOnBrowser does not
// return there. It exists so that main compiles without the build code.
func run([]string) int { return 0 }
