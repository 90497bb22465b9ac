package hostile

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf16"

	"golang.org/x/text/encoding/unicode/utf32"
	"gopkg.in/yaml.v3"

	"zongjie/internal/cli"
)

// recordEntries are the hostile data files of the second round (issue 14):
// an alias bomb measured in bytes, duplicate table columns, a second YAML
// document, escapes that make control and bidi characters, JSON as other
// programs write it, wide encodings, foreign type tags and aliases copying
// records. Each class is tried with its siblings.
func recordEntries() []entry {
	return []entry{
		// ── 数据文件:第二轮 ──
		{id: "alias-byte-bomb", what: "别名字节炸弹:1 MB 的锚点文字被引用 9 999 次(文件 1.1 MB,展开后约 10 GB)", args: []string{"check", "bytes.yaml"},
			setup: write("bytes.yaml", byteBomb()), fast: time.Second,
			check: note("展开前按字节数拒绝,没有为展开的内容分配内存")},
		{id: "alias-byte-bomb-render", what: "同一个别名字节炸弹交给 render(以前会耗尽内存崩溃)", args: []string{"render", "-o", "报告.pdf", "bytes.yaml"},
			setup: write("bytes.yaml", byteBomb()), fast: time.Second},
		{id: "alias-byte-bomb-rows", what: "别名字节炸弹藏在单位表里(一行 1 MB 的单位名称被 9 000 行引用)", args: []string{"check", "rows.yaml"},
			setup: write("rows.yaml", "organisation: {name: 甲}\nperiod: {year: 2023}\nunits:\n  columns: [name]\n  rows:\n    - &r [\""+strings.Repeat("名", 350_000)+"\"]\n"+strings.Repeat("    - *r\n", 9_000)),
			fast:  time.Second},
		{id: "alias-copies-unit", what: "用别名把一个单位复制成第二个单位(重复的单位应指出两处真实位置)", args: []string{"check", "copy.yaml"},
			setup: fromBase("copy.yaml", replace("  - {name: 公路管理段, staff: 600, members: 590}", "  - &u {name: 公路管理段, staff: 600, members: 590}\n  - *u"))},
		{id: "merge-key", what: "YAML 合并键(<<: *别名)", args: []string{"check", "merge.yaml"},
			setup: fromBase("merge.yaml", replace("membership:\n", "membership:\n  <<: {staff: 1}\n"))},
		{id: "duplicate-column", what: "表格的 columns 中同一列名写了两次(后一列会悄悄覆盖前一列)", args: []string{"check", "cols.yaml"},
			setup: fromBase("cols.yaml", replace("units:\n  - {name: 公路管理段, staff: 600, members: 590}\n  - {name: 运输管理所, staff: 634, members: 610}\n",
				"units:\n  columns: [name, staff, members, staff]\n  rows:\n    - [公路管理段, 600, 590, 60]\n    - [运输管理所, 634, 610, 63]\n"))},
		{id: "second-document", what: "“---”之后的第二份 YAML 文档(以前被悄悄丢掉)", args: []string{"check", "two.yaml"},
			setup: fromBase("two.yaml", func(s []byte) []byte { return append(s, "---\nfinance: {spent: 100万}\n"...) })},
		{id: "document-end-junk", what: "文档结束标记“...”之后还有内容", args: []string{"check", "end.yaml"},
			setup: fromBase("end.yaml", func(s []byte) []byte { return append(s, "...\n这里是随手记的备注\n"...) })},
		{id: "escape-in-text", what: "双引号里的转义造出终端控制序列(\"\\e]0;…\\a\\e[2J\")和退格符", args: []string{"check", "esc.yaml"},
			setup: fromBase("esc.yaml", replace("    - 个别单位会员发展工作进展较慢。", "    - \"个别单位\\e]0;已被接管\\a\\e[2J进展\\b\\b较慢\"")),
			check: noHiddenOutput("check", "esc.yaml")},
		{id: "escape-in-key", what: "键名里的转义(终端控制序列藏在不认识的键名中)", args: []string{"check", "esckey.yaml"},
			setup: fromBase("esckey.yaml", replace("membership:\n", "membership:\n  \"staff\\e[2J\\e]0;x\\a\": 1\n")),
			check: noHiddenOutput("check", "esckey.yaml")},
		{id: "bidi-in-name", what: "单位名称里有文字方向控制符(U+202E,让一行字倒着显示)", args: []string{"check", "bidi.yaml"},
			setup: fromBase("bidi.yaml", replace("运输管理所", "运输\u202e所理管")),
			check: noHiddenOutput("check", "bidi.yaml")},
		{id: "zero-width-name", what: "单位名称里有零宽空格(看不见,却让两个同名单位不同名)", args: []string{"check", "zw.yaml"},
			setup: fromBase("zw.yaml", replace("运输管理所", "公路\u200b管理段")),
			check: noHiddenOutput("check", "zw.yaml")},
		{id: "json-python", what: "Python json.dumps 写出的 JSON(汉字全是 \\u 转义,𠮷 是代理项对 \\ud842\\udfb7,斜杠写成 \\/)", args: []string{"render", "-o", "报告.md", "data.json"},
			setup: func(t *testing.T, dir string) {
				data := readInput(t, "base.yaml")
				data = bytes.Replace(data, []byte("进展较慢。"), []byte("进展较慢(𠮷、A/B 类)。"), 1)
				writeFile(t, dir+"/data.json", asciiJSON(t, data))
			},
			check: fileContains("报告.md", "进展较慢（𠮷、A/B 类）")},
		{id: "json-lone-surrogate", what: "JSON 里单独的 UTF-16 代理项(\\ud842 后面没有另一半)", args: []string{"check", "lone.json"},
			setup: write("lone.json", "{\"organisation\": {\"name\": \"\\ud842工会\"}, \"period\": {\"year\": 2023}}\n")},
		{id: "utf32", what: "UTF-32 编码(带字节序标记)", args: []string{"check", "utf32.yaml"},
			setup: fromBase("utf32.yaml", func(s []byte) []byte {
				out, err := utf32.UTF32(utf32.LittleEndian, utf32.UseBOM).NewEncoder().Bytes(s)
				if err != nil {
					panic(err)
				}
				return out
			})},
		{id: "utf16-no-bom", what: "UTF-16 编码,没有字节序标记", args: []string{"check", "utf16.yaml"},
			setup: fromBase("utf16.yaml", func(s []byte) []byte {
				var b bytes.Buffer
				for _, u := range utf16.Encode([]rune(string(s))) {
					b.WriteByte(byte(u))
					b.WriteByte(byte(u >> 8))
				}
				return b.Bytes()
			})},
		{id: "python-object-tag", what: "Python 对象标记(!!python/object)", args: []string{"check", "py.yaml"},
			setup: fromBase("py.yaml", replace("organisation:\n", "organisation: !!python/object:__main__.Union\n"))},
		{id: "binary-tag", what: "二进制标记(!!binary)", args: []string{"check", "bin.yaml"},
			setup: fromBase("bin.yaml", replace("  parent: 平川县总工会", "  parent: !!binary 5bmz5bed"))},
		{id: "custom-tag", what: "自定义标记(!include 其他文件)", args: []string{"check", "inc.yaml"},
			setup: fromBase("inc.yaml", replace("  parent: 平川县总工会", "  parent: !include 上级.yaml"))},

		// ── 经办人常犯的错(issue 15) ──
		{id: "placeholder-text", what: "文字里留着范文的空白(xx公司、XX同志)", args: []string{"check", "xx.yaml"},
			setup: fromBase("xx.yaml", replace("  parent: 平川县总工会", "  parent: xx县总工会\n  leadership: [XX同志]"))},
		{id: "thousands-comma-row", what: "表格一行里的千分位逗号([单位, 1,234, 1,200])", args: []string{"check", "rows.yaml"},
			setup: fromBase("rows.yaml", replace("units:\n  - {name: 公路管理段, staff: 600, members: 590}\n  - {name: 运输管理所, staff: 634, members: 610}\n",
				"units:\n  columns: [name, staff, members]\n  rows:\n    - [公路管理段, 1,600, 1,590]\n    - [运输管理所, 634, 610]\n"))},
		{id: "thousands-comma-flow", what: "{ } 里的千分位逗号({staff: 1,234})", args: []string{"check", "flow.yaml"},
			setup: fromBase("flow.yaml", replace("  - {name: 运输管理所, staff: 634, members: 610}", "  - {name: 运输管理所, staff: 1,634, members: 610}"))},
		{id: "comma-in-flow-text", what: "{ } 里文字中的半角逗号把一项截成两项", args: []string{"check", "note.yaml"},
			setup: fromBase("note.yaml", replace("  - {name: 运输管理所, staff: 634, members: 610}", "  - {name: 运输管理所, staff: 634, members: 610, note: 今年新建,会员增加}"))},
		{id: "percent-for-count", what: "人数栏写成百分比(98%)", args: []string{"check", "pct.yaml"},
			setup: fromBase("pct.yaml", replace("members: 1200", "members: 98%"))},
		{id: "chinese-keys", what: "整个文件用中文键(会员数、职工总数……)和约数(3000余、近200人)", args: []string{"check", "cn.yaml"},
			setup: write("cn.yaml", "工会组织:\n  工会名称: 平川县交通运输局机关工会\n报告期:\n  年度: 2023\n会员情况:\n  职工总数: 1234\n  会员数: 1200\n"+
				"慰问帮扶:\n  批次:\n    - {事由: 春节送温暖, 类别: 慰问金, 人数: 近200, 金额: 10万余元}\n")},
		{id: "both-keys", what: "同一项用英文键和中文键各写了一次(members 和 会员数)", args: []string{"check", "both.yaml"},
			setup: fromBase("both.yaml", replace("  members: 1200\n", "  members: 1200\n  会员数: 1100\n"))},
	}
}

