package zipfile

import (
	"archive/zip"
	"bytes"
	"io"
	"strings"
	"testing"
)

// TestDecompressor: the entries Write deflates read back through
// Decompressor, one after another (the readers reused from the pool), and
// a reader closed reads no more.
func TestDecompressor(t *testing.T) {
	parts := []Part{
		{Name: "a.xml", Data: []byte(strings.Repeat("<row><c r=\"A1\"><v>1</v></c></row>", 5000))},
		{Name: "b.xml", Data: []byte("甲乙丙")},
		{Name: "c.xml", Data: nil},
	}
	var buf bytes.Buffer
	if err := Write(&buf, parts); err != nil {
		t.Fatal(err)
	}
	for round := 0; round < 3; round++ {
		zr, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
		if err != nil {
			t.Fatal(err)
		}
		zr.RegisterDecompressor(zip.Deflate, Decompressor)
		for i, f := range zr.File {
			rc, err := f.Open()
			if err != nil {
				t.Fatal(err)
			}
			got, err := io.ReadAll(rc) // archive/zip checks the CRC at the end
			if err != nil {
				t.Fatalf("%s: %v", f.Name, err)
			}
			if !bytes.Equal(got, parts[i].Data) {
				t.Errorf("%s: %d bytes read back, %d written", f.Name, len(got), len(parts[i].Data))
			}
			if err := rc.Close(); err != nil {
				t.Fatal(err)
			}
			if _, err := rc.Read(make([]byte, 1)); err == nil {
				t.Errorf("%s: read after close", f.Name)
			}
		}
	}
}

// TestDecompressorDamaged: a damaged entry is an error, never a panic or
// wrong data passed on as right.
func TestDecompressorDamaged(t *testing.T) {
	var buf bytes.Buffer
	data := []byte(strings.Repeat("<c r=\"B2\"><v>12</v></c>", 2000))
	if err := Write(&buf, []Part{{Name: "s.xml", Data: data}}); err != nil {
		t.Fatal(err)
	}
	raw := buf.Bytes()
	for _, at := range []int{40, 60, 100, 200} {
		bad := append([]byte(nil), raw...)
		bad[at] ^= 0x55
		zr, err := zip.NewReader(bytes.NewReader(bad), int64(len(bad)))
		if err != nil {
			continue // the damage hit the directory
		}
		zr.RegisterDecompressor(zip.Deflate, Decompressor)
		rc, err := zr.File[0].Open()
		if err != nil {
			continue
		}
		got, err := io.ReadAll(rc)
		rc.Close()
		if err == nil && !bytes.Equal(got, data) {
			t.Errorf("byte %d damaged: wrong data read without an error", at)
		}
	}
}
