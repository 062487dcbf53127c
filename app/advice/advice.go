// Package advice answers the whole hirecalc question in one call: which
// role to post, what to pay and what the job post says.
//
// [Advise] runs the engine's parts in order on one [hiring.Input]: the
// role recommendation (package hiring), the salary estimate (package pay),
// the job-description draft (package jobdesc) and the quality checks of
// that draft (package check). The web app's handlers and the command line
// both call Advise, so they always show the same answer.
//
// The package imports only the standard library and hirecalc's own
// packages, and never reads the clock: the date is passed in [Options].
package advice

import (
	"fmt"

	"hirecalc/app/check"
	"hirecalc/app/hiring"
	"hirecalc/app/jobdesc"
	"hirecalc/app/pay"
)

// Options are the facts Advise needs that the input does not hold.
type Options struct {
	// Today is the date of the answer (YYYY-MM-DD): the JSON-LD's
	// datePosted, the day pay-transparency rules are checked on, the day
	// the pay data's age is judged on and the year whose employer
	// contributions apply.
	Today string
	// ValidThrough is the last day of the posting (YYYY-MM-DD), or "".
	ValidThrough string
}

// Result is the whole answer. Its JSON form is what `hirecalc advise`
// prints.
type Result struct {
	// Input is the decoded input the answer is for.
	Input hiring.Input `json:"-"`
	// Query is Input encoded as a shareable query.
	Query string `json:"query"`
	// Problems are the input problems, empty when there are none.
	Problems []hiring.Problem `json:"problems"`

	// Role, Title, Level, Summary, Reasons and Changes repeat the
	// recommendation's essentials in plain strings.
	Role    hiring.Role  `json:"role"`
	Title   string       `json:"title"`
	Level   hiring.Level `json:"level"`
	Summary string       `json:"summary"`
	Reasons []string     `json:"reasons"`
	Changes []string     `json:"changes"`
	// Recommendation is the full recommendation (reasons with the guide's
	// words, skills, responsibilities).
	Recommendation hiring.Recommendation `json:"recommendation"`

	// Salary is every pay figure, each in its source's currency and period.
	Salary []pay.Figure `json:"salary"`
	// Pay is the estimate without its figures: the suggested range, the
	// notes, the disagreements and the local currency.
	Pay PaySummary `json:"pay"`
	// Estimate is the full salary estimate (the figures are in Salary).
	Estimate pay.Salary `json:"-"`
	// View is the estimate in the input's display currency and period,
	// with the data's age judged on Options.Today.
	View pay.View `json:"view"`
	// EmployerCost is what the hire costs the employer at the suggested
	// range's ends, by the rules of Options.Today's year.
	EmployerCost pay.Cost `json:"employerCost"`
	// Chart compares the four regions for the role and level.
	Chart pay.Chart `json:"-"`

	// JobDescription is the draft with its renderings.
	JobDescription JobDescription `json:"jobDescription"`
	// Checks are the quality checks of the draft.
	Checks Checks `json:"checks"`
}

// PaySummary is the salary estimate without its list of figures.
type PaySummary struct {
	Region        string             `json:"region"`
	RegionName    string             `json:"regionName"`
	Suggested     *pay.Suggestion    `json:"suggested,omitempty"`
	Notes         []string           `json:"notes"`
	Disagreements []pay.Disagreement `json:"disagreements"`
	Local         pay.Local          `json:"local"`
	Attribution   string             `json:"attribution,omitempty"`
}

// JobDescription is the draft and its renderings.
type JobDescription struct {
	// Title is the title to post.
	Title string `json:"title"`
	// Draft is the structured draft.
	Draft jobdesc.JobDescription `json:"draft"`
	// Text, Markdown and HTML are the draft rendered.
	Text     string `json:"text"`
	Markdown string `json:"markdown"`
	HTML     string `json:"html"`
	// JSONLD is the schema.org JobPosting, safe inside a script element.
	// It leaves out what the user has not given (see FillIn).
	JSONLD string `json:"jsonld"`
	// FillIn lists the JobPosting properties JSONLD leaves out because the
	// user has not given them, required ones first: fill them in before
	// posting. Empty when the JSON-LD is complete.
	FillIn []jobdesc.Blank `json:"fillIn"`
	// JSONLDIssues are what Google's checks would say of JSONLD; they are
	// filled by [Result.ValidateJSONLD], which the command line calls.
	JSONLDIssues []jobdesc.Issue `json:"jsonldIssues,omitempty"`
}

// Checks are the quality checks of the draft: the same report
// check.Review gives for a pasted job description.
type Checks = check.Report

