package hiring_test

import (
	"fmt"

	"hirecalc/app/hiring"
)

// A startup of eight engineers needs product features, APIs and someone to
// own the architecture, which nobody owns yet: one person spans both.
func ExampleRecommend() {
	r := hiring.Recommend(hiring.DefaultInput())
	fmt.Println(r.Role)
	fmt.Println(r.Title)
	for _, reason := range r.Reasons[:2] {
		fmt.Printf("%s: %s\n", reason.Field, reason.Text)
	}
	fmt.Println(r.Changes[0].Text)
	// Output:
	// hybrid
	// Senior Backend Engineer (features and architecture)
	// needs: You ticked feature-level work (product features and APIs) and system-level work (architecture).
	// owner: Nobody owns the architecture yet, so the hire will make the design decisions as well as build features.
	// If an engineer or architect already owned the system design, the answer would be a dedicated backend engineer instead of one person spanning both roles: post a Senior Backend Engineer role.
}

// An enterprise in a regulated industry hires a junior for feature work
// under an architect: a backend developer.
func ExampleRecommend_regulatedEnterprise() {
	in := hiring.DefaultInput()
	in.Team, in.Stage, in.Regulated, in.Owner = 400, hiring.StageEnterprise, true, true
	in.Needs = []hiring.Need{hiring.NeedFeatures, hiring.NeedTesting}
	in.Level = hiring.LevelJunior
	r := hiring.Recommend(in)
	fmt.Println(r.Title)
	for _, c := range r.Changes {
		fmt.Printf("%s -> %s\n", c.Field, c.Role)
	}
	// Output:
	// Junior Backend Developer
	// needs -> engineer
	// stage -> standard
}
