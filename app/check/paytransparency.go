package check

import (
	"fmt"
	"slices"
	"strings"

	"hirecalc/data"
)

// PayInput is what the pay-transparency check needs to know about a
// posting.
type PayInput struct {
	// Where lists the jurisdictions where the job can be done, as ids of
	// data/pay-transparency.json in any case ("us-co", "eu"). Empty means:
	// infer them from Region.
	Where []string `json:"where"`
	// Region is hirecalc's region key ("us", "weu", "eeu", "latam") or a
	// lower-case ISO 3166-1 alpha-2 country code, used when Where is empty.
	Region string `json:"region"`
	// Remote is true when the job can be done remotely; a remote job in the
	// United States can be done from any state.
	Remote bool `json:"remote"`
	// Text is the posting, searched for pay, benefits, other compensation
	// and an application close date.
	Text string `json:"text"`
	// Pay is the pay the posting shows, given by the caller; nil means:
	// use the pay found in Text.
	Pay *Pay `json:"pay,omitempty"`
	// Source says where Pay comes from: PaySourceEntered (the default),
	// PaySourceConfirmed or PaySourceEstimate. Only the employer's own
	// range meets a pay rule: hirecalc's estimate meets one only once the
	// employer posts it, and until then the requirement's status is
	// RequirementIfPosted.
	Source string `json:"source,omitempty"`
	// Benefits is true when the employer described the benefits; otherwise
	// they are looked for in Text.
	Benefits bool `json:"benefits"`
}

// The sources of the pay of a [PayInput] and a [PayResult].
const (
	// PaySourceEntered: the employer typed the range.
	PaySourceEntered = "entered"
	// PaySourceConfirmed: the employer chose hirecalc's estimate as the
	// posted range.
	PaySourceConfirmed = "confirmed"
	// PaySourceEstimate: hirecalc's estimate, which the employer has not
	// confirmed.
	PaySourceEstimate = "estimate"
)

// The statuses of a [Requirement].
const (
	// RequirementMet: the posting meets the requirement.
	RequirementMet = "met"
	// RequirementMissing: the posting does not; Fix says what to add.
	RequirementMissing = "missing"
	// RequirementElsewhere: the posting does not, but the rule also
	// accepts meeting it outside the posting (before the interview).
	RequirementElsewhere = "elsewhere"
	// RequirementUnchecked: hirecalc cannot tell (for example a range
	// limit in another currency); Fix says why.
	RequirementUnchecked = "unchecked"
	// RequirementNotYet: the requirement starts after the date checked.
	RequirementNotYet = "not yet"
	// RequirementIfPosted: the pay shown is hirecalc's estimate; the
	// requirement is met only if the employer posts this estimate as its
	// range (or enters its own).
	RequirementIfPosted = "met only if posted"
)

// Requirement is one requirement of a rule and whether the posting meets
// it.
type Requirement struct {
	// Kind is the kind of check ([data.CheckPay], [data.CheckRange], ...).
	Kind string `json:"kind"`
	// Label names the kind in plain words ("Pay range").
	Label string `json:"label"`
	// Rule is what the rule asks, in the table's words.
	Rule string `json:"rule"`
	// Status is one of the Requirement constants.
	Status string `json:"status"`
	// Satisfied is true when Status is [RequirementMet].
	Satisfied bool `json:"satisfied"`
	// Found says what hirecalc found in the posting, if anything.
	Found string `json:"found,omitempty"`
	// Fix says what to add or change; empty when met.
	Fix string `json:"fix,omitempty"`
}

// RuleResult is one jurisdiction's rule applied to the posting.
type RuleResult struct {
	// ID is the jurisdiction's id in lower case ("us-nyc").
	ID   string `json:"id"`
	Name string `json:"name"`
	// Law names the law, or is empty when the table names none.
	Law string `json:"law"`
	// InForce is the date the rule takes effect; InForceToday reports
	// whether it has on the date checked.
	InForce      string `json:"in_force"`
	InForceToday bool   `json:"in_force_today"`
	// Employers says which employers the rule covers.
	Employers string `json:"employers"`
	// Why says why the rule is checked (chosen by the user, or inferred
	// from the region).
	Why string `json:"why"`
	// Requirements are the rule's requirements, checked.
	Requirements []Requirement `json:"requirements"`
	// Satisfied is true when no requirement is missing and none is met
	// only if the estimate is posted.
	Satisfied bool `json:"satisfied"`
	// IfPosted is true when no requirement is missing but some are met
	// only if the employer posts hirecalc's estimate as its range.
	IfPosted bool `json:"if_posted,omitempty"`
	// Notes are the table's notes on the rule.
	Notes string `json:"notes,omitempty"`
	// Sources are the addresses the rule was summarised from.
	Sources []string `json:"sources"`
}

