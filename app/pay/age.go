package pay

import (
	"fmt"
	"time"
)

// The limits past which hirecalc marks data as dated, compared with the
// day of the answer.
const (
	// MaxRateAgeDays is how old, in days, an exchange rate may be.
	MaxRateAgeDays = 90
	// MaxSurveyAgeMonths is how long after its collection a survey's
	// figures may be shown without a dated badge.
	MaxSurveyAgeMonths = 18
)

// parseDay parses an answer's date (YYYY-MM-DD); "" gives the zero time,
// meaning "do not judge the age".
func parseDay(today string) (time.Time, error) {
	if today == "" {
		return time.Time{}, nil
	}
	d, err := time.Parse(time.DateOnly, today)
	if err != nil {
		return time.Time{}, fmt.Errorf("pay: date %q is not YYYY-MM-DD", today)
	}
	return d, nil
}

// rateDated returns why a rate of date (YYYY-MM-DD) is dated on today,
// or "" when it is not (or either date is unknown).
func rateDated(date string, today time.Time) string {
	d, err := time.Parse(time.DateOnly, date)
	if err != nil || today.IsZero() {
		return ""
	}
	days := int(today.Sub(d).Hours() / 24)
	if days <= MaxRateAgeDays {
		return ""
	}
	return fmt.Sprintf("The exchange rate of %s is %d days old on %s (more than %d): currencies may have moved since.", date, days, today.Format(time.DateOnly), MaxRateAgeDays)
}

// surveyDated returns why figures collected in collected (YYYY-MM, or
// YYYY-MM-DD) are dated on today, or "" when they are not (or either
// date is unknown). A month's figures count from the month's last day.
func surveyDated(source, collected string, today time.Time) string {
	if today.IsZero() {
		return ""
	}
	end, err := time.Parse(time.DateOnly, collected)
	limit := end.AddDate(0, MaxSurveyAgeMonths, 0)
	if err != nil {
		m, err := time.Parse("2006-01", collected)
		if err != nil {
			return ""
		}
		end, limit = m.AddDate(0, 1, -1), m.AddDate(0, MaxSurveyAgeMonths+1, -1)
	}
	if !today.After(limit) {
		return ""
	}
	months := (today.Year()-end.Year())*12 + int(today.Month()) - int(end.Month())
	if today.Day() < end.Day() {
		months--
	}
	return fmt.Sprintf("%s collected its figures in %s, %d months before %s (more than %d): a newer edition may exist, and pay has moved since.", source, end.Format("January 2006"), months, today.Format(time.DateOnly), MaxSurveyAgeMonths)
}
