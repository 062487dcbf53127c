//go:build !wasm

package data

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// The validation of the guide's drafting section and the references it
// cites are native only: the tests run natively and validate the embedded
// file, so the browser needs neither (see validateOnLoad).

// Cite returns the guide's own words behind a From reference and whether
// the reference names a row: "definitions:developer", "posting:either",
// "rules:seniority", "comparison:monitoring" (the row as "domain:
// developer / engineer"), "developer_skills:testing" and
// "engineer_skills:observability" (the row as "area: expected"), and the
// 1-based items of the lists "developer_responsibilities:2",
// "engineer_responsibilities.main:1" and
// "engineer_responsibilities.also_in_charge_of:3".
func (g *GuideData) Cite(ref string) (string, bool) {
	section, key, _ := strings.Cut(ref, ":")
	item := func(list []string) (string, bool) {
		n, err := strconv.Atoi(key)
		if err != nil || n < 1 || n > len(list) {
			return "", false
		}
		return list[n-1], true
	}
	row := func(rows []GuideSkill) (string, bool) {
		for _, r := range rows {
			if r.ID == key {
				return r.Area + ": " + r.Expected, true
			}
		}
		return "", false
	}
	switch section {
	case "definitions":
		return pick(key, map[string]string{"developer": g.Definitions.Developer, "engineer": g.Definitions.Engineer, "difference": g.Definitions.Difference})
	case "posting":
		p := g.Posting
		return pick(key, map[string]string{"developer": p.Developer, "engineer": p.Engineer, "either": p.Either, "whichever": p.Whichever})
	case "rules":
		r, ok := g.Rule(key)
		return r.Quote, ok
	case "comparison":
		c, ok := g.ComparisonRow(key)
		return c.Domain + ": " + c.Developer + " / " + c.Engineer, ok
	case "developer_skills":
		return row(g.DeveloperSkills)
	case "engineer_skills":
		return row(g.EngineerSkills)
	case "developer_responsibilities":
		return item(g.DeveloperResponsibilities)
	case "engineer_responsibilities.main":
		return item(g.EngineerResponsibilities.Main)
	case "engineer_responsibilities.also_in_charge_of":
		return item(g.EngineerResponsibilities.AlsoInChargeOf)
	}
	return "", false
}

// pick returns m[key] and whether key is in m.
func pick(key string, m map[string]string) (string, bool) {
	s, ok := m[key]
	return s, ok
}

