package record

import (
	"regexp"

	"gopkg.in/yaml.v3"
)

// placeholderRE finds the blanks 范文 leave for the reader to fill in: "xx
// 公司", "XX同志", "20xx年", "××", "＊＊", "20__年", "＿＿", "□□", "某某".
// A run of x is a blank only when no other Latin letter touches it
// ("XXL" is a size, "Xbox" a name), and ASCII "**" is left alone (Markdown
// emphasis, shown literally).
var placeholderRE = regexp.MustCompile(`(?:^|[^A-Za-z])([xXｘＸ]{2,})(?:$|[^A-Za-z])|[×✕＊]{2,}|_{2,}|＿{2,}|□{2,}|某某`)

// placeholder returns the first 范文 blank in s, or "".
func placeholder(s string) string {
	if !mayHoldBlank(s) {
		return "" // most texts: no need for the regular expression
	}
	m := placeholderRE.FindStringSubmatch(s)
	switch {
	case m == nil:
		return ""
	case m[1] != "":
		return m[1]
	}
	return m[0]
}

// filledIn reports whether the text s of n has no 范文 blank, and otherwise
// reports it: a report must never print "xx公司" or "20__年".
func (d *decoder) filledIn(n *yaml.Node, path dpath, s string) bool {
	p := placeholder(s)
	if p == "" {
		return true
	}
	d.errorf(n, path.String(), "“%s”中的“%s”像是范文里没有填写的空白;请换成实际的名称、年份或数字(不知道的就删去这几个字)", clip(s), p)
	return false
}

// mayHoldBlank reports whether s holds a character a blank of
// placeholderRE is made of.
func mayHoldBlank(s string) bool {
	for _, r := range s {
		switch r {
		case 'x', 'X', 'ｘ', 'Ｘ', '×', '✕', '＊', '_', '＿', '□', '某':
			return true
		}
	}
	return false
}
