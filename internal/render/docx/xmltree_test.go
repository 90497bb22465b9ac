package docx

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"strings"
	"testing"

	"zongjie/internal/doc"
)

// node is an element of a parsed XML part, for assertions in tests.
// Names are local names; WordprocessingML has one namespace per part.
type node struct {
	name     string
	attrs    map[string]string // by local name
	children []*node
	text     string // character data directly inside
}

// parseXML checks that data is well-formed XML (tags balanced, names and
// namespaces valid) and returns its root element.
func parseXML(data []byte) (*node, error) {
	dec := xml.NewDecoder(bytes.NewReader(data))
	dec.Strict = true
	var stack []*node
	var root *node
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, err
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			n := &node{name: tok.Name.Local, attrs: map[string]string{}}
			for _, a := range tok.Attr {
				n.attrs[a.Name.Local] = a.Value
			}
			if len(stack) > 0 {
				top := stack[len(stack)-1]
				top.children = append(top.children, n)
			} else if root != nil {
				return nil, errors.New("more than one root element")
			} else {
				root = n
			}
			stack = append(stack, n)
		case xml.EndElement:
			stack = stack[:len(stack)-1]
		case xml.CharData:
			if len(stack) > 0 {
				stack[len(stack)-1].text += string(tok)
			}
		}
	}
	if root == nil {
		return nil, errors.New("no root element")
	}
	return root, nil
}

// all returns the descendants of n (n included) named name, in document order.
func (n *node) all(name string) []*node {
	var out []*node
	if n.name == name {
		out = append(out, n)
	}
	for _, c := range n.children {
		out = append(out, c.all(name)...)
	}
	return out
}

// first returns the first descendant named name, or nil.
func (n *node) first(name string) *node {
	if all := n.all(name); len(all) > 0 {
		return all[0]
	}
	return nil
}

// textContent joins the w:t text below n.
func (n *node) textContent() string {
	var b strings.Builder
	for _, t := range n.all("t") {
		b.WriteString(t.text)
	}
	return b.String()
}

// indentXML pretty-prints an XML part, one element per line, keeping
// prefixes as written, so golden files diff readably. Character data stays
// on the line of its element; elements without content are written <a/>.
func indentXML(data []byte) ([]byte, error) {
	if _, err := parseXML(data); err != nil {
		return nil, err
	}
	dec := xml.NewDecoder(bytes.NewReader(data))
	var b bytes.Buffer
	depth := 0
	pending := false // a start tag lacks its '>'
	inline := false  // the current element holds character data
	name := func(n xml.Name) string {
		if n.Space == "" {
			return n.Local
		}
		return n.Space + ":" + n.Local
	}
	for {
		tok, err := dec.RawToken()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, err
		}
		switch tok := tok.(type) {
		case xml.ProcInst:
			b.WriteString("<?" + tok.Target + " " + string(tok.Inst) + "?>\n")
		case xml.StartElement:
			if pending {
				b.WriteString(">\n")
			}
			b.WriteString(strings.Repeat("  ", depth) + "<" + name(tok.Name))
			for _, a := range tok.Attr {
				b.WriteString(" " + name(a.Name) + `="` + escape(a.Value) + `"`)
			}
			depth++
			pending, inline = true, false
		case xml.CharData:
			if pending || inline {
				if pending {
					b.WriteByte('>')
				}
				b.WriteString(escape(string(tok)))
				pending, inline = false, true
			}
		case xml.EndElement:
			depth--
			switch {
			case pending:
				b.WriteString("/>\n")
			case inline:
				b.WriteString("</" + name(tok.Name) + ">\n")
			default:
				b.WriteString(strings.Repeat("  ", depth) + "</" + name(tok.Name) + ">\n")
			}
			pending, inline = false, false
		}
	}
	return b.Bytes(), nil
}

// unzip returns the entries of a zip file by name, and their names in order.
func unzip(t *testing.T, data []byte) (map[string][]byte, []*zip.File) {
	t.Helper()
	r, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal("not a zip:", err)
	}
	files := map[string][]byte{}
	for _, f := range r.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatalf("%s: %v", f.Name, err)
		}
		files[f.Name] = b
	}
	return files, r.File
}

// render writes d and unzips it.
func render(t *testing.T, d *doc.Document) map[string][]byte {
	t.Helper()
	var buf bytes.Buffer
	if err := Write(&buf, d); err != nil {
		t.Fatal(err)
	}
	files, _ := unzip(t, buf.Bytes())
	return files
}
