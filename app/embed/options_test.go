package embed

import (
	"net/url"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"hirecalc/app/hiring"
)

func fields(problems []hiring.Problem) []string {
	var out []string
	for _, p := range problems {
		out = append(out, p.Field)
	}
	return out
}

func TestParseOptions(t *testing.T) {
	tests := []struct {
		name     string
		query    string
		want     func(o *Options)
		problems []string
	}{
		{
			name:  "nothing gives the defaults",
			query: "",
			want:  func(o *Options) {},
		},
		{
			name:  "input keys are not options",
			query: "team=5&stage=startup&company=Acme",
			want:  func(o *Options) {},
		},
		{
			name: "every option",
			query: "?embed=1&id=w-1_a&lock=team,stage&hide=company&sections=role,jd&accent=%230A66C2" +
				"&theme=dark&cta=https://acme.example/jobs?src=hc&ctalabel=Talk+to+our+recruiters" +
				"&origins=https://acme.example,http://localhost:8080&jsonld=1",
			want: func(o *Options) {
				o.Embed = true
				o.ID = "w-1_a"
				o.Lock = []string{"team", "stage"}
				o.Hide = []string{"company"}
				o.Sections = []Section{SectionRole, SectionJD}
				o.Accent = "#0a66c2"
				o.Theme = ThemeDark
				o.CTA = "https://acme.example/jobs?src=hc"
				o.CTALabel = "Talk to our recruiters"
				o.Origins = []string{"https://acme.example", "http://localhost:8080"}
				o.JSONLD = true
			},
		},
		{
			name:  "lists are deduplicated and put in canonical order",
			query: "lock=stage,team,STAGE,,team&sections=jd,role,jd",
			want: func(o *Options) {
				o.Lock = []string{"team", "stage"}
				o.Sections = []Section{SectionRole, SectionJD}
			},
		},
		{
			name:  "short accent is expanded",
			query: "accent=%23F0a",
			want:  func(o *Options) { o.Accent = "#ff00aa" },
		},
		{
			name:     "accent that is not a hex colour is refused",
			query:    "accent=red",
			want:     func(o *Options) {},
			problems: []string{"accent"},
		},
		{
			name:     "accent that tries to break out of CSS is refused",
			query:    "accent=%23fff%3Bbackground:url(x)",
			want:     func(o *Options) {},
			problems: []string{"accent"},
		},
		{
			name:     "four-digit accent is refused",
			query:    "accent=%23ffff",
			want:     func(o *Options) {},
			problems: []string{"accent"},
		},
		{
			name:     "javascript call-to-action is refused and its label reported",
			query:    "cta=javascript:alert(1)&ctalabel=Click",
			want:     func(o *Options) {},
			problems: []string{"cta", "ctalabel"},
		},
		{
			name:     "call-to-action with a password is refused",
			query:    "cta=https://user:pw@acme.example/",
			want:     func(o *Options) {},
			problems: []string{"cta"},
		},
		{
			name:  "call-to-action without a label gets the default label",
			query: "cta=http://acme.example",
			want: func(o *Options) {
				o.CTA = "http://acme.example"
				o.CTALabel = DefaultCTALabel
			},
		},
		{
			name:  "long label is cut to 60 characters",
			query: "cta=https://a.example&ctalabel=" + strings.Repeat("é", 70),
			want: func(o *Options) {
				o.CTA = "https://a.example"
				o.CTALabel = strings.Repeat("é", 60)
			},
			problems: []string{"ctalabel"},
		},
		{
			name:  "label control and bidi characters become spaces",
			query: "cta=https://a.example&ctalabel=Apply%0A%E2%80%AEnow",
			want: func(o *Options) {
				o.CTA = "https://a.example"
				o.CTALabel = "Apply  now"
			},
		},
		{
			name:  "origins are normalised and bad ones dropped",
			query: "origins=HTTPS://Acme.Example:443,https://acme.example,ftp://x.example,https://x.example/path,http://[::1]:9000",
			want: func(o *Options) {
				o.Origins = []string{"https://acme.example", "http://[::1]:9000"}
			},
			problems: []string{"origins", "origins"},
		},
		{
			name:     "unknown keys, sections and themes are reported",
			query:    "lock=team,salary&hide=<b>&sections=chart&theme=blue",
			want:     func(o *Options) { o.Lock = []string{"team"} },
			problems: []string{"lock", "hide", "sections", "theme"},
		},
		{
			name:     "bad id and bad booleans are reported",
			query:    "id=a%20b&embed=maybe&jsonld=2",
			want:     func(o *Options) {},
			problems: []string{"embed", "id", "jsonld"},
		},
		{
			name:     "broken escape keeps the rest",
			query:    "theme=dark&accent=%zz&lock=team",
			want:     func(o *Options) { o.Theme = ThemeDark; o.Lock = []string{"team"} },
			problems: []string{"query"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			want := DefaultOptions()
			tc.want(&want)
			got, problems := ParseOptions(tc.query)
			assert.Equal(t, want, got)
			assert.Equal(t, tc.problems, fields(problems))
			for _, p := range problems {
				assert.NotEmpty(t, p.Message, "every problem says what is wrong")
			}
		})
	}
}

