package hiring

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseQuery(t *testing.T) {
	tests := []struct {
		name     string
		query    string
		check    func(t *testing.T, in Input)
		problems []string // fields with a problem, in order
	}{
		{
			name:  "empty query gives the defaults",
			query: "",
			check: func(t *testing.T, in Input) { assert.Equal(t, DefaultInput(), in) },
		},
		{
			name:  "every key is read",
			query: "?team=200&stage=enterprise&regulated=1&owner=yes&needs=testing,features&level=mid&region=pl&currency=pln&period=month&company=Acme&location=Warsaw&workplace=hybrid&apply=jobs%40acme.example&benefits=Private+health&where=pl,eu",
			check: func(t *testing.T, in Input) {
				assert.Equal(t, 200, in.Team)
				assert.Equal(t, StageEnterprise, in.Stage)
				assert.True(t, in.Regulated)
				assert.True(t, in.Owner)
				assert.Equal(t, []Need{NeedFeatures, NeedTesting}, in.Needs, "needs come in canonical order")
				assert.Equal(t, LevelMid, in.Level)
				assert.Equal(t, "pl", in.Region)
				assert.Equal(t, "PLN", in.Currency)
				assert.Equal(t, PeriodMonth, in.Period)
				assert.Equal(t, "Acme", in.Company)
				assert.Equal(t, "Warsaw", in.Location)
				assert.Equal(t, WorkplaceHybrid, in.Workplace)
				assert.Equal(t, "jobs@acme.example", in.Apply)
				assert.Equal(t, "Private health", in.Benefits)
				assert.Equal(t, []string{"eu", "pl"}, in.Where)
				assert.Equal(t, "PLN", in.PayCurrency, "the posted range defaults to the display currency")
			},
		},
		{
			name:     "a team that is not a number keeps the default",
			query:    "team=abc",
			check:    func(t *testing.T, in Input) { assert.Equal(t, 8, in.Team) },
			problems: []string{"team"},
		},
		{
			name:     "a negative team is out of range",
			query:    "team=-1",
			check:    func(t *testing.T, in Input) { assert.Equal(t, 8, in.Team) },
			problems: []string{"team"},
		},
		{
			name:     "a team above the maximum is out of range",
			query:    "team=100001",
			check:    func(t *testing.T, in Input) { assert.Equal(t, 8, in.Team) },
			problems: []string{"team"},
		},
		{
			name:  "team bounds are accepted",
			query: "team=0",
			check: func(t *testing.T, in Input) { assert.Equal(t, 0, in.Team) },
		},
		{
			name:  "an empty value keeps the default without a problem",
			query: "team=&stage=",
			check: func(t *testing.T, in Input) { assert.Equal(t, DefaultInput(), in) },
		},
		{
			name:  "empty needs are kept empty",
			query: "needs=",
			check: func(t *testing.T, in Input) { assert.Empty(t, in.Needs) },
		},
		{
			name:     "unknown needs are dropped and reported, known ones kept",
			query:    "needs=features,,juggling,FEATURES,security",
			check:    func(t *testing.T, in Input) { assert.Equal(t, []Need{NeedFeatures, NeedSecurity}, in.Needs) },
			problems: []string{"needs"},
		},
		{
			name:     "bad enums are reported one by one",
			query:    "stage=huge&level=guru&region=zz&currency=dollars&period=week&workplace=moon&regulated=maybe&owner=perhaps",
			check:    func(t *testing.T, in Input) { assert.Equal(t, DefaultInput(), in) },
			problems: []string{"stage", "regulated", "owner", "level", "region", "currency", "period", "workplace"},
		},
		{
			name:  "region and currency are case-insensitive",
			query: "region=BR&currency=brl&stage=BigTech",
			check: func(t *testing.T, in Input) {
				assert.Equal(t, "br", in.Region)
				assert.Equal(t, "BRL", in.Currency)
				assert.Equal(t, StageBigTech, in.Stage)
			},
		},
		{
			name:  "unknown keys are ignored",
			query: "utm_source=x&embed=1",
			check: func(t *testing.T, in Input) { assert.Equal(t, DefaultInput(), in) },
		},
		{
			name:  "free text is kept as typed, markup included",
			query: "company=%3Cscript%3Ealert(1)%3C%2Fscript%3E+%26+Co",
			check: func(t *testing.T, in Input) { assert.Equal(t, "<script>alert(1)</script> & Co", in.Company) },
		},
		{
			name:  "control characters and invalid UTF-8 in text become spaces",
			query: "location=Rome%00%FFItaly",
			check: func(t *testing.T, in Input) { assert.Equal(t, "Rome  Italy", in.Location) },
		},
		{
			name:     "overlong text is shortened and reported",
			query:    "company=" + strings.Repeat("a", MaxText+5),
			check:    func(t *testing.T, in Input) { assert.Len(t, in.Company, MaxText) },
			problems: []string{"company"},
		},
		{
			name:  "a confirmed pay range is read",
			query: "paymin=120000&paymax=150000&paycurrency=usd&payperiod=year",
			check: func(t *testing.T, in Input) {
				assert.True(t, in.PayConfirmed())
				assert.Equal(t, 120000, in.PayMin)
				assert.Equal(t, 150000, in.PayMax)
			},
		},
		{
			name:  "a typed range is the employer's own",
			query: "paymin=120000&paymax=150000&paysource=entered",
			check: func(t *testing.T, in Input) {
				assert.False(t, in.PayFromEstimate)
				assert.Equal(t, PayEntered, in.PaySource())
			},
		},
		{
			name:  "a range confirmed from the estimate says so",
			query: "paymin=120000&paymax=150000&paysource=ESTIMATE",
			check: func(t *testing.T, in Input) {
				assert.True(t, in.PayFromEstimate)
				assert.Equal(t, PayConfirmed, in.PaySource())
				assert.Contains(t, in.Query(), "&paysource=estimate")
			},
		},
		{
			name:  "a source without a range confirms nothing",
			query: "paysource=estimate",
			check: func(t *testing.T, in Input) {
				assert.False(t, in.PayFromEstimate)
				assert.Equal(t, PaySource(""), in.PaySource())
				assert.NotContains(t, in.Query(), "paysource")
			},
		},
		{
			name:     "a source with a broken range confirms nothing",
			query:    "paymin=150000&paymax=120000&paysource=estimate",
			check:    func(t *testing.T, in Input) { assert.False(t, in.PayFromEstimate) },
			problems: []string{"paymax"},
		},
		{
			name:  "the form's checkbox says the same",
			query: "paymin=1&paymax=2&paysource=1",
			check: func(t *testing.T, in Input) { assert.Equal(t, PayConfirmed, in.PaySource()) },
		},
		{
			name:     "an unknown source is reported",
			query:    "paymin=1&paymax=2&paysource=guess",
			check:    func(t *testing.T, in Input) { assert.Equal(t, PayEntered, in.PaySource()) },
			problems: []string{"paysource"},
		},
		{
			name:     "an open-ended pay range is not confirmed",
			query:    "paymin=120000",
			check:    func(t *testing.T, in Input) { assert.False(t, in.PayConfirmed()) },
			problems: []string{"paymax"},
		},
		{
			name:     "a pay range with max below min is not confirmed",
			query:    "paymin=150000&paymax=120000",
			check:    func(t *testing.T, in Input) { assert.False(t, in.PayConfirmed()) },
			problems: []string{"paymax"},
		},
		{
			name:     "unknown jurisdictions are reported",
			query:    "where=us-ny,atlantis",
			check:    func(t *testing.T, in Input) { assert.Equal(t, []string{"us-ny"}, in.Where) },
			problems: []string{"where"},
		},
		{
			name:     "a broken escape keeps the readable pairs",
			query:    "team=12&company=%zz",
			check:    func(t *testing.T, in Input) { assert.Equal(t, 12, in.Team) },
			problems: []string{"query"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in, problems := ParseQuery(tt.query)
			tt.check(t, in)
			var fields []string
			for _, p := range problems {
				fields = append(fields, p.Field)
				assert.NotEmpty(t, p.Message, "every problem says what is wrong")
			}
			assert.Equal(t, tt.problems, fields)
		})
	}
}

