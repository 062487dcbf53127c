// Package jobdesc drafts the job description for a recommended backend role
// and exports it as plain text, Markdown, HTML and schema.org JobPosting
// JSON-LD.
//
// [Draft] builds a [JobDescription] from the user's [hiring.Input], the
// [hiring.Recommendation] and a pay range ([Pay]). The sections are: title,
// about the role, responsibilities, must-have and nice-to-have skills,
// compensation, location and remote policy, and how to apply. The
// responsibilities and skills are the recommendation's, chosen from the
// tables of DistantJob's hiring guide by the role and the ticked needs and
// worded in plain English by the guide's drafting section
// (data/guide.json). The connecting prose is hirecalc's own: every
// sentence follows from the input (the company's stage, the team's size, a
// regulated industry, who owns the system design, the level), with the
// wording the guide advises (a hybrid role says plainly that it spans
// feature work and architecture; a standard title puts the level and the
// scope first).
//
// Everything the user typed (company, location, how to apply, benefits) is
// cleaned of control and bidirectional-override characters by Draft and
// escaped by every export: [JobDescription.HTML] escapes it as HTML text
// and links only http(s) URLs and e-mail addresses, [JobDescription.Markdown]
// backslash-escapes Markdown and inline HTML, and
// [JobDescription.JSONLD] is safe to paste inside a <script> element.
// [ValidateJobPosting] checks JSON-LD against the properties Google's job
// search requires and recommends.
//
// Pay: hirecalc's pay figures are estimates. A description may show an
// estimate, labelled as one, but only a range the employer set (typed, or
// hirecalc's estimate confirmed: [hiring.Input.PaySource]) is the
// posting's pay: [Salary.Source] says which, and the JSON-LD carries a
// baseSalary only then, because Google wants the employer's actual range.
// The JSON-LD never ships a placeholder: what the user has not given is
// left out and listed by [JobDescription.FillIn].
//
// The package imports only the standard library and hirecalc's hiring
// package; it never reads the clock (dates are passed in [LDOptions]).
package jobdesc

import (
	"slices"
	"strings"

	"hirecalc/app/hiring"
)

// Pay is the pay range the description shows when the employer has not
// set one in the input. The caller maps hirecalc's pay estimate to it. It
// is never the employer's range: a pay-transparency rule counts it as met
// only once the employer posts it (see [Salary.Source]).
type Pay struct {
	// Min and Max are the range in Currency per Period.
	Min, Max float64
	// Currency is the ISO 4217 code of Min and Max, upper case.
	Currency string
	// Period is "year", "month" or "hour".
	Period hiring.Period
	// Estimate is true when the range is hirecalc's estimate rather than
	// the employer's confirmed range.
	Estimate bool
	// Basis says in one sentence how the estimate was derived.
	Basis string
}

// Salary is the pay range a description shows, in structured form.
type Salary struct {
	// Min and Max are the range in Currency per Period.
	Min float64 `json:"min"`
	Max float64 `json:"max"`
	// Currency is the ISO 4217 code.
	Currency string `json:"currency"`
	// Period is the pay period.
	Period hiring.Period `json:"period"`
	// Confirmed is true when the range is the employer's: typed, or
	// hirecalc's estimate the employer chose to post (only then does the
	// JSON-LD carry a baseSalary).
	Confirmed bool `json:"confirmed"`
	// Estimate is true when the range is hirecalc's estimate, not yet
	// confirmed.
	Estimate bool `json:"estimate"`
	// Source says which: "entered" (typed by the employer), "confirmed"
	// (hirecalc's estimate, chosen by the employer as the posted range) or
	// "estimate" (hirecalc's estimate, not confirmed).
	Source hiring.PaySource `json:"source"`
	// Basis says how an estimate was derived.
	Basis string `json:"basis,omitempty"`
}

// Gap is something the user should add before posting the description.
type Gap struct {
	// Field is the query key of the input to fill in ("company").
	Field string `json:"field"`
	// Message says what to add, in plain words.
	Message string `json:"message"`
}

