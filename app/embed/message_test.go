package embed

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"hirecalc/app/hiring"
)

const jobPosting = `{"@context":"https://schema.org","@type":"JobPosting","title":"Backend Engineer"}`

func TestDecodeMessage(t *testing.T) {
	result := Summary{Role: hiring.RoleEngineer, Title: "Senior Backend Engineer",
		PayMin: 120000, PayMax: 160000, Currency: "USD", Period: hiring.PeriodYear}
	tests := []struct {
		name string
		json string
		want Message
	}{
		{
			name: "set",
			json: `{"type":"hirecalc:set","v":1,"id":"hc-1","query":"team=5&stage=startup"}`,
			want: NewSet("hc-1", "team=5&stage=startup"),
		},
		{
			name: "set without id",
			json: `{"type":"hirecalc:set","v":1,"query":"needs=architecture,apis"}`,
			want: NewSet("", "needs=architecture,apis"),
		},
		{
			name: "ready",
			json: `{"type":"hirecalc:ready","v":1,"id":"a","query":"team=3","height":812}`,
			want: NewReady("a", "team=3", 812),
		},
		{
			name: "resize",
			json: `{"type":"hirecalc:resize","v":1.0,"id":"a","height":640}`,
			want: NewResize("a", 640),
		},
		{
			name: "change with JSON-LD",
			json: `{"type":"hirecalc:change","v":1,"id":"a","query":"team=40","result":{"role":"engineer",` +
				`"title":"Senior Backend Engineer","payMin":120000,"payMax":160000,"currency":"USD","period":"year"},` +
				`"jsonld":"{\"@context\":\"https://schema.org\",\"@type\":\"JobPosting\",\"title\":\"Backend Engineer\"}"}`,
			want: NewChange("a", "team=40", result, jobPosting),
		},
		{
			name: "change without a pay figure",
			json: `{"type":"hirecalc:change","v":1,"id":"a","query":"team=1","result":{"role":"developer","title":"Backend Developer",` +
				`"payMin":0,"payMax":0,"currency":"","period":""}}`,
			want: NewChange("a", "team=1", Summary{Role: hiring.RoleDeveloper, Title: "Backend Developer"}, ""),
		},
		{
			name: "cta",
			json: `{"type":"hirecalc:cta","v":1,"id":"a","href":"https://acme.example/jobs"}`,
			want: NewCTA("a", "https://acme.example/jobs"),
		},
		{
			name: "unknown fields are ignored",
			json: `{"type":"hirecalc:resize","v":1,"id":"a","height":10,"extra":{"deep":[1,2]}}`,
			want: NewResize("a", 10),
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := DecodeMessage([]byte(tc.json))
			require.NoError(t, err)
			assert.Equal(t, tc.want, got)
			again, err := DecodeMessage(got.JSON())
			require.NoError(t, err, "a message decodes from its own JSON")
			assert.Equal(t, got, again)
		})
	}
}

