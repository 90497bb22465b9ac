package docx

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"
	"time"

	"zongjie/internal/doc/doctest"
	"zongjie/internal/hostile"
	"zongjie/internal/render/style"
)

// FuzzDOCX writes documents decoded from arbitrary bytes (doctest.Decode;
// seeded from the test documents and every example report, whole and by
// section) as DOCX and checks that it never panics and always gives a package
// Word can open — a zip whose every part is well-formed XML, with the content
// types, the relationships and the document body present — in which Word
// shows the document's whole text. The one error allowed is a date that is
// not YYYY-MM-DD, and then nothing is written.
//
//	go test ./internal/render/docx -run '^$' -fuzz FuzzDOCX -fuzztime 10m
func FuzzDOCX(f *testing.F) {
	for _, seed := range doctest.Seeds(f) {
		f.Add(seed)
	}
	f.Add([]byte("M</w:t>\x1f]]>\x1f2013年12月31日\x1f2013-12-31\n0\x1f<w:p>\n" +
		"P\x1f{{ .X }} \x1c1粗\x1c0 ]]> &amp; \x01\ufffe\t\x1e第二行\n" +
		"TLN\x1f</w:tc>\x1d<w:tbl>\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		defer hostile.Watchdog(10 * time.Second)()
		d := doctest.Decode(data)
		var out bytes.Buffer
		if err := Write(&out, d); err != nil {
			if _, perr := time.Parse(time.DateOnly, d.Meta.ISODate); perr == nil || d.Meta.ISODate == "" {
				t.Fatalf("Write: %v", err)
			}
			if out.Len() != 0 {
				t.Fatal("Write wrote bytes despite the error")
			}
			return
		}
		if err := checkDOCX(out.Bytes()); err != nil {
			t.Fatal(err)
		}
		if u := doctest.Unclean(d); u != nil {
			return // XML cannot carry them: they print as U+FFFD (TestUncleanText)
		}
		files, _ := unzip(t, out.Bytes())
		body, err := parseXML(files["word/document.xml"])
		if err != nil {
			t.Fatal(err)
		}
		if got, want := bodyText(body.first("body")), doctest.Text(style.Printed(d)); got != want {
			t.Fatalf("text read back\n%q\nwant\n%q", got, want)
		}
	})
}

// requiredParts must be in every package.
var requiredParts = []string{"[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/_rels/document.xml.rels"}

// checkDOCX opens data as a zip and parses every part as XML.
func checkDOCX(data []byte) error {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return fmt.Errorf("not a zip: %v", err)
	}
	seen := map[string]bool{}
	for _, zf := range zr.File {
		rc, err := zf.Open()
		if err != nil {
			return fmt.Errorf("%s: %v", zf.Name, err)
		}
		part, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			return fmt.Errorf("%s: %v", zf.Name, err)
		}
		if strings.HasSuffix(zf.Name, ".xlsx") {
			if err := checkWorkbook(part); err != nil {
				return fmt.Errorf("%s: %v", zf.Name, err)
			}
			seen[zf.Name] = true
			continue
		}
		if err := wellFormed(part); err != nil {
			return fmt.Errorf("%s is not well-formed XML: %v", zf.Name, err)
		}
		seen[zf.Name] = true
	}
	for _, name := range requiredParts {
		if !seen[name] {
			return fmt.Errorf("part %s missing", name)
		}
	}
	return nil
}

// checkWorkbook opens a chart's embedded workbook as a zip and parses
// every part of it as XML.
func checkWorkbook(data []byte) error {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return fmt.Errorf("the workbook is not a zip: %v", err)
	}
	for _, zf := range zr.File {
		rc, err := zf.Open()
		if err != nil {
			return err
		}
		part, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			return err
		}
		if err := wellFormed(part); err != nil {
			return fmt.Errorf("workbook part %s is not well-formed XML: %v", zf.Name, err)
		}
	}
	return nil
}

// wellFormed parses data strictly and checks there is one root element.
func wellFormed(data []byte) error {
	dec := xml.NewDecoder(bytes.NewReader(data))
	depth, roots := 0, 0
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return err
		}
		switch tok.(type) {
		case xml.StartElement:
			if depth == 0 {
				roots++
			}
			depth++
		case xml.EndElement:
			depth--
		case xml.CharData:
			if depth == 0 && strings.TrimSpace(string(tok.(xml.CharData))) != "" {
				return errors.New("text outside the root element")
			}
		}
	}
	if roots != 1 {
		return fmt.Errorf("%d root elements", roots)
	}
	return nil
}

// TestCheckDOCX shows that checkDOCX tells a good package from a broken one,
// so FuzzDOCX's verdicts mean something.
func TestCheckDOCX(t *testing.T) {
	pkg := func(parts map[string]string) []byte {
		var b bytes.Buffer
		zw := zip.NewWriter(&b)
		for _, name := range append(requiredParts, "extra.xml") {
			if body, ok := parts[name]; ok {
				w, _ := zw.Create(name)
				io.WriteString(w, body)
			}
		}
		zw.Close()
		return b.Bytes()
	}
	good := map[string]string{}
	for _, name := range requiredParts {
		good[name] = `<?xml version="1.0"?><a><b>x &amp; y</b></a>`
	}
	bad := map[string]string{}
	for k, v := range good {
		bad[k] = v
	}
	bad["extra.xml"] = "<a><b></a>"
	control := map[string]string{}
	for k, v := range good {
		control[k] = v
	}
	control["extra.xml"] = "<a>\x01</a>"
	missing := map[string]string{"[Content_Types].xml": good["[Content_Types].xml"]}
	tests := []struct {
		name string
		data []byte
		ok   bool
	}{
		{"good", pkg(good), true},
		{"broken part", pkg(bad), false},
		{"control character", pkg(control), false},
		{"missing parts", pkg(missing), false},
		{"not a zip", []byte("PK\x03\x04 junk"), false},
	}
	for _, tt := range tests {
		if err := checkDOCX(tt.data); (err == nil) != tt.ok {
			t.Errorf("%s: checkDOCX = %v, want ok=%v", tt.name, err, tt.ok)
		}
	}
}
