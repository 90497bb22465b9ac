package record

import (
	"strconv"
	"strings"
)

// What the loader of data files shares with zongjie's other YAML readers
// (rule files): the same encodings accepted and the same Chinese for
// yaml.v3's errors.

// DecodeText returns a YAML file's bytes as UTF-8, as the data loader reads
// them: a BOM is dropped and a GBK/GB18030 file converted; UTF-16 and
// binary files are refused, naming the file (and the place of the first
// undecodable byte).
func DecodeText(name string, data []byte) ([]byte, error) { return decodeText(name, data) }

// YAMLMessage translates a yaml.v3 syntax error of text (decoded) into
// plain Chinese and locates it: the line it names, or for a control
// character the character's line and column; 0, 0 when it names no place.
// No word of the parser's English is kept: a message not in the table
// becomes a general one.
func YAMLMessage(text []byte, err error) (line, col int, msg string) {
	s := err.Error()
	if m := lineRE().FindStringSubmatch(s); m != nil {
		line, _ = strconv.Atoi(m[1])
		s = m[2]
	}
	if line > 0 {
		col = 1
	}
	if strings.Contains(s, "control characters are not allowed") {
		if l, c := firstControl(text); l > 0 {
			line, col = l, c
		}
	}
	for _, t := range yamlMessages {
		if strings.Contains(s, t.en) {
			return line, col, t.zh
		}
	}
	return line, col, "YAML 格式有误;请检查这一行及上一行的缩进、冒号(后面要有空格)、引号和括号是否配对"
}
