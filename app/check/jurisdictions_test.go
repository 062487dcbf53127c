package check_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"hirecalc/app/hiring"
	"hirecalc/data"
)

// TestJurisdictionsMatchTheTable checks that the "where" values the query
// accepts are exactly the rules of data/pay-transparency.json, in lower
// case and in the table's order.
func TestJurisdictionsMatchTheTable(t *testing.T) {
	var ids []string
	for _, r := range data.MustPayTransparency().Jurisdictions {
		ids = append(ids, strings.ToLower(r.ID))
	}
	assert.Equal(t, ids, hiring.Jurisdictions)
}
