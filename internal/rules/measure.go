package rules

import "strings"

// schoolWords mark a name as a school, counted with 所.
var schoolWords = []string{"学校", "小学", "中学", "中小学", "幼儿园", "学院", "大学", "学", "园", "校"}

// measureFor returns the measure word for counting things of a kind or
// category: 所 for schools and kindergartens (学校, 中小学, 社区学校, 公办幼儿园),
// 家 for enterprises, 个 otherwise (单位, 机关, 学区).
func measureFor(kind string) string {
	switch {
	case strings.HasSuffix(kind, "学区"):
		return "个"
	case strings.HasSuffix(kind, "企业") || strings.HasSuffix(kind, "公司"):
		return "家"
	}
	for _, w := range schoolWords {
		if strings.HasSuffix(kind, w) {
			return "所"
		}
	}
	return "个"
}
