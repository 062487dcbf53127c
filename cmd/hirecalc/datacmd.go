//go:build !wasm

package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"hirecalc/data"
)

// runData implements "hirecalc data so|ecb FILE [-o OUT]": it rebuilds
// one of hirecalc's data files from its source's public download and
// checks the result with the same validator as the embedded file.
func runData(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 || (args[0] != "so" && args[0] != "ecb") {
		if len(args) > 0 && (args[0] == "-h" || args[0] == "-help" || args[0] == "--help") {
			fmt.Fprint(stdout, dataUsage)
			return 0
		}
		fmt.Fprint(stderr, "hirecalc data: name the source: so or ecb\n\n"+dataUsage)
		return 2
	}
	which := args[0]
	fs := flag.NewFlagSet("data "+which, flag.ContinueOnError)
	fs.SetOutput(stderr)
	out := fs.String("o", "-", "file to write (- for standard output)")
	accessed := fs.String("accessed", "", "the day the download was made, YYYY-MM-DD (default: today)")
	year := fs.Int("year", 0, "so: the survey's year (default: the year in the file name, e.g. 2024)")
	collected := fs.String("collected", "", "so: when the survey was fielded, YYYY-MM (default: YEAR-05)")
	date := fs.String("date", "", "ecb: the day of the rates, YYYY-MM-DD (default: the latest in the file)")
	years := fs.String("years", "", "ecb: years to average, comma-separated (default: the year of each survey in data/)")
	currencies := fs.String("currencies", "", "ecb: currencies to keep, comma-separated (default: every one with a rate on -date)")
	copyNote := fs.String("copy", "", "where the downloaded file came from, for the file's dataset_copy field")
	fs.Usage = func() { fmt.Fprint(stderr, dataUsage+"\nFlags:\n"); fs.PrintDefaults() }
	pos, err := parseInterleaved(fs, args[1:])
	if err != nil {
		return usageError(err)
	}
	if len(pos) != 1 {
		return badUsage(fs, "one input FILE expected")
	}
	day, err := dateFlag("accessed", *accessed)
	if err != nil {
		return badUsage(fs, err.Error())
	}
	y := *year
	if which == "so" && y == 0 {
		if y = yearIn(pos[0]); y == 0 {
			return badUsage(fs, "give -year: the file name holds no year")
		}
	}
	f, err := os.Open(pos[0])
	if err != nil {
		fmt.Fprintln(stderr, "hirecalc data:", err)
		return 1
	}
	defer f.Close()

	var encoded []byte
	switch which {
	case "so":
		c := *collected
		if c == "" {
			c = fmt.Sprintf("%d-05", y)
		}
		s, err := importSurvey(f, surveyOptions{Year: y, Collected: c, Accessed: day, Copy: *copyNote})
		if err == nil {
			encoded, err = encodeData(s)
		}
		if err == nil {
			err = data.CheckSurveyFile(encoded)
		}
		if err != nil {
			fmt.Fprintln(stderr, "hirecalc data so:", err)
			return 1
		}
	case "ecb":
		opt := fxOptions{Date: *date, Accessed: day, Copy: *copyNote}
		if opt.Years, err = yearList(*years); err != nil {
			return badUsage(fs, err.Error())
		}
		if *currencies != "" {
			opt.Currencies = strings.Split(strings.ToUpper(*currencies), ",")
		}
		fx, err := importFX(f, opt)
		if err == nil {
			encoded, err = encodeData(fx)
		}
		if err == nil {
			err = data.CheckFXFile(encoded)
		}
		if err != nil {
			fmt.Fprintln(stderr, "hirecalc data ecb:", err)
			return 1
		}
	}
	if *out == "-" {
		_, err = stdout.Write(encoded)
	} else {
		err = os.WriteFile(*out, encoded, 0o644)
	}
	if err != nil {
		fmt.Fprintln(stderr, "hirecalc data:", err)
		return 1
	}
	return 0
}

const dataUsage = `usage: hirecalc data so FILE [-year YEAR] [-o OUT]
       hirecalc data ecb FILE [-date YYYY-MM-DD] [-years LIST] [-o OUT]

Rebuild one of hirecalc's data files from its source's public download,
check it with the validator the embedded file passes, and write it (to
standard output unless -o is given):

  so   the Stack Overflow Developer Survey's public results CSV
       (survey_results_public.csv of any year) into the back-end salary
       table, as data/salary-stackoverflow-YEAR.json;
  ecb  the ECB's daily reference rates history (eurofxref-hist.csv) into
       the exchange rates of a day with yearly averages, as
       data/fx-ecb-DATE.json.

data/SOURCES.md says where to download each file and what to check.
`

