// Package hiring decides whether to post a backend developer or a backend
// engineer role, from what the user tells hirecalc about the team, the
// company and the work.
//
// The user's answers are held in an [Input]. An Input is encoded to and
// decoded from a URL query string with [ParseQuery] and [Input.Query]; that
// query is the public, stable format shared by links, the command line and
// embeds. [Recommend] turns an Input into a [Recommendation]: one of four
// outcomes ([RoleDeveloper], [RoleEngineer], [RoleHybrid], [RoleStandard]),
// the title to post, the reasons, what would change the answer and the
// skills to ask for, all drawn from DistantJob's hiring guide "Backend
// Developer vs Backend Engineer".
//
// The package imports only the standard library and hirecalc's data.
package hiring

// Stage is the company's stage, which the guide uses to decide how sharply
// the developer and engineer titles are separated.
type Stage string

// The company stages a user can choose.
const (
	StageStartup    Stage = "startup"    // small company or early startup
	StageScaleup    Stage = "scaleup"    // growing startup
	StageMidsize    Stage = "midsize"    // mid-size company
	StageEnterprise Stage = "enterprise" // enterprise or traditional IT company
	StageBigTech    Stage = "bigtech"    // large tech company with standardised titles and levels
)

// Stages lists every stage in the order the form offers them.
var Stages = []Stage{StageStartup, StageScaleup, StageMidsize, StageEnterprise, StageBigTech}

// Label returns the stage in plain words, for forms and reports.
func (s Stage) Label() string {
	switch s {
	case StageStartup:
		return "Startup or small company"
	case StageScaleup:
		return "Growing startup (scale-up)"
	case StageMidsize:
		return "Mid-size company"
	case StageEnterprise:
		return "Enterprise or traditional IT"
	case StageBigTech:
		return "Large tech company (standard titles)"
	}
	return string(s)
}

// Need is one kind of work the new hire must do.
type Need string

// The needs a user can tick. The first five are feature-level work, the
// rest are system-level work (see [Need.SystemLevel]).
const (
	NeedFeatures      Need = "features"
	NeedAPIs          Need = "apis"
	NeedData          Need = "data"
	NeedTesting       Need = "testing"
	NeedArchitecture  Need = "architecture"
	NeedScalability   Need = "scalability"
	NeedReliability   Need = "reliability"
	NeedSecurity      Need = "security"
	NeedDevOps        Need = "devops"
	NeedObservability Need = "observability"
	NeedLeadership    Need = "leadership"
	NeedDomain        Need = "domain"
)

// Needs lists every need in the canonical order used when encoding.
var Needs = []Need{
	NeedFeatures, NeedAPIs, NeedData, NeedTesting,
	NeedArchitecture, NeedScalability, NeedReliability, NeedSecurity,
	NeedDevOps, NeedObservability, NeedLeadership, NeedDomain,
}

// SystemLevel reports whether the need is system-level work, which the
// guide gives to a backend engineer (architecture, scalability,
// reliability, security architecture, DevOps, observability, technical
// leadership, domain-driven design). Feature-level needs (features, APIs,
// data, testing) are a backend developer's work.
func (n Need) SystemLevel() bool {
	switch n {
	case NeedFeatures, NeedAPIs, NeedData, NeedTesting:
		return false
	}
	return true
}

// Label returns the need in plain words, for forms and reports.
func (n Need) Label() string {
	switch n {
	case NeedFeatures:
		return "Build product features"
	case NeedAPIs:
		return "Build and maintain APIs"
	case NeedData:
		return "Database work"
	case NeedTesting:
		return "Testing"
	case NeedArchitecture:
		return "Own the architecture"
	case NeedScalability:
		return "Scalability"
	case NeedReliability:
		return "Reliability"
	case NeedSecurity:
		return "Security standards"
	case NeedDevOps:
		return "DevOps and infrastructure"
	case NeedObservability:
		return "Monitoring and observability"
	case NeedLeadership:
		return "Technical leadership and mentoring"
	case NeedDomain:
		return "Complex business domain"
	}
	return string(n)
}

// Level is the seniority of the role.
type Level string

// The levels a user can choose.
const (
	LevelJunior Level = "junior"
	LevelMid    Level = "mid"
	LevelSenior Level = "senior"
	LevelStaff  Level = "staff"
)

// Levels lists every level from junior to staff.
var Levels = []Level{LevelJunior, LevelMid, LevelSenior, LevelStaff}

// Label returns the level as it appears in a job title ("Senior").
func (l Level) Label() string {
	switch l {
	case LevelJunior:
		return "Junior"
	case LevelMid:
		return "Mid-level"
	case LevelSenior:
		return "Senior"
	case LevelStaff:
		return "Staff"
	}
	return string(l)
}

// Period is the pay period used for display.
type Period string

// The pay periods.
const (
	PeriodYear  Period = "year"
	PeriodMonth Period = "month"
	PeriodHour  Period = "hour"
)

// Periods lists every pay period.
var Periods = []Period{PeriodYear, PeriodMonth, PeriodHour}

