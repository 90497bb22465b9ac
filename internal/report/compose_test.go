package report

import (
	"bytes"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"

	"zongjie/internal/doc"
	"zongjie/internal/record"
	"zongjie/internal/render/md"
	"zongjie/internal/rules"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// example is one input of the report tests: one data file, or the files of
// a term review.
type example struct {
	name  string
	files []string
	kinds []Kind // the kinds composed; nil: every kind
}

// kindsOf is the kinds composed for ex.
func (ex example) kindsOf() []Kind {
	if ex.kinds == nil {
		return Kinds()
	}
	return ex.kinds
}

// examples lists every example data set of the repository: each file in
// examples/, and the five years of examples/term together.
func examples(t *testing.T) []example {
	t.Helper()
	root := filepath.Join("..", "..", "examples")
	var out []example
	single, _ := filepath.Glob(filepath.Join(root, "*.yaml"))
	sort.Strings(single)
	for _, f := range single {
		out = append(out, example{strings.TrimSuffix(filepath.Base(f), ".yaml"), []string{f}, nil})
	}
	term, _ := filepath.Glob(filepath.Join(root, "term", "*.yaml"))
	sort.Strings(term)
	if len(term) > 0 {
		out = append(out, example{"term", term, nil})
	}
	// A second term review (a hospital's three-year term), and the annual
	// summary and congress report of every union of the corpus and of
	// the sector examples (the 工作要点 of a file that is a plan and
	// nothing else); the term review too of a file that covers a whole
	// term (period.from_year).
	hosp, _ := filepath.Glob(filepath.Join(root, "term-hospital", "*.yaml"))
	sort.Strings(hosp)
	if len(hosp) > 0 {
		out = append(out, example{"term-hospital", hosp, []Kind{Term, Annual, Congress}})
	}
	for _, dir := range []string{"corpus", "sector"} {
		files, _ := filepath.Glob(filepath.Join(root, dir, "*.yaml"))
		sort.Strings(files)
		for _, f := range files {
			kinds := []Kind{Annual, Congress}
			if p, err := record.LoadAndValidate(f, record.DefaultLimits); err == nil && p.When.Years() > 1 {
				kinds = append(kinds, Term)
			}
			if KindFor(result(t, []string{f})) == Plan {
				// a plan and nothing else: its 工作要点 (a summary or work
				// report of it would hold only the plan)
				kinds = []Kind{Plan}
			}
			out = append(out, example{dir + "-" + strings.TrimSuffix(filepath.Base(f), ".yaml"), []string{f}, kinds})
		}
	}
	if len(out) < 2 {
		t.Fatalf("examples not found under %s", root)
	}
	return out
}

// result loads and validates the files and runs the rule engine.
func result(t *testing.T, files []string) *rules.Result {
	t.Helper()
	var ps []*record.Period
	for _, f := range files {
		p, err := record.LoadAndValidate(f, record.DefaultLimits)
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		ps = append(ps, p)
	}
	res, err := rules.Run(ps, nil)
	if err != nil {
		t.Fatalf("rules.Run: %v", err)
	}
	return res
}

// composed is a composed report and its Markdown, as users get it.
type composed struct {
	*doc.Document
	Markdown []byte
}

// markdownOf writes d as Markdown.
func markdownOf(t *testing.T, d *doc.Document) *composed {
	t.Helper()
	var b bytes.Buffer
	if err := md.Write(&b, d); err != nil {
		t.Fatal(err)
	}
	return &composed{Document: d, Markdown: b.Bytes()}
}

func compose(t *testing.T, files []string, kind Kind) *composed {
	t.Helper()
	d, err := Compose(result(t, files), kind, nil)
	if err != nil {
		t.Fatalf("%v %s: %v", files, kind, err)
	}
	return markdownOf(t, d)
}

// docText is the text of every block of d, one block a line.
func docText(d *doc.Document) string {
	var b strings.Builder
	for _, blk := range d.Blocks {
		switch blk := blk.(type) {
		case *doc.Heading:
			b.WriteString(blk.Number + blk.Text.String())
		case *doc.Paragraph:
			b.WriteString(blk.Number + blk.Text())
		case *doc.Table:
			for _, r := range append([][]doc.Line{blk.Header}, blk.Rows...) {
				for _, c := range r {
					b.WriteString(c.String() + " ")
				}
			}
		}
		b.WriteByte('\n')
	}
	return b.String()
}

// placeholders are what the seed pages show where a figure was lost; none
// may ever appear in a report.
var placeholders = []*regexp.Regexp{
	regexp.MustCompile(`20_+`),
	regexp.MustCompile(`_+学区`),
	regexp.MustCompile(`(?i)xx`),
	regexp.MustCompile(`XX|ＸＸ|\*\*\*|＊＊＊`),
	regexp.MustCompile(`达家`),
	regexp.MustCompile(`[^0-9０-９一二三四五六七八九十百千万]人获`),
	regexp.MustCompile(`(共|计|达|累计|发展会员|募集善款|慰问金|支出|捐款|收到提案|培训职工)(人|元|万元|个|所|项|件|次|%)`),
	regexp.MustCompile(`(共|计|达|为|累计)[，。；、]`),
	regexp.MustCompile(`<nil>|%!|\{\{|\}\}|无法计算|NaN|Inf`),
	regexp.MustCompile("[\x00-\x08\x0b-\x1f]"),
	regexp.MustCompile(`（）|“”|、、|，，|。。|；；|，。|、。`),
}

func TestNoPlaceholderInAnyReport(t *testing.T) {
	for _, ex := range examples(t) {
		for _, k := range ex.kindsOf() {
			r := compose(t, ex.files, k)
			text := string(r.Markdown)
			for _, re := range placeholders {
				if m := re.FindString(text); m != "" {
					line := text[strings.LastIndex(text[:strings.Index(text, m)], "\n")+1:]
					if i := strings.IndexByte(line, '\n'); i >= 0 {
						line = line[:i]
					}
					t.Errorf("%s/%s: placeholder %q (%s) in line:\n%s", ex.name, k, m, re, line)
				}
			}
			if !bytes.HasPrefix(r.Markdown, []byte("# ")) {
				t.Errorf("%s/%s: no title", ex.name, k)
			}
			if r.Meta.Title == "" || r.Meta.Author == "" {
				t.Errorf("%s/%s: metadata %+v", ex.name, k, r.Meta)
			}
		}
	}
}

func TestGolden(t *testing.T) {
	for _, ex := range examples(t) {
		for _, k := range ex.kindsOf() {
			name := ex.name + "." + string(k) + ".md"
			t.Run(name, func(t *testing.T) {
				got := compose(t, ex.files, k).Markdown
				path := filepath.Join("testdata", "golden", name)
				if *update {
					if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
						t.Fatal(err)
					}
					if err := os.WriteFile(path, got, 0o644); err != nil {
						t.Fatal(err)
					}
					return
				}
				want, err := os.ReadFile(path)
				if err != nil {
					t.Fatalf("%v (run go test ./internal/report -update)", err)
				}
				if !bytes.Equal(got, want) {
					t.Errorf("%s differs from the golden file; if the change is intended run go test ./internal/report -update\n%s", name, firstDiff(string(want), string(got)))
				}
			})
		}
	}
}

