package docx

import (
	"path"
	"testing"

	"zongjie/internal/chart"
	"zongjie/internal/doc"
	"zongjie/internal/doc/doctest"
)

// withIssue returns a report of the given blocks issued as a document:
// with a 版头, and with a 版记 if colophon.
func withIssue(colophon bool, blocks ...doc.Block) *doc.Document {
	d := doctest.Build(doc.Meta{Author: "云溪县总工会"}, blocks...)
	d.Issue = &doc.Issue{Authority: "云溪县总工会文件", Number: "云工〔2026〕1号"}
	if colophon {
		d.Issue.CopyTo = []string{"县委办公室"}
		d.Issue.Printer = "云溪县总工会办公室"
		d.Issue.Printed = "2026年1月8日"
	}
	return d
}

// TestColophonSection: a report with a 版记 ends in a section of its own,
// started on the next even page and with a blank footer, after the body's
// section, which keeps the numbered footers and ends with the body's last
// paragraph (or the pad after a final table or chart); a report without a
// 版记 is one section, as before.
func TestColophonSection(t *testing.T) {
	signed := []doc.Block{doctest.Title("云溪县总工会2026年工作要点"), doctest.P("正文。"),
		doctest.Signature("云溪县总工会"), doctest.Date("2026年1月8日")}
	table := []doc.Block{doctest.P("附表如下："), doctest.Table("LN人", []string{"单位", "人数"}, []string{"甲", "12人"})}
	figure := []doc.Block{doctest.P("正文。"), doctest.Figure("图1 会员人数", chart.Bar, []string{"2024年", "2025年"},
		doctest.Series("会员人数", "人", chart.Left, "120", "130"))}
	tests := []struct {
		name string
		d    *doc.Document
		// endsBody is the paragraph style of the paragraph that ends the
		// body's section, "" for a document of one section.
		endsBody string
	}{
		{"no document block", doctest.Build(doc.Meta{}, signed...), ""},
		{"版头 without 版记", withIssue(false, signed...), ""},
		{"版记 after the date", withIssue(true, signed...), styleDate},
		{"版记 after a final table", withIssue(true, table...), styleBody},
		{"版记 after a chart", withIssue(true, figure...), styleBody},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			parts := renderParts(t, tt.d)
			body := parts["word/document.xml"].first("body")
			sects := body.all("sectPr")
			last := body.children[len(body.children)-1]
			if last.name != "sectPr" {
				t.Fatalf("the body ends with %s, not the last section's properties", last.name)
			}
			_, blank := parts["word/footer3.xml"]
			if tt.endsBody == "" {
				if len(sects) != 1 || last.first("type") != nil || blank {
					t.Errorf("%d sections, type %v, blank footer %v: want one section as before", len(sects), last.first("type"), blank)
				}
				checkFooters(t, parts, last, "footer1.xml", "footer2.xml")
				return
			}
			if len(sects) != 2 {
				t.Fatalf("%d sections, want the body's and the 版记's", len(sects))
			}
			end := endingParagraph(body, sects[0])
			if end == nil || paragraphStyle(end) != tt.endsBody {
				t.Errorf("the body's section does not end with a paragraph of style %s", tt.endsBody)
			}
			if sects[0].first("type") != nil || sects[0].first("pgNumType") == nil {
				t.Error("the body's section does not start the document numbered from 1")
			}
			checkFooters(t, parts, sects[0], "footer1.xml", "footer2.xml")
			if ty := last.first("type"); ty == nil || ty.attrs["val"] != "evenPage" {
				t.Errorf("the 版记's section starts with %v, want an even-page break", ty)
			}
			if last.first("pgNumType") != nil {
				t.Error("the 版记's section restarts the page numbers; Word would count its page's parity anew")
			}
			checkFooters(t, parts, last, "footer3.xml", "footer3.xml")
			if f := parts["word/footer3.xml"]; f.textContent() != "" || f.first("instrText") != nil {
				t.Errorf("the 版记's footer is not blank: %q", f.textContent())
			}
			tables := body.all("tbl")
			if p := tables[len(tables)-1].first("p"); paragraphStyle(p) != styleColophon {
				t.Error("the last table is not the 版记")
			}
			if !after(body, tables[len(tables)-1], sects[0]) {
				t.Error("the 版记 is not in the last section")
			}
		})
	}
}

// checkFooters checks that the section's default and even footers are the
// named parts.
func checkFooters(t *testing.T, parts map[string]*node, sect *node, odd, even string) {
	t.Helper()
	targets := map[string]string{}
	for _, r := range parts["word/_rels/document.xml.rels"].all("Relationship") {
		targets[r.attrs["Id"]] = path.Base(r.attrs["Target"])
	}
	got := map[string]string{}
	for _, ref := range sect.all("footerReference") {
		got[ref.attrs["type"]] = targets[ref.attrs["id"]]
	}
	if got["default"] != odd || got["even"] != even {
		t.Errorf("footers %v, want default %s and even %s", got, odd, even)
	}
}

// endingParagraph returns the paragraph of body whose properties hold sect.
func endingParagraph(body, sect *node) *node {
	for _, p := range body.all("p") {
		if pPr := p.first("pPr"); pPr != nil && pPr.first("sectPr") == sect {
			return p
		}
	}
	return nil
}

// after reports whether the child of body holding a comes after the one
// holding b.
func after(body, a, b *node) bool {
	at := func(n *node) int {
		for i, c := range body.children {
			for _, d := range c.all(n.name) {
				if d == n {
					return i
				}
			}
		}
		return -1
	}
	return at(a) > at(b)
}
