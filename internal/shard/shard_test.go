package shard

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
)

func TestParse(t *testing.T) {
	for _, c := range []struct {
		in   string
		want Shard
		ok   bool
	}{
		{"1/1", Shard{1, 1}, true},
		{"2/8", Shard{2, 8}, true},
		{" 8 / 8 ", Shard{8, 8}, true},
		{"0/8", Shard{}, false},
		{"9/8", Shard{}, false},
		{"1/0", Shard{}, false},
		{"2", Shard{}, false},
		{"a/b", Shard{}, false},
		{"1/100001", Shard{}, false},
	} {
		got, err := Parse(c.in)
		if (err == nil) != c.ok || got != c.want {
			t.Errorf("Parse(%q) = %v, %v; want %v, ok %v", c.in, got, err, c.want, c.ok)
		}
		if c.ok && got.String() != fmt.Sprintf("%d/%d", c.want.I, c.want.N) {
			t.Errorf("%v.String() = %q", got, got.String())
		}
	}
}

// TestPick checks that the parts of a list are a partition, do not depend
// on the order the list is given in, and weigh about the same.
func TestPick(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for _, n := range []int{1, 2, 3, 7, 50} {
		for _, size := range []int{0, 1, 5, 200} {
			keys := make([]string, size)
			weights := make([]int, size)
			for i := range keys {
				keys[i] = fmt.Sprintf("工会%04d.yaml", i)
				weights[i] = 1 + r.IntN(100)
			}
			for _, w := range [][]int{nil, weights} {
				owner := map[string]int{}
				total := make([]int, n)
				for i := 1; i <= n; i++ {
					for _, k := range Pick(Shard{i, n}, keys, w) {
						if prev, dup := owner[keys[k]]; dup {
							t.Fatalf("n=%d: %s in parts %d and %d", n, keys[k], prev, i)
						}
						owner[keys[k]] = i
						if w == nil {
							total[i-1]++
						} else {
							total[i-1] += w[k]
						}
					}
				}
				if len(owner) != size {
					t.Fatalf("n=%d size=%d: %d items placed", n, size, len(owner))
				}
				heaviest := 1
				if w != nil {
					heaviest = slices.Max(append([]int{1}, w...))
				}
				if size > 0 && slices.Max(total)-slices.Min(total) > heaviest {
					t.Errorf("n=%d size=%d: parts weigh %v", n, size, total)
				}
				// The same set in another order gives the same parts.
				perm := r.Perm(size)
				pk := make([]string, size)
				var pw []int
				if w != nil {
					pw = make([]int, size)
				}
				for i, j := range perm {
					pk[i] = keys[j]
					if w != nil {
						pw[i] = w[j]
					}
				}
				for i := 1; i <= n; i++ {
					for _, k := range Pick(Shard{i, n}, pk, pw) {
						if owner[pk[k]] != i {
							t.Fatalf("n=%d: %s moved from part %d to %d when the list was reordered", n, pk[k], owner[pk[k]], i)
						}
					}
				}
			}
		}
	}
}

func TestWhole(t *testing.T) {
	if got := Pick(Shard{}, []string{"a", "b"}, nil); !slices.Equal(got, []int{0, 1}) {
		t.Errorf("the zero shard picked %v", got)
	}
}
