// Package lint checks a report's text against the prose rules of
// ../shared/WRITING.md that a pattern can see: the verb a thing takes,
// medals called titles, figures in the wrong style, zeros stated as
// achievements, tautologies, fragments, a sentence said twice, and years
// a report does not cover. The tests run it over every example's report
// of every kind; a rule it reports is a defect of the planner or of a
// template, never of the records.
package lint

import (
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Problem is a place where the text breaks a rule.
type Problem struct {
	Rule    string // the rule's name, e.g. "verb-meeting"
	Message string // what is wrong, in Chinese
	Excerpt string // the text that breaks it
}

// rule is a pattern that must not match.
type rule struct {
	name, message string
	re            *regexp.Regexp
}

// patterns are the rules of WRITING.md §2–§5. A clause here is text up to
// the next ，。；.
var patterns = []rule{
	{"verb-meeting", "会议要“召开”,不是“举办”或“开展”",
		regexp.MustCompile(`(举办|开展)了?[^，。；：召]{0,30}?(代表大会|职代会|教代会|座谈会|会议|交流会|推进会|动员会|表彰会)[，。；]`)},
	{"campaign-as-contest", "送温暖、送清凉、金秋助学等活动要“开展”,不是“举办”",
		regexp.MustCompile(`举办了?[^，。；]{0,6}(送温暖|送清凉|金秋助学)`)},
	{"gathering-as-campaign", "……会要“举办”或“召开”,不写成“……会活动”",
		regexp.MustCompile(`(讲|享|谈|演|展|赛|联欢|游园|故事|诵读|报告|读书)会活动`)},
	{"medal-as-title", "奖章要写“获得……奖章”,不写成“……奖章荣誉称号”",
		regexp.MustCompile(`奖章”?(荣誉)?称号`)},
	{"wan-decimals", "万元后面最多四位小数",
		regexp.MustCompile(`\d+\.\d{5,}万`)},
	{"yi-decimals", "亿元后面最多两位小数",
		regexp.MustCompile(`\d+\.\d{3,}亿`)},
	{"zero-achievement", "0不是成绩:这句话应当删去",
		regexp.MustCompile(`(共|累计|募集|发放|慰问|新发展|现有|达到|收到|参加)[^，。；\d]{0,12}(^|[^\d.])0(元|人|个|项|件|户|次|名|所|家)`)},
	{"tautology-fund", "同语反复:资金来自慈善善款",
		regexp.MustCompile(`资金来自慈善善款`)},
	{"tautology-hardship", "同语反复:缓解了困难……的实际困难",
		regexp.MustCompile(`缓解了困难[^，。；]{0,6}的实际困难`)},
	{"fragment-by", "句子不完整:“由……组织开展。”应并入上一句",
		regexp.MustCompile(`(^|[。！？])由[^。]{0,40}组织开展。`)},
	{"two-years", "两年来,不写二年来",
		regexp.MustCompile(`二年来`)},
	{"empty-figure", "数字缺失",
		regexp.MustCompile(`(共|计|达|为|累计)[，。；、]|20__|[xX]{2}|\*\*\*`)},
	{"double-punct", "标点重复或空括号",
		regexp.MustCompile(`（）|“”|、、|，，|。。|；；|，。|、。`)},
	{"comma-thousands", "一万以下的数不加千分位逗号",
		regexp.MustCompile(`(^|[^\d,])\d,\d{3}([^\d,]|$)`)},
}

// years matches "五年来", "三年来".
var years = regexp.MustCompile(`([一二三四五六七八九十两]+)年来`)

// Check returns the problems of text, a report's plain text with one
// paragraph per line. covered is the number of years the report covers:
// it may say 三年来 only when it covers three (0: not checked).
func Check(text string, covered int) []Problem {
	var out []Problem
	for _, r := range patterns {
		for _, m := range r.re.FindAllStringIndex(text, -1) {
			out = append(out, Problem{Rule: r.name, Message: r.message, Excerpt: around(text, m[0], m[1])})
		}
	}
	if covered > 0 {
		for _, m := range years.FindAllStringSubmatch(text, -1) {
			if n := hanziNumber(m[1]); n > 0 && n != covered {
				out = append(out, Problem{Rule: "years-covered", Message: "报告覆盖" + strconv.Itoa(covered) + "年,不能说" + m[0], Excerpt: m[0]})
			}
		}
	}
	out = append(out, repeats(text)...)
	return out
}

// around is text[i:j] with up to ten characters either side, within its line.
func around(text string, i, j int) string {
	start := i
	for n := 0; n < 10 && start > 0 && text[start-1] != '\n'; n++ {
		_, size := utf8.DecodeLastRuneInString(text[:start])
		start -= size
	}
	end := j
	for n := 0; n < 10 && end < len(text) && text[end] != '\n'; n++ {
		_, size := utf8.DecodeRuneInString(text[end:])
		end += size
	}
	return text[start:end]
}

// repeats reports a sentence of some length said twice.
func repeats(text string) []Problem {
	var out []Problem
	seen := map[string]bool{}
	for _, line := range strings.Split(text, "\n") {
		for _, s := range strings.SplitAfter(line, "。") {
			s = strings.TrimSpace(s)
			if len([]rune(s)) < 12 {
				continue
			}
			if seen[s] {
				out = append(out, Problem{Rule: "repeated", Message: "同一句话说了两次", Excerpt: s})
			}
			seen[s] = true
		}
	}
	return out
}

// hanziNumber reads 一 … 十九 and 两; 0 when s is none of them.
func hanziNumber(s string) int {
	digits := map[rune]int{'一': 1, '二': 2, '两': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9}
	rs := []rune(s)
	switch {
	case len(rs) == 1 && rs[0] == '十':
		return 10
	case len(rs) == 1:
		return digits[rs[0]]
	case len(rs) == 2 && rs[0] == '十':
		return 10 + digits[rs[1]]
	}
	return 0
}
