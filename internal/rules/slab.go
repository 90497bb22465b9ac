package rules

// slab hands out short slices cut from shared chunks, so that the many
// per-unit values cost no allocation each. A chunk is as large as the one
// before it, doubled, from slabFirst up to slabLast elements: a small
// union's period (a few dozen values) touches a few kilobytes, and a
// county's ten thousand units are cut from chunks of slabLast.
type slab[T any] struct {
	free []T
	next int // elements of the next chunk
}

const (
	slabFirst = 32
	slabLast  = 1024
)

// take returns a slice of length n and capacity n, never nil; the slices
// it returns never share an element.
func (s *slab[T]) take(n int) []T {
	if len(s.free) < n || s.free == nil {
		size := max(s.next, slabFirst)
		s.next = min(2*size, slabLast)
		s.free = make([]T, max(size, n))
	}
	out := s.free[:n:n]
	s.free = s.free[n:]
	return out
}
