package jobdesc

import (
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"hirecalc/app/hiring"
)

// Wording choices (wording_test.go measures the word counts, sentence
// lengths, reading ease and gender-coding scores of the drafts over the
// whole input grid, and a table test lists per input what must and must
// not be said):
//
//   - Every sentence follows from the input. The opening paragraph says
//     the company's stage, the size of the team (a first engineer is told
//     so, and promised no team to learn from) and a regulated industry;
//     the second says who owns the system design (when nobody does, that
//     this hire sets it, or agrees it with the other engineers); the
//     third the scope of the level. Nothing is said of what the input
//     does not hold: no workplace in the prose (the location section says
//     it), no work that was not ticked.
//   - The responsibilities and skills are the recommendation's, in the
//     plain wording of the guide's drafting section (data/guide.json).
//   - The prose avoids masculine-coded stems (lead, decision,
//     independent, challenge, driven, ...) and uses plain collaborative
//     words (work together, share, support), so that no draft is
//     masculine-coded in gender-decoder's sense.
//   - Sentences are short (mostly 8 to 16 words) and words plain, so
//     that the Flesch reading ease stays well above 30 ("difficult"
//     starts there) with the technical skill lines included.

// facts are what the prose may say about the company and the role,
// taken from the input and the recommendation.
type facts struct {
	role      hiring.Role
	level     hiring.Level
	title     string
	company   string
	stage     hiring.Stage
	team      int
	regulated bool
	owner     bool
	// features and system report whether feature-level and system-level
	// needs were ticked.
	features, system bool
}

func factsOf(in hiring.Input, d JobDescription) facts {
	f := facts{role: d.Role, level: d.Level, title: d.Title, company: d.Company,
		stage: in.Stage, team: max(in.Team, 0), regulated: in.Regulated, owner: in.Owner}
	for _, n := range in.Needs {
		if !slices.Contains(hiring.Needs, n) {
			continue
		}
		if n.SystemLevel() {
			f.system = true
		} else {
			f.features = true
		}
	}
	return f
}

// senior reports whether the level owns its work rather than helping
// with it.
func (f facts) senior() bool { return f.level != hiring.LevelJunior && f.level != hiring.LevelMid }

// first reports whether the hire is the team's first engineer.
func (f facts) first() bool { return f.team == 0 }

// about returns the "About the role" paragraphs.
func about(f facts) []string {
	p := []string{opening(f)}
	p = append(p, roleParagraph(f))
	if s := levelScope(f); s != "" {
		p = append(p, s)
	}
	if f.first() {
		p = append(p, "You will work closely with the people who run the company, and share what you learn.")
	} else {
		p = append(p, "You will join a team that works closely together. "+
			"We review each other's code, share what we learn and support each other.")
	}
	return p
}

// opening is the first paragraph: who is hiring, the company's stage,
// the team's size and a regulated industry.
func opening(f facts) string {
	who := "We are hiring"
	if f.company != "" {
		who = f.company + " is hiring"
	}
	s := who + " " + article(f.title) + " " + f.title + "."
	team := " with " + engineers(f.team)
	switch {
	case f.first():
		team = ", and you will be our first engineer"
	case f.team == 1:
		team = " with one engineer so far"
	}
	if stage := stagePhrase(f.stage); stage != "" {
		s += " We are " + stage + team + "."
	} else if f.first() {
		s += " You will be our first engineer."
	} else {
		s += " Our team has " + engineers(f.team) + "."
	}
	if f.regulated {
		s += " We work in a regulated industry. Security and compliance are part of the daily work."
	}
	return s
}

// stagePhrase names the company's stage after "We are".
func stagePhrase(s hiring.Stage) string {
	switch s {
	case hiring.StageStartup:
		return "a startup"
	case hiring.StageScaleup:
		return "a growing startup"
	case hiring.StageMidsize:
		return "a mid-size company"
	case hiring.StageEnterprise:
		return "an established company"
	case hiring.StageBigTech:
		return "a large tech company"
	}
	return ""
}

// engineers writes a number of engineers: "8 engineers", "5,000
// engineers".
func engineers(n int) string {
	if n == 1 {
		return "one engineer"
	}
	return group(strconv.Itoa(n)) + " engineers"
}

// others names the engineers already on the team, after "with".
func (f facts) others() string {
	if f.team == 1 {
		return "our other engineer"
	}
	return "the other engineers"
}

