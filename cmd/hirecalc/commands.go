//go:build !wasm

package main

import (
	"fmt"
	"io"
	"strings"
)

// command is one subcommand of hirecalc.
type command struct {
	name    string
	usage   string // one line: the command with its flags
	summary string // one line: what it does
	details string // paragraphs printed by "hirecalc help NAME"
}

var commands = []command{
	{
		name:    "serve",
		usage:   "hirecalc serve [-addr HOST:PORT] [-web DIR] [-frame-ancestors SOURCES]",
		summary: "serve the app over HTTP",
		details: `Serve the web app. Every page is prerendered with the answer for its
query string, so a shared link shows its own answer before app.wasm has
loaded. app.wasm is sent brotli- or gzip-compressed when the browser
accepts it. Only GET and HEAD are answered (405 otherwise). Every response
carries a strict Content-Security-Policy (scripts and everything else from
the site itself only, no inline script or style) ending in
"frame-ancestors SOURCES", which says which sites may embed the app in a
frame. Slow or stalled clients are cut off by read, write and idle
timeouts, yet app.wasm reaches a 1 Mbit/s line; SIGINT or SIGTERM stops
the server once the requests in flight are done (20 s at most).

Build web/app.wasm first:
    GOOS=js GOARCH=wasm go build -o web/app.wasm ./cmd/hirecalc`,
	},
	{
		name:    "build",
		usage:   "hirecalc build -o DIR [-web DIR] [-frame-ancestors SOURCES]",
		summary: "write a static website to DIR",
		details: `Write a complete static website to DIR, for any static host or CDN
serving it at a domain root: index.html prerendered with the default
answer, go-app's scripts, the web app manifest, the service worker, every
file of the web directory, and brotli (.br) and gzip (.gz) copies of the
text files and app.wasm for hosts that serve precompressed files. The
host must send app.wasm as application/wasm.

The pages carry hirecalc's Content-Security-Policy as a <meta> element,
and DIR/_headers (the format of Netlify and Cloudflare Pages) sets it as a
header with "frame-ancestors SOURCES" (default *): a meta policy cannot
say which sites may frame the app, so on other hosts send the header
yourself (see the README, "Deploy").

The version, which makes installed apps update, is the source revision
unless set with -ldflags "-X main.version=VERSION".`,
	},
	{
		name:    "advise",
		usage:   "hirecalc advise [-format json|text|markdown|html|jsonld] [QUERY]",
		summary: "print the role, pay and job description for a query",
		details: `Print hirecalc's answer for QUERY, the app's shareable query string (or a
whole link holding one): the role to post with its reasons, every pay figure
with its source, and the job description. JSON by default; -format text is
readable, -format markdown, html or jsonld print the job description alone.
Flags may come before or after QUERY. Input problems are reported (in the
output and on stderr) and the exit status stays 0; usage errors exit 2.
Run "hirecalc advise -h" for every flag.`,
	},
	{
		name:    "check",
		usage:   "hirecalc check [-format text|json] [-where IDS] [FILE]",
		summary: "check a job description: gender-coded words, readability, pay transparency",
		details: `Check a job description (plain text or Markdown) read from FILE, or from
standard input when FILE is absent or "-": gender-coded wording (gender-decoder's
algorithm and verdicts), readability (Flesch Reading Ease, Flesch-Kincaid grade,
length) and the pay-transparency rules of the places the job can be done
(-where, or inferred from -region). Not legal advice.
Exit status: 0 when every rule in force is met (or none applies), 1 when a
rule in force misses a requirement, 2 for a usage error or unreadable input;
-format json keeps the same statuses. In CI:
    hirecalc check --where us-co,us-ny posting.md || exit 1
Run "hirecalc check -h" for every flag.`,
	},
	{
		name:    "data",
		usage:   "hirecalc data so|ecb FILE [-o OUT] [flags]",
		summary: "rebuild a data file from the survey's or the ECB's public CSV",
		details: `Rebuild data/salary-stackoverflow-YEAR.json from the Stack Overflow
Developer Survey's public results CSV (survey_results_public.csv of any
year: back-end respondents, bands of years of professional coding,
countries and regions, quartiles by linear interpolation, cells under 10
left out), or data/fx-ecb-DATE.json from the ECB's eurofxref-hist.csv
(the rates of a day and yearly averages per US dollar). The output is
checked with the validator of the embedded file before it is written.
    hirecalc data so survey_results_public.csv -year 2025 -o data/salary-stackoverflow-2025.json
    hirecalc data ecb eurofxref-hist.csv -date 2026-12-01 -years 2024,2025 -o data/fx-ecb-2026-12-01.json
Run "hirecalc data -h" for every flag; data/SOURCES.md says where to
download each file.`,
	},
	{
		name:    "version",
		usage:   "hirecalc version",
		summary: "print the version",
		details: `Print the app version: the one the service worker uses to notice updates.`,
	},
	{
		name:    "help",
		usage:   "hirecalc help [COMMAND]",
		summary: "explain the commands, or one command",
		details: `Explain every command, or the one named.`,
	},
}

// run runs the command line args (without the program name) and returns
// the exit code: 0 on success, 1 on failure, 2 on a usage error.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprintln(stderr, "hirecalc: no command given")
		writeUsage(stderr)
		return 2
	}
	switch name, rest := args[0], args[1:]; name {
	case "serve":
		return runServe(rest, stdout, stderr)
	case "build":
		return runBuild(rest, stdout, stderr)
	case "advise":
		return runAdvise(rest, stdout, stderr)
	case "check":
		return runCheck(rest, stdin, stdout, stderr)
	case "data":
		return runData(rest, stdout, stderr)
	case "version":
		if len(rest) > 0 {
			fmt.Fprintln(stderr, "hirecalc version: takes no arguments")
			return 2
		}
		fmt.Fprintln(stdout, appVersion(defaultWebDir))
		return 0
	case "help", "-h", "-help", "--help":
		return runHelp(rest, stdout, stderr)
	default:
		fmt.Fprintf(stderr, "hirecalc: unknown command %q\n", name)
		writeUsage(stderr)
		return 2
	}
}

// runHelp prints the usage of every command, or the details of one.
func runHelp(args []string, stdout, stderr io.Writer) int {
	switch len(args) {
	case 0:
		writeUsage(stdout)
		fmt.Fprintln(stdout, "\nRun \"hirecalc help COMMAND\" for more about a command.")
		return 0
	case 1:
		for _, c := range commands {
			if c.name == args[0] {
				fmt.Fprintf(stdout, "usage: %s\n\n%s\n", c.usage, c.details)
				return 0
			}
		}
		fmt.Fprintf(stderr, "hirecalc help: unknown command %q\n", args[0])
		writeUsage(stderr)
		return 2
	default:
		fmt.Fprintln(stderr, "hirecalc help: at most one command")
		writeUsage(stderr)
		return 2
	}
}

// writeUsage writes the one-line usage of every command.
func writeUsage(w io.Writer) {
	var b strings.Builder
	b.WriteString("hirecalc answers \"backend developer or backend engineer?\", estimates the\n")
	b.WriteString("pay and drafts the job description. Nothing you type leaves your computer.\n\n")
	b.WriteString("Usage:\n")
	width := 0
	for _, c := range commands {
		width = max(width, len(c.name))
	}
	for _, c := range commands {
		fmt.Fprintf(&b, "    hirecalc %-*s  %s\n", width, c.name, c.summary)
	}
	io.WriteString(w, b.String())
}