func TestDecodeMessageRefuses(t *testing.T) {
	tests := []struct {
		name    string
		json    string
		foreign bool
	}{
		{"not JSON", `{`, true},
		{"a string", `"hirecalc:set"`, true},
		{"an array", `[{"type":"hirecalc:set"}]`, true},
		{"null", `null`, true},
		{"no type", `{"v":1}`, true},
		{"another library's message", `{"type":"iframe-resizer","height":5}`, true},
		{"type not a string", `{"type":7,"v":1}`, true},
		{"unknown hirecalc type", `{"type":"hirecalc:eval","v":1,"code":"alert(1)"}`, false},
		{"no version", `{"type":"hirecalc:set","query":"team=5"}`, false},
		{"version 2", `{"type":"hirecalc:set","v":2,"query":"team=5"}`, false},
		{"version as string", `{"type":"hirecalc:set","v":"1","query":"team=5"}`, false},
		{"id with markup", `{"type":"hirecalc:set","v":1,"id":"<img>","query":"team=5"}`, false},
		{"id as number", `{"type":"hirecalc:set","v":1,"id":3,"query":"team=5"}`, false},
		{"set without query", `{"type":"hirecalc:set","v":1}`, false},
		{"set with empty query", `{"type":"hirecalc:set","v":1,"query":""}`, false},
		{"set with a query object", `{"type":"hirecalc:set","v":1,"query":{"team":5}}`, false},
		{"set with a bad value", `{"type":"hirecalc:set","v":1,"query":"team=-1"}`, false},
		{"set with an unknown key", `{"type":"hirecalc:set","v":1,"query":"team=5&admin=1"}`, false},
		{"set of an embed option", `{"type":"hirecalc:set","v":1,"query":"cta=https://evil.example"}`, false},
		{"set with a key twice", `{"type":"hirecalc:set","v":1,"query":"team=5&team=6"}`, false},
		{"set with a broken escape", `{"type":"hirecalc:set","v":1,"query":"company=%zz"}`, false},
		{"resize with negative height", `{"type":"hirecalc:resize","v":1,"height":-5}`, false},
		{"resize with fractional height", `{"type":"hirecalc:resize","v":1,"height":10.5}`, false},
		{"resize with huge height", `{"type":"hirecalc:resize","v":1,"height":1e300}`, false},
		{"resize without height", `{"type":"hirecalc:resize","v":1}`, false},
		{"change without result", `{"type":"hirecalc:change","v":1,"query":"team=1"}`, false},
		{"change with an empty query", `{"type":"hirecalc:change","v":1,"query":"","result":{"role":"engineer","title":"","payMin":0,"payMax":0,"currency":"","period":""}}`, false},
		{"resize to nothing", `{"type":"hirecalc:resize","v":1,"height":0}`, false},
		{"change with unknown role", `{"type":"hirecalc:change","v":1,"query":"team=1","result":{"role":"ceo","title":"","payMin":0,"payMax":0,"currency":"","period":""}}`, false},
		{"change with inverted pay", `{"type":"hirecalc:change","v":1,"query":"team=1","result":{"role":"engineer","title":"","payMin":9,"payMax":1,"currency":"USD","period":"year"}}`, false},
		{"change with a bad currency", `{"type":"hirecalc:change","v":1,"query":"team=1","result":{"role":"engineer","title":"","payMin":0,"payMax":0,"currency":"usd","period":"year"}}`, false},
		{"change with JSON-LD that is not a posting", `{"type":"hirecalc:change","v":1,"query":"team=1","result":{"role":"engineer","title":"","payMin":0,"payMax":0,"currency":"","period":""},"jsonld":"{\"@type\":\"Person\"}"}`, false},
		{"change with JSON-LD that is not JSON", `{"type":"hirecalc:change","v":1,"query":"team=1","result":{"role":"engineer","title":"","payMin":0,"payMax":0,"currency":"","period":""},"jsonld":"<script>"}`, false},
		{"cta to javascript", `{"type":"hirecalc:cta","v":1,"href":"javascript:alert(1)"}`, false},
		{"change with inverted cost", `{"type":"hirecalc:change","v":1,"query":"team=1","result":{"role":"engineer","title":"","payMin":1,"payMax":2,"currency":"USD","period":"year","costMin":9,"costMax":1}}`, false},
		{"change with a cost minimum only", `{"type":"hirecalc:change","v":1,"query":"team=1","result":{"role":"engineer","title":"","payMin":1,"payMax":2,"currency":"USD","period":"year","costMin":9}}`, false},
		{"change with a text completeness", `{"type":"hirecalc:change","v":1,"query":"team=1","result":{"role":"engineer","title":"","payMin":1,"payMax":2,"currency":"USD","period":"year","costMin":1,"costMax":2,"costComplete":"yes"}}`, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m, err := DecodeMessage([]byte(tc.json))
			require.Error(t, err)
			assert.Equal(t, Message{}, m)
			assert.Equal(t, tc.foreign, errors.Is(err, ErrForeign), "foreign: %v", err)
		})
	}
	t.Run("too large", func(t *testing.T) {
		big := `{"type":"hirecalc:set","v":1,"query":"company=` + strings.Repeat("a", MaxMessage) + `"}`
		_, err := DecodeMessage([]byte(big))
		assert.ErrorContains(t, err, "larger than")
	})
	t.Run("deeply nested", func(t *testing.T) {
		deep := `{"type":"hirecalc:resize","v":1,"height":1,"x":` + strings.Repeat("[", 20000) + strings.Repeat("]", 20000) + `}`
		_, err := DecodeMessage([]byte(deep))
		assert.Error(t, err)
	})
}

func TestParseMessageFromJavaScriptValues(t *testing.T) {
	// syscall/js hands numbers over as float64 and a Go caller may build
	// the map with ints; both read the same.
	m, err := ParseMessage(map[string]any{"type": "hirecalc:resize", "v": 1, "id": "x", "height": 300})
	require.NoError(t, err)
	assert.Equal(t, NewResize("x", 300), m)
	_, err = ParseMessage(nil)
	assert.ErrorIs(t, err, ErrForeign)
	_, err = ParseMessage(map[string]any{"type": "hirecalc:resize", "v": 1, "height": int64(3)})
	assert.Error(t, err, "other number types are not JSON and are refused")
}

func TestMessageJSON(t *testing.T) {
	m := NewChange("w", "team=1", Summary{Role: hiring.RoleHybrid, Title: "T", PayMin: 1, PayMax: 2, Currency: "EUR", Period: hiring.PeriodMonth}, jobPosting)
	var fromJSON map[string]any
	require.NoError(t, json.Unmarshal(m.JSON(), &fromJSON))
	assert.Equal(t, map[string]any{
		"type": "hirecalc:change", "v": 1.0, "id": "w", "query": "team=1",
		"result": map[string]any{"role": "hybrid", "title": "T", "payMin": 1.0, "payMax": 2.0, "currency": "EUR", "period": "month"},
		"jsonld": jobPosting,
	}, fromJSON)
	assert.Equal(t, `{"type":"hirecalc:resize","v":1,"id":"","height":5}`, string(NewResize("", 5).JSON()),
		"only the fields of the type")
	assert.Equal(t, `{"type":"hirecalc:cta","v":1,"id":"x","href":"https://a.example"}`, string(NewCTA("x", "https://a.example").JSON()))
}

