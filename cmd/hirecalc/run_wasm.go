//go:build wasm

package main

import "io"

// run is never reached in the browser: app.RunWhenOnBrowser does not
// return there. It exists so that main compiles without the server code.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	return 0
}
