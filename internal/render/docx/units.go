package docx

import "math"

// twipsPerPt is the number of twentieths of a point in a point, the unit of
// most WordprocessingML lengths.
const twipsPerPt = 20

// mmTwips converts millimetres to twips.
func mmTwips(mm float64) int { return int(math.Round(mm / 25.4 * 72 * twipsPerPt)) }

// ptTwips converts points to twips.
func ptTwips(pt float64) int { return int(math.Round(pt * twipsPerPt)) }

// halfPoints converts points to the half-points of w:sz.
func halfPoints(pt float64) int { return int(math.Round(pt * 2)) }
