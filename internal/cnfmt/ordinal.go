package cnfmt

import (
	"fmt"
	"strconv"
)

// positive panics unless n ≥ 1: counters start at one.
func positive(n int, fn string) {
	if n < 1 {
		panic(fmt.Sprintf("cnfmt.%s: %d is not a positive number", fn, n))
	}
}

// Heading returns the number of the n-th heading at level 1–4, in the
// official-document sequence: level 1 "一、", level 2 "（一）", level 3 "1.",
// level 4 "（1）". Panics if level is outside 1–4 or n < 1.
func Heading(level, n int) string {
	positive(n, "Heading")
	switch level {
	case 1:
		return Hanzi(n) + "、"
	case 2:
		return "（" + Hanzi(n) + "）"
	case 3:
		return strconv.Itoa(n) + "."
	case 4:
		return "（" + strconv.Itoa(n) + "）"
	}
	panic(fmt.Sprintf("cnfmt.Heading: level %d is not 1–4", level))
}

// Ordinal returns "第" and n in Chinese numerals: 1 "第一", 12 "第十二".
// Panics if n < 1.
func Ordinal(n int) string {
	positive(n, "Ordinal")
	return "第" + Hanzi(n)
}

// Seq returns the opener of the n-th point in a 一是…二是… sequence:
// 1 "一是", 10 "十是". Panics if n < 1.
func Seq(n int) string {
	positive(n, "Seq")
	return Hanzi(n) + "是"
}