// Placeholders stand in for missing input in the text, Markdown and HTML
// exports, which the user edits before posting. They are bracketed so
// nobody mistakes them for real content. The JSON-LD never carries one.
const (
	// PlaceholderPay stands in for a missing pay range.
	PlaceholderPay = "[Add the pay range]"
	// PlaceholderLocation stands in for a missing office location.
	PlaceholderLocation = "[add the office location]"
	// PlaceholderApply stands in for missing application instructions.
	PlaceholderApply = "[Add how to apply: a link or an e-mail address]"
)

// Section headings, shared by every export.
const (
	headAbout        = "About the role"
	headResp         = "Responsibilities"
	headMustHave     = "Must-have skills"
	headNiceToHave   = "Nice-to-have skills"
	headCompensation = "Compensation"
	headLocation     = "Location and remote policy"
	headApply        = "How to apply"
)

// niceIntro opens the nice-to-have skills: none of them is required,
// which is what nice to have means, and saying so keeps candidates who
// lack some of them from passing the job by.
const niceIntro = "None of these is required: tell us about the ones you have."

// JobDescription is a structured job description, ready to render. Its
// user-supplied strings (Company, Location, Apply, Benefits) are cleaned
// but not escaped; every export escapes them for its format.
type JobDescription struct {
	// Role is the recommended outcome the description is worded for.
	Role hiring.Role `json:"role"`
	// Level is the seniority.
	Level hiring.Level `json:"level"`
	// Title is the title to post.
	Title string `json:"title"`
	// Company is the company name as typed, cleaned; empty when not given.
	Company string `json:"company,omitempty"`
	// About is the "About the role" section, one string a paragraph.
	About []string `json:"about"`
	// Responsibilities are the guide's responsibilities for the outcome.
	Responsibilities []string `json:"responsibilities"`
	// MustHave are the required skills, "Area: what's expected".
	MustHave []string `json:"mustHave"`
	// NiceToHave are the optional skills, in the same form.
	NiceToHave []string `json:"niceToHave"`
	// Salary is the pay range shown, nil when there is none.
	Salary *Salary `json:"salary,omitempty"`
	// Compensation is the pay sentence of the Compensation section.
	Compensation string `json:"compensation"`
	// Benefits are the benefits as typed, cleaned.
	Benefits string `json:"benefits,omitempty"`
	// Workplace is the remote, hybrid or on-site policy.
	Workplace hiring.Workplace `json:"workplace"`
	// Location is where the job is done as typed, cleaned.
	Location string `json:"location,omitempty"`
	// LocationPolicy is the sentence of the "Location and remote policy"
	// section.
	LocationPolicy string `json:"locationPolicy"`
	// Country is the upper-case ISO 3166-1 alpha-2 code of the input's
	// region when the region is a country ("US"), else empty.
	Country string `json:"country,omitempty"`
	// Apply is how to apply as typed, cleaned: a URL, an e-mail address
	// or free text.
	Apply string `json:"apply,omitempty"`
	// HowToApply is the "How to apply" section as plain text.
	HowToApply string `json:"howToApply"`
	// Missing lists what the user should add before posting, in the
	// order of the sections.
	Missing []Gap `json:"missing,omitempty"`
}

