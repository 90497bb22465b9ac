package userrule

import (
	"errors"
	"fmt"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/expr-lang/expr/builtin"

	"zongjie/internal/metrics"
	"zongjie/internal/record"
	"zongjie/internal/rules"
)

// indicatorFile is a rule file with one indicator computed by src (written
// as a block scalar, so any text is the expression).
func indicatorFile(per, src string) string {
	return "indicators:\n  - id: custom.x\n    label: 甲\n    per: " + per + "\n    expr: |\n      " +
		strings.ReplaceAll(src, "\n", "\n      ") + "\n"
}

// TestHostileRules runs rule files written to crash, hang, exhaust memory,
// wrap integers around, or make output depend on the clock, over the 2013
// example: each must be refused when loaded, or give a value that cannot
// be computed, or stop the run, with a Chinese message and quickly.
func TestHostileRules(t *testing.T) {
	ps := load(t, example2013)
	deep := strings.Repeat("(", 520000) + "1" + strings.Repeat(")", 520000)
	nested := "1"
	for range 8 {
		nested = "sum(units, " + nested + ")" // 14⁸ steps
	}
	cases := []struct {
		name, file string
		load       string // a refusal when loading says this
		run        string // or the run stops saying this
		value      string // or the value cannot be computed, for this reason
	}{
		{"520 000 nested parentheses", indicatorFile("whole", deep), "括号嵌套超过 100 层", "", ""},
		{"9 000 unary minus signs", indicatorFile("whole", strings.Repeat("-", 9000)+"1"), "公式太长", "", ""},
		{"an expression of 20 000 characters", indicatorFile("whole", strings.Repeat("1+", 10000)+"1"), "太长(20002 个字符", "", ""},
		{"text doubled by reduce", indicatorFile("whole", `reduce(1..60, #acc + #acc, "x")`), "", "", "文字不能参与加减乘除"},
		{"text joined", indicatorFile("whole", `membership.scope + "x" == "y" ? 1 : 0`), "把文字相加", "", ""},
		{"text joined in a list", indicatorFile("whole", `len(map(units, .name + .name))`), "把文字相加", "", ""},
		{"integer wrap", indicatorFile("whole", "9223372036854775807 + 1"), "", "", "整数运算的结果超出了可以处理的范围"},
		{"integer wrap by product", indicatorFile("whole", "reduce(1..70, #acc * 2, 1)"), "", "", "整数运算的结果超出了可以处理的范围"},
		{"integer wrap by sum", indicatorFile("whole", "sum(map(1..3, 9223372036854775807))"), "", "", "整数运算的结果超出了可以处理的范围"},
		{"integer wrap by negation", indicatorFile("whole", "-(-9223372036854775807 - 1)"), "", "", "整数运算的结果超出了可以处理的范围"},
		{"integer wrap by abs", indicatorFile("whole", "abs(-9223372036854775807 - 1)"), "", "", "整数运算的结果超出了可以处理的范围"},
		{"wrapped intermediate", indicatorFile("whole", "(9223372036854775807 * 3) % 1000"), "", "", "整数运算的结果超出了可以处理的范围"},
		{"integer literal beyond int64", indicatorFile("whole", "9223372036854775808"), "整数太大", "", ""},
		{"2 ** 1000", indicatorFile("whole", "2 ** 1000"), "", "", "超过一万亿"},
		{"beyond 一万亿", indicatorFile("whole", "1000000000001"), "", "", "超过一万亿"},
		{"infinity", indicatorFile("whole", "10.0 ** 400"), "", "", "结果为无穷大"},
		{"infinity minus infinity", indicatorFile("whole", "10.0 ** 400 - 10.0 ** 400"), "", "", "不是一个数"},
		{"division by zero", indicatorFile("whole", "membership.members / 0"), "", "", "除数为0"},
		{"zero by zero", indicatorFile("whole", "0 / 0"), "", "", "0除以0"},
		{"remainder by zero", indicatorFile("whole", "membership.members % (membership.units - membership.units)"), "", "", "除数为0"},
		{"now()", indicatorFile("whole", "now().Year()"), "日期和时间函数", "", ""},
		{"date()", indicatorFile("whole", `date("2024-01-01").Year()`), "日期和时间函数", "", ""},
		{"duration()", indicatorFile("whole", `duration("1h").Hours()`), "日期和时间函数", "", ""},
		{"keys() of a map", indicatorFile("whole", `len(keys({"a": 1}))`), "不能使用它", "", ""},
		{"repeat()", indicatorFile("whole", `len(repeat("x", 100000000))`), "不能使用它", "", ""},
		{"int() wraps", indicatorFile("whole", `int(1e19)`), "不能使用它", "", ""},
		{"a list past the memory budget", indicatorFile("whole", "len(map(1..3000000, #))"), "", "超过 2000000 项的上限", ""},
		{"lists made in a loop", indicatorFile("unit", "reduce(1..5, #acc + len(1..999999), 0)"), "", "超过 2000000 项的上限", ""},
		{"a loop that never ends", indicatorFile("unit", nested), "", "时间上限", ""},
		{"the environment itself", indicatorFile("whole", "len($env)"), "不认识的名称“$env”", "", ""},
		{"the loop guard", indicatorFile("whole", "_step(1)"), "不认识的名称“_step”", "", ""},
		{"full-width parenthesis", indicatorFile("whole", "（membership.staff）"), "半角", "", ""},
		{"an escape sequence in a label", "indicators:\n  - {id: custom.x, label: \"\\e]0;x\\a\\e[2J\", expr: '1'}\n", "控制字符(U+001B)", "", ""},
		{"a bidi override in a text", "findings:\n  - {id: custom.f, section: finance, when: 'true', text: \"\\u202E问题\"}\n", "控制字符(U+202E)", "", ""},
		{"a second YAML document", "indicators: []\n---\nindicators:\n  - {id: custom.x, label: 甲, expr: '1'}\n", "只能有一个 YAML 文档", "", ""},
		{"junk after the end of the document", "indicators: []\n...\n{{{\n", "只能有一个 YAML 文档", "", ""},
		{"2 000 rules", "indicators:\n" + strings.Repeat("  - {id: custom.x, label: 甲, expr: '1'}\n", 2000), "超过 1000 条", "", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			start := time.Now()
			rs, err := Parse("r.yaml", []byte(c.file))
			if c.load != "" {
				if err == nil || !strings.Contains(err.Error(), c.load) {
					t.Fatalf("load: %v, want a refusal saying %q", err, c.load)
				}
				wantChinese(t, err.Error(), c.file)
				return
			}
			if err != nil {
				t.Fatalf("refused: %v", err)
			}
			rs.Timeout = 300 * time.Millisecond
			r, err := rules.Run(ps, rs)
			if took := time.Since(start); took > 10*time.Second {
				t.Errorf("took %v", took)
			}
			if c.run != "" {
				var re *RuleError
				if !errors.As(err, &re) || !strings.Contains(err.Error(), c.run) || re.Pos.File != "r.yaml" || re.Pos.Line != 5 {
					t.Fatalf("run: %v, want an error at r.yaml:5 saying %q", err, c.run)
				}
				wantChinese(t, err.Error(), c.file)
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			wantErr(t, r, "custom.x", "", c.value)
			v, _ := r.Value("custom.x")
			wantChinese(t, v.Err, c.file)
		})
	}
}

