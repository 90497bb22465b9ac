package style

import "math"

// maxBalancedRunes bounds the text Balance evens out; longer text (no title
// or header is this long) is broken greedily.
const maxBalancedRunes = 200

// Balance breaks text of n runes into lines no wider than width, at the
// places ok allows (see Breaks): into as few lines as a greedy fill needs,
// as even as can be, the upper line the shorter on a tie (a title's 梯形).
// widthOf(from, to) is the width of runes [from, to) on one line. It
// returns the rune offsets where the second and later lines begin. A unit
// wider than width stands on a line of its own (the caller's own line
// breaker then cuts it).
func Balance(n int, ok []bool, width float64, widthOf func(from, to int) float64) []int {
	pos := []int{0}
	for i := 1; i < n; i++ {
		if ok[i] {
			pos = append(pos, i)
		}
	}
	pos = append(pos, n)
	// Greedy fill: the fewest lines.
	var greedy []int
	start := 0
	for j := 1; j < len(pos); j++ {
		if widthOf(pos[start], pos[j]) > width+eps && j-1 > start {
			greedy = append(greedy, j-1)
			start = j - 1
		}
	}
	lines := len(greedy) + 1
	if lines == 1 || n > maxBalancedRunes {
		return offsets(pos, greedy)
	}
	// best[k][a] is the least possible widest line setting pos[a:] on k
	// lines.
	m := len(pos)
	best := make([][]float64, lines+1)
	for k := range best {
		best[k] = make([]float64, m)
		for a := range best[k] {
			best[k][a] = math.Inf(1)
		}
	}
	for a := 0; a < m-1; a++ {
		best[1][a] = widthOf(pos[a], n)
	}
	for k := 2; k <= lines; k++ {
		for a := 0; a < m-1; a++ {
			for b := a + 1; b < m-1; b++ {
				w := max(widthOf(pos[a], pos[b]), best[k-1][b])
				best[k][a] = min(best[k][a], w)
			}
		}
	}
	opt := best[lines][0]
	var cuts []int
	a := 0
	for k := lines; k > 1; k-- {
		for b := a + 1; b < m-1; b++ {
			if max(widthOf(pos[a], pos[b]), best[k-1][b]) <= opt+eps {
				cuts = append(cuts, b)
				a = b
				break
			}
		}
	}
	return offsets(pos, cuts)
}

const eps = 1e-6

func offsets(pos, idx []int) []int {
	out := make([]int, len(idx))
	for i, j := range idx {
		out[i] = pos[j]
	}
	return out
}
