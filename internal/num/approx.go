package num

import (
	"errors"
	"math/big"
	"strings"
)

// Bound says on which side of its number an approximate figure lies.
type Bound int

// The bounds of an approximate figure.
const (
	// About: near the number, on either side (约5万元, 1000人左右).
	About Bound = iota
	// Over: more than the number, or at least it (10万余元, 3000多册,
	// 98%以上, 逾百人).
	Over
	// Under: less than the number, or at most it (近200人, 不到50人).
	Under
)

// String names the bound in Chinese: 约, 以上, 以下.
func (b Bound) String() string {
	switch b {
	case Over:
		return "以上"
	case Under:
		return "以下"
	}
	return "约"
}

// Kind is what an approximate figure counts.
type Kind int

// The kinds of figures that may be approximate.
const (
	KindCount Kind = iota // people, units, items: a whole number
	KindMoney             // an amount of money, in 元
	KindRate              // a rate in percent
)

// Approx is a figure a report states approximately: 10万余元, 近200人,
// 3000多册, 约5万元, 98%以上. It keeps the words it was written with, so
// it is printed as written, and the number it was written about with the
// side the true figure lies on. An approximate figure is never a divisor,
// never ranked, and a sum including one is itself approximate: callers
// get its number only through Value, next to its Bound.
type Approx struct {
	Kind Kind
	// Lead is a qualifier written before the number: 约, 近, 将近, 不到, 逾.
	Lead string
	// Digits is the number as written (normalised to ASCII digits): "10",
	// "1.2", "3000".
	Digits string
	// Mag is 千, 万 or 亿 written after the digits, or "".
	Mag string
	// Mid is 余 or 多 written between the digits and Mag ("100余万元").
	Mid string
	// After is 余 or 多 written after Mag or the digits ("10万余元", "40余人").
	After string
	// Unit is the unit written: 元, %, or a measure word (人, 名, 册, 人次);
	// "" when none was.
	Unit string
	// Trail is a qualifier written after the unit: 以上, 以下, 左右, 上下.
	Trail string

	value *big.Rat // Digits × Mag, in 元, ones or percent
	bound Bound
}

// Value returns the number the figure was written about (10万余元: 100000
// 元; 近200人: 200), in 元 for money, in percent for a rate. It is not the
// figure: see Bound.
func (a Approx) Value() *big.Rat {
	if a.value == nil {
		return new(big.Rat)
	}
	return new(big.Rat).Set(a.value)
}

// Bound says on which side of Value the figure lies.
func (a Approx) Bound() Bound { return a.bound }

// Words writes the figure as written, with unit when none was written
// (a measure word the sentence chooses, or 元 for money): "10万余元",
// "近200人", "3000多册", "约5万元", "98%以上", "100余万元".
func (a Approx) Words(unit string) string {
	u := a.Unit
	if u == "" {
		u = unit
	}
	if u == "" && a.Kind == KindMoney {
		u = "元"
	}
	return a.Lead + a.Digits + a.Mid + a.Mag + a.After + u + a.Trail
}

// String is Words with the unit as written.
func (a Approx) String() string { return a.Words("") }

// Approximate qualifiers, by where they are written and what they mean.
// Longer ones come first so 将近 is not read as 近.
var (
	leadWords = []struct {
		w string
		b Bound
	}{
		{"将近", Under}, {"接近", Under}, {"不到", Under}, {"不足", Under}, {"近", Under},
		{"大约", About}, {"约", About}, {"超过", Over}, {"多于", Over}, {"逾", Over},
	}
	trailWords = []struct {
		w string
		b Bound
	}{
		{"以上", Over}, {"之多", Over}, {"以下", Under}, {"以内", Under}, {"左右", About}, {"上下", About},
	}
	// measureWords are the measure words a count may be written with, longest first.
	measureWords = []string{"人次", "户次", "公里", "千米", "平方米", "人", "名", "户", "个", "所", "家", "项", "次", "件", "条", "份", "处", "期", "篇", "幅", "册", "本", "场", "支", "队", "台", "套", "位", "批", "天", "米", "亩", "吨", "辆", "元"}
	magnitudes   = map[string]int64{"千": 1000, "万": 10000, "亿": 100000000}
)

