package jobdesc

import (
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"hirecalc/app/hiring"
)

var update = flag.Bool("update", false, "rewrite golden files")

// goldenCase is one description drafted for the golden files.
type goldenCase struct {
	name string
	in   hiring.Input
	rec  hiring.Recommendation
	pay  Pay
}

// goldenCases are the four outcomes, a hostile input and an input with
// nothing filled in.
func goldenCases() []goldenCase {
	dev := fixtureInput()
	dev.Stage, dev.Owner, dev.Level = hiring.StageEnterprise, true, hiring.LevelMid
	dev.Workplace, dev.Location, dev.Region = hiring.WorkplaceOnsite, "Warsaw, Poland", "pl"
	dev.Apply = "jobs@acme.example"
	dev.PayMin, dev.PayMax, dev.PayCurrency, dev.PayPeriod = 180000, 240000, "PLN", hiring.PeriodYear

	eng := fixtureInput() // remote, United States, estimate only

	hyb := fixtureInput()
	hyb.Company = ""
	hyb.Workplace, hyb.Location, hyb.Region = hiring.WorkplaceHybrid, "Berlin", "de"
	hyb.PayMin, hyb.PayMax, hyb.PayCurrency, hyb.PayPeriod = 75000, 95000, "EUR", hiring.PeriodYear
	hyb.Benefits = ""

	std := fixtureInput()
	std.Stage, std.Team = hiring.StageBigTech, 400
	std.Workplace, std.Location = hiring.WorkplaceOnsite, "Seattle, WA"
	std.Apply = "Through our careers site: search for job 1234"
	std.PayMin, std.PayMax, std.PayCurrency, std.PayPeriod = 165000, 210000, "USD", hiring.PeriodYear

	hostile := fixtureInput()
	hostile.Company = `Acme "><img src=x onerror=alert(1)> & Co </script><script>alert(1)</script>`
	hostile.Location = "<svg onload=alert(1)> \u202Eevil\u2028Berlin <!-- [x](javascript:alert(1))"
	hostile.Apply = "JaVaScRiPt:alert(document.cookie)"
	hostile.Benefits = "&lt;script&gt; *bold* _it_ `code` \\ | ~~s~~ \x00 ＜script＞ \u003c/script>"
	hostile.Workplace = hiring.WorkplaceHybrid

	empty := hiring.DefaultInput()

	return []goldenCase{
		{"developer", dev, fixtureRec(hiring.RoleDeveloper, hiring.LevelMid), estimatePay},
		{"engineer", eng, fixtureRec(hiring.RoleEngineer, hiring.LevelSenior), estimatePay},
		{"hybrid", hyb, fixtureRec(hiring.RoleHybrid, hiring.LevelSenior), Pay{}},
		{"standard", std, fixtureRec(hiring.RoleStandard, hiring.LevelSenior), estimatePay},
		{"hostile", hostile, fixtureRec(hiring.RoleHybrid, hiring.LevelStaff), estimatePay},
		{"empty", empty, fixtureRec(hiring.RoleEngineer, hiring.LevelJunior), Pay{}},
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
	for _, c := range goldenCases() {
		t.Run(c.name, func(t *testing.T) {
			d := Draft(c.in, c.rec, c.pay)
			checkGolden(t, c.name+".txt", d.Text())
			checkGolden(t, c.name+".md", d.Markdown())
			checkGolden(t, c.name+".html", d.HTML())
			ld, err := d.JSONLD(goldenLDOptions)
			require.NoError(t, err)
			checkGolden(t, c.name+".jsonld", ld)
		})
	}
}