func TestOptionsQueryRoundTrip(t *testing.T) {
	o, problems := ParseOptions("embed=1&id=a&lock=needs,team&hide=benefits&sections=pay&accent=%23123&theme=light" +
		"&cta=" + url.QueryEscape("https://acme.example/jobs?q=1&r=a%20b") + "&ctalabel=Join+us%2C+now&origins=http://127.0.0.1:3000&jsonld=yes")
	require.Empty(t, problems)
	again, problems := ParseOptions(o.Query())
	require.Empty(t, problems)
	assert.Equal(t, o, again)
	assert.Equal(t, "", DefaultOptions().Query(), "defaults are left out")
}

func TestOptionsAccessors(t *testing.T) {
	o, problems := ParseOptions("lock=team&hide=company&sections=role,pay&origins=https://acme.example")
	require.Empty(t, problems)

	t.Run("locked and hidden inputs cannot be changed by the visitor", func(t *testing.T) {
		assert.True(t, o.Locked("team"))
		assert.True(t, o.Locked("company"))
		assert.False(t, o.Locked("stage"))
		assert.True(t, o.Hidden("company"))
		assert.False(t, o.Hidden("team"))
	})
	t.Run("sections", func(t *testing.T) {
		assert.True(t, o.Shows(SectionRole))
		assert.True(t, o.Shows(SectionPay))
		assert.False(t, o.Shows(SectionJD))
		assert.True(t, DefaultOptions().Shows(SectionJD))
	})
	t.Run("listed origins only", func(t *testing.T) {
		assert.True(t, o.AllowsOrigin("https://acme.example"))
		assert.True(t, o.AllowsOrigin("https://ACME.example:443"))
		assert.False(t, o.AllowsOrigin("https://evil.example"))
		assert.False(t, o.AllowsOrigin("http://acme.example"))
		assert.False(t, o.AllowsOrigin("null"))
		assert.False(t, o.AllowsOrigin(""))
	})
	t.Run("any origin when none is listed", func(t *testing.T) {
		assert.True(t, DefaultOptions().AllowsOrigin("https://evil.example"))
	})
}

func TestParseOrigin(t *testing.T) {
	good := map[string]string{
		"https://example.com":      "https://example.com",
		"http://localhost:8080":    "http://localhost:8080",
		"http://127.0.0.1:80":      "http://127.0.0.1",
		"https://[2001:DB8::1]":    "https://[2001:db8::1]",
		"https://a-b.c.example:99": "https://a-b.c.example:99",
	}
	for in, want := range good {
		t.Run("accepts "+in, func(t *testing.T) {
			got, err := ParseOrigin(in)
			require.NoError(t, err)
			assert.Equal(t, want, got)
		})
	}
	bad := []string{
		"", "null", "example.com", "https://", "https://example.com/", "https://example.com/jobs",
		"https://user@example.com", "https://example.com:0", "https://example.com:65536", "https://example.com:",
		"https://example.com:08", "https://-a.example", "https://a_b.example", "https://exa mple.com",
		"javascript://example.com", "https://[::ffff:1.2.3.4]", "https://[fe80::1%25eth0]", "https://[::1",
		"https://example.com?x", "https://example.com#x", "https://*.example.com",
	}
	for _, in := range bad {
		t.Run("refuses "+in, func(t *testing.T) {
			_, err := ParseOrigin(in)
			assert.Error(t, err)
		})
	}
}

func TestParseColor(t *testing.T) {
	for in, want := range map[string]string{"#abc": "#aabbcc", "#A0B1C2": "#a0b1c2", "#000": "#000000"} {
		got, err := ParseColor(in)
		require.NoError(t, err, in)
		assert.Equal(t, want, got)
	}
	for _, in := range []string{"", "#", "abc", "#abcd", "#abcdeg", "#abcdef0", "rgb(0,0,0)", "blue", "#12345", " #abc", "#ab\"c"} {
		_, err := ParseColor(in)
		assert.Error(t, err, in)
	}
}

func TestContrastText(t *testing.T) {
	tests := []struct{ bg, want string }{
		{"#ffffff", "#000000"},
		{"#000000", "#ffffff"},
		{"#0a66c2", "#ffffff"}, // LinkedIn blue: white text
		{"#ffd700", "#000000"}, // gold: black text
		{"#777", "#000000"},    // mid grey: 4.7:1 with black vs 4.5:1 with white
		{"not a colour", "#ffffff"},
	}
	for _, tc := range tests {
		t.Run(tc.bg, func(t *testing.T) {
			assert.Equal(t, tc.want, ContrastText(tc.bg))
		})
	}
}

// TestLongOptionListsGiveAFewProblems checks that the embed options
// merge their problems as the calculator's inputs do: thousands of bad
// items give a handful of problems per key.
func TestLongOptionListsGiveAFewProblems(t *testing.T) {
	var bad []string
	for i := range 5000 {
		bad = append(bad, "k"+strings.Repeat("x", i%7))
	}
	q := "lock=" + strings.Join(bad, ",") + "&sections=" + strings.Repeat("nope,", 3000) + "role"
	o, problems := ParseOptions(q)
	assert.Equal(t, []Section{SectionRole}, o.Sections)
	assert.Equal(t, []string{"lock", "lock", "lock", "lock", "sections"}, fields(problems))
	assert.Equal(t, "and 2856 more wrong values not listed here", problems[3].Message) // 5000 - 715 - 715 - 714
	assert.Contains(t, problems[0].Message, "(given 715 times)")
	assert.Contains(t, problems[4].Message, `"nope" (given 3000 times) is not a section`)

	_, problems = ParseOptions("embed=1" + strings.Repeat("&x=1", hiring.MaxQueryParams))
	require.Len(t, problems, 1)
	assert.Contains(t, problems[0].Message, "dropped")
}
