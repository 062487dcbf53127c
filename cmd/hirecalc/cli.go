//go:build !wasm

package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"net/url"
	"os"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"hirecalc/app/advice"
	"hirecalc/app/check"
	"hirecalc/app/hiring"
	"hirecalc/app/jobdesc"
)

// adviseFormats are the output formats of "hirecalc advise".
var adviseFormats = []string{"json", "text", "markdown", "html", "jsonld"}

// runAdvise implements "hirecalc advise [flags] [QUERY]": it prints the
// whole answer for QUERY (a shareable query string, or a link that holds
// one) as JSON, readable text, or the job description as Markdown, HTML or
// JSON-LD. Flags may come before or after QUERY. Input problems are
// reported in the output and do not change the exit status.
func runAdvise(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("advise", flag.ContinueOnError)
	fs.SetOutput(stderr)
	format := fs.String("format", "json", "output: "+strings.Join(adviseFormats, ", "))
	today := fs.String("today", "", "date of the posting, YYYY-MM-DD (default: today)")
	validThrough := fs.String("valid-through", "", "last day of the posting, YYYY-MM-DD (JSON-LD validThrough)")
	fs.Usage = func() {
		fmt.Fprint(stderr, `usage: hirecalc advise [flags] [QUERY]

Print hirecalc's answer for QUERY: the role to post, the pay figures and the
job description. QUERY is the app's shareable query string (or a whole link
holding one), for example
    hirecalc advise 'team=5&stage=startup&owner=no&needs=features,architecture&level=senior&region=pl'
Keys: team, stage, regulated, owner, needs, level, region, currency, period,
company, location, workplace, apply, benefits, where, paymin, paymax,
paycurrency, payperiod, paysource (see the README). A missing QUERY uses the
defaults.

Flags (before or after QUERY):
`)
		fs.PrintDefaults()
	}
	pos, err := parseInterleaved(fs, args)
	if err != nil {
		return usageError(err)
	}
	if len(pos) > 1 {
		fmt.Fprintf(stderr, "hirecalc advise: one QUERY expected, got %d arguments (quote the query: '...&...')\n", len(pos))
		fs.Usage()
		return 2
	}
	if !contains(adviseFormats, *format) {
		return badUsage(fs, fmt.Sprintf("unknown -format %q; use %s", *format, strings.Join(adviseFormats, ", ")))
	}
	day, err := dateFlag("today", *today)
	if err != nil {
		return badUsage(fs, err.Error())
	}
	if *validThrough != "" {
		if _, err := dateFlag("valid-through", *validThrough); err != nil {
			return badUsage(fs, err.Error())
		}
	}

	query := ""
	if len(pos) == 1 {
		query = queryOf(pos[0])
	}
	in, problems := hiring.ParseQuery(query)
	r := advice.Advise(in, advice.Options{Today: day, ValidThrough: *validThrough})
	r.ValidateJSONLD()
	r.Problems = append(append([]hiring.Problem{}, problems...), r.Problems...)

	switch *format {
	case "json":
		if err := writeJSON(stdout, r); err != nil {
			fmt.Fprintln(stderr, "hirecalc advise:", err)
			return 1
		}
	case "text":
		fmt.Fprint(stdout, terminalText(adviceText(r)))
	case "markdown":
		fmt.Fprint(stdout, terminalText(r.JobDescription.Markdown))
	case "html":
		fmt.Fprint(stdout, terminalText(r.JobDescription.HTML))
	case "jsonld":
		fmt.Fprintln(stdout, string(jsonInert([]byte(r.JobDescription.JSONLD))))
		for _, b := range r.JobDescription.FillIn {
			fmt.Fprintln(stderr, "hirecalc advise: JSON-LD incomplete, fill in before posting:", terminalText(fillInLine(b)))
		}
	}
	for _, p := range r.Problems {
		fmt.Fprintln(stderr, "hirecalc advise: input problem:", terminalText(p.Error()))
	}
	return 0
}

// The exit statuses of "hirecalc check", after grep's and diff's: 0 when
// every pay-transparency rule in force is met (or none applies),
// checkMissing when a rule in force misses a requirement, and 2 for a
// usage error or input that cannot be read.
const (
	checkMissing = 1
	checkTrouble = 2
)

