package ooxml

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"zongjie/internal/chart"
	"zongjie/internal/chart/catalog"
	"zongjie/internal/chart/charttest"
)

// The parts of a chart part the tests read.
type (
	xChartSpace struct {
		XMLName xml.Name `xml:"chartSpace"`
		Lang    xVal     `xml:"lang"`
		Chart   struct {
			PlotArea struct {
				Bar   []xGroup `xml:"barChart"`
				Line  []xGroup `xml:"lineChart"`
				CatAx []xAx    `xml:"catAx"`
				ValAx []xAx    `xml:"valAx"`
			} `xml:"plotArea"`
			Legend *struct{} `xml:"legend"`
		} `xml:"chart"`
		ExternalData struct {
			ID string `xml:"http://schemas.openxmlformats.org/officeDocument/2006/relationships id,attr"`
		} `xml:"externalData"`
	}
	xGroup struct {
		Grouping xVal   `xml:"grouping"`
		Ser      []xSer `xml:"ser"`
		AxID     []xVal `xml:"axId"`
	}
	xSer struct {
		Idx xVal `xml:"idx"`
		Tx  struct {
			F   string `xml:"strRef>f"`
			Pts []xPt  `xml:"strRef>strCache>pt"`
		} `xml:"tx"`
		Cat struct {
			F     string `xml:"strRef>f"`
			Count xVal   `xml:"strRef>strCache>ptCount"`
			Pts   []xPt  `xml:"strRef>strCache>pt"`
		} `xml:"cat"`
		Val struct {
			F      string `xml:"numRef>f"`
			Format string `xml:"numRef>numCache>formatCode"`
			Count  xVal   `xml:"numRef>numCache>ptCount"`
			Pts    []xPt  `xml:"numRef>numCache>pt"`
		} `xml:"val"`
		DLbls struct {
			Delete *xVal `xml:"delete"`
			NumFmt struct {
				Code string `xml:"formatCode,attr"`
			} `xml:"numFmt"`
		} `xml:"dLbls"`
	}
	xAx struct {
		ID      xVal `xml:"axId"`
		Delete  xVal `xml:"delete"`
		Scaling struct {
			Max *xVal `xml:"max"`
			Min *xVal `xml:"min"`
		} `xml:"scaling"`
		Title *struct {
			Text string `xml:"tx>rich>p>r>t"`
		} `xml:"title"`
		CrossAx xVal `xml:"crossAx"`
	}
	xVal struct {
		Val string `xml:"val,attr"`
	}
	xPt struct {
		Idx int    `xml:"idx,attr"`
		V   string `xml:"v"`
	}
)

// examples builds the chart part of every example's charts.
func examples(t *testing.T) (names []string, charts []chart.Chart, parts []Part) {
	t.Helper()
	for _, ex := range charttest.Examples(t) {
		for _, id := range catalog.IDs() {
			c, ok := catalog.Build(id, ex.Result)
			if !ok {
				continue
			}
			p, err := Build(c, len(parts)+1, Options{})
			if err != nil {
				t.Fatalf("%s %s: %v", ex.Name, id, err)
			}
			names = append(names, ex.Name+" "+id)
			charts = append(charts, c)
			parts = append(parts, p)
		}
	}
	return names, charts, parts
}