// PayResult is the pay-transparency check of a posting.
type PayResult struct {
	// Disclaimer says the check is not legal advice.
	Disclaimer string `json:"disclaimer"`
	// AsOf is the date of hirecalc's table of rules.
	AsOf string `json:"as_of"`
	// Today is the date the rules were checked for.
	Today string `json:"today"`
	// Where lists the jurisdictions checked, in lower case.
	Where []string `json:"where"`
	// Inferred is true when Where was inferred from the region.
	Inferred bool `json:"inferred"`
	// Pay is the pay checked: the caller's, else the one found in the
	// posting that looks most like pay; nil when there is none.
	Pay *Pay `json:"pay"`
	// PaySource says where Pay comes from: "entered" (typed by the
	// employer), "confirmed" (hirecalc's estimate, chosen by the employer
	// as the posted range), "estimate" (hirecalc's estimate, not
	// confirmed: a pay rule is then met only if the employer posts it),
	// or "" for pay found in the posting's text and when there is none.
	PaySource string `json:"pay_source,omitempty"`
	// Found are all pay figures found in the posting.
	Found []Pay `json:"found"`
	// NotPay are the amounts of money found in the posting that are not
	// pay (a stipend, a bonus, funding, a single figure without a pay
	// word), each with what it is; they never meet a pay rule.
	NotPay []Pay `json:"not_pay"`
	// Benefits, OtherCompensation and CloseDate report what the posting
	// mentions (see [PayTransparency]).
	Benefits          bool `json:"benefits"`
	OtherCompensation bool `json:"other_compensation"`
	CloseDate         bool `json:"close_date"`
	// Rules are the rules checked, in the table's order.
	Rules []RuleResult `json:"rules"`
	// Satisfied is true when no rule in force misses a requirement.
	Satisfied bool `json:"satisfied"`
	// Summary says the outcome in a sentence.
	Summary string `json:"summary"`
	// Notes explain how the jurisdictions were chosen and what the table
	// leaves out.
	Notes []string `json:"notes"`
	// Problems are input hirecalc could not use (an unknown jurisdiction,
	// a bad date).
	Problems []string `json:"problems"`
}

// euMembers are the ISO 3166-1 alpha-2 codes of the EU's member states.
var euMembers = []string{
	"at", "be", "bg", "hr", "cy", "cz", "dk", "ee", "fi", "fr", "de", "gr", "hu", "ie",
	"it", "lv", "lt", "lu", "mt", "nl", "pl", "pt", "ro", "sk", "si", "es", "se",
}

// The words that show benefits, other compensation and a close date, in
// the order a regular expression \b(a|b|...)\b would try them (see
// [phrases]).
var (
	benefitsPattern = newPhrases(append(append([]string{"benefits", "benefit", "healthcare", "health insurance",
		"health plan", "health coverage", "medical", "dental", "vision"}, phrases401k()...),
		"pension", "retirement", "paid time off", "pto", "paid holidays", "paid leave", "paid vacation", "vacation",
		"annual leave", "parental leave", "life insurance", "insurance")...)
	otherCompPattern = newPhrases("bonuses", "bonus", "commissions", "commission", "equity", "stock", "rsus", "rsu",
		"stock options", "share options", "incentives", "incentive", "profit-sharing", "profit sharing", "sign-on",
		"sign on", "signing bonus", "allowances", "allowance", "stipends", "stipend", "other compensation", "overtime")
	closeDatePattern = newPhrases(append(append([]string{"apply by"}, phrasesApplications()...),
		"closing date", "close date", "deadline", "open until", "accepting applications until",
		"accepting applications through", "posting closes", "posting ends", "posting expires", "expected to close")...)
)

