package jobdesc

import (
	"encoding/json"
	"strings"
	"testing"

	"hirecalc/app/hiring"
)

// FuzzDraft feeds random strings through every user field: Draft and every
// export never panic, the HTML never contains a <script or a tag outside
// the allowed set, no line of the Markdown starts a block of user text,
// and the JSON-LD is valid JSON without a raw <.
func FuzzDraft(f *testing.F) {
	for _, s := range xssCorpus {
		f.Add(s, s, s, s, "Senior Backend Engineer", 100000.0, 120000.0, uint8(0))
	}
	for _, s := range blockStarts {
		f.Add(s, s, s, s, s, 100000.0, 120000.0, uint8(5))
	}
	f.Add("Acme", "Berlin", "https://acme.example/jobs", "Health insurance", "", 59.5, 59.5, uint8(1))
	f.Add("", "", "jobs@acme.example", "", "x", -1.0, 2.0, uint8(2))
	f.Fuzz(func(t *testing.T, company, location, apply, benefits, title string, min, max float64, variant uint8) {
		in := fixtureInput()
		in.Company, in.Location, in.Apply, in.Benefits = company, location, apply, benefits
		in.Workplace = hiring.Workplaces[int(variant)%len(hiring.Workplaces)]
		if variant&4 != 0 {
			in.PayMin, in.PayMax, in.PayCurrency = int(min), int(max), benefits
		}
		rec := fixtureRec(roles[int(variant)%len(roles)], hiring.Levels[int(variant/8)%len(hiring.Levels)])
		rec.Title = title
		pay := Pay{Min: min, Max: max, Currency: "USD", Period: hiring.PeriodHour, Estimate: variant&1 == 0, Basis: location}

		d := Draft(in, rec, pay)
		_ = d.Text()
		if p := markdownBlockProblems(d.Markdown()); len(p) > 0 {
			t.Fatalf("Markdown: %s\n%s", p, d.Markdown())
		}
		h := d.HTML()
		if strings.Contains(strings.ToLower(h), "<script") {
			t.Fatalf("HTML contains <script: %s", h)
		}
		for _, m := range tagStart.FindAllStringSubmatch(h, -1) {
			if _, ok := allowedTags[m[2]]; !ok {
				t.Fatalf("HTML contains %q: %s", m[0], h)
			}
		}
		ld, err := d.JSONLD(goldenLDOptions)
		if err != nil {
			t.Fatalf("JSONLD: %v", err)
		}
		if strings.ContainsAny(ld, "<>") || !json.Valid([]byte(ld)) {
			t.Fatalf("unsafe or invalid JSON-LD: %s", ld)
		}
		_ = ValidateJobPosting([]byte(ld))
		if _, err := json.Marshal(d); err != nil {
			t.Fatalf("marshal: %v", err)
		}
	})
}

// FuzzValidateJobPosting checks that the validator never panics on any
// input.
func FuzzValidateJobPosting(f *testing.F) {
	b, _ := json.Marshal(validPosting())
	f.Add(string(b))
	f.Add(`{"baseSalary":{"value":[]},"jobLocation":[1,"x",null],"applicantLocationRequirements":[[]],"employmentType":[]}`)
	f.Add(`{"datePosted":"2026-05-01","validThrough":"2026-04-01T00:00Z"}`)
	f.Fuzz(func(t *testing.T, s string) {
		_ = ValidateJobPosting([]byte(s))
	})
}

func BenchmarkDraft(b *testing.B) {
	in := fixtureInput()
	rec := hiring.Recommend(in)
	b.ReportAllocs()
	for b.Loop() {
		_ = Draft(in, rec, estimatePay)
	}
}

func BenchmarkExports(b *testing.B) {
	d := Draft(fixtureInput(), hiring.Recommend(fixtureInput()), estimatePay)
	b.ReportAllocs()
	for b.Loop() {
		_ = d.Text()
		_ = d.Markdown()
		_ = d.HTML()
		if _, err := d.JSONLD(goldenLDOptions); err != nil {
			b.Fatal(err)
		}
	}
}
