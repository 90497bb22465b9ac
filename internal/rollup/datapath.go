package rollup

import "strconv"

// dataPath is the data path (units[3].members) of the value a walk over
// the records is at, kept in one buffer: push and pushIndex append a step
// and return the length to pop back to.
type dataPath struct{ path []byte }

// pathString is the current data path.
func (d *dataPath) pathString() string { return string(d.path) }

// push appends a field's key.
func (d *dataPath) push(key string) int {
	n := len(d.path)
	if n > 0 {
		d.path = append(d.path, '.')
	}
	d.path = append(d.path, key...)
	return n
}

// pushIndex appends a list index.
func (d *dataPath) pushIndex(i int) int {
	n := len(d.path)
	d.path = append(d.path, '[')
	d.path = strconv.AppendInt(d.path, int64(i), 10)
	d.path = append(d.path, ']')
	return n
}

// pop returns to the length n that push or pushIndex returned.
func (d *dataPath) pop(n int) { d.path = d.path[:n] }
