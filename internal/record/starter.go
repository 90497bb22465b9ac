package record

import (
	"fmt"
	"reflect"
	"strings"
)

// starterSections lists, per report kind, the top-level sections a starter
// file offers. The rest of the schema still applies to any file.
var starterSections = map[string][]string{
	"annual": {"organisation", "period", "membership", "groups", "units", "building", "finance", "charity", "relief", "activities",
		"honours", "commendations", "democracy", "labour", "women", "bargaining", "rights", "contracts", "facilities", "rates", "figures", "host",
		"targets", "settings", "document", "text"},
	"halfyear": {"organisation", "period", "membership", "building", "finance", "relief", "activities", "honours", "commendations",
		"democracy", "labour", "women", "rights", "contracts", "facilities", "rates", "figures", "settings", "document", "text"},
	"congress": {"organisation", "period", "membership", "building", "finance", "relief", "activities", "honours", "commendations",
		"democracy", "labour", "women", "bargaining", "rights", "contracts", "facilities", "rates", "figures", "host", "targets", "settings", "document", "text"},
	"term": {"organisation", "period", "membership", "building", "finance", "relief", "activities", "honours", "commendations",
		"democracy", "labour", "women", "rights", "contracts", "facilities", "rates", "figures", "settings", "document", "text"},
	"plan": {"organisation", "period", "targets", "schedule", "document", "text"},
}

// StarterKinds lists the report kinds a starter file can be made for.
func StarterKinds() []string { return []string{"annual", "halfyear", "congress", "term", "plan"} }

// StarterSectors lists the names `zongjie init --sector` accepts.
func StarterSectors() []string {
	return []string{"school(学校)", "enterprise(企业)", "hospital(医院)", "government(机关)", "township(街道、乡镇、社区)", "local(县、市、区总工会)"}
}

// Starter returns a commented data file for a report kind, with every value
// left empty for the clerk to fill in. It loads without errors except for the
// required values (organisation name, year), which check then asks for.
func Starter(kind string) ([]byte, error) { return StarterFor(kind, "") }

// StarterFor is Starter in the words of a sector (see SectorIDs; "" for
// none): the examples in the comments are that sector's (科室 and 医务人员
// for a hospital, 车间 and 职工 for a factory), organisation.sector is
// filled in, and each setting shows the sector's default.
func StarterFor(kind, sector string) ([]byte, error) {
	secs, ok := starterSections[kind]
	if !ok {
		return nil, fmt.Errorf("没有“%s”这种报告;可选:%s", kind, strings.Join(StarterKinds(), "、"))
	}
	if sector != "" {
		s, ok := SectorIDs[strings.TrimSpace(sector)]
		if !ok {
			return nil, fmt.Errorf("没有“%s”这个行业;可选:%s", sector, strings.Join(StarterSectors(), "、"))
		}
		sector = s
	}
	st := starterText{sector: sector}
	var b strings.Builder
	fmt.Fprintf(&b, "# zongjie 数据文件(%s)\n", reportKindName(kind))
	if sector != "" {
		w := SectorWords(sector)
		fmt.Fprintf(&b, "# 行业:%s。报告中职工称为“%s”,基层单位称为“%s”,民主管理的会议称为“%s”;各项标准线用%s的默认值(见 settings)。\n",
			sector, w.Staff, w.Unit, w.Congress, sector)
	}
	if kind == "plan" {
		// a file of a plan alone plans its own period; one dated as its
		// period ends, or a summary's file, plans the next (report's
		// nextPeriod)
		b.WriteString("# 只写计划的文件,工作要点写的就是 period 这一期:要写2026年工作要点,year 填 2026;上一年年底印发的也可以 year 填 2025、报告日期写印发的日子(如 2025-12-26)。也可以直接用当年总结的数据文件,写的是下一年。\n")
	}
	b.WriteString("# 每项冒号后填写内容;不知道或没有的项留空即可,程序会省去相关的句子,绝不会填入空白或编造数字。\n")
	b.WriteString("# 金额可写 7671300、767.13万 或 13417.56元;人数可写 1761 或 1,761。\n")
	b.WriteString("# 原始材料只有约数的,照写:10万余元、近200人、3000多册、约5万元、98%以上(约数照原样写进报告,不参与计算)。\n")
	b.WriteString("# 数字的统计时段与报告期不同时,在同一组里写 span,如 1—11月、截至10月底、去年至今。\n")
	b.WriteString("# 每项注释开头【】里是它的中文键,键也可以直接写成中文,如 会员数: 1761。\n")
	b.WriteString("# 写好后运行:zongjie check 本文件名    生成报告:zongjie render --kind " + kind + " -o 报告.docx 本文件名\n\n")
	t := reflect.TypeOf(Period{})
	for _, key := range secs {
		f, _ := findField(fieldsOf(t), key)
		st.write(&b, t.Field(f.index).Type, f, key, 0, false)
		b.WriteString("\n")
	}
	return []byte(b.String()), nil
}

