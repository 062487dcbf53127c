package pay

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"hirecalc/data"
)

// Roles are the roles [Estimate] accepts, as in package hiring.
var Roles = []string{"developer", "engineer", "hybrid", "standard"}

// Levels are the levels [Estimate] accepts, as in package hiring.
var Levels = []string{"junior", "mid", "senior", "staff"}

// LevelYears maps each level to the survey's bands of years of
// professional coding. It is an assumption: the survey asks for years,
// not levels. Staff uses 11-15 years for the suggestion and shows 16+ too.
var LevelYears = map[string][]string{
	"junior": {"0-2"},
	"mid":    {"3-5"},
	"senior": {"6-10"},
	"staff":  {"11-15", "16+"},
}

// DisagreeThreshold is the relative difference, in percent of the guide's
// figure, above which the guide and another source are said to disagree.
const DisagreeThreshold = 25.0

// The notes every estimate carries.
const (
	noteLevelYears = "Assumption: the survey has no job levels, so hirecalc reads levels as years of professional coding: junior 0-2 years, mid-level 3-5, senior 6-10, staff 11-15 (16+ shown too)."
	noteHours      = "Assumption: a month is a twelfth of a year and an hour is a year divided by 2,080 hours (the BLS convention). Figures a source publishes per month or per hour are shown as published; the guide's own hourly figures imply 1,832 to 1,964 hours a year."
	noteBasis      = "The sources count different things: the guide gives salaries, the survey total compensation (salary, bonus and perks before tax, self-reported, converted to US dollars by Stack Overflow), BLS wages (base pay and certain other pay, without equity and most bonuses)."
	noteRegions    = "The countries of each region follow the survey table's region definitions; the guide does not say which countries its regions contain."
	noteCompare    = "Disagreement rule: the midpoint of a guide range, or a guide average, is compared with the other source's median for the same area; a difference above 25% of the guide's figure is reported."
)

// Estimate gathers the salary evidence for a role (developer, engineer,
// hybrid or standard), a level (junior, mid, senior or staff) and a
// region (us, weu, eeu, latam or a lower-case ISO 3166-1 alpha-2 country
// code). Unknown values give an error that says what is accepted.
func Estimate(role, level, region string) (Salary, error) {
	role = strings.ToLower(strings.TrimSpace(role))
	level = strings.ToLower(strings.TrimSpace(level))
	if !slices.Contains(Roles, role) {
		return Salary{}, fmt.Errorf("pay: unknown role %q: want developer, engineer, hybrid or standard", role)
	}
	if !slices.Contains(Levels, level) {
		return Salary{}, fmt.Errorf("pay: unknown level %q: want junior, mid, senior or staff", level)
	}
	place, err := Resolve(region)
	if err != nil {
		return Salary{}, err
	}
	src, err := loadSources()
	if err != nil {
		return Salary{}, err
	}
	b := &builder{src: src, role: role, level: level, place: place}
	b.guide()
	b.survey()
	b.bls()
	b.compare()
	b.suggest()
	local, err := localFor(place)
	if err != nil {
		return Salary{}, err
	}
	s := Salary{
		Role:          role,
		Level:         level,
		Region:        place.Key,
		RegionName:    place.Name,
		RegionKey:     place.Region,
		Figures:       b.figures,
		Suggested:     b.suggested,
		Notes:         b.notes(),
		Disagreements: b.disagreements,
		Local:         local,
	}
	if s.Figures == nil {
		s.Figures = []Figure{}
	}
	if s.Disagreements == nil {
		s.Disagreements = []Disagreement{}
	}
	for _, f := range s.Figures {
		if f.SourceID == "survey" {
			s.Attribution = src.survey.Attribution
			break
		}
	}
	return s, nil
}

// sources are the loaded data files.
type sources struct {
	guide  data.GuideSalaries
	survey data.Survey
	bls    data.BLS
}

