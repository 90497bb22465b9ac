package pdf

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// TestWriteCorpusForInspection writes every test document as PDF, with the
// embedded fonts and with the installed ones, into the directory named by
// ZONGJIE_PDF_OUT, for a person to look at (pdftoppm -png -r 60 …). It is
// skipped unless that variable is set.
func TestWriteCorpusForInspection(t *testing.T) {
	dir := os.Getenv("ZONGJIE_PDF_OUT")
	if dir == "" {
		t.Skip("set ZONGJIE_PDF_OUT=dir to write the test documents as PDF files")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, fc := range fontConfigs(t) {
		for _, c := range corpus(t) {
			var buf bytes.Buffer
			if err := fc.w.Write(&buf, printable(fc.w.Fonts(), c.Doc)); err != nil {
				t.Fatal(err)
			}
			name := filepath.Join(dir, c.Name+"-"+fc.name+".pdf")
			if err := os.WriteFile(name, buf.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
			if !bytes.HasPrefix(buf.Bytes(), []byte("%PDF-")) {
				t.Errorf("%s is not a PDF", name)
			}
			t.Logf("%s: %d bytes", name, buf.Len())
		}
	}
}