// Workplace says where the work is done, for the job description and its
// structured data.
type Workplace string

// The workplace policies.
const (
	WorkplaceRemote Workplace = "remote"
	WorkplaceHybrid Workplace = "hybrid"
	WorkplaceOnsite Workplace = "onsite"
)

// Workplaces lists every workplace policy.
var Workplaces = []Workplace{WorkplaceRemote, WorkplaceHybrid, WorkplaceOnsite}

// Regions are the region keys accepted besides ISO 3166-1 alpha-2 country
// codes: the four regions of the guide's salary table.
var Regions = []string{"us", "weu", "eeu", "latam"}

// Jurisdictions are the pay-transparency jurisdictions a user can name in
// the "where" key, lower-cased ids of data/pay-transparency.json.
var Jurisdictions = []string{
	"us-co", "us-ca", "us-nyc", "us-ny", "us-wa", "us-il", "us-mn",
	"us-nj", "us-vt", "us-ma", "ca-on", "eu", "pl",
}

// Input is everything the user tells hirecalc. The zero value is not a
// useful input: start from [DefaultInput] or [ParseQuery].
type Input struct {
	// Team is the number of engineers on the team today (0 to 100000).
	Team int
	// Stage is the company's stage.
	Stage Stage
	// Regulated is true in a regulated industry (finance, healthcare, ...).
	Regulated bool
	// Owner is true when an engineer or architect already owns the backend
	// architecture.
	Owner bool
	// Needs is what the work needs, without duplicates, in the order of
	// [Needs]. It may be empty.
	Needs []Need
	// Level is the seniority of the role.
	Level Level
	// Region is a region key of [Regions] or a lower-case ISO 3166-1
	// alpha-2 country code.
	Region string
	// Currency is the ISO 4217 code used for display, upper case.
	Currency string
	// Period is the pay period used for display.
	Period Period
	// Company is the company name for the job description, as typed.
	Company string
	// Location is where the job is done, free text as typed.
	Location string
	// Workplace is the remote, hybrid or on-site policy.
	Workplace Workplace
	// Apply says how to apply (a URL or an e-mail address), as typed.
	Apply string
	// Benefits describes benefits and other compensation, as typed.
	Benefits string
	// Where lists pay-transparency jurisdictions ([Jurisdictions]) where
	// the job can be done. Empty means: infer them from Region.
	Where []string
	// PayMin and PayMax are the pay range the employer confirmed for the
	// posting, in PayCurrency per PayPeriod; both zero when not confirmed.
	PayMin, PayMax int
	// PayCurrency is the ISO 4217 code of PayMin and PayMax.
	PayCurrency string
	// PayPeriod is the period of PayMin and PayMax.
	PayPeriod Period
	// PayFromEstimate is true when PayMin and PayMax are hirecalc's
	// estimate, which the user chose to post as the range (query
	// "paysource=estimate", which the app's “Use this range in the
	// posting” button sets); false when the employer typed the range.
	// It is false whenever there is no range.
	PayFromEstimate bool
}

// PaySource says where the pay range of a posting comes from.
type PaySource string

// The pay sources. Only an entered or a confirmed range is the
// employer's own; an estimate meets a pay-transparency rule only once the
// employer posts it as the range.
const (
	// PayEntered: the employer typed the range (paymin, paymax).
	PayEntered PaySource = "entered"
	// PayConfirmed: the employer chose hirecalc's estimate as the posted
	// range (paysource=estimate).
	PayConfirmed PaySource = "confirmed"
	// PayEstimate: hirecalc's estimate, not confirmed by the employer.
	PayEstimate PaySource = "estimate"
)

// PayConfirmed reports whether the employer set a pay range for the
// posting, by typing it or by confirming hirecalc's estimate.
func (in Input) PayConfirmed() bool {
	return in.PayMin > 0 && in.PayMax >= in.PayMin
}

// PaySource returns where the input's pay range comes from: PayConfirmed
// when the employer chose hirecalc's estimate, PayEntered when the
// employer typed it, and "" when the input holds no range (a posting can
// then show only the estimate, [PayEstimate]).
func (in Input) PaySource() PaySource {
	switch {
	case !in.PayConfirmed():
		return ""
	case in.PayFromEstimate:
		return PayConfirmed
	}
	return PayEntered
}

// DefaultInput returns the input used for every key the user has not set:
// a senior hire for a startup of eight engineers in the United States that
// needs feature work and architecture, with nobody owning the design yet.
func DefaultInput() Input {
	return Input{
		Team:        8,
		Stage:       StageStartup,
		Regulated:   false,
		Owner:       false,
		Needs:       []Need{NeedFeatures, NeedAPIs, NeedArchitecture},
		Level:       LevelSenior,
		Region:      "us",
		Currency:    "USD",
		Period:      PeriodYear,
		Workplace:   WorkplaceRemote,
		PayCurrency: "USD",
		PayPeriod:   PeriodYear,
	}
}
