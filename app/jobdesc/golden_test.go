package jobdesc

import (
	"flag"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"hirecalc/app/hiring"
	"hirecalc/data"
)

var update = flag.Bool("update", false, "rewrite golden files")

// goldenCase is one description drafted for the golden files.
type goldenCase struct {
	name  string
	query string
	pay   Pay
}

// surveyPay is an estimate as app/advice reports it from the pay data: the
// ranges below are what it gave for these golden inputs on 2026-12-04,
// fixed here so that the golden files change with the draft, not with the
// salary data.
func surveyPay(min, max float64, currency, area string) Pay {
	return Pay{Min: min, Max: max, Currency: currency, Period: hiring.PeriodYear, Estimate: true,
		Basis: "based on the Stack Overflow Developer Survey 2024, " + area}
}

// goldenCases are representative drafts, read as a recruiter would before
// they were accepted: every outcome at every level, with and without an
// owner of the design, sparse and rich needs, a first engineer, each
// source of pay (entered, confirmed from the estimate, estimate, none),
// every workplace, a hostile input and one with nothing filled in. Each
// goes through hiring.Recommend.
func goldenCases() []goldenCase {
	return []goldenCase{
		{"developer-mid-enterprise-owner",
			"team=200&stage=enterprise&regulated=1&owner=yes&needs=features,apis,data&level=mid&region=pl&currency=PLN&workplace=onsite&location=Warsaw&company=Acme+Payments&apply=jobs%40acme.example&benefits=Private+health+care%2C+26+days+of+paid+leave&paymin=180000&paymax=240000&paycurrency=PLN",
			Pay{}},
		{"developer-senior-enterprise-no-owner",
			"team=150&stage=enterprise&owner=no&needs=features,apis&level=senior&region=us&workplace=remote&location=Anywhere+in+the+United+States&company=Northwind&apply=https%3A%2F%2Fnorthwind.example%2Fjobs%2F42",
			surveyPay(130000, 210000, "USD", "United States")},
		{"developer-junior-midsize-nothing-ticked",
			"team=200&stage=midsize&owner=yes&needs=&level=junior&region=us&workplace=hybrid&location=Austin%2C+TX&company=Contoso&apply=https%3A%2F%2Fcontoso.example%2Fcareers&paymin=35&paymax=45&payperiod=hour",
			Pay{}},
		{"developer-mid-first-engineer",
			"team=0&stage=midsize&owner=no&needs=features,testing&level=mid&region=us&workplace=remote&company=Fabrikam&apply=hiring%40fabrikam.example",
			surveyPay(100000, 174000, "USD", "United States")},
		{"engineer-senior-data-observability-devops",
			"team=60&stage=midsize&owner=yes&needs=data,observability,devops&level=senior&region=us&workplace=remote&location=United+States&company=Tailspin&apply=https%3A%2F%2Ftailspin.example%2Fjobs&benefits=Health%2C+dental+and+vision+insurance%3B+401(k)+match&paymin=160000&paymax=200000",
			Pay{}},
		{"engineer-junior-scaleup-no-owner",
			"team=80&stage=scaleup&owner=no&needs=architecture,security&level=junior&region=de&currency=EUR&workplace=hybrid&location=Berlin&company=Lamna&apply=jobs%40lamna.example&paymin=55000&paymax=65000&paycurrency=EUR",
			Pay{}},
		{"engineer-staff-first-engineer-sparse",
			"team=0&stage=enterprise&owner=no&needs=&level=staff&region=us&workplace=onsite",
			Pay{}},
		{"hybrid-senior-startup-confirmed",
			"team=8&stage=startup&owner=no&needs=features,apis,architecture&level=senior&region=us&workplace=remote&location=Anywhere+in+the+United+States&company=Acme&apply=https%3A%2F%2Facme.example%2Fjobs%2Fbackend&paymin=130000&paymax=175000&paysource=estimate",
			Pay{}},
		{"hybrid-mid-features-devops",
			"team=12&stage=startup&owner=no&needs=features,apis,devops&level=mid&region=weu&currency=EUR&workplace=remote&location=Anywhere+in+Western+Europe&company=Wingtip&apply=careers%40wingtip.example",
			surveyPay(36802, 64190, "EUR", "Western Europe")},
		{"hybrid-junior-nothing-ticked",
			"team=3&stage=startup&owner=no&needs=&level=junior&region=us&workplace=onsite&location=Denver%2C+CO&apply=founders%40startup.example&paymin=80000&paymax=95000",
			Pay{}},
		{"hybrid-senior-every-need",
			"team=20&stage=scaleup&owner=no&needs=features,apis,data,testing,architecture,scalability,reliability,security,devops,observability,leadership,domain&level=senior&region=us&workplace=remote&location=United+States&company=Adatum&apply=https%3A%2F%2Fadatum.example%2Fjobs",
			surveyPay(130000, 210000, "USD", "United States")},
		{"standard-senior-system",
			"team=5000&stage=bigtech&owner=yes&needs=reliability,observability,leadership&level=senior&region=us&workplace=onsite&location=Seattle%2C+WA&company=Litware&apply=Through+our+careers+site%3A+search+for+job+1234&paymin=165000&paymax=210000",
			Pay{}},
		{"standard-mid-features-no-owner",
			"team=400&stage=bigtech&owner=no&needs=features,apis&level=mid&region=us&workplace=hybrid&location=New+York%2C+NY&where=us-nyc&company=Proseware&apply=https%3A%2F%2Fproseware.example%2Fjobs&benefits=Health+insurance+and+an+annual+bonus&paymin=140000&paymax=170000",
			Pay{}},
		{"standard-staff-regulated-nothing-ticked",
			"team=900&stage=bigtech&regulated=1&owner=yes&needs=&level=staff&region=us&workplace=remote&company=Woodgrove+Bank&apply=https%3A%2F%2Fwoodgrove.example%2Fcareers&paymin=15000&paymax=19000&payperiod=month",
			Pay{}},
		{"hostile",
			"workplace=hybrid&level=staff&company=Acme+%22%3E%3Cimg+src%3Dx+onerror%3Dalert(1)%3E+%26+Co+%3C%2Fscript%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E&location=%3Csvg+onload%3Dalert(1)%3E+%E2%80%AEevil%E2%80%A8Berlin+%3C!--+%5Bx%5D(javascript%3Aalert(1))&apply=JaVaScRiPt%3Aalert(document.cookie)&benefits=%26lt%3Bscript%26gt%3B+*bold*+_it_+%60code%60+%5C+%7C+~~s~~+%EF%BC%9Cscript%EF%BC%9E+%3C%2Fscript%3E",
			estimatePay},
		{"empty", "", Pay{}},
	}
}

