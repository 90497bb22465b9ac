package style

import "math"

// The 公文 apparatus of a report issued as a document (doc.Issue), per
// GB/T 9704: the 版头 (§7.2) above the title and the 版记 (§7.4) at the
// foot of the last page.
const (
	// MastheadTopMM is the distance from the top of the text block to the
	// top of the 发文机关标志.
	MastheadTopMM = 35.0
	// AuthorityMaxPt is the size of the 发文机关标志 (小初), smaller when
	// it would not fit the width of the block.
	AuthorityMaxPt = 36.0
	// MastheadNumberGapLines is the blank lines between the authority and
	// the 发文字号; MastheadTitleGapLines those between the red rule and
	// the title.
	MastheadNumberGapLines = 2
	MastheadTitleGapLines  = 2
	// MastheadRuleGapMM is the distance from the 发文字号 down to the red
	// rule, MastheadRulePt the rule's width.
	MastheadRuleGapMM = 4.0
	MastheadRulePt    = 1.0
	// ColophonPt is the size of the 版记's text (四号 仿宋), indented one
	// of its characters at each side.
	ColophonPt = 14.0
	// ColophonThickMM and ColophonThinMM are the widths of its first and
	// last rules and of the rules between its elements.
	ColophonThickMM = 0.35
	ColophonThinMM  = 0.25
)

// Red is the colour of the 版头 (发文机关标志 and its rule), as red, green
// and blue from 0 to 1, and as hexadecimal RGB.
var Red = [3]float64{1, 0, 0}

// RedHex is Red as six hexadecimal digits.
const RedHex = "FF0000"

// AuthorityPt is the size of a 发文机关标志: AuthorityMaxPt, or the
// largest whole half point at which it fits the text block.
func AuthorityPt(authority string) float64 {
	w := TextEm(authority)
	if w <= 0 {
		return AuthorityMaxPt
	}
	return min(AuthorityMaxPt, math.Floor(TextWidthPt()/w*2)/2)
}

// CopyToLine is the 抄送 line of the 版记: "抄送：甲，乙，丙。".
func CopyToLine(copyTo []string) string {
	if len(copyTo) == 0 {
		return ""
	}
	s := "抄送："
	for i, c := range copyTo {
		if i > 0 {
			s += "，"
		}
		s += c
	}
	return s + "。"
}

// PrintedLine is the right half of the 版记's last line: "2014年1月5日印发".
func PrintedLine(printed string) string {
	if printed == "" {
		return ""
	}
	return printed + "印发"
}
