package jobdesc

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"hirecalc/app/hiring"
)

// LDOptions are the facts the JSON-LD needs that the description does not
// hold. Dates are passed in, never read from the clock.
type LDOptions struct {
	// DatePosted is the date the job is posted, ISO 8601 ("2026-05-01" or
	// "2026-05-01T09:00:00Z"). Required.
	DatePosted string
	// ValidThrough is the last day the posting is open, ISO 8601; empty
	// leaves it out (Google recommends it).
	ValidThrough string
	// Country is the ISO 3166-1 alpha-2 code of the country of the job
	// (addressCountry) or, for a remote role, the country applicants must
	// live in (applicantLocationRequirements). Empty uses the
	// description's Country.
	Country string
	// CountryName is the country's name for applicantLocationRequirements
	// ("United States"); empty uses the code.
	CountryName string
	// EmploymentType is one of Google's values (FULL_TIME, PART_TIME,
	// CONTRACTOR, TEMPORARY, INTERN, VOLUNTEER, PER_DIEM, OTHER); empty
	// means FULL_TIME.
	EmploymentType string
	// DirectApply is true when the page the JSON-LD sits on lets
	// candidates apply directly. False leaves directApply out: hirecalc
	// cannot tell, and [JobDescription.FillIn] asks for it.
	DirectApply bool
	// URL is the address of the posting (http or https); empty leaves it
	// out.
	URL string
}

// EmploymentTypes are the employmentType values Google's job search
// accepts.
var EmploymentTypes = []string{"FULL_TIME", "PART_TIME", "CONTRACTOR", "TEMPORARY", "INTERN", "VOLUNTEER", "PER_DIEM", "OTHER"}

// jobPosting is a schema.org JobPosting as Google's job search reads it.
// Field order is the output order.
type jobPosting struct {
	Context                       string         `json:"@context"`
	Type                          string         `json:"@type"`
	Title                         string         `json:"title"`
	Description                   string         `json:"description"`
	DatePosted                    string         `json:"datePosted"`
	ValidThrough                  string         `json:"validThrough,omitempty"`
	EmploymentType                string         `json:"employmentType"`
	HiringOrganization            *ldThing       `json:"hiringOrganization,omitempty"`
	JobLocation                   *ldPlace       `json:"jobLocation,omitempty"`
	JobLocationType               string         `json:"jobLocationType,omitempty"`
	ApplicantLocationRequirements *ldThing       `json:"applicantLocationRequirements,omitempty"`
	BaseSalary                    *ldMonetaryAmt `json:"baseSalary,omitempty"`
	DirectApply                   *bool          `json:"directApply,omitempty"`
	URL                           string         `json:"url,omitempty"`
}

type ldThing struct {
	Type string `json:"@type"`
	Name string `json:"name"`
}

type ldPlace struct {
	Type    string       `json:"@type"`
	Address ldPostalAddr `json:"address"`
}

type ldPostalAddr struct {
	Type            string `json:"@type"`
	AddressLocality string `json:"addressLocality,omitempty"`
	AddressCountry  string `json:"addressCountry,omitempty"`
}

type ldMonetaryAmt struct {
	Type     string     `json:"@type"`
	Currency string     `json:"currency"`
	Value    ldQuantity `json:"value"`
}

type ldQuantity struct {
	Type     string  `json:"@type"`
	MinValue float64 `json:"minValue"`
	MaxValue float64 `json:"maxValue"`
	UnitText string  `json:"unitText"`
}

// JSONLD renders the description as schema.org JobPosting JSON-LD with the
// properties Google's job search requires (title, description as HTML,
// datePosted, hiringOrganization, and jobLocation or, for a remote role,
// jobLocationType TELECOMMUTE with applicantLocationRequirements) and the
// recommended ones it can fill (employmentType, validThrough, directApply,
// and baseSalary only when the employer set the pay range).
//
// It never ships a placeholder: a property the user has not given (the
// company, where the job is done or where applicants may live, the
// posting's page, the pay range) is left out, and so are the
// description's placeholders and an unconfirmed estimate of the pay.
// [JobDescription.FillIn] lists what is left out, to fill in before
// posting; until then the JSON-LD is incomplete, and [ValidateJobPosting]
// reports the required properties it lacks.
//
// The output is safe to paste inside a <script type="application/ld+json">
// element: every <, >, &, U+2028 and U+2029 in it is written as a \u
// escape, so user text cannot close the element or open a comment.
// JSONLD returns an error only for invalid options.
func (d JobDescription) JSONLD(opt LDOptions) (string, error) {
	jp, _, err := d.jobPosting(opt)
	if err != nil {
		return "", err
	}
	b, err := json.MarshalIndent(jp, "", "  ")
	if err != nil {
		return "", fmt.Errorf("jobdesc: encode JSON-LD: %w", err)
	}
	return scriptSafe(string(b)), nil
}

