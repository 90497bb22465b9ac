package userrule

import (
	"regexp"
	"strconv"
	"strings"
	"sync"

	"zongjie/internal/editdist"
)

// expr words its errors in English; a clerk reads Chinese. Every kind of
// message expr's lexer, parser, checker and virtual machine can give is put
// into Chinese here, keeping the names the clerk wrote; a message not in
// the tables becomes a general Chinese one, never the English. The
// position and caret come from expr's error and are kept.

// translation turns one kind of expr message into Chinese; m holds the
// regexp's submatches. The regexp is compiled on first use: most runs
// translate no message, and compiling the tables cost every process about
// a millisecond at start.
type translation struct {
	re func() *regexp.Regexp
	zh func(m []string) string
}

func tr(pattern string, zh func(m []string) string) translation {
	return translation{sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(pattern) }), zh}
}

// fixed is a translation that ignores the submatches.
func fixed(s string) func([]string) string { return func([]string) string { return s } }

// compileMessages are the lexer's, parser's and checker's messages.
var compileMessages = []translation{
	tr(`^unknown name (\S+)`, func(m []string) string {
		return "不认识的名称“" + m[1] + "”" + suggestIn(m[1], env().roots)
	}),
	tr(`^type nil has no field (\S+)`, func(m []string) string {
		return "空值(nil)没有“" + m[1] + "”这一项"
	}),
	tr(`has no (?:field|method) (\S+)$`, func(m []string) string {
		return "没有“" + m[1] + "”这一项" + suggestIn(m[1], env().names)
	}),
	tr(`^unknown field (\S+)`, func(m []string) string {
		return "没有“" + m[1] + "”这一项" + suggestIn(m[1], env().names)
	}),
	tr(`^(?:unexpected token EOF|unexpected end of expression)`, fixed("公式写法不完整,这里还缺少内容(例如运算符后面的数、右括号或引号)")),
	tr(`^unexpected token \w+\((.*)\)$`, func(m []string) string {
		return "公式写法不完整或多了符号:这里不应出现“" + unquote(m[1]) + "”;请检查括号是否配对"
	}),
	tr(`^a map key must be .*unexpected token \w+\((.*)\)\)$`, func(m []string) string {
		return "{ } 中的键写法不对(“" + unquote(m[1]) + "”)"
	}),
	tr(`^unrecognized character: U\+[0-9A-F]+ '(.*)'$`, func(m []string) string {
		return "不认识的字符“" + unquoteRune(m[1]) + "”;公式中的括号、逗号、引号和运算符要用半角(英文)符号"
	}),
	tr(`^literal not terminated`, fixed("文字缺少结尾的引号")),
	tr(`^unclosed comment`, fixed("注释“/*”没有用“*/”结束")),
	tr(`(?:invalid char escape|unable to unescape)`, fixed("文字中反斜杠“\\”的用法不对;要写反斜杠本身请写成“\\\\”")),
	tr(`too large string`, fixed("文字太长")),
	tr(`^bad number syntax: "(.*)"`, func(m []string) string { return "数的写法不对:“" + m[1] + "”" }),
	tr(`^(?:invalid integer literal|integer literal is too large)`, fixed("整数太大,超出了可以处理的范围(公式的结果不能超过一万亿)")),
	tr(`^(?:invalid float literal|float literal is too large|invalid (?:hex|octal|binary) literal)`, fixed("数的写法不对或数太大")),
	tr(`^invalid operation: (\S+) \(mismatched types (.+) and (.+)\)$`, func(m []string) string {
		return "“" + m[1] + "”不能用在" + typeWord(m[2]) + "和" + typeWord(m[3]) + "之间"
	}),
	tr(`^invalid operation: (\S+) \(mismatched type (.+)\)$`, func(m []string) string {
		return "“" + m[1] + "”不能用于" + typeWord(m[2])
	}),
	tr(`^invalid argument for (\w+) \(type (.+)\)$`, func(m []string) string {
		return m[1] + "() 的参数不能是" + typeWord(m[2])
	}),
	tr(`^not enough arguments to call (\w+)`, func(m []string) string { return m[1] + "() 的参数不够" }),
	tr(`^too many arguments to call (\w+)`, func(m []string) string { return m[1] + "() 的参数太多" }),
	tr(`^cannot use nil as argument \(type (.+?)\) to call (\w+)`, func(m []string) string {
		return m[2] + "() 的参数不能是空值(nil),应当是" + typeWord(m[1])
	}),
	tr(`^cannot use (.+?) as argument \(type (.+?)\) to call (\w+)`, func(m []string) string {
		return m[3] + "() 的参数应当是" + typeWord(m[2]) + ",这里是" + typeWord(m[1])
	}),
	tr(`^(?:invalid number of arguments|expected at least \d+ arguments)`, fixed("函数的参数个数不对")),
	tr(`^predicate should return boolean \(got (.+)\)$`, func(m []string) string {
		return "条件应当得出真或假(例如 .staff > 0),这里得出的是" + typeWord(m[1])
	}),
	tr(`^non-bool expression \(type (.+)\) used as condition`, func(m []string) string {
		return "条件应当得出真或假,这里得出的是" + typeWord(m[1])
	}),
	tr(`^predicate should has`, fixed("条件的写法不对")),
	tr(`^builtin (\w+) takes only array \(got (.+)\)$`, func(m []string) string {
		return m[1] + "() 只能用于列表,这里是" + typeWord(m[2])
	}),
	tr(`^cannot use pointer accessor outside predicate`, fixed("“#”和“.名称”只能写在 all()、filter()、count() 等函数的条件里")),
	tr(`^unknown pointer #(\w*)`, func(m []string) string { return "不认识的“#" + m[1] + "”" }),
	tr(`^cannot use (.+) as array`, fixed("这里不能当作列表")),
	tr(`^cannot redeclare (?:\w+ )?(\S+)`, func(m []string) string {
		return "名称“" + m[1] + "”已经有了,let 不能重新定义它"
	}),
	tr(`exceeds maximum allowed nodes`, func([]string) string {
		return "公式太长(超过 " + strconv.Itoa(maxExprNodes) + " 个部分),请拆成几个指标,用 value() 引用"
	}),
	tr(`integer divide by zero`, fixed("除数为0")),
	tr(`^error parsing regexp`, fixed("matches 右边的正则表达式写法有误")),
	tr(`is not callable$|cannot call nil as function`, fixed("这里不是函数,不能用括号调用")),
	tr(`^(?:cannot slice|non-integer slice index)`, fixed("[a:b] 取片段的写法不对:只能对列表或文字,a、b 要是整数")),
	tr(`^(?:array elements can only be selected using an integer|cannot use .* to get an element from|type .* does not support indexing|type .*\[.*\] is undefined)`, fixed("[…] 取元素的写法不对:列表要用整数下标,例如 units[0]")),
	tr(`^cannot use (.+) as type (.+) in (?:array|map key)`, func(m []string) string {
		return "这里应当是" + typeWord(m[2]) + ",不能是" + typeWord(m[1])
	}),
	tr(`^empty sequence expression`, fixed("公式是空的")),
	tr(`^no matching overload`, fixed("函数的参数类型不对")),
	tr(`^expected name`, fixed("这里缺少名称")),
	tr(`^wrap predicate with brackets`, fixed("条件要用 { } 括起来")),
}

