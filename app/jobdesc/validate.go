package jobdesc

import (
	"encoding/json"
	"fmt"
	"regexp"
	"strings"
	"time"
)

// Severity says whether an [Issue] stops a posting from showing in
// Google's job search (an error) or only makes it less complete (a
// warning).
type Severity string

// The severities of an Issue.
const (
	SeverityError   Severity = "error"   // a required property is missing or malformed
	SeverityWarning Severity = "warning" // a recommended property is missing
)

// Issue is one problem [ValidateJobPosting] found.
type Issue struct {
	// Severity is error or warning.
	Severity Severity `json:"severity"`
	// Property is the JSON path of the property ("baseSalary.value.unitText"),
	// empty for the document as a whole.
	Property string `json:"property"`
	// Message says what is wrong, in plain words.
	Message string `json:"message"`
}

// String returns "error: title: missing".
func (i Issue) String() string {
	if i.Property == "" {
		return string(i.Severity) + ": " + i.Message
	}
	return string(i.Severity) + ": " + i.Property + ": " + i.Message
}

// HasErrors reports whether any issue is an error.
func HasErrors(issues []Issue) bool {
	for _, i := range issues {
		if i.Severity == SeverityError {
			return true
		}
	}
	return false
}

// UnitTexts are the unitText values Google accepts in a baseSalary.
var UnitTexts = []string{"HOUR", "DAY", "WEEK", "MONTH", "YEAR"}

var (
	contextPattern  = regexp.MustCompile(`^https?://schema\.org/?$`)
	currencyPattern = regexp.MustCompile(`^[A-Z]{3}$`)
	// placeholderPattern finds a bracketed instruction such as hirecalc's
	// "[Add the pay range]" or "[Your company name]".
	placeholderPattern = regexp.MustCompile(`\[(?i:add|your|insert|enter|company)[^\]]{0,80}\]`)
)

// placeholder reports whether a name is a bracketed stand-in ("[Your
// company name]") rather than a name.
func placeholder(name string) bool {
	name = strings.TrimSpace(name)
	return strings.HasPrefix(name, "[") && strings.HasSuffix(name, "]")
}

// ValidateJobPosting checks one schema.org JobPosting in JSON-LD against
// what Google's job search requires and recommends. Errors: the document
// is not a JSON object; @context is not schema.org; @type is not
// JobPosting; title, description (different from the title), datePosted
// (ISO 8601) or hiringOrganization.name is missing or malformed, the
// name is a bracketed placeholder, or the description holds a placeholder
// such as "[Add the pay range]"; there is no jobLocation and the job is
// not remote (jobLocationType TELECOMMUTE with
// applicantLocationRequirements); a recommended property is present but
// malformed (baseSalary as a MonetaryAmount with an ISO 4217 currency and
// a QuantitativeValue of minValue <= maxValue or value, with unitText
// HOUR, DAY, WEEK, MONTH or YEAR; employmentType; validThrough not before
// datePosted; directApply a boolean). Warnings: a recommended property is
// missing, or a jobLocation has no addressCountry. It returns nil when
// there is nothing to report.
func ValidateJobPosting(jsonld []byte) []Issue {
	var v validator
	var doc any
	if err := json.Unmarshal(jsonld, &doc); err != nil {
		v.errorf("", "not valid JSON: %v", err)
		return v.issues
	}
	obj, ok := doc.(map[string]any)
	if !ok {
		v.errorf("", "not a JSON object")
		return v.issues
	}
	if c, _ := obj["@context"].(string); !contextPattern.MatchString(c) {
		v.errorf("@context", "must be https://schema.org/")
	}
	if t, _ := obj["@type"].(string); t != "JobPosting" {
		v.errorf("@type", "must be JobPosting")
	}
	title := v.text(obj, "title", "title", true)
	desc := v.text(obj, "description", "description", true)
	switch {
	case desc != "" && desc == title:
		v.errorf("description", "must describe the job, not repeat the title")
	case placeholderPattern.MatchString(desc):
		v.errorf("description", "contains a placeholder (%s): fill it in or remove it", placeholderPattern.FindString(desc))
	}
	posted, postedOK := v.date(obj, "datePosted", true)
	v.organization(obj)
	v.location(obj)
	v.salary(obj)
	v.employmentType(obj)
	if until, ok := v.date(obj, "validThrough", false); ok && postedOK && until.end.Before(posted.start) {
		v.errorf("validThrough", "is before datePosted")
	}
	switch x, present := obj["directApply"]; {
	case !present:
		v.warnf("directApply", "recommended: say whether candidates can apply directly from the page")
	default:
		if _, ok := x.(bool); !ok {
			v.errorf("directApply", "must be true or false")
		}
	}
	return v.issues
}

