package style

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Word boundaries. A title that needs two lines, or a table header that
// needs several, breaks only between words: "机关工会" never as "机关工/会",
// "入会率" never as "入会/率". Chinese has no spaces, so the words are found
// here, the same for every writer: the names the caller keeps whole (the
// organisation's), figures with their units ("2013年", "134.1911万元"),
// ordinals (第二届), short bracketed and quoted groups ("（万元）",
// "“书香工会”"), Latin words, then the longest word of a small dictionary
// of the words union reports put in titles and headers. Characters outside
// every word are words of one character. The 禁则 hold on top: no break
// before a closing mark or after an opening one.

// unionWords are the dictionary: words of union reports' titles and table
// headers, by sector and by report kind.
var unionWords = strings.Fields(`
	工会 总工会 工会联合会 联合会 委员会 工会委员会 经费审查委员会 女职工委员会 工委 机关工会 教育工会
	工作 报告 总结 要点 计划 回顾 工作报告 工作总结 工作要点 工作计划 工作回顾 情况报告 述职报告
	年度 半年 上半年 下半年 全年 季度 学期 春季 秋季 春季学期 秋季学期 五年 任期
	职工 教职工 会员 代表 大会 代表大会 职工代表大会 会员代表大会 教职工代表大会 职代会 教代会 会代会
	换届 选举 届满 关于 开展 活动 情况 系列 全民 阅读 读书 读书月 书香 主题 专项 竞赛 劳动竞赛 比赛
	机关 教育 交通 运输 交通运输 卫生 健康 医院 人民医院 学校 中学 小学 中心小学 幼儿园 学区 片区
	街道 社区 乡镇 企业 公司 有限公司 股份 集团 分公司 邮政 邮政局 住房 城乡 建设 城乡建设
	中心 系统 单位 部门 科室 车间 班组 工区 公路 机械 第一 第二 第三
	民主 管理 民主管理 厂务公开 公开 帮扶 慰问 送温暖 慈善 捐款 募捐 经费 财务 预算 决算 审查
	组织 建设 组织建设 主要 指标 完成 完成率 人数 金额 提案 议案 入会 入会率 划拨 划拨率 基层 基层工会
	会员人数 职工人数 女会员 女职工 占比 比例 慰问金 慰问金额 慈善捐款 职工提案 文体 文体活动 培训
	人次 人均 排名 月份 主要工作 责任 责任部门 合计 小计 总计 计划组建 实际组建 组建 救助 医疗 医疗救助
	助学 助学金 金秋助学 困难 困难职工 劳模 先进 表彰 荣誉 获奖 项目 名称 内容 时间 地点 备注 序号 年份
	收入 支出 结余 结存 上年 本年 同比 增长 增减 目标 实际 任务 数量 人员 参加 参与 参赛
`)

// dictionary holds unionWords by first rune; maxWordRunes is the longest.
var (
	dictionary   = map[rune][]string{}
	maxWordRunes int
)

func init() {
	for _, w := range unionWords {
		r, _ := utf8.DecodeRuneInString(w)
		dictionary[r] = append(dictionary[r], w)
		maxWordRunes = max(maxWordRunes, utf8.RuneCountInString(w))
	}
}

// measureUnits are the units a number keeps on its line in running text,
// longest first where one begins another.
var measureUnits = strings.Fields(`
	个百分点 百分点 平方米 万元 亿元 元/人 人次 小时 公里 万人 学年 学期
	年 月 日 时 元 万 亿 人 次 个 件 项 所 名 家 户 届 期 场 篇 册 台 套 岁 米 天 周 号 支 队 批 位 条 份 本 间 座 辆 种 类 ％ ‰`)

// hanziDigits are the Chinese numerals of ordinals and counts.
const hanziDigits = "〇零一二两三四五六七八九十百千"

// maxGroupRunes bounds a bracketed or quoted group kept whole.
const maxGroupRunes = 10

