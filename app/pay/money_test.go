package pay

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestFormatMoney(t *testing.T) {
	tests := []struct {
		name     string
		amount   float64
		currency string
		want     string
	}{
		{"dollars", 130000, "USD", "$130,000"},
		{"zloty", 130000 * 3.641133, "PLN", "PLN 473,347"},
		{"euros", 75000, "EUR", "€75,000"},
		{"pounds", 52000.4, "GBP", "£52,000"},
		{"hourly keeps cents", 63.98, "USD", "$63.98"},
		{"published hourly", 4, "USD", "$4.00"},
		{"million", 1234567.5, "JPY", "JPY 1,234,568"},
		{"hundred", 100, "USD", "$100"},
		{"negative", -1500, "USD", "-$1,500"},
		{"zero", 0, "EUR", "€0.00"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, FormatMoney(tt.amount, tt.currency))
		})
	}
	assert.Equal(t, "$95,000 – $130,000", FormatRange(95000, 130000, "USD"))
}

func TestConvert(t *testing.T) {
	got, err := Convert(130000, "USD", "PLN")
	require.NoError(t, err)
	assert.InDelta(t, 473347.29, got, 0.01)

	got, err = Convert(1, "EUR", "USD")
	require.NoError(t, err)
	assert.InDelta(t, 1.1684, got, 1e-5, "the ECB's USD per EUR")

	got, err = Convert(1000, "GBP", "PLN")
	require.NoError(t, err)
	assert.InDelta(t, 1000/0.87058*4.2543, got, 0.01, "crossed through the euro")

	_, err = Convert(100, "USD", "ARS")
	assert.True(t, errors.Is(err, ErrNotPublished), "ARS: %v", err)
	_, err = Convert(100, "usd", "EUR")
	assert.Error(t, err, "codes are upper case")
}

func TestRate(t *testing.T) {
	tests := []struct {
		currency  string
		available bool
		note      string
	}{
		{"USD", true, ""},
		{"PLN", true, "1 USD = 3.641133 PLN (ECB euro reference rates, for information purposes only)"},
		{"ARS", false, "The ECB does not publish a reference rate for ARS"},
		{"UAH", false, "The ECB does not publish a reference rate for UAH"},
		{"ISK", false, "has no ISK rate"},
	}
	for _, tt := range tests {
		t.Run(tt.currency, func(t *testing.T) {
			l, err := Rate(tt.currency)
			require.NoError(t, err)
			assert.Equal(t, tt.available, l.Available())
			assert.Equal(t, "2026-04-13", l.Date)
			if tt.note == "" {
				assert.Empty(t, l.Note)
			} else {
				assert.Contains(t, l.Note, tt.note)
			}
			if !tt.available {
				assert.Zero(t, l.PerUSD, "no guessed rate")
			}
		})
	}
}

func TestPerPeriod(t *testing.T) {
	for period, want := range map[string]float64{PeriodYear: 208000, PeriodMonth: 208000.0 / 12, PeriodHour: 100} {
		got, err := PerPeriod(208000, period)
		require.NoError(t, err)
		assert.InDelta(t, want, got, 1e-9, period)
	}
	_, err := PerPeriod(1, "week")
	assert.Error(t, err)
}
