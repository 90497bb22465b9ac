package record

import "strings"

// vocabSynonyms are words clerks write for a value of a closed vocabulary
// that the vocabulary names otherwise: 思想政治 for the activity kind
// 宣传教育, 区 for the level 县. A synonym is only ever offered as a
// suggestion with the error; the data keep what the clerk chooses.
var vocabSynonyms = map[string]string{
	// Activity kinds.
	"思想政治": "宣传教育", "政治学习": "宣传教育", "理论学习": "宣传教育", "党建": "宣传教育",
	"主题教育": "宣传教育", "宣讲": "宣传教育", "学习教育": "宣传教育", "思想教育": "宣传教育",
	"体育": "文体", "文化": "文体", "运动会": "文体", "文娱": "文体", "健身": "文体",
	"演出": "文艺演出", "文艺": "文艺演出", "晚会": "文艺演出",
	"技能比武": "技能", "岗位练兵": "技能", "技术比武": "技能",
	"竞赛": "劳动竞赛", "培训班": "培训", "学习": "培训",
	"表彰": "评选", "评先": "评选", "座谈会": "会议", "志愿者": "志愿服务",
	"送温暖": "慰问", "走访慰问": "慰问", "疗养": "疗休养", "休养": "疗休养",
	// Levels.
	"国家": "全国", "国家级": "全国", "省级": "省", "市级": "市", "区": "县", "区级": "县", "县级": "县", "县（区）": "县",
	"系统内": "本系统", "单位": "本单位", "校级": "本单位", "院级": "本单位", "公司级": "本单位", "厂级": "本单位",
	"校": "本单位", "学校": "本单位", "本校": "本单位", "全校": "本单位", "院": "本单位", "本院": "本单位", "全院": "本单位",
	"本公司": "本单位", "全公司": "本单位", "本局": "本单位",
	// Organisation kinds.
	"公司": "企业", "工厂": "企业", "卫生院": "医院", "中学": "学校", "小学": "学校", "幼儿园": "学校",
	"局机关": "机关工会", "街道": "街道总工会", "乡镇": "乡镇总工会", "社区": "社区工会",
	"镇总工会": "乡镇总工会", "乡总工会": "乡镇总工会",
	// Relief measures: people are counted in 人.
	"名": "人", "位": "人",
}

// vocabHint returns the value of list a clerk who wrote value most likely
// meant, or "": a known synonym, else the one value that value contains or
// is contained in (读书活动 → 读书, 市级 → 市).
func vocabHint(value string, list []string) string {
	v := strings.TrimSpace(value)
	if s, ok := vocabSynonyms[v]; ok && contains(list, s) {
		return s
	}
	hint := ""
	for _, w := range list {
		if w == "其他" || !(strings.Contains(v, w) || strings.Contains(w, v)) || v == "" {
			continue
		}
		if hint != "" {
			return "" // more than one: no guess
		}
		hint = w
	}
	return hint
}

// vocabGuess is vocabHint, or else the value of list nearest value as
// written (上伴年 → 上半年, 慰问经 → 慰问金), or "".
func vocabGuess(value string, list []string) string {
	if hint := vocabHint(value, list); hint != "" {
		return hint
	}
	return nearest(strings.TrimSpace(value), list)
}