// byteBomb is one megabyte of text behind an anchor, and 9 999 aliases to
// it: 1.1 MB of file, about 10 GB once expanded.
func byteBomb() string {
	var b strings.Builder
	b.WriteString("organisation: {name: 甲}\nperiod: {year: 2023}\n")
	b.WriteString("x: &big \"" + strings.Repeat("哈", 350_000) + "\"\n")
	b.WriteString("text: {problems: [" + strings.TrimSuffix(strings.Repeat("*big,", 9_999), ",") + "]}\n")
	return b.String()
}

// noHiddenOutput runs the command args again (checks run in the case's
// directory) and checks that neither of its outputs carries a control,
// format or bidi character but the line break: what the data smuggled in
// must show as <U+XXXX>.
func noHiddenOutput(args ...string) func(*testing.T, string) []string {
	return func(t *testing.T, _ string) []string {
		var stdout, stderr bytes.Buffer
		cli.Main(args, strings.NewReader(""), &stdout, &stderr)
		for _, out := range []string{stdout.String(), stderr.String()} {
			for _, r := range out {
				if r != '\n' && (r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) || r == 0x2028 || r == 0x2029 || unicode.Is(unicode.Cf, r)) {
					t.Errorf("output carries %U:\n%s", r, out)
					break
				}
			}
		}
		return []string{"输出中没有控制字符、格式字符或方向控制符(数据中的这些字符显示为 <U+XXXX>)"}
	}
}

