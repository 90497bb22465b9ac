package record

import (
	"fmt"
	"reflect"
	"strings"
)

// starterSections lists, per report kind, the top-level sections a starter
// file offers. The rest of the schema still applies to any file.
var starterSections = map[string][]string{
	"annual":   {"organisation", "period", "membership", "groups", "units", "building", "finance", "charity", "relief", "activities", "honours", "democracy", "labour", "women", "bargaining", "targets", "text"},
	"halfyear": {"organisation", "period", "membership", "building", "finance", "relief", "activities", "honours", "democracy", "labour", "women", "text"},
	"congress": {"organisation", "period", "membership", "building", "finance", "relief", "activities", "honours", "democracy", "labour", "women", "bargaining", "targets", "text"},
	"term":     {"organisation", "period", "membership", "building", "finance", "relief", "activities", "honours", "democracy", "labour", "women", "text"},
	"plan":     {"organisation", "period", "targets", "schedule", "text"},
}

// StarterKinds lists the report kinds a starter file can be made for.
func StarterKinds() []string { return []string{"annual", "halfyear", "congress", "term", "plan"} }

// Starter returns a commented data file for a report kind, with every value
// left empty for the clerk to fill in. It loads without errors except for the
// required values (organisation name, year), which check then asks for.
func Starter(kind string) ([]byte, error) {
	secs, ok := starterSections[kind]
	if !ok {
		return nil, fmt.Errorf("没有“%s”这种报告;可选:%s", kind, strings.Join(StarterKinds(), "、"))
	}
	var b strings.Builder
	fmt.Fprintf(&b, "# zongjie 数据文件(%s)\n", reportKindName(kind))
	b.WriteString("# 每项冒号后填写内容;不知道或没有的项留空即可,程序会省去相关的句子,绝不会填入空白或编造数字。\n")
	b.WriteString("# 金额可写 7671300、767.13万 或 13417.56元;人数可写 1761 或 1,761。\n")
	b.WriteString("# 写好后运行:zongjie check 本文件名    生成报告:zongjie render --kind " + kind + " -o 报告.docx 本文件名\n\n")
	t := reflect.TypeOf(Period{})
	for _, key := range secs {
		f, _ := findField(fieldsOf(t), key)
		writeStarter(&b, t.Field(f.index).Type, f, 0, false)
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
		return "换届五年工作回顾,每年一个文件"
	case "plan":
		return "工作要点/工作计划"
	}
	return "年度工作总结"
}

// writeStarter writes one key with its comment; commented marks lines inside
// a commented-out list item.
func writeStarter(b *strings.Builder, t reflect.Type, f field, indent int, commented bool) {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	pad := strings.Repeat("  ", indent)
	prefix := pad
	if commented {
		prefix = pad + "# "
	}
	line := prefix + f.key + ":"
	comment := describe(f)
	switch {
	case t.Kind() == reflect.Struct && t != typeDate && t != typeDecimal:
		fmt.Fprintf(b, "%s%s# %s\n", line, gap(line), comment)
		for _, sub := range fieldsOf(t) {
			writeStarter(b, t.Field(sub.index).Type, sub, indent+1, commented)
		}
	case t.Kind() == reflect.Slice && t.Elem().Kind() == reflect.Struct && t.Elem() != typeDate:
		fmt.Fprintf(b, "%s%s# %s\n", line, gap(line), comment)
		el := t.Elem()
		subs := fieldsOf(el)
		for i, sub := range subs {
			item := sub
			lead := strings.Repeat("  ", indent+1) + "# "
			if i == 0 {
				lead += "- "
			} else {
				lead += "  "
			}
			l := lead + item.key + ":"
			fmt.Fprintf(b, "%s%s# %s\n", l, gap(l), describe(item))
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
