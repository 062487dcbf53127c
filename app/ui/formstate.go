package ui

import (
	"maps"
	"net/url"
	"slices"
	"strings"

	"hirecalc/app/hiring"
)

// queryKeys are the keys of the shareable query, in the order the form
// shows them.
var queryKeys = []string{
	"team", "stage", "regulated", "owner", "needs",
	"level", "region", "workplace", "location",
	"currency", "period",
	"company", "apply", "benefits",
	"paymin", "paymax", "paycurrency", "payperiod", "paysource", "where",
}

// rangeKeys are the keys of the posting's own pay range: changing one
// makes the range the employer's, no longer hirecalc's estimate.
var rangeKeys = map[string]bool{"paymin": true, "paymax": true, "paycurrency": true, "payperiod": true}

// typedKeys are the fields whose value is kept exactly as typed, in the
// form and in the address bar; the others are choices, shown as
// understood unless they are wrong.
var typedKeys = map[string]bool{
	"team": true, "company": true, "location": true, "apply": true,
	"benefits": true, "paymin": true, "paymax": true,
}

// listKeys are the keys whose value is a comma-separated list.
var listKeys = map[string]bool{"needs": true, "where": true}

// formState is the form as the user filled it in.
type formState struct {
	// Typed holds one value per query key: as typed for typedKeys and
	// for wrong values, as understood for the others.
	Typed url.Values
	// Extra holds the query's other keys (for example embed=1), kept in
	// the address bar untouched.
	Extra url.Values
}

// parseForm decodes a query string into the form state and the input it
// means, with the problems found. A form submitted without the app (a
// plain GET) sends each ticked need as its own "needs" key: those are
// joined into one list first.
func parseForm(q string) (formState, hiring.Input, []hiring.Problem) {
	q = strings.TrimPrefix(q, "?")
	values, _ := url.ParseQuery(q) // ParseQuery below reports what is malformed
	joined := false
	for k := range listKeys {
		if vs := values[k]; len(vs) > 1 {
			values[k] = []string{joinList(vs)}
			joined = true
		}
	}
	if joined {
		q = values.Encode()
	}
	in, problems := hiring.ParseQuery(q)

	st := formState{Typed: url.Values{}, Extra: url.Values{}}
	canonical, _ := url.ParseQuery(in.Query())
	// Input.Query leaves out the range's currency and period when they
	// are the defaults; the form shows them all the same.
	if !canonical.Has("paycurrency") {
		canonical.Set("paycurrency", in.PayCurrency)
	}
	if !canonical.Has("payperiod") {
		canonical.Set("payperiod", string(in.PayPeriod))
	}
	wrong := problemFields(problems)
	for _, k := range queryKeys {
		raw, given := values[k]
		switch {
		case given && len(raw) > 0 && (typedKeys[k] || wrong[k]):
			st.Typed.Set(k, raw[0])
		case canonical.Has(k):
			st.Typed.Set(k, canonical.Get(k))
		default:
			st.Typed.Set(k, "")
		}
	}
	for k, vs := range values {
		if !slices.Contains(queryKeys, k) {
			st.Extra[k] = vs
		}
	}
	return st, in, problems
}

// joinList joins the values of a list key, dropping empty ones (the form
// sends an empty "needs" so that ticking nothing means no needs).
func joinList(vs []string) string {
	var items []string
	for _, v := range vs {
		for item := range strings.SplitSeq(v, ",") {
			if item = strings.TrimSpace(item); item != "" {
				items = append(items, item)
			}
		}
	}
	return strings.Join(items, ",")
}

// decode returns the input the form state means, with its problems.
func (st formState) decode() (hiring.Input, []hiring.Problem) {
	return hiring.FromValues(st.Typed, nil)
}

// set returns a copy of the state with key set to value.
func (st formState) set(key, value string) formState {
	typed := url.Values{}
	for k, vs := range st.Typed {
		typed[k] = slices.Clone(vs)
	}
	typed.Set(key, value)
	return formState{Typed: typed, Extra: st.Extra}
}

// change returns the state after the user set key to value: an edited
// pay range is the employer's own, no longer hirecalc's estimate, so it
// loses its paysource mark.
func (st formState) change(key, value string) formState {
	st = st.set(key, value)
	if rangeKeys[key] && st.Typed.Get("paysource") != "" {
		st = st.set("paysource", "")
	}
	return st
}

// query returns the query string that mirrors the form: the canonical
// query of in, with what is typed in place of the canonical value for
// free-text fields and wrong values (so that nothing typed is lost on
// reload or in a shared link), then the extra keys.
func (st formState) query(in hiring.Input, problems []hiring.Problem) string {
	wrong := problemFields(problems)
	override := func(k string) (string, bool) {
		v := st.Typed.Get(k)
		if wrong[k] || (typedKeys[k] && v != "") {
			return v, true
		}
		return "", false
	}
	var b strings.Builder
	add := func(k, v string) {
		if b.Len() > 0 {
			b.WriteByte('&')
		}
		b.WriteString(url.QueryEscape(k))
		b.WriteByte('=')
		b.WriteString(strings.ReplaceAll(url.QueryEscape(v), "%2C", ","))
	}
	done := map[string]bool{}
	for pair := range strings.SplitSeq(in.Query(), "&") {
		k, _, _ := strings.Cut(pair, "=")
		if k == "" {
			continue
		}
		done[k] = true
		if o, ok := override(k); ok {
			add(k, o)
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('&')
		}
		b.WriteString(pair) // already encoded by Input.Query
	}
	for _, k := range queryKeys {
		if done[k] {
			continue
		}
		if o, ok := override(k); ok && o != "" {
			add(k, o)
		}
	}
	for _, k := range slices.Sorted(maps.Keys(st.Extra)) {
		for _, v := range st.Extra[k] {
			add(k, v)
		}
	}
	return b.String()
}

// problemFields returns the set of fields with a problem.
func problemFields(problems []hiring.Problem) map[string]bool {
	m := make(map[string]bool, len(problems))
	for _, p := range problems {
		m[p.Field] = true
	}
	return m
}

// problemMessages returns the problems' messages by field, several
// messages of one field joined into one. Its cost is linear in the
// length of the messages.
func problemMessages(problems []hiring.Problem) map[string]string {
	joined := make(map[string]*strings.Builder, len(problems))
	for _, p := range problems {
		b := joined[p.Field]
		if b == nil {
			b = new(strings.Builder)
			joined[p.Field] = b
		} else {
			b.WriteByte(' ')
		}
		b.WriteString(capitalize(p.Message))
		b.WriteString(endStop(p.Message))
	}
	m := make(map[string]string, len(joined))
	for k, b := range joined {
		m[k] = b.String()
	}
	return m
}

// capitalize upper-cases the first letter of a message.
func capitalize(s string) string {
	if s == "" || s[0] < 'a' || s[0] > 'z' {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// endStop returns "." unless s already ends a sentence.
func endStop(s string) string {
	if strings.HasSuffix(s, ".") || strings.HasSuffix(s, "?") || strings.HasSuffix(s, "!") {
		return ""
	}
	return "."
}

// values returns the form values, one per query key.
func (st formState) values() map[string]string {
	m := make(map[string]string, len(queryKeys))
	for _, k := range queryKeys {
		m[k] = st.Typed.Get(k)
	}
	return m
}
