package hostile

import (
	"archive/zip"
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"

	"zongjie/internal/cli"
	"zongjie/internal/record"
	"zongjie/internal/userrule"
)

var update = flag.Bool("update", false, "rewrite testdata/hostile/*.txt and docs/hostile-inputs.md from this run")

// Paths from this package's directory.
const (
	catalogueDir = "../../testdata/hostile"
	inputsDir    = "../../testdata/hostile/inputs"
	examplesDir  = "../../examples"
	tablePath    = "../../docs/hostile-inputs.md"
)

// entry is one hostile input: how to make it, the command that meets it,
// and what to verify beyond the exit code and the messages.
type entry struct {
	id    string // golden file name under testdata/hostile
	what  string // the input, as the table describes it
	args  []string
	setup func(t *testing.T, dir string)
	// check verifies the outcome (files kept, outputs literal) and returns
	// what it verified, in Chinese, for the golden file and the table.
	check func(t *testing.T, dir string) []string
	// fast is how long a refusal should take; ten times it counts as a hang.
	fast time.Duration
	// answer picks the output line the table shows: the first holding it
	// (by default the first line of the messages).
	answer string
	// stdin names a file of the case's directory the command reads as its
	// standard input.
	stdin string
	// process runs the real zongjie process instead of cli.Main: to send it
	// a signal, or to run it under a memory ceiling (catalogue_cli_test.go).
	process *process
}

// outcome is what one run gave.
type outcome struct {
	exit           int
	stdout, stderr string
	notes          []string
}

// catalogue lists every hostile input tried, in the order of the table.
func catalogue() []entry {
	return append(append(append(append(baseCatalogue(), recordEntries()...), sheetEntries()...), cliCatalogue()...), rollupCatalogue()...)
}

