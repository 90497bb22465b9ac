// Package rules is zongjie's rule engine: from one or more periods' records it
// computes every figure a union report states (indicators, rankings,
// comparisons, plan-versus-actual), the findings that feed the 存在的问题
// section, and the audits that check stated totals against their parts.
// Every value carries its formula and the positions of its inputs.
//
// All arithmetic is exact (*big.Rat). An Extension given to Run adds its own
// values, rankings and findings (the user-rule language of package userrule
// is one); how it computes them is its own affair.
//
// A value whose defining figure is not recorded (a ratio's numerator, every
// part of a sum) is not applicable and left out, so the narrative drops its
// sentence. A value whose defining figure is recorded but another input is
// missing, or whose denominator is zero, or a group with no units, is kept
// with Err set to the reason (无法计算): never NaN, Inf or a silent 0.
package rules

import (
	"math"
	"math/big"
	"strings"

	"zongjie/internal/cnfmt"
	"zongjie/internal/num"
	"zongjie/internal/record"
)

// Kind is what sort of figure a value is; it decides the wording.
type Kind int

// Value kinds.
const (
	KindRate      Kind = iota // a fraction shown as a percentage
	KindAmount                // money, exact 元
	KindCount                 // a count of people or things
	KindPerCapita             // 元 per person
	KindNumber                // any other number (a score, a custom figure)
)

// kindNames are the kinds' names in rule files and JSON.
var kindNames = []string{"rate", "amount", "count", "per_capita", "number"}

// String returns the kind's name as rule files and JSON write it: "rate",
// "amount", "count", "per_capita" or "number".
func (k Kind) String() string {
	if k >= 0 && int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "unknown"
}

// Input is one record value a computed value was made from.
type Input struct {
	Path  string     // data path, e.g. "finance.spent"
	Pos   record.Pos // where it was written
	Value string     // the value as recorded, e.g. "7671300"
}

// Value is one computed figure. Exactly one of Num and Err is set: Num is the
// exact value (for KindRate a fraction, 0.8994…; for KindAmount 元), Err says
// in Chinese why it could not be computed (除数为0, 缺少…).
type Value struct {
	ID        string // catalogue id, e.g. "finance.transfer_rate"
	Subject   string // the group or unit a per-group/per-unit value is about; "" for the whole
	Label     string // Chinese label, e.g. "工会经费划拨率"
	Kind      Kind
	Unit      string // "%", "元", "人", "个", "元/人" …
	Precision int    // decimals shown
	Formula   string // e.g. "划拨到工会账户的经费 ÷ 工会科目支出"
	Num       *big.Rat
	Err       string
	Inputs    []Input

	// Per says what the subject is (a group, a unit, a kind of unit …).
	Per Per
	// Calc is the formula with the recorded figures put in, e.g.
	// "689.97万元 ÷ 767.13万元"; empty for a figure taken as recorded.
	Calc string
	// Note qualifies the value, e.g. the scope of 入会率's denominator
	// ("统计范围:民办学校(幼儿园)") or "原始材料所报" for a stated figure.
	Note string
}

// OK reports whether the value could be computed.
func (v Value) OK() bool { return v.Num != nil && v.Err == "" }

// Shown returns the number a report prints, without unit: rounded half away
// from zero to the value's precision with trailing zeros trimmed, a rate in
// percent ("89.94", "64.5"), using cnfmt's honest rounding (a nonzero value
// never shows as 0, a rate other than 1 never as 100). It returns "" when
// the value could not be computed. Rankings compare Shown numbers first
// (and then the exact figures: a tie is an equal figure).
func (v Value) Shown() string {
	if !v.OK() {
		return ""
	}
	if v.Kind == KindRate {
		return strings.TrimSuffix(cnfmt.Percent(v.Num, v.Precision), "%")
	}
	return cnfmt.Number(v.Num, v.Precision)
}

// trace writes the value with its unit for the rule engine's own
// records — the working of a computed figure (Calc) and audit messages —
// or "无法计算(reason)". Reports word values in internal/prose, which
// applies the number style of a report.
func (v Value) trace() string {
	if !v.OK() {
		return "无法计算(" + v.Err + ")"
	}
	switch v.Kind {
	case KindRate:
		return cnfmt.Percent(v.Num, v.Precision)
	case KindAmount:
		if m, ok := moneyOf(v.Num); ok {
			return cnfmt.Money(m)
		}
		return cnfmt.Quantity(v.Num, v.Precision, "元")
	case KindPerCapita:
		return cnfmt.PerCapita(v.Num, v.Precision)
	}
	return cnfmt.Quantity(v.Num, v.Precision, v.Unit)
}

// moneyOf converts an amount in 元 to num.Money when it is a whole number of 分.
func moneyOf(yuan *big.Rat) (num.Money, bool) {
	if n, d := yuan.Num(), yuan.Denom(); n.IsInt64() && d.IsInt64() {
		// In lowest terms, a/b 元 is a whole number of 分 just when b
		// divides 100.
		a, b := n.Int64(), d.Int64()
		if 100%b != 0 {
			return 0, false
		}
		if k := 100 / b; a <= math.MaxInt64/k && a >= -(math.MaxInt64/k) {
			return num.Money(a * k), true
		}
	}
	f := new(big.Rat).Mul(yuan, big.NewRat(100, 1))
	if !f.IsInt() || !f.Num().IsInt64() {
		return 0, false
	}
	return num.Money(f.Num().Int64()), true
}
