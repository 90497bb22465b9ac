package num

import (
	"errors"
	"math/big"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Normalize turns what a clerk pastes into plain ASCII number text: full-width
// digits and signs become ASCII, a full-width comma becomes ",", spaces are
// removed. 千分位 commas are checked and removed by the parsers (ungroup), so
// "12,34" is refused rather than read as 1234. An underscore is kept: in a 范文 it marks a blank
// ("20__年"), so it must not vanish into a smaller number.
func Normalize(s string) string {
	if isPlainASCII(s) {
		return s
	}
	var b strings.Builder
	for _, r := range strings.TrimSpace(s) {
		switch {
		case r >= '０' && r <= '９':
			b.WriteRune('0' + (r - '０'))
		case r == '．':
			b.WriteByte('.')
		case r == '－' || r == '−':
			b.WriteByte('-')
		case r == '＋':
			b.WriteByte('+')
		case r == ',' || r == '，':
			b.WriteByte(',')
		case unicode.IsSpace(r):
			// stray spaces
		case r == '％':
			b.WriteByte('%')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// isPlainASCII reports whether s is ASCII without white space, which
// Normalize returns unchanged.
func isPlainASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= utf8.RuneSelf, c == ' ', c >= '\t' && c <= '\r':
			return false
		}
	}
	return true
}

var (
	errNotNumber = errors.New("应当是一个数,例如 1761 或 767.13")
	errBlank     = errors.New("含有下划线“_”,像是范文中没有填写的空白;请填上实际的数")
)

// maxDigits bounds the length of a parsed number so hostile input cannot make
// big.Rat work hard.
const maxDigits = 30

var errGrouping = errors.New("逗号的位置不对:千分位逗号应每三位一个,如 1,234,567;小数部分不能有逗号")

// ungroup checks and removes 千分位 commas: "1,234,567.5" -> "1234567.5".
func ungroup(t string) (string, error) {
	if !strings.Contains(t, ",") {
		return t, nil
	}
	whole, frac, _ := strings.Cut(t, ".")
	if strings.Contains(frac, ",") {
		return "", errGrouping
	}
	groups := strings.Split(strings.TrimLeft(whole, "+-"), ",")
	for i, g := range groups {
		if (i == 0 && (len(g) < 1 || len(g) > 3)) || (i > 0 && len(g) != 3) {
			return "", errGrouping
		}
	}
	return strings.ReplaceAll(t, ",", ""), nil
}

// expandExponent writes a number in E notation ("1e3", "1.5E-2", as JSON
// writers print some numbers) as plain decimal digits ("1000", "0.015"), so
// every parser reads it the one way. Text without an exponent is returned
// as it is; an exponent beyond ±maxDigits is refused.
func expandExponent(t string) (string, error) {
	i := strings.IndexAny(t, "eE")
	if i < 0 {
		return t, nil
	}
	mant, exp := t[:i], t[i+1:]
	e, err := strconv.Atoi(exp)
	if err != nil || exp == "" || exp[0] == ' ' || mant == "" {
		return "", errNotNumber
	}
	if e > maxDigits || e < -maxDigits {
		return "", errors.New("位数太多")
	}
	sign := ""
	if mant[0] == '-' || mant[0] == '+' {
		sign, mant = mant[:1], mant[1:]
	}
	whole, frac, _ := strings.Cut(mant, ".")
	if whole == "" && frac == "" || strings.ContainsAny(whole+frac, "+-.,e") {
		return "", errNotNumber
	}
	digits := whole + frac
	point := len(whole) + e // the decimal point's place in digits
	switch {
	case point <= 0:
		digits = "0." + strings.Repeat("0", -point) + digits
	case point >= len(digits):
		digits += strings.Repeat("0", point-len(digits))
	default:
		digits = digits[:point] + "." + digits[point:]
	}
	return sign + digits, nil
}

// parseDecimal parses a normalised decimal ("-12.50", "1,234.5", "1e3").
func parseDecimal(t string) (*big.Rat, error) {
	t, err := ungroup(t)
	if err != nil {
		return nil, err
	}
	if t, err = expandExponent(t); err != nil {
		return nil, err
	}
	if t == "" {
		return nil, errNotNumber
	}
	if strings.Contains(t, "_") {
		return nil, errBlank
	}
	digits, dots := 0, 0
	for i, c := range t {
		switch {
		case c >= '0' && c <= '9':
			digits++
		case c == '.':
			dots++
		case (c == '-' || c == '+') && i == 0:
		default:
			return nil, errNotNumber
		}
	}
	if digits == 0 || dots > 1 {
		return nil, errNotNumber
	}
	if digits > maxDigits {
		return nil, errors.New("位数太多")
	}
	r, ok := new(big.Rat).SetString(t)
	if !ok {
		return nil, errNotNumber
	}
	return r, nil
}

// ParseDecimal parses a plain decimal number as typed by a clerk (full-width
// digits and thousands commas allowed) into an exact rational.
func ParseDecimal(s string) (*big.Rat, error) { return parseDecimal(Normalize(s)) }

// countSuffixes are measure words a clerk may type after a count ("228人",
// "2024年度"), a longer one before another it ends in ("人次" before "人").
var countSuffixes = []string{"人次", "户次", "公里", "平方米", "人", "户", "个", "所", "家", "项", "次", "名", "件", "条", "份", "处", "期", "届", "年度", "年", "月", "分", "篇", "幅", "册", "本", "场", "天", "米", "亩", "吨", "辆"}

// ParseCount parses a whole count as typed: "1761", "1,761", "１７６１", "228人",
// "4.1万人次".
func ParseCount(s string) (int64, error) {
	t := Normalize(s)
	if n, ok := plainCount(t); ok {
		return n, nil
	}
	return parseCountRat(t)
}

// parseCountRat is ParseCount for any normalised count t, with big.Rat.
func parseCountRat(t string) (int64, error) {
	for _, suf := range countSuffixes {
		if strings.HasSuffix(t, suf) {
			t = strings.TrimSuffix(t, suf)
			break
		}
	}
	mult := int64(1) // "4.1万人次", as large counts are written
	switch {
	case strings.HasSuffix(t, "万"):
		t, mult = strings.TrimSuffix(t, "万"), 10000
	case strings.HasSuffix(t, "亿"):
		t, mult = strings.TrimSuffix(t, "亿"), 100000000
	}
	r, err := parseDecimal(t)
	if err != nil {
		return 0, err
	}
	r.Mul(r, big.NewRat(mult, 1))
	if !r.IsInt() {
		return 0, errors.New("应当是整数")
	}
	if !r.Num().IsInt64() || r.Num().Int64() > 1e12 || r.Num().Int64() < -1e12 {
		return 0, errors.New("数值太大(绝对值不超过一万亿)")
	}
	return r.Num().Int64(), nil
}

// plainCount reads the usual way a count is typed, up to twelve digits
// ("1761"), without big.Rat. It reports false for anything else, which
// ParseCount then reads the long way, to the same result.
func plainCount(t string) (int64, bool) {
	if len(t) == 0 || len(t) > 12 {
		return 0, false
	}
	var n int64
	for i := 0; i < len(t); i++ {
		c := t[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int64(c-'0')
	}
	return n, true
}

// CountMeasure returns the measure word written after a count, as
// ParseCount and ParseApprox read it: "人次" of "1,260人次" and of
// "4.1万人次", "人" of "近200人以上", "" of "1761".
func CountMeasure(s string) string {
	t := Normalize(s)
	for _, tw := range trailWords {
		if strings.HasSuffix(t, tw.w) {
			t = strings.TrimSuffix(t, tw.w)
			break
		}
	}
	for _, u := range measureWords {
		if u != "元" && strings.HasSuffix(t, u) {
			return u
		}
	}
	return ""
}