// TestCachedValues parses every example's chart part and checks the
// series' cached names, categories and figures against the chart, and the
// embedded workbook's cells against the same figures.
func TestCachedValues(t *testing.T) {
	names, charts, parts := examples(t)
	if len(parts) == 0 {
		t.Fatal("no charts")
	}
	for k, p := range parts {
		c, where := charts[k], names[k]
		var cs xChartSpace
		if err := xml.Unmarshal(p.XML, &cs); err != nil {
			t.Fatalf("%s: chart part does not parse: %v", where, err)
		}
		if cs.Lang.Val != "zh-CN" || cs.ExternalData.ID != "rId1" {
			t.Errorf("%s: lang %q, external data %q", where, cs.Lang.Val, cs.ExternalData.ID)
		}
		if (cs.Chart.Legend != nil) != (len(c.Series) > 1) {
			t.Errorf("%s: legend for %d series", where, len(c.Series))
		}
		wb, err := excelize.OpenReader(bytes.NewReader(p.Workbook))
		if err != nil {
			t.Fatalf("%s: workbook does not open: %v", where, err)
		}
		var sers []xSer
		for _, g := range append(cs.Chart.PlotArea.Bar, cs.Chart.PlotArea.Line...) {
			sers = append(sers, g.Ser...)
		}
		if len(sers) != len(c.Series) {
			t.Fatalf("%s: %d series written of %d", where, len(sers), len(c.Series))
		}
		for _, ser := range sers {
			i, _ := strconv.Atoi(ser.Idx.Val)
			s := c.Series[i]
			if len(ser.Tx.Pts) != 1 || ser.Tx.Pts[0].V != s.Name || cell(t, wb, ser.Tx.F) != s.Name {
				t.Errorf("%s: series %d named %+v, want %q", where, i, ser.Tx, s.Name)
			}
			if ser.Cat.Count.Val != strconv.Itoa(len(c.Categories)) || ser.Val.Count.Val != strconv.Itoa(len(c.Categories)) {
				t.Errorf("%s: counts %s, %s for %d categories", where, ser.Cat.Count.Val, ser.Val.Count.Val, len(c.Categories))
			}
			cats := cells(t, wb, ser.Cat.F)
			for j, cat := range c.Categories {
				if j >= len(ser.Cat.Pts) || ser.Cat.Pts[j].V != cat || ser.Cat.Pts[j].Idx != j || cats[j] != cat {
					t.Errorf("%s: category %d is not %q", where, j, cat)
				}
			}
			vals := cells(t, wb, ser.Val.F)
			for j, pt := range s.Points {
				if j >= len(ser.Val.Pts) || ser.Val.Pts[j].V != pt.Shown {
					t.Errorf("%s: %s %s cached as %+v, want %s", where, s.Name, c.Categories[j], ser.Val.Pts, pt.Shown)
					continue
				}
				// The cached figure is the chart's, as the report prints it.
				cached, _ := new(big.Rat).SetString(ser.Val.Pts[j].V)
				shown, _ := new(big.Rat).SetString(pt.Shown)
				if cached.Cmp(shown) != 0 {
					t.Errorf("%s: cached %s, chart %s", where, ser.Val.Pts[j].V, pt.Shown)
				}
				wf, err1 := strconv.ParseFloat(vals[j], 64)
				cf, err2 := strconv.ParseFloat(pt.Shown, 64)
				if err1 != nil || err2 != nil || wf != cf {
					t.Errorf("%s: workbook holds %q for %s %s, chart %s", where, vals[j], s.Name, c.Categories[j], pt.Shown)
				}
			}
			if ser.Val.Format != numFormat(s) {
				t.Errorf("%s: format %q", where, ser.Val.Format)
			}
		}
		for _, ax := range cs.Chart.PlotArea.ValAx {
			if ax.Scaling.Min == nil {
				t.Errorf("%s: value axis %s does not fix its minimum", where, ax.ID.Val)
			}
			if ax.Title == nil || !strings.HasPrefix(ax.Title.Text, "单位：") {
				t.Errorf("%s: value axis %s has no unit", where, ax.ID.Val)
			}
		}
	}
}

// cells reads a range "Sheet1!$B$2:$B$6" (or one cell) of the workbook,
// raw.
func cells(t *testing.T, wb *excelize.File, ref string) []string {
	t.Helper()
	sh, rng, ok := strings.Cut(ref, "!")
	if !ok {
		t.Fatalf("reference %q", ref)
	}
	rng = strings.ReplaceAll(rng, "$", "")
	from, to, _ := strings.Cut(rng, ":")
	if to == "" {
		to = from
	}
	c1, r1, err1 := excelize.CellNameToCoordinates(from)
	c2, r2, err2 := excelize.CellNameToCoordinates(to)
	if err1 != nil || err2 != nil || c1 != c2 {
		t.Fatalf("reference %q", ref)
	}
	var out []string
	for r := r1; r <= r2; r++ {
		name, _ := excelize.CoordinatesToCellName(c1, r)
		v, err := wb.GetCellValue(sh, name, excelize.Options{RawCellValue: true})
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, v)
	}
	return out
}