// phrases401k spells out 401\s?\(?k\)? ("401(k)", "401 k", "401k").
func phrases401k() []string {
	var out []string
	for _, ws := range []string{" ", "\t", "\n", "\f", "\r", ""} {
		out = append(out, "401"+ws+"(k)", "401"+ws+"(k", "401"+ws+"k)", "401"+ws+"k")
	}
	return out
}

// phrasesApplications spells out applications? (close|closes|...).
func phrasesApplications() []string {
	var out []string
	for _, a := range []string{"applications", "application"} {
		for _, v := range []string{"close", "closes", "closing", "deadline", "due", "are accepted until", "accepted until", "open until"} {
			out = append(out, a+" "+v)
		}
	}
	return out
}

// firstMatch returns the first match of p in text, or "".
func firstMatch(p *phrases, text string) string {
	return p.first(text)
}

// jurisdictions returns the rules to check, why each applies, and notes.
func jurisdictions(in PayInput, table data.PayTransparency) (ids []string, why map[string]string, inferred bool, notes, problems []string) {
	why = map[string]string{}
	if len(in.Where) > 0 {
		for _, w := range in.Where {
			id := strings.ToLower(strings.TrimSpace(w))
			if _, ok := table.Rule(id); !ok {
				var known []string
				for _, r := range table.Jurisdictions {
					known = append(known, strings.ToLower(r.ID))
				}
				problems = append(problems, fmt.Sprintf("%q is not a jurisdiction of hirecalc's table; choose from %s.", w, strings.Join(known, ", ")))
				continue
			}
			if !slices.Contains(ids, id) {
				ids = append(ids, id)
				why[id] = "You chose it as a place where the job can be done."
			}
		}
		return ids, why, false, notes, problems
	}
	region := strings.ToLower(strings.TrimSpace(in.Region))
	add := func(id, reason string) {
		if !slices.Contains(ids, id) {
			ids = append(ids, id)
			why[id] = reason
		}
	}
	switch {
	case region == "":
		notes = append(notes, "No place was given: choose where the job can be done to check the rules that apply.")
	case region == "us" && in.Remote:
		for _, r := range table.Jurisdictions {
			if strings.HasPrefix(r.ID, "US-") {
				add(strings.ToLower(r.ID), "A remote job in the United States can be done from "+r.Name+".")
			}
		}
		notes = append(notes, "For a remote job in the United States hirecalc checks every US rule in its table; choose the states where the job can be done to check fewer.")
	case region == "us":
		notes = append(notes, "Choose the states (or New York City) where the job is done: hirecalc cannot tell them from \"United States\". A remote job would fall under every US rule in the table.")
	case region == "ca":
		notes = append(notes, "Ontario's rule is checked only if you choose Ontario (ca-on) as a place where the job is done.")
	case region == "pl":
		add("pl", "The job is done in Poland.")
		add("eu", "Poland is a member state of the European Union.")
	case slices.Contains(euMembers, region):
		add("eu", "The country is a member state of the European Union.")
	case region == "weu" || region == "eeu":
		add("eu", "The region includes member states of the European Union; the EU rule applies where the job is done in one.")
		if region == "eeu" {
			notes = append(notes, "Poland has its own rule: choose Poland (pl) if the job is done there.")
		}
	case region == "latam" || region == "mx" || region == "ar" || region == "br":
		notes = append(notes, "hirecalc's table: Mexico, Argentina and Brazil: no job-posting pay-range mandate was found.")
	default:
		notes = append(notes, fmt.Sprintf("hirecalc's table has no rule for %q; that does not mean there is none.", in.Region))
	}
	return ids, why, len(ids) > 0, notes, problems
}

