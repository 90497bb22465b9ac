package rules

import (
	"math/big"
	"strings"

	"zongjie/internal/num"
	"zongjie/internal/record"
)

// Audit checks a figure the source states against what its parts give:
// a stated total against the sum of its parts, stated band counts against
// the units table, a stated ranking against the order of its figures.
type Audit struct {
	ID      string // e.g. "relief.persons"
	Subject string // the kind or group audited, when any
	Label   string // e.g. "累计慰问人数"
	Period  string // the period audited, e.g. "2013年"
	OK      bool
	// Stated is the figure as the source states it and Computed the figure
	// its parts give (for an order audit: the earlier-listed figure and the
	// later-listed larger one). Amounts are in 元; Unit says what they count.
	Stated, Computed *big.Rat
	Unit             string
	// StatedText and ComputedText word both, the computed one with its
	// working: "475人", "228+145+80+6+6+10=475人"; ComputedFrom says where
	// the computed figure comes from: "各批次之和", "单位表中".
	StatedText, ComputedText, ComputedFrom string
	// StatedPos is where the stated figure was written, ComputedPos where
	// its parts were; StatedPath is the stated figure's data path
	// ("relief.stated_persons"), for a message about the file.
	StatedPos, ComputedPos record.Pos
	StatedPath             string
	Inputs                 []Input
	// Message is a complete Chinese sentence saying what was checked and,
	// for a failed audit, both figures, both positions and the difference.
	Message string
	// Short, when the parts fall short of the stated figure, says how to
	// write the rest ("%s" is the difference), for an audit whose parts
	// may list only some of a whole (the new unions named).
	Short string
}

// finish fills OK and Message from the figures.
func (a *Audit) finish() {
	a.OK = a.Stated.Cmp(a.Computed) == 0
	if a.OK {
		a.Message = a.Label + "：所报" + a.StatedText + "，与" + a.ComputedFrom + a.ComputedText + "一致。"
		return
	}
	diff := new(big.Rat).Sub(a.Stated, a.Computed)
	diff.Abs(diff)
	a.Message = a.Label + "：所报" + a.StatedText + "（" + a.StatedPos.String() + "），而" +
		a.ComputedFrom + "为" + a.ComputedText + "（" + a.ComputedPos.String() + "），相差" + quantityText(diff, a.Unit) + "，请核对。"
	if a.Short != "" && a.Stated.Cmp(a.Computed) > 0 {
		a.Message += strings.ReplaceAll(a.Short, "%s", ratString(diff))
	}
}

// quantityText words an exact figure with its unit; "元" amounts in 万元
// when large; a difference of rates in percentage points.
func quantityText(r *big.Rat, unit string) string {
	switch unit {
	case "元":
		return moneyText(r)
	case "%":
		return ratString(r) + "个百分点"
	}
	return ratString(r) + unit
}

// sumText words a sum with its terms: "228+145+80+6+6+10=475人"; amounts
// all of at least 1万元 are written in 万: "22.8+56.1+6+6+9=99.9万元".
func sumText(terms []*big.Rat, unit string) string {
	total := new(big.Rat)
	for _, t := range terms {
		total.Add(total, t)
	}
	parts := make([]string, len(terms))
	if unit == "元" {
		wan := big.NewRat(10000, 1)
		inWan := total.Cmp(wan) >= 0
		for _, t := range terms {
			if new(big.Rat).Abs(t).Cmp(wan) < 0 {
				inWan = false
			}
		}
		for i, t := range terms {
			if inWan {
				parts[i] = num.FormatRat(new(big.Rat).Quo(t, wan), 6, true)
			} else {
				parts[i] = moneyText(t)
			}
		}
		return strings.Join(parts, "+") + "=" + moneyText(total)
	}
	if len(terms) == 1 { // one part is its own sum: "1个", not "1=1个"
		return ratString(total) + unit
	}
	for i, t := range terms {
		parts[i] = ratString(t)
	}
	return strings.Join(parts, "+") + "=" + ratString(total) + unit
}

// FailedAudits returns the audits that failed, in order.
func (r *Result) FailedAudits() []Audit {
	var out []Audit
	for _, a := range r.Audits {
		if !a.OK {
			out = append(out, a)
		}
	}
	return out
}