// validator collects issues.
type validator struct{ issues []Issue }

func (v *validator) errorf(prop, format string, args ...any) {
	v.issues = append(v.issues, Issue{SeverityError, prop, fmt.Sprintf(format, args...)})
}

func (v *validator) warnf(prop, format string, args ...any) {
	v.issues = append(v.issues, Issue{SeverityWarning, prop, fmt.Sprintf(format, args...)})
}

// text returns obj[key] as a non-blank string, reporting it when it is
// missing (an error when required, else a warning) or not a string.
func (v *validator) text(obj map[string]any, key, path string, required bool) string {
	x, present := obj[key]
	s, isString := x.(string)
	switch {
	case !present && required:
		v.errorf(path, "required")
	case !present:
		v.warnf(path, "recommended")
	case !isString:
		v.errorf(path, "must be text")
	case strings.TrimSpace(s) == "":
		v.errorf(path, "must not be empty")
	}
	return s
}

// date checks an ISO 8601 date property.
func (v *validator) date(obj map[string]any, key string, required bool) (span, bool) {
	if _, present := obj[key]; !present {
		if required {
			v.errorf(key, "required (ISO 8601 date, for example 2026-05-01)")
		} else {
			v.warnf(key, "recommended (ISO 8601 date, for example 2026-05-01)")
		}
		return span{}, false
	}
	s, ok := obj[key].(string)
	if !ok {
		v.errorf(key, "must be an ISO 8601 date")
		return span{}, false
	}
	d, err := parseISO(s)
	if err != nil {
		v.errorf(key, "%v", err)
		return span{}, false
	}
	return d, true
}

func (v *validator) organization(obj map[string]any) {
	x, present := obj["hiringOrganization"]
	if !present {
		v.errorf("hiringOrganization", "required: the organization that hires")
		return
	}
	org, ok := x.(map[string]any)
	if !ok {
		v.errorf("hiringOrganization", "must be an Organization object")
		return
	}
	if t, _ := org["@type"].(string); t != "Organization" {
		v.warnf("hiringOrganization.@type", "should be Organization")
	}
	if name := v.text(org, "name", "hiringOrganization.name", true); placeholder(name) {
		v.errorf("hiringOrganization.name", "is a placeholder: add your company name")
	}
}

// location checks jobLocation, jobLocationType and
// applicantLocationRequirements together.
func (v *validator) location(obj map[string]any) {
	_, hasPlace := obj["jobLocation"]
	_, hasReq := obj["applicantLocationRequirements"]
	remote := false
	if x, present := obj["jobLocationType"]; present {
		if s, _ := x.(string); s == "TELECOMMUTE" {
			remote = true
		} else {
			v.errorf("jobLocationType", "must be TELECOMMUTE (leave it out for a job done on site)")
		}
	}
	switch {
	case remote && !hasReq && !hasPlace:
		v.errorf("applicantLocationRequirements", "required for a remote job: the country or region applicants must live in")
	case remote && !hasReq:
		v.warnf("applicantLocationRequirements", "recommended for a remote job: the country or region applicants must live in")
	case !remote && !hasPlace:
		v.errorf("jobLocation", "required: where the job is done (or mark a remote job with jobLocationType TELECOMMUTE)")
	case !remote && hasReq:
		v.warnf("applicantLocationRequirements", "applies only to remote jobs (jobLocationType TELECOMMUTE)")
	}
	if hasPlace {
		for i, p := range each(obj["jobLocation"]) {
			path := indexed("jobLocation", i, len(each(obj["jobLocation"])))
			v.place(p, path)
		}
	}
	if hasReq {
		reqs := each(obj["applicantLocationRequirements"])
		for i, r := range reqs {
			path := indexed("applicantLocationRequirements", i, len(reqs))
			area, ok := r.(map[string]any)
			if !ok {
				v.errorf(path, "must be a Country, State or AdministrativeArea object")
				continue
			}
			switch t, _ := area["@type"].(string); t {
			case "Country", "State", "AdministrativeArea":
			default:
				v.errorf(path+".@type", "must be Country, State or AdministrativeArea")
			}
			v.text(area, "name", path+".name", true)
		}
	}
}

// place checks one jobLocation.
func (v *validator) place(x any, path string) {
	p, ok := x.(map[string]any)
	if !ok {
		v.errorf(path, "must be a Place object")
		return
	}
	if t, _ := p["@type"].(string); t != "Place" {
		v.errorf(path+".@type", "must be Place")
	}
	addr, ok := p["address"].(map[string]any)
	if !ok {
		v.errorf(path+".address", "required: a PostalAddress")
		return
	}
	if t, _ := addr["@type"].(string); t != "PostalAddress" {
		v.errorf(path+".address.@type", "must be PostalAddress")
	}
	filled := 0
	for _, k := range []string{"streetAddress", "addressLocality", "addressRegion", "postalCode", "addressCountry"} {
		if s, _ := addr[k].(string); strings.TrimSpace(s) != "" {
			filled++
		}
	}
	if filled == 0 {
		v.errorf(path+".address", "must name at least a town, region or country")
	}
	if s, _ := addr["addressCountry"].(string); s == "" {
		v.warnf(path+".address.addressCountry", "recommended: the ISO 3166-1 alpha-2 country code")
	}
}