// JSONLDScript returns the JSON-LD wrapped in a <script
// type="application/ld+json"> element, ready to paste into a page.
func (d JobDescription) JSONLDScript(opt LDOptions) (string, error) {
	s, err := d.JSONLD(opt)
	if err != nil {
		return "", err
	}
	return "<script type=\"application/ld+json\">\n" + s + "\n</script>\n", nil
}

// scriptSafe escapes, inside JSON text, the characters that could end a
// <script> element or start an HTML comment, and the two line separators
// older JavaScript parsers reject. encoding/json already does this; doing
// it again here keeps the guarantee independent of the encoder. Outside
// strings, JSON text never contains these characters, so the replacement
// is always valid.
func scriptSafe(s string) string { return scriptReplacer.Replace(s) }

var scriptReplacer = strings.NewReplacer(
	"<", `\u003c`,
	">", `\u003e`,
	"&", `\u0026`,
	"\u2028", `\u2028`,
	"\u2029", `\u2029`,
)

// Blank is a JobPosting property that the JSON-LD leaves out because the
// user has not given it: something to fill in before posting.
type Blank struct {
	// Property is the property's JSON path ("hiringOrganization.name").
	Property string `json:"property"`
	// Field is the query key of the form field that fills it in
	// ("company"), or "" when hirecalc has no field for it (the posting's
	// own address).
	Field string `json:"field,omitempty"`
	// Required is true when Google's job search requires the property;
	// the others are recommended.
	Required bool `json:"required"`
	// Message says what to add, in plain words.
	Message string `json:"message"`
}

// FillIn lists what the JSON-LD for opt leaves out, required properties
// first: each is a property [ValidateJobPosting] would report as missing
// (an error when required, a warning when recommended), plus the
// posting's own address (url), which Google does not check. It returns
// nil when nothing is left out, and the error of [JobDescription.JSONLD]
// for invalid options.
func (d JobDescription) FillIn(opt LDOptions) ([]Blank, error) {
	_, blanks, err := d.jobPosting(opt)
	return blanks, err
}

