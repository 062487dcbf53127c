package hiring_test

import (
	"testing"

	"hirecalc/app/hiring"
)

func BenchmarkRecommend(b *testing.B) {
	in := hiring.DefaultInput()
	hiring.Recommend(in) // load the guide outside the timing
	b.ReportAllocs()
	for b.Loop() {
		hiring.Recommend(in)
	}
}
