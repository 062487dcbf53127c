package jobdesc

import (
	"math"
	"regexp"
	"strconv"
	"strings"

	"hirecalc/app/hiring"
)

// Wording choices (wording_test.go measures the word counts, sentence
// lengths and gender-coding scores of the drafts):
//
//   - The guide's responsibility and skill text is quoted as it is, even
//     where it uses masculine-coded stems ("Technical leadership", "make
//     ... decisions"): rewriting the guide would misquote it. The
//     connecting prose avoids masculine-coded stems (lead, decision,
//     independent, challenge, driven, ...) and uses plain collaborative
//     words (work together, share, support), so a draft as a whole is not
//     masculine-coded in gender-decoder's sense.
//   - Sentences in the prose aim at 8 to 13 words, as posting guides
//     recommend.
//   - Claims about the employer are few and generic; the user edits them.

// about returns the "About the role" paragraphs for the outcome.
func about(d JobDescription) []string {
	var p []string
	who := "We are hiring"
	if d.Company != "" {
		who = d.Company + " is hiring"
	}
	// Below senior level the hire takes part in the design rather than
	// owning it.
	own, design, set := "own the design of", "design", "set"
	if d.Level == hiring.LevelJunior || d.Level == hiring.LevelMid {
		own, design, set = "work on the design of", "help design", "help set"
	}
	switch d.Role {
	case hiring.RoleDeveloper:
		p = append(p, who+" "+article(d.Title)+" "+d.Title+". "+
			"You will build and maintain the server-side features of our product. "+
			"You will write clean, reliable code and keep our APIs and database fast. "+
			"The system design is already in place: an engineer or architect on the team owns it. "+
			"You will work together with them and turn their plans into working features. "+
			"You will also review code, fix bugs and help keep our tests reliable. "+
			"You will take part in planning, so you know why each feature matters to our users.")
	case hiring.RoleHybrid:
		p = append(p, who+" "+article(d.Title)+" "+d.Title+". "+
			"This role spans feature work and architecture, and we want to say so plainly. "+
			"You will "+design+" the backend architecture and build the features that live in it. "+
			"One week you may plan how a service scales. "+
			"The next you may write its API endpoints. "+
			"You will talk with product to understand what users need. "+
			"The title matters less than the work, and the work is both.")
	case hiring.RoleStandard:
		uses := "We use"
		if d.Company != "" {
			uses = d.Company + " uses"
		}
		p = append(p, uses+" standard titles across engineering, so this role is posted as "+d.Title+". "+
			"The level and the scope tell you more than the title does. "+
			"The sections below list your responsibilities and the skills we look for. "+
			"They show the scope, so you can understand what the work involves.")
	default: // hiring.RoleEngineer and anything unknown: the engineer wording.
		p = append(p, who+" "+article(d.Title)+" "+d.Title+". "+
			"You will "+own+" our backend and write code every day. "+
			"You will shape how our services are structured and how the system scales. "+
			"You will also make sure it stays secure and survives failure. "+
			"You will "+set+" technical standards and share them with the developers you work with. "+
			"You will document the design so the whole team understands it.")
	}
	if s := levelScope(d.Level); s != "" {
		p = append(p, s)
	}
	p = append(p, "You will work together with product, design and the rest of the team. "+
		"We review each other's code, share what we learn and support each other.")
	return p
}

// levelScope describes the scope at each level, which the guide says
// matters more than the title where titles are standardised.
func levelScope(l hiring.Level) string {
	switch l {
	case hiring.LevelJunior:
		return "This is an early-career role. You will work on well-defined tasks, and experienced engineers will support you as you learn."
	case hiring.LevelMid:
		return "This is a mid-level role. You will own features from design to release, with support from senior engineers when you need it."
	case hiring.LevelSenior:
		return "This is a senior role. You will own large pieces of work from design to release. You will mentor and support other engineers."
	case hiring.LevelStaff:
		return "This is a staff-level role. You will shape technical direction across teams. You will mentor and support senior engineers."
	}
	return ""
}

// salaryOf picks the range to show: the employer's confirmed range from the
// input, else a valid pay range, else none.
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
// section.
func locationPolicy(d JobDescription) string {
	office := d.Location
	if office == "" {
		office = PlaceholderLocation
	}
	switch d.Workplace {
	case hiring.WorkplaceRemote:
		if d.Location == "" {
			return "This role is fully remote."
		}
		return "This role is fully remote. Location: " + d.Location + "."
	case hiring.WorkplaceHybrid:
		return "This is a hybrid role: you will work part of the week at our office in " + office + " and the rest remotely."
	case hiring.WorkplaceOnsite:
		return "This role is on site, at our office in " + office + "."
	}
	if d.Location != "" {
		return "Location: " + d.Location + "."
	}
	return "[Add the location and whether the role is remote, hybrid or on site]"
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
