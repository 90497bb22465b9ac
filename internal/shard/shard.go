// Package shard cuts a list of work into N parts for N independent
// workers (zongjie batch --shard i/N, zongjie rollup --shard i/N): the
// same list always gives the same parts, whatever order it was given in,
// every item is in exactly one part, and the parts weigh about the same.
// So N machines, each given the whole list and its own number, together
// do exactly the work of one machine, and a worker run again does the same
// work again.
package shard

import (
	"cmp"
	"container/heap"
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// Shard is part I of N (1 ≤ I ≤ N). The zero Shard is the whole list.
type Shard struct{ I, N int }

// MaxN bounds the number of parts.
const MaxN = 100_000

// Parse reads a shard as written on the command line: "2/8" (part 2 of
// 8). A Kubernetes Indexed Job numbers its pods from 0: "0/8" is not
// accepted, so that a mistake in the manifest shows.
func Parse(s string) (Shard, error) {
	is, ns, ok := strings.Cut(strings.TrimSpace(s), "/")
	if !ok {
		return Shard{}, fmt.Errorf("应写成 第几份/共几份,如 2/8")
	}
	i, err1 := strconv.Atoi(strings.TrimSpace(is))
	n, err2 := strconv.Atoi(strings.TrimSpace(ns))
	switch {
	case err1 != nil || err2 != nil:
		return Shard{}, fmt.Errorf("应写成 第几份/共几份,两个都是整数,如 2/8")
	case n < 1 || n > MaxN:
		return Shard{}, fmt.Errorf("共几份应在 1 到 %d 之间", MaxN)
	case i < 1 || i > n:
		return Shard{}, fmt.Errorf("第几份应在 1 到 %d 之间(从 1 数起)", n)
	}
	return Shard{I: i, N: n}, nil
}

// String writes the shard as Parse reads it.
func (s Shard) String() string { return strconv.Itoa(s.I) + "/" + strconv.Itoa(s.N) }

// Whole reports whether the shard is the whole list.
func (s Shard) Whole() bool { return s.N <= 1 }

// Pick returns, in the order given, the indices of the items that fall in
// the shard. Items are known by their keys (which should differ; a file
// name, an output name) and weigh weights[i] (nil: one each): the heaviest
// first, ties by key, each goes to the lightest part so far (ties: the
// lowest part). The result depends only on the set of keys and weights.
func Pick(s Shard, keys []string, weights []int) []int {
	all := make([]int, len(keys))
	for i := range all {
		all[i] = i
	}
	if s.Whole() {
		return all
	}
	weight := func(i int) int {
		if weights == nil {
			return 1
		}
		return max(weights[i], 0)
	}
	order := slices.Clone(all)
	slices.SortStableFunc(order, func(a, b int) int {
		return cmp.Or(cmp.Compare(weight(b), weight(a)), strings.Compare(keys[a], keys[b]))
	})
	parts := make(loads, s.N)
	for p := range parts {
		parts[p] = bin{part: p}
	}
	part := make([]int, len(keys))
	for _, i := range order {
		part[i] = parts[0].part // the lightest, lowest-numbered part
		parts[0].load += max(weight(i), 1)
		heap.Fix(&parts, 0)
	}
	var out []int
	for _, i := range all {
		if part[i] == s.I-1 {
			out = append(out, i)
		}
	}
	return out
}

// bin is one part and the weight given it so far.
type bin struct{ load, part int }

// loads is a min-heap of parts by weight, then number.
type loads []bin

func (l loads) Len() int { return len(l) }
func (l loads) Less(i, j int) bool {
	return l[i].load < l[j].load || l[i].load == l[j].load && l[i].part < l[j].part
}
func (l loads) Swap(i, j int) { l[i], l[j] = l[j], l[i] }
func (l *loads) Push(x any)   { *l = append(*l, x.(bin)) }
func (l *loads) Pop() any {
	old := *l
	x := old[len(old)-1]
	*l = old[:len(old)-1]
	return x
}