// yearIn returns the first 20xx year, standing apart from other digits,
// in the base name of a file, or 0. The directories are not read: a
// temporary directory's random digits are no survey year.
func yearIn(name string) int {
	name = filepath.Base(name)
	for i := 0; i+4 <= len(name); i++ {
		if name[i] == '2' && name[i+1] == '0' && (i == 0 || name[i-1] < '0' || name[i-1] > '9') {
			if y, err := strconv.Atoi(name[i : i+4]); err == nil && (i+4 == len(name) || name[i+4] < '0' || name[i+4] > '9') {
				return y
			}
		}
	}
	return 0
}

func yearList(s string) ([]int, error) {
	if s == "" {
		return nil, nil
	}
	var out []int
	for _, p := range strings.Split(s, ",") {
		y, err := strconv.Atoi(strings.TrimSpace(p))
		if err != nil || y < 1999 || y > 2100 {
			return nil, fmt.Errorf("-years %q: want years such as 2024,2025", s)
		}
		out = append(out, y)
	}
	return out, nil
}

// encodeData writes a data file as the embedded ones are: one-space
// indentation, no HTML escaping, a final newline.
func encodeData(v any) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", " ")
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// The survey table's rules, as data/salary-stackoverflow-2024.json states
// them in its filter, method and rows_kept fields.
const (
	surveyMainBranch   = "I am a developer by profession"
	surveyBackEnd      = "Developer, back-end"
	surveyMinN         = 10  // cells under 10 respondents are left out
	surveyThinN        = 30  // cells under 30 carry a caution
	surveyCountryBands = 100 // countries with this many respondents get a row per band
	surveyGlobal       = "Global (all countries)"
	surveyEEUNoUA      = "Eastern Europe excl. Ukraine"
)

// surveyOptions are the facts of a survey file the CSV does not hold.
type surveyOptions struct {
	Year      int
	Collected string // YYYY-MM
	Accessed  string // YYYY-MM-DD
	Copy      string
}

// respondent is one kept answer: a professional back-end developer with
// a positive converted compensation.
type respondent struct {
	area   string // the country as the table names it
	band   string // years of professional coding, or "" when not given
	remote bool
	comp   float64
}

// importSurvey aggregates the public results CSV of a Stack Overflow
// survey into the back-end salary table.
func importSurvey(r io.Reader, opt surveyOptions) (data.Survey, error) {
	current, err := data.LoadSurvey()
	if err != nil {
		return data.Survey{}, err
	}
	countries, err := data.LoadCountries()
	if err != nil {
		return data.Survey{}, err
	}
	people, err := readSurvey(r, countries)
	if err != nil {
		return data.Survey{}, err
	}
	rows := aggregate(people, current.RegionDefinitions, countries)
	s := current // the table's method, bands and region definitions stay
	y := strconv.Itoa(opt.Year)
	url := "https://survey.stackoverflow.co/" + y + "/"
	s.Provenance = data.Provenance{Source: "Stack Overflow Annual Developer Survey " + y, URL: url, Date: opt.Collected, Accessed: opt.Accessed, Licence: "ODbL-1.0"}
	s.Attribution = strings.ReplaceAll(strings.ReplaceAll(current.Attribution, current.Provenance.URL, url), "Survey "+current.Provenance.Date[:4], "Survey "+y)
	s.Title = strings.ReplaceAll(current.Title, current.Provenance.Date[:4], y)
	s.Source = fmt.Sprintf("Stack Overflow Annual Developer Survey %s, public results dataset (survey_results_public.csv)", y)
	s.SourceURL = url
	s.DatasetCopy = opt.Copy
	if s.DatasetCopy == "" {
		s.DatasetCopy = "survey_results_public.csv of the public results dataset, aggregated by hirecalc data so"
	}
	s.RowsKept = fmt.Sprintf("Back-end developers (DevType includes %q): the global figures; every country with at least %d respondents, and for countries with at least %d a row per band of years; each region's bands, with and without the RemoteWork = Remote filter; Eastern Europe without Ukraine. Countries are named as in the survey, except the long names data/countries.json maps to a shorter one.", surveyBackEnd, surveyMinN, surveyCountryBands)
	s.CautionRules = "n < 30: thin sample; p25 below a fifth of the median: the answers likely mix monthly and annual pay; p75 above four times the median: wide dispersion."
	s.Rows = rows
	return s, nil
}

