package embed_test

import (
	"errors"
	"fmt"

	"hirecalc/app/embed"
	"hirecalc/app/hiring"
)

func ExampleParseOptions() {
	o, problems := embed.ParseOptions("embed=1&lock=team&sections=role,pay&accent=%23F60&theme=dark" +
		"&cta=https://acme.example/jobs&ctalabel=Talk+to+our+recruiters&accent=red")
	fmt.Println(o.Embed, o.Lock, o.Sections, o.Accent, o.Theme)
	fmt.Println(o.CTA, "|", o.CTALabel)
	fmt.Println(o.Shows(embed.SectionJD), o.Locked("team"))
	fmt.Println(len(problems))
	// Output:
	// true [team] [role pay] #ff6600 dark
	// https://acme.example/jobs | Talk to our recruiters
	// false true
	// 0
}

func ExampleParseOptions_problems() {
	_, problems := embed.ParseOptions("accent=red&cta=javascript:alert(1)&origins=https://acme.example/jobs")
	for _, p := range problems {
		fmt.Println(p)
	}
	// Output:
	// accent: "red" is not a colour; write it as #rgb or #rrggbb, for example #0a66c2
	// cta: "javascript:alert(1)" is not an http or https address; give one such as https://example.com/jobs
	// origins: "https://acme.example/jobs" is not an origin; write it as https://example.com or http://localhost:8080, without a path
}

func ExampleDecodeMessage() {
	m, err := embed.DecodeMessage([]byte(`{"type":"hirecalc:set","v":1,"id":"hc-1","query":"team=3&stage=startup"}`))
	fmt.Println(m.Type, m.ID, m.Query, err)

	in, _ := hiring.ParseQuery("team=40&stage=enterprise&company=Acme")
	in, err = m.Apply(in)
	fmt.Println(in.Team, in.Stage, in.Company, err)

	_, err = embed.DecodeMessage([]byte(`{"type":"hirecalc:set","v":1,"query":"team=-1"}`))
	fmt.Println(err)
	_, err = embed.DecodeMessage([]byte(`{"type":"resize","height":9}`))
	fmt.Println(errors.Is(err, embed.ErrForeign))
	// Output:
	// hirecalc:set hc-1 team=3&stage=startup <nil>
	// 3 startup Acme <nil>
	// embed: hirecalc:set: team: "-1" is out of range; enter a whole number from 0 to 100000
	// true
}

func ExampleNewChange() {
	m := embed.NewChange("hc-1", "team=40", embed.Summary{
		Role: hiring.RoleEngineer, Title: "Senior Backend Engineer",
		PayMin: 150000, PayMax: 190000, Currency: "USD", Period: hiring.PeriodYear,
	}, "")
	fmt.Println(string(m.JSON()))
	// Output:
	// {"type":"hirecalc:change","v":1,"id":"hc-1","query":"team=40","result":{"role":"engineer","title":"Senior Backend Engineer","payMin":150000,"payMax":190000,"currency":"USD","period":"year"}}
}

func ExampleScriptSnippet() {
	o, _ := embed.ParseOptions("lock=stage&accent=%230a66c2&cta=https://acme.example/jobs&ctalabel=Talk+to+our+recruiters")
	fmt.Println(embed.ScriptSnippet("https://hirecalc.example", "stage=scaleup&company=Acme", o))
	fmt.Println(embed.IframeSnippet("https://hirecalc.example", "stage=scaleup", embed.DefaultOptions(), 1100))
	// Output:
	// <script src="https://hirecalc.example/web/embed.js" data-stage="scaleup" data-company="Acme" data-lock="stage" data-accent="#0a66c2" data-cta="https://acme.example/jobs" data-ctalabel="Talk to our recruiters"></script>
	// <iframe src="https://hirecalc.example/embed.html?embed=1&amp;stage=scaleup" title="Hiring calculator" width="100%" height="1100" style="border:0;width:100%;max-width:100%" loading="lazy" allow="clipboard-write"></iframe>
}