func loadSources() (sources, error) {
	var s sources
	var err error
	if s.guide, err = data.LoadGuideSalaries(); err != nil {
		return s, fmt.Errorf("pay: %w", err)
	}
	if s.survey, err = data.LoadSurvey(); err != nil {
		return s, fmt.Errorf("pay: %w", err)
	}
	if s.bls, err = data.LoadBLS(); err != nil {
		return s, fmt.Errorf("pay: %w", err)
	}
	return s, nil
}

// localFor returns the local currency of a place and its rate.
func localFor(p Place) (Local, error) {
	if p.Currency == "" {
		return Local{Note: fmt.Sprintf("%s has no currency of its own in ISO 4217: amounts are shown in US dollars.", p.Name)}, nil
	}
	l, err := Rate(p.Currency)
	if err != nil {
		return Local{}, err
	}
	if p.Country == "" {
		if n := regionCurrencyNotes[p.Region]; n != "" {
			l.Note = strings.TrimSpace(n + " " + l.Note)
		}
	}
	return l, nil
}

// builder accumulates the parts of an estimate.
type builder struct {
	src   sources
	role  string
	level string
	place Place

	figures       []Figure
	coverage      []string // what each source covers, in sentences
	extra         []string // notes that depend on the figures shown
	disagreements []Disagreement
	suggested     *Suggestion
	untrusted     []string // survey cells not used for the suggestion, and why
}

func ptr(v float64) *float64 { return &v }

func (b *builder) engineerFraming() bool { return b.role != "developer" }

func (b *builder) guideFigure() Figure {
	p := b.src.guide.Provenance
	return Figure{
		SourceID: "guide",
		Source:   "DistantJob's hiring guide (figures from Talent.com and Glassdoor)",
		URL:      p.URL,
		Licence:  p.Licence,
		Year:     "undated",
		Currency: "USD",
		Basis:    "salary",
	}
}