// validateDrafting reports the problems of the drafting section: an
// empty or badly formed sentence, a reference to a row that does not
// exist, an unknown skill id, a duplicate need or a combination of needs
// without wording.
func (g *GuideData) validateDrafting() []error {
	var errs []error
	fail := func(format string, args ...any) { errs = append(errs, fmt.Errorf(format, args...)) }
	for name, rows := range map[string][]GuideSkill{"developer_skills": g.DeveloperSkills, "engineer_skills": g.EngineerSkills} {
		for i, r := range rows {
			if err := postLine(r.Line); err != nil {
				fail("%s row %d (%q): line: %v", name, i+1, r.Area, err)
			}
		}
	}
	d := g.Drafting
	if strings.TrimSpace(d.Note) == "" {
		fail("drafting.note: empty")
	}
	sentence := func(where, s string) {
		if err := duty(s); err != nil {
			fail("%s: %v", where, err)
		}
	}
	from := func(where string, refs []string) {
		if len(refs) == 0 {
			fail("%s: no \"from\": name the guide's rows it was built from", where)
		}
		for _, ref := range refs {
			if _, ok := g.Cite(ref); !ok {
				fail("%s: from %q: no such row in the guide", where, ref)
			}
		}
	}
	skillIDs := func(where string, ids []string) {
		seen := map[string]bool{}
		for _, id := range ids {
			if _, ok := g.Skill(id); !ok {
				fail("%s: unknown skill %q", where, id)
			}
			if seen[id] {
				fail("%s: skill %q twice", where, id)
			}
			seen[id] = true
		}
	}
	wording := func(where string, w GuideWording) {
		sentence(where+".system", w.System)
		if w.Feature != "" {
			sentence(where+".feature", w.Feature)
		}
		if w.Assist != "" {
			sentence(where+".assist", w.Assist)
		}
	}
	needs := map[string]bool{}
	if len(d.Needs) == 0 {
		fail("drafting.needs: empty")
	}
	for i, n := range d.Needs {
		where := fmt.Sprintf("drafting.needs[%d] (%q)", i, n.Need)
		if strings.TrimSpace(n.Need) == "" || needs[n.Need] {
			fail("%s: empty or duplicate need", where)
		}
		needs[n.Need] = true
		wording(where, n.GuideWording)
		skillIDs(where+".must", slices.Concat(n.Must, n.Nice))
		from(where, n.From)
	}
	combos := map[string]bool{}
	for i, c := range d.Combined {
		where := fmt.Sprintf("drafting.combined[%d]", i)
		if len(c.Needs) < 2 {
			fail("%s: combines %d needs, want 2 or more", where, len(c.Needs))
		}
		for _, n := range c.Needs {
			if !needs[n] {
				fail("%s: unknown need %q", where, n)
			}
		}
		key := strings.Join(c.Needs, ",")
		if combos[key] {
			fail("%s: needs %s combined twice", where, key)
		}
		combos[key] = true
		wording(where, c.GuideWording)
		from(where, c.From)
	}
	for scope, duties := range map[string][]GuideDuty{"feature": d.General.Feature, "system": d.General.System} {
		if len(duties) == 0 {
			fail("drafting.general.%s: empty", scope)
		}
		for i, du := range duties {
			where := fmt.Sprintf("drafting.general.%s[%d]", scope, i)
			sentence(where, du.Text)
			from(where, du.From)
		}
	}
	for scope, c := range map[string]GuideSkillChoice{"feature": d.BaseSkills.Feature, "system": d.BaseSkills.System} {
		if len(c.Must) == 0 {
			fail("drafting.base_skills.%s: no must-have skill", scope)
		}
		skillIDs("drafting.base_skills."+scope, slices.Concat(c.Must, c.Also, c.Nice))
	}
	return errs
}

// Limits on the length of a drafted responsibility, in words: long
// enough to say something concrete, short enough to read at a glance.
const (
	minDutyWords = 6
	maxDutyWords = 18
)

// duty checks a drafted responsibility: one sentence of minDutyWords to
// maxDutyWords words in the imperative ("Design ...", not "Designing
// ..."), starting with a capital letter and ending with a full stop.
func duty(s string) error {
	if err := postLine(s); err != nil {
		return err
	}
	words := strings.Fields(s)
	if n := len(words); n < minDutyWords || n > maxDutyWords {
		return fmt.Errorf("%d words, want %d to %d: %q", n, minDutyWords, maxDutyWords, s)
	}
	if first := strings.ToLower(words[0]); strings.HasSuffix(first, "ing") || strings.HasSuffix(first, "s") && !strings.HasSuffix(first, "ss") {
		return fmt.Errorf("starts with %q: use the imperative (Design, Build, ...): %q", words[0], s)
	}
	if strings.Count(s, ". ") > 0 {
		return fmt.Errorf("more than one sentence: %q", s)
	}
	return nil
}

// postLine checks a line of a job post: not empty, no surrounding or
// doubled space, a capital letter first and a full stop last.
func postLine(s string) error {
	switch {
	case strings.TrimSpace(s) == "":
		return fmt.Errorf("empty")
	case strings.TrimSpace(s) != s || strings.Contains(s, "  "):
		return fmt.Errorf("stray space in %q", s)
	case s[0] < 'A' || s[0] > 'Z':
		return fmt.Errorf("does not start with a capital letter: %q", s)
	case !strings.HasSuffix(s, "."):
		return fmt.Errorf("does not end with a full stop: %q", s)
	}
	return nil
}