// PayTransparency checks a posting against the pay-transparency rules of
// the places where the job can be done (data/pay-transparency.json), on the
// date today (YYYY-MM-DD; the table's date when today is not a date).
//
// The places are in.Where, or when it is empty they are inferred from
// in.Region: a remote job in the United States falls under every US rule
// of the table (and a job done in the US but not remote under none until
// states are chosen); Poland under Poland's rule and the EU's; another EU
// member state, or the regions "weu" and "eeu", under the EU's; Canada
// under none unless Ontario is chosen; Mexico, Argentina, Brazil and
// "latam" under none (the table found no mandate).
//
// Each rule's requirements are checked against the pay (in.Pay, else the
// figure of [FindPay] that looks most like pay: a range before an
// open-ended figure before a single one; amounts that are not pay, such as
// a stipend, a bonus or funding, are listed in NotPay and never count) and
// against words found in
// in.Text: benefits ("benefits", "health insurance", "401(k)", "paid time
// off", ...), other compensation ("bonus", "commission", "equity",
// "stock", ...) and an application close date ("apply by", "closing
// date", "deadline", ...). A range needs a minimum and a maximum: a single
// figure found in the posting never counts (a fixed pay the employer gave
// counts as both), nor do "up to" and "from" ranges. Ontario's
// width limit is checked only for a range in CAD, or in "$" (taken as CAD
// for Ontario, and said so); a monthly range is made yearly by 12, an
// hourly, daily or weekly one is not checked. The words found are a heuristic: the result
// is not legal advice, and says so.
func PayTransparency(in PayInput, today string) PayResult {
	table := data.MustPayTransparency()
	found, notPay := findMoney(in.Text)
	res := PayResult{
		Disclaimer: "Not legal advice: hirecalc summarises secondary sources as of " + table.AsOf +
			" and checks the posting's words with simple rules. Check each rule's sources, or ask an employment lawyer.",
		AsOf:     table.AsOf,
		Today:    today,
		Found:    found,
		NotPay:   notPay,
		Rules:    []RuleResult{},
		Notes:    []string{},
		Problems: []string{},
	}
	if len(today) != 10 || today[4] != '-' || today[7] != '-' || strings.Trim(today[:4]+today[5:7]+today[8:], "0123456789") != "" {
		res.Problems = append(res.Problems, fmt.Sprintf("The date %q is not YYYY-MM-DD; the rules were checked as of the table's date, %s.", today, table.AsOf))
		res.Today = table.AsOf
	}
	res.Pay = in.Pay
	switch {
	case res.Pay != nil && in.Source == PaySourceConfirmed, res.Pay != nil && in.Source == PaySourceEstimate:
		res.PaySource = in.Source
	case res.Pay != nil:
		res.PaySource = PaySourceEntered
	default:
		res.Pay = mainPay(res.Found)
	}
	benefits := firstMatch(benefitsPattern, in.Text)
	otherComp := firstMatch(otherCompPattern, in.Text)
	closeDate := firstMatch(closeDatePattern, in.Text)
	res.Benefits = in.Benefits || benefits != ""
	res.OtherCompensation = otherComp != ""
	res.CloseDate = closeDate != ""

	ids, why, inferred, notes, problems := jurisdictions(in, table)
	res.Where, res.Inferred = ids, inferred
	if res.Where == nil {
		res.Where = []string{}
	}
	res.Notes = append(res.Notes, notes...)
	res.Problems = append(res.Problems, problems...)

	facts := postingFacts{pay: res.Pay, source: res.PaySource, benefits: res.Benefits, benefitsWord: benefits, otherComp: otherComp, closeDate: closeDate, byEmployer: in.Benefits}
	res.Satisfied = true
	missing, ifPosted, rulesInForce := 0, 0, 0
	for _, rule := range table.Jurisdictions {
		id := strings.ToLower(rule.ID)
		if !slices.Contains(ids, id) {
			continue
		}
		rr := RuleResult{
			ID: id, Name: rule.Name, Law: rule.Law, InForce: rule.InForce,
			InForceToday: res.Today >= rule.InForce, Employers: rule.Employers, Why: why[id],
			Notes: rule.Notes, Sources: rule.Sources, Requirements: []Requirement{}, Satisfied: true,
		}
		pending := false
		for _, c := range rule.Checks {
			req := facts.check(rule, c, res.Today)
			switch req.Status {
			case RequirementMissing:
				rr.Satisfied = false
			case RequirementIfPosted:
				pending = true
			}
			rr.Requirements = append(rr.Requirements, req)
		}
		if pending && rr.Satisfied {
			rr.Satisfied, rr.IfPosted = false, true
		}
		if rr.InForceToday {
			rulesInForce++
			if !rr.Satisfied {
				res.Satisfied = false
				for _, r := range rr.Requirements {
					switch r.Status {
					case RequirementMissing:
						missing++
					case RequirementIfPosted:
						ifPosted++
					}
				}
			}
		}
		res.Rules = append(res.Rules, rr)
	}
	switch {
	case len(res.Rules) == 0:
		res.Summary = "No rule of hirecalc's table was checked."
	case rulesInForce == 0:
		res.Summary = fmt.Sprintf("%s checked; none is in force on %s yet.", plural(len(res.Rules), "rule", "rules"), res.Today)
	case res.Satisfied:
		res.Summary = fmt.Sprintf("The posting meets what hirecalc can check of the %s in force.", plural(rulesInForce, "rule", "rules"))
	case missing == 0:
		rules := "the rule in force is"
		if rulesInForce > 1 {
			rules = fmt.Sprintf("the %d rules in force are", rulesInForce)
		}
		res.Summary = "The pay shown is hirecalc's estimate: " + rules + " met only if the employer posts this estimate as its range, or enters its own."
	case ifPosted > 0:
		res.Summary = fmt.Sprintf("%s missing under the %s in force, and the pay requirements are met only if the employer posts hirecalc's estimate as its range.",
			plural(missing, "requirement is", "requirements are"), plural(rulesInForce, "rule", "rules"))
	default:
		res.Summary = fmt.Sprintf("%s missing under the %s in force.", plural(missing, "requirement is", "requirements are"), plural(rulesInForce, "rule", "rules"))
	}
	return res
}