func reportKindName(kind string) string {
	switch kind {
	case "halfyear":
		return "半年工作总结"
	case "congress":
		return "职代会/会员代表大会工作报告"
	case "term":
		return "换届五年工作回顾,每年一个文件,或整个任期一个文件(period.from_year)"
	case "plan":
		return "工作要点/工作计划"
	}
	return "年度工作总结"
}

// starterText writes a starter in a sector's words.
type starterText struct{ sector string }

// sectorExamples are each sector's example values, by data path (list
// items without their index), replacing the school examples of the tags.
var sectorExamples = map[string]map[string]string{
	SectorEnterprise: {
		"organisation.name": "东塔机械有限公司工会", "organisation.short_name": "公司工会", "organisation.kind": "企业",
		"organisation.parent": "大东区总工会", "organisation.leadership": "公司党委", "organisation.centre": "生产经营中心工作",
		"groups.name": "机加分厂", "groups.kind": "分厂", "units.kind": "车间", "units.type": "生产车间",
		"membership.scope": "公司在岗职工(含劳务工)", "democracy.body": "职代会", "facilities.kind": "职工书屋",
		"relief.batches.occasion": "春节送温暖", "relief.batches.who": "困难职工、困难老劳模和春节期间住院职工",
		"activities.name": "职工职业技能大赛", "host.name": "东塔机械有限公司", "host.indicators.label": "营业收入",
		"contracts.kind": "工资专项集体合同", "contracts.scope": "单独", "text.theme": "建功立业、和谐企业",
	},
	SectorHospital: {
		"organisation.name": "平阳县人民医院工会", "organisation.short_name": "院工会", "organisation.kind": "医院",
		"organisation.parent": "平阳县卫生健康系统工会", "organisation.leadership": "医院党委", "organisation.centre": "医疗服务中心工作",
		"groups.name": "内科片", "groups.kind": "分会", "units.kind": "科室", "units.type": "临床科室",
		"membership.scope": "全院在编及合同制职工", "democracy.body": "职代会", "facilities.kind": "职工之家",
		"relief.batches.occasion": "护士节慰问", "relief.batches.who": "一线护理人员",
		"activities.name": "护士节护理技术操作比赛", "host.name": "平阳县人民医院", "host.indicators.label": "门急诊人次",
		"contracts.kind": "集体合同", "contracts.scope": "单独", "text.theme": "健康职工、温馨医院",
	},
	SectorGovernment: {
		"organisation.name": "平川县交通运输局机关工会", "organisation.short_name": "局机关工会", "organisation.kind": "机关工会",
		"organisation.parent": "平川县直机关工会工作委员会", "organisation.leadership": "局党组", "organisation.centre": "交通运输中心工作",
		"groups.name": "局机关", "groups.kind": "分会", "units.kind": "处室", "units.type": "机关处室",
		"membership.scope": "局机关及二级单位干部职工", "democracy.body": "职代会", "facilities.kind": "职工书屋",
		"relief.batches.occasion": "两节慰问", "relief.batches.who": "困难干部职工和离退休老同志",
		"activities.name": "干部职工健步走", "host.name": "平川县交通运输局", "host.indicators.label": "公路养护里程",
		"contracts.kind": "其他", "text.theme": "模范职工之家",
	},
	SectorTownship: {
		"organisation.name": "思礼镇工会联合会", "organisation.short_name": "镇工会联合会", "organisation.kind": "乡镇工会联合会",
		"organisation.parent": "济源示范区总工会", "organisation.leadership": "镇党委、政府", "organisation.support": "辖区各企业",
		"organisation.guidance": "示范区总工会", "organisation.centre": "全镇经济社会发展",
		"groups.name": "工业园区", "groups.kind": "片区", "units.kind": "企业", "units.type": "非公企业", "units.union_kind": "联合",
		"membership.scope": "辖区建会企业职工", "democracy.body": "区域职代会", "facilities.kind": "爱心驿站",
		"relief.batches.occasion": "金秋助学", "relief.batches.who": "困难职工家庭的学子",
		"activities.name": "职工歌手大赛", "host.name": "思礼镇人民政府", "host.indicators.label": "规模以上工业企业数",
		"contracts.kind": "工资专项集体合同", "contracts.scope": "区域性", "text.theme": "服务发展、服务企业、服务职工",
	},
	SectorLocal: {
		"organisation.name": "云溪县总工会", "organisation.short_name": "县总工会", "organisation.kind": "地方总工会",
		"organisation.parent": "丽川市总工会", "organisation.leadership": "县委", "organisation.support": "县政府及有关部门",
		"organisation.guidance": "市总工会", "organisation.centre": "全县经济社会高质量发展",
		"groups.name": "乡镇(街道)总工会", "groups.kind": "片区", "units.kind": "乡镇总工会", "units.type": "乡镇(街道)总工会",
		"units.union_kind": "区域", "membership.scope": "全县已建会单位职工", "democracy.body": "职代会", "facilities.kind": "爱心驿站",
		"relief.batches.occasion": "春节送温暖", "relief.batches.who": "建档困难职工和劳动模范",
		"activities.name": "全县职工职业技能大赛", "host.name": "云溪县人民政府", "host.indicators.label": "规模以上工业企业数",
		"contracts.kind": "工资专项集体合同", "contracts.scope": "行业性", "text.theme": "建功新时代、服务职工群众",
	},
}