func TestProblemMessage(t *testing.T) {
	_, problems := ParseQuery("team=abc")
	require.Len(t, problems, 1)
	assert.Equal(t, `team: "abc" is not a number; enter a whole number from 0 to 100000`, problems[0].Error())
}

func TestQueryRoundTrip(t *testing.T) {
	inputs := map[string]Input{
		"default": DefaultInput(),
		"everything": {
			Team: 51, Stage: StageScaleup, Regulated: true, Owner: true,
			Needs: []Need{NeedAPIs, NeedSecurity}, Level: LevelStaff, Region: "ar",
			Currency: "ARS", Period: PeriodHour, Company: "Ünïcode & <Co> = 100%, ok?",
			Location: "Buenos Aires, AR", Workplace: WorkplaceOnsite, Apply: "https://acme.example/jobs?id=1&x=2",
			Benefits: "Health; 30 days", Where: []string{"eu", "pl"},
			PayMin: 1, PayMax: 2, PayCurrency: "EUR", PayPeriod: PeriodMonth, PayFromEstimate: true,
		},
		"no needs": func() Input { in := DefaultInput(); in.Needs = []Need{}; return in }(),
	}
	for name, in := range inputs {
		t.Run(name, func(t *testing.T) {
			got, problems := ParseQuery(in.Query())
			assert.Empty(t, problems)
			assert.Equal(t, in, got)
		})
	}
}

