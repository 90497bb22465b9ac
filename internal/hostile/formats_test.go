package hostile

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"

	"zongjie/internal/cli"
)

// hostileLiterals are the clerk's texts in testdata/hostile/inputs/
// hostile-text.yaml that every output format must show exactly as typed:
// as text, not as an element, a link, a heading, bold or a template action.
var hostileLiterals = []string{
	"<script>alert(1)</script>公路管理段",
	"**运输**管理所",
	"{{ .Org.Name }}养护站",
	"[点这里](javascript:alert(1)) `代码` ${x} <img src=x onerror=alert(1)>",
	"# 这一行不是标题",
	"<b>也不加粗</b>",
	`{{ template "x" }}`,
	"| 不是 | 表格 |",
}

// activeElements must not appear in any HTML rendering of a report: the
// clerk's text never becomes markup.
var activeElements = map[string]bool{"script": true, "img": true, "a": true, "b": true, "code": true, "iframe": true, "table": true, "strong": true, "em": true}

// literalInEveryFormat renders data in all four formats and checks that each
// shows hostileLiterals literally. Markdown is checked the way a reader sees
// it: rendered by goldmark's own CommonMark renderer (not zongjie's).
func literalInEveryFormat(data string) func(*testing.T, string) []string {
	return func(t *testing.T, dir string) []string {
		outs := renderAll(t, dir, data)
		checked := []string{"md", "html", "docx"}
		for _, f := range []string{"md", "html"} {
			page := outs[f]
			if f == "md" {
				var b bytes.Buffer
				md := goldmark.New(goldmark.WithExtensions(extension.Table))
				if err := md.Convert(page, &b); err != nil {
					t.Fatal(err)
				}
				page = b.Bytes()
			}
			text, elems, err := htmlText(page)
			if err != nil {
				t.Errorf("%s: %v", f, err)
				continue
			}
			for _, el := range elems {
				if activeElements[el] {
					t.Errorf("%s: the clerk's text became a <%s> element", f, el)
				}
			}
			wantLiterals(t, f, text, false)
		}
		wantLiterals(t, "docx", docxText(t, outs["docx"]), false)
		if text, ok := pdfText(t, filepath.Join(dir, "报告.pdf")); ok {
			wantLiterals(t, "pdf", text, true)
			checked = append(checked, "pdf")
		}
		return []string{"8 段文字在 " + strings.Join(checked, "、") + " 中都原样显示,没有成为标签、链接、标题、加粗或模板指令"}
	}
}

// formatsRender renders data in all four formats and checks that each holds
// text whole.
func formatsRender(data, text string) func(*testing.T, string) []string {
	return func(t *testing.T, dir string) []string {
		outs := renderAll(t, dir, data)
		if !bytes.Contains(outs["md"], []byte(text)) || !bytes.Contains(outs["html"], []byte(text)) {
			t.Errorf("md or html lacks the long name")
		}
		if !strings.Contains(docxText(t, outs["docx"]), text) {
			t.Errorf("docx lacks the long name")
		}
		if got, ok := pdfText(t, filepath.Join(dir, "报告.pdf")); ok && !strings.Contains(got, stripSpace(text)) {
			t.Errorf("pdf lacks the long name")
		}
		return []string{"md、html、docx、pdf 都已生成,名称完整出现在每种格式中"}
	}
}

// renderAll renders data to 报告.{md,html,docx,pdf} in dir and returns the
// files' bytes.
func renderAll(t *testing.T, dir, data string) map[string][]byte {
	t.Helper()
	outs := map[string][]byte{}
	for _, f := range []string{"md", "html", "docx", "pdf"} {
		out := filepath.Join(dir, "报告."+f)
		var msgs bytes.Buffer
		if code := cli.Main([]string{"render", "-o", out, filepath.Join(dir, data)}, nil, &msgs, &msgs); code != 0 {
			t.Fatalf("render %s: %s", f, msgs.String())
		}
		b, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		outs[f] = b
	}
	return outs
}

func wantLiterals(t *testing.T, format, text string, ignoreSpace bool) {
	t.Helper()
	text = strings.ReplaceAll(text, "\n", "")
	if ignoreSpace {
		text = stripSpace(text)
	}
	for _, lit := range hostileLiterals {
		want := lit
		if ignoreSpace {
			want = stripSpace(lit)
		}
		if !strings.Contains(text, want) {
			t.Errorf("%s does not show %q literally", format, lit)
		}
	}
}

// htmlText returns the text of an HTML page's body (entities decoded) and
// the names of the elements in it.
func htmlText(page []byte) (string, []string, error) {
	dec := xml.NewDecoder(bytes.NewReader(page))
	dec.Strict = false
	dec.AutoClose = xml.HTMLAutoClose
	dec.Entity = xml.HTMLEntity
	var text strings.Builder
	var elems []string
	skip := 0 // inside <head>, <style>
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return text.String(), elems, nil
		}
		if err != nil {
			return "", nil, err
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			name := strings.ToLower(tok.Name.Local)
			switch name {
			case "head", "style", "title":
				skip++
			default:
				if skip == 0 {
					elems = append(elems, name)
				}
			}
		case xml.EndElement:
			switch strings.ToLower(tok.Name.Local) {
			case "head", "style", "title":
				skip--
			}
		case xml.CharData:
			if skip == 0 {
				text.Write(tok)
			}
		}
	}
}

// docxText returns the text of every w:t run of a DOCX document, in order.
func docxText(t *testing.T, data []byte) string {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range zr.File {
		if f.Name != "word/document.xml" {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		defer rc.Close()
		dec := xml.NewDecoder(rc)
		var b strings.Builder
		inText := false
		for {
			tok, err := dec.Token()
			if err == io.EOF {
				return b.String()
			}
			if err != nil {
				t.Fatal(err)
			}
			switch tok := tok.(type) {
			case xml.StartElement:
				inText = tok.Name.Local == "t"
			case xml.EndElement:
				inText = false
			case xml.CharData:
				if inText {
					b.Write(tok)
				}
			}
		}
	}
	t.Fatal("no word/document.xml")
	return ""
}

// pdfText extracts a PDF's text with pdftotext, without white space. It
// reports false (and says so) when poppler-utils is not installed; CI
// installs it.
func pdfText(t *testing.T, path string) (string, bool) {
	t.Helper()
	bin, err := exec.LookPath("pdftotext")
	if err != nil {
		t.Log("pdftotext is not installed: the PDF's text is not checked")
		return "", false
	}
	out, err := exec.Command(bin, "-enc", "UTF-8", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	// Page numbers ("— 3 —") sit between the text of two pages.
	return stripSpace(pageNumber.ReplaceAllString(string(out), "")), true
}

var pageNumber = regexp.MustCompile(`(?m)^—\s*\d+\s*—\s*$`)

func stripSpace(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}