// TestFindingOnFailedArithmetic: a condition whose arithmetic fails does not
// hold (a division by zero used to give +Inf, which is greater than any
// threshold).
func TestFindingOnFailedArithmetic(t *testing.T) {
	rs := mustParse(t, `
findings:
  - {id: custom.f, section: finance, when: "membership.members / (membership.units - membership.units) > 1", text: 不会出现}
  - {id: custom.g, section: finance, when: "9223372036854775807 + 1 < 0", text: 不会出现}
`)
	r, err := rules.Run(load(t, example2013), rs)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range r.Findings {
		if strings.HasPrefix(f.ID, "custom.") {
			t.Errorf("finding %s: %s", f.ID, f.Text)
		}
	}
}

// TestCompileMessages checks the Chinese for expr's kinds of compile
// errors: each keeps the position and caret and has no English.
func TestCompileMessages(t *testing.T) {
	for _, c := range []struct{ src, pos, want string }{
		{"membership.staff +", "r.yaml:6:25", "公式写法不完整"},
		{"1 +* 2", "r.yaml:6:10", "这里不应出现“*”"},
		{"membrship.staff", "r.yaml:6:7", "不认识的名称“membrship”,是不是想写“membership”"},
		{"membership.stuff", "r.yaml:6:18", "没有“stuff”这一项,是不是想写“staff”"},
		{`"abc`, "r.yaml:6:11", "文字缺少结尾的引号"},
		{"len(1)", "r.yaml:6:7", "len() 的参数不能是整数"},
		{"max()", "r.yaml:6:7", "max() 的参数不够"},
		{"filter(units, .staff) == nil ? 1 : 0", "r.yaml:6:21", "条件应当得出真或假"},
		{"membership.scope > 1 ? 1 : 0", "r.yaml:6:24", "“>”不能用在文字和整数之间"},
		{"len([1] + [2])", "r.yaml:6:15", "“+”不能用在列表和列表之间"},
		{"membership.staff matches \"(\" ? 1 : 0", "r.yaml:6:24", "正则表达式"},
		{"let x = 1; let x = 2; x", "r.yaml:6:22", "let 不能重新定义"},
		{"#", "r.yaml:6:7", "这里不应出现“#”"},
		{"len(units) > 0 && .staff > 0 ? 1 : 0", "r.yaml:6:25", "这里不应出现“.”"},
		{"1 ? 2 : 3", "r.yaml:6:7", "条件应当得出真或假"},
		{"units[\"a\"].staff", "r.yaml:6:13", "取元素的写法不对"},
		{"membership(1)", "r.yaml:6:7", "不是函数"},
		{"1 /* 2", "r.yaml:5:11", "注释“/*”没有用“*/”结束"},
		{"0x", "r.yaml:6:9", "数的写法不对"},
		{"membership.staff.x", "r.yaml:6:24", "没有“x”这一项"},
		{`value("A\aA")`, "r.yaml:6:13", "指标“A<U+0007>A”不认识"},
		{`0"\tA\a"`, "r.yaml:6:8", "这里不应出现“ A<U+0007>”"}, // an escape before a letter is no word
	} {
		file := indicatorFile("whole", c.src)
		_, err := Parse("r.yaml", []byte(file))
		var re RuleErrors
		if !errors.As(err, &re) {
			t.Errorf("%s: accepted (%v)", c.src, err)
			continue
		}
		if got := re[0].Pos.String(); got != c.pos || !strings.Contains(re[0].Msg, c.want) || re[0].Snippet == "" {
			t.Errorf("%s:\n got %s\nwant %s: …%s… with a caret", c.src, re[0], c.pos, c.want)
		}
		wantChinese(t, err.Error(), file)
	}
}