// baseCatalogue is the catalogue before the data-file cases of
// recordEntries (catalogue_records_test.go) and the command-line cases of
// cliCatalogue (catalogue_cli_test.go).
func baseCatalogue() []entry {
	return []entry{
		// ── 文件本身 ──
		{id: "empty", what: "空文件(0 字节)", args: []string{"check", "我的工会.yaml"},
			setup: write("我的工会.yaml", "")},
		{id: "only-comments", what: "只有注释和空行的文件", args: []string{"check", "我的工会.yaml"},
			setup: write("我的工会.yaml", "# 数据文件\n\n   \n# 还没填\n")},
		{id: "binary", what: "二进制乱码(一张 PNG 图片改了扩展名)", args: []string{"check", "照片.yaml"},
			setup: write("照片.yaml", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00")},
		{id: "docx-as-data", what: "把 Word 文档(.docx)当成数据文件", args: []string{"check", "总结.docx"},
			setup: docxFile("总结.docx")},
		{id: "pdf-as-data", what: "把生成的报告(.pdf)当成数据文件", args: []string{"check", "总结.pdf"},
			setup: write("总结.pdf", "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n")},
		{id: "report-as-data", what: "把生成的报告(.md)当成数据文件", args: []string{"check", "总结.md"},
			setup: write("总结.md", "# 平川县交通运输局机关工会2023年工会工作总结\n\n2023年，平川县交通运输局机关工会在各基层工会的大力支持下……\n\n## 一、主要工作和成效\n")},
		{id: "missing", what: "数据文件不存在(文件名打错)", args: []string{"check", "我的工会2O23.yaml"},
			setup: func(*testing.T, string) {}},
		{id: "directory", what: "给出的是目录而不是文件", args: []string{"check", "数据"},
			setup: mkdir("数据")},
		{id: "same-file-twice", what: "同一个数据文件给了两次", args: []string{"render", "base.yaml", "base.yaml"},
			setup: copyInput("base.yaml", "base.yaml")},

		// ── 编码与换行 ──
		{id: "bom", what: "UTF-8 文件带 BOM(记事本“另存为 UTF-8”)", args: []string{"render", "-o", "报告.md", "bom.yaml"},
			setup: fromBase("bom.yaml", func(s []byte) []byte { return append([]byte("\xef\xbb\xbf"), s...) }),
			check: sameReportAsBase("报告.md")},
		{id: "crlf", what: "Windows 换行(CRLF)", args: []string{"render", "-o", "报告.md", "crlf.yaml"},
			setup: fromBase("crlf.yaml", func(s []byte) []byte { return bytes.ReplaceAll(s, []byte("\n"), []byte("\r\n")) }),
			check: sameReportAsBase("报告.md")},
		{id: "cr-only", what: "老式 Mac 换行(只有 CR)", args: []string{"render", "-o", "报告.md", "cr.yaml"},
			setup: fromBase("cr.yaml", func(s []byte) []byte { return bytes.ReplaceAll(s, []byte("\n"), []byte("\r")) }),
			check: sameReportAsBase("报告.md")},
		{id: "gbk", what: "GBK 编码(中文 Windows 记事本的“ANSI”)", args: []string{"render", "-o", "报告.md", "gbk.yaml"},
			setup: fromBase("gbk.yaml", encodeGBK),
			check: sameReportAsBase("报告.md")},
		{id: "gb18030", what: "GB18030 编码,含 GBK 没有的字(䶮、𠮷)", args: []string{"render", "-o", "报告.md", "gb18030.yaml"},
			setup: fromBase("gb18030.yaml", func(s []byte) []byte {
				s = bytes.Replace(s, []byte("进展较慢"), []byte("进展较慢(䶮、𠮷)"), 1)
				out, err := simplifiedchinese.GB18030.NewEncoder().Bytes(s)
				if err != nil {
					panic(err)
				}
				return out
			}),
			check: fileContains("报告.md", "进展较慢（䶮、𠮷）")},
		{id: "utf16", what: "UTF-16 编码(Excel 另存为“Unicode 文本”)", args: []string{"check", "utf16.yaml"},
			setup: fromBase("utf16.yaml", func(s []byte) []byte {
				out, err := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().Bytes(s)
				if err != nil {
					panic(err)
				}
				return out
			})},
		{id: "utf8-cut", what: "UTF-8 文件在一个汉字中间被截断", args: []string{"check", "cut.yaml"},
			setup: fromBase("cut.yaml", func(s []byte) []byte { return append(s, "    - 还有一条没写完\xe6\x85"...) })},
		{id: "latin1", what: "混入 Latin-1 字节(从旧网页粘贴的 café)", args: []string{"check", "latin1.yaml"},
			setup: fromBase("latin1.yaml", func(s []byte) []byte {
				return bytes.Replace(s, []byte("进展较慢。"), []byte("进展较慢,caf\xe9。"), 1)
			})},
		{id: "control-char", what: "文字里有不可见的控制字符(从网页粘贴的退格符)", args: []string{"check", "ctrl.yaml"},
			setup: fromBase("ctrl.yaml", func(s []byte) []byte { return bytes.Replace(s, []byte("进展较慢"), []byte("进展\b较慢"), 1) })},

		// ── 数字 ──
		{id: "fullwidth-digits", what: "全角数字和千分位逗号(１，２３４、1,200、全角逗号)", args: []string{"render", "-o", "报告.md", "fw.yaml"},
			setup: fromBase("fw.yaml", func(s []byte) []byte {
				s = bytes.Replace(s, []byte("staff: 1234"), []byte("staff: １，２３４"), 1)
				return bytes.Replace(s, []byte("members: 1200"), []byte("members: \"1,200\""), 1)
			}),
			check: sameReportAsBase("报告.md")},
		{id: "number-in-words", what: "人数写成汉字(一千二百)", args: []string{"check", "words.yaml"},
			setup: fromBase("words.yaml", replace("members: 1200", "members: 一千二百"))},
		{id: "number-with-unit", what: "人数后面带了“人”字和空格(1200 人)", args: []string{"check", "unit.yaml"},
			setup: fromBase("unit.yaml", replace("members: 1200", "members: 1200 人"))},
		{id: "huge-count", what: "超大的人数(20 位数字)", args: []string{"check", "huge.yaml"},
			setup: fromBase("huge.yaml", replace("staff: 1234", "staff: 99999999999999999999"))},
		{id: "huge-money", what: "超大的金额(99999999999999元,近百万亿)", args: []string{"check", "money.yaml"},
			setup: fromBase("money.yaml", replace("membership:", "finance: {spent: 99999999999999元}\nmembership:"))},
		{id: "blank-count", what: "范文里没填的人数(1__人)", args: []string{"check", "blank.yaml"},
			setup: fromBase("blank.yaml", replace("members: 1200", "members: 1__人"))},
		{id: "long-number", what: "数字栏里粘贴了一大段数字(10 万位)", args: []string{"check", "long.yaml"},
			setup: fromBase("long.yaml", replace("staff: 1234", "staff: "+strings.Repeat("1234567890", 10000)))},
		{id: "negative-count", what: "负数人数", args: []string{"check", "neg.yaml"},
			setup: fromBase("neg.yaml", replace("members: 1200", "members: -5"))},
		{id: "fraction-count", what: "人数带小数(12.5)", args: []string{"check", "frac.yaml"},
			setup: fromBase("frac.yaml", replace("members: 1200", "members: 12.5"))},
		{id: "sub-cent", what: "金额精确到厘(13417.567元)", args: []string{"check", "cent.yaml"},
			setup: fromBase("cent.yaml", replace("membership:", "finance: {spent: 13417.567元}\nmembership:"))},
		{id: "members-over-staff", what: "会员数多于职工数", args: []string{"check", "over.yaml"},
			setup: fromBase("over.yaml", replace("members: 1200", "members: 12000"))},
		{id: "bad-date", what: "不存在的日期(2023-02-30)", args: []string{"check", "date.yaml"},
			setup: fromBase("date.yaml", replace("report_date: 2023-12-28", "report_date: 2023-02-30"))},
		{id: "placeholder-year", what: "范文里的空白年份(20__)", args: []string{"check", "year.yaml"},
			setup: fromBase("year.yaml", replace("year: 2023", "year: 20__"))},

		// ── 写法 ──
		{id: "duplicate-key", what: "同一个键写了两次", args: []string{"check", "dup.yaml"},
			setup: fromBase("dup.yaml", replace("  members: 1200\n", "  members: 1200\n  members: 1100\n"))},
		{id: "duplicate-unit", what: "单位名称重复", args: []string{"check", "dupunit.yaml"},
			setup: fromBase("dupunit.yaml", replace("运输管理所", "公路管理段"))},
		{id: "typo-key", what: "键名拼错(memebrs)", args: []string{"check", "typo.yaml"},
			setup: fromBase("typo.yaml", replace("members: 1200", "memebrs: 1200"))},
		{id: "fullwidth-colon", what: "用了全角冒号(staff：1234)", args: []string{"check", "colon.yaml"},
			setup: fromBase("colon.yaml", replace("staff: 1234", "staff：1234"))},
		{id: "tab-indent", what: "用 Tab 键缩进", args: []string{"check", "tab.yaml"},
			setup: fromBase("tab.yaml", replace("  staff: 1234", "\tstaff: 1234"))},
		{id: "top-level-list", what: "最外层写成了列表", args: []string{"check", "list.yaml"},
			setup: write("list.yaml", "- 平川县交通运输局机关工会\n- 2023\n")},
		{id: "rules-is-data", what: "把数据文件当成自定义规则文件(--rules)", args: []string{"render", "--rules", "base.yaml", "base.yaml"},
			setup: copyInput("base.yaml", "base.yaml")},

		// ── 自定义规则(--rules)──
		{id: "rules-missing", what: "规则文件不存在", args: metricsRules,
			setup: copyInput("base.yaml", "base.yaml")},
		{id: "rules-deep", what: "规则中嵌套 520 000 层的括号(文件不到 1 MB)", args: metricsRules,
			setup: rules(strings.Repeat("(", 520000) + "1" + strings.Repeat(")", 520000)), fast: time.Second},
		{id: "rules-syntax", what: "规则的公式用了全角括号", args: metricsRules,
			setup: rules("（membership.staff - membership.members）/ membership.staff")},
		{id: "rules-unknown-name", what: "规则的公式里名称拼错(membership.memebers)", args: metricsRules,
			setup: rules("membership.staff - membership.memebers")},
		{id: "rules-text-doubling", what: "规则让文字每步加倍(reduce(1..60, #acc + #acc, \"x\"))", args: metricsRules,
			setup: rules(`reduce(1..60, #acc + #acc, "x")`), answer: "甲", fast: time.Second},
		{id: "rules-text-join", what: "规则把文字相加(units[0].name + units[0].name)", args: metricsRules,
			setup: rules("len(units[0].name + units[0].name)")},
		{id: "rules-huge-list", what: "规则生成一亿项的列表(map(1..100000000, #))", args: metricsRules,
			setup: rules("len(map(1..100000000, #))"), fast: time.Second},
		{id: "rules-endless", what: "规则的计算永不结束(40 层嵌套的 sum(units, …),用 --rules-timeout 1 演示)", args: []string{"metrics", "--rules-timeout", "1", "--rules", "规则.yaml", "base.yaml"},
			setup: rules(strings.Repeat("sum(units, ", 40) + "1" + strings.Repeat(")", 40)), fast: 2 * time.Second},
		{id: "rules-int-wrap", what: "规则的整数运算溢出(9223372036854775807 + 1)", args: metricsRules,
			setup: rules("9223372036854775807 + 1"), answer: "甲"},
		{id: "rules-int-wrap-inside", what: "规则的中间结果溢出后又变小((9223372036854775807 * 3) % 1000)", args: metricsRules,
			setup: rules("(9223372036854775807 * 3) % 1000"), answer: "甲"},
		{id: "rules-huge-result", what: "规则的结果超过一万亿(2 ** 1000)", args: metricsRules,
			setup: rules("2 ** 1000"), answer: "甲"},
		{id: "rules-infinity", what: "规则的结果为无穷大(10.0 ** 400)", args: metricsRules,
			setup: rules("10.0 ** 400"), answer: "甲"},
		{id: "rules-zero-divisor", what: "规则除以 0(membership.members / (membership.staff - membership.staff))", args: metricsRules,
			setup: rules("membership.members / (membership.staff - membership.staff)"), answer: "甲"},
		{id: "rules-now", what: "规则用当前时间(now()),报告会随运行时间而变", args: metricsRules,
			setup: rules("now().Year() - 2000")},
		{id: "rules-repeat", what: "规则用 repeat() 造一亿个字符", args: metricsRules,
			setup: rules(`len(repeat("x", 100000000))`)},
		{id: "rules-escape", what: "规则的名称里有终端控制序列(\\e]0;…\\a\\e[2J)", args: metricsRules,
			setup: withBase(write("规则.yaml", "indicators:\n  - {id: custom.x, label: \"\\e]0;标题\\a\\e[2J\", expr: '1'}\n"))},
		{id: "rules-second-document", what: "规则文件里有第二个 YAML 文档(--- 之后的规则会被忽略)", args: metricsRules,
			setup: withBase(write("规则.yaml", "indicators: []\n---\nindicators:\n  - {id: custom.x, label: 甲, expr: '1'}\n"))},
		{id: "rules-gbk", what: "GBK 编码的规则文件", args: metricsRules,
			setup: func(t *testing.T, dir string) {
				rules("membership.staff - membership.members")(t, dir)
				p := filepath.Join(dir, "规则.yaml")
				data, err := os.ReadFile(p)
				if err != nil {
					t.Fatal(err)
				}
				writeFile(t, p, encodeGBK(data))
			}, answer: "甲"},

		// ── 上限 ──
		{id: "size-200mb", what: "200 MB 的文件(选错了文件)", args: []string{"check", "big.yaml"},
			setup: sparse("big.yaml", 200<<20), fast: time.Second,
			check: note("按文件大小立即拒绝,没有读入内容")},
		{id: "endless-device", what: "没有尽头的输入(/dev/zero)", args: []string{"check", "/dev/zero"},
			setup: needFile("/dev/zero"), fast: 5 * time.Second},
		{id: "alias-bomb", what: "YAML 别名炸弹(10 层、每层 10 个引用,展开后约 111 亿项)", args: []string{"check", "bomb.yaml"},
			setup: write("bomb.yaml", aliasBomb()), fast: time.Second},
		{id: "alias-many", what: "一万零一个别名引用", args: []string{"check", "aliases.yaml"},
			setup: write("aliases.yaml", "organisation: &o {name: 甲}\nperiod: {year: 2023}\nx: ["+strings.TrimSuffix(strings.Repeat("*o,", 10001), ",")+"]\n"), fast: time.Second},
		{id: "alias-cycle", what: "引用自身的别名", args: []string{"check", "cycle.yaml"},
			setup: write("cycle.yaml", "organisation: {name: 甲}\nperiod: {year: 2023}\ntext: &t {problems: [*t]}\n")},
		{id: "deep-10000", what: "嵌套 10 000 层的括号", args: []string{"check", "deep.yaml"},
			setup: write("deep.yaml", "organisation: "+strings.Repeat("[", 10000)+strings.Repeat("]", 10000)+"\n"), fast: time.Second},
		{id: "deep-100000", what: "嵌套 100 000 层的括号", args: []string{"check", "deeper.yaml"},
			setup: write("deeper.yaml", "organisation: "+strings.Repeat("{a: ", 100000)+"1"+strings.Repeat("}", 100000)+"\n"), fast: time.Second},
		{id: "deep-raised", what: "嵌套 40 层,用 --max-depth 64 调高上限后", args: []string{"check", "--max-depth", "64", "deep40.yaml"},
			setup: write("deep40.yaml", "organisation: {name: 甲}\nperiod: {year: 2023}\nx: "+strings.Repeat("[", 40)+strings.Repeat("]", 40)+"\n")},
		{id: "too-many-units", what: "单位表行数超过上限(用 --max-units 10 演示)", args: []string{"check", "--max-units", "10", "units.yaml"},
			setup: fromBase("units.yaml", func(s []byte) []byte {
				var rows strings.Builder
				for i := range 11 {
					fmt.Fprintf(&rows, "  - {name: 单位%d, staff: 10, members: 9}\n", i+1)
				}
				s = bytes.Replace(s, []byte("  - {name: 公路管理段, staff: 600, members: 590}\n"), []byte(rows.String()), 1)
				return bytes.Replace(s, []byte("  - {name: 运输管理所, staff: 634, members: 610}\n"), nil, 1)
			})},
		{id: "dense-values", what: "极多的小数据项(50 万个“1,”,每项只占 2 字节;用 --max-nodes 100000 演示)", args: []string{"check", "--max-nodes", "100000", "dense.yaml"},
			setup: write("dense.yaml", "organisation: {name: 甲}\nperiod: {year: 2023}\nx: ["+strings.Repeat("1,", 500000)+"1]\n"), fast: time.Second,
			check: note("解析之前就按文件内容估计项数并拒绝,不会为每一项分配内存")},
		{id: "long-unit-name", what: "10 万字的单位名称和 20 万字的一段问题", args: []string{"render", "--no-system-fonts", "-o", "报告.pdf", "long.yaml"},
			setup: func(t *testing.T, dir string) {
				data := readInput(t, "hostile-text.yaml")
				data = bytes.Replace(data, []byte("<script>alert(1)</script>公路管理段"), []byte("公路"+strings.Repeat("管理", 50000)+"段"), 1)
				data = bytes.Replace(data, []byte("| 不是 | 表格 |"), []byte(strings.Repeat("进展较慢", 50000)), 1)
				writeFile(t, filepath.Join(dir, "long.yaml"), data)
			},
			fast:  20 * time.Second,
			check: formatsRender("long.yaml", "公路"+strings.Repeat("管理", 50000)+"段")},

		// ── 经办人的文字 ──
		{id: "markup-in-text", what: "文字中的 <script>、{{ .X }}、**、#、[链接](javascript:)、<img onerror>", args: []string{"render", "-o", "报告.html", "hostile-text.yaml"},
			setup: copyInput("hostile-text.yaml", "hostile-text.yaml"),
			check: literalInEveryFormat("hostile-text.yaml")},
		{id: "emoji", what: "文字中有表情符号 😀(PDF,只用内置字体)", args: []string{"render", "--no-system-fonts", "-o", "报告.pdf", "emoji.yaml"},
			setup: fromBase("emoji.yaml", replace("进展较慢。", "进展较慢😀。"))},

		// ── 模板 ──
		{id: "template-link-out", what: "模板目录中有指向目录外的链接", args: []string{"render", "--templates", "模板", "base.yaml"},
			setup: func(t *testing.T, dir string) {
				copyInput("base.yaml", "base.yaml")(t, dir)
				exportTemplates(t, dir, "模板")
				writeFile(t, filepath.Join(dir, "secret.md.tmpl"), []byte("机密"))
				os.Remove(filepath.Join(dir, "模板", "annual.md.tmpl"))
				if err := os.Symlink("../secret.md.tmpl", filepath.Join(dir, "模板", "annual.md.tmpl")); err != nil {
					t.Skip("no symbolic links:", err)
				}
			}},
		{id: "template-gbk", what: "模板文件是 GBK 编码", args: []string{"render", "--templates", "模板", "base.yaml"},
			setup: editTemplate(func(s []byte) []byte { return encodeGBK(s) })},
		{id: "template-recursion", what: "模板无限递归调用自己", args: []string{"render", "--templates", "模板", "base.yaml"},
			setup: editTemplate(func(s []byte) []byte {
				return append(s, "{{define \"loop\"}}{{template \"loop\"}}{{end}}{{template \"loop\"}}\n"...)
			}), fast: 10 * time.Second},
		{id: "template-exec", what: "模板里调用不存在的函数(exec \"rm -rf /\")", args: []string{"render", "--templates", "模板", "base.yaml"},
			setup: editTemplate(func(s []byte) []byte { return append(s, "{{ exec \"rm -rf /\" }}\n"...) })},
		{id: "template-missing", what: "模板目录不存在", args: []string{"render", "--templates", "我的模板", "base.yaml"},
			setup: copyInput("base.yaml", "base.yaml")},

		// ── 输出 ──
		{id: "out-is-input", what: "输出文件就是输入的数据文件", args: []string{"render", "--format", "md", "-o", "base.yaml", "base.yaml"},
			setup: copyInput("base.yaml", "base.yaml"), check: unchanged("base.yaml")},
		{id: "out-is-input-dot", what: "输出文件是 ./数据文件(写法不同的同一路径)", args: []string{"render", "--format", "md", "-o", "./base.yaml", "base.yaml"},
			setup: copyInput("base.yaml", "base.yaml"), check: unchanged("base.yaml")},
		{id: "out-is-input-link", what: "输出文件是指向数据文件的符号链接", args: []string{"render", "-o", "报告.md", "base.yaml"},
			setup: func(t *testing.T, dir string) {
				copyInput("base.yaml", "base.yaml")(t, dir)
				if err := os.Symlink("base.yaml", filepath.Join(dir, "报告.md")); err != nil {
					t.Skip("no symbolic links:", err)
				}
			}, check: unchanged("base.yaml")},
		{id: "out-is-input-hardlink", what: "输出文件是数据文件的硬链接", args: []string{"render", "-o", "报告.md", "base.yaml"},
			setup: func(t *testing.T, dir string) {
				copyInput("base.yaml", "base.yaml")(t, dir)
				if err := os.Link(filepath.Join(dir, "base.yaml"), filepath.Join(dir, "报告.md")); err != nil {
					t.Skip("no hard links:", err)
				}
			}, check: unchanged("base.yaml")},
		{id: "out-is-rules", what: "输出文件就是自定义规则文件", args: []string{"render", "--rules", "规则.yaml", "--format", "md", "-o", "规则.yaml", "base.yaml"},
			setup: func(t *testing.T, dir string) {
				copyInput("base.yaml", "base.yaml")(t, dir)
				writeFile(t, filepath.Join(dir, "规则.yaml"), []byte("indicators: []\n"))
			}, check: unchanged("规则.yaml")},
		{id: "out-yaml-ext", what: "输出文件用了数据文件的扩展名(-o base.yaml)", args: []string{"render", "-o", "base.yaml", "base.yaml"},
			setup: copyInput("base.yaml", "base.yaml"), check: unchanged("base.yaml")},
		{id: "out-dir-missing", what: "输出目录不存在", args: []string{"render", "-o", "不存在的目录/报告.docx", "base.yaml"},
			setup: copyInput("base.yaml", "base.yaml")},
		{id: "out-is-dir", what: "输出路径是一个已有的目录", args: []string{"render", "-o", "报告.md", "base.yaml"},
			setup: func(t *testing.T, dir string) {
				copyInput("base.yaml", "base.yaml")(t, dir)
				mkdir("报告.md")(t, dir)
			}},
		{id: "out-kept-on-error", what: "数据有错时,已有的报告", args: []string{"render", "-o", "报告.md", "neg.yaml"},
			setup: func(t *testing.T, dir string) {
				fromBase("neg.yaml", replace("members: 1200", "members: -5"))(t, dir)
				writeFile(t, filepath.Join(dir, "报告.md"), []byte("上一次生成的报告\n"))
			}, check: unchanged("报告.md")},
		{id: "out-stale-temp", what: "上次被强行终止留下的临时文件(.报告.md.123.tmp)", args: []string{"render", "-o", "报告.md", "base.yaml"},
			setup: func(t *testing.T, dir string) {
				copyInput("base.yaml", "base.yaml")(t, dir)
				p := filepath.Join(dir, ".报告.md.123.tmp")
				writeFile(t, p, []byte("半个报告"))
				old := time.Now().Add(-time.Hour)
				if err := os.Chtimes(p, old, old); err != nil {
					t.Fatal(err)
				}
			}, check: staleRemoved(".报告.md.123.tmp", "报告.md")},
	}
}

// TestCatalogue runs every hostile input through the real command (cli.Main,
// in a fresh directory), compares exit code and messages with
// testdata/hostile/<id>.txt, and checks that docs/hostile-inputs.md is the
// table this run gives. Rewrite both with: go test ./internal/hostile -update
func TestCatalogue(t *testing.T) {
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	entries := catalogue()
	results := make([]outcome, len(entries))
	ran := make([]bool, len(entries))
	seen := map[string]bool{}
	for i, e := range entries {
		if seen[e.id] {
			t.Fatalf("duplicate id %s", e.id)
		}
		seen[e.id] = true
		t.Run(e.id, func(t *testing.T) {
			dir := t.TempDir()
			e.setup(t, dir)
			res := run(t, wd, dir, e)
			checkMessages(t, e, res)
			results[i], ran[i] = res, true
			golden := filepath.Join(wd, catalogueDir, e.id+".txt")
			got := formatGolden(e, res)
			if *update {
				writeFile(t, golden, []byte(got))
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if got != string(want) {
				t.Errorf("outcome differs from %s (rewrite with -update)\n--- got ---\n%s--- want ---\n%s", golden, got, want)
			}
			// A refusal names the command or the file: on standard error,
			// or in the JSON object a --json command prints instead.
			if res.exit != 0 && !namesWhere(res.stderr+res.stdout, e.args) {
				t.Errorf("a refusal that names neither the command nor the file:\n%s", res.stderr)
			}
		})
	}
	for _, ok := range ran {
		if !ok {
			return // a case was skipped on this machine: no table from a partial run
		}
	}
	table := formatTable(entries, results)
	path := filepath.Join(wd, tablePath)
	if *update {
		writeFile(t, path, []byte(table))
		return
	}
	want, err := os.ReadFile(path)
	if err != nil || string(want) != table {
		t.Errorf("%s is stale: rewrite it with go test ./internal/hostile -update", tablePath)
	}
}

// run runs e's command in dir and applies its checks.
func run(t *testing.T, wd, dir string, e entry) outcome {
	t.Helper()
	if e.process != nil {
		return runProcess(t, dir, e)
	}
	if err := os.Chdir(dir); err != nil {
		t.Fatal(err)
	}
	defer os.Chdir(wd)
	var stdout, stderr bytes.Buffer
	stdin := []byte{}
	if e.stdin != "" {
		var err error
		if stdin, err = os.ReadFile(e.stdin); err != nil {
			t.Fatal(err)
		}
	}
	start := time.Now()
	code := cli.Main(e.args, bytes.NewReader(stdin), &stdout, &stderr)
	// A hang guard, not a speed target (speed is measured in bench/): a
	// refusal that should be instant but takes ten times its allowance has
	// gone super-linear or is reading what it should have refused.
	if took := time.Since(start); e.fast > 0 && took > 10*e.fast {
		t.Errorf("took %v, more than ten times its allowance of %v: a hang or a super-linear path", took, e.fast)
	}
	res := outcome{exit: code, stdout: varying(stdout.String()), stderr: varying(stderr.String())}
	if e.check != nil {
		res.notes = e.check(t, dir)
	}
	return res
}

// namesWhere reports whether a refusal's first line says where the problem
// is: it starts with "zongjie 命令:" (a command-line problem) or with one of
// the files of the command line followed by ":" and, inside the file, a
// line and column.
func namesWhere(msg string, args []string) bool {
	for _, a := range args[1:] {
		if strings.Contains(msg, `"file": `+strconv.Quote(a)) {
			return true // the JSON object of a --json command
		}
	}
	first, _, _ := strings.Cut(msg, "\n")
	if strings.HasPrefix(first, "zongjie "+args[0]+": ") {
		return true
	}
	for _, a := range args[1:] {
		// The file given, or one found in a directory given (zongjie
		// rollup reads the unions' files in a directory).
		if strings.HasPrefix(first, a+":") || strings.HasPrefix(first, a+"/") && strings.Contains(first, ":") {
			return true
		}
	}
	return false
}

// formatGolden renders an outcome for its golden file: the command, the exit
// code, the messages (long ones cut) and what the checks verified.
func formatGolden(e entry, res outcome) string {
	var b strings.Builder
	fmt.Fprintf(&b, "# %s\n$ zongjie %s\n退出码 %d\n", e.what, strings.Join(quoteArgs(e.args), " "), res.exit)
	for _, s := range []struct{ name, text string }{{"stderr", res.stderr}, {"stdout", res.stdout}} {
		if s.text == "" {
			continue
		}
		fmt.Fprintf(&b, "%s:\n", s.name)
		lines := strings.Split(strings.TrimRight(s.text, "\n"), "\n")
		for i, l := range lines {
			if i == 12 {
				fmt.Fprintf(&b, "  …(共 %d 行)\n", len(lines))
				break
			}
			fmt.Fprintf(&b, "  %s\n", clipLine(l, 400))
		}
	}
	for _, n := range res.notes {
		fmt.Fprintf(&b, "核对:%s\n", n)
	}
	return b.String()
}

// formatTable renders the table of docs/hostile-inputs.md.
func formatTable(entries []entry, results []outcome) string {
	var b strings.Builder
	b.WriteString(`# 恶意或出错的输入:zongjie 怎么处理

本表由测试生成,不要手工修改:` + "`go test ./internal/hostile -update`" + ` 重跑全部输入并重写本表和
` + "`testdata/hostile/*.txt`" + `(每种输入的完整输出)。表是否与代码一致由 ` + "`go test ./...`" + ` 检查。
每种输入都在一个新的临时目录里,经由真正的命令入口 ` + "`cli.Main`" + ` 运行;大文件、深层嵌套、别名炸弹、
GBK 等输入在测试时生成(见 ` + "`internal/hostile/catalogue_test.go`" + `),小的放在 ` + "`testdata/hostile/inputs/`" + `。

退出码:0 成功,1 数据或文件有问题,2 命令行用法不对,被信号中断时为 128 加信号编号。

读数据文件的上限(每个命令都可用选项调高):
`)
	lim := record.DefaultLimits
	fmt.Fprintf(&b, `
| 上限 | 默认 | 选项 |
|---|---|---|
| 文件大小 | %d MB(先看文件大小,超过就不读) | `+"`--max-size`"+`(如 200MB、1GB;只写数字时按 MB 计;最大 1TB) |
| 单位表行数 | %d | `+"`--max-units`"+` |
| 别名(*引用)个数 | %d | `+"`--max-aliases`"+` |
| 数据项总数(别名展开后) | %d | `+"`--max-nodes`"+` |
| 嵌套层数 | %d | `+"`--max-depth`"+`(YAML 读取器本身最多 10000 层,不能再高) |
`, lim.MaxBytes>>20, lim.MaxUnits, lim.MaxAliases, lim.MaxNodes, lim.MaxDepth)
	b.WriteString(`
输出文件先写到目标旁边的隐藏临时文件(` + "`.报告.pdf.123456.tmp`" + `),写完、落盘后一步改名为目标;
中途出错、被强行终止(` + "`internal/hostile/killwrite_test.go`" + ` 用 SIGKILL 验证)都不会留下半个报告,
原有报告保持不变。被强行终止时临时文件来不及删除,下一次写同一目标时删除一分钟以前的这类文件。
输出文件是任何一个输入(数据文件、规则文件、模板)时拒绝写出,符号链接和硬链接也能识别。
`)
	fmt.Fprintf(&b, `
自定义规则文件(`+"`--rules`"+`)与数据文件一样识别编码,读入时检查每个公式:不超过 1 万个字符、2000 个部分,
括号嵌套不超过 100 层,只能用计算数、真假和列表的函数(不能用 now() 等随时间而变的函数),文字不能相加。
计算时整数不会溢出回绕,结果的绝对值不超过一万亿,一次计算生成的列表合计不超过 200 万项,
每期数据的规则计算不超过 %d 秒(`+"`--rules-timeout`"+`)。
`, int(userrule.DefaultTimeout.Seconds()))
	b.WriteString(`
输出是设备或命名管道(` + "`/dev/null`" + `、FIFO)时直接写入;是符号链接时替换它指向的文件,链接本身保留;指向不存在的
文件的链接、磁盘设备和套接字拒绝写入;` + "`-o -`" + ` 和 ` + "`/dev/stdout`" + ` 写到标准输出,数据文件写作 ` + "`-`" + ` 时从标准输入读。
已有的输出文件按原来的权限和所有者替换:只读的要加 ` + "`--force`" + `,属于另一个用户而又不能保持其所有者时不替换;
` + "`--no-clobber`" + ` 不覆盖任何已有的文件。收到 SIGINT、SIGTERM 或 SIGHUP 时删除临时文件,说明写出了什么、没有写出什么;
在 ulimit -v、ulimit -d 或容器的内存限制下,zongjie 设置软内存上限(` + "`debug.SetMemoryLimit`" + `),内存快用完时
删除临时文件、用中文说明后以退出码 1 停止,不等 Go 运行时崩溃(` + "`internal/cli/memory.go`" + `)。
信号和内存上限两类输入用真正的 zongjie 进程运行,其余经由 ` + "`cli.Main`" + `。

| 输入 | 命令 | 退出码 | zongjie 的回答 |
|---|---|---|---|
`)
	for i, e := range entries {
		res := results[i]
		answer := firstLine(res.stderr)
		if answer == "" {
			answer = firstLine(res.stdout) // check reports success on stdout
		}
		if e.answer != "" {
			answer = lineWith(res.stderr+res.stdout, e.answer)
		}
		if len(res.notes) > 0 {
			answer += ";核对:" + strings.Join(res.notes, ";")
		}
		fmt.Fprintf(&b, "| %s | `zongjie %s` | %d | %s |\n", cell(e.what), cell(clipLine(strings.Join(quoteArgs(e.args), " "), 80)), res.exit, cell(clipLine(answer, 300)))
	}
	return b.String()
}

// lineWith returns the first line of s that holds sub, spaces squeezed.
func lineWith(s, sub string) string {
	for _, l := range strings.Split(s, "\n") {
		if strings.Contains(l, sub) {
			return strings.Join(strings.Fields(l), " ")
		}
	}
	return ""
}

func firstLine(s string) string {
	l, _, _ := strings.Cut(strings.TrimLeft(s, "\n"), "\n")
	return l
}

// cell escapes text for a Markdown table cell.
func cell(s string) string {
	r := strings.NewReplacer("|", `\|`, "\n", " ", "<", "&lt;", ">", "&gt;", "`", "'", "*", `\*`, "_", `\_`, "[", `\[`, "]", `\]`, "{{", "{ {")
	return r.Replace(s)
}

// clipLine cuts a line to n bytes (on a character boundary).
func clipLine(s string, n int) string {
	if len(s) <= n {
		return s
	}
	i := n
	for i > 0 && (s[i]&0xc0) == 0x80 {
		i--
	}
	return s[:i] + fmt.Sprintf("…(共 %d 字节)", len(s))
}

func quoteArgs(args []string) []string {
	out := make([]string, len(args))
	for i, a := range args {
		if a == "" || strings.ContainsAny(a, " \t\"'") || !printable(a) {
			a = strconv.Quote(a)
		}
		out[i] = a
	}
	return out
}

// ── setups ──

// metricsRules is the command the rule-file cases run.
var metricsRules = []string{"metrics", "--rules", "规则.yaml", "base.yaml"}

// withBase adds base.yaml to a setup.
func withBase(setup func(*testing.T, string)) func(*testing.T, string) {
	return func(t *testing.T, dir string) {
		copyInput("base.yaml", "base.yaml")(t, dir)
		setup(t, dir)
	}
}

// rules writes base.yaml and a rule file 规则.yaml with one indicator, 甲,
// computed by expr (a block scalar, so any text is the expression).
func rules(expr string) func(*testing.T, string) {
	return func(t *testing.T, dir string) {
		copyInput("base.yaml", "base.yaml")(t, dir)
		writeFile(t, filepath.Join(dir, "规则.yaml"), []byte("indicators:\n  - id: custom.x\n    label: 甲\n    expr: |\n      "+expr+"\n"))
	}
}

func write(name, content string) func(*testing.T, string) {
	return func(t *testing.T, dir string) { writeFile(t, filepath.Join(dir, name), []byte(content)) }
}

func writeFile(t *testing.T, path string, data []byte) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

func mkdir(name string) func(*testing.T, string) {
	return func(t *testing.T, dir string) {
		if err := os.MkdirAll(filepath.Join(dir, name), 0o755); err != nil {
			t.Fatal(err)
		}
	}
}

// inputsAbs is inputsDir made absolute when the package loads (checks run
// in the case's directory).
var inputsAbs, _ = filepath.Abs(inputsDir)

func readInput(t *testing.T, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(inputsAbs, name))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// inputPath returns the absolute path of a committed input.
func inputPath(t *testing.T, name string) string {
	t.Helper()
	return filepath.Join(inputsAbs, name)
}

func copyInput(name, as string) func(*testing.T, string) {
	return func(t *testing.T, dir string) { writeFile(t, filepath.Join(dir, as), readInput(t, name)) }
}

// fromBase writes testdata/hostile/inputs/base.yaml changed by edit.
func fromBase(name string, edit func([]byte) []byte) func(*testing.T, string) {
	return func(t *testing.T, dir string) {
		writeFile(t, filepath.Join(dir, name), edit(readInput(t, "base.yaml")))
	}
}

// replace returns an edit replacing the first old with new; it panics if old
// is absent, so a changed base.yaml cannot make a case test nothing.
func replace(old, new string) func([]byte) []byte {
	return func(s []byte) []byte {
		if !bytes.Contains(s, []byte(old)) {
			panic("base.yaml has no " + old)
		}
		return bytes.Replace(s, []byte(old), []byte(new), 1)
	}
}

func encodeGBK(s []byte) []byte {
	out, err := simplifiedchinese.GBK.NewEncoder().Bytes(s)
	if err != nil {
		panic(err)
	}
	return out
}

func docxFile(name string) func(*testing.T, string) {
	return func(t *testing.T, dir string) {
		// as Word writes one: its package relationships name the
		// document as the main part
		var b bytes.Buffer
		zw := zip.NewWriter(&b)
		for _, part := range []struct{ name, text string }{
			{"_rels/.rels", `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
				`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`},
			{"word/document.xml", `<?xml version="1.0"?><w:document/>`},
		} {
			w, err := zw.Create(part.name)
			if err != nil {
				t.Fatal(err)
			}
			fmt.Fprint(w, part.text)
		}
		if err := zw.Close(); err != nil {
			t.Fatal(err)
		}
		writeFile(t, filepath.Join(dir, name), b.Bytes())
	}
}

// sparse makes a file of size bytes without writing them.
func sparse(name string, size int64) func(*testing.T, string) {
	return func(t *testing.T, dir string) {
		p := filepath.Join(dir, name)
		writeFile(t, p, nil)
		if err := os.Truncate(p, size); err != nil {
			t.Fatal(err)
		}
	}
}

func needFile(path string) func(*testing.T, string) {
	return func(t *testing.T, _ string) {
		if _, err := os.Stat(path); err != nil {
			t.Skip(path, "is not on this system")
		}
	}
}

// aliasBomb is the "billion laughs" in YAML: ten levels of ten aliases.
func aliasBomb() string {
	var b strings.Builder
	b.WriteString("organisation: {name: 甲}\nperiod: {year: 2023}\nl0: &l0 [哈, 哈, 哈, 哈, 哈, 哈, 哈, 哈, 哈, 哈]\n")
	for i := 1; i <= 9; i++ {
		fmt.Fprintf(&b, "l%d: &l%d [%s]\n", i, i, strings.TrimSuffix(strings.Repeat(fmt.Sprintf("*l%d, ", i-1), 10), ", "))
	}
	b.WriteString("text: {problems: *l9}\n")
	return b.String()
}

func exportTemplates(t *testing.T, dir, name string) {
	t.Helper()
	var out bytes.Buffer
	if code := cli.Main([]string{"templates", "export", filepath.Join(dir, name)}, nil, &out, &out); code != 0 {
		t.Fatalf("templates export: %s", out.String())
	}
}

// editTemplate exports the default templates to 模板/ and edits the annual one.
func editTemplate(edit func([]byte) []byte) func(*testing.T, string) {
	return func(t *testing.T, dir string) {
		copyInput("base.yaml", "base.yaml")(t, dir)
		exportTemplates(t, dir, "模板")
		p := filepath.Join(dir, "模板", "annual.md.tmpl")
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		writeFile(t, p, edit(data))
	}
}

// ── checks ──

func note(s string) func(*testing.T, string) []string {
	return func(*testing.T, string) []string { return []string{s} }
}

// unchanged checks that a file the command must not touch kept its bytes:
// the setup's copy is compared with the file after the run.
func unchanged(name string) func(*testing.T, string) []string {
	return func(t *testing.T, dir string) []string {
		got, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Errorf("%s: %v", name, err)
			return nil
		}
		var want []byte
		switch name {
		case "base.yaml":
			want = readInput(t, "base.yaml")
		case "报告.md":
			want = []byte("上一次生成的报告\n")
		case "规则.yaml":
			want = []byte("indicators: []\n")
		default:
			t.Fatalf("no known content for %s", name)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s was changed:\n%s", name, got)
		}
		return []string{name + " 一个字节也没有变"}
	}
}

// sameReportAsBase checks that the report written to out is byte for byte
// the report of base.yaml itself (the encoding, line ends or digits made no
// difference).
func sameReportAsBase(out string) func(*testing.T, string) []string {
	return func(t *testing.T, dir string) []string {
		got, err := os.ReadFile(filepath.Join(dir, out))
		if err != nil {
			t.Errorf("%s: %v", out, err)
			return nil
		}
		var want, errs bytes.Buffer
		if code := cli.Main([]string{"render", inputPath(t, "base.yaml")}, nil, &want, &errs); code != 0 {
			t.Fatalf("base.yaml: %s", errs.String())
		}
		if !bytes.Equal(got, want.Bytes()) {
			t.Errorf("%s differs from the report of base.yaml:\n%s", out, got)
		}
		return []string{"报告与 UTF-8 原文件生成的报告逐字节相同"}
	}
}

func fileContains(name, text string) func(*testing.T, string) []string {
	return func(t *testing.T, dir string) []string {
		got, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil || !bytes.Contains(got, []byte(text)) {
			t.Errorf("%s lacks %q (%v)", name, text, err)
		}
		return []string{fmt.Sprintf("报告中有“%s”", text)}
	}
}

// staleRemoved checks that the temporary file an earlier killed run left is
// gone and the report was written.
func staleRemoved(tmp, out string) func(*testing.T, string) []string {
	return func(t *testing.T, dir string) []string {
		if _, err := os.Stat(filepath.Join(dir, tmp)); !os.IsNotExist(err) {
			t.Errorf("%s is still there (%v)", tmp, err)
		}
		if _, err := os.Stat(filepath.Join(dir, out)); err != nil {
			t.Errorf("%s: %v", out, err)
		}
		entries, _ := os.ReadDir(dir)
		for _, e := range entries {
			if strings.HasSuffix(e.Name(), ".tmp") {
				t.Errorf("temporary file %s left", e.Name())
			}
		}
		return []string{"一小时前的临时文件已清除,没有留下新的临时文件"}
	}
}