// firstDiff shows the first line that differs.
func firstDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < len(w) || i < len(g); i++ {
		var a, b string
		if i < len(w) {
			a = w[i]
		}
		if i < len(g) {
			b = g[i]
		}
		if a != b {
			return "line " + strconv.Itoa(i+1) + ":\nwant: " + a + "\ngot:  " + b
		}
	}
	return ""
}

// TestYongjiaAnnualFigures checks that the annual report carries the rule
// engine's figures for seed 000's county education union.
func TestYongjiaAnnualFigures(t *testing.T) {
	r := compose(t, []string{filepath.Join("..", "..", "examples", "yongjia-edu-2013.yaml")}, Annual)
	text := string(r.Markdown)
	for _, want := range []string{
		"# 永嘉县教育工会2013年工作总结",
		"89.94%", "64.5%", "767.13万元", "689.97万元",
		"岩头学区、瓯北学区并列第二", "并列第四",
		"枫林镇中心小学248元", "瓯北中心小学176元",
		"475人", "99.9万元", "134.1911万元",
		"106所学校、6个单位", "13所学校、1个单位", "23所学校", "教师发展中心",
		"122所公办中小学中有121所参加", "13所公办幼儿园全部参加",
		"以462分荣获总成绩第一名", "荣获团体第一名", "荣获二等奖", "荣获三等奖",
		"存在的问题和不足", "一是", "二是",
		"努力完成教职工慈善捐款140万元的任务", "480人", "84万元",
		"在县教育局党委、上级工会组织的正确领导下",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("annual report lacks %q", want)
		}
	}
	for _, h := range []string{"## 一、", "## 二、存在的问题和不足", "## 三、2014年工作打算", "### （一）"} {
		if !strings.Contains(text, h) {
			t.Errorf("annual report lacks heading %q", h)
		}
	}
}

