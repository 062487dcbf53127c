package embed

import "testing"

func BenchmarkParseOptions(b *testing.B) {
	q := "embed=1&id=hc-1&lock=team,stage&hide=company&sections=role,pay&accent=%230a66c2&theme=dark" +
		"&cta=https://acme.example/jobs&ctalabel=Talk+to+our+recruiters&origins=https://acme.example&jsonld=1" +
		"&team=40&stage=scaleup&needs=features,architecture"
	for b.Loop() {
		ParseOptions(q)
	}
}

func BenchmarkDecodeMessage(b *testing.B) {
	msg := []byte(`{"type":"hirecalc:set","v":1,"id":"hc-1","query":"team=3&stage=startup&needs=features,apis"}`)
	for b.Loop() {
		if _, err := DecodeMessage(msg); err != nil {
			b.Fatal(err)
		}
	}
}
