package md

import (
	"bytes"
	"testing"
	"time"

	"zongjie/internal/doc/doctest"
	"zongjie/internal/hostile"
)

// bugUnclean is the writer bug the fuzz target skips documents for whose
// text holds characters no format carries.
const bugUnclean = "bug: Write copies control characters and noncharacters into the Markdown as they are " +
	"(render/doc.Parse used to drop them; nothing does since the model replaced it)"

// FuzzMarkdown writes documents decoded from arbitrary bytes
// (doctest.Decode; seeded from the test documents and every example
// report, whole and by section) as Markdown and reads it back with a
// CommonMark reader: it never fails or panics, and the reader finds every
// block with its level, its whole text and its styles, and no markup of
// the text's own. Documents that hit a known writer bug are skipped.
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
		if u := doctest.Unclean(d); u != nil {
			t.Skipf("%s: %v", bugUnclean, u)
		}
		for _, b := range d.Blocks {
			if bug := knownBug(b); bug != "" {
				t.Skip(bug)
			}
		}
		got, err := readBack(out.Bytes())
		if err != nil {
			t.Fatal(err)
		}
		if diff := diffBlocks(got, wantBlocks(d)); diff != "" {
			t.Fatalf("%s\nMarkdown:\n%s", diff, out.Bytes())
		}
	})
}