// Advise answers the question for one input. It never fails: a part that
// cannot answer (for example no salary source for a country) says so in
// the result's notes or problems.
func Advise(in hiring.Input, opt Options) Result {
	r := Result{Input: in, Query: in.Query(), Problems: []hiring.Problem{}}

	rec := hiring.Recommend(in)
	r.Recommendation = rec
	r.Role, r.Title, r.Level, r.Summary = rec.Role, rec.Title, rec.Level, rec.Summary
	r.Reasons = make([]string, len(rec.Reasons))
	for i, reason := range rec.Reasons {
		r.Reasons[i] = reason.Text
	}
	r.Changes = make([]string, len(rec.Changes))
	for i, c := range rec.Changes {
		r.Changes[i] = c.Text
	}

	est, err := pay.Estimate(string(rec.Role), string(in.Level), in.Region)
	if err != nil {
		r.Problems = append(r.Problems, hiring.Problem{Field: "region", Value: in.Region,
			Message: "no salary estimate: " + err.Error()})
	}
	r.Estimate = est
	r.Salary = est.Figures
	if r.Salary == nil {
		r.Salary = []pay.Figure{}
	}
	r.Pay = PaySummary{
		Region: est.Region, RegionName: est.RegionName, Suggested: est.Suggested,
		Notes: est.Notes, Disagreements: est.Disagreements, Local: est.Local,
		Attribution: est.Attribution,
	}
	if cost, err := est.Cost(opt.Today); err == nil {
		r.EmployerCost = cost
	} else {
		r.EmployerCost = pay.Cost{Reason: "no employer cost: " + err.Error()}
	}
	if view, err := est.View(in.Currency, string(in.Period), opt.Today); err == nil {
		r.View = view
	} else {
		r.Problems = append(r.Problems, hiring.Problem{Field: "currency", Value: in.Currency,
			Message: "the figures could not be shown in " + in.Currency + ": " + err.Error()})
	}
	if chart, err := pay.Regions(string(rec.Role), string(in.Level)); err == nil {
		r.Chart = chart
	}

	draft := jobdesc.Draft(in, rec, draftPay(in, est))
	r.JobDescription = JobDescription{
		Title:    draft.Title,
		Draft:    draft,
		Text:     draft.Text(),
		Markdown: draft.Markdown(),
		HTML:     draft.HTML(),
	}
	ldOpt := jobdesc.LDOptions{DatePosted: opt.Today, ValidThrough: opt.ValidThrough, CountryName: est.RegionName}
	ld, err := draft.JSONLD(ldOpt)
	if err == nil {
		r.JobDescription.JSONLD = ld
		r.JobDescription.FillIn, _ = draft.FillIn(ldOpt) // the same options: no error
	} else {
		r.Problems = append(r.Problems, hiring.Problem{Field: "jsonld", Message: "no structured data: " + err.Error()})
	}

	r.Checks = check.Review(r.JobDescription.Text, payInput(in, draft), opt.Today)
	return r
}

// ValidateJSONLD fills JobDescription.JSONLDIssues with what Google's
// required and recommended JobPosting properties would say of the JSON-LD.
// It is a separate step because the web app does not run it: the draft's
// own list of what to add (JobDescription.Draft.Missing) covers what a user
// can act on, and leaving the validator out keeps app.wasm within its
// download budget.
func (r *Result) ValidateJSONLD() {
	r.JobDescription.JSONLDIssues = jobdesc.ValidateJobPosting([]byte(r.JobDescription.JSONLD))
}

// paySources maps where the draft's pay comes from to the check's words
// for it: only an entered or confirmed range meets a pay rule.
var paySources = map[hiring.PaySource]string{
	hiring.PayEntered:   check.PaySourceEntered,
	hiring.PayConfirmed: check.PaySourceConfirmed,
	hiring.PayEstimate:  check.PaySourceEstimate,
}

// payInput tells the pay-transparency check what the draft posts: the
// places the job can be done, the pay range it shows and whose range that
// is.
func payInput(in hiring.Input, d jobdesc.JobDescription) check.PayInput {
	p := check.PayInput{
		Where:    in.Where,
		Region:   in.Region,
		Remote:   in.Workplace == hiring.WorkplaceRemote,
		Benefits: in.Benefits != "",
	}
	if d.Salary != nil {
		p.Pay = &check.Pay{Min: d.Salary.Min, Max: d.Salary.Max, Currency: d.Salary.Currency,
			Period: string(d.Salary.Period), Offset: -1}
		p.Source = paySources[d.Salary.Source]
	}
	return p
}

// draftPay is the pay range the draft shows: the employer's confirmed
// range, else the suggested range converted to the display currency and
// period (in US dollars when the currency has no ECB rate).
func draftPay(in hiring.Input, est pay.Salary) jobdesc.Pay {
	if in.PayConfirmed() {
		return jobdesc.Pay{Min: float64(in.PayMin), Max: float64(in.PayMax),
			Currency: in.PayCurrency, Period: in.PayPeriod}
	}
	s := est.Suggested
	if s == nil {
		return jobdesc.Pay{}
	}
	p := jobdesc.Pay{Min: s.Min, Max: s.Max, Currency: s.Currency, Period: hiring.PeriodYear,
		Estimate: true, Basis: shortBasis(est, s)}
	if lo, hi, err := convertRange(s.Min, s.Max, s.Currency, in.Currency, s.Year); err == nil {
		p.Min, p.Max, p.Currency = lo, hi, in.Currency
	}
	if in.Period != hiring.PeriodYear {
		lo, errLo := pay.PerPeriod(p.Min, string(in.Period))
		hi, errHi := pay.PerPeriod(p.Max, string(in.Period))
		if errLo == nil && errHi == nil {
			p.Min, p.Max, p.Period = lo, hi, in.Period
		}
	}
	return p
}

// convertRange converts a range of a figure of year at the rate of that
// year (pay.ConvertOf), as the pay view does.
func convertRange(lo, hi float64, from, to, year string) (float64, float64, error) {
	if from == to {
		return lo, hi, nil
	}
	a, err := pay.ConvertOf(lo, from, to, year)
	if err != nil {
		return 0, 0, fmt.Errorf("advice: convert range: %w", err)
	}
	b, err := pay.ConvertOf(hi, from, to, year)
	if err != nil {
		return 0, 0, fmt.Errorf("advice: convert range: %w", err)
	}
	return a, b, nil
}

// shortBasis names the source of the suggested range in a few words, for
// the job description; the full derivation stays in the pay section.
func shortBasis(est pay.Salary, s *pay.Suggestion) string {
	for _, f := range est.Figures {
		if f.Key == s.From {
			if f.Area != "" {
				return "based on the " + f.Source + ", " + f.Area
			}
			return "based on the " + f.Source
		}
	}
	return "hirecalc's suggested range"
}