// readSurvey reads the kept respondents of the CSV, whose first line
// names the columns (ResponseId, MainBranch, DevType, Country,
// YearsCodePro, ConvertedCompYearly, RemoteWork, ...); "NA" is an absent
// answer.
func readSurvey(r io.Reader, countries data.Countries) ([]respondent, error) {
	cr := csv.NewReader(r)
	cr.ReuseRecord = true
	head, err := cr.Read()
	if err != nil {
		return nil, fmt.Errorf("read the header: %w", err)
	}
	col := map[string]int{}
	for i, h := range head {
		col[strings.TrimPrefix(h, "\ufeff")] = i
	}
	need := []string{"MainBranch", "DevType", "Country", "YearsCodePro", "ConvertedCompYearly", "RemoteWork"}
	for _, n := range need {
		if _, ok := col[n]; !ok {
			return nil, fmt.Errorf("the CSV has no %s column: is it survey_results_public.csv?", n)
		}
	}
	var out []respondent
	for {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, err
		}
		get := func(n string) string { return rec[col[n]] }
		if get("MainBranch") != surveyMainBranch || !slices.Contains(strings.Split(get("DevType"), ";"), surveyBackEnd) {
			continue
		}
		comp, err := strconv.ParseFloat(get("ConvertedCompYearly"), 64)
		if err != nil || !(comp > 0) || math.IsInf(comp, 0) {
			continue // "NA" or no pay
		}
		country := get("Country")
		if country == "NA" || country == "" {
			continue
		}
		area := country
		if c, ok := countries.ByArea(country); ok {
			area = c.SurveyAreas[0]
		}
		out = append(out, respondent{area: area, band: yearsBand(get("YearsCodePro")), remote: get("RemoteWork") == "Remote", comp: comp})
	}
	return out, nil
}

// yearsBand maps an answer to YearsCodePro to the table's bands.
func yearsBand(s string) string {
	var y int
	switch s {
	case "Less than 1 year":
		y = 0
	case "More than 50 years":
		y = 51
	default:
		var err error
		if y, err = strconv.Atoi(s); err != nil || y < 0 {
			return ""
		}
	}
	switch {
	case y <= 2:
		return "0-2"
	case y <= 5:
		return "3-5"
	case y <= 10:
		return "6-10"
	case y <= 15:
		return "11-15"
	}
	return "16+"
}

// aggregate builds the table's rows from the respondents.
func aggregate(people []respondent, regions map[string][]string, countries data.Countries) []data.SurveyRow {
	bands := []string{"0-2", "3-5", "6-10", "11-15", "16+"}
	var rows []data.SurveyRow
	add := func(role, area, band string, comps []float64) {
		if len(comps) < surveyMinN {
			return
		}
		rows = append(rows, surveyCell(role, area, band, comps))
	}
	pick := func(in func(respondent) bool, band string) []float64 {
		var c []float64
		for _, p := range people {
			if in(p) && (band == "all" || p.band == band) {
				c = append(c, p.comp)
			}
		}
		return c
	}
	members := map[string]map[string]bool{} // region -> table area names
	for name, list := range regions {
		members[name] = map[string]bool{}
		for _, a := range list {
			area := a
			if c, ok := countries.ByArea(a); ok {
				area = c.SurveyAreas[0]
			}
			members[name][area] = true
		}
	}
	everyone := func(respondent) bool { return true }
	add(data.SurveyRoleBackend, surveyGlobal, "all", pick(everyone, "all"))

	counts := map[string]int{}
	for _, p := range people {
		counts[p.area]++
	}
	areas := make([]string, 0, len(counts))
	for a := range counts {
		areas = append(areas, a)
	}
	sort.Slice(areas, func(i, j int) bool {
		if counts[areas[i]] != counts[areas[j]] {
			return counts[areas[i]] > counts[areas[j]]
		}
		return areas[i] < areas[j]
	})
	for _, a := range areas {
		add(data.SurveyRoleBackend, a, "all", pick(func(p respondent) bool { return p.area == a }, "all"))
	}
	var regionOrder []string
	for _, key := range data.RegionKeys {
		regionOrder = append(regionOrder, data.SurveyRegionNames[key])
	}
	for _, name := range regionOrder {
		in := func(p respondent) bool { return members[name][p.area] }
		for _, b := range bands {
			add(data.SurveyRoleBackend, name, b, pick(in, b))
		}
	}
	for _, name := range regionOrder {
		in := func(p respondent) bool { return members[name][p.area] && p.remote }
		for _, b := range bands {
			add(data.SurveyRoleBackendRemote, name, b, pick(in, b))
		}
	}
	eeu := data.SurveyRegionNames["eeu"]
	for _, b := range bands {
		add(data.SurveyRoleBackend, surveyEEUNoUA, b, pick(func(p respondent) bool { return members[eeu][p.area] && p.area != "Ukraine" }, b))
	}
	for _, b := range bands {
		add(data.SurveyRoleBackend, surveyGlobal, b, pick(everyone, b))
	}
	for _, a := range areas {
		if counts[a] < surveyCountryBands || slices.Contains(regionOrder, a) {
			continue
		}
		for _, b := range bands {
			add(data.SurveyRoleBackend, a, b, pick(func(p respondent) bool { return p.area == a }, b))
		}
	}
	return rows
}

