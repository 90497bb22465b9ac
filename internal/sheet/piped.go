package sheet

import (
	"runtime"
	"strings"
)

// A large sheet is read in two goroutines on a machine of more than one
// core: one inflates the part and scans its cells, handing rows over in
// batches; the other (the caller's) builds the records from them as they
// come. The rows, their order, where reading stops and the problem that
// ends it are those of reading in one goroutine: the scanning goroutine
// only runs ahead, and the caller waits for it before going on.

// pipeMin is the inflated size from which a sheet is read in two
// goroutines: about 2 500 rows of a table.
var pipeMin uint64 = 1 << 20

// pipedRows turns reading in two goroutines on; tests turn it off to
// compare.
var pipedRows = true

// batchRows is how many rows a batch hands over: fewer hand-overs cost
// less CPU time than batches of 64 (measured on a 2-core machine: 512
// rows, about 20 ms less user and system time a 10 000-row sheet).
const batchRows = 512

// rowBatch is rows handed from the scanning goroutine to the caller: their
// cells are in cells, each row's from its start in ends; err is set on the
// last batch when scanning ended with a problem, panicked when it ended
// in a panic (raised again in the caller's goroutine, as reading in one
// would).
type rowBatch struct {
	rows     []xrow
	ends     []int
	cells    []xcell
	err      error
	panicked any
}

// newBatch is an empty batch, with room for rows of 16 cells.
func newBatch() *rowBatch {
	return &rowBatch{rows: make([]xrow, 0, batchRows), ends: make([]int, 0, batchRows), cells: make([]xcell, 0, 16*batchRows)}
}

// add puts a row into the batch: its cells are there already when the
// scanner read them into the batch's room (see room), and are copied
// otherwise.
func (b *rowBatch) add(r *xrow) {
	start, n := len(b.cells), len(r.cells)
	if n > 0 && start+n <= cap(b.cells) && &b.cells[:start+n][start] == &r.cells[0] {
		b.cells = b.cells[:start+n]
	} else {
		b.cells = append(b.cells, r.cells...)
	}
	b.ends = append(b.ends, len(b.cells))
	b.rows = append(b.rows, xrow{num: r.num})
}

// room points the scanner's row at the batch's free room, where the
// cells of the next row are then read.
func (b *rowBatch) room(r *xrow) { r.cells = b.cells[len(b.cells):len(b.cells)] }

// seal points the rows at their cells, once no more are added.
func (b *rowBatch) seal() {
	start := 0
	for i, end := range b.ends {
		b.rows[i].cells = b.cells[start:end:end]
		start = end
	}
}

// reset empties the batch for reuse.
func (b *rowBatch) reset() {
	b.rows, b.ends, b.cells, b.err = b.rows[:0], b.ends[:0], b.cells[:0], nil
}

// piped reports whether the sheet of part p is read in two goroutines.
func (wb *workbook) piped(p string) bool {
	f := wb.parts[strings.ToLower(p)]
	return pipedRows && f != nil && f.UncompressedSize64 >= pipeMin && runtime.GOMAXPROCS(0) > 1
}

// readRowsPiped is readRows in two goroutines.
func (b *builder) readRowsPiped(wb *workbook, ref sheetRef, fn func(*xrow) bool) error {
	full := make(chan *rowBatch, 2)
	free := make(chan *rowBatch, 4)
	done := make(chan struct{})
	go func() {
		defer close(full)
		defer func() {
			if p := recover(); p != nil {
				select {
				case full <- &rowBatch{panicked: p}:
				case <-done:
				}
			}
		}()
		data, err := wb.part(ref.part)
		if err != nil || data == nil {
			if err != nil {
				select {
				case full <- &rowBatch{err: err}:
				case <-done:
				}
			}
			return
		}
		batch := newBatch()
		send := func() bool {
			batch.seal()
			select {
			case full <- batch:
			case <-done:
				return false
			}
			select {
			case batch = <-free:
				batch.reset()
			default:
				batch = newBatch()
			}
			return true
		}
		err = wb.readSheet(data, func(r *xrow) error {
			batch.add(r)
			if len(batch.rows) == batchRows && !send() {
				return errStop
			}
			batch.room(r)
			return nil
		})
		if err == errStop {
			return
		}
		batch.err = err
		send()
	}()
	defer func() {
		close(done)
		for range full { // wait for the scanning goroutine to end
		}
	}()
	for batch := range full {
		if batch.panicked != nil {
			panic(batch.panicked)
		}
		for i := range batch.rows {
			if b.stopped || !fn(&batch.rows[i]) {
				return nil
			}
		}
		if batch.err != nil {
			return batch.err
		}
		select {
		case free <- batch:
		default:
		}
	}
	return nil
}
