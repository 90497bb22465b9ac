package html

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"zongjie/internal/doc/doctest"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// TestGolden compares the HTML of each document doctest builds with
// testdata/NAME.html.
func TestGolden(t *testing.T) {
	for _, tc := range doctest.Built() {
		t.Run(tc.Name, func(t *testing.T) {
			var got bytes.Buffer
			if err := Write(&got, tc.Doc); err != nil {
				t.Fatal(err)
			}
			golden := filepath.Join("testdata", tc.Name+".html")
			if *update {
				if err := os.WriteFile(golden, got.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if !bytes.Equal(got.Bytes(), want) {
				t.Errorf("output differs from %s (go test -update rewrites it):\n%s", golden, firstDiff(got.Bytes(), want))
			}
		})
	}
}

// TestDeterministic renders every document twice, the second time from a
// copy, and wants identical bytes.
func TestDeterministic(t *testing.T) {
	for _, tc := range doctest.All(t) {
		var a, b bytes.Buffer
		if err := Write(&a, tc.Doc); err != nil {
			t.Fatal(err)
		}
		if err := Write(&b, doctest.Decode(doctest.Encode(tc.Doc))); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(a.Bytes(), b.Bytes()) {
			t.Errorf("%s: two renderings differ", tc.Name)
		}
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
			return "line " + strconv.Itoa(i+1) + ":\n got: " + string(gl) + "\nwant: " + string(wl)
		}
	}
	return "(no line differs)"
}