// plural writes n with the singular or plural noun ("1 rule", "2 rules").
func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprint(n, " ", many)
}

// postingFacts are what the posting says, as far as the checks are
// concerned.
type postingFacts struct {
	pay          *Pay
	source       string // PayResult.PaySource
	benefits     bool
	benefitsWord string
	byEmployer   bool
	otherComp    string
	closeDate    string
}

// requirementLabels name the kinds of requirement in plain words.
var requirementLabels = map[string]string{
	data.CheckPay:               "Pay",
	data.CheckRange:             "Pay range (minimum and maximum)",
	data.CheckBenefits:          "Benefits",
	data.CheckOtherCompensation: "Other compensation",
	data.CheckCloseDate:         "Application close date",
	data.CheckMaxWidth:          "Range width",
}

// check applies one requirement of a rule.
func (f postingFacts) check(rule data.PayRule, c data.PayCheck, today string) Requirement {
	req := Requirement{Kind: c.Kind, Label: requirementLabels[c.Kind], Rule: c.Basis}
	met := func(found string) Requirement {
		req.Status, req.Satisfied, req.Found = RequirementMet, true, found
		return req
	}
	// payMet is met for a requirement on the pay itself: only if the
	// employer posts it when the pay is hirecalc's estimate.
	payMet := func(found string) Requirement {
		if f.source != PaySourceEstimate {
			return met(found)
		}
		req.Status, req.Found = RequirementIfPosted, found
		req.Fix = "The pay is hirecalc's estimate: confirm it as your range (“Use this range in the posting”) or enter your own."
		return req
	}
	missing := func(fix string) Requirement {
		req.Status, req.Fix = RequirementMissing, fix
		return req
	}
	if c.From != "" && today < c.From {
		req.Status = RequirementNotYet
		req.Fix = fmt.Sprintf("Required from %s.", c.From)
		return req
	}
	switch c.Kind {
	case data.CheckPay:
		if f.pay != nil {
			return payMet(describePay(f.pay, f.source))
		}
		if c.BeforeInterview {
			req.Status = RequirementElsewhere
			req.Fix = fmt.Sprintf("Add the pay or its range to the posting, or give it to candidates before the first interview: %s accepts either.", rule.Name)
			return req
		}
		return missing(fmt.Sprintf("Add the pay or pay range: %s requires \"%s\".", rule.Name, c.Basis))
	case data.CheckRange:
		switch {
		case f.pay == nil:
			return missing(fmt.Sprintf("Add the pay range with its minimum and maximum: %s requires \"%s\".", rule.Name, c.Basis))
		case f.pay.OpenEnded():
			return missing(fmt.Sprintf("Replace the open-ended %q with a minimum and a maximum: %s requires \"%s\".", payText(f.pay), rule.Name, c.Basis))
		case f.pay.Single:
			return missing(fmt.Sprintf("Only one figure was found, %q: give the minimum and the maximum (for a fixed pay, the same figure twice): %s requires \"%s\".", payText(f.pay), rule.Name, c.Basis))
		case f.pay.Fixed():
			return payMet(describePay(f.pay, f.source) + " (a single figure counts as both the minimum and the maximum)")
		}
		return payMet(describePay(f.pay, f.source))
	case data.CheckBenefits:
		if f.benefits {
			if f.byEmployer && f.benefitsWord == "" {
				return met("benefits described by the employer")
			}
			return met(fmt.Sprintf("mentions %q", f.benefitsWord))
		}
		return missing(fmt.Sprintf("Add a general description of the benefits (for example health insurance, paid time off, retirement plan): %s requires \"%s\".", rule.Name, c.Basis))
	case data.CheckOtherCompensation:
		if f.otherComp != "" {
			return met(fmt.Sprintf("mentions %q", f.otherComp))
		}
		return missing(fmt.Sprintf("Add a general description of bonuses, commissions or other compensation: %s requires \"%s\".", rule.Name, c.Basis))
	case data.CheckCloseDate:
		if f.closeDate != "" {
			return met(fmt.Sprintf("mentions %q", f.closeDate))
		}
		return missing(fmt.Sprintf("Add the date applications are expected to close (for example \"Apply by 31 January 2027\"): %s requires \"%s\".", rule.Name, c.Basis))
	case data.CheckMaxWidth:
		r := f.checkWidth(rule, c, req)
		if r.Status == RequirementMet {
			r = payMet(r.Found)
		}
		return r
	}
	req.Status = RequirementUnchecked
	req.Fix = "hirecalc cannot check this requirement."
	return req
}

