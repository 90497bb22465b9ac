package cnfmt

import "zongjie/internal/num"

// Upper writes n in 大写 numerals as on financial documents, 拾 always with
// its digit: 0 "零", 10 "壹拾", 12345 "壹万贰仟叁佰肆拾伍", 10500
// "壹万零伍佰", 100000001 "壹亿零壹", -5 "负伍".
func Upper(n int64) string { return upperNumerals.signed(n) }

// UpperMoney writes an amount in 大写 as on receipts and vouchers (中国人民银行
// 正确填写票据和结算凭证的基本规定): "人民币柒佰陆拾柒万壹仟叁佰元整",
// "人民币壹仟肆佰零玖元伍角整", "人民币叁佰贰拾伍元零肆分", "人民币伍角整",
// "人民币零元整", "人民币负伍元整". 整 follows the last of 元 or 角; 零 stands
// for a zero 角 before a nonzero 分; a zero 元 digit before 角 takes no 零
// ("壹仟陆佰捌拾元叁角贰分"); amounts under one 元 have no 元 part.
func UpperMoney(m num.Money) string {
	s := "人民币"
	f := uint64(m)
	if m < 0 {
		s += "负"
		f = uint64(-(m + 1)) + 1
	}
	yuan, jiao, fen := f/100, f/10%10, f%10
	if yuan > 0 {
		s += upperNumerals.spell(yuan) + "元"
	}
	switch {
	case jiao == 0 && fen == 0:
		if yuan == 0 {
			s += "零元"
		}
		return s + "整"
	case jiao > 0:
		s += upperNumerals.digits[jiao] + "角"
	case yuan > 0:
		s += "零"
	}
	if fen == 0 {
		return s + "整"
	}
	return s + upperNumerals.digits[fen] + "分"
}
