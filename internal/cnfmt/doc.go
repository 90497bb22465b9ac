// Package cnfmt words numbers, amounts, percentages, changes, lists,
// rankings, ordinals, 大写 numerals and dates the way a Chinese work report
// writes them.
//
// Every figure arrives exact (num.Money in 分, *big.Rat, int64) and is worded
// exactly or rounded half away from zero to the precision asked; nothing here
// uses floating point. Output uses Arabic digits without thousands
// separators, ASCII "%", "-" and ".", and full-width Chinese punctuation
// （）、，.
//
// Honest rounding: a nonzero value never shows as 0, and a percentage that is
// not exactly 100% never shows as 100% (nor a drop that is not total as
// 下降100%). When rounding would produce such a landmark, just enough extra
// decimals are shown: 0.004 at one decimal is "0.004", 99.996% at two decimals
// is "99.996%".
//
// Failure policy — no placeholder ever leaves this package:
//   - Wording that can be impossible for valid data returns ok=false (a change
//     from zero) or an error (an invalid date, an inconsistent ranking); the
//     caller drops the sentence or fails the report.
//   - Programming errors panic with a message naming the function: a nil
//     *big.Rat, a heading level outside 1–4, an ordinal below 1. Inside
//     text/template such a panic becomes an execution error.
package cnfmt