// guide adds the guide's developer range, its claimed engineer premium
// and its engineer averages.
func (b *builder) guide() {
	g := b.src.guide
	accessed := g.Provenance.Accessed
	var rng *data.GuideRange
	for i, r := range g.DeveloperRanges.Rows {
		if r.Region == b.place.Region && r.Level == b.level {
			rng = &g.DeveloperRanges.Rows[i]
		}
	}
	switch {
	case b.place.Region == "":
		b.coverage = append(b.coverage, fmt.Sprintf("The guide's developer ranges cover the United States, Western Europe, Eastern Europe and Latin America only, not %s.", b.place.Name))
	case rng == nil:
		for _, nd := range g.DeveloperRanges.NoData {
			if nd.Level == b.level && (nd.Region == "" || nd.Region == b.place.Region) {
				b.coverage = append(b.coverage, nd.Reason)
			}
		}
	default:
		f := b.guideFigure()
		f.Key = "guide-developer-" + rng.Region + "-" + rng.Level
		f.Region = rng.Region
		f.Area = rng.PublishedRegion
		f.Level = rng.Level
		f.Role = "Backend developer (guide)"
		f.Period = PeriodYear
		f.Min, f.Max = ptr(rng.Min), ptr(rng.Max)
		f.Published = rng.Published
		f.Method = fmt.Sprintf("Range as published in the guide's table %q, which calls its figures averages based on Talent.com and Glassdoor; undated, accessed %s.", g.DeveloperRanges.Heading, accessed)
		if b.place.Country != "" && b.place.Country != "us" {
			f.Caution = fmt.Sprintf("A range for %s as a whole: the guide gives none for %s alone.", regionNames[rng.Region], b.place.Name)
		}
		b.figures = append(b.figures, f)
	}

	prem := g.EngineerPremium
	switch {
	case !b.engineerFraming():
	case rng != nil && b.level == prem.AppliesTo:
		f := b.guideFigure()
		f.Key = "guide-claim-" + rng.Region + "-" + rng.Level
		f.SourceID = "guide-claim"
		f.Region = rng.Region
		f.Area = rng.PublishedRegion
		f.Level = rng.Level
		f.Role = "Backend engineer: the guide's claimed premium over its developer range"
		f.Period = PeriodYear
		f.Min = ptr(math.Round(rng.Min * (1 + prem.MinPercent/100)))
		f.Max = ptr(math.Round(rng.Max * (1 + prem.MaxPercent/100)))
		f.Claim = true
		f.Method = fmt.Sprintf("The guide's %s developer range (%s) raised by the guide's claim that %q (%s): low end +%s%%, high end +%s%%.",
			rng.Level, FormatRange(rng.Min, rng.Max, "USD"), prem.Quote, prem.Where, num(prem.MinPercent), num(prem.MaxPercent))
		f.Caution = "The guide's claim, not measured data: no source measures an engineer premium."
		b.figures = append(b.figures, f)
		b.extra = append(b.extra, "The engineer premium figure applies the guide's claim that a senior backend engineer earns 15–25% more than a backend developer of equivalent experience; it is the guide's claim, not measured data.")
	case b.level != prem.AppliesTo:
		b.extra = append(b.extra, fmt.Sprintf("The guide's claim of a 15–25%% engineer premium is about senior engineers, so hirecalc does not apply it at %s level.", b.level))
	}

	if !b.engineerFraming() {
		return
	}
	e := g.EngineerAverages
	shown := false
	for _, r := range e.Rows {
		in := r.Country == b.place.Country
		if b.place.Country == "" {
			in = b.countryRegion(r.Country) == b.place.Region
		}
		if !in {
			continue
		}
		shown = true
		name := b.countryName(r.Country)
		for _, pv := range []struct {
			period string
			v      float64
		}{{PeriodYear, r.Year}, {PeriodMonth, r.Month}, {PeriodHour, r.Hour}} {
			f := b.guideFigure()
			f.Key = "guide-engineer-" + r.Country
			f.Region = r.Country
			f.Area = name
			f.Level = "all"
			f.Role = "Backend engineer, average of all levels (guide)"
			f.Period = pv.period
			f.Mean = ptr(pv.v)
			f.Published = r.Published
			f.Method = fmt.Sprintf("Average per %s as published in the guide's table %q (Talent.com and Glassdoor); undated, accessed %s.", pv.period, e.Heading, accessed)
			f.Caution = "The guide introduces this engineer table as \"average Back-end developer salaries\"; the averages mix all levels."
			b.figures = append(b.figures, f)
		}
	}
	if shown {
		b.extra = append(b.extra, e.Note)
	} else {
		b.coverage = append(b.coverage, fmt.Sprintf("The guide's backend engineer averages cover the United States, Mexico, Argentina, Brazil and Poland only, not %s.", b.place.Name))
	}
}

func (b *builder) countryRegion(code string) string {
	c, err := data.LoadCountries()
	if err != nil {
		return ""
	}
	x, _ := c.Country(code)
	return x.Region
}

func (b *builder) countryName(code string) string {
	c, err := data.LoadCountries()
	if err != nil {
		return code
	}
	if x, ok := c.Country(code); ok {
		return x.Name
	}
	return code
}

// surveyFigure turns a survey row into a figure.
func (b *builder) surveyFigure(r data.SurveyRow, region, area, key string) Figure {
	s := b.src.survey
	f := Figure{
		Key:       key,
		SourceID:  "survey",
		Source:    "Stack Overflow Developer Survey " + surveyYear,
		URL:       s.Provenance.URL,
		Licence:   "ODbL 1.0 (derived table; attribute Stack Overflow)",
		Year:      surveyYear,
		Region:    region,
		Area:      area,
		Level:     b.level,
		Years:     r.YearsPro,
		Role:      "Back-end developers (survey)",
		Currency:  s.Currency,
		Period:    s.Period,
		P25:       ptr(r.P25),
		Median:    ptr(r.Median),
		P75:       ptr(r.P75),
		N:         r.N,
		Basis:     "total compensation",
		Method:    "Self-reported total annual compensation of professional back-end developers, converted to USD by Stack Overflow; quartiles by linear interpolation; cells under 10 respondents left out.",
		Caution:   r.Caution,
		Collected: s.Provenance.Date,
	}
	if r.YearsPro == "all" {
		f.Level = "all"
		f.Years = ""
		f.Role = "Back-end developers, all years of experience (survey)"
	}
	if r.Role == data.SurveyRoleBackendRemote {
		f.Role = "Back-end developers working remotely (survey)"
	}
	if f.Caution == "" && r.N < 30 {
		f.Caution = "Thin sample (n < 30): indicative only."
	}
	return f
}