// surveyCell computes one cell: n and the quartiles by linear
// interpolation between order statistics (numpy's default, R's type 7),
// rounded to whole dollars, with the cautions of the table's rules.
func surveyCell(role, area, band string, comps []float64) data.SurveyRow {
	sorted := slices.Clone(comps)
	slices.Sort(sorted)
	r := data.SurveyRow{Role: role, Area: area, YearsPro: band, N: len(sorted),
		P25: math.Round(quantile7(sorted, 0.25)), Median: math.Round(quantile7(sorted, 0.5)), P75: math.Round(quantile7(sorted, 0.75))}
	var cautions []string
	if r.N < surveyThinN {
		cautions = append(cautions, "thin sample (n < 30): indicative only")
	}
	if r.P25 < r.Median/5 {
		cautions = append(cautions, fmt.Sprintf("p25 very low (about $%.0fk): the answers likely mix monthly and annual pay; treat with caution", math.Round(r.P25/1000)))
	}
	if r.P75 > 4*r.Median {
		cautions = append(cautions, "wide dispersion; treat with caution")
	}
	r.Caution = strings.Join(cautions, "; ")
	return r
}

// quantile7 is the p-quantile of sorted values by linear interpolation
// between the closest ranks: h = (n-1)p, x[floor h] + (h - floor h)
// (x[floor h + 1] - x[floor h]).
func quantile7(sorted []float64, p float64) float64 {
	if len(sorted) == 0 {
		return math.NaN()
	}
	h := float64(len(sorted)-1) * p
	lo := int(math.Floor(h))
	if lo+1 >= len(sorted) {
		return sorted[lo]
	}
	return sorted[lo] + (h-float64(lo))*(sorted[lo+1]-sorted[lo])
}

// fxOptions choose what to keep of the ECB's history.
type fxOptions struct {
	Date       string // YYYY-MM-DD, "" for the latest
	Years      []int  // years to average, nil for the surveys' years
	Currencies []string
	Accessed   string
	Copy       string
}

