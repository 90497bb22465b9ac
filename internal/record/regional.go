package record

import "strings"

// Regional reports whether a union stands over an area or a system, with
// unions under it: an education union, a 街道 or 乡镇 union, a federation,
// a 行业工会, a 总工会.
func Regional(o Organisation) bool {
	switch o.Kind {
	case "教育系统", "街道总工会", "乡镇总工会", "乡镇工会联合会", "工会联合会", "行业工会", "社区工会":
		return true
	}
	return federationName(o.Name) || SectorOf(o) == SectorTownship
}

// federationName reports whether a union's name says it stands over other
// unions (…总工会, …工会联合会, …联合工会, …系统工会, …行业工会), whatever
// kind the records give.
func federationName(name string) bool {
	for _, suf := range []string{"联合会", "联合工会", "系统工会", "行业工会", "总工会"} {
		if strings.HasSuffix(name, suf) {
			return true
		}
	}
	return false
}

// Council reports whether a meeting body is the union's own committee in
// full session (全委会, 全委（扩大）会议, 全体委员会议), where a 总工会 hears
// its yearly work report, rather than a congress of delegates.
func Council(body string) bool {
	return strings.Contains(body, "全委") || strings.Contains(body, "全体委员") || strings.Contains(body, "委员会全体会议")
}