// asciiJSON converts a YAML data file to JSON as Python's json.dumps writes
// it by default (ensure_ascii): every character beyond ASCII as a \u escape,
// those beyond U+FFFF as a surrogate pair; and "/" escaped as PHP does.
func asciiJSON(t *testing.T, data []byte) []byte {
	t.Helper()
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	var walk func(n *yaml.Node)
	walk = func(n *yaml.Node) {
		switch n.Kind {
		case yaml.DocumentNode:
			walk(n.Content[0])
		case yaml.MappingNode:
			b.WriteByte('{')
			for i := 0; i+1 < len(n.Content); i += 2 {
				if i > 0 {
					b.WriteString(", ")
				}
				walk(n.Content[i])
				b.WriteString(": ")
				walk(n.Content[i+1])
			}
			b.WriteByte('}')
		case yaml.SequenceNode:
			b.WriteByte('[')
			for i, c := range n.Content {
				if i > 0 {
					b.WriteString(", ")
				}
				walk(c)
			}
			b.WriteByte(']')
		default:
			if n.Tag == "!!int" || n.Tag == "!!float" {
				b.WriteString(n.Value)
				return
			}
			b.WriteByte('"')
			for _, r := range n.Value {
				switch {
				case r == '"' || r == '\\':
					b.WriteByte('\\')
					b.WriteRune(r)
				case r == '/':
					b.WriteString(`\/`)
				case r < 0x80:
					b.WriteRune(r)
				default:
					for _, u := range utf16.Encode([]rune{r}) {
						b.WriteString(`\u` + fmt.Sprintf("%04x", u))
					}
				}
			}
			b.WriteByte('"')
		}
	}
	walk(&root)
	b.WriteByte('\n')
	return b.Bytes()
}