// Breaks returns where a line of s may break: ok[i] for 0 < i < len(runes)
// is true when a break may fall before the i-th rune (ok[0] is false). The
// strings of keep (an organisation's name) are never broken; nor are
// figures, ordinals, short groups, Latin words and dictionary words.
func Breaks(s string, keep ...string) []bool {
	rs := []rune(s)
	ok := make([]bool, len(rs))
	for i := 1; i < len(rs); i++ {
		ok[i] = true
	}
	whole := func(from, to int) { // no break inside rs[from:to]
		for k := from + 1; k < to && k < len(rs); k++ {
			ok[k] = false
		}
	}
	covered := make([]bool, len(rs)) // inside a unit found so far
	mark := func(from, to int) {
		whole(from, to)
		for k := from; k < to; k++ {
			covered[k] = true
		}
	}
	for _, k := range keep {
		kr := []rune(k)
		if len(kr) < 2 {
			continue
		}
		for i := 0; i+len(kr) <= len(rs); i++ {
			if equalRunes(rs[i:i+len(kr)], kr) {
				mark(i, i+len(kr))
				i += len(kr) - 1
			}
		}
	}
	for i := 0; i < len(rs); {
		if covered[i] {
			i++
			continue
		}
		if n := unitAt(rs, i); n > 1 && !anyCovered(covered, i, i+n) {
			mark(i, i+n)
			i += n
			continue
		}
		i++
	}
	for i := 0; i < len(rs); {
		if covered[i] || !unicode.Is(unicode.Han, rs[i]) {
			i++
			continue
		}
		n := dictionaryWordAt(rs, i)
		if n > 1 && !anyCovered(covered, i, i+n) {
			mark(i, i+n)
			i += n
			continue
		}
		i++
	}
	for i := 1; i < len(rs); i++ {
		switch {
		case NoLineStart(rs[i]) || NoLineEnd(rs[i-1]):
			ok[i] = false
		case IsRepeatMark(rs[i]) && rs[i] == rs[i-1]:
			ok[i] = false
		case rs[i-1] == ' ' || rs[i-1] == '\t' || rs[i-1] == '\u3000':
			ok[i] = true // after a space
		}
	}
	return ok
}

// unitAt returns the length in runes of the unit that starts at rs[i] and
// no dictionary search may split: a Latin word, a figure with its unit, an
// ordinal or count in Chinese numerals, a short bracketed or quoted group;
// 0 if none starts there.
func unitAt(rs []rune, i int) int {
	r := rs[i]
	switch {
	case IsWordRune(r):
		j := i
		for j < len(rs) && IsWordRune(rs[j]) {
			j++
		}
		if isDigitRune(rs[j-1]) || rs[j-1] == '%' {
			j += unitLen(rs[j:])
		}
		return j - i
	case r == '第' && i+1 < len(rs) && (isHanziDigit(rs[i+1]) || isDigitRune(rs[i+1])):
		// an ordinal with its measure, and the ordinal after it:
		// 第三届第二次 is one name of a meeting, not broken between
		j := i
		for j+1 < len(rs) && rs[j] == '第' && (isHanziDigit(rs[j+1]) || isDigitRune(rs[j+1])) {
			j++
			for j < len(rs) && (isHanziDigit(rs[j]) || isDigitRune(rs[j])) {
				j++
			}
			j += unitLen(rs[j:])
		}
		return j - i
	case isHanziDigit(r):
		j := i
		for j < len(rs) && isHanziDigit(rs[j]) {
			j++
		}
		if n := unitLen(rs[j:]); n > 0 {
			return j - i + n
		}
	case NoLineEnd(r):
		close := closing(r)
		for j := i + 1; j < len(rs) && j-i <= maxGroupRunes+1; j++ {
			if rs[j] == close {
				return j - i + 1
			}
			if NoLineEnd(rs[j]) {
				break
			}
		}
	}
	return 0
}

// closing returns the mark that closes the opening mark r.
func closing(r rune) rune {
	const open, close = "（《「『“‘〔【〈［｛([{", "）》」』”’〕】〉］｝)]}"
	cl := []rune(close)
	for i, o := range []rune(open) {
		if o == r {
			return cl[i]
		}
	}
	return 0
}

// unitLen returns the length of the measure unit rs starts with, 0 if none.
func unitLen(rs []rune) int {
	for _, u := range measureUnits {
		ur := []rune(u)
		if len(ur) <= len(rs) && equalRunes(rs[:len(ur)], ur) {
			return len(ur)
		}
	}
	return 0
}

// dictionaryWordAt returns the length of the longest dictionary word at
// rs[i], 0 if none.
func dictionaryWordAt(rs []rune, i int) int {
	best := 0
	for _, w := range dictionary[rs[i]] {
		wr := []rune(w)
		if len(wr) > best && i+len(wr) <= len(rs) && equalRunes(rs[i:i+len(wr)], wr) {
			best = len(wr)
		}
	}
	return best
}

func anyCovered(covered []bool, from, to int) bool {
	for k := from; k < to && k < len(covered); k++ {
		if covered[k] {
			return true
		}
	}
	return false
}

func equalRunes(a, b []rune) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func isDigitRune(r rune) bool  { return r >= '0' && r <= '9' }
func isHanziDigit(r rune) bool { return strings.ContainsRune(hanziDigits, r) }