func TestValidRegion(t *testing.T) {
	for _, r := range []string{"us", "weu", "eeu", "latam", "pl", "br", "mx", "ar", "de", "gb", "zw", "ad"} {
		assert.True(t, ValidRegion(r), r)
	}
	for _, r := range []string{"", "zz", "uk", "xk", "PL", "eu", "p", "pol", "é"} {
		assert.False(t, ValidRegion(r), r)
	}
}

// FuzzParseQuery checks that decoding never panics, that every problem
// names a field, and that encoding a decoded input gives it back.
func FuzzParseQuery(f *testing.F) {
	for _, seed := range []string{
		"", "team=5&stage=startup&owner=no&needs=features,architecture&level=senior&region=pl",
		"team=abc", "needs=,,,", "company=%3Cscript%3E", "paymin=1&paymax=0", "%zz", "a=1&a=2",
		"location=%00%FF", "where=eu,pl,eu", DefaultInput().Query(), "paymin=1&paymax=2&paysource=estimate",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, q string) {
		in, problems := ParseQuery(q)
		for _, p := range problems {
			if p.Field == "" || p.Message == "" {
				t.Fatalf("problem without field or message: %+v", p)
			}
		}
		if in.Team < 0 || in.Team > MaxTeam || !slices.Contains(Stages, in.Stage) || !ValidRegion(in.Region) {
			t.Fatalf("decoded an invalid input: %+v", in)
		}
		again, problems := ParseQuery(in.Query())
		if len(problems) > 0 {
			t.Fatalf("re-decoding %q reported %v", in.Query(), problems)
		}
		if again.Query() != in.Query() || fmt.Sprint(again) != fmt.Sprint(in) {
			t.Fatalf("round trip changed the input:\n%+v\n%+v", in, again)
		}
	})
}

func ExampleParseQuery() {
	in, problems := ParseQuery("team=abc&stage=enterprise&needs=features,apis&region=PL")
	fmt.Println(in.Team, in.Stage, in.Needs, in.Region)
	for _, p := range problems {
		fmt.Println(p)
	}
	// Output:
	// 8 enterprise [features apis] pl
	// team: "abc" is not a number; enter a whole number from 0 to 100000
}

func ExampleInput_Query() {
	in := DefaultInput()
	in.Company = "Acme & Co"
	fmt.Println(in.Query())
	// Output:
	// team=8&stage=startup&regulated=0&owner=no&needs=features,apis,architecture&level=senior&region=us&currency=USD&period=year&workplace=remote&company=Acme+%26+Co
}

func BenchmarkParseQuery(b *testing.B) {
	q := "team=5&stage=startup&owner=no&needs=features,architecture&level=senior&region=pl&company=Acme"
	for b.Loop() {
		ParseQuery(q)
	}
}
