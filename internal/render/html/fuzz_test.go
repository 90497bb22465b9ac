package html_test

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"zongjie/internal/doc"
	"zongjie/internal/hostile"
	"zongjie/internal/render/html"
)

// FuzzHTML writes arbitrary Markdown (seeded from the reports composed for
// the examples) as HTML and checks that it never panics and always gives a
// well-formed page: one html element, balanced tags, valid UTF-8, and no
// active content (script, event handler, link target) whatever the text says.
//
//	go test ./internal/render/html -run '^$' -fuzz FuzzHTML -fuzztime 10m
func FuzzHTML(f *testing.F) {
	seeds, err := hostile.MarkdownSeeds("../../report/testdata/golden")
	if err != nil {
		f.Fatal(err)
	}
	for _, seed := range seeds {
		f.Add(seed, "某某工会2013年工作总结")
	}
	f.Add([]byte("# <script>alert(1)</script>\n\n{{ .X }} **粗** <img src=x onerror=alert(1)>\n"), "<script>")
	f.Fuzz(func(t *testing.T, md []byte, title string) {
		defer hostile.Watchdog(10 * time.Second)()
		d := doc.Parse(md, doc.Meta{Title: title, Author: title, Date: "2013年12月31日", ISODate: "2013-12-31"})
		var out bytes.Buffer
		if err := html.Write(&out, d); err != nil {
			t.Fatalf("Write: %v", err)
		}
		if err := checkHTML(out.Bytes()); err != nil {
			t.Fatalf("%v\n%s", err, out.Bytes())
		}
	})
}

// checkHTML parses page as HTML (void elements allowed, entities known)
// and checks that every element is closed in order and nothing in it can
// run: no script, iframe, object or embed element, no on* attribute, no
// href or src at all (a report links nowhere).
func checkHTML(page []byte) error {
	if !utf8.Valid(page) {
		return errors.New("output is not valid UTF-8")
	}
	if !bytes.HasPrefix(page, []byte("<!DOCTYPE html>\n")) {
		return errors.New("output does not start with <!DOCTYPE html>")
	}
	dec := xml.NewDecoder(bytes.NewReader(page))
	dec.Strict = false
	dec.Entity = xml.HTMLEntity
	var open []string
	roots := 0
	for {
		// RawToken neither closes nor matches elements itself, so an
		// unbalanced page shows here.
		tok, err := dec.RawToken()
		if err == io.EOF {
			break
		}
		if err != nil {
			return err
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			name := strings.ToLower(tok.Name.Local)
			switch name {
			case "script", "iframe", "object", "embed", "base", "form":
				return errors.New("active element <" + name + "> in output")
			}
			for _, a := range tok.Attr {
				an := strings.ToLower(a.Name.Local)
				if strings.HasPrefix(an, "on") || an == "href" || an == "src" || an == "srcdoc" {
					return errors.New("attribute " + an + " in output")
				}
			}
			if len(open) == 0 {
				roots++
			}
			if !voidElements[name] {
				open = append(open, name)
			}
		case xml.EndElement:
			name := strings.ToLower(tok.Name.Local)
			if voidElements[name] {
				continue // <br/>
			}
			if len(open) == 0 || open[len(open)-1] != name {
				return errors.New("unbalanced </" + name + ">: open " + strings.Join(open, ">"))
			}
			open = open[:len(open)-1]
		}
	}
	if len(open) != 0 {
		return errors.New("unclosed elements: " + strings.Join(open, ">"))
	}
	if roots != 1 {
		return errors.New("want exactly one root element")
	}
	return nil
}

// voidElements have no end tag in HTML.
var voidElements = map[string]bool{
	"area": true, "base": true, "br": true, "col": true, "embed": true, "hr": true, "img": true,
	"input": true, "link": true, "meta": true, "source": true, "track": true, "wbr": true,
}

// TestCheckHTML shows that checkHTML tells a well-formed page from a broken
// or an active one, so FuzzHTML's verdicts mean something.
func TestCheckHTML(t *testing.T) {
	tests := []struct {
		name, page string
		ok         bool
	}{
		{"good", "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head><body><p>a &amp; b<br></p></body></html>\n", true},
		{"unclosed", "<!DOCTYPE html>\n<html><body><p>a</body></html>\n", false},
		{"script", "<!DOCTYPE html>\n<html><body><script>x</script></body></html>\n", false},
		{"handler", "<!DOCTYPE html>\n<html><body><p onclick=\"x\">a</p></body></html>\n", false},
		{"two roots", "<!DOCTYPE html>\n<html></html><html></html>\n", false},
		{"no doctype", "<html></html>\n", false},
	}
	for _, tt := range tests {
		if err := checkHTML([]byte(tt.page)); (err == nil) != tt.ok {
			t.Errorf("%s: checkHTML = %v, want ok=%v", tt.name, err, tt.ok)
		}
	}
}
