package record

import (
	"reflect"
	"sort"
	"strings"

	"gopkg.in/yaml.v3"

	"zongjie/internal/num"
)

// Approx returns the approximate figure written at a data path ("relief.
// batches[2].amount": 10万余元), if the figure there was written
// approximately. The typed field at that path is then nil.
func (p *Period) Approx(path string) (num.Approx, bool) {
	a, ok := p.approx[path]
	return a, ok
}

// WrittenInWan reports whether the amount or count at a data path was
// written in 万 or 亿 ("134.1911万", "4.1万人次"): a report then prints it
// in 万 with the precision the clerk wrote, where an amount written in 元
// or computed is rounded and a count is written in digits (see
// ../shared/WRITING.md §4).
func (p *Period) WrittenInWan(path string) bool { return p.wan[path] }

// WanPaths lists the data paths of every figure written in 万 or 亿,
// sorted.
func (p *Period) WanPaths() []string {
	paths := make([]string, 0, len(p.wan))
	for k := range p.wan {
		paths = append(paths, k)
	}
	sort.Strings(paths)
	return paths
}

// ApproxPaths lists the data paths of every approximate figure, sorted.
func (p *Period) ApproxPaths() []string {
	paths := make([]string, 0, len(p.approx))
	for k := range p.approx {
		paths = append(paths, k)
	}
	sort.Strings(paths)
	return paths
}

// Stated reports whether a figure was given at path, exactly or
// approximately (see Has for any value).
func (p *Period) Stated(path string) bool {
	if _, ok := p.approx[path]; ok {
		return true
	}
	return p.Has(path)
}

// isFigure reports whether t is a type an approximate figure may stand
// for: a count, an amount or a decimal (a rate).
func isFigure(t reflect.Type) bool {
	return t == typeMoney || t == typeDecimal || t.Kind() == reflect.Int64
}

// approximate reads the approximate figure n into the side table: the
// field at path stays nil. A field that must be exact refuses it.
func (d *decoder) approximate(n *yaml.Node, path dpath, t reflect.Type) {
	kind := num.KindCount
	switch {
	case t == typeMoney:
		kind = num.KindMoney
	case t == typeDecimal && d.cur.rate:
		kind = num.KindRate
	case t == typeDecimal:
		d.errorf(n, path.String(), "“%s”是约数;这一项要填准确的数", clip(n.Value))
		return
	}
	if d.cur.exact {
		d.errorf(n, path.String(), "“%s”是约数;这一项(%s)要填准确的数,不能写“余、多、约、近、以上”", clip(n.Value), short(d.cur.zh))
		return
	}
	if l := len([]rune(n.Value)); l > maxNumberRunes {
		d.errorf(n, path.String(), "“%s”太长,不像是一个数", clip(n.Value))
		return
	}
	a, _, err := num.ParseApprox(n.Value, kind)
	if err != nil {
		want := hintCount
		switch kind {
		case num.KindMoney:
			want = hintMoney
		case num.KindRate:
			want = hintRate
		}
		d.errorf(n, path.String(), "“%s”%s%s", clip(n.Value), err.Error(), numberHint(n.Value, want))
		return
	}
	if d.approx == nil {
		d.approx = map[string]num.Approx{}
	}
	d.approx[path.String()] = a
}

// What a number field wants, for hints.
const (
	hintCount = iota
	hintMoney
	hintDecimal
	hintRate
)

// numberHint adds to a refused number the likely cause, when it is one a
// clerk often makes: a percent sign where a plain number goes, Chinese
// numerals, 块 for 元, a currency sign.
func numberHint(s string, want int) string {
	t := num.Normalize(s)
	switch {
	case strings.Contains(t, "%") && want != hintRate:
		if want == hintCount {
			return ";这里要填人数或个数,不带百分号(原始材料只给了比率的,请写在 rates 中)"
		}
		return ";请去掉百分号,只写数字"
	case want == hintCount && strings.ContainsAny(t, "¥￥元"):
		return ";这里要填人数或个数,不是金额"
	case strings.ContainsAny(t, "一二三四五六七八九十百千两零〇"):
		return ";请用阿拉伯数字书写:一千二百 写成 1200,十余 写成 10余"
	case want == hintMoney && strings.Contains(t, "块"):
		return ";“块”请写成“元”,如 500元"
	case want == hintMoney && (strings.Contains(t, "$") || strings.Contains(strings.ToUpper(t), "USD")):
		return ";金额按人民币元填写"
	case want == hintMoney:
		return ";金额请写成 7671300、767.13万 或 13417.56元 的样子"
	}
	return ""
}
