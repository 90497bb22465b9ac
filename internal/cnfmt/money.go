package cnfmt

import (
	"bytes"
	"math"
	"math/big"
	"strconv"

	"zongjie/internal/num"
)

var (
	ratWan = big.NewRat(10000, 1)
	ratYi  = big.NewRat(100000000, 1)
)

// Money words an exact amount with the unit a report would use, never losing
// a digit:
//   - not a whole number of 元: in 元 with its decimals ("13417.56元", "0.5元");
//   - whole, below 1万元: in 元 ("9630元", "0元", "-5元");
//   - whole, from 1万元: in 万元 ("1万元", "767.13万元", "134.1911万元");
//   - whole, from 1亿元: in 亿元 ("1.2亿元", "2.26亿元"), or in 万元 where
//     亿元 would take more than two decimals ("12720万元", not
//     "1.272亿元": ../shared/WRITING.md allows four after 万, two after 亿).
//
// Thresholds apply to the absolute value; a negative amount keeps its "-"
// sign (prose should prefer MoneyDiff's 增加/减少). For a shorter, rounded
// figure use MoneyApprox.
func Money(m num.Money) string {
	if m == math.MinInt64 {
		return yuanWords(m.Yuan())
	}
	a := int64(m)
	sign := ""
	if a < 0 {
		a, sign = -a, "-"
	}
	switch y := a / 100; {
	case a%100 != 0:
		return m.String() + "元"
	case y >= 1e8 && y%1e6 == 0:
		return sign + shifted(y, 8) + "亿元"
	case y >= 1e4:
		return sign + shifted(y, 4) + "万元"
	default:
		return sign + strconv.FormatInt(y, 10) + "元"
	}
}

// shifted writes y/10^k, y ≥ 10^k, with its decimals and no trailing
// zeros: Money's figures in 万元 and 亿元 are exact, so no big.Rat is
// needed for the many amounts a roll-up words.
func shifted(y int64, k int) string {
	b := strconv.AppendInt(make([]byte, 0, 24), y, 10)
	whole, frac := b[:len(b)-k], bytes.TrimRight(b[len(b)-k:], "0")
	if len(frac) == 0 {
		return string(whole)
	}
	return string(whole) + "." + string(frac)
}

// yuanWords applies Money's rules to an exact amount in 元 (whole 分).
func yuanWords(y *big.Rat) string {
	a := new(big.Rat).Abs(y)
	switch {
	case !y.IsInt():
		return num.FormatRat(y, 2, true) + "元"
	case a.Cmp(ratYi) >= 0 && new(big.Rat).Quo(y, big.NewRat(1e6, 1)).IsInt():
		return num.FormatRat(new(big.Rat).Quo(y, ratYi), 2, true) + "亿元"
	case a.Cmp(ratWan) >= 0:
		return num.FormatRat(new(big.Rat).Quo(y, ratWan), 4, true) + "万元"
	}
	return num.FormatRat(y, 0, true) + "元"
}

// Yuan words m in 元 whatever its size, exact, trailing zeros trimmed:
// "7671300元", "13417.56元", "13417.5元".
func Yuan(m num.Money) string { return m.String() + "元" }

// Wan words m in 万元 whatever its size, exact, trailing zeros trimmed:
// "767.13万元", "0.963万元", "1.341756万元", "0万元".
func Wan(m num.Money) string {
	return num.FormatRat(new(big.Rat).Quo(m.Yuan(), ratWan), 6, true) + "万元"
}

// MoneyApprox words m rounded to prec decimals in the unit its size calls for
// (元 below 1万元, 万元 below 1亿元, 亿元 above, moving up when rounding
// reaches the next unit), prefixed with "约" when rounding changed the value:
// MoneyApprox(1341911元, 2) = "约134.19万元", MoneyApprox(7671300元, 2) =
// "767.13万元", MoneyApprox(13417.56元, 1) = "约1.3万元".
func MoneyApprox(m num.Money, prec int) string {
	y := m.Yuan()
	a := new(big.Rat).Abs(y)
	units := []struct {
		div  *big.Rat
		name string
	}{{big.NewRat(1, 1), "元"}, {ratWan, "万元"}, {ratYi, "亿元"}}
	i := 0
	for i < 2 && a.Cmp(units[i+1].div) >= 0 {
		i++
	}
	for {
		v := new(big.Rat).Quo(y, units[i].div)
		s := honest(v, prec)
		shown, _ := new(big.Rat).SetString(s)
		if i < 2 && new(big.Rat).Abs(shown).Cmp(ratWan) >= 0 {
			i++ // 9999.6元 rounds to 10000元: say 1万元
			continue
		}
		if shown.Cmp(v) != 0 {
			return "约" + s + units[i].name
		}
		return s + units[i].name
	}
}
