// Package data holds hirecalc's embedded data files and the code that loads
// and validates them.
//
// Every figure hirecalc shows comes from a JSON file in this folder, and
// every file names its source, the date of its figures and its licence
// (see SOURCES.md). Each file has one typed loader here (for example
// [Guide]); a loader parses its file once, validates it, and returns the
// same value on every later call. A file that does not parse or validate
// fails `go test ./data`, so a bad row never reaches the browser.
//
// The package imports only the standard library: it is embedded in the
// WebAssembly app as well as in the native command.
package data

import (
	"bytes"
	"encoding/json"
	"fmt"
	"regexp"
)

// Provenance says where a file's figures come from.
type Provenance struct {
	// Source names the source as it must be cited.
	Source string `json:"source"`
	// URL points to the source.
	URL string `json:"url"`
	// Date is the date of the figures (YYYY, YYYY-MM or YYYY-MM-DD), or
	// "undated" for a source that gives no date; then Accessed is set.
	Date string `json:"date"`
	// Accessed is when hirecalc copied the source (YYYY-MM-DD), if known.
	Accessed string `json:"accessed,omitempty"`
	// Licence is the licence under which the figures are reused.
	Licence string `json:"licence"`
}

// Validate reports a missing source, date or licence.
func (p Provenance) Validate() error {
	switch {
	case p.Source == "":
		return fmt.Errorf("provenance: no source")
	case p.Date == "undated" && !datePattern.MatchString(p.Accessed):
		return fmt.Errorf("provenance of %q: undated source without an accessed date", p.Source)
	case p.Date != "undated" && !datePattern.MatchString(p.Date):
		return fmt.Errorf("provenance of %q: date %q is not YYYY, YYYY-MM or YYYY-MM-DD", p.Source, p.Date)
	case p.Licence == "":
		return fmt.Errorf("provenance of %q: no licence", p.Source)
	}
	return nil
}

var (
	datePattern     = regexp.MustCompile(`^\d{4}(-\d{2}(-\d{2})?)?$`)
	currencyPattern = regexp.MustCompile(`^[A-Z]{3}$`)
)

// ValidCurrency reports whether code has the form of an ISO 4217 code.
func ValidCurrency(code string) bool { return currencyPattern.MatchString(code) }

// decode parses one embedded file strictly: unknown fields and trailing
// data are errors, so a typo in a file fails the tests.
func decode(name string, b []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return fmt.Errorf("data: parse %s: %w", name, err)
	}
	if dec.More() {
		return fmt.Errorf("data: parse %s: trailing data after the JSON value", name)
	}
	return nil
}
