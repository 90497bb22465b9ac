package cnfmt

import "strings"

// numerals is one way of writing whole numbers in Chinese characters.
type numerals struct {
	digits [10]string
	small  [4]string // units inside a four-digit group: "", 十, 百, 千
	// dropOne writes a leading 一十 as 十 (十二, 十万), as ordinary
	// numerals do; 大写 always writes 壹拾.
	dropOne bool
}

// groupUnits name the four-digit groups from the lowest: 万, 亿, 万亿, 亿亿.
var groupUnits = [...]string{"", "万", "亿", "万亿", "亿亿"}

var (
	lowerNumerals = numerals{
		digits:  [10]string{"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"},
		small:   [4]string{"", "十", "百", "千"},
		dropOne: true,
	}
	upperNumerals = numerals{
		digits: [10]string{"零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖"},
		small:  [4]string{"", "拾", "佰", "仟"},
	}
)

// signed writes n, with 负 before a negative number.
func (ns *numerals) signed(n int64) string {
	if n < 0 {
		return "负" + ns.spell(uint64(-(n+1))+1)
	}
	return ns.spell(uint64(n))
}

// spell writes n with one 零 for each run of zeros inside the number and none
// at its end: 一百零一, 一千零一十, 一万零五百, 一亿零一, 十亿零一万.
func (ns *numerals) spell(n uint64) string {
	if n == 0 {
		return ns.digits[0]
	}
	var groups []int // lowest first
	for ; n > 0; n /= 10000 {
		groups = append(groups, int(n%10000))
	}
	var b strings.Builder
	started, zero := false, false
	for i := len(groups) - 1; i >= 0; i-- {
		g := groups[i]
		if g == 0 {
			zero = started
			continue
		}
		if started && (zero || g < 1000) {
			b.WriteString(ns.digits[0])
		}
		ns.group(&b, g, !started)
		b.WriteString(groupUnits[i])
		started, zero = true, false
	}
	return b.String()
}

// group writes a four-digit group g (1–9999); leading says it opens the number.
func (ns *numerals) group(b *strings.Builder, g int, leading bool) {
	d := [4]int{g / 1000, g / 100 % 10, g / 10 % 10, g % 10}
	started, zero := false, false
	for k, v := range d {
		pos := 3 - k
		if v == 0 {
			zero = zero || started
			continue
		}
		if zero {
			b.WriteString(ns.digits[0])
			zero = false
		}
		if !(ns.dropOne && leading && !started && v == 1 && pos == 1) {
			b.WriteString(ns.digits[v])
		}
		b.WriteString(ns.small[pos])
		started = true
	}
}

// Hanzi writes n in ordinary Chinese numerals: 0 "零", 10 "十", 11 "十一",
// 20 "二十", 101 "一百零一", 110 "一百一十", 10500 "一万零五百", 100000
// "十万", 100000000 "一亿", -5 "负五".
func Hanzi(n int) string { return lowerNumerals.signed(int64(n)) }
