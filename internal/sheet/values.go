package sheet

import (
	"fmt"
	"math"
	"math/big"
	"reflect"
	"strconv"
	"strings"
	"time"

	"zongjie/internal/num"
)

// A cell's value becomes the text the record decoder reads for its field,
// as a clerk would have typed it into a YAML file: the decoder then parses
// and checks it exactly as it does YAML. What a spreadsheet adds is undone
// here: a number is its stored value (never the rounding a format shows,
// never binary noise like 0.30000000000000004); a date is a serial number
// with a date format; a percentage 76.1% is stored as 0.761; a column
// headed 金额(万元) holds 万元.

// blankMarks are what clerks type into a cell that has no value.
var blankMarks = map[string]bool{"-": true, "—": true, "——": true, "－": true, "/": true, "／": true, "\\": true, "、": true}

// maxBlankMark is the length in bytes of the longest blank mark.
const maxBlankMark = len("——")

// problem is what is wrong with a cell, in Chinese, or "".
type problem string

// valueText is the text of cell c for a value of type t (of the field f);
// wan is set when the column's header says its amounts are in 万元. It
// returns "" for a cell with no value, or the problem of a cell that has
// none to give.
func (b *builder) valueText(c *xcell, f fieldInfo, t reflect.Type, wan bool) (string, problem) {
	if c.external {
		return "", problem(fmt.Sprintf("这一格的公式(=%s)引用了其他文件;zongjie 不读其他文件,也无法确认文件里保存的结果是否最新。请复制这一格后“选择性粘贴—数值”,再试", clipText(c.formula)))
	}
	switch c.kind {
	case cellEmpty:
		return "", ""
	case cellNoValue:
		return "", problem(fmt.Sprintf("这一格是公式(=%s),文件里却没有保存计算结果(工作簿可能是程序生成、没有在表格软件中打开保存过);请在 Excel、WPS 或 LibreOffice 中打开后保存一次,或把公式换成数值", clipText(c.formula)))
	case cellError:
		return "", problem(fmt.Sprintf("这一格是错误值 %s(公式算不出结果);请改正公式,或直接填写数值", clipText(c.text)))
	case cellBool:
		if c.text == "1" || strings.EqualFold(c.text, "true") {
			return "是", ""
		}
		return "否", ""
	case cellText:
		s := c.text
		if strings.IndexByte(s, '\r') >= 0 {
			s = strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
		}
		s = trimSpace(s)
		if len(s) <= maxBlankMark && blankMarks[s] {
			return "", ""
		}
		if wan && t == typeMoney && isPlainNumber(s) {
			s += "万"
		}
		return s, ""
	}
	s := plainNumber(c.text)
	switch {
	case t == typeDate:
		if d := b.dateOf(c, true); d != "" {
			return d, ""
		}
	case t == typeDecimal && f.rate && c.fmt.percent:
		return shiftPercent(s), ""
	case isFigure(t) && c.fmt.percent:
		return shiftPercent(s) + "%", "" // the decoder says a percentage does not go here
	case t.Kind() == reflect.Bool && (s == "1" || s == "0"):
		if s == "1" {
			return "是", ""
		}
		return "否", ""
	case t == typeMoney && wan:
		return s + "万", ""
	case !isFigure(t) && c.fmt.date != dateNone:
		if d := b.dateOf(c, false); d != "" {
			return d, ""
		}
	}
	return s, ""
}

// dateOf is a number cell read as a date: a serial number with a date
// format, at the format's precision. Without a date format (forDate: the
// field takes a date), a whole number from 1949 to 2100 is a year and one
// from 10000 to 99999 (1927 to 2173) a serial number; anything else is "".
func (b *builder) dateOf(c *xcell, forDate bool) string {
	v, err := strconv.ParseFloat(c.text, 64)
	if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
		return ""
	}
	prec := c.fmt.date
	if prec == dateNone {
		switch {
		case !forDate:
			return ""
		case v == math.Trunc(v) && v >= 1949 && v <= 2100:
			return strconv.Itoa(int(v))
		case v >= 10000 && v < 100000:
			prec = dateDay
		default:
			return ""
		}
	}
	if v < 1 || v > 2958465 {
		return ""
	}
	d := serialDate(int(math.Floor(v)), b.date1904())
	switch prec {
	case dateYear:
		return d.Format("2006")
	case dateMonth:
		return d.Format("2006-01")
	}
	return d.Format("2006-01-02")
}

// date1904 reports whether the workbook counts its dates from 1904.
func (b *builder) date1904() bool { return b.wb != nil && b.wb.date1904 }

// serialDate is the day of an Excel serial number: 1 is 1900-01-01, and 60
// the 29 February 1900 that never was (kept for Lotus 1-2-3); in a 1904
// workbook 0 is 1904-01-01.
func serialDate(n int, from1904 bool) time.Time {
	if from1904 {
		return time.Date(1904, 1, 1+n, 0, 0, 0, 0, time.UTC)
	}
	if n < 60 {
		return time.Date(1899, 12, 31+n, 0, 0, 0, 0, time.UTC)
	}
	if n == 60 {
		return time.Date(1900, 2, 28, 0, 0, 0, 0, time.UTC)
	}
	return time.Date(1899, 12, 30+n, 0, 0, 0, 0, time.UTC)
}

// plainNumber writes a stored number without exponent or binary noise: a
// number of more than 15 significant digits (what a double holds of a
// decimal) is rounded to 15, so 0.30000000000000004 is 0.3.
func plainNumber(s string) string {
	digits := 0
	plain, dot := true, false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
			if digits > 0 || c != '0' {
				digits++
			}
		case c == '.':
			dot = true
		case c == '-':
		default:
			plain = false
		}
	}
	if plain && digits <= 15 {
		if dot {
			s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
		}
		return s
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return s
	}
	v, _ = strconv.ParseFloat(strconv.FormatFloat(v, 'g', 15, 64), 64)
	return strconv.FormatFloat(v, 'f', -1, 64)
}

// shiftPercent is a number written as a percentage: 0.761 is 76.1.
func shiftPercent(s string) string {
	r, ok := new(big.Rat).SetString(s)
	if !ok {
		return s
	}
	return num.Exact(r.Mul(r, big.NewRat(100, 1)))
}

// isPlainNumber reports whether s is digits with at most one point.
func isPlainNumber(s string) bool {
	if s == "" {
		return false
	}
	dot := false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
		case c == '.' && !dot:
			dot = true
		default:
			return false
		}
	}
	return true
}

// clipText cuts a long text for quoting in a message.
func clipText(s string) string {
	r := []rune(s)
	if len(r) > 40 {
		return string(r[:40]) + "…"
	}
	return s
}
