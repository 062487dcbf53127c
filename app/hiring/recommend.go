package hiring

// Role is the outcome of a recommendation: which role to post.
type Role string

// The four outcomes of [Recommend].
const (
	// RoleDeveloper: post a backend developer role; feature work under
	// architecture someone else owns.
	RoleDeveloper Role = "developer"
	// RoleEngineer: post a backend engineer role; the hire owns
	// system-level decisions.
	RoleEngineer Role = "engineer"
	// RoleHybrid: one person spans feature work and architecture; post it
	// as an engineer role and say plainly that it spans both.
	RoleHybrid Role = "hybrid"
	// RoleStandard: the company standardises titles; use its standard
	// title (for example Software Engineer) with the level.
	RoleStandard Role = "standard"
)

// Reason is one reason behind a recommendation, tied to the input that
// caused it and to what the guide says.
type Reason struct {
	// Text is the reason in plain words.
	Text string `json:"text"`
	// Field is the query key of the input that caused it ("stage").
	Field string `json:"field"`
	// Guide is what the guide says that supports it.
	Guide string `json:"guide"`
}

// Change is something that would change the answer.
type Change struct {
	// Text says what would change and what the answer would become.
	Text string `json:"text"`
	// Field is the query key to change.
	Field string `json:"field"`
	// Role is the outcome after the change.
	Role Role `json:"role"`
}

// Skill is one skill to ask for, from the guide's skill tables.
type Skill struct {
	// Area is the skill area ("API design").
	Area string `json:"area"`
	// Expected is what the guide expects in that area.
	Expected string `json:"expected"`
	// Required is true for a must-have skill, false for a nice-to-have.
	Required bool `json:"required"`
	// Table names the guide's table the skill comes from: "developer" or
	// "engineer".
	Table string `json:"table"`
}

// Recommendation is the answer to "developer or engineer?".
type Recommendation struct {
	// Role is the outcome.
	Role Role `json:"role"`
	// Title is the title to post, with the level ("Senior Backend Engineer").
	Title string `json:"title"`
	// Level is the seniority.
	Level Level `json:"level"`
	// Summary is the outcome in plain words.
	Summary string `json:"summary"`
	// Reasons are why, each tied to an input.
	Reasons []Reason `json:"reasons"`
	// Changes are what would change the answer.
	Changes []Change `json:"changes"`
	// Skills are the skills to ask for, required ones first.
	Skills []Skill `json:"skills"`
	// Responsibilities are the guide's responsibilities fitting the outcome.
	Responsibilities []string `json:"responsibilities"`
	// Posting is the guide's advice on how to word the job post for this
	// outcome (for a hybrid role: say plainly that it spans feature work
	// and architecture).
	Posting string `json:"posting"`
}