// checkWidth applies a range-width limit such as Ontario's.
func (f postingFacts) checkWidth(rule data.PayRule, c data.PayCheck, req Requirement) Requirement {
	unchecked := func(why string) Requirement {
		req.Status, req.Fix = RequirementUnchecked, why
		return req
	}
	p := f.pay
	if p == nil || p.OpenEnded() {
		return unchecked("The width of the range cannot be checked without a minimum and a maximum.")
	}
	assumed := ""
	switch {
	case p.Currency == c.Currency:
	case p.Currency == "" && p.Symbol == "$":
		assumed = fmt.Sprintf(" (\"$\" taken as %s)", c.Currency)
	default:
		cur := p.Currency
		if cur == "" {
			cur = "an unknown currency"
		}
		return unchecked(fmt.Sprintf("The range is in %s; %s's limit is in %s: convert the range to check it.", cur, rule.Name, c.Currency))
	}
	lo, hi, per := p.Min, p.Max, ""
	switch p.Period {
	case "hour", "day", "week":
		return unchecked(fmt.Sprintf("The range is %sly; hirecalc checks %s's limit on yearly pay only.", strings.Replace(p.Period, "day", "dai", 1), rule.Name))
	case "month":
		lo, hi, per = lo*12, hi*12, " a year (12 months)"
	}
	width := hi - lo
	found := fmt.Sprintf("%s %s wide, top %s %s%s%s", c.Currency, groupThousands(width), c.Currency, groupThousands(hi), per, assumed)
	switch {
	case c.ExemptAbove > 0 && hi > c.ExemptAbove:
		req.Status, req.Satisfied = RequirementMet, true
		req.Found = found + fmt.Sprintf("; the limit does not apply above %s %s", c.Currency, groupThousands(c.ExemptAbove))
	case width <= c.MaxWidth:
		req.Status, req.Satisfied, req.Found = RequirementMet, true, found
	default:
		req.Status, req.Found = RequirementMissing, found
		req.Fix = fmt.Sprintf("Narrow the range to at most %s %s (it is %s %s wide): %s: \"%s\".",
			c.Currency, groupThousands(c.MaxWidth), c.Currency, groupThousands(width), rule.Name, c.Basis)
	}
	return req
}

// payText is the pay as written, or in plain words when given by the
// employer.
func payText(p *Pay) string {
	if p.Text != "" {
		return p.Text
	}
	return p.String()
}

// describePay says what pay was found and where it came from: source is a
// PayResult.PaySource. Only the employer's own range is said to be given
// by the employer.
func describePay(p *Pay, source string) string {
	switch {
	case source == PaySourceEstimate:
		return p.String() + " (hirecalc's estimate, not yet the employer's range)"
	case source == PaySourceConfirmed:
		return p.String() + " (hirecalc's estimate, which the employer chose to post)"
	case p.Offset < 0 || p.Text == "":
		return p.String() + " (given by the employer)"
	}
	return fmt.Sprintf("%q (%s)", p.Text, p.String())
}
