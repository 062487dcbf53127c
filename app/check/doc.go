// Package check runs hirecalc's quality checks on a job description: the
// gender-coded wording check of gender-decoder ([Gender]), readability
// ([Readability]) and pay transparency ([PayTransparency]). [Review] runs
// all three on a pasted job description.
//
// The checks are pure functions of their input: they read the word lists
// and rules embedded in hirecalc's data package, never the clock (the date
// is a parameter), and import only the standard library and hirecalc's
// data, so they run the same natively and in the browser.
package check