func cell(t *testing.T, wb *excelize.File, ref string) string { return cells(t, wb, ref)[0] }

// TestWorkbookShowsUnits checks that the workbook's cells show the figures
// as the chart labels them (the number format).
func TestWorkbookShowsUnits(t *testing.T) {
	_, charts, parts := examples(t)
	for k, p := range parts {
		wb, err := excelize.OpenReader(bytes.NewReader(p.Workbook))
		if err != nil {
			t.Fatal(err)
		}
		for j, s := range charts[k].Series {
			for i, pt := range s.Points {
				name, _ := excelize.CoordinatesToCellName(j+2, i+2)
				got, err := wb.GetCellValue(sheet, name)
				if err != nil {
					t.Fatal(err)
				}
				if got != pt.Label {
					t.Errorf("%s %s: the workbook shows %q, the chart %q", charts[k].Title, name, got, pt.Label)
				}
			}
		}
	}
}

// TestDeterministic builds every part twice: the same bytes.
func TestDeterministic(t *testing.T) {
	_, charts, parts := examples(t)
	for k, c := range charts {
		again, err := Build(c, k+1, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(again.XML, parts[k].XML) || !bytes.Equal(again.Workbook, parts[k].Workbook) || !bytes.Equal(again.Rels, parts[k].Rels) {
			t.Errorf("%s: two builds differ", c.Title)
		}
	}
}

// TestPartNames checks the names and relationships a DOCX writer adds.
func TestPartNames(t *testing.T) {
	_, charts, _ := examples(t)
	p, err := Build(charts[0], 3, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if p.Name != "word/charts/chart3.xml" || p.RelsName != "word/charts/_rels/chart3.xml.rels" ||
		p.WorkbookName != "word/embeddings/Microsoft_Excel_Worksheet3.xlsx" || p.Target != "charts/chart3.xml" {
		t.Errorf("names: %+v", p)
	}
	if p.Overrides["/word/charts/chart3.xml"] != ContentTypeChart || p.Defaults["xlsx"] != ContentTypeXLSX {
		t.Errorf("content types: %v %v", p.Overrides, p.Defaults)
	}
	var rels struct {
		Rel []struct {
			ID     string `xml:"Id,attr"`
			Type   string `xml:"Type,attr"`
			Target string `xml:"Target,attr"`
		} `xml:"Relationship"`
	}
	if err := xml.Unmarshal(p.Rels, &rels); err != nil {
		t.Fatal(err)
	}
	if len(rels.Rel) != 1 || rels.Rel[0].ID != "rId1" || rels.Rel[0].Type != RelPackage ||
		rels.Rel[0].Target != "../embeddings/Microsoft_Excel_Worksheet3.xlsx" {
		t.Errorf("rels: %+v", rels)
	}
	if _, err := Build(chart.Chart{Title: "空"}, 1, Options{}); err == nil || strings.ContainsAny(err.Error(), "abcdefghijklmnopqrstuvwxyz") {
		t.Errorf("an empty chart: %v", err)
	}
}

// TestHostileNames checks that names from the data are escaped in the
// chart part and the drawing.
func TestHostileNames(t *testing.T) {
	cats := []string{`<c:chart r:id="x"/>`, "A&B \"q\"", "控制\x01字符"}
	c := chart.Chart{Kind: chart.Bar, Title: "</c:chartSpace>", Categories: cats}
	s := chart.Series{Name: `名"称<`, Unit: "人"}
	for i := range cats {
		n := big.NewRat(int64(i+1), 1)
		s.Points = append(s.Points, chart.Point{Exact: n, Shown: n.RatString(), Label: n.RatString() + "人"})
	}
	c.Series = []chart.Series{s}
	p, err := Build(c, 1, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var cs xChartSpace
	if err := xml.Unmarshal(p.XML, &cs); err != nil {
		t.Fatalf("chart part: %v", err)
	}
	got := cs.Chart.PlotArea.Bar[0].Ser[0].Cat.Pts
	if got[0].V != cats[0] || got[1].V != cats[1] || got[2].V != "控制\uFFFD字符" {
		t.Errorf("categories read back as %+v", got)
	}
	in := Inline("rId9", 1, chart.Size{W: 442, H: 260}, c)
	wrapped := `<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">` + string(in) + `</w:r>`
	dec := xml.NewDecoder(strings.NewReader(wrapped))
	for {
		if _, err := dec.Token(); err != nil {
			if err.Error() != "EOF" {
				t.Fatalf("inline drawing: %v", err)
			}
			break
		}
	}
}

// TestSchema validates every example's chart part against the DrawingML
// chart schema (dml-chart.xsd of ECMA-376, transitional), its
// relationships part against opc-relationships.xsd and Inline's wp:inline
// against dml-wordprocessingDrawing.xsd, with xmllint, when
// ZONGJIE_OOXML_SCHEMAS names a directory holding the ECMA-376 schema
// files. Some published copies of dml-chart.xsd require an
// mc:AlternateContent in c:chartSpace, which ECMA-376 does not; the test
// validates against a copy with it made optional.
func TestSchema(t *testing.T) {
	dir := os.Getenv("ZONGJIE_OOXML_SCHEMAS")
	if dir == "" {
		t.Skip("set ZONGJIE_OOXML_SCHEMAS to a directory of the ECMA-376 schemas (dml-chart.xsd …) to validate")
	}
	xmllint, err := exec.LookPath("xmllint")
	if err != nil {
		t.Skip("xmllint not installed")
	}
	schemas := t.TempDir()
	if err := os.CopyFS(schemas, os.DirFS(dir)); err != nil {
		t.Fatal(err)
	}
	chartXSD := filepath.Join(schemas, "dml-chart.xsd")
	xsd, err := os.ReadFile(chartXSD)
	if err != nil {
		t.Fatal(err)
	}
	xsd = bytes.Replace(xsd, []byte(`<xsd:element ref="mc:AlternateContent"/>`), []byte(`<xsd:element ref="mc:AlternateContent" minOccurs="0"/>`), 1)
	if err := os.WriteFile(chartXSD, xsd, 0o644); err != nil {
		t.Fatal(err)
	}
	_, charts, parts := examples(t)
	tmp := t.TempDir()
	write := func(name string, data []byte) string {
		f := filepath.Join(tmp, name)
		if err := os.WriteFile(f, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return f
	}
	files := map[string][]string{}
	for k, p := range parts {
		files["dml-chart.xsd"] = append(files["dml-chart.xsd"], write(fmt.Sprintf("chart%d.xml", k+1), p.XML))
		files["opc-relationships.xsd"] = append(files["opc-relationships.xsd"], write(fmt.Sprintf("chart%d.xml.rels", k+1), p.Rels))
		in := string(Inline("rId7", k+1, chart.Size{W: 442, H: 260}, charts[k]))
		inline := in[strings.Index(in, "<wp:inline"):strings.Index(in, "</w:drawing>")]
		files["dml-wordprocessingDrawing.xsd"] = append(files["dml-wordprocessingDrawing.xsd"], write(fmt.Sprintf("inline%d.xml", k+1), []byte(inline)))
	}
	for schema, fs := range files {
		args := append([]string{"--noout", "--schema", filepath.Join(schemas, schema)}, fs...)
		if out, err := exec.Command(xmllint, args...).CombinedOutput(); err != nil {
			t.Errorf("%s: validation failed:\n%s", schema, out)
		}
	}
}
