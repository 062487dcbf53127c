package ui

import (
	"hirecalc/app/hiring"
	"hirecalc/app/jobdesc"
	"hirecalc/app/pay"
)

// result is everything the page shows for one input.
//
// TODO(lead): replace the body of advise with advice.Advise once
// app/advice lands; the page then calls exactly that one function.
type result struct {
	Rec    hiring.Recommendation
	Salary pay.Salary
	PayErr string
	View   pay.View
	Chart  pay.Chart
	JD     jobdesc.JobDescription
}

// advise computes the answer for in.
func advise(in hiring.Input) result {
	var r result
	r.Rec = hiring.Recommend(in)
	s, err := pay.Estimate(string(r.Rec.Role), string(in.Level), in.Region)
	if err != nil {
		r.PayErr = err.Error()
	}
	r.Salary = s
	r.View, _ = s.View(in.Currency, string(in.Period))
	r.Chart, _ = pay.Regions(string(r.Rec.Role), string(in.Level))
	var p jobdesc.Pay
	if s.Suggested != nil {
		p = jobdesc.Pay{Min: s.Suggested.Min, Max: s.Suggested.Max, Currency: s.Suggested.Currency,
			Period: hiring.Period(s.Suggested.Period), Estimate: true, Basis: s.Suggested.Basis}
	}
	r.JD = jobdesc.Draft(in, r.Rec, p)
	return r
}
