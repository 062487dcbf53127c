package data

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestLoadFX(t *testing.T) {
	f, err := LoadFX()
	require.NoError(t, err)
	assert.Equal(t, "2026-04-13", f.SnapshotDate)
	pln, ok := f.PerUSDRate("PLN")
	require.True(t, ok)
	assert.InDelta(t, 4.2543/1.1684, pln, 1e-6)
	_, ok = f.PerUSDRate("ARS")
	assert.False(t, ok, "the ECB publishes no ARS rate")
	assert.Contains(t, f.NotPublished, "ARS")
}

func TestBrokenFXIsRejected(t *testing.T) {
	tests := []struct{ name, old, new string }{
		{"derived rate does not match", `"PLN": 3.641133`, `"PLN": 3.9`},
		{"negative rate", `"GBP": 0.87058`, `"GBP": -0.87058`},
		{"lower-case code", `"SEK": 10.892`, `"sek": 10.892`},
		{"date differs", `"snapshot_date": "2026-04-13"`, `"snapshot_date": "2026-04-14"`},
		{"unknown field", `"dataset_copy"`, `"dataset_kopy"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			require.Contains(t, string(fxJSON), tt.old)
			_, err := parseFX(bytes.Replace(fxJSON, []byte(tt.old), []byte(tt.new), 1))
			assert.Error(t, err)
		})
	}
}
