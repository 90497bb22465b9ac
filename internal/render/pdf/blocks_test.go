package pdf

import (
	"strings"
	"testing"

	"zongjie/internal/doc"
	"zongjie/internal/doc/doctest"
	"zongjie/internal/render/style"
)

// faceString renders styled text with each rune's face as a letter:
// s(ong) f(angsong) h(ei) k(ai).
func faceString(s styled) string {
	var b strings.Builder
	for _, f := range s.faces {
		b.WriteByte("sfhk"[f])
	}
	return b.String()
}

// TestCollectBlocks checks the blocks the layout makes of each kind of
// block of the model: role, text with its number and line breaks, the face
// of every character, the first-line indent and whether it is a heading.
func TestCollectBlocks(t *testing.T) {
	em := style.BodyPt + gridTracking(style.BodyPt)
	tests := []struct {
		name    string
		block   doc.Block
		role    doc.Role
		text    string
		faces   string
		indent  float64
		heading bool
	}{
		{"title", doctest.Title("标题"), doc.RoleTitle, "标题", "ss", 0, true},
		{"level 1 with its number", doctest.H(1, "一、", "甲"), doc.RoleH1, "一、甲", "hhh", 2 * em, true},
		{"level 2", doctest.H(2, "（一）", "乙"), doc.RoleH2, "（一）乙", "kkkk", 2 * em, true},
		{"level 3", doctest.H(3, "1.", "丙"), doc.RoleH3, "1.丙", "fff", 2 * em, true},
		{"level 4", doctest.H(4, "（1）", "丁"), doc.RoleH4, "（1）丁", "ffff", 2 * em, true},
		{"strong is 黑体, emphasis 楷体, code the body face",
			doctest.P(doctest.Strong("一是"), "部分", doctest.Em("重点"), doctest.Code("<b>"), "。"),
			doc.RoleBody, "一是部分重点<b>。", "hhffkkffff", 2 * em, false},
		{"strong emphasis is 黑体", doctest.P(doc.Span{Text: "粗斜", Style: doc.Strong | doc.Emphasis}),
			doc.RoleBody, "粗斜", "hh", 2 * em, false},
		{"strong in a 楷体 heading", &doc.Heading{Level: 2, Number: "（二）", Text: doc.Line{doctest.Strong("粗"), {Text: "题"}}},
			doc.RoleH2, "（二）粗题", "kkkhk", 2 * em, true},
		{"work item", doctest.Item("3.", "甲"), doc.RoleBody, "3.甲", "fff", 2 * em, false},
		{"centred", doctest.Center("副标题"), doc.RoleCenter, "副标题", "kkk", 0, false},
		{"salutation", doctest.Salutation("各位："), doc.RoleSalutation, "各位：", "fff", 0, false},
		{"signature, lines broken", doctest.Signature("单位", "日期"), doc.RoleSignature, "单位\n日期", "fffff", 0, false},
		{"markup is text", doctest.P("写道：<b>粗</b> **星** ) Tj ("), doc.RoleBody, "写道：<b>粗</b> **星** ) Tj (",
			strings.Repeat("f", 24), 2 * em, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			blocks := collectBlocks(doctest.Build(doc.Meta{}, tt.block))
			if len(blocks) != 1 {
				t.Fatalf("%d blocks", len(blocks))
			}
			b := blocks[0]
			if b.role != tt.role || b.st != style.For(tt.role) {
				t.Errorf("role %v, want %v with its style", b.role, tt.role)
			}
			if got := string(b.text.runes); got != tt.text {
				t.Errorf("text %q, want %q", got, tt.text)
			}
			if got := faceString(b.text); got != tt.faces {
				t.Errorf("faces %s, want %s", got, tt.faces)
			}
			if b.indent != tt.indent || b.heading != tt.heading || b.table != nil {
				t.Errorf("indent %.2f heading %v table %v, want %.2f %v none", b.indent, b.heading, b.table != nil, tt.indent, tt.heading)
			}
		})
	}
}

// TestCollectTable checks a table's cells: the header in 黑体 and centred
// later, figures aligned at the end, labels as the table style says.
func TestCollectTable(t *testing.T) {
	blocks := collectBlocks(doctest.Build(doc.Meta{},
		&doc.Table{
			Columns: []doc.Column{{Kind: doc.ColumnLabel}, {Kind: doc.ColumnNumber}},
			Header:  []doc.Line{doc.Plain("学区"), doc.Plain("人数")},
			Rows:    [][]doc.Line{{doc.Line{doctest.Strong("甲")}, doc.Plain("12")}, {doc.Plain("乙"), nil}},
		}))
	if len(blocks) != 1 || blocks[0].table == nil || blocks[0].role != doc.RoleTable {
		t.Fatalf("blocks %+v, want one table", blocks)
	}
	tb := blocks[0].table
	cell := func(c tableCell) string { return string(c.text.runes) + "/" + faceString(c.text) }
	if got := cell(tb.header[0]) + " " + cell(tb.header[1]); got != "学区/hh 人数/hh" {
		t.Errorf("header %s", got)
	}
	if got := cell(tb.rows[0][0]) + " " + cell(tb.rows[0][1]) + " " + cell(tb.rows[1][1]); got != "甲/h 12/ff /" {
		t.Errorf("rows %s", got)
	}
	label := style.For(doc.RoleTable).Align
	for i, r := range append([][]tableCell{tb.header}, tb.rows...) {
		if r[0].align != label || r[1].align != style.Right {
			t.Errorf("row %d aligned %v %v, want %v %v", i, r[0].align, r[1].align, label, style.Right)
		}
	}
}
