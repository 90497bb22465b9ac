package num

import (
	"errors"
	"math/big"
	"strings"
	"unicode"
)

// Normalize turns what a clerk pastes into plain ASCII number text: full-width
// digits and signs become ASCII, 千分位 commas (ASCII or full-width) and
// spaces are removed. An underscore is kept: in a 范文 it marks a blank
// ("20__年"), so it must not vanish into a smaller number.
func Normalize(s string) string {
	var b strings.Builder
	for _, r := range strings.TrimSpace(s) {
		switch {
		case r >= '０' && r <= '９':
			b.WriteRune('0' + (r - '０'))
		case r == '．':
			b.WriteByte('.')
		case r == '－' || r == '—' || r == '−':
			b.WriteByte('-')
		case r == '＋':
			b.WriteByte('+')
		case r == ',' || r == '，' || unicode.IsSpace(r):
			// thousands separators and stray spaces
		case r == '％':
			b.WriteByte('%')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

var (
	errNotNumber = errors.New("应当是一个数,例如 1761 或 767.13")
	errBlank     = errors.New("含有下划线“_”,像是范文中没有填写的空白;请填上实际的数")
)

// maxDigits bounds the length of a parsed number so hostile input cannot make
// big.Rat work hard.
const maxDigits = 30

// parseDecimal parses an already normalised plain decimal ("-12.50").
func parseDecimal(t string) (*big.Rat, error) {
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

// countSuffixes are measure words a clerk may type after a count ("228人").
var countSuffixes = []string{"人次", "人", "户", "个", "所", "家", "项", "次", "名", "件", "条", "份", "处", "期", "届", "年", "月", "分"}

// ParseCount parses a whole count as typed: "1761", "1,761", "１７６１", "228人".
func ParseCount(s string) (int64, error) {
	t := Normalize(s)
	for _, suf := range countSuffixes {
		if strings.HasSuffix(t, suf) {
			t = strings.TrimSuffix(t, suf)
			break
		}
	}
	r, err := parseDecimal(t)
	if err != nil {
		return 0, err
	}
	if !r.IsInt() {
		return 0, errors.New("应当是整数")
	}
	if !r.Num().IsInt64() || r.Num().Int64() > 1e12 || r.Num().Int64() < -1e12 {
		return 0, errors.New("数值太大(绝对值不超过一万亿)")
	}
	return r.Num().Int64(), nil
}
