package jobdesc

import "hirecalc/app/hiring"

// The fixtures below stand in for hiring.Recommend: recommendations built
// by hand from the tables of DistantJob's hiring guide, one per outcome.

var (
	devSkills = []hiring.Skill{
		{Area: "Programming language", Expected: "Deep proficiency in at least one: Python, Go, Java, Node.js, Ruby, PHP, C#, or Rust", Required: true, Table: "developer"},
		{Area: "Databases", Expected: "SQL (PostgreSQL, MySQL, SQL Server) and at least one NoSQL option (MongoDB, Redis, DynamoDB)", Required: true, Table: "developer"},
		{Area: "API design", Expected: "REST design principles, HTTP semantics, status codes, pagination, versioning", Required: true, Table: "developer"},
		{Area: "Authentication", Expected: "JWT, OAuth 2.0, session management, password hashing", Required: true, Table: "developer"},
		{Area: "Version control", Expected: "Git — branching strategies, pull request workflow, conflict resolution", Required: true, Table: "developer"},
		{Area: "Testing", Expected: "Unit tests, integration tests, mocking, test coverage awareness", Required: true, Table: "developer"},
		{Area: "CI/CD basics", Expected: "Understands how deployment pipelines work; can configure basic GitHub Actions or GitLab CI jobs", Required: false, Table: "developer"},
		{Area: "Security basics", Expected: "Input validation, SQL injection prevention, OWASP awareness", Required: false, Table: "developer"},
	}
	engSkills = []hiring.Skill{
		{Area: "Systems design", Expected: "Service decomposition, data consistency patterns, CAP theorem trade-offs, event-driven architecture", Required: true, Table: "engineer"},
		{Area: "Scalability", Expected: "Horizontal scaling, load balancing, caching strategies (Redis, CDN, in-process), database read replicas", Required: true, Table: "engineer"},
		{Area: "Reliability", Expected: "Retries with backoff, circuit breakers, idempotency, chaos engineering basics", Required: true, Table: "engineer"},
		{Area: "Security architecture", Expected: "TLS, encryption at rest, RBAC design, audit trails, OWASP Top 10 at the system level", Required: true, Table: "engineer"},
		{Area: "Monitoring & observability", Expected: "Metrics, logs, traces — designing what to instrument and how to act on it", Required: true, Table: "engineer"},
		{Area: "Cloud platforms", Expected: "AWS, GCP, or Azure — managed services, IAM, networking, cost optimisation", Required: false, Table: "engineer"},
		{Area: "Containerisation", Expected: "Docker, Kubernetes — cluster design, Helm, resource limits, autoscaling", Required: false, Table: "engineer"},
		{Area: "Infrastructure as Code", Expected: "Terraform or Pulumi — reproducible environments, state management", Required: false, Table: "engineer"},
		{Area: "CI/CD", Expected: "Designing and owning delivery pipelines, not just using them", Required: false, Table: "engineer"},
		{Area: "Technical leadership", Expected: "Architecture documentation, decision records (ADRs), mentoring, cross-team communication", Required: false, Table: "engineer"},
		{Area: "Domain-driven design", Expected: "Bounded contexts, aggregates, domain events — relevant for complex business domains", Required: false, Table: "engineer"},
	}
	devResponsibilities = []string{
		"Troubleshoot and debug applications.",
		"Conduct UI tests and optimize performance.",
		"Participate in the application lifecycle.",
		"Develop sustainable web applications with clean codes.",
		"Provide training and support to other team members.",
	}
	engResponsibilities = []string{
		"Own the technical choices that constrain and enable the development team.",
		"Design system architecture and make scalability and reliability decisions.",
		"Regularly inspect server code for speed and optimization.",
		"Conceptualize and implement data storage solutions.",
		"Define security standards and build security structures into the system.",
		"Improve code quality across the team through unit tests and automation.",
		"Work with product and design to translate end-user requirements into technical decisions.",
	}
)

func concat[T any](a, b []T) []T { return append(append([]T{}, a...), b...) }

// fixtureRec returns a hand-built recommendation for the outcome.
func fixtureRec(role hiring.Role, level hiring.Level) hiring.Recommendation {
	base := map[hiring.Role]string{
		hiring.RoleDeveloper: "Backend Developer",
		hiring.RoleEngineer:  "Backend Engineer",
		hiring.RoleHybrid:    "Backend Engineer",
		hiring.RoleStandard:  "Software Engineer",
	}[role]
	rec := hiring.Recommendation{
		Role:  role,
		Level: level,
		Title: level.Label() + " " + base,
	}
	switch role {
	case hiring.RoleDeveloper:
		rec.Skills = devSkills
		rec.Responsibilities = devResponsibilities
		rec.Posting = "Post \"backend developer\" when you need someone to implement features, build and maintain APIs, and write reliable server-side code under existing architectural direction."
	case hiring.RoleEngineer, hiring.RoleStandard:
		rec.Skills = concat(devSkills, engSkills)
		rec.Responsibilities = engResponsibilities
		rec.Posting = "Post \"backend engineer\" when you need someone to own architecture, make scalability and reliability decisions, and set technical standards, in addition to writing code."
	case hiring.RoleHybrid:
		rec.Skills = concat(devSkills, engSkills)
		rec.Responsibilities = concat(engResponsibilities[:3], devResponsibilities[:2])
		rec.Posting = "State plainly in the description that the role spans feature work and architecture, so candidates self-select correctly regardless of which title you use."
	}
	return rec
}

// fixtureInput is a complete input with a confirmed pay range.
func fixtureInput() hiring.Input {
	in := hiring.DefaultInput()
	in.Company = "Acme Payments"
	in.Location = "Anywhere in the United States"
	in.Apply = "https://acme.example/jobs/backend?ref=hirecalc&src=post"
	in.Benefits = "Health insurance, 25 days of paid leave, a yearly learning budget"
	return in
}

// estimatePay is an estimate as the pay package would report it.
var estimatePay = Pay{
	Min: 130000, Max: 175000, Currency: "USD", Period: hiring.PeriodYear, Estimate: true,
	Basis: "DistantJob's hiring guide, senior backend developer in the United States.",
}
