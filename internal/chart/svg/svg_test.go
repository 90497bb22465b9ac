package svg

import (
	"bytes"
	"encoding/xml"
	"flag"
	"io"
	"math/big"
	"path/filepath"
	"strings"
	"testing"

	"zongjie/internal/chart"
	"zongjie/internal/chart/catalog"
	"zongjie/internal/chart/charttest"
	"zongjie/internal/fonts"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// parsed is what an XML parser reads from an SVG: its elements by name and
// the text of its <text>, <title> and <desc> elements.
type parsed struct {
	elements map[string]int
	texts    []string
	title    string
	desc     string
	root     xml.StartElement
}

// parse reads the SVG with encoding/xml, failing on any error.
func parse(t *testing.T, b []byte) parsed {
	t.Helper()
	p := parsed{elements: map[string]int{}}
	dec := xml.NewDecoder(bytes.NewReader(b))
	var stack []string
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("the SVG does not parse: %v", err)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			if len(stack) == 0 {
				p.root = tok.Copy()
			}
			stack = append(stack, tok.Name.Local)
			p.elements[tok.Name.Local]++
		case xml.EndElement:
			stack = stack[:len(stack)-1]
		case xml.CharData:
			if len(stack) == 0 {
				continue
			}
			switch stack[len(stack)-1] {
			case "text":
				p.texts = append(p.texts, string(tok))
			case "title":
				p.title += string(tok)
			case "desc":
				p.desc += string(tok)
			}
		}
	}
	return p
}

// TestExamples writes every example's charts, checks each SVG parses,
// has its title and description, and holds every category label and
// figure as text; two are kept as golden files.
func TestExamples(t *testing.T) {
	keep := map[string]bool{"term term.members": true, "yongjia-edu-2013 annual.top_units": true, "sector/factory-2023 annual.relief_kinds": true}
	for _, ex := range charttest.Examples(t) {
		for _, id := range catalog.IDs() {
			c, ok := catalog.Build(id, ex.Result)
			if !ok {
				continue
			}
			where := ex.Name + " " + id
			d := chart.Layout(c, chart.Size{W: 442, H: 260}, chart.GridMetrics{})
			b := Bytes(d, Options{ID: "chart1"})
			if !bytes.Equal(b, Bytes(d, Options{ID: "chart1"})) {
				t.Errorf("%s: two writes differ", where)
			}
			p := parse(t, b)
			if p.root.Name.Space != "http://www.w3.org/2000/svg" || p.root.Name.Local != "svg" {
				t.Errorf("%s: root %v", where, p.root.Name)
			}
			if p.title != c.Title || p.desc != c.Summary() {
				t.Errorf("%s: title %q desc %q", where, p.title, p.desc)
			}
			all := strings.Join(p.texts, "\n")
			for _, tx := range d.Texts() {
				if !strings.Contains(all, tx.Text) {
					t.Errorf("%s: %q is not text in the SVG", where, tx.Text)
				}
			}
			// Every figure is written in the drawing, with its unit or
			// bare under the axis' unit.
			for _, s := range c.Series {
				for _, pt := range s.Points {
					if !strings.Contains(all, pt.Label) && !strings.Contains(all, strings.TrimSuffix(pt.Label, s.Unit)) {
						t.Errorf("%s: figure %s is not in the SVG", where, pt.Label)
					}
				}
			}
			if p.elements["text"] != len(d.Texts()) {
				t.Errorf("%s: %d text elements for %d texts", where, p.elements["text"], len(d.Texts()))
			}
			if keep[where] {
				charttest.Golden(t, *update, strings.ReplaceAll(ex.Name, "/", "_")+"."+id+".svg", b)
			}
		}
	}
}

// TestHostileText checks that names from the data cannot break the SVG
// or inject markup: they are escaped, and characters XML cannot hold are
// replaced.
func TestHostileText(t *testing.T) {
	cats := []string{`<script>alert("x")</script>`, "A&B \"引号\" 'x'", "控制\x01字符\x1b", "]]><!--"}
	c := chart.Chart{Kind: chart.Bar, Title: `</title><script>`, Categories: cats}
	s := chart.Series{Name: "人数", Unit: "人"}
	for i := range cats {
		n := big.NewRat(int64(i+1), 1)
		s.Points = append(s.Points, chart.Point{Exact: n, Shown: n.RatString(), Label: n.RatString() + "人"})
	}
	c.Series = []chart.Series{s}
	d := chart.Layout(c, chart.Size{W: 442, H: 260}, chart.GridMetrics{})
	b := Bytes(d, Options{ID: `x" onload="alert(1)`})
	p := parse(t, b)
	if p.elements["script"] != 0 || bytes.Contains(b, []byte("<script")) {
		t.Error("markup from the data reached the SVG")
	}
	for _, a := range p.root.Attr {
		if a.Name.Local == "onload" {
			t.Error("an id injected an attribute")
		}
	}
	if p.title != `</title><script>` {
		t.Errorf("title %q", p.title)
	}
}

// TestFamilies checks that the report's families set the labels.
func TestFamilies(t *testing.T) {
	c, ok := catalog.Build(catalog.TermMembers, charttest.Run(t, termFiles(t)...))
	if !ok {
		t.Fatal("no chart")
	}
	d := chart.Layout(c, chart.Size{W: 442, H: 260}, chart.GridMetrics{})
	fam := func(f fonts.Face) string {
		if f == fonts.Hei {
			return `"黑体", sans-serif`
		}
		return `"Times New Roman", "宋体", serif`
	}
	b := string(Bytes(d, Options{Family: fam}))
	if !strings.Contains(b, `font-family="&#34;Times New Roman&#34;, &#34;宋体&#34;, serif"`) || !strings.Contains(b, `font-family="&#34;黑体&#34;, sans-serif"`) {
		t.Errorf("families not used:\n%s", b)
	}
	if !strings.Contains(string(Bytes(d, Options{})), "方正小标宋简体") {
		t.Error("default families not used")
	}
}

func termFiles(t *testing.T) []string {
	files, err := filepath.Glob(filepath.Join(charttest.Root(), "examples", "term", "*.yaml"))
	if err != nil || len(files) == 0 {
		t.Fatal("no term examples", err)
	}
	return files
}