// runtimeMessages are the virtual machine's messages, for a value that
// could not be computed.
var runtimeMessages = []translation{
	tr(`^invalid operation: .*<nil>`, fixed("缺少数据(空值),无法计算")),
	tr(`^invalid operation`, fixed("运算两边的类型不匹配")),
	tr(`^index out of range: (-?\d+) \(array length is (\d+)\)`, func(m []string) string {
		return "下标 " + m[1] + " 超出了列表的范围(共 " + m[2] + " 项)"
	}),
	tr(`index out of range|slice bounds out of range`, fixed("下标超出了列表的范围")),
	tr(`^reduce of empty array with no initial value`, fixed("reduce() 的列表为空,请给出初始值(第三个参数)")),
	tr(`^cannot fetch (\S+) from`, func(m []string) string { return "取不到“" + m[1] + "”" }),
	tr(`nil pointer dereference|cannot fetch|cannot get`, fixed("缺少数据(空值),无法计算")),
	tr(`integer divide by zero`, fixed("除数为0")),
	tr(`interface conversion|cannot use|invalid argument`, fixed("数据的类型不对")),
	tr(`error parsing regexp`, fixed("matches 右边的正则表达式写法有误")),
}

// translateCompile puts a compile-time message of expr into Chinese.
func translateCompile(msg string) string {
	return translate(compileMessages, msg, "公式写法有误,请检查这一处")
}

// translateRuntime puts a run-time message of expr into Chinese.
func translateRuntime(msg string) string {
	return translate(runtimeMessages, msg, "公式计算出错")
}

func translate(table []translation, msg, fallback string) string {
	msg, _, _ = strings.Cut(msg, "\n")
	for _, t := range table {
		if m := t.re().FindStringSubmatch(msg); m != nil {
			return t.zh(m)
		}
	}
	return fallback
}

// typeWord names a Go type, as expr prints it, for a clerk.
func typeWord(t string) string {
	t = strings.TrimSpace(strings.TrimLeft(t, "*"))
	switch {
	case t == "nil" || t == "<nil>":
		return "空值(nil)"
	case strings.HasPrefix(t, "int") || strings.HasPrefix(t, "uint"):
		return "整数"
	case strings.HasPrefix(t, "float"):
		return "小数"
	case t == "string":
		return "文字"
	case t == "bool":
		return "真或假"
	case strings.HasPrefix(t, "[]"):
		return "列表"
	case strings.HasPrefix(t, "map["):
		return "一组键值"
	case strings.HasPrefix(t, "struct"):
		return "一组数据"
	case strings.HasPrefix(t, "func"):
		return "函数"
	case strings.HasPrefix(t, "time."):
		return "时间"
	}
	return "不确定类型的值"
}

// unquote reads a token's value as expr prints it (Go-quoted).
func unquote(s string) string {
	u, err := strconv.Unquote(s)
	if err != nil {
		return shown(s)
	}
	// control characters are shown by shown as <U+0007>, as in every
	// other message: a Go escape (\t before a letter) reads as a word
	return shown(u)
}

// unquoteRune reads a character as %#U prints it.
func unquoteRune(s string) string {
	return shown(s)
}

// suggestIn proposes the closest name, for a misspelt one.
func suggestIn(s string, names []string) string {
	if len(s) > 64 {
		return "" // a pasted paragraph is not a misspelling
	}
	best, bestDist := "", 1<<30
	for _, n := range names {
		if d := editdist.Distance(s, n); d < bestDist {
			best, bestDist = n, d
		}
	}
	if best != "" && best != s && bestDist <= max(1, len([]rune(s))/3) {
		return ",是不是想写“" + best + "”?"
	}
	return ""
}