// importFX reads the ECB's eurofxref-hist.csv (Date,USD,JPY,...; one
// line a business day, newest first, "N/A" where there is no rate, a
// trailing comma) into the rates of a day and yearly averages per US
// dollar.
func importFX(r io.Reader, opt fxOptions) (data.FX, error) {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1
	head, err := cr.Read()
	if err != nil {
		return data.FX{}, fmt.Errorf("read the header: %w", err)
	}
	if len(head) < 2 || strings.TrimPrefix(head[0], "\ufeff") != "Date" {
		return data.FX{}, errors.New(`the first column is not "Date": is it eurofxref-hist.csv?`)
	}
	usdCol := slices.Index(head, "USD")
	if usdCol < 0 {
		return data.FX{}, errors.New("the CSV has no USD column")
	}
	type day struct {
		date  string
		rates map[string]float64
	}
	var days []day
	for {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return data.FX{}, err
		}
		if _, err := time.Parse(time.DateOnly, rec[0]); err != nil {
			return data.FX{}, fmt.Errorf("line %d: %q is not a date", len(days)+2, rec[0])
		}
		d := day{date: rec[0], rates: map[string]float64{}}
		for i := 1; i < len(rec) && i < len(head); i++ {
			code := strings.TrimSpace(head[i])
			if code == "" || rec[i] == "N/A" || rec[i] == "" {
				continue
			}
			v, err := strconv.ParseFloat(rec[i], 64)
			if err != nil || v <= 0 {
				return data.FX{}, fmt.Errorf("%s, %s: %q is not a rate", rec[0], code, rec[i])
			}
			d.rates[code] = v
		}
		days = append(days, d)
	}
	if len(days) == 0 {
		return data.FX{}, errors.New("the CSV has no rates")
	}
	sort.Slice(days, func(i, j int) bool { return days[i].date > days[j].date })
	snap := days[0]
	if opt.Date != "" {
		i := slices.IndexFunc(days, func(d day) bool { return d.date == opt.Date })
		if i < 0 {
			return data.FX{}, fmt.Errorf("the CSV has no rates for %s (not an ECB business day?)", opt.Date)
		}
		snap = days[i]
	}
	usd, ok := snap.rates["USD"]
	if !ok {
		return data.FX{}, fmt.Errorf("no USD rate on %s", snap.date)
	}
	keep := func(code string) bool { return opt.Currencies == nil || slices.Contains(opt.Currencies, code) }
	fx := data.FX{
		Provenance:   data.Provenance{Source: ecbSource, URL: ecbURL, Date: snap.date, Accessed: opt.Accessed, Licence: "Reproduction permitted with the source acknowledged; the rates are published for information purposes only"},
		Source:       ecbSource,
		URL:          ecbURL,
		LicenceNote:  "ECB: reproduction permitted with source acknowledged; rates 'for information purposes only'",
		SnapshotDate: snap.date,
		PerEUR:       map[string]float64{},
		PerUSD:       map[string]float64{"USD": 1, "EUR": round6(1 / usd)},
		// the methods, word for word as in today's file
		AnnualAverageMethod: "mean over the year's ECB business days of (X per EUR)/(USD per EUR); n_days is the number of those days",
		DatasetCopy:         opt.Copy,
		PerUSDMethod:        "X per USD = (X per EUR) / (USD per EUR) on the snapshot date",
	}
	if fx.DatasetCopy == "" {
		fx.DatasetCopy = "eurofxref-hist.csv, the ECB's daily reference rates history file"
	}
	for code, v := range snap.rates {
		if keep(code) || code == "USD" {
			fx.PerEUR[code] = v
			fx.PerUSD[code] = round6(v / usd)
		}
	}
	years := opt.Years
	if years == nil {
		if s, err := data.LoadSurvey(); err == nil {
			if y, err := strconv.Atoi(s.Provenance.Date[:4]); err == nil {
				years = []int{y}
			}
		}
	}
	for _, y := range years {
		prefix := strconv.Itoa(y) + "-"
		sums, counts := map[string]float64{}, map[string]int{}
		n := 0
		for _, d := range days {
			u, ok := d.rates["USD"]
			if !strings.HasPrefix(d.date, prefix) || !ok {
				continue
			}
			n++
			sums["EUR"] += 1 / u
			counts["EUR"]++
			for code, v := range d.rates {
				if code != "USD" && (keep(code) || fx.PerEUR[code] > 0) {
					sums[code] += v / u
					counts[code]++
				}
			}
		}
		if n == 0 {
			return data.FX{}, fmt.Errorf("the CSV has no rates of %d to average", y)
		}
		a := data.FXAverage{Year: y, Days: n, PerUSD: map[string]float64{"USD": 1}}
		for code, sum := range sums {
			if _, kept := fx.PerUSD[code]; kept && counts[code] == n {
				a.PerUSD[code] = round6(sum / float64(counts[code]))
			}
		}
		fx.AnnualAverages = append(fx.AnnualAverages, a)
	}
	countries, err := data.LoadCountries()
	if err != nil {
		return data.FX{}, err
	}
	seen := map[string]bool{}
	for _, c := range countries.Countries {
		if _, ok := fx.PerUSD[c.Currency]; !ok && c.Currency != "" && !seen[c.Currency] {
			seen[c.Currency] = true
			fx.NotPublished = append(fx.NotPublished, c.Currency)
		}
	}
	sort.Strings(fx.NotPublished)
	return fx, nil
}

const (
	ecbSource = "European Central Bank euro foreign exchange reference rates"
	ecbURL    = "https://www.ecb.europa.eu/stats/policy_and_exchange_rates/euro_reference_exchange_rates/html/index.en.html"
)

// round6 rounds a rate to 6 decimals, or to 7 significant digits under
// 1, so that it stays within 1 part in a million of the exact quotient
// (what the validator allows).
func round6(v float64) float64 {
	if v >= 1 {
		return math.Round(v*1e6) / 1e6
	}
	scale := math.Pow(10, 6-math.Floor(math.Log10(v)))
	return math.Round(v*scale) / scale
}