// runCheck implements "hirecalc check [flags] [FILE]": it runs the quality
// checks on a job description read from FILE, or from standard input when
// FILE is absent or "-", and exits with the statuses above.
func runCheck(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("check", flag.ContinueOnError)
	fs.SetOutput(stderr)
	format := fs.String("format", "text", "output: text or json")
	where := fs.String("where", "", "pay-transparency jurisdictions where the job can be done, comma-separated ("+strings.Join(hiring.Jurisdictions, ", ")+")")
	region := fs.String("region", "", "region or country of the job (us, weu, eeu, latam or an ISO code), used when -where is empty")
	remote := fs.Bool("remote", false, "the job can be done remotely")
	today := fs.String("today", "", "date the rules are checked on, YYYY-MM-DD (default: today)")
	fs.Usage = func() {
		fmt.Fprint(stderr, `usage: hirecalc check [flags] [FILE]

Check a job description (plain text or Markdown) read from FILE, or from
standard input when FILE is absent or "-": gender-coded wording (gender-decoder's
algorithm and verdicts), readability (Flesch Reading Ease, Flesch-Kincaid grade,
word and sentence length) and pay-transparency rules. Not legal advice.

Exit status: 0 when every pay-transparency rule in force is met (or none
applies), 1 when a rule in force misses a requirement, 2 for a usage error or
a file that cannot be read. In CI:
    hirecalc check --where us-co,us-ny posting.md || exit 1

Flags (before or after FILE):
`)
		fs.PrintDefaults()
	}
	pos, err := parseInterleaved(fs, args)
	if err != nil {
		return usageError(err)
	}
	if len(pos) > 1 {
		fmt.Fprintf(stderr, "hirecalc check: one FILE expected, got %d arguments\n", len(pos))
		fs.Usage()
		return 2
	}
	if *format != "text" && *format != "json" {
		return badUsage(fs, fmt.Sprintf("unknown -format %q; use text or json", *format))
	}
	day, err := dateFlag("today", *today)
	if err != nil {
		return badUsage(fs, err.Error())
	}
	opts := checkOptions{Today: day, Remote: *remote}
	if *where != "" || *region != "" {
		q := url.Values{}
		if *where != "" {
			q.Set("where", *where)
		}
		if *region != "" {
			q.Set("region", *region)
		}
		in, problems := hiring.FromValues(q, nil)
		if len(problems) > 0 {
			msgs := make([]string, len(problems))
			for i, p := range problems {
				msgs[i] = p.Error()
			}
			return badUsage(fs, strings.Join(msgs, "; "))
		}
		opts.Where, opts.Region = in.Where, in.Region
		if *region == "" {
			opts.Region = ""
		}
	}

	var src io.Reader = stdin
	name := "standard input"
	if len(pos) == 1 && pos[0] != "-" {
		f, err := os.Open(pos[0])
		if err != nil {
			fmt.Fprintln(stderr, "hirecalc check:", err)
			return checkTrouble
		}
		defer f.Close()
		src, name = f, pos[0]
	}
	text, err := io.ReadAll(io.LimitReader(src, maxCheckBytes+1))
	if err != nil {
		fmt.Fprintf(stderr, "hirecalc check: read %s: %v\n", name, err)
		return checkTrouble
	}
	if len(text) > maxCheckBytes {
		fmt.Fprintf(stderr, "hirecalc check: %s is larger than %d bytes; a job description is much shorter\n", name, maxCheckBytes)
		return checkTrouble
	}

	rep := runChecks(string(text), opts)
	if *format == "json" {
		if err := writeJSON(stdout, rep); err != nil {
			fmt.Fprintln(stderr, "hirecalc check:", err)
			return checkTrouble
		}
	} else {
		fmt.Fprint(stdout, terminalText(checkText(rep)))
	}
	if !rep.Pay.Satisfied {
		return checkMissing
	}
	return 0
}

// writeJSON writes v as indented JSON made inert for a terminal
// (jsonInert).
func writeJSON(w io.Writer, v any) error {
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return err
	}
	_, err = w.Write(append(jsonInert(b), '\n'))
	return err
}

// terminalText returns s safe to print on a terminal: the C0 controls
// other than line feed and tab (ESC starts terminal escape sequences;
// carriage return and backspace overwrite what was printed), DEL, the C1
// controls (U+0080 to U+009F; U+009B is the terminal's CSI) and the
// bidirectional controls (which make text display in another order than
// it is stored) become a visible <U+001B>; invalid UTF-8 becomes U+FFFD.
// Text without them is returned as it is.
func terminalText(s string) string {
	if !strings.ContainsFunc(s, unsafeOnTerminal) && utf8.ValidString(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 16)
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r == utf8.RuneError && size == 1:
			b.WriteRune(utf8.RuneError)
		case unsafeOnTerminal(r):
			fmt.Fprintf(&b, "<U+%04X>", r)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// unsafeOnTerminal reports whether terminalText replaces r.
func unsafeOnTerminal(r rune) bool {
	return r != '\n' && r != '\t' && unicode.IsControl(r) || unicode.Is(unicode.Bidi_Control, r)
}

// jsonInert makes JSON safe to print on a terminal without changing what
// it says: every character terminalText would replace, which JSON can
// only hold inside a string, becomes its \uXXXX escape (encoding/json
// escapes the C0 controls itself, not DEL, the C1 or the bidirectional
// controls).
func jsonInert(b []byte) []byte {
	if !bytes.ContainsFunc(b, unsafeOnTerminal) && utf8.Valid(b) {
		return b
	}
	out := make([]byte, 0, len(b)+32)
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		i += size
		switch {
		case r == utf8.RuneError && size == 1:
			out = append(out, `\ufffd`...)
		case unsafeOnTerminal(r):
			out = fmt.Appendf(out, `\u%04x`, r)
		default:
			out = utf8.AppendRune(out, r)
		}
	}
	return out
}