// survey adds the survey's cells for the place and level.
func (b *builder) survey() {
	s := b.src.survey
	bands := LevelYears[b.level]
	p := b.place
	countryCaution := ""
	if p.surveyArea != "" {
		all, _ := s.Row(data.SurveyRoleBackend, p.surveyArea, "all")
		countryCaution = all.Caution
		if p.Country != "us" && countryCaution != "" && !strings.Contains(countryCaution, "thin sample") {
			countryCaution += " (This applies to every " + p.Name + " cell.)"
		} else {
			countryCaution = ""
		}
		var missing []string
		for _, band := range bands {
			r, ok := s.Row(data.SurveyRoleBackend, p.surveyArea, band)
			if !ok {
				missing = append(missing, band)
				continue
			}
			f := b.surveyFigure(r, p.Key, p.Name, "survey-"+p.Key+"-"+band)
			if f.Caution == "" {
				f.Caution = countryCaution
			}
			b.figures = append(b.figures, f)
		}
		if len(missing) > 0 {
			where := "the figures of all years of experience"
			if p.Region != "" && p.Country != "us" {
				where += " and of " + regionNames[p.Region]
			}
			b.coverage = append(b.coverage, fmt.Sprintf("The survey table has no back-end cell for %s with %s years of professional coding: see %s.", the(p.Name), strings.Join(missing, " or "), where))
		}
		if p.Country == "us" {
			for _, band := range bands {
				if r, ok := s.Row(data.SurveyRoleBackendRemote, p.surveyArea, band); ok {
					b.figures = append(b.figures, b.surveyFigure(r, p.Key, p.Name, "survey-remote-us-"+band))
				}
			}
		}
		all, _ = s.Row(data.SurveyRoleBackend, p.surveyArea, "all")
		b.figures = append(b.figures, b.surveyFigure(all, p.Key, p.Name, "survey-"+p.Key+"-all"))
	} else if p.Country != "" {
		if p.Region != "" {
			b.coverage = append(b.coverage, fmt.Sprintf("The survey has no back-end figures for %s alone: the figures shown are for %s as a whole.", p.Name, regionNames[p.Region]))
		}
	}
	if p.Region != "" && p.Country != "us" {
		name := data.SurveyRegionNames[p.Region]
		for _, band := range bands {
			r, ok := s.Row(data.SurveyRoleBackend, name, band)
			if !ok {
				continue
			}
			f := b.surveyFigure(r, p.Region, regionNames[p.Region], "survey-"+p.Region+"-"+band)
			if p.Region == "eeu" {
				f.Caution = withUkraine(f.Caution, "see Eastern Europe without Ukraine")
			}
			b.figures = append(b.figures, f)
		}
		if p.Country == "" {
			for _, band := range bands {
				if r, ok := s.Row(data.SurveyRoleBackendRemote, name, band); ok {
					f := b.surveyFigure(r, p.Region, regionNames[p.Region], "survey-remote-"+p.Region+"-"+band)
					if p.Region == "eeu" {
						f.Caution = withUkraine(f.Caution, "the survey table has no remote rows without Ukraine")
					}
					b.figures = append(b.figures, f)
				}
			}
		}
		if p.Region == "eeu" {
			for _, band := range bands {
				if r, ok := s.Row(data.SurveyRoleBackend, "Eastern Europe excl. Ukraine", band); ok {
					b.figures = append(b.figures, b.surveyFigure(r, "eeu", "Eastern Europe without Ukraine", "survey-eeu-noua-"+band))
				}
			}
		}
	}
	if p.surveyArea == "" && p.Region == "" {
		b.coverage = append(b.coverage, fmt.Sprintf("No source in hirecalc covers %s: the guide has no figures for it, the survey table has no back-end cell for it, and BLS covers the United States only. The survey's global figures are shown for reference only.", the(p.Name)))
		for _, band := range bands {
			if r, ok := s.Row(data.SurveyRoleBackend, "Global (all countries)", band); ok {
				f := b.surveyFigure(r, "global", "All countries", "survey-global-"+band)
				f.Caution = withUkraine("All countries together, not specific to "+p.Name+".", "")
				b.figures = append(b.figures, f)
			}
		}
	}
}

