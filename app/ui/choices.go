package ui

import (
	"maps"
	"slices"
	"strings"
	"sync"

	"hirecalc/app/hiring"
	"hirecalc/data"
)

// option is one choice of a select or a checkbox group.
type option struct {
	Value string
	Label string
}

// optionGroup is a labelled group of options (an <optgroup>).
type optionGroup struct {
	Label   string
	Options []option
}

// choices are the options the form offers, drawn from the hiring package
// and the embedded data.
type choices struct {
	Stages     []option
	Levels     []option
	Periods    []option
	Workplaces []option
	Regions    []optionGroup
	Currencies []option
	Where      []option
	// FeatureNeeds and SystemNeeds are the needs split as the guide
	// splits developer and engineer work.
	FeatureNeeds []option
	SystemNeeds  []option
}

// formChoices returns the form's options, built once.
var formChoices = sync.OnceValue(func() choices {
	var c choices
	for _, s := range hiring.Stages {
		c.Stages = append(c.Stages, option{string(s), s.Label()})
	}
	for _, l := range hiring.Levels {
		c.Levels = append(c.Levels, option{string(l), l.Label()})
	}
	for _, p := range hiring.Periods {
		c.Periods = append(c.Periods, option{string(p), periodLabel(p)})
	}
	for _, w := range hiring.Workplaces {
		c.Workplaces = append(c.Workplaces, option{string(w), workplaceLabel(w)})
	}
	for _, n := range hiring.Needs {
		o := option{string(n), n.Label()}
		if n.SystemLevel() {
			c.SystemNeeds = append(c.SystemNeeds, o)
		} else {
			c.FeatureNeeds = append(c.FeatureNeeds, o)
		}
	}

	regions := optionGroup{Label: "Salary regions"}
	for _, r := range hiring.Regions {
		name := data.SurveyRegionNames[r]
		if name == "" {
			name = strings.ToUpper(r)
		}
		regions.Options = append(regions.Options, option{r, name})
	}
	c.Regions = []optionGroup{regions}
	currencies := map[string]bool{"USD": true, "EUR": true}
	if countries, err := data.LoadCountries(); err == nil {
		group := optionGroup{Label: "Countries"}
		for _, k := range countries.Countries {
			if hiring.ValidRegion(k.Code) {
				group.Options = append(group.Options, option{k.Code, k.Name})
			}
		}
		slices.SortFunc(group.Options, func(a, b option) int { return strings.Compare(a.Label, b.Label) })
		c.Regions = append(c.Regions, group)
	}
	if fx, err := data.LoadFX(); err == nil {
		for code := range fx.PerUSD {
			currencies[code] = true
		}
	}
	for _, code := range slices.Sorted(maps.Keys(currencies)) {
		c.Currencies = append(c.Currencies, option{code, code})
	}
	rules, _ := data.LoadPayTransparency()
	for _, j := range hiring.Jurisdictions {
		label := strings.ToUpper(j)
		if r, ok := rules.Rule(j); ok && r.Name != "" {
			label = r.Name
		}
		c.Where = append(c.Where, option{j, label})
	}
	return c
})

// periodLabel names a pay period for the form.
func periodLabel(p hiring.Period) string {
	switch p {
	case hiring.PeriodYear:
		return "Per year"
	case hiring.PeriodMonth:
		return "Per month"
	case hiring.PeriodHour:
		return "Per hour"
	}
	return string(p)
}

// workplaceLabel names a workplace policy for the form.
func workplaceLabel(w hiring.Workplace) string {
	switch w {
	case hiring.WorkplaceRemote:
		return "Remote"
	case hiring.WorkplaceHybrid:
		return "Hybrid (some days in the office)"
	case hiring.WorkplaceOnsite:
		return "On site"
	}
	return string(w)
}