// salary checks baseSalary.
func (v *validator) salary(obj map[string]any) {
	x, present := obj["baseSalary"]
	if !present {
		v.warnf("baseSalary", "recommended: the employer's actual pay range")
		return
	}
	m, ok := x.(map[string]any)
	if !ok {
		v.errorf("baseSalary", "must be a MonetaryAmount object")
		return
	}
	if t, _ := m["@type"].(string); t != "MonetaryAmount" {
		v.errorf("baseSalary.@type", "must be MonetaryAmount")
	}
	if c, _ := m["currency"].(string); !currencyPattern.MatchString(c) {
		v.errorf("baseSalary.currency", "must be an ISO 4217 code such as USD")
	}
	q, ok := m["value"].(map[string]any)
	if !ok {
		v.errorf("baseSalary.value", "must be a QuantitativeValue object")
		return
	}
	if t, _ := q["@type"].(string); t != "QuantitativeValue" {
		v.errorf("baseSalary.value.@type", "must be QuantitativeValue")
	}
	if u, _ := q["unitText"].(string); !contains(UnitTexts, u) {
		v.errorf("baseSalary.value.unitText", "must be one of %s", strings.Join(UnitTexts, ", "))
	}
	num := func(k string) (float64, bool, bool) { // value, present, is a number
		x, present := q[k]
		f, ok := x.(float64)
		return f, present, ok
	}
	minV, hasMin, minNum := num("minValue")
	maxV, hasMax, maxNum := num("maxValue")
	val, hasVal, valNum := num("value")
	switch {
	case hasMin || hasMax:
		if !hasMin || !hasMax {
			v.errorf("baseSalary.value", "give both minValue and maxValue")
		} else if !minNum || !maxNum {
			v.errorf("baseSalary.value", "minValue and maxValue must be numbers")
		} else if minV <= 0 || maxV < minV {
			v.errorf("baseSalary.value", "needs 0 < minValue <= maxValue")
		}
	case hasVal:
		if !valNum || val <= 0 {
			v.errorf("baseSalary.value.value", "must be a positive number")
		}
	default:
		v.errorf("baseSalary.value", "give minValue and maxValue, or value")
	}
}

func (v *validator) employmentType(obj map[string]any) {
	x, present := obj["employmentType"]
	if !present {
		v.warnf("employmentType", "recommended: FULL_TIME, PART_TIME, CONTRACTOR, ...")
		return
	}
	vals := each(x)
	if len(vals) == 0 {
		v.errorf("employmentType", "must not be empty")
	}
	for _, e := range vals {
		if s, _ := e.(string); !contains(EmploymentTypes, s) {
			v.errorf("employmentType", "must be one of %s", strings.Join(EmploymentTypes, ", "))
			return
		}
	}
}

// each returns x as a list: its elements if it is an array, else x alone.
func each(x any) []any {
	if a, ok := x.([]any); ok {
		return a
	}
	return []any{x}
}

// indexed returns "key[i]" for an element of a list of n > 1, else key.
func indexed(key string, i, n int) string {
	if n > 1 {
		return fmt.Sprintf("%s[%d]", key, i)
	}
	return key
}

// span is the time an ISO 8601 date or date-time covers: a whole day for a
// date, one instant for a date-time.
type span struct{ start, end time.Time }

// isoLayouts are the ISO 8601 forms accepted: a calendar date, or a date
// and time with or without seconds and zone.
var isoLayouts = []string{
	time.RFC3339,
	"2006-01-02T15:04Z07:00",
	"2006-01-02T15:04:05",
	"2006-01-02T15:04",
}

// parseISO parses an ISO 8601 date ("2026-05-01") or date-time
// ("2026-05-01T09:00:00Z").
func parseISO(s string) (span, error) {
	if t, err := time.Parse("2006-01-02", s); err == nil {
		return span{t, t.Add(24*time.Hour - time.Nanosecond)}, nil
	}
	for _, layout := range isoLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return span{t, t}, nil
		}
	}
	if s == "" {
		return span{}, fmt.Errorf("missing ISO 8601 date (for example 2026-05-01)")
	}
	return span{}, fmt.Errorf("%q is not an ISO 8601 date (for example 2026-05-01)", s)
}