// surveyYear is the year of the survey table's figures.
const surveyYear = "2024"

// ukraineCaution warns that a row mixes in Ukraine's answers.
const ukraineCaution = "Includes Ukraine, whose answers likely mix monthly and annual pay"

// withUkraine adds the Ukraine caution to a figure's caution, with a
// pointer to where to look instead (or "").
func withUkraine(caution, instead string) string {
	c := ukraineCaution
	if instead != "" {
		c += ": " + instead
	}
	c += "."
	if caution == "" {
		return c
	}
	return caution + " " + c
}

// bls adds the BLS wages for the United States.
func (b *builder) bls() {
	if b.place.Region != "us" {
		if b.place.Region != "" || b.place.surveyArea != "" {
			b.coverage = append(b.coverage, "BLS wages cover the United States only.")
		}
		return
	}
	bl := b.src.bls
	for _, period := range []string{PeriodYear, PeriodHour} {
		st := bl.Stats(data.BLSSoftwareDevelopers, 2024, period)
		med := st["median"]
		f := Figure{
			Key:       "bls-us",
			SourceID:  "bls",
			Source:    "US Bureau of Labor Statistics, OEWS May 2024",
			URL:       bl.Provenance.URL,
			Licence:   bl.Licence,
			Year:      strconv.Itoa(med.Year),
			Region:    "us",
			Area:      "United States",
			Level:     "all",
			Role:      "Software Developers, SOC 15-1252 (BLS)",
			Currency:  med.Currency,
			Period:    period,
			P10:       ptr(st["p10"].Amount),
			P25:       ptr(st["p25"].Amount),
			Median:    ptr(med.Amount),
			P75:       ptr(st["p75"].Amount),
			P90:       ptr(st["p90"].Amount),
			Mean:      ptr(st["mean"].Amount),
			Basis:     "wages",
			Method:    "Employer survey (Occupational Employment and Wage Statistics), wages of all software developers, all levels together",
			Caution:   "All levels together: BLS publishes no levels.",
			Collected: bl.Provenance.Date,
		}
		if st["median"].N != nil {
			f.Method += fmt.Sprintf(", estimated employment %s", grouped(*med.N))
		}
		f.Method += "; BLS turns hourly into annual wages with 2,080 hours."
		b.figures = append(b.figures, f)
	}
	if b.level == "junior" || b.level == "staff" {
		b.coverage = append(b.coverage, "BLS covers all levels together only: its 10th and 90th percentiles bound the whole occupation.")
	}
}