// goldenLDOptions are the JSON-LD options of every golden file.
var goldenLDOptions = LDOptions{
	DatePosted:   "2026-05-01",
	ValidThrough: "2026-06-30",
	DirectApply:  true,
	URL:          "https://acme.example/jobs/backend",
}

// checkGolden compares got with testdata/name, or rewrites the file when
// -update is set.
func checkGolden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		require.NoError(t, os.WriteFile(path, []byte(got), 0o644))
		return
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "run go test ./app/jobdesc -update to create it")
	assert.Equal(t, string(want), got, "%s differs; rerun with -update if the change is intended", path)
}

func TestGolden(t *testing.T) {
	g := data.MustGuide()
	wording := needWording(g)
	roles, levels := map[hiring.Role]bool{}, map[hiring.Level]bool{}
	for _, c := range goldenCases() {
		t.Run(c.name, func(t *testing.T) {
			in, problems := hiring.ParseQuery(c.query)
			require.Empty(t, problems)
			rec := hiring.Recommend(in)
			roles[rec.Role], levels[rec.Level] = true, true
			d := Draft(in, rec, c.pay)
			if c.name != "hostile" {
				checkDraft(t, g, wording, in, d, c.name)
			}
			checkGolden(t, c.name+".txt", d.Text())
			checkGolden(t, c.name+".md", d.Markdown())
			checkGolden(t, c.name+".html", d.HTML())
			ld, err := d.JSONLD(goldenLDOptions)
			require.NoError(t, err)
			checkGolden(t, c.name+".jsonld", ld)
		})
	}
	for _, r := range roles {
		assert.True(t, r)
	}
	assert.Len(t, roles, len(hiring.Roles), "every outcome has a golden file")
	assert.Len(t, levels, len(hiring.Levels), "every level has a golden file")
	assert.True(t, slices.ContainsFunc(goldenCases(), func(c goldenCase) bool { return c.name == "empty" }))
}
