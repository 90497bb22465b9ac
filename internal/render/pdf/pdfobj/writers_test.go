package pdfobj

import (
	"sync"
	"testing"

	"zongjie/internal/fonts"
)

// TestWritersShared: the DEFLATE writers are shared by every goroutine
// that compresses. Documents written one after another, with their fonts
// subset ahead on another goroutine as zongjie's PDF writer does, make no
// more writers in all than can be compressing at the same time: the
// goroutines of compressors and the one working ahead.
func TestWritersShared(t *testing.T) {
	writers.mu.Lock()
	free, made := writers.free, writers.made
	writers.free, writers.made = nil, 0
	writers.mu.Unlock()
	t.Cleanup(func() {
		writers.mu.Lock()
		writers.free, writers.made = append(writers.free, free...), writers.made+made
		writers.mu.Unlock()
	})

	song, hei := embedded(t, fonts.Song), embedded(t, fonts.Hei)
	WarmWriters()
	if n := writersMade(); n != compressors() {
		t.Fatalf("WarmWriters made %d writers, want %d", n, compressors())
	}
	for range 20 {
		d := documentWith(song, hei)
		d.Ahead = []*Ahead{NewAhead(song, drawnIn(d, song)), NewAhead(hei, drawnIn(d, hei))}
		var ahead sync.WaitGroup
		ahead.Go(func() {
			for _, a := range d.Ahead {
				a.Run()
			}
		})
		write(t, d)
		ahead.Wait() // its writer is back in the list before the next
	}
	if n, limit := writersMade(), compressors()+1; n > limit {
		t.Errorf("20 documents made %d writers in all, want at most %d", n, limit)
	}
}

// writersMade returns how many writers the package has made.
func writersMade() int {
	writers.mu.Lock()
	defer writers.mu.Unlock()
	return writers.made
}
