package record

import "strings"

// Cover reports whether a batch is cover bought for members (a 保险
// policy, the premiums of 职工医疗互助) rather than money handed to them:
// it is worded on its own (办理…，缴纳互助金) and kept out of the relief
// totals. The benefits a mutual-aid scheme pays out are relief (see
// MutualAidPaid).
func (b ReliefBatch) Cover() bool {
	return b.Kind == "保险" || b.Kind == "医疗互助" && !b.MutualAidPaid()
}

// MutualAidPaid reports whether a 医疗互助 batch is the benefits paid out
// to sick members (互助金给付), not premiums paid in: it is counted by the
// visit (人次, 户次: a premium is paid once a person or a policy), or its
// recipients are named by their illness (患病住院职工, 大病职工).
func (b ReliefBatch) MutualAidPaid() bool {
	if b.Kind != "医疗互助" {
		return false
	}
	if b.Measure == "人次" || b.Measure == "户次" {
		return true
	}
	for _, s := range []string{"患病", "住院", "大病", "重病", "病患"} {
		if strings.Contains(b.Who, s) {
			return true
		}
	}
	return false
}
