package num

import (
	"errors"
	"math/big"
	"strings"
)

// Decimal is an exact decimal number as a clerk typed it (a score, a rate in
// percent, a custom per-unit figure): Unscaled × 10^-Scale.
type Decimal struct {
	Unscaled int64
	Scale    uint8
}

// Rat returns d as an exact rational.
func (d Decimal) Rat() *big.Rat {
	den := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(d.Scale)), nil)
	return new(big.Rat).SetFrac(big.NewInt(d.Unscaled), den)
}

// String renders d with its own number of decimals, e.g. "462" or "95.5".
func (d Decimal) String() string { return Round(d.Rat(), int(d.Scale)) }

// ParseDecimalExact parses a decimal as typed ("95.5", "１,２００", "-3")
// keeping its scale. At most 18 significant digits.
func ParseDecimalExact(s string) (Decimal, error) {
	t, err := ungroup(Normalize(s))
	if err != nil {
		return Decimal{}, err
	}
	if t, err = expandExponent(t); err != nil {
		return Decimal{}, err
	}
	if _, err := parseDecimal(t); err != nil {
		return Decimal{}, err
	}
	neg := strings.HasPrefix(t, "-")
	t = strings.TrimLeft(t, "+-")
	scale := 0
	if i := strings.IndexByte(t, '.'); i >= 0 {
		scale = len(t) - i - 1
		t = t[:i] + t[i+1:]
	}
	t = strings.TrimLeft(t, "0")
	if t == "" {
		t = "0"
	}
	if len(t) > 18 || scale > 18 {
		return Decimal{}, errors.New("位数太多(最多18位有效数字)")
	}
	var v int64
	for _, c := range t {
		v = v*10 + int64(c-'0')
	}
	if neg {
		v = -v
	}
	return Decimal{Unscaled: v, Scale: uint8(scale)}, nil
}
