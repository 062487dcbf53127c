package jobdesc_test

import (
	"encoding/json"
	"fmt"

	"hirecalc/app/hiring"
	"hirecalc/app/jobdesc"
)

func ExampleDraft() {
	in := hiring.DefaultInput() // a startup of eight needing features and architecture
	in.Company = "Acme"
	in.Apply = "jobs@acme.example"
	pay := jobdesc.Pay{
		Min: 130000, Max: 175000, Currency: "USD", Period: hiring.PeriodYear, Estimate: true,
		Basis: "DistantJob's hiring guide, senior backend developer, United States",
	}
	d := jobdesc.Draft(in, hiring.Recommend(in), pay)
	fmt.Println(d.Title)
	fmt.Println(d.About[0])
	fmt.Println(d.About[1])
	fmt.Println(d.Responsibilities[0])
	fmt.Println(d.Compensation)
	fmt.Println(d.HowToApply)
	for _, g := range d.Missing {
		fmt.Println("missing:", g.Field)
	}
	// Output:
	// Senior Backend Engineer (features and architecture)
	// Acme is hiring a Senior Backend Engineer (features and architecture). We are a startup with 8 engineers.
	// This role spans feature work and system design, and we want to say so plainly. Nobody owns the design yet, so you will shape it as you build. One week you may plan how a service fits together. The next, you may write its code. The title matters less than the work, and the work is both.
	// Build product features from the first plan to release, and keep improving them.
	// $130,000 – $175,000 per year (estimate: DistantJob's hiring guide, senior backend developer, United States; confirm before posting).
	// Send your CV and a few lines about yourself to jobs@acme.example
	// missing: paymin
	// missing: location
}

func ExampleJobDescription_JSONLD() {
	in := hiring.DefaultInput()
	in.Company = `Acme </script>`
	in.Location = "Anywhere in the United States"
	in.PayMin, in.PayMax = 150000, 180000 // the employer confirmed the range
	d := jobdesc.Draft(in, hiring.Recommend(in), jobdesc.Pay{})

	ld, err := d.JSONLD(jobdesc.LDOptions{
		DatePosted:   "2026-05-01",
		ValidThrough: "2026-06-30",
		CountryName:  "United States",
		DirectApply:  true,
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	var doc struct {
		Org struct {
			Name string `json:"name"`
		} `json:"hiringOrganization"`
		LocationType string          `json:"jobLocationType"`
		Applicants   json.RawMessage `json:"applicantLocationRequirements"`
		Salary       json.RawMessage `json:"baseSalary"`
	}
	if err := json.Unmarshal([]byte(ld), &doc); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(doc.Org.Name)
	fmt.Println(doc.LocationType)
	fmt.Println(string(doc.Applicants))
	fmt.Println(string(doc.Salary))
	fmt.Println(len(jobdesc.ValidateJobPosting([]byte(ld))), "issues")
	blanks, _ := d.FillIn(jobdesc.LDOptions{DatePosted: "2026-05-01", ValidThrough: "2026-06-30", DirectApply: true})
	for _, b := range blanks {
		fmt.Println("fill in:", b.Property)
	}
	// Output:
	// Acme </script>
	// TELECOMMUTE
	// {
	//     "@type": "Country",
	//     "name": "United States"
	//   }
	// {
	//     "@type": "MonetaryAmount",
	//     "currency": "USD",
	//     "value": {
	//       "@type": "QuantitativeValue",
	//       "minValue": 150000,
	//       "maxValue": 180000,
	//       "unitText": "YEAR"
	//     }
	//   }
	// 0 issues
	// fill in: url
}