// compare records where the guide and another source disagree.
func (b *builder) compare() {
	type point struct {
		f     Figure
		value float64
		label string
	}
	var guides []point
	others := map[string][]point{} // by guide key
	for _, f := range b.figures {
		if f.Period != PeriodYear {
			continue
		}
		switch {
		case f.SourceID == "guide" && f.Min != nil:
			mid := (*f.Min + *f.Max) / 2
			guides = append(guides, point{f, mid, fmt.Sprintf("the guide's %s developer range for %s, %s (midpoint %s)", levelWord(f.Level), the(f.Area), FormatRange(*f.Min, *f.Max, "USD"), FormatMoney(mid, "USD"))})
		case f.SourceID == "guide" && f.Mean != nil:
			guides = append(guides, point{f, *f.Mean, fmt.Sprintf("the guide's average for a backend engineer in %s, %s", the(f.Area), FormatMoney(*f.Mean, "USD"))})
		}
	}
	for _, g := range guides {
		for _, f := range b.figures {
			if f.Period != PeriodYear || f.Median == nil || f.Region != g.f.Region || f.Level != g.f.Level {
				continue
			}
			if f.SourceID == "survey" && (strings.HasPrefix(f.Key, "survey-remote-") || strings.HasPrefix(f.Key, "survey-eeu-noua-")) {
				continue
			}
			if f.SourceID != "survey" && f.SourceID != "bls" {
				continue
			}
			if f.Years != "" && f.Years != LevelYears[f.Level][0] {
				continue
			}
			label := ""
			if f.SourceID == "survey" {
				yrs := "all years of experience"
				if f.Years != "" {
					yrs = f.Years + " years of professional coding"
				}
				label = fmt.Sprintf("the survey's median for back-end developers in %s with %s, %s (n = %s, total compensation)", the(f.Area), yrs, FormatMoney(*f.Median, "USD"), grouped(f.N))
			} else {
				label = fmt.Sprintf("the BLS median wage of software developers in the United States, %s (all levels)", FormatMoney(*f.Median, "USD"))
			}
			others[g.f.Key] = append(others[g.f.Key], point{f, *f.Median, label})
		}
	}
	for _, g := range guides {
		for _, o := range others[g.f.Key] {
			pct := (o.value - g.value) / g.value * 100
			if math.Abs(pct) <= DisagreeThreshold {
				continue
			}
			dir := "above"
			if pct < 0 {
				dir = "below"
			}
			text := fmt.Sprintf("The sources disagree by more than a quarter: %s is %s%% %s %s.", capitalise(o.label), num(math.Round(math.Abs(pct))), dir, g.label)
			b.disagreements = append(b.disagreements, Disagreement{
				Area:     g.f.Area,
				GuideKey: g.f.Key,
				OtherKey: o.f.Key,
				Guide:    g.value,
				Other:    o.value,
				Percent:  math.Round(pct*10) / 10,
				Text:     text,
			})
		}
	}
}

// suggest derives the suggested posting range.
func (b *builder) suggest() {
	band := LevelYears[b.level][0]
	p := b.place
	s := b.src.survey
	var tried []string
	try := func(role, area, name string, key string) bool {
		r, ok := s.Row(role, area, band)
		if !ok {
			return false
		}
		for _, f := range b.figures {
			if f.Key == key && f.Caution != "" {
				tried = append(tried, fmt.Sprintf("%s (%s)", name, strings.TrimSuffix(f.Caution, ".")))
				return false
			}
		}
		if r.N < 30 || r.Caution != "" {
			tried = append(tried, fmt.Sprintf("%s (n = %d)", name, r.N))
			return false
		}
		lo, hi := math.Round(r.P25/1000)*1000, math.Round(r.P75/1000)*1000
		basis := fmt.Sprintf("Estimate, not a published figure: the middle half (25th to 75th percentile) of the total compensation reported by back-end developers in %s with %s years of professional coding, Stack Overflow Developer Survey %s (n = %s), rounded to the nearest $1,000.", the(name), band, surveyYear, grouped(r.N))
		if len(tried) > 0 {
			basis += " Not used: " + strings.Join(tried, "; ") + "."
		}
		basis += " Total compensation includes bonuses and perks, so a base-salary range may sit lower."
		if b.engineerFraming() {
			basis += " The survey does not separate engineers from developers; the guide's claimed premium is shown separately and not applied."
		}
		b.suggested = &Suggestion{Min: lo, Max: hi, Currency: "USD", Period: PeriodYear, From: key, Year: surveyYear, Basis: basis}
		return true
	}
	if p.surveyArea != "" && try(data.SurveyRoleBackend, p.surveyArea, p.Name, "survey-"+p.Key+"-"+band) {
		return
	}
	if p.Region != "" && p.Country != "us" {
		if p.Region == "eeu" {
			if try(data.SurveyRoleBackend, "Eastern Europe excl. Ukraine", "Eastern Europe without Ukraine", "survey-eeu-noua-"+band) {
				return
			}
		} else if try(data.SurveyRoleBackend, data.SurveyRegionNames[p.Region], regionNames[p.Region], "survey-"+p.Region+"-"+band) {
			return
		}
	}
	b.untrusted = tried
	for _, f := range b.figures {
		if f.SourceID == "guide" && f.Min != nil {
			b.suggested = &Suggestion{Min: *f.Min, Max: *f.Max, Currency: "USD", Period: PeriodYear, From: f.Key, Year: f.Year,
				Basis: fmt.Sprintf("Estimate: the guide's %s developer range for %s, as published; the survey has no cell with at least 30 respondents to use instead.", levelWord(f.Level), f.Area)}
			return
		}
	}
}

