package doc

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxUnitRunes bounds the unit SplitFigure reads after a number: 个百分点
// is the longest unit a report prints.
const maxUnitRunes = 4

// SplitFigure reads s as a figure: an Arabic number and the unit that
// follows it. The number is digits with an optional minus sign, thousands
// commas in groups of three and a decimal part ("1,234.56"); the unit is up
// to four Chinese characters, %, ‰ or / between them ("万元", "%", "元/人",
// "人次"), or nothing. So "2.15万元" is ("2.15", "万元"), "95.2%" is
// ("95.2", "%"), the year "2013年" is ("2013", "年"), "168" is ("168", "").
// ok is false for any other text: "—", "2（并列）", "约5万元", "".
//
// A figure with its unit is one unit of layout: no writer breaks a line
// inside it.
func SplitFigure(s string) (number, unit string, ok bool) {
	n := numberPrefix(s)
	if n == 0 {
		return "", "", false
	}
	unit = s[n:]
	if !isUnit(unit) {
		return "", "", false
	}
	return s[:n], unit, true
}

// numberPrefix returns the length of the number s starts with, 0 if none.
func numberPrefix(s string) int {
	i := 0
	if strings.HasPrefix(s, "-") {
		i = 1
	}
	start := i
	group := -1 // digits since the last comma, -1 before any comma
	for i < len(s) {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			i++
			if group >= 0 {
				group++
				if group > 3 {
					return 0
				}
			}
			continue
		case c == ',' && i > start && (group == -1 || group == 3) && i+1 < len(s) && isDigit(s[i+1]):
			if group == -1 && i-start > 3 {
				return 0
			}
			group = 0
			i++
			continue
		}
		break
	}
	if i == start || group >= 0 && group != 3 {
		return 0
	}
	if i+1 < len(s) && s[i] == '.' && isDigit(s[i+1]) {
		i++
		for i < len(s) && isDigit(s[i]) {
			i++
		}
	}
	if i < len(s) && (isDigit(s[i]) || s[i] == '.' || s[i] == ',') {
		return 0
	}
	return i
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// isUnit reports whether u may follow a number as its unit.
func isUnit(u string) bool {
	if u == "" {
		return true
	}
	if utf8.RuneCountInString(u) > maxUnitRunes || strings.HasPrefix(u, "/") || strings.HasSuffix(u, "/") {
		return false
	}
	for _, r := range u {
		if r != '%' && r != '‰' && r != '/' && !unicode.Is(unicode.Han, r) {
			return false
		}
	}
	return true
}