// roleParagraph says what the role is and who owns the system design.
func roleParagraph(f facts) string {
	help := ""
	if !f.senior() {
		help = "help "
	}
	switch f.role {
	case hiring.RoleDeveloper:
		s := "You will build and maintain the server-side code behind our product."
		if f.features {
			s += " You will turn product plans into working features."
		}
		switch {
		case f.owner:
			s += " An engineer or architect already owns the system design. You will build within it."
		case f.first():
			s += " As our first engineer, you will also make the first choices about how the backend is built."
		default:
			s += " Nobody owns the overall system design yet. You will agree design choices with " + f.others() + " as you build."
		}
		return s + " We plan work together, so you will know why each change matters to our users."
	case hiring.RoleHybrid:
		var s string
		switch {
		case f.features && f.system:
			s = "This role spans feature work and system design, and we want to say so plainly."
		case f.features:
			s = "This role spans feature work and the first design choices, and we want to say so plainly."
		default:
			s = "This role spans writing code and shaping the system design, and we want to say so plainly."
		}
		if f.first() {
			s += " As our first engineer, you will shape the design and build on it."
		} else {
			s += " Nobody owns the design yet, so you will " + help + "shape it as you build."
		}
		return s + " One week you may plan how a service fits together. The next, you may write its code. " +
			"The title matters less than the work, and the work is both."
	case hiring.RoleStandard:
		s := "We use standard titles across engineering. The level and the scope tell you more than the title does."
		switch {
		case f.owner && f.system:
			s += " An engineer or architect already owns the overall design. You will work on the system alongside them."
		case f.owner:
			s += " An engineer or architect already owns the overall design. You will build within it."
		case f.first():
			s += " As the first engineer here, you will also make the first design choices."
		case f.system:
			s += " Nobody owns the design of this area yet, so you will " + help + "set its direction."
		default:
			s += " Nobody owns the design of this area yet. You will agree design choices with " + f.others() + " as you build."
		}
		return s + " The sections below list the work and the skills we look for."
	}
	// hiring.RoleEngineer, and anything unknown: the engineer wording.
	s := "You will look after our backend as a whole system, not just single features."
	switch {
	case f.owner:
		s += " An engineer or architect already owns the overall design. You will work on the system alongside them."
	case f.first():
		s += " As our first engineer, you will design the system from the ground up."
	case f.senior():
		s += " Nobody owns the system design yet, so you will set its direction."
	default:
		s += " Nobody owns the system design yet, so you will help set its direction with the team."
	}
	if f.first() {
		return s + " You will write down your plans, so the engineers who join later can build on them."
	}
	return s + " You will write down your plans and share them, so everyone can build on them."
}

// levelScope describes the scope of the level, which the guide says
// matters more than the title where titles are standardised. It promises
// no team to learn from or to help when there is none.
func levelScope(f facts) string {
	switch f.level {
	case hiring.LevelJunior:
		if f.first() {
			return "This is an early-career role. There is no engineering team yet, so you will learn by doing."
		}
		return "This is an early-career role. You will start with well-scoped tasks and learn from the engineers around you."
	case hiring.LevelMid:
		if f.first() {
			return "This is a mid-level role. You will take work from plan to release on your own."
		}
		return "This is a mid-level role. You will take work from plan to release, and ask for help when you need it."
	case hiring.LevelSenior:
		if f.first() {
			return "This is a senior role. You will take large pieces of work from plan to release, and set up how we build software."
		}
		return "This is a senior role. You will take large pieces of work from plan to release, and help other engineers grow."
	case hiring.LevelStaff:
		switch {
		case f.first():
			return "This is a staff-level role. You will shape how we build software as the company grows."
		case f.team >= 50:
			return "This is a staff-level role. You will shape technical direction across teams and help other engineers grow."
		}
		return "This is a staff-level role. You will shape our technical direction and help other engineers grow."
	}
	return ""
}

// salaryOf picks the range to show: the employer's range from the input
// (typed, or hirecalc's estimate the employer confirmed), else a valid pay
// range, which is never the employer's, else none.
func salaryOf(in hiring.Input, pay Pay) *Salary {
	if in.PayConfirmed() {
		period := in.PayPeriod
		if period == "" {
			period = in.Period
		}
		return &Salary{
			Min:       float64(in.PayMin),
			Max:       float64(in.PayMax),
			Currency:  strings.ToUpper(clean(in.PayCurrency)),
			Period:    period,
			Confirmed: true,
			Source:    in.PaySource(),
		}
	}
	finite := func(f float64) bool { return !math.IsNaN(f) && !math.IsInf(f, 0) }
	if !finite(pay.Min) || !finite(pay.Max) || pay.Min <= 0 || pay.Max < pay.Min {
		return nil
	}
	cur := strings.ToUpper(clean(pay.Currency))
	if cur == "" {
		return nil
	}
	return &Salary{
		Min:      pay.Min,
		Max:      pay.Max,
		Currency: cur,
		Period:   pay.Period,
		Estimate: pay.Estimate,
		Source:   hiring.PayEstimate, // not the employer's, whatever its label
		Basis:    clean(pay.Basis),
	}
}

