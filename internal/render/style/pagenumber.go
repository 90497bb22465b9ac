package style

import (
	"strconv"
	"strings"
)

// PageNumberAffixes splits PageNumber around the number, "— " and " —", for
// writers that print the number through a field of their own (a DOCX PAGE
// field, a CSS page counter).
func PageNumberAffixes() (prefix, suffix string) {
	const probe = 987654321
	prefix, suffix, _ = strings.Cut(PageNumber(probe), strconv.Itoa(probe))
	return prefix, suffix
}
