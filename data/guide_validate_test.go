//go:build !wasm

package data

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestGuideDraftingCitesTheGuide checks that every drafted sentence names
// guide rows that exist, and spot-checks what the references give back.
func TestGuideDraftingCitesTheGuide(t *testing.T) {
	g := MustGuide()
	d := g.Drafting
	var refs []string
	for _, n := range d.Needs {
		refs = append(refs, n.From...)
	}
	for _, c := range d.Combined {
		refs = append(refs, c.From...)
	}
	for _, du := range append(append([]GuideDuty{}, d.General.Feature...), d.General.System...) {
		refs = append(refs, du.From...)
	}
	require.NotEmpty(t, refs)
	for _, ref := range refs {
		_, ok := g.Cite(ref)
		assert.True(t, ok, ref)
	}
	tests := []struct{ ref, want string }{
		{"developer_responsibilities:2", "Conduct UI tests and optimize performance."},
		{"engineer_responsibilities.main:7", "Work with product and design to translate end-user requirements into technical decisions."},
		{"engineer_responsibilities.also_in_charge_of:3", "Generating reusable code libraries."},
		{"engineer_skills:observability", "Monitoring & observability: Metrics, logs, traces — designing what to instrument and how to act on it"},
		{"comparison:monitoring", "Monitoring & alerting: Sometimes / Owns"},
		{"posting:either", g.Posting.Either},
		{"rules:seniority", g.Quote(RuleSeniority)},
	}
	for _, tt := range tests {
		got, ok := g.Cite(tt.ref)
		assert.True(t, ok, tt.ref)
		assert.Equal(t, tt.want, got, tt.ref)
	}
	for _, bad := range []string{"", "developer_responsibilities:0", "developer_responsibilities:x", "comparison:nope", "posting:nope", "nope:1"} {
		_, ok := g.Cite(bad)
		assert.False(t, ok, bad)
	}

	w, ok := g.NeedWording("architecture")
	require.True(t, ok)
	assert.Equal(t, w.System, w.Text(true, true))
	assert.Equal(t, w.Assist, w.Text(true, false), "below senior level the hire helps design")
	f, ok := g.NeedWording("apis")
	require.True(t, ok)
	assert.Equal(t, f.Feature, f.Text(false, true))
	assert.Equal(t, f.System, f.Text(true, false), "without an assist form the system wording serves every level")
	_, ok = g.NeedWording("telepathy")
	assert.False(t, ok)
	s, ok := g.Skill("observability")
	require.True(t, ok)
	assert.Equal(t, "Monitoring & observability", s.Area)
}
