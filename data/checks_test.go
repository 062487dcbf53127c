package data

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestLoadGenderWords(t *testing.T) {
	g, err := LoadGenderWords()
	require.NoError(t, err)
	assert.Equal(t, g, MustGenderWords())
	assert.Len(t, g.Masculine, 52)
	assert.Len(t, g.Feminine, 50)
	assert.Contains(t, g.Masculine, "lead")
	assert.Contains(t, g.Feminine, "co-operat")
	assert.Equal(t, []string{"sharepoint"}, g.NonCodedExceptions)
	assert.Len(t, g.PublishedTestCases, 7)
	assert.Contains(t, g.Provenance.Licence, "MIT")
	assert.Contains(t, g.Alternatives.Source, "not gender-decoder's")
	assert.Contains(t, g.TechnicalCompounds.Source, "hirecalc's own list")
	assert.GreaterOrEqual(t, len(g.TechnicalCompounds.Terms), 50)
}

func TestLoadPayTransparency(t *testing.T) {
	p, err := LoadPayTransparency()
	require.NoError(t, err)
	assert.Equal(t, p, MustPayTransparency())
	assert.Equal(t, "2026-11-27", p.AsOf)
	assert.Len(t, p.Jurisdictions, 13)
	on, ok := p.Rule("ca-on")
	require.True(t, ok)
	assert.Equal(t, "Ontario (Canada)", on.Name)
	var width PayCheck
	for _, c := range on.Checks {
		if c.Kind == CheckMaxWidth {
			width = c
		}
	}
	assert.Equal(t, PayCheck{Kind: CheckMaxWidth, Basis: width.Basis, MaxWidth: 50000, ExemptAbove: 200000, Currency: "CAD"}, width)
	mn, ok := p.Rule("US-MN")
	require.True(t, ok)
	assert.Empty(t, mn.Law, "the table gives null: no law named")
	_, ok = p.Rule("us-tx")
	assert.False(t, ok)
}

func TestBrokenGenderWordsIsRejected(t *testing.T) {
	tests := []struct{ name, old, new string }{
		{"unknown field", `"non_coded_exceptions"`, `"non_coded_exception"`},
		{"upper-case stem", `"aggress"`, `"Aggress"`},
		{"duplicate stem", `"assert",`, `"athlet",`},
		{"stem in both lists", `"agree",`, `"lead",`},
		{"hyphenated word in no list", `"hyphenated_coded_words": [
  "co-operat"`, `"hyphenated_coded_words": [
  "co-ordinat"`},
		{"bad verdict", `"coding": "masculine-coded"`, `"coding": "male-coded"`},
		{"no licence", `"licence": "MIT (Copyright (c) 2016 lovedaybrooke) for the word lists; cite Gaucher, Friesen & Kay (2011) for the research"`, `"licence": ""`},
		{"alternative for no stem", `"stem": "boast"`, `"stem": "boastful"`},
		{"form not of its stem", `"word": "leadership"`, `"word": "guidance"`},
		{"empty suggestion", `"use": [
     "offer"`, `"use": [
     ""`},
		{"technical term without a coded part", `"term": "zero-trust"`, `"term": "zero-downtime"`},
		{"technical term without a hyphen", `"term": "event-driven"`, `"term": "eventdriven"`},
		{"technical term twice", `"term": "active-passive"`, `"term": "active-active"`},
		{"technical term without a reason", `"why": "a programming language"`, `"why": ""`},
		{"a trait as a technical term", `"term": "objective-c"`, `"term": "self-reliant"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			require.True(t, bytes.Contains(genderJSON, []byte(tt.old)), "the file no longer contains %q", tt.old)
			_, err := parseGenderWords(bytes.Replace(genderJSON, []byte(tt.old), []byte(tt.new), 1))
			assert.Error(t, err)
			t.Log(err)
		})
	}
}

func TestBrokenPayTransparencyIsRejected(t *testing.T) {
	tests := []struct{ name, old, new string }{
		{"unknown field", `"checks_note"`, `"check_note"`},
		{"as_of differs from provenance", `"as_of": "2026-11-27"`, `"as_of": "2026-11-28"`},
		{"bad in_force", `"in_force": "2021-01-01"`, `"in_force": "2021"`},
		{"lower-case id", `"id": "US-CO"`, `"id": "us-co"`},
		{"duplicate id", `"id": "US-CA"`, `"id": "US-CO"`},
		{"unknown check kind", `"kind": "other_compensation"`, `"kind": "equity"`},
		{"basis quotes nothing", `"basis": "pay range"`, `"basis": "pay range in every ad"`},
		{"width without currency", `"currency": "CAD"`, `"currency": "cad"`},
		{"no sources", `"sources": [
    "https://www.honigman.com/alert-2353"
   ]`, `"sources": []`},
		{"not legal advice removed", `"warning": "Not legal advice.`, `"warning": "`},
		{"from before in_force", `"from": "2024-01-01"`, `"from": "2020-01-01"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			require.True(t, bytes.Contains(payTransparencyJSON, []byte(tt.old)), "the file no longer contains %q", tt.old)
			_, err := parsePayTransparency(bytes.Replace(payTransparencyJSON, []byte(tt.old), []byte(tt.new), 1))
			assert.Error(t, err)
			t.Log(err)
		})
	}
}

func TestTrailingDataIsRejected(t *testing.T) {
	_, err := parseGenderWords(append(bytes.Clone(genderJSON), "{}"...))
	assert.ErrorContains(t, err, "trailing data")
	_, err = parsePayTransparency(append(bytes.Clone(payTransparencyJSON), "{}"...))
	assert.ErrorContains(t, err, "trailing data")
}

func TestPayChecksQuoteTheirRule(t *testing.T) {
	p := MustPayTransparency()
	for _, r := range p.Jurisdictions {
		t.Run(r.ID, func(t *testing.T) {
			all := strings.Join(append([]string{r.Notes}, r.PostingMustInclude...), "\n")
			for _, c := range r.Checks {
				assert.Contains(t, all, c.Basis)
			}
		})
	}
}

func TestReadabilityGuide(t *testing.T) {
	g := Readability()
	require.NoError(t, g.validate())
	assert.Equal(t, 300, g.MinWords)
	assert.Equal(t, 700, g.MaxWords)
	assert.Equal(t, "plain English", g.Bands[3].Label)
	broken := g
	broken.Bands = slices.Clone(g.Bands)
	broken.Bands[2], broken.Bands[3] = broken.Bands[3], broken.Bands[2]
	assert.Error(t, broken.validate(), "bands out of order")
	broken = g
	broken.Bands = g.Bands[:len(g.Bands)-1]
	assert.Error(t, broken.validate(), "no band starting at 0")
	broken = g
	broken.MaxWords = 200
	assert.Error(t, broken.validate(), "max below min")
	broken = g
	broken.Provenance.Licence = ""
	assert.Error(t, broken.validate(), "no licence")
}