// compensation is the pay sentence: "$130,000 – $175,000 per year."
func compensation(s *Salary) string {
	if s == nil {
		return PlaceholderPay
	}
	var b strings.Builder
	b.WriteString(money(s.Min, s.Currency))
	if s.Max != s.Min {
		b.WriteString(" – ")
		b.WriteString(money(s.Max, s.Currency))
	}
	switch s.Period {
	case hiring.PeriodYear, hiring.PeriodMonth, hiring.PeriodHour:
		b.WriteString(" per ")
		b.WriteString(string(s.Period))
	}
	if s.Estimate {
		b.WriteString(" (estimate")
		if basis := strings.TrimRight(s.Basis, ". "); basis != "" {
			b.WriteString(": ")
			b.WriteString(basis)
		}
		b.WriteString("; confirm before posting)")
	}
	b.WriteString(".")
	return b.String()
}

// money formats an amount with its currency: "$130,000", "€55,000",
// "PLN 9,000", "$59.50".
func money(v float64, currency string) string {
	var prefix string
	switch currency {
	case "USD":
		prefix = "$"
	case "EUR":
		prefix = "€"
	case "GBP":
		prefix = "£"
	default:
		prefix = currency + " "
	}
	var num string
	if v >= 1000 || v == math.Trunc(v) {
		num = group(strconv.FormatFloat(math.Round(v), 'f', 0, 64))
	} else {
		num = strconv.FormatFloat(v, 'f', 2, 64)
	}
	return prefix + num
}

// group inserts thousands separators into a string of digits.
func group(digits string) string {
	if len(digits) <= 3 {
		return digits
	}
	var b strings.Builder
	head := len(digits) % 3
	if head > 0 {
		b.WriteString(digits[:head])
	}
	for i := head; i < len(digits); i += 3 {
		if b.Len() > 0 {
			b.WriteByte(',')
		}
		b.WriteString(digits[i : i+3])
	}
	return b.String()
}

// locationPolicy is the sentence of the "Location and remote policy"
// section, with a placeholder for what is missing.
func locationPolicy(d JobDescription) string { return locationText(d, true) }

// locationText is the location sentence; without placeholders it leaves
// out the office's town when there is none, and is "" when nothing is
// known.
func locationText(d JobDescription, placeholders bool) string {
	in := " in " + d.Location
	switch {
	case d.Location != "":
	case placeholders:
		in = " in " + PlaceholderLocation
	default:
		in = ""
	}
	switch d.Workplace {
	case hiring.WorkplaceRemote:
		if d.Location == "" {
			return "This role is fully remote."
		}
		return "This role is fully remote. Location: " + d.Location + "."
	case hiring.WorkplaceHybrid:
		return "This is a hybrid role: you will work part of the week at our office" + in + " and the rest remotely."
	case hiring.WorkplaceOnsite:
		return "This role is on site, at our office" + in + "."
	}
	switch {
	case d.Location != "":
		return "Location: " + d.Location + "."
	case placeholders:
		return "[Add the location and whether the role is remote, hybrid or on site]"
	}
	return ""
}

// How to apply, by the kind of the Apply string.
const (
	applyNone  = iota // nothing typed
	applyURL          // an http(s) URL
	applyEmail        // an e-mail address
	applyOther        // anything else, shown as text
)

var emailPattern = regexp.MustCompile(`^[A-Za-z0-9._%+\-]+@[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?)+$`)

// applyKind classifies a cleaned Apply string and returns the link target:
// the URL, or the bare e-mail address.
func applyKind(s string) (kind int, target string) {
	switch {
	case s == "":
		return applyNone, ""
	case isWebURL(s):
		return applyURL, s
	}
	addr := s
	if len(addr) > 7 && strings.EqualFold(addr[:7], "mailto:") {
		addr = addr[7:]
	}
	if emailPattern.MatchString(addr) {
		return applyEmail, addr
	}
	return applyOther, ""
}

// applySentence splits the "How to apply" sentence around the link:
// before + link text + after. The link text is empty for free text. No
// full stop follows a URL or an address, so that autolinkers do not take
// it for part of the link.
func applySentence(apply string) (before, link, after string, kind int, target string) {
	kind, target = applyKind(apply)
	switch kind {
	case applyURL:
		return "Apply here: ", target, "", kind, target
	case applyEmail:
		return "Send your CV and a few lines about yourself to ", target, "", kind, target
	case applyOther:
		return "To apply: " + apply, "", "", kind, ""
	}
	return PlaceholderApply, "", "", kind, ""
}

// applyText is the "How to apply" section as plain text.
func applyText(apply string) string {
	before, link, after, _, _ := applySentence(apply)
	return before + link + after
}