func TestApply(t *testing.T) {
	in, problems := hiring.ParseQuery("team=40&stage=scaleup&needs=features,architecture&company=Acme&paymin=100&paymax=200")
	require.Empty(t, problems)

	t.Run("given keys change, the others stay", func(t *testing.T) {
		m, err := DecodeMessage([]byte(`{"type":"hirecalc:set","v":1,"query":"team=3&needs=features"}`))
		require.NoError(t, err)
		out, err := m.Apply(in)
		require.NoError(t, err)
		assert.Equal(t, 3, out.Team)
		assert.Equal(t, []hiring.Need{hiring.NeedFeatures}, out.Needs)
		assert.Equal(t, hiring.StageScaleup, out.Stage)
		assert.Equal(t, "Acme", out.Company)
		assert.Equal(t, 100, out.PayMin)
	})
	t.Run("an empty value clears a text field", func(t *testing.T) {
		out, err := NewSet("", "company=").Apply(in)
		require.NoError(t, err)
		assert.Equal(t, "", out.Company)
	})
	t.Run("only set messages apply", func(t *testing.T) {
		out, err := NewResize("", 3).Apply(in)
		assert.Error(t, err)
		assert.Equal(t, in, out)
	})
	t.Run("a bad set built by hand changes nothing", func(t *testing.T) {
		out, err := NewSet("", "team=x").Apply(in)
		assert.Error(t, err)
		assert.Equal(t, in, out)
	})
}

func TestTypeFromWidget(t *testing.T) {
	for _, typ := range []Type{TypeReady, TypeResize, TypeChange, TypeCTA} {
		assert.True(t, typ.FromWidget(), typ)
	}
	assert.False(t, TypeSet.FromWidget())
	assert.False(t, Type("hirecalc:other").FromWidget())
}

func TestDecodeSetAndDecodeHeight(t *testing.T) {
	set := []byte(`{"type":"hirecalc:set","v":1,"id":"a","query":"team=5"}`)
	resize := []byte(`{"type":"hirecalc:resize","v":1,"id":"a","height":640}`)
	ready := []byte(`{"type":"hirecalc:ready","v":1,"id":"a","query":"team=5","height":700}`)
	cta := []byte(`{"type":"hirecalc:cta","v":1,"id":"a","href":"https://acme.example"}`)

	t.Run("a widget reads hirecalc:set only", func(t *testing.T) {
		m, err := DecodeSet(set)
		require.NoError(t, err)
		assert.Equal(t, NewSet("a", "team=5"), m)
		for _, b := range [][]byte{resize, ready, cta} {
			_, err := DecodeSet(b)
			assert.Error(t, err, "%s", b)
			assert.NotErrorIs(t, err, ErrForeign)
		}
		_, err = DecodeSet([]byte(`{"type":"hirecalc:set","v":1,"query":"team=-1"}`))
		assert.Error(t, err)
		_, err = DecodeSet([]byte(`"x"`))
		assert.ErrorIs(t, err, ErrForeign)
	})
	t.Run("a height follower reads ready and resize only", func(t *testing.T) {
		m, err := DecodeHeight(resize)
		require.NoError(t, err)
		assert.Equal(t, 640, m.Height)
		m, err = DecodeHeight(ready)
		require.NoError(t, err)
		assert.Equal(t, 700, m.Height)
		for _, b := range [][]byte{set, cta} {
			_, err := DecodeHeight(b)
			assert.Error(t, err, "%s", b)
		}
	})
	t.Run("both agree with DecodeMessage on what they accept", func(t *testing.T) {
		for _, b := range [][]byte{set, resize, ready} {
			want, err := DecodeMessage(b)
			require.NoError(t, err)
			var got Message
			if want.Type == TypeSet {
				got, err = DecodeSet(b)
			} else {
				got, err = DecodeHeight(b)
			}
			require.NoError(t, err)
			assert.Equal(t, want, got)
		}
	})
}

func TestChangeCarriesTheEmployerCost(t *testing.T) {
	m := NewChange("hc-1", "team=5", Summary{Role: "engineer", Title: "Senior Backend Engineer", PayMin: 130000, PayMax: 210000,
		Currency: "USD", Period: "year", CostMin: 139987, CostMax: 224526}, "")
	b := m.JSON()
	assert.Contains(t, string(b), `"costMin":139987,"costMax":224526}`, "costComplete false is left out")
	got, err := DecodeMessage(b)
	require.NoError(t, err)
	assert.Equal(t, m, got)
	without := NewChange("hc-1", "team=5", Summary{Role: "engineer", Title: "T"}, "")
	assert.NotContains(t, string(without.JSON()), "cost", "no cost, no fields: version 1 readers see what they saw")
}