// TestUserTextIsEscapedNotExecuted feeds clerk text that is Markdown and
// template code; it must come out as literal characters in the parsed
// document, and the template code must not run.
func TestUserTextIsEscapedNotExecuted(t *testing.T) {
	res := result(t, []string{filepath.Join("..", "..", "examples", "yongjia-edu-2013.yaml")})
	p := *res.Period
	hostile := "**不加粗** # 不是标题 <script>alert(1)</script> {{.Org.Name}} {{template \"areas\" .}} [链接](javascript:x) &amp;"
	p.Text.Sections = map[string][]string{"welfare": {hostile}, "self": {"# 标题\n- 列表"}}
	p.Text.Problems = []string{"1. 不是列表"}
	res.Period = &p
	d, err := Compose(res, Annual, nil)
	if err != nil {
		t.Fatal(err)
	}
	r := markdownOf(t, d)
	all := docText(d)
	for _, lit := range []string{"**不加粗**", "# 不是标题", "<script>alert(1)</script>", "{{.Org.Name}}", "[链接](javascript:x)", "&amp;", "# 标题", "- 列表", "1. 不是列表"} {
		if !strings.Contains(all, lit) {
			t.Errorf("literal %q lost; document text:\n%s", lit, all)
		}
	}
	if strings.Count(string(r.Markdown), "永嘉县教育工会") != strings.Count(string(compose(t, []string{filepath.Join("..", "..", "examples", "yongjia-edu-2013.yaml")}, Annual).Markdown), "永嘉县教育工会") {
		t.Error("template code in clerk text was executed")
	}
}

// TestTemplateExecErrorNamesField: a template that reads a field the records
// do not have fails with the file, line and field.
func TestTemplateExecErrorNamesField(t *testing.T) {
	dir := t.TempDir()
	body := "{{title .Org.Name}}\n{{p}}第二行\n{{p}}{{.Org.Nme}}\n"
	if err := os.WriteFile(filepath.Join(dir, "annual.md.tmpl"), []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	ts, err := LoadTemplates(dir)
	if err != nil {
		t.Fatal(err)
	}
	_, err = Compose(result(t, []string{filepath.Join("..", "..", "examples", "yongjia-edu-2013.yaml")}), Annual, ts)
	var te *TemplateError
	if !errors.As(err, &te) {
		t.Fatalf("want *TemplateError, got %v", err)
	}
	if te.File != filepath.Join(dir, "annual.md.tmpl") || te.Line != 3 || te.Field != "Nme" {
		t.Errorf("got %s:%d field %q (%v)", te.File, te.Line, te.Field, err)
	}
	// an unknown figure id is an error too, naming the id
	body = "{{title .Org.Name}}\n{{p}}{{v \"finance.no_such_rate\"}}\n"
	if err := os.WriteFile(filepath.Join(dir, "annual.md.tmpl"), []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	ts, err = LoadTemplates(dir)
	if err != nil {
		t.Fatal(err)
	}
	_, err = Compose(result(t, []string{filepath.Join("..", "..", "examples", "yongjia-edu-2013.yaml")}), Annual, ts)
	if !errors.As(err, &te) || te.Line != 2 || te.Field != "finance.no_such_rate" {
		t.Errorf("unknown figure: got %v", err)
	}
}
