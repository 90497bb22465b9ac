package report

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"zongjie/internal/doc"
	"zongjie/internal/rules"
)

// loadAnnual writes src as the user's annual template and loads the set.
func loadAnnual(t *testing.T, src string) (*Templates, string, error) {
	t.Helper()
	dir := t.TempDir()
	path := filepath.Join(dir, "annual.md.tmpl")
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	ts, err := LoadTemplates(dir)
	return ts, path, err
}

// TestTemplateStructureErrors: a mistake in a template's structure is
// reported when the templates are loaded, at the line and column to fix.
func TestTemplateStructureErrors(t *testing.T) {
	for _, c := range []struct {
		name, src string
		line, col int
		msg       string
	}{
		{"unclosed action", "{{title .Org.Name}}\n{{p}}会员{{.Membership.Members\n人。\n", 2, 8, "{{ 没有对应的 }}"},
		{"unclosed action at the end", "{{title .Org.Name}}\n{{p}}{{v \"membership.rate\"", 2, 6, "{{ 没有对应的 }}"},
		{"unclosed comment", "{{title .Org.Name}}\n{{/* 注释\n{{p}}正文\n", 2, 1, "注释"},
		{"missing endsection", "{{title .Org.Name}}\n{{section \"a\" \"甲\"}}\n  {{p}}正文\n{{section \"b\" \"乙\"}}\n  {{p}}正文\n{{endsection}}\n", 2, 1, "没有用 endsection 结束"},
		{"endsection without section", "{{title .Org.Name}}\n{{p}}正文\n{{endsection}}\n", 3, 1, "endsection 没有对应的 section"},
		{"toplevel inside a section", "{{title .Org.Name}}\n{{section \"a\" \"甲\"}}{{p}}正文\n{{toplevel}}\n", 2, 1, "toplevel 之前"},
		{"huge range", "{{title .Org.Name}}\n{{p}}{{range 2000000000}}{{end}}\n", 2, 6, "range 要重复 2000000000 次"},
		{"unbalanced if branch", "{{title .Org.Name}}\n{{if .Org.Name}}{{section \"a\" \"甲\"}}{{end}}{{p}}正文\n", 2, 17, "没有用 endsection 结束"},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, path, err := loadAnnual(t, c.src)
			var te *TemplateError
			if !errors.As(err, &te) {
				t.Fatalf("want a *TemplateError, got %v", err)
			}
			if te.File != path || te.Line != c.line || te.Col != c.col || !strings.Contains(te.Msg, c.msg) {
				t.Errorf("got %s:%d:%d %s, want line %d col %d and %q", te.File, te.Line, te.Col, te.Msg, c.line, c.col, c.msg)
			}
		})
	}
}

// TestBalancedTemplatesLoad: sections closed in each body, in branches and
// ranges, load fine, and the default templates pass every check.
func TestBalancedTemplatesLoad(t *testing.T) {
	src := "{{title .Org.Name}}\n{{if .Org.Name}}{{section \"a\" \"甲\"}}{{p}}正文{{endsection}}{{else}}{{p}}无{{end}}\n" +
		"{{range .Text.Plan}}{{section \"plan\" .Heading}}{{range .Items}}{{item}}{{.}}{{end}}{{endsection}}{{end}}\n{{toplevel}}{{p}}完。\n"
	if _, _, err := loadAnnual(t, src); err != nil {
		t.Fatal(err)
	}
	if err := DefaultTemplates().CheckIDs(builtinKnown()); err != nil {
		t.Errorf("default templates: %v", err)
	}
}

// builtinKnown knows the catalogue's figures and the built-in rankings.
func builtinKnown() Known {
	return Known{
		Figure:  func(id string) bool { _, ok := rules.Lookup(id); return ok },
		Ranking: rules.IsBuiltinRanking,
	}
}

