package html

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"strings"
	"testing"
	"unicode/utf8"
)

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
	dec := newDecoder(page)
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
			case "script", "iframe", "object", "embed", "base", "form", "img", "a", "link":
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

// newDecoder reads HTML as lenient XML: unquoted attributes and the named
// character references of HTML are allowed.
func newDecoder(page []byte) *xml.Decoder {
	dec := xml.NewDecoder(bytes.NewReader(page))
	dec.Strict = false
	dec.Entity = xml.HTMLEntity
	return dec
}

// voidElements have no end tag in HTML.
var voidElements = map[string]bool{
	"area": true, "base": true, "br": true, "col": true, "embed": true, "hr": true, "img": true,
	"input": true, "link": true, "meta": true, "source": true, "track": true, "wbr": true,
}

// readText returns the text a reader sees in the page's article, in the
// form of doctest.Text: each heading, paragraph and table row on a line of
// its own, a <br> as a line break, the cells of a row separated by a space.
// The line feeds Write puts between elements for readability are not text,
// nor are the breaks the layout puts in the title and in header cells, nor
// the 版头 and 版记 (doc.Issue).
func readText(page []byte) (string, error) {
	dec := newDecoder(page)
	var b strings.Builder
	inArticle, inBlock, cells := false, false, 0
	layoutBreaks := false // in the title or a header cell: a <br> is layout
	apparatus := 0        // inside the 版头 or the 版记
	for {
		tok, err := dec.RawToken()
		if err == io.EOF {
			break
		}
		if err != nil {
			return "", err
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			switch name := strings.ToLower(tok.Name.Local); name {
			case "article":
				inArticle = true
			case "header", "footer":
				apparatus++
			case "h1", "h2", "h3", "h4", "h5", "h6", "p", "figcaption":
				inBlock = apparatus == 0
				layoutBreaks = name == "h1"
			case "br":
				if inBlock && !layoutBreaks {
					b.WriteByte('\n')
				}
			case "tr":
				cells = 0
			case "th", "td":
				if cells > 0 {
					b.WriteByte(' ')
				}
				cells++
				inBlock, layoutBreaks = true, name == "th"
			}
		case xml.EndElement:
			switch strings.ToLower(tok.Name.Local) {
			case "article":
				inArticle = false
			case "header", "footer":
				apparatus--
			case "h1", "h2", "h3", "h4", "h5", "h6", "p", "figcaption":
				if inBlock {
					b.WriteByte('\n')
				}
				inBlock = false
			case "th", "td":
				inBlock = false
			case "tr":
				b.WriteByte('\n')
			}
		case xml.CharData:
			if inArticle && inBlock {
				b.WriteString(strings.ReplaceAll(string(tok), "\n", ""))
			}
		}
	}
	return b.String(), nil
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
		{"link", "<!DOCTYPE html>\n<html><body><p><a title=\"x\">a</a></p></body></html>\n", false},
		{"two roots", "<!DOCTYPE html>\n<html></html><html></html>\n", false},
		{"no doctype", "<html></html>\n", false},
		{"control character", "<!DOCTYPE html>\n<html><body><p>a\x01b</p></body></html>\n", false},
		{"not UTF-8", "<!DOCTYPE html>\n<html><body><p>a\xffb</p></body></html>\n", false},
	}
	for _, tt := range tests {
		if err := checkHTML([]byte(tt.page)); (err == nil) != tt.ok {
			t.Errorf("%s: checkHTML = %v, want ok=%v", tt.name, err, tt.ok)
		}
	}
}

// TestReadText shows what readText reads from a page.
func TestReadText(t *testing.T) {
	page := "<!DOCTYPE html>\n<html><head><title>不读</title></head><body><article class=\"page\">\n" +
		"<h1 class=\"title\">标题</h1>\n<p class=\"body\">1.<strong>一是</strong>a &amp; &lt;b&gt;<br>\n第二行</p>\n" +
		"<table>\n<thead>\n<tr>\n<th>甲</th>\n<th>乙</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>1</td>\n<td></td>\n</tr>\n</tbody>\n</table>\n" +
		"</article></body></html>\n"
	want := "标题\n1.一是a & <b>\n第二行\n甲 乙\n1 \n"
	if got, err := readText([]byte(page)); err != nil || got != want {
		t.Errorf("readText = %q, %v; want %q", got, err, want)
	}
}
