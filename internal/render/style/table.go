package style

// TableLinePitchPt is the fixed line spacing inside table cells: one and a
// half times the 四号 table font, so rows stay compact but readable.
const TableLinePitchPt = 1.5 * TablePt
