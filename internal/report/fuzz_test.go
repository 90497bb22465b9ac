package report

import (
	"errors"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"zongjie/internal/doc"
	"zongjie/internal/rules"
)

var fuzzResult struct {
	once sync.Once
	res  *rules.Result
}

// FuzzTemplate runs a fuzzed annual template, with the default shared
// templates beside it, over the 2013 example within tight limits. Loading
// and composing may fail, but only with a TemplateError or a plain error in
// Chinese, never a panic; a report that composes has its title first and
// no mark or directive left in its text.
func FuzzTemplate(f *testing.F) {
	for _, s := range []string{
		"{{title .Org.Name}}\n{{p}}正文。\n",
		"{{title .Org.Name}}{{section \"a\" \"甲\"}}{{p}}会员{{.Membership.Members}}人，入会率{{v \"membership.rate\"}}。{{endsection}}",
		"{{title .Org.Name}}{{template \"opening\" .}}{{template \"areas\" .}}{{template \"problems\" .}}",
		"{{title .Org.Name}}{{range .Charity}}{{p}}{{.Name}}{{end}}{{table (list \"年\" \"数\") (list \"2013\" \"1\")}}",
		"{{title \"x\"}}{{range 100}}{{p}}{{seq}}文{{end}}{{signature}}",
		"{{title .Org.Name}}{{p}}**加粗** `代码` <b>标签</b> &amp; {{ranking \"charity.top_units\"}}",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		fuzzResult.once.Do(func() {
			fuzzResult.res = result(t, []string{filepath.Join("..", "..", "examples", "yongjia-edu-2013.yaml")})
		})
		files, err := defaultFiles()
		if err != nil {
			t.Fatal(err)
		}
		files["annual.md.tmpl"] = src
		ts, err := parseTemplates(files, map[string]string{"annual.md.tmpl": "fuzz.md.tmpl"}, kinds)
		if err != nil {
			return
		}
		d, err := ComposeWithin(fuzzResult.res, Annual, ts, Limits{MaxBytes: 1 << 20, MaxTime: 2 * time.Second})
		if err != nil {
			var te *TemplateError
			if !errors.As(err, &te) && !strings.ContainsFunc(err.Error(), isHan) {
				t.Fatalf("error without a position or a Chinese message: %v", err)
			}
			return
		}
		if len(d.Blocks) == 0 {
			t.Fatal("a composed report without blocks")
		}
		if h, ok := d.Blocks[0].(*doc.Heading); !ok || h.Level != 0 {
			t.Fatalf("first block %#v is not the title", d.Blocks[0])
		}
		if text := docText(d); strings.ContainsAny(text, "\x01\x02\x03\x1c\x1d\x1e\x1f") {
			t.Fatalf("a mark reached the document: %q", text)
		}
	})
}

func isHan(r rune) bool { return r >= 0x4e00 && r <= 0x9fff }
