package ui

import (
	"sync"

	"hirecalc/data"
)

// dataSources returns the provenance of every data file the answers draw
// on, each source once, in the order the page uses them.
var dataSources = sync.OnceValue(func() []data.Provenance {
	var all []data.Provenance
	if g, err := data.Guide(); err == nil {
		all = append(all, g.Provenance)
	}
	if s, err := data.LoadSurvey(); err == nil {
		all = append(all, s.Provenance)
	}
	if b, err := data.LoadBLS(); err == nil {
		all = append(all, b.Provenance)
	}
	if f, err := data.LoadFX(); err == nil {
		all = append(all, f.Provenance)
	}
	if p, err := data.LoadPayTransparency(); err == nil {
		all = append(all, p.Provenance)
	}
	if w, err := data.LoadGenderWords(); err == nil {
		all = append(all, w.Provenance)
	}
	if c, err := data.LoadCountries(); err == nil {
		all = append(all, c.Provenance)
	}
	seen := map[string]bool{}
	var out []data.Provenance
	for _, p := range all {
		if p.Source == "" || seen[p.Source] {
			continue
		}
		seen[p.Source] = true
		out = append(out, p)
	}
	return out
})

// surveyAttribution returns the ODbL notice of the survey's figures.
var surveyAttribution = sync.OnceValue(func() string {
	s, err := data.LoadSurvey()
	if err != nil {
		return ""
	}
	return s.Attribution
})
