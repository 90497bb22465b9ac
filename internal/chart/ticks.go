package chart

import (
	"math"
	"strconv"
	"strings"
)

// Scale is a value axis: N equal intervals of Step from Min. Steps are
// nice numbers, 1, 2, 2.5 or 5 × 10^n, so every tick is a short decimal.
type Scale struct {
	// K is Min in steps (Min = K × Step); a step is Mant/10 × 10^Exp, Mant
	// one of 10, 20, 25, 50, so ticks are exact decimals.
	K, Mant, Exp, N int
}

// niceMants are the mantissas of nice steps, ×10.
var niceMants = []int{10, 20, 25, 50}

// Step is the distance between ticks.
func (s Scale) Step() float64 { return float64(s.Mant) / 10 * math.Pow10(s.Exp) }

// Min is the lowest tick.
func (s Scale) Min() float64 { return float64(s.K) * s.Step() }

// Max is the highest tick.
func (s Scale) Max() float64 { return float64(s.K+s.N) * s.Step() }

// Tick is the value of tick i (0 … N).
func (s Scale) Tick(i int) float64 { return float64(s.K+i) * s.Step() }

// Decimals is how many decimals the ticks need: 0 for a step of 5, 1 for
// 2.5 or 0.5.
func (s Scale) Decimals() int {
	d := -s.Exp
	if s.Mant == 25 {
		d++
	}
	return max(d, 0)
}

// Label writes tick i as a decimal with Decimals decimals, exactly (no
// float formatting): "0", "2.5", "75".
func (s Scale) Label(i int) string {
	// The tick is (K+i) × Mant × 10^(Exp-1): an integer times a power of ten.
	n := (s.K + i) * s.Mant
	e := s.Exp - 1
	neg := n < 0
	if neg {
		n = -n
	}
	digits := strconv.Itoa(n)
	if n == 0 {
		digits = "0"
	} else if e >= 0 {
		digits += strings.Repeat("0", e)
	} else {
		for len(digits) <= -e {
			digits = "0" + digits
		}
		digits = digits[:len(digits)+e] + "." + digits[len(digits)+e:]
		digits = strings.TrimRight(strings.TrimRight(digits, "0"), ".")
	}
	if neg && digits != "0" {
		digits = "-" + digits
	}
	if d := s.Decimals(); d > 0 {
		whole, frac, _ := strings.Cut(digits, ".")
		digits = whole + "." + frac + strings.Repeat("0", d-len(frac))
	}
	return digits
}

// Pos is where v lies on the axis, 0 at Min and 1 at Max.
func (s Scale) Pos(v float64) float64 {
	lo, hi := s.Min(), s.Max()
	if hi == lo {
		return 0
	}
	return (v - lo) / (hi - lo)
}

// steps calls try with nice steps in increasing order, from the first not
// below raw, skipping steps with more decimals than prec, until try
// returns true; it reports whether one did.
func steps(raw float64, prec int, try func(mant, exp int) bool) bool {
	if !(raw > 0) || math.IsInf(raw, 0) {
		raw = 1e-9
	}
	exp := int(math.Floor(math.Log10(raw))) - 1
	for range 64 {
		for _, m := range niceMants {
			if float64(m)/10*math.Pow10(exp) < raw*(1-1e-9) {
				continue
			}
			if (Scale{Mant: m, Exp: exp}).Decimals() > prec {
				continue
			}
			if try(m, exp) {
				return true
			}
		}
		exp++
	}
	return false
}

// eps absorbs float error when comparing a value with a tick.
const eps = 1e-9

// niceScale is the axis of fewest intervals, at most maxN, with the
// smallest nice step that covers lo … hi and has ticks of at most prec
// decimals. Bars pass lo ≤ 0 ≤ hi, so the axis starts at zero.
func niceScale(lo, hi float64, maxN, prec int) Scale {
	if hi < lo {
		lo, hi = hi, lo
	}
	if hi == lo {
		hi = lo + 1
	}
	maxN = max(maxN, 1)
	var out Scale
	steps((hi-lo)/float64(maxN), prec, func(mant, exp int) bool {
		s := Scale{Mant: mant, Exp: exp}
		step := s.Step()
		k0 := int(math.Floor(lo/step + eps))
		k1 := int(math.Ceil(hi/step - eps))
		if k1-k0 > maxN {
			return false
		}
		out = Scale{K: k0, Mant: mant, Exp: exp, N: max(k1-k0, 1)}
		return true
	})
	return out
}

// bandScale is an axis of n intervals on which every value from vmin to
// vmax lies in the band [a, b] of its height (0 the bottom, 1 the top):
// a rate line drawn above the bars of a second axis, or a line kept clear
// of the legend. Its lowest tick is not below zero when vmin is not, and
// its highest not above ceiling (a rate's 100) when one can be found so.
// Bands are tried in turn, the last always succeeding: (0, 1) with the
// smallest step from zero.
func bandScale(vmin, vmax float64, n, prec int, bands [][2]float64, ceiling float64) Scale {
	bands = append(bands, [2]float64{0, 1})
	for _, capped := range []bool{true, false} {
		if capped && (math.IsNaN(ceiling) || vmax > ceiling) {
			continue
		}
		for _, band := range bands {
			a, b := band[0], band[1]
			width := (b - a) * float64(n)
			raw := (vmax - vmin) / width
			var out Scale
			found := steps(raw, prec, func(mant, exp int) bool {
				s := Scale{Mant: mant, Exp: exp, N: n}
				step := s.Step()
				if step*float64(n) > 64*math.Max(math.Abs(vmax), math.Abs(vmin))+64 {
					return true // give up this band: the step has outgrown the values
				}
				// The lowest tick lies in [vmax − b·n·step, vmin − a·n·step].
				k := int(math.Ceil((vmax-b*float64(n)*step)/step - eps))
				if vmin >= 0 {
					k = max(k, 0)
				}
				if float64(k)*step > vmin-a*float64(n)*step+eps*math.Max(1, math.Abs(vmin)) {
					return false
				}
				s.K = k
				if capped && s.Max() > ceiling+eps {
					return false
				}
				out = s
				return true
			})
			if found && out.Mant != 0 {
				return out
			}
		}
	}
	return niceScale(math.Min(vmin, 0), vmax, n, prec)
}
