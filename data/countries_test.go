package data

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestLoadCountries(t *testing.T) {
	c, err := LoadCountries()
	require.NoError(t, err)
	tests := []struct{ code, name, region, currency string }{
		{"us", "United States", "us", "USD"},
		{"pl", "Poland", "eeu", "PLN"},
		{"ar", "Argentina", "latam", "ARS"},
		{"de", "Germany", "weu", "EUR"},
		{"gb", "United Kingdom", "weu", "GBP"},
		{"ua", "Ukraine", "eeu", "UAH"},
		{"bg", "Bulgaria", "eeu", "EUR"},
		{"in", "India", "", "INR"},
		{"is", "Iceland", "", "ISK"},
	}
	for _, tt := range tests {
		t.Run(tt.code, func(t *testing.T) {
			x, ok := c.Country(tt.code)
			require.True(t, ok)
			assert.Equal(t, tt.name, x.Name)
			assert.Equal(t, tt.region, x.Region)
			assert.Equal(t, tt.currency, x.Currency)
		})
	}
	_, ok := c.Country("zz")
	assert.False(t, ok)
	us, ok := c.ByArea("United States of America")
	require.True(t, ok)
	assert.Equal(t, "us", us.Code)
	us, ok = c.ByArea("United States")
	require.True(t, ok)
	assert.Equal(t, "us", us.Code)
}

func TestBrokenCountriesAreRejected(t *testing.T) {
	s, err := LoadSurvey()
	require.NoError(t, err)
	tests := []struct{ name, old, new string }{
		{"survey country missing", `"survey_areas": [
    "Poland"
   ]`, `"survey_areas": [
    "Polska"
   ]`},
		{"wrong region", `"code": "pl",
   "name": "Poland",
   "survey_areas": [
    "Poland"
   ],
   "region": "eeu"`, `"code": "pl",
   "name": "Poland",
   "survey_areas": [
    "Poland"
   ],
   "region": "weu"`},
		{"bad currency", `"currency": "PLN"`, `"currency": "Zloty"`},
		{"upper-case code", `"code": "pl"`, `"code": "PL"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			require.Contains(t, string(countriesJSON), tt.old)
			_, err := parseCountries(bytes.Replace(countriesJSON, []byte(tt.old), []byte(tt.new), 1), s)
			assert.Error(t, err)
		})
	}
}
