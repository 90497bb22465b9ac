package html

import (
	"bytes"
	"testing"
	"time"

	"zongjie/internal/doc"
	"zongjie/internal/doc/doctest"
	"zongjie/internal/hostile"
	"zongjie/internal/render/style"
)

// FuzzHTML writes documents decoded from arbitrary bytes (doctest.Decode;
// seeded from the test documents and every example report, whole and by
// section) as HTML and checks that it never fails or panics and always gives
// a well-formed page (one html element, balanced tags, valid UTF-8) with no
// active content (script, event handler, link target) whatever the text says,
// and that a reader finds the document's whole text in it, in order.
//
//	go test ./internal/render/html -run '^$' -fuzz FuzzHTML -fuzztime 10m
func FuzzHTML(f *testing.F) {
	for _, seed := range doctest.Seeds(f) {
		f.Add(seed)
	}
	f.Add([]byte("M</title><script>\x1f\"><script>\n0\x1f<script>alert(1)</script>\n" +
		"P1.\x1f{{ .X }} \x1c1粗\x1c0 <img src=x onerror=alert(1)> &amp;\x1e]]>\n" +
		"TLN\x1f<th>\x1d</td>\x1e<b>\x1d&#x4E2D;\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		defer hostile.Watchdog(10 * time.Second)()
		d := doctest.Decode(data)
		var out bytes.Buffer
		if err := Write(&out, d); err != nil {
			t.Fatalf("Write: %v", err)
		}
		if err := checkHTML(out.Bytes()); err != nil {
			t.Fatalf("%v\n%s", err, out.Bytes())
		}
		got, err := readText(out.Bytes())
		if err != nil {
			t.Fatal(err)
		}
		// Text no format carries is dropped (doc.CleanText).
		if want := doctest.Text(style.Printed(doctest.MapText(d, doc.CleanText))); got != want {
			t.Fatalf("text read back\n%q\nwant\n%q", got, want)
		}
	})
}
