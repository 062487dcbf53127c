package jobdesc

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// validPosting returns a JobPosting with every required and recommended
// property, as Google's documentation describes them.
func validPosting() map[string]any {
	return map[string]any{
		"@context":       "https://schema.org/",
		"@type":          "JobPosting",
		"title":          "Senior Backend Engineer",
		"description":    "<p>You will own the design of our backend.</p>",
		"datePosted":     "2026-05-01",
		"validThrough":   "2026-06-30T23:59:00Z",
		"employmentType": "FULL_TIME",
		"hiringOrganization": map[string]any{
			"@type": "Organization", "name": "Acme Payments",
		},
		"jobLocation": map[string]any{
			"@type": "Place",
			"address": map[string]any{
				"@type": "PostalAddress", "addressLocality": "Berlin", "addressCountry": "DE",
			},
		},
		"baseSalary": map[string]any{
			"@type": "MonetaryAmount", "currency": "EUR",
			"value": map[string]any{"@type": "QuantitativeValue", "minValue": 75000, "maxValue": 95000, "unitText": "YEAR"},
		},
		"directApply": true,
	}
}

func TestValidateJobPosting(t *testing.T) {
	set := func(path []string, v any) func(map[string]any) {
		return func(doc map[string]any) {
			m := doc
			for _, k := range path[:len(path)-1] {
				m = m[k].(map[string]any)
			}
			if v == nil {
				delete(m, path[len(path)-1])
				return
			}
			m[path[len(path)-1]] = v
		}
	}
	p := func(keys ...string) []string { return keys }
	remote := func(doc map[string]any) {
		delete(doc, "jobLocation")
		doc["jobLocationType"] = "TELECOMMUTE"
		doc["applicantLocationRequirements"] = map[string]any{"@type": "Country", "name": "USA"}
	}
	tests := []struct {
		name   string
		change func(map[string]any)
		want   []string // "severity property", in order
	}{
		{"complete posting", func(map[string]any) {}, nil},
		{"remote posting", remote, nil},
		{"several places and countries", func(doc map[string]any) {
			doc["jobLocation"] = []any{doc["jobLocation"], doc["jobLocation"]}
			doc["employmentType"] = []any{"FULL_TIME", "PART_TIME"}
		}, nil},
		{"single salary value", set(p("baseSalary", "value"), map[string]any{"@type": "QuantitativeValue", "value": 40.5, "unitText": "HOUR"}), nil},
		{"http context", set(p("@context"), "http://schema.org"), nil},

		{"wrong context", set(p("@context"), "https://example.org/"), []string{"error @context"}},
		{"wrong type", set(p("@type"), "Job"), []string{"error @type"}},
		{"no title", set(p("title"), nil), []string{"error title"}},
		{"blank title", set(p("title"), "  "), []string{"error title"}},
		{"title not text", set(p("title"), 42), []string{"error title"}},
		{"no description", set(p("description"), nil), []string{"error description"}},
		{"description repeats the title", set(p("description"), "Senior Backend Engineer"), []string{"error description"}},
		{"no datePosted", set(p("datePosted"), nil), []string{"error datePosted"}},
		{"datePosted not ISO", set(p("datePosted"), "May 1, 2026"), []string{"error datePosted"}},
		{"datePosted not text", set(p("datePosted"), 20260501), []string{"error datePosted"}},
		{"no hiringOrganization", set(p("hiringOrganization"), nil), []string{"error hiringOrganization"}},
		{"hiringOrganization as text", set(p("hiringOrganization"), "Acme"), []string{"error hiringOrganization"}},
		{"hiringOrganization without name", set(p("hiringOrganization", "name"), nil), []string{"error hiringOrganization.name"}},
		{"hiringOrganization placeholder", set(p("hiringOrganization", "name"), "[Your company name]"), []string{"error hiringOrganization.name"}},
		{"hiringOrganization wrong type", set(p("hiringOrganization", "@type"), "Person"), []string{"warning hiringOrganization.@type"}},
		{"no location at all", set(p("jobLocation"), nil), []string{"error jobLocation"}},
		{"place without address", set(p("jobLocation", "address"), nil), []string{"error jobLocation.address"}},
		{"empty address", set(p("jobLocation", "address"), map[string]any{"@type": "PostalAddress"}),
			[]string{"error jobLocation.address", "warning jobLocation.address.addressCountry"}},
		{"address without country", set(p("jobLocation", "address", "addressCountry"), nil), []string{"warning jobLocation.address.addressCountry"}},
		{"place wrong type", set(p("jobLocation", "@type"), "City"), []string{"error jobLocation.@type"}},
		{"remote without requirements", func(doc map[string]any) { remote(doc); delete(doc, "applicantLocationRequirements") },
			[]string{"error applicantLocationRequirements"}},
		{"remote with an office but no requirements", func(doc map[string]any) {
			doc["jobLocationType"] = "TELECOMMUTE"
		}, []string{"warning applicantLocationRequirements"}},
		{"wrong jobLocationType", set(p("jobLocationType"), "REMOTE"), []string{"error jobLocationType"}},
		{"requirements without name", func(doc map[string]any) {
			remote(doc)
			doc["applicantLocationRequirements"] = map[string]any{"@type": "Country"}
		}, []string{"error applicantLocationRequirements.name"}},
		{"requirements of the wrong type", func(doc map[string]any) {
			remote(doc)
			doc["applicantLocationRequirements"] = []any{map[string]any{"@type": "Country", "name": "USA"}, map[string]any{"@type": "City", "name": "Paris"}}
		}, []string{"error applicantLocationRequirements[1].@type"}},
		{"requirements on an on-site job", set(p("applicantLocationRequirements"), map[string]any{"@type": "Country", "name": "USA"}),
			[]string{"warning applicantLocationRequirements"}},
		{"no baseSalary", set(p("baseSalary"), nil), []string{"warning baseSalary"}},
		{"baseSalary as a number", set(p("baseSalary"), 90000), []string{"error baseSalary"}},
		{"baseSalary wrong type", set(p("baseSalary", "@type"), "PriceSpecification"), []string{"error baseSalary.@type"}},
		{"baseSalary currency symbol", set(p("baseSalary", "currency"), "$"), []string{"error baseSalary.currency"}},
		{"baseSalary without value", set(p("baseSalary", "value"), nil), []string{"error baseSalary.value"}},
		{"baseSalary lower-case unit", set(p("baseSalary", "value", "unitText"), "year"), []string{"error baseSalary.value.unitText"}},
		{"baseSalary reversed range", set(p("baseSalary", "value", "minValue"), 100000), []string{"error baseSalary.value"}},
		{"baseSalary only a minimum", set(p("baseSalary", "value", "maxValue"), nil), []string{"error baseSalary.value"}},
		{"baseSalary figures as text", set(p("baseSalary", "value", "maxValue"), "95000"), []string{"error baseSalary.value"}},
		{"baseSalary wrong value type", set(p("baseSalary", "value", "@type"), "Number"), []string{"error baseSalary.value.@type"}},
		{"no employmentType", set(p("employmentType"), nil), []string{"warning employmentType"}},
		{"employmentType in words", set(p("employmentType"), "full-time"), []string{"error employmentType"}},
		{"no validThrough", set(p("validThrough"), nil), []string{"warning validThrough"}},
		{"validThrough not ISO", set(p("validThrough"), "soon"), []string{"error validThrough"}},
		{"validThrough before datePosted", set(p("validThrough"), "2026-04-30"), []string{"error validThrough"}},
		{"no directApply", set(p("directApply"), nil), []string{"warning directApply"}},
		{"directApply as text", set(p("directApply"), "yes"), []string{"error directApply"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := validPosting()
			tt.change(doc)
			b, err := json.Marshal(doc)
			require.NoError(t, err)
			var got []string
			for _, i := range ValidateJobPosting(b) {
				got = append(got, string(i.Severity)+" "+i.Property)
				assert.NotEmpty(t, i.Message)
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestValidateJobPostingNotAPosting(t *testing.T) {
	tests := []struct{ name, in string }{
		{"not JSON", `<script>`},
		{"trailing data", `{"@type":"JobPosting"} {}`},
		{"an array", `[{"@type":"JobPosting"}]`},
		{"a string", `"JobPosting"`},
		{"empty", ``},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			issues := ValidateJobPosting([]byte(tt.in))
			require.Len(t, issues, 1)
			assert.Equal(t, SeverityError, issues[0].Severity)
			assert.Equal(t, "", issues[0].Property)
			assert.True(t, HasErrors(issues))
		})
	}
}

func TestIssueString(t *testing.T) {
	assert.Equal(t, "error: title: required", Issue{SeverityError, "title", "required"}.String())
	assert.Equal(t, "warning: not a JSON object", Issue{SeverityWarning, "", "not a JSON object"}.String())
	assert.False(t, HasErrors([]Issue{{SeverityWarning, "baseSalary", "recommended"}}))
	assert.False(t, HasErrors(nil))
}
