package docx

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"zongjie/internal/doc/doctest"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// TestGoldenDocumentXML compares word/document.xml of each document
// doctest builds, pretty-printed, with testdata/NAME.document.xml.
func TestGoldenDocumentXML(t *testing.T) {
	for _, tc := range doctest.Built() {
		t.Run(tc.Name, func(t *testing.T) {
			got, err := indentXML(render(t, tc.Doc)["word/document.xml"])
			if err != nil {
				t.Fatal(err)
			}
			golden := filepath.Join("testdata", tc.Name+".document.xml")
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("document.xml differs from %s (go test -update rewrites it):\n%s", golden, firstDiff(got, want))
			}
		})
	}
}

// firstDiff describes the first differing line of got and want.
func firstDiff(got, want []byte) string {
	g, w := bytes.Split(got, []byte("\n")), bytes.Split(want, []byte("\n"))
	for i := 0; i < len(g) || i < len(w); i++ {
		var gl, wl []byte
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if !bytes.Equal(gl, wl) {
			return "line " + itoa(i+1) + ":\n got: " + string(gl) + "\nwant: " + string(wl)
		}
	}
	return "(no line differs)"
}
