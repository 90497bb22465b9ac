package record

import (
	"math/big"
	"reflect"
	"strconv"
	"strings"

	"zongjie/internal/cnfmt"
	"zongjie/internal/num"
)

// vocabulary reports every value outside its closed vocabulary (组织类型,
// 活动类别, 慰问类别 …) anywhere in the records, with the accepted values.
func (v *validator) vocabulary(rv reflect.Value, path []byte) {
	switch rv.Kind() {
	case reflect.Pointer:
		if !rv.IsNil() {
			v.vocabulary(rv.Elem(), path)
		}
	case reflect.Slice:
		for i := 0; i < rv.Len(); i++ {
			v.vocabulary(rv.Index(i), appendIndex(path, i))
		}
	case reflect.Struct:
		e := infoOf(rv.Type())
		for _, r := range e.vocab {
			f, list := e.fields[r.at], enums[r.enum]
			if s := rv.Field(f.index).String(); s != "" && !contains(list, s) {
				v.oneOf(string(appendKey(path, f.key)), s, list)
			}
		}
		for _, i := range e.vocabIn {
			f := e.fields[i]
			v.vocabulary(rv.Field(f.index), appendKey(path, f.key))
		}
	}
}

// stated reports whether a figure was written at path, exactly or
// approximately.
func (v *validator) stated(path string) bool { return v.p.Stated(path) }

// lowerBound returns the least a figure can be, and how it was written:
// an exact count, or an approximate one that lies above its number
// (10余: at least 10). It returns nil when there is no lower bound.
func (v *validator) lowerBound(path string, exact *int64) (*big.Rat, string) {
	if exact != nil {
		return big.NewRat(*exact, 1), strconv.FormatInt(*exact, 10)
	}
	if a, ok := v.p.Approx(path); ok && a.Bound() == num.Over {
		return a.Value(), a.String()
	}
	return nil, ""
}

// upperBound returns the most a figure can be: an exact count, or an
// approximate one that lies below its number (近200: at most 200).
func (v *validator) upperBound(path string, exact *int64) (*big.Rat, string) {
	if exact != nil {
		return big.NewRat(*exact, 1), strconv.FormatInt(*exact, 10)
	}
	if a, ok := v.p.Approx(path); ok && a.Bound() == num.Under {
		return a.Value(), a.String()
	}
	return nil, ""
}

// moneyNotMore reports an amount part that exceeds its total, either of
// them possibly approximate.
func (v *validator) moneyNotMore(partPath string, part *num.Money, totalPath string, total *num.Money, what string) {
	lo, loText := v.moneyBound(partPath, part, num.Over)
	hi, hiText := v.moneyBound(totalPath, total, num.Under)
	if lo != nil && hi != nil && lo.Cmp(hi) > 0 {
		v.errorf(partPath, "%s(%s)不能多于 %s", what, loText, v.otherValue(partPath, totalPath, hiText))
	}
}

// moneyBound is lowerBound (side Over) or upperBound (side Under) for an
// amount, in 元.
func (v *validator) moneyBound(path string, exact *num.Money, side num.Bound) (*big.Rat, string) {
	if exact != nil {
		return exact.Yuan(), cnfmt.Money(*exact)
	}
	if a, ok := v.p.Approx(path); ok && a.Bound() == side {
		return a.Value(), a.String()
	}
	return nil, ""
}

// sumNotMore reports parts whose sum exceeds a total: "当场整改 11 处与
// 限期整改 5 处之和 16 处多于查出的 15 处".
func (v *validator) sumNotMore(totalPath string, total *int64, what string, parts ...struct {
	path string
	n    *int64
}) {
	hi, hiText := v.upperBound(totalPath, total)
	if hi == nil {
		return
	}
	sum := new(big.Rat)
	var terms []string
	for _, pt := range parts {
		lo, text := v.lowerBound(pt.path, pt.n)
		if lo == nil {
			continue
		}
		sum.Add(sum, lo)
		terms = append(terms, text)
	}
	if len(terms) > 1 && sum.Cmp(hi) > 0 {
		v.errorf(totalPath, "各项之和 %s=%s 多于%s(%s);请核对", strings.Join(terms, "+"), sum.RatString(), what, hiText)
	}
}

// part is one term for sumNotMore.
func part(path string, n *int64) struct {
	path string
	n    *int64
} {
	return struct {
		path string
		n    *int64
	}{path, n}
}

var ratHundred = big.NewRat(100, 1)
