package embed

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestBase(t *testing.T) {
	tests := map[string]string{
		"https://hirecalc.example":                "https://hirecalc.example/",
		"https://hirecalc.example/":               "https://hirecalc.example/",
		"https://user.github.io/hirecalc":         "https://user.github.io/hirecalc/",
		"http://127.0.0.1:8000/?x=1#frag":         "http://127.0.0.1:8000/",
		"  https://hirecalc.example/app/ ":        "https://hirecalc.example/app/",
		"javascript:alert(1)":                     "",
		"https://u:p@hirecalc.example":            "",
		"//hirecalc.example":                      "",
		"":                                        "",
		"https://hirecalc.example/a b\"><script>": "https://hirecalc.example/a%20b%22%3E%3Cscript%3E/",
	}
	for in, want := range tests {
		t.Run(in, func(t *testing.T) {
			assert.Equal(t, want, Base(in))
		})
	}
}

func TestSnippets(t *testing.T) {
	o, problems := ParseOptions(`id=ignored&lock=team&accent=%230a66c2&theme=dark&cta=https://acme.example/jobs?a=1%26b=2` +
		`&ctalabel=Talk+to+"our"+recruiters+<now>&jsonld=1`)
	require.Empty(t, problems)
	o.ID = ""
	preset := "team=5&stage=startup&company=Acme+%26+Sons&evil=<x>&embed=0"

	t.Run("script", func(t *testing.T) {
		got := ScriptSnippet("https://hirecalc.example", preset, o)
		assert.Equal(t, `<script src="https://hirecalc.example/web/embed.js" data-team="5" data-stage="startup"`+
			` data-company="Acme &amp; Sons" data-lock="team" data-accent="#0a66c2" data-theme="dark"`+
			` data-cta="https://acme.example/jobs?a=1&amp;b=2" data-ctalabel="Talk to &#34;our&#34; recruiters &lt;now&gt;"`+
			` data-jsonld="1"></script>`, got)
		assert.NotContains(t, got, "evil", "keys that are neither inputs nor options are dropped")
		assert.Equal(t, 1, strings.Count(got, "\n")+1, "one line")
	})
	t.Run("embed URL", func(t *testing.T) {
		got := EmbedURL("https://hirecalc.example/", preset, o)
		assert.Equal(t, "https://hirecalc.example/embed.html?embed=1&team=5&stage=startup&company=Acme+%26+Sons&lock=team"+
			"&accent=%230a66c2&theme=dark&cta=https%3A%2F%2Facme.example%2Fjobs%3Fa%3D1%26b%3D2"+
			"&ctalabel=Talk+to+%22our%22+recruiters+%3Cnow%3E&jsonld=1", got)
		back, problems := ParseOptions(got[strings.Index(got, "?"):])
		require.Empty(t, problems)
		o.Embed = true
		assert.Equal(t, o, back, "the embed view reads back the options")
	})
	t.Run("iframe", func(t *testing.T) {
		got := IframeSnippet("https://hirecalc.example", "team=5", DefaultOptions(), 0)
		assert.Equal(t, `<iframe src="https://hirecalc.example/embed.html?embed=1&amp;team=5" title="Hiring calculator" width="100%"`+
			` height="900" style="border:0;width:100%;max-width:100%" loading="lazy" allow="clipboard-write"></iframe>`, got)
	})
}
