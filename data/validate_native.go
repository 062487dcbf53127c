//go:build !wasm

package data

// validateOnLoad is true in native builds: every loader validates its file,
// and the tests (which run natively) fail on a bad row.
const validateOnLoad = true
