package doc

import (
	"os"
	"testing"

	"github.com/yuin/goldmark/ast"
)

func TestRolesAndPlainText(t *testing.T) {
	src, err := os.ReadFile("testdata/sample.md")
	if err != nil {
		t.Fatal(err)
	}
	d := Parse(src, Meta{Title: "t"})
	var roles []Role
	var texts []string
	for n := d.Root.FirstChild(); n != nil; n = n.NextSibling() {
		if d.IsMarker(n) {
			continue
		}
		switch n.(type) {
		case *ast.Heading, *ast.Paragraph:
			roles = append(roles, d.BlockRole(n))
			texts = append(texts, d.PlainText(n))
		}
	}
	if roles[0] != RoleTitle || roles[2] != RoleH1 || roles[3] != RoleH2 || roles[5] != RoleH3 || roles[7] != RoleH4 {
		t.Errorf("heading roles = %v", roles)
	}
	if last := roles[len(roles)-1]; last != RoleSignature {
		t.Errorf("signature role = %v", last)
	}
	if got, want := texts[len(texts)-1], "永嘉县教育工会\n2013年12月31日"; got != want {
		t.Errorf("signature text = %q, want %q", got, want)
	}
	found := false
	for _, s := range texts {
		if s == "全县人均捐款最多的十个单位依次为：枫林镇中心小学248元、大岙中学232元、大岙学区222元、岩头学区189元、瓯北二小186元、朱涂小学186元、实验小学183元、山坑小学179元、大岙小学177元、瓯北中心小学176元。一位会员写道：“<script>alert(1)</script> 与 {{ .X }} 与 **不加粗** 都应原样显示。”" {
			found = true
		}
	}
	if !found {
		t.Errorf("escaped and raw text not resolved literally in %q", texts)
	}
}

func TestMarkerRoles(t *testing.T) {
	src := []byte("# 题目\n\n<!-- zongjie:center -->\n（2019年至2023年）\n\n<!-- zongjie:left -->\n各位代表、同志们：\n\n正文。\n\n<!-- zongjie:right -->\n某工会\n")
	d := Parse(src, Meta{})
	var got []Role
	for n := d.Root.FirstChild(); n != nil; n = n.NextSibling() {
		if !d.IsMarker(n) {
			got = append(got, d.BlockRole(n))
		}
	}
	want := []Role{RoleTitle, RoleCenter, RoleFlush, RoleBody, RoleSignature}
	if len(got) != len(want) {
		t.Fatalf("roles %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("block %d: role %v, want %v", i, got[i], want[i])
		}
	}
}