// TestUnknownIDs: an unknown figure, ranking or section id written in a
// template is an error at its position, in Chinese.
func TestUnknownIDs(t *testing.T) {
	for _, c := range []struct {
		name, call, field, msg string
	}{
		{"figure", `{{v "finance.transfer_rat"}}`, "finance.transfer_rat", "没有这个指标"},
		{"ranking", `{{if hasRanking "charity.top_unit"}}有{{end}}`, "charity.top_unit", "没有这个排名"},
		{"section", `{{clerk "financ"}}`, "financ", "没有这个栏目"},
		{"series", `{{seriesTable "membership.staff" "membership.nope"}}`, "membership.nope", "没有这个指标"},
		{"chart", `{{chart "term.member"}}`, "term.member", "没有这个图表"},
	} {
		t.Run(c.name, func(t *testing.T) {
			ts, path, err := loadAnnual(t, "{{title .Org.Name}}\n{{p}}正文"+c.call+"。\n")
			if err != nil {
				t.Fatal(err)
			}
			err = ts.CheckIDs(builtinKnown())
			var te *TemplateError
			if !errors.As(err, &te) {
				t.Fatalf("want a *TemplateError, got %v", err)
			}
			if te.File != path || te.Line != 2 || te.Col == 0 || te.Field != c.field || !strings.Contains(te.Msg, c.msg) {
				t.Errorf("got %v (field %q)", err, te.Field)
			}
		})
	}
}

// TestTemplateCannotForgeMarks: control characters in a template's text or
// strings are dropped, so no template can forge the composer's directives.
func TestTemplateCannotForgeMarks(t *testing.T) {
	src := "{{title .Org.Name}}\n{{p}}正文\x1etitle\x1f伪造\x1e{{print \"\x01\x1esection\x1fx\x1f伪\x1e\"}}结束。\n"
	ts, _, err := loadAnnual(t, src)
	if err != nil {
		t.Fatal(err)
	}
	d, err := Compose(result(t, []string{filepath.Join("..", "..", "examples", "yongjia-edu-2013.yaml")}), Annual, ts)
	if err != nil {
		t.Fatalf("a template with control characters: %v", err)
	}
	if got := docText(d); !strings.Contains(got, "正文title伪造section") || !strings.Contains(got, "伪结束。") {
		t.Errorf("document text:\n%s", got)
	}
}

// TestTemplateLimits: a template that writes too much or runs too long is
// stopped with a message naming the limit and its flag.
func TestTemplateLimits(t *testing.T) {
	res := result(t, []string{filepath.Join("..", "..", "examples", "yongjia-edu-2013.yaml")})
	for _, c := range []struct {
		name, body, msg string
		lim             Limits
	}{
		{"output", "{{range 10000}}{{range 10000}}很长的文字{{end}}{{end}}", "--max-report-size", Limits{MaxBytes: 1 << 20}},
		{"time", "{{range 10000}}{{range 10000}}{{range 10000}}{{end}}{{end}}{{end}}", "--max-report-time", Limits{MaxTime: 200 * time.Millisecond}},
	} {
		t.Run(c.name, func(t *testing.T) {
			ts, path, err := loadAnnual(t, "{{title .Org.Name}}\n{{p}}"+c.body+"\n")
			if err != nil {
				t.Fatal(err)
			}
			_, err = ComposeWithin(res, Annual, ts, c.lim)
			var te *TemplateError
			if !errors.As(err, &te) || te.File != path || !strings.Contains(te.Msg, c.msg) {
				t.Errorf("got %v", err)
			}
		})
	}
}

// TestPointOpenerOutsideParagraph: seq (一是, 二是 …) numbers the points of
// a paragraph; in a title or a heading it means nothing and is dropped, and
// a title or heading of nothing else is refused as empty. Its mark never
// reaches the document.
func TestPointOpenerOutsideParagraph(t *testing.T) {
	res := result(t, []string{filepath.Join("..", "..", "examples", "yongjia-edu-2013.yaml")})
	for _, c := range []struct {
		name, body, title, msg string
	}{
		{"only seq", "{{title seq}}\n{{p}}正文。\n", "", "title 的标题为空"},
		{"seq inside", "{{title \"工作\" seq \"总结\"}}\n{{p}}正文。\n", "工作总结", ""},
		{"section of only seq", "{{title \"总结\"}}\n{{section \"a\" seq}}{{p}}正文。{{endsection}}\n", "", "栏目没有标题"},
	} {
		t.Run(c.name, func(t *testing.T) {
			ts, _, err := loadAnnual(t, c.body)
			if err != nil {
				t.Fatal(err)
			}
			d, err := ComposeWithin(res, Annual, ts, Limits{})
			if c.msg != "" {
				if err == nil || !strings.Contains(err.Error(), c.msg) {
					t.Errorf("got %v, want an error saying %q", err, c.msg)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got := d.Blocks[0].(*doc.Heading).Text.String(); got != c.title {
				t.Errorf("title %q, want %q", got, c.title)
			}
		})
	}
}