// notes returns the estimate's notes: coverage first, then assumptions.
func (b *builder) notes() []string {
	var n []string
	n = append(n, b.coverage...)
	if b.level == "junior" || b.level == "staff" {
		cover := fmt.Sprintf("The guide has no %s figures. The survey covers %s level through years of professional coding (%s years, an assumption)", b.level, b.level, strings.Join(LevelYears[b.level], " and "))
		if b.place.Region == "us" {
			cover += "; BLS covers all levels together"
		}
		if b.place.surveyArea == "" && b.place.Region == "" {
			cover = fmt.Sprintf("The guide has no %s figures, and no source covers %s at any level", b.level, b.place.Name)
		}
		n = append(n, cover+".")
	}
	switch {
	case b.suggested != nil:
	case len(b.untrusted) > 0:
		n = append(n, fmt.Sprintf("No suggested range for a %s %s in %s: the survey's only cells are too thin or doubtful (%s), and the guide has no range for it.", levelWord(b.level), roleWord(b.role), the(b.place.Name), strings.Join(b.untrusted, "; ")))
	default:
		n = append(n, fmt.Sprintf("No suggested range: no source covers a %s %s in %s.", levelWord(b.level), roleWord(b.role), the(b.place.Name)))
	}
	if b.role == "hybrid" {
		n = append(n, "The guide says people who can do both feature work and architecture at a senior level \"command higher salaries and are harder to recruit\"; it gives no figure for it.")
	}
	n = append(n, b.extra...)
	n = append(n, noteLevelYears, noteHours, noteBasis)
	if b.place.Region != "" {
		n = append(n, noteRegions)
	}
	n = append(n, noteCompare)
	return n
}

func levelWord(l string) string {
	if l == "mid" {
		return "mid-level"
	}
	return l
}

func roleWord(r string) string {
	switch r {
	case "developer":
		return "backend developer"
	case "standard":
		return "software engineer"
	}
	return "backend engineer"
}

// the puts "the" before the names that take it in English.
func the(name string) string {
	switch {
	case strings.HasPrefix(name, "United "), strings.HasSuffix(name, " Republic"), strings.HasSuffix(name, " Islands"),
		name == "Netherlands", name == "Philippines", name == "Bahamas", name == "Gambia", name == "Maldives":
		return "the " + name
	}
	return name
}

func capitalise(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// num formats a number without trailing zeros.
func num(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

// grouped formats an integer with thousands separators.
func grouped(n int) string {
	s := strconv.Itoa(n)
	var b strings.Builder
	for i, d := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(d)
	}
	return b.String()
}