// TestShown: text quoted in a message keeps every character, an invisible
// one written by its code, and is clipped at 40 characters.
func TestShown(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"会员数", "会员数"},
		{"A\aA", "A<U+0007>A"},
		{"a\x1b[2Jb", "a<U+001B>[2Jb"},
		{"右\u202e左", "右<U+202E>左"},
		{"一行\n二行\t三\r", "一行↵二行 三 "},
		{strings.Repeat("字", 41), strings.Repeat("字", 40) + "…"},
		{strings.Repeat("字", 39) + "\a\a", strings.Repeat("字", 39) + "<U+0007>…"},
	} {
		if got := shown(c.in); got != c.want {
			t.Errorf("shown(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestRuntimeMessages checks the Chinese for expr's run-time errors.
func TestRuntimeMessages(t *testing.T) {
	for _, c := range []struct{ src, want string }{
		{"units[999].staff", "下标 999 超出了列表的范围(共 14 项)"},
		{"reduce([], #acc)", "reduce() 的列表为空"},
		{"membership.staff + women.insured", "缺少women.insured"},
		{"get({a: 1}, \"b\") + 1", "缺少数据(空值),无法计算"},
	} {
		file := indicatorFile("whole", c.src)
		rs := mustParse(t, file)
		r, err := rules.Run(load(t, example2013), rs)
		if err != nil {
			t.Fatal(err)
		}
		v, ok := r.Value("custom.x")
		if !ok || !strings.Contains(v.Err, c.want) {
			t.Errorf("%s: %q (%v), want %q", c.src, v.Err, ok, c.want)
		}
		wantChinese(t, v.Err, file)
	}
	for _, msg := range []string{"invalid operation: int + string", "runtime error: index out of range [3] with length 2", "something new in expr"} {
		wantChinese(t, translateRuntime(msg), "")
	}
}

// englishWord finds the words of a message written in Latin letters (one
// letter, as in "a > b", is not a word).
var englishWord = regexp.MustCompile(`[A-Za-z][A-Za-z_]+`)

// codePoint matches a character named by its code point, U+001B.
var codePoint = regexp.MustCompile(`U\+[0-9A-F]{4,6}`)

// vocabulary is every Latin word a message may hold besides the rule
// file's own: the environment's names, indicator and section ids, kinds,
// expr's builtins (a message names the one a rule used) and the rule file
// format's keys.
var vocabulary = func() map[string]bool {
	v := map[string]bool{}
	add := func(s string) {
		for _, w := range englishWord.FindAllString(s, -1) {
			v[w] = true
		}
	}
	for _, n := range env().names {
		add(n)
	}
	for _, names := range leftOut {
		add(strings.Join(names, " ")) // data keys, named in data paths
	}
	for _, d := range rules.Catalogue() {
		add(d.ID)
	}
	for _, s := range record.SectionIDs {
		add(s.ID)
	}
	for _, k := range kindNames() {
		add(k)
	}
	for name := range builtin.Index {
		add(name)
	}
	add("indicators rankings findings id label kind unit precision per formula expr order top within_group " +
		"severity section when text whole group desc asc true false count names custom private_rate " +
		"value nil YAML yaml json JSON UTF GBK MB Tab WPS let in matches hasPrefix rules timeout membership rate")
	return v
}()

// wantChinese fails when msg holds a Latin word that is neither in the rule
// file nor in the vocabulary: an English message of expr, yaml or Go.
func wantChinese(t *testing.T, msg, file string) {
	t.Helper()
	msg = codePoint.ReplaceAllString(msg, "")
	for _, w := range englishWord.FindAllString(msg, -1) {
		if !vocabulary[w] && !strings.Contains(file, w) {
			t.Errorf("English %q in a message:\n%s", w, msg)
			return
		}
	}
}

// TestNoClock: the same rule file over the same data gives the same values,
// and nothing a rule can use reads the clock.
func TestNoClock(t *testing.T) {
	for name := range builtin.Index {
		if allowedBuiltins[name] && clockBuiltins[name] {
			t.Errorf("%s() is allowed", name)
		}
	}
	for name := range clockBuiltins {
		if _, ok := builtin.Index[name]; !ok {
			t.Errorf("expr has no builtin %s(); update clockBuiltins", name)
		}
	}
	rs, err := Load(customRules)
	if err != nil {
		t.Fatal(err)
	}
	var tables []string
	for range 2 {
		r, err := rules.Run(load(t, example2013, example2014), rs)
		if err != nil {
			t.Fatal(err)
		}
		var b strings.Builder
		if err := metrics.WriteJSON(&b, r); err != nil {
			t.Fatal(err)
		}
		tables = append(tables, b.String())
	}
	if tables[0] != tables[1] {
		t.Error("two runs differ")
	}
}

func ExampleParse() {
	_, err := Parse("规则.yaml", []byte("indicators:\n  - {id: custom.x, label: 甲, expr: 'membership.staff + now()'}\n"))
	fmt.Println(err)
	// Output:
	// 规则.yaml:2:56: 指标“custom.x”的公式用到了 now();规则不能使用日期和时间函数(now、date、duration、timezone):报告中的数字只能由数据算出,不能随生成报告的时间或机器的时区而变
	//  |   - {id: custom.x, label: 甲, expr: 'membership.staff + now()'}
	//  | ........................................................^
}
