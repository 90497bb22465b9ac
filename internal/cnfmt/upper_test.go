package cnfmt

import (
	"math"
	"strings"
	"testing"

	"zongjie/internal/num"
)

func TestUpper(t *testing.T) {
	tests := []struct {
		n    int64
		want string
	}{
		{0, "零"},
		{1, "壹"},
		{10, "壹拾"},
		{11, "壹拾壹"},
		{20, "贰拾"},
		{101, "壹佰零壹"},
		{110, "壹佰壹拾"},
		{1000, "壹仟"},
		{1001, "壹仟零壹"},
		{1010, "壹仟零壹拾"},
		{10000, "壹万"},
		{10500, "壹万零伍佰"},
		{12345, "壹万贰仟叁佰肆拾伍"},
		{100000, "壹拾万"},
		{107000, "壹拾万柒仟"},
		{1341911, "壹佰叁拾肆万壹仟玖佰壹拾壹"},
		{7671300, "柒佰陆拾柒万壹仟叁佰"},
		{100000000, "壹亿"},
		{100000001, "壹亿零壹"},
		{120000000, "壹亿贰仟万"},
		{-5, "负伍"},
	}
	for _, tt := range tests {
		if got := Upper(tt.n); got != tt.want {
			t.Errorf("Upper(%d) = %q, want %q", tt.n, got, tt.want)
		}
	}
	if got := Upper(math.MinInt64); !strings.HasPrefix(got, "负玖佰贰拾贰亿亿") {
		t.Errorf("Upper(MinInt64) = %q", got)
	}
}

func TestUpperMoney(t *testing.T) {
	tests := []struct {
		fen  num.Money
		want string
	}{
		// examples of 正确填写票据和结算凭证的基本规定
		{140950, "人民币壹仟肆佰零玖元伍角整"},
		{600714, "人民币陆仟零柒元壹角肆分"},
		{168032, "人民币壹仟陆佰捌拾元叁角贰分"},
		{10700053, "人民币壹拾万柒仟元伍角叁分"},
		{1640902, "人民币壹万陆仟肆佰零玖元零贰分"},
		{32504, "人民币叁佰贰拾伍元零肆分"},
		// seed amounts and edge cases
		{767130000, "人民币柒佰陆拾柒万壹仟叁佰元整"},
		{1341756, "人民币壹万叁仟肆佰壹拾柒元伍角陆分"},
		{1050000, "人民币壹万零伍佰元整"},
		{1000, "人民币壹拾元整"},
		{0, "人民币零元整"},
		{50, "人民币伍角整"},
		{5, "人民币伍分"},
		{32, "人民币叁角贰分"},
		{-500, "人民币负伍元整"},
		{12000000000, "人民币壹亿贰仟万元整"},
		{10000000100, "人民币壹亿零壹元整"},
		{10000000001, "人民币壹亿元零壹分"},
	}
	for _, tt := range tests {
		if got := UpperMoney(tt.fen); got != tt.want {
			t.Errorf("UpperMoney(%d分) = %q, want %q", tt.fen, got, tt.want)
		}
	}
	if got := UpperMoney(math.MinInt64); !strings.HasPrefix(got, "人民币负") || !strings.HasSuffix(got, "捌分") {
		t.Errorf("UpperMoney(MinInt64) = %q", got)
	}
}