// maxCheckBytes bounds what "hirecalc check" reads.
const maxCheckBytes = 1 << 20

// checkOptions are the facts the pay-transparency check needs.
type checkOptions struct {
	Today  string
	Where  []string
	Region string
	Remote bool
}

// runChecks runs the three checks on a pasted job description.
func runChecks(text string, o checkOptions) check.Report {
	return check.Review(text, check.PayInput{Where: o.Where, Region: o.Region, Remote: o.Remote}, o.Today)
}

// parseInterleaved parses flags that may come before, between or after the
// positional arguments, and returns the positional ones. A lone "--" ends
// the flags.
func parseInterleaved(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		args = fs.Args()
		if len(args) == 0 {
			return pos, nil
		}
		if args[0] == "--" {
			return append(pos, args[1:]...), nil
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
}

// badUsage reports a usage error of a subcommand on its flag set's output,
// followed by the subcommand's usage, and returns exit status 2.
func badUsage(fs *flag.FlagSet, msg string) int {
	fmt.Fprintf(fs.Output(), "hirecalc %s: %s\n", fs.Name(), msg)
	fs.Usage()
	return 2
}

// usageError maps a flag error to the exit status: 0 for -h (the usage was
// printed on request), 2 otherwise (the flag package printed the problem).
func usageError(err error) int {
	if errors.Is(err, flag.ErrHelp) {
		return 0
	}
	return 2
}

// dateFlag checks a YYYY-MM-DD flag, defaulting to today's date.
func dateFlag(name, v string) (string, error) {
	if v == "" {
		return time.Now().Format(time.DateOnly), nil
	}
	if _, err := time.Parse(time.DateOnly, v); err != nil {
		return "", fmt.Errorf("-%s %q is not a date; use YYYY-MM-DD", name, v)
	}
	return v, nil
}

// queryOf returns the query string of arg: arg itself, or the query of a
// link such as "https://hirecalc.example/?team=5".
func queryOf(arg string) string {
	if strings.Contains(arg, "://") {
		if u, err := url.Parse(arg); err == nil {
			return u.RawQuery
		}
	}
	return strings.TrimPrefix(arg, "?")
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

// adviceText renders the answer as readable text.
func adviceText(r advice.Result) string {
	var b strings.Builder
	line := func(format string, a ...any) { fmt.Fprintf(&b, format+"\n", a...) }
	rule := func(title string) { line("\n%s\n%s", title, strings.Repeat("=", len(title))) }

	rule("Role")
	line("%s", r.Summary)
	line("Post: %s (%s, level %s)", r.Title, r.Role, r.Level)
	line("\nWhy:")
	for _, reason := range r.Recommendation.Reasons {
		line("- %s", reason.Text)
		if reason.Guide != "" {
			line("  The guide: %s", reason.Guide)
		}
	}
	if len(r.Changes) > 0 {
		line("\nWhat would change the answer:")
		for _, c := range r.Changes {
			line("- %s", c)
		}
	}

	rule("Pay: " + r.Pay.RegionName + ", " + string(r.Level))
	b.WriteString(payText(r))

	rule("Job description")
	b.WriteString(r.JobDescription.Text)
	if !strings.HasSuffix(r.JobDescription.Text, "\n") {
		b.WriteByte('\n')
	}

	if len(r.JobDescription.FillIn) > 0 {
		rule("Fill in before posting (the JSON-LD leaves these out)")
		for _, b := range r.JobDescription.FillIn {
			line("- %s", fillInLine(b))
		}
	}

	rule("Checks of the draft")
	b.WriteString(checkText(r.Checks))

	if len(r.Problems) > 0 {
		rule("Input problems")
		for _, p := range r.Problems {
			line("- %s", p)
		}
	}
	return strings.TrimPrefix(b.String(), "\n")
}

// fillInLine says what to add to the JSON-LD: "hiringOrganization.name
// (required): Add your company name: ...".
func fillInLine(b jobdesc.Blank) string {
	need := "recommended"
	if b.Required {
		need = "required"
	}
	return b.Property + " (" + need + "): " + b.Message
}

// checkText renders the checks as readable text.
func checkText(rep check.Report) string { return rep.Text() }
