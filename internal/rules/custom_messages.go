package rules

import (
	"reflect"
	"regexp"

	"zongjie/internal/editdist"
)

var (
	reUnknownName = regexp.MustCompile(`^unknown name (\S+)`)
	reNoField     = regexp.MustCompile(`^type \S+ has no field (\S+)`)
	reUnexpected  = regexp.MustCompile(`^unexpected token (.*)`)
)

// envFieldNames are every name the environment offers, for suggestions.
var envFieldNames = func() []string {
	seen := map[string]bool{}
	var out []string
	var walk func(t reflect.Type)
	walk = func(t reflect.Type) {
		for t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice {
			t = t.Elem()
		}
		if t.Kind() != reflect.Struct {
			return
		}
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			name := f.Tag.Get("expr")
			if !seen[name] {
				seen[name] = true
				out = append(out, name)
			}
			walk(f.Type)
		}
	}
	walk(reflect.TypeOf(env{}))
	return out
}()

// exprNames lists the expr names of a struct type's fields.
func exprNames(t reflect.Type) []string {
	out := make([]string, t.NumField())
	for i := range out {
		out[i] = t.Field(i).Tag.Get("expr")
	}
	return out
}

// translateExprError puts the common expr messages into Chinese; others
// are kept as expr words them.
func translateExprError(msg string) string {
	if m := reUnknownName.FindStringSubmatch(msg); m != nil {
		return "不认识的名称“" + m[1] + "”" + suggestIn(m[1], envRoots)
	}
	if m := reNoField.FindStringSubmatch(msg); m != nil {
		return "没有“" + m[1] + "”这一项" + suggestIn(m[1], envFieldNames)
	}
	if reUnexpected.MatchString(msg) {
		return "公式写法不完整或多了符号(" + msg + ")"
	}
	return msg
}

// suggestIn proposes the closest name, for a misspelt one.
func suggestIn(s string, names []string) string {
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
