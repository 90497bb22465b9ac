package record

import (
	"strconv"
	"strings"
)

// YAMLMessage translates a yaml.v3 syntax error of any YAML file zongjie
// reads (a rule file as well as a data file): the line it names (0 when it
// names none) and the problem in plain Chinese. No word of the parser's
// English is kept: a message not in the table becomes a general one.
func YAMLMessage(err error) (line int, msg string) {
	text := err.Error()
	if m := lineRE.FindStringSubmatch(text); m != nil {
		line, _ = strconv.Atoi(m[1])
		text = m[2]
	}
	for _, t := range yamlMessages {
		if strings.Contains(text, t.en) {
			return line, t.zh
		}
	}
	return line, "YAML 格式有误;请检查这一行及上一行的缩进、冒号(后面要有空格)、引号和括号是否配对"
}
