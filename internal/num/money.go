// Package num holds zongjie's exact quantities: money in 分 and computed
// values as exact rationals, with the parsing of what a clerk types
// ("767.13万", "13417.56元", "1,234", full-width digits) and half-up rounding.
// Nothing here uses floating point, so no figure drifts.
package num

import (
	"fmt"
	"math/big"
	"strconv"
	"strings"
)

// Money is an exact amount of money in 分 (1/100 元).
type Money int64

// Yuan returns m as an exact number of 元.
func (m Money) Yuan() *big.Rat { return big.NewRat(int64(m), 100) }

// String renders m as plain 元 with up to two decimals, e.g. "7671300" or "13417.56".
func (m Money) String() string {
	neg := m < 0
	u := uint64(m)
	if neg {
		u = uint64(-m)
	}
	s := strconv.FormatUint(u/100, 10)
	if f := u % 100; f != 0 {
		frac := []byte{'.', byte('0' + f/10), byte('0' + f%10)}
		if frac[2] == '0' {
			frac = frac[:2]
		}
		s += string(frac)
	}
	if neg {
		s = "-" + s
	}
	return s
}

// maxMoney bounds parsed amounts (one trillion 元) so sums of many units never overflow.
const maxMoney = Money(1e12 * 100)

// ParseMoney parses an amount as a clerk types it: "7671300", "767.13万",
// "767.13万元", "13417.56元", "1.2亿", "1,234.5", "１２３４" (full-width),
// "-5元". The result must be a whole number of 分.
//
// A currency sign or word a clerk copies from a voucher is read too:
// "¥1,234", "￥1234", "人民币5000元", "5000元整".
func ParseMoney(s string) (Money, error) {
	t := Normalize(s)
	for _, p := range []string{"¥", "￥", "人民币", "RMB"} {
		t = strings.TrimPrefix(t, p)
	}
	for _, suf := range []string{"元整", "圆整", "圆", "元"} {
		if strings.HasSuffix(t, suf) {
			t = strings.TrimSuffix(t, suf)
			break
		}
	}
	if m, ok := plainMoney(t); ok {
		return m, nil
	}
	return parseMoneyRat(s, t)
}

// parseMoneyRat is ParseMoney for any amount t (s normalised, without 元),
// exactly with big.Rat; s is quoted in messages.
func parseMoneyRat(s, t string) (Money, error) {
	mult := big.NewRat(100, 1)
	switch {
	case strings.HasSuffix(t, "亿"):
		t = strings.TrimSuffix(t, "亿")
		mult = big.NewRat(100*100000000, 1)
	case strings.HasSuffix(t, "万"):
		t = strings.TrimSuffix(t, "万")
		mult = big.NewRat(100*10000, 1)
	}
	r, err := parseDecimal(t)
	if err != nil {
		return 0, fmt.Errorf("“%s”不是金额:%w", s, err)
	}
	r.Mul(r, mult)
	if !r.IsInt() {
		return 0, fmt.Errorf("“%s”精确到了分以下,金额最多保留到分(两位小数)", s)
	}
	n := r.Num()
	if !n.IsInt64() || Money(n.Int64()) > maxMoney || Money(n.Int64()) < -maxMoney {
		return 0, fmt.Errorf("“%s”超出了可处理的范围(绝对值不超过一万亿元)", s)
	}
	return Money(n.Int64()), nil
}

// FromYuan returns the Money for a whole number of 元.
func FromYuan(y int64) Money { return Money(y * 100) }

// plainMoney reads the usual way an amount is typed, digits with at most
// two decimals and maybe 万 or 亿 after them ("7671300", "13417.56",
// "767.13万"), with integer arithmetic. It reports false for anything else,
// which ParseMoney then reads exactly with big.Rat, to the same result.
func plainMoney(t string) (Money, bool) {
	scale := 2 // decimal digits of one unit in 分: 元 = 10² 分
	switch {
	case strings.HasSuffix(t, "亿"):
		t, scale = strings.TrimSuffix(t, "亿"), 10
	case strings.HasSuffix(t, "万"):
		t, scale = strings.TrimSuffix(t, "万"), 6
	}
	whole, frac, _ := strings.Cut(t, ".")
	// 10^(14-scale) units of 元, 万 or 亿 is maxMoney: stay below it.
	if len(whole) == 0 || len(whole) > 14-scale || len(frac) > scale || (len(frac) == 0 && len(whole) < len(t)) {
		return 0, false
	}
	var m int64
	for _, part := range []string{whole, frac} {
		for i := 0; i < len(part); i++ {
			c := part[i]
			if c < '0' || c > '9' {
				return 0, false
			}
			m = m*10 + int64(c-'0')
		}
	}
	for i := len(frac); i < scale; i++ {
		m *= 10
	}
	return Money(m), true
}
