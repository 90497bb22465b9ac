package shard

import "testing"

// FuzzParse reads any text as a shard: a shard Parse accepts is within its
// bounds and reads back from its String.
func FuzzParse(f *testing.F) {
	for _, s := range []string{"1/1", "2/8", " 8 / 8 ", "0/8", "9/8", "a/b", "1/100000", "-1/3", "1/-3", "１/２"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p, err := Parse(s)
		if err != nil {
			return
		}
		if p.I < 1 || p.I > p.N || p.N > MaxN {
			t.Fatalf("Parse(%q) = %+v", s, p)
		}
		if q, err := Parse(p.String()); err != nil || q != p {
			t.Fatalf("%+v reads back as %+v, %v", p, q, err)
		}
	})
}
