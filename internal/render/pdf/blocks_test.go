package pdf

import (
	"strings"
	"testing"

	"zongjie/internal/doc"
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

func TestCollectBlocks(t *testing.T) {
	tests := []struct {
		name   string
		md     string
		texts  []string // text of each block, tables as "table"
		roles  []doc.Role
		faces  string // faces of the block given by faceOf
		faceOf int
	}{
		{
			name:   "bold is 黑体, emphasis 楷体",
			md:     "**一是**部分*重点*。\n",
			texts:  []string{"一是部分重点。"},
			roles:  []doc.Role{doc.RoleBody},
			faces:  "hhffkkf",
			faceOf: 0,
		},
		{
			name:  "raw HTML and escapes are shown as written",
			md:    "写道：<b>粗</b> \\*星\\*\n",
			texts: []string{"写道：<b>粗</b> *星*"},
			roles: []doc.Role{doc.RoleBody},
		},
		{
			name:  "soft breaks vanish between Chinese, become spaces between Latin words",
			md:    "第一行\n第二行 word\nnext\n",
			texts: []string{"第一行第二行 word next"},
			roles: []doc.Role{doc.RoleBody},
		},
		{
			name:  "ordered lists keep their numbers and marker",
			md:    "3. 甲\n4. 乙\n\n1) 丙\n",
			texts: []string{"3.甲", "4.乙", "1)丙"},
			roles: []doc.Role{doc.RoleBody, doc.RoleBody, doc.RoleBody},
		},
		{
			name:  "markers set roles and vanish; comments vanish",
			md:    "# 标题\n\n<!-- zongjie:center -->\n副标题\n\n<!-- 注释 -->\n\n<!-- zongjie:right -->\n单位\\\n日期\n",
			texts: []string{"标题", "副标题", "单位\n日期"},
			roles: []doc.Role{doc.RoleTitle, doc.RoleCenter, doc.RoleSignature},
		},
		{
			name:  "headings by level, tables, code",
			md:    "## 一、甲\n\n### （一）乙\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n```\nx := 1\n```\n",
			texts: []string{"一、甲", "（一）乙", "table", "x := 1"},
			roles: []doc.Role{doc.RoleH1, doc.RoleH2, doc.RoleTable, doc.RoleBody},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			blocks := collectBlocks(doc.Parse([]byte(tt.md), doc.Meta{}), '•')
			var texts []string
			var roles []doc.Role
			for _, b := range blocks {
				if b.table != nil {
					texts = append(texts, "table")
				} else {
					texts = append(texts, string(b.text.runes))
				}
				roles = append(roles, b.role)
			}
			if strings.Join(texts, "|") != strings.Join(tt.texts, "|") {
				t.Errorf("texts %q, want %q", texts, tt.texts)
			}
			for i := range roles {
				if i >= len(tt.roles) || roles[i] != tt.roles[i] {
					t.Errorf("roles %v, want %v", roles, tt.roles)
					break
				}
			}
			if tt.faces != "" {
				if got := faceString(blocks[tt.faceOf].text); got != tt.faces {
					t.Errorf("faces %s, want %s", got, tt.faces)
				}
			}
		})
	}
}

func TestNestedListsAndQuotesIndent(t *testing.T) {
	blocks := collectBlocks(doc.Parse([]byte("- 甲\n  - 乙\n\n> 引文\n"), doc.Meta{}), '•')
	em := style.BodyPt + gridTracking(style.BodyPt)
	want := []struct {
		text string
		left float64
	}{{"•甲", 0}, {"•乙", 2 * em}, {"引文", 2 * em}}
	if len(blocks) != len(want) {
		t.Fatalf("%d blocks, want %d", len(blocks), len(want))
	}
	for i, w := range want {
		if got := string(blocks[i].text.runes); got != w.text || blocks[i].leftIndent != w.left {
			t.Errorf("block %d: %q at %.2f, want %q at %.2f", i, got, blocks[i].leftIndent, w.text, w.left)
		}
	}
}
