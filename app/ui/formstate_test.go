package ui

import (
	"net/url"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"hirecalc/app/hiring"
)

func TestParseForm(t *testing.T) {
	def := hiring.DefaultInput()
	tests := []struct {
		name       string
		query      string
		typed      map[string]string // expected form values, by key
		problems   []string          // fields with a problem
		extra      url.Values
		checkInput func(t *testing.T, in hiring.Input)
	}{
		{
			name:  "an empty query shows the defaults",
			query: "",
			typed: map[string]string{"team": "8", "stage": "startup", "level": "senior", "region": "us",
				"currency": "USD", "period": "year", "paycurrency": "USD", "payperiod": "year", "company": ""},
			checkInput: func(t *testing.T, in hiring.Input) { assert.Equal(t, def, in) },
		},
		{
			name:     "a wrong team stays as typed and the default is used",
			query:    "team=abc&stage=enterprise",
			typed:    map[string]string{"team": "abc", "stage": "enterprise"},
			problems: []string{"team"},
			checkInput: func(t *testing.T, in hiring.Input) {
				assert.Equal(t, def.Team, in.Team)
				assert.Equal(t, hiring.StageEnterprise, in.Stage)
			},
		},
		{
			name:     "a wrong choice stays as given",
			query:    "region=zz",
			typed:    map[string]string{"region": "zz"},
			problems: []string{"region"},
		},
		{
			name:  "a right choice is shown as understood",
			query: "stage=ENTERPRISE&region=PL",
			typed: map[string]string{"stage": "enterprise", "region": "pl"},
		},
		{
			name:  "free text stays exactly as typed",
			query: "company=%20Acme%20&team=%2012",
			typed: map[string]string{"company": " Acme ", "team": " 12"},
			checkInput: func(t *testing.T, in hiring.Input) {
				assert.Equal(t, "Acme", in.Company)
				assert.Equal(t, 12, in.Team)
			},
		},
		{
			name:  "a plain form submission's repeated needs become one list",
			query: "needs=&needs=features&needs=architecture",
			typed: map[string]string{"needs": "features,architecture"},
			checkInput: func(t *testing.T, in hiring.Input) {
				assert.Equal(t, []hiring.Need{hiring.NeedFeatures, hiring.NeedArchitecture}, in.Needs)
			},
		},
		{
			name:  "a plain form submission with no need ticked means no needs",
			query: "needs=",
			typed: map[string]string{"needs": ""},
			checkInput: func(t *testing.T, in hiring.Input) {
				assert.Empty(t, in.Needs)
			},
		},
		{
			name:  "other keys are kept aside",
			query: "embed=1&team=3",
			typed: map[string]string{"team": "3"},
			extra: url.Values{"embed": {"1"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st, in, problems := parseForm(tt.query)
			for k, want := range tt.typed {
				assert.Equal(t, want, st.Typed.Get(k), "form value of %s", k)
			}
			for _, k := range queryKeys {
				assert.True(t, st.Typed.Has(k), "the form has no value for %s", k)
			}
			got := problemFields(problems)
			assert.Len(t, got, len(tt.problems), "problems: %v", problems)
			for _, f := range tt.problems {
				assert.True(t, got[f], "no problem reported for %s: %v", f, problems)
			}
			if tt.extra != nil {
				assert.Equal(t, tt.extra, st.Extra)
			}
			if tt.checkInput != nil {
				tt.checkInput(t, in)
			}
		})
	}
}

func TestFormStateQuery(t *testing.T) {
	tests := []struct {
		name  string
		start string
		key   string
		value string
		want  map[string]string // expected values in the mirrored query
	}{
		{
			name: "a change is mirrored with the canonical query", start: "", key: "stage", value: "bigtech",
			want: map[string]string{"stage": "bigtech", "team": "8", "needs": "features,apis,architecture", "owner": "no"},
		},
		{
			name: "a wrong value is mirrored as typed, so a reload keeps it", start: "", key: "team", value: "12x",
			want: map[string]string{"team": "12x"},
		},
		{
			name: "typed text is mirrored as typed", start: "", key: "company", value: "Acme & Co ",
			want: map[string]string{"company": "Acme & Co "},
		},
		{
			name: "a half-typed pay range keeps what was typed", start: "", key: "paymin", value: "90000",
			want: map[string]string{"paymin": "90000"},
		},
		{
			name: "other keys stay in the address", start: "embed=1", key: "level", value: "mid",
			want: map[string]string{"embed": "1", "level": "mid"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st, _, _ := parseForm(tt.start)
			st = st.set(tt.key, tt.value)
			in, problems := st.decode()
			q := st.query(in, problems)
			values, err := url.ParseQuery(q)
			require.NoError(t, err, "mirrored query %q", q)
			for k, want := range tt.want {
				assert.Equal(t, want, values.Get(k), "%s in %q", k, q)
			}

			// Opening the mirrored query restores the same form and input.
			again, in2, _ := parseForm(q)
			assert.Equal(t, in, in2, "the input after a reload")
			assert.Equal(t, st.Typed.Get(tt.key), again.Typed.Get(tt.key), "the field after a reload")
		})
	}
}

func TestFormStateSetDoesNotShareValues(t *testing.T) {
	st, _, _ := parseForm("team=3")
	next := st.set("team", "4")
	assert.Equal(t, "3", st.Typed.Get("team"))
	assert.Equal(t, "4", next.Typed.Get("team"))
}

func TestProblemMessages(t *testing.T) {
	msgs := problemMessages([]hiring.Problem{
		{Field: "needs", Value: "x", Message: `"x" is not a need`},
		{Field: "needs", Value: "y", Message: `"y" is not a need.`},
		{Field: "team", Value: "-1", Message: "is out of range"},
	})
	assert.Equal(t, `"x" is not a need. "y" is not a need.`, msgs["needs"])
	assert.Equal(t, "Is out of range.", msgs["team"])
}

// TestManyBadItemsGiveAShortMessage is the 20,000 bad needs: the
// field's message names a handful of them and counts the rest, and the
// page shows the answer for the rest of the input.
func TestManyBadItemsGiveAShortMessage(t *testing.T) {
	items := make([]string, 20000)
	for i := range items {
		items[i] = "bad" + strconv.Itoa(i)
	}
	p := &page{}
	p.load("team=200&stage=enterprise&needs=" + strings.Join(items, ","))
	msg := p.messages["needs"]
	assert.Less(t, len(msg), 1000, "the needs message is %d bytes", len(msg))
	assert.Contains(t, msg, `"bad0" is not a need`)
	assert.True(t, strings.HasSuffix(msg, "And 19997 more wrong values not listed here."), msg)
	assert.Equal(t, 200, p.in.Team)
}

func TestHasFormValues(t *testing.T) {
	for q, want := range map[string]bool{
		"":                false,
		"embed=1":         false,
		"?team=3":         true,
		"utm=x&needs=":    true,
		"teams=3":         false,
		"wasm=false&x=1":  false,
		"region=pl&wasm=": true,
	} {
		assert.Equal(t, want, hasFormValues(q), "%q", q)
	}
}

func FuzzParseForm(f *testing.F) {
	for _, q := range []string{"", "team=abc", "needs=features,apis&needs=data", "%zz", "embed=1&region=PL", "paymin=1&paymax=0"} {
		f.Add(q)
	}
	f.Fuzz(func(t *testing.T, q string) {
		st, in, problems := parseForm(q)
		mirrored := st.query(in, problems)
		_, in2, _ := parseForm(mirrored)
		if in.Team != in2.Team || in.Stage != in2.Stage || in.Region != in2.Region || len(in.Needs) != len(in2.Needs) {
			t.Fatalf("query %q mirrored as %q gives another input:\n%+v\n%+v", q, mirrored, in, in2)
		}
	})
}