// Draft builds the job description for rec from the user's input and a pay
// range. The input's confirmed pay range (in.PayConfirmed) wins over pay;
// pay is shown only when it is a valid range, labelled as an estimate when
// pay.Estimate is true. Draft never fails: missing input becomes a
// placeholder and a [Gap] in Missing.
func Draft(in hiring.Input, rec hiring.Recommendation, pay Pay) JobDescription {
	d := JobDescription{
		Role:      rec.Role,
		Level:     rec.Level,
		Title:     clean(rec.Title),
		Company:   clean(in.Company),
		Benefits:  clean(in.Benefits),
		Workplace: in.Workplace,
		Location:  clean(in.Location),
		Country:   countryOf(in.Region),
		Apply:     clean(in.Apply),
	}
	if d.Level == "" {
		d.Level = in.Level
	}
	if d.Title == "" {
		d.Title = fallbackTitle(d.Role, d.Level)
	}
	if d.Company == "" {
		d.gap("company", "Add your company name: job boards and Google's job search require it.")
	}
	d.About = about(factsOf(in, d))
	d.Responsibilities = distinct(cleanAll(rec.Responsibilities), hiring.MaxResponsibilities)
	var must, nice []string
	for _, s := range rec.Skills {
		if s.Required {
			must = append(must, skillLine(s))
		} else {
			nice = append(nice, skillLine(s))
		}
	}
	d.MustHave = distinct(cleanAll(must), hiring.MaxMustHave)
	d.NiceToHave = distinct(cleanAll(nice), hiring.MaxNiceToHave)
	d.Salary = salaryOf(in, pay)
	d.Compensation = compensation(d.Salary)
	switch {
	case d.Salary == nil:
		d.gap("paymin", "Add the pay range: many job boards and pay-transparency laws expect it.")
	case !d.Salary.Confirmed:
		d.gap("paymin", "Confirm or edit the pay range: the figure shown is an estimate, and Google wants the employer's actual range.")
	}
	d.LocationPolicy = locationPolicy(d)
	switch {
	case d.Workplace == hiring.WorkplaceRemote && d.Location == "":
		d.gap("location", "Say where remote applicants may live (a country or region): candidates and Google's job search look for it.")
	case d.Location == "":
		d.gap("location", "Add where the office is.")
	}
	if d.Workplace == hiring.WorkplaceRemote && d.Country == "" {
		d.gap("region", "Pick the country remote applicants must live in: Google's job search needs it for remote roles.")
	}
	if !validWorkplace(d.Workplace) {
		d.gap("workplace", "Say whether the role is remote, hybrid or on site.")
	}
	d.HowToApply = applyText(d.Apply)
	if d.Apply == "" {
		d.gap("apply", "Add how to apply: a link to your application form or an e-mail address.")
	}
	return d
}

func (d *JobDescription) gap(field, msg string) {
	d.Missing = append(d.Missing, Gap{Field: field, Message: msg})
}

// distinct returns the first n distinct strings of list, in order, so
// that a list never says the same thing twice and stays short.
func distinct(list []string, n int) []string {
	out := make([]string, 0, min(len(list), n))
	for _, s := range list {
		if len(out) == n {
			break
		}
		if !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return out
}

// skillLine renders a skill: its plain-English line, or "Area: what's
// expected" for a skill without one.
func skillLine(s hiring.Skill) string {
	if s.Line != "" {
		return s.Line
	}
	area, exp := clean(s.Area), clean(s.Expected)
	switch {
	case area == "":
		return exp
	case exp == "":
		return area
	}
	return area + ": " + exp
}

// fallbackTitle is the title when the recommendation carries none.
func fallbackTitle(role hiring.Role, level hiring.Level) string {
	base := "Backend Engineer"
	switch role {
	case hiring.RoleDeveloper:
		base = "Backend Developer"
	case hiring.RoleStandard:
		base = "Software Engineer"
	}
	if l := level.Label(); l != "" {
		return l + " " + base
	}
	return base
}

// countryOf returns the upper-case alpha-2 code when region is a country
// code rather than one of the multi-country region keys.
func countryOf(region string) string {
	if len(region) != 2 {
		return ""
	}
	for i := 0; i < 2; i++ {
		if region[i] < 'a' || region[i] > 'z' {
			return ""
		}
	}
	return strings.ToUpper(region)
}

func validWorkplace(w hiring.Workplace) bool {
	switch w {
	case hiring.WorkplaceRemote, hiring.WorkplaceHybrid, hiring.WorkplaceOnsite:
		return true
	}
	return false
}

// article returns "a" or "an" for the word that follows.
func article(word string) string {
	if word != "" && strings.ContainsRune("AEIOUaeiou", rune(word[0])) {
		return "an"
	}
	return "a"
}