// HasQualifier reports whether s carries a word that makes it approximate
// (余, 多, 约, 近, 以上, 左右 …), so ParseApprox should read it.
func HasQualifier(s string) bool {
	for _, w := range []string{"余", "多", "约", "近", "逾", "超过", "不到", "不足", "以上", "以下", "以内", "左右", "上下", "之多"} {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

var errApprox = errors.New("不是约数的写法;约数请写成 10万余元、近200人、3000多册、约5万元、98%以上 的样子")

// ParseApprox reads an approximate figure of the given kind as a clerk
// writes it. ok is false when s carries no qualifier (it is then an exact
// figure, for the exact parsers). An error means s has a qualifier but is
// not a figure: "近百人" (no digits), "10余.5万".
func ParseApprox(s string, kind Kind) (a Approx, ok bool, err error) {
	if !HasQualifier(s) {
		return Approx{}, false, nil
	}
	t := Normalize(s)
	a.Kind = kind
	bound, bounded := About, false
	set := func(b Bound) {
		if !bounded || b != About {
			bound, bounded = b, true
		}
	}
	for _, l := range leadWords {
		if strings.HasPrefix(t, l.w) {
			a.Lead, t = l.w, strings.TrimPrefix(t, l.w)
			set(l.b)
			break
		}
	}
	for _, tw := range trailWords {
		if strings.HasSuffix(t, tw.w) {
			a.Trail, t = tw.w, strings.TrimSuffix(t, tw.w)
			set(tw.b)
			break
		}
	}
	switch kind {
	case KindMoney:
		for _, p := range []string{"¥", "￥", "人民币", "RMB"} {
			t = strings.TrimPrefix(t, p)
		}
		for _, u := range []string{"元整", "圆整", "圆", "元"} {
			if strings.HasSuffix(t, u) {
				t = strings.TrimSuffix(t, u)
				break
			}
		}
		a.Unit = "元"
	case KindRate:
		if !strings.HasSuffix(t, "%") {
			return Approx{}, true, errors.New("比率要带百分号,如 98%以上")
		}
		a.Unit, t = "%", strings.TrimSuffix(t, "%")
	default:
		for _, u := range measureWords {
			if u != "元" && strings.HasSuffix(t, u) {
				a.Unit, t = u, strings.TrimSuffix(t, u)
				break
			}
		}
	}
	for _, w := range []string{"余", "多"} {
		if strings.HasSuffix(t, w) {
			a.After, t = w, strings.TrimSuffix(t, w)
			set(Over)
			break
		}
	}
	mult := int64(1)
	for m, v := range magnitudes {
		if strings.HasSuffix(t, m) {
			if kind == KindRate {
				return Approx{}, true, errApprox
			}
			a.Mag, mult, t = m, v, strings.TrimSuffix(t, m)
			break
		}
	}
	if a.Mag != "" {
		for _, w := range []string{"余", "多"} {
			if strings.HasSuffix(t, w) {
				if a.After != "" {
					return Approx{}, true, errApprox
				}
				a.Mid, t = w, strings.TrimSuffix(t, w)
				set(Over)
				break
			}
		}
	}
	if !bounded {
		return Approx{}, true, errApprox
	}
	r, err := parseDecimal(t)
	if err != nil {
		return Approx{}, true, err
	}
	if r.Sign() <= 0 {
		return Approx{}, true, errors.New("约数要大于0")
	}
	a.Digits = strings.ReplaceAll(t, ",", "")
	r.Mul(r, big.NewRat(mult, 1))
	switch kind {
	case KindCount:
		if !r.IsInt() {
			return Approx{}, true, errors.New("人数、个数的约数应当是整数")
		}
		if r.Cmp(big.NewRat(1e12, 1)) > 0 {
			return Approx{}, true, errors.New("数值太大(不超过一万亿)")
		}
	case KindMoney:
		if new(big.Rat).Mul(r, big.NewRat(100, 1)).IsInt() == false {
			return Approx{}, true, errors.New("金额最多保留到分(两位小数)")
		}
		if r.Cmp(big.NewRat(1e12, 1)) > 0 {
			return Approx{}, true, errors.New("超出了可处理的范围(不超过一万亿元)")
		}
	case KindRate:
		if r.Cmp(big.NewRat(1000, 1)) > 0 {
			return Approx{}, true, errors.New("比率太大")
		}
	}
	a.value, a.bound = r, bound
	return a, true, nil
}