// describe is the comment a starter writes for the field f at path.
func (st starterText) describe(f field, path string) string { return describe(st.adapt(f, path)) }

// adapt returns f with its description and example in the sector's words.
func (st starterText) adapt(f field, path string) field {
	g := f
	if ex, ok := sectorExamples[st.sector][path]; ok {
		g.eg = ex
	}
	if st.sector != "" {
		w := SectorWords(st.sector)
		words := map[string]string{"organisation.sector": st.sector, "organisation.words.staff": w.Staff, "organisation.words.unit": w.Unit,
			"organisation.words.unit_measure": w.UnitMeasure, "organisation.words.host": w.Host, "organisation.words.party": w.Party,
			"organisation.words.congress": w.Congress, "organisation.words.open": w.Open}
		if eg, ok := words[path]; ok {
			g.eg = eg
		}
	}
	if st.sector == SectorSchool || st.sector == "" {
		return g
	}
	w := SectorWords(st.sector)
	switch path {
	case "finance.bands.kind", "charity.participation.category":
		g.eg = w.Unit
	case "charity.top_individual.title":
		g.eg = "车间主任"
	}
	r := strings.NewReplacer("职工(教职工)", w.Staff, "(教职工)", "", "职代会或教代会", w.Congress,
		"基层单位(学校、分会、企业)", "基层单位("+w.Unit+")", "分组(学区、片区、分会)", "分组(片区、分会)",
		"学区、片区、分会……", "片区、分会、分厂……", "中小学、幼儿园、社区学校、机关、学区……", "分厂、车间、科室、处室、非公企业……",
		"在职困难教师 145、困难离退休教师 80", "在职困难职工 145、困难退休职工 80", "如 校长", "如 车间主任")
	g.zh = r.Replace(g.zh)
	if path == "settings."+f.key {
		g.eg = ""
		g.zh += ",不写为" + DefaultSetting(f.key, st.sector) + "(" + st.sector + "的默认值)"
	}
	return g
}

// StarterNote is what a starter file in a sector's words ("" for none, or
// a name SectorIDs knows) says of the field at a data path written without
// indices ("units.kind"): its description and its example value ("" when
// it has none). The workbook of `zongjie init --xlsx` uses them for its
// notes and example rows. ok is false for a path that names no field.
func StarterNote(path, sector string) (note, example string, ok bool) {
	if s, known := SectorIDs[strings.TrimSpace(sector)]; known {
		sector = s
	}
	t := reflect.TypeOf(Period{})
	var f field
	for _, key := range strings.Split(path, ".") {
		for t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice {
			t = t.Elem()
		}
		if !isRecord(t) {
			return "", "", false
		}
		fi := fieldIndex(fieldsOf(t), key)
		if fi < 0 {
			return "", "", false
		}
		f = fieldsOf(t)[fi]
		t = t.Field(f.index).Type
	}
	g := starterText{sector: sector}.adapt(f, path)
	return g.zh, g.eg, true
}

// StarterSections lists the top-level sections a starter file for a
// report kind offers, by data key.
func StarterSections(kind string) ([]string, bool) {
	s, ok := starterSections[kind]
	return append([]string(nil), s...), ok
}

// write writes one key with its comment; commented marks lines inside a
// commented-out list item; path is the key's data path without indices.
func (st starterText) write(b *strings.Builder, t reflect.Type, f field, path string, indent int, commented bool) {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	pad := strings.Repeat("  ", indent)
	prefix := pad
	if commented {
		prefix = pad + "# "
	}
	line := prefix + f.key + ":"
	if path == "organisation.sector" && st.sector != "" {
		line += " " + st.sector
	}
	comment := st.describe(f, path)
	switch {
	case isRecord(t):
		fmt.Fprintf(b, "%s%s# %s\n", line, gap(line), comment)
		for _, sub := range fieldsOf(t) {
			st.write(b, t.Field(sub.index).Type, sub, path+"."+sub.key, indent+1, commented)
		}
	case t.Kind() == reflect.Slice && isRecord(t.Elem()):
		fmt.Fprintf(b, "%s%s# %s\n", line, gap(line), comment)
		el := t.Elem()
		for i, sub := range fieldsOf(el) {
			lead := strings.Repeat("  ", indent+1) + "# "
			if i == 0 {
				lead += "- "
			} else {
				lead += "  "
			}
			l := lead + sub.key + ":"
			fmt.Fprintf(b, "%s%s# %s\n", l, gap(l), st.describe(sub, path+"."+sub.key))
		}
	default:
		fmt.Fprintf(b, "%s%s# %s\n", line, gap(line), comment)
	}
}

// gap pads a line so comments line up.
func gap(line string) string {
	w := 0
	for _, r := range line {
		if r > 0x2e80 {
			w += 2
		} else {
			w++
		}
	}
	if w >= 34 {
		return " "
	}
	return strings.Repeat(" ", 34-w)
}
