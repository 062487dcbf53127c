//go:build !wasm

package data

import "fmt"

// validateOnLoad is true in native builds: every loader validates its file,
// and the tests (which run natively) fail on a bad row.
const validateOnLoad = true

// CheckSurveyFile parses and validates the bytes of a survey table file
// as the loader does with the embedded one; "hirecalc data so" checks
// what it writes with it.
func CheckSurveyFile(b []byte) error {
	s, err := parseSurvey(b)
	if err != nil {
		return err
	}
	c, err := LoadCountries()
	if err != nil {
		return err
	}
	if err := c.validate(s); err != nil {
		return fmt.Errorf("data: %s against countries.json: %w", surveyFile, err)
	}
	return nil
}

// CheckFXFile parses and validates the bytes of an exchange-rate file as
// the loader does with the embedded one; "hirecalc data ecb" checks what
// it writes with it.
func CheckFXFile(b []byte) error {
	_, err := parseFX(b)
	return err
}
