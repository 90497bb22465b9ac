package md

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"zongjie/internal/doc"
	"zongjie/internal/doc/doctest"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// write writes d as Markdown.
func write(t *testing.T, d *doc.Document) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := Write(&b, d); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestGolden compares the Markdown of each document doctest builds with
// testdata/NAME.md.
func TestGolden(t *testing.T) {
	for _, tc := range doctest.Built() {
		t.Run(tc.Name, func(t *testing.T) {
			got := write(t, tc.Doc)
			golden := filepath.Join("testdata", tc.Name+".md")
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("output differs from %s (go test -update rewrites it):\n%s", golden, diffBlocks(lines(got), lines(want)))
			}
		})
	}
}

// lines makes blocks of text lines, so diffBlocks can show where two
// Markdown files part.
func lines(b []byte) []mdBlock {
	var out []mdBlock
	for _, l := range strings.Split(string(b), "\n") {
		out = append(out, mdBlock{kind: l})
	}
	return out
}

// TestBlocks checks the Markdown of each kind of block.
func TestBlocks(t *testing.T) {
	tests := []struct {
		name  string
		block doc.Block
		want  string
	}{
		{"title", doctest.Title("工作总结"), "# 工作总结\n"},
		{"level 1", doctest.H(1, "一、", "主要工作"), "## 一、主要工作\n"},
		{"level 2", doctest.H(2, "（一）", "组建"), "### （一）组建\n"},
		{"level 3", doctest.H(3, "1.", "学区"), "#### 1.学区\n"},
		{"level 4", doctest.H(4, "（1）", "经费"), "##### （1）经费\n"},
		{"body", doctest.P("入会率64.5%。"), "入会率64.5%。\n"},
		{"centred line is a paragraph", doctest.Center("（在大会上）"), "（在大会上）\n"},
		{"salutation", doctest.Salutation("各位代表："), "各位代表：\n"},
		{"signature with a hard break", doctest.Signature("某工会", "2013年12月31日"), "某工会\\\n2013年12月31日\n"},
		{"work item", doctest.Item("3.", "召开大会"), "3.召开大会\n"},
		{"spans", doctest.P("要", doctest.Strong("一是"), "与", doctest.Em("注意"), "与", doctest.Code("x")),
			"要**一是**与*注意*与`x`\n"},
		{"code holding a backtick", doctest.P("见", doctest.Code("a`b")), "见``a`b``\n"},
		{"table", doctest.Table("LN", []string{"学区", "人数"}, []string{"甲", "1"}, []string{"乙", ""}),
			"| 学区 | 人数 |\n|---|---:|\n| 甲 | 1 |\n| 乙 |  |\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := string(write(t, doctest.Build(doc.Meta{}, tt.block))); got != tt.want {
				t.Errorf("got\n%s\nwant\n%s", got, tt.want)
			}
		})
	}
}

// TestReadsBack reads the Markdown of every document back: a Markdown
// reader finds every block with its level, its whole text and its styles,
// and no markup of the text's own.
func TestReadsBack(t *testing.T) {
	for _, tc := range doctest.All(t) {
		t.Run(tc.Name, func(t *testing.T) {
			got, err := readBack(write(t, tc.Doc))
			if err != nil {
				t.Fatal(err)
			}
			want := wantBlocks(tc.Doc)
			if len(got) != len(want) {
				t.Fatalf("%d blocks, want %d:\n%s", len(got), len(want), diffBlocks(got, want))
			}
			for i := range want {
				if d := diffBlocks(got[i:i+1], want[i:i+1]); d != "" {
					t.Errorf("block %d differs:%s", i, strings.TrimPrefix(d, "block 0:"))
				}
			}
		})
	}
}

// TestDeterministic writes every document twice, the second time from a
// copy, and wants identical bytes; Markdown output has no marker comments.
func TestDeterministic(t *testing.T) {
	for _, tc := range doctest.All(t) {
		a, b := write(t, tc.Doc), write(t, doctest.Decode(doctest.Encode(tc.Doc)))
		if !bytes.Equal(a, b) {
			t.Errorf("%s: two renderings differ", tc.Name)
		}
		if bytes.Contains(a, []byte("<!-- zongjie:")) {
			t.Errorf("%s: a marker in the Markdown", tc.Name)
		}
	}
}
