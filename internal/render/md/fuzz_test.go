package md

import (
	"bytes"
	"testing"
	"time"

	"zongjie/internal/doc"
	"zongjie/internal/doc/doctest"
	"zongjie/internal/hostile"
)

// FuzzMarkdown writes documents decoded from arbitrary bytes
// (doctest.Decode; seeded from the test documents and every example
// report, whole and by section) as Markdown and reads it back with a
// CommonMark reader: it never fails or panics, and the reader finds every
// block with its level, its whole text and its styles, and no markup of
// the text's own. Documents that hit the goldmark quirk are skipped.
//
//	go test ./internal/render/md -run '^$' -fuzz FuzzMarkdown -fuzztime 10m
func FuzzMarkdown(f *testing.F) {
	for _, seed := range doctest.Seeds(f) {
		f.Add(seed)
	}
	f.Add([]byte("0\x1f# 标题 #\nP1.\x1f**不加粗** <b> [x](y) &amp; \\ `\x1e> 引用\x1e- 项\x1e===\n" +
		"TLN\x1f| 竖线 |\x1d```\x1e1. 列表\x1d\x1c1粗\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		defer hostile.Watchdog(10 * time.Second)()
		d := doctest.Decode(data)
		var out bytes.Buffer
		if err := Write(&out, d); err != nil {
			t.Fatalf("Write: %v", err)
		}
		// Text no format carries is dropped (doc.CleanText).
		d = doctest.MapText(d, doc.CleanText)
		got, err := readBack(out.Bytes())
		if err != nil {
			t.Fatal(err)
		}
		if diff := diffBlocks(got, wantBlocks(d)); diff != "" {
			t.Fatalf("%s\nMarkdown:\n%s", diff, out.Bytes())
		}
	})
}