// jobPosting builds the JobPosting value after checking the options, and
// lists the properties it leaves out.
func (d JobDescription) jobPosting(opt LDOptions) (jobPosting, []Blank, error) {
	posted, err := parseISO(opt.DatePosted)
	if err != nil {
		return jobPosting{}, nil, fmt.Errorf("jobdesc: datePosted: %w", err)
	}
	if opt.ValidThrough != "" {
		until, err := parseISO(opt.ValidThrough)
		if err != nil {
			return jobPosting{}, nil, fmt.Errorf("jobdesc: validThrough: %w", err)
		}
		if until.end.Before(posted.start) {
			return jobPosting{}, nil, fmt.Errorf("jobdesc: validThrough %s is before datePosted %s", opt.ValidThrough, opt.DatePosted)
		}
	}
	etype := opt.EmploymentType
	if etype == "" {
		etype = "FULL_TIME"
	}
	if !contains(EmploymentTypes, etype) {
		return jobPosting{}, nil, fmt.Errorf("jobdesc: employmentType %q is not one of %s", etype, strings.Join(EmploymentTypes, ", "))
	}
	country := strings.ToUpper(strings.TrimSpace(opt.Country))
	if country == "" {
		country = d.Country
	}
	if country != "" && !isAlpha2(country) {
		return jobPosting{}, nil, fmt.Errorf("jobdesc: country %q is not an ISO 3166-1 alpha-2 code", opt.Country)
	}
	if opt.URL != "" && !isWebURL(opt.URL) {
		return jobPosting{}, nil, fmt.Errorf("jobdesc: url %q is not an http or https URL", opt.URL)
	}

	var blanks []Blank
	blank := func(property, field string, required bool, msg string) {
		blanks = append(blanks, Blank{Property: property, Field: field, Required: required, Message: msg})
	}
	var desc strings.Builder
	d.writeHTMLBody(&desc, d.publishedSections(), true)
	jp := jobPosting{
		Context:        "https://schema.org/",
		Type:           "JobPosting",
		Title:          d.Title,
		Description:    desc.String(),
		DatePosted:     opt.DatePosted,
		ValidThrough:   opt.ValidThrough,
		EmploymentType: etype,
		URL:            opt.URL,
	}
	if d.Company != "" {
		jp.HiringOrganization = &ldThing{Type: "Organization", Name: d.Company}
	} else {
		blank("hiringOrganization.name", "company", true, "Add your company name: Google's job search requires the organization that hires.")
	}
	if d.Workplace == hiring.WorkplaceRemote {
		jp.JobLocationType = "TELECOMMUTE"
		if country != "" {
			name := clean(opt.CountryName)
			if name == "" {
				name = country
			}
			jp.ApplicantLocationRequirements = &ldThing{Type: "Country", Name: name}
		} else {
			blank("applicantLocationRequirements", "region", true, "Pick the country remote applicants must live in (“Where the hire lives”): Google's job search requires it for a remote job.")
		}
	} else {
		switch {
		case d.Location == "" && country == "":
			blank("jobLocation", "location", true, "Add the office location, and pick its country: Google's job search requires where the job is done.")
		case d.Location == "":
			blank("jobLocation.address.addressLocality", "location", false, "Add the town of the office: the structured data names only its country.")
		case country == "":
			blank("jobLocation.address.addressCountry", "region", false, "Pick the country of the office (“Where the hire lives”): Google recommends its code.")
		}
		if d.Location != "" || country != "" {
			jp.JobLocation = &ldPlace{Type: "Place", Address: ldPostalAddr{
				Type:            "PostalAddress",
				AddressLocality: d.Location,
				AddressCountry:  country,
			}}
		}
	}
	switch s := d.Salary; {
	case s == nil:
		blank("baseSalary", "paymin", false, "Add the pay range: Google recommends the employer's actual range.")
	case !s.Confirmed:
		blank("baseSalary", "paymin", false, "Confirm the pay range or enter your own: hirecalc's estimate is left out, as Google wants the employer's actual range.")
	}
	if opt.ValidThrough == "" {
		blank("validThrough", "", false, "Add the last day applications are open.")
	}
	if opt.DirectApply {
		yes := true
		jp.DirectApply = &yes
	} else {
		blank("directApply", "", false, "Say whether candidates can apply on the page that carries this posting (directApply true or false).")
	}
	if opt.URL == "" {
		blank("url", "", false, "Add the address of the page this posting will be on.")
	}
	slices.SortStableFunc(blanks, func(a, b Blank) int {
		switch {
		case a.Required == b.Required:
			return 0
		case a.Required:
			return -1
		}
		return 1
	})
	if s := d.Salary; s != nil && s.Confirmed {
		jp.BaseSalary = &ldMonetaryAmt{
			Type:     "MonetaryAmount",
			Currency: s.Currency,
			Value: ldQuantity{
				Type:     "QuantitativeValue",
				MinValue: s.Min,
				MaxValue: s.Max,
				UnitText: strings.ToUpper(string(s.Period)),
			},
		}
	}
	return jp, blanks, nil
}

// publishedSections are the sections as the JSON-LD description publishes
// them: without the placeholders of missing input and without a pay range
// that is only hirecalc's estimate.
func (d JobDescription) publishedSections() []section {
	var out []section
	for _, s := range d.sections() {
		switch {
		case s.apply && d.Apply == "":
			continue
		case s.head == headCompensation:
			s.paras = nil
			if d.Salary != nil && d.Salary.Confirmed {
				s.paras = append(s.paras, compensation(d.Salary))
			}
			if d.Benefits != "" {
				s.paras = append(s.paras, "Benefits: "+d.Benefits)
			}
		case s.head == headLocation:
			s.paras = nil
			if p := locationText(d, false); p != "" {
				s.paras = []string{p}
			}
		}
		if len(s.paras) > 0 || len(s.items) > 0 || s.apply {
			out = append(out, s)
		}
	}
	return out
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func isAlpha2(s string) bool {
	return len(s) == 2 && s[0] >= 'A' && s[0] <= 'Z' && s[1] >= 'A' && s[1] <= 'Z'
}
