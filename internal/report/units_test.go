package report

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"text/template"
)

func TestUsesUnits(t *testing.T) {
	for _, tt := range []struct {
		src  string
		uses bool
	}{
		// Units of a record part, never of a period.
		{`{{.Org.Name}}{{$.W.Unit}}`, false},
		{`{{with .Membership}}{{.Units}}{{end}}`, false},
		{`{{.Membership.Units}}{{$m := .Membership}}{{$m.Units}}`, false},
		{`{{range .Periods}}{{range .Activities}}{{.Name}}{{end}}{{.When.Year}}{{end}}`, false},
		{`{{range $i, $g := .Groups}}{{$i}}{{$g.Name}}{{end}}`, false},
		{`{{join .Org.Leadership}}{{if .Groups}}{{len .Groups}}{{end}}`, false},
		{`{{template "x" .}}{{define "x"}}{{.Membership.Units}}{{end}}`, false},
		{`{{template "x" .Membership}}{{define "x"}}{{.Units}}{{end}}`, false},
		{`{{range $p := .Periods}}{{else}}{{$p.Units}}{{end}}`, false}, // the empty list has no fields
		{`{{$x := .Membership}}{{$x.Units}}{{$x = .}}`, false},         // read before the assignment

		// A period's Units, read directly or through a variable or a template.
		{`{{.Units}}`, true},
		{`{{$.Units}}`, true},
		{`{{with .Membership}}{{$.Units}}{{end}}`, true},
		{`{{range .Units}}{{.Name}}{{end}}`, true},
		{`{{range .Periods}}{{.Units}}{{end}}`, true},
		{`{{range $p := .History}}{{len $p.Units}}{{end}}`, true},
		{`{{$x := .}}{{$x.Units}}`, true},
		{`{{with $d := .}}{{$d.Units}}{{end}}`, true},
		{`{{template "x" .}}{{define "x"}}{{.Units}}{{end}}`, true},
		{`{{template "x" .Periods}}{{define "x"}}{{range .}}{{.Units}}{{end}}{{end}}`, true},
		{`{{$x := .Membership}}{{if .Groups}}{{$x = $}}{{end}}{{$x.Units}}`, true},
		{`{{$x := .Membership}}{{range .Groups}}{{$x.Units}}{{$x = $}}{{end}}`, true}, // the second pass
		{`{{$x := .Membership}}{{$y := .Membership}}{{range .Groups}}{{$x.Units}}{{$x = $y}}{{$y = $}}{{end}}`, true},

		// The data, a period or the periods printed, ranged over or given to a function.
		{`{{.}}`, true},
		{`{{.Periods}}`, true},
		{`{{range .}}{{end}}`, true},
		{`{{range .Periods}}{{.}}{{end}}`, true},
		{`{{printf "%v" .}}`, true},
		{`{{index . "Units"}}`, true},
		{`{{(index .Periods 0).Units}}`, true},
		{`{{.History | len}}`, true},
		{`{{template "none" .}}`, true}, // a template that is not there: not known
	} {
		set, err := template.New("").Option("missingkey=error").Funcs(placeholderFuncs()).New("main").Parse(tt.src)
		if err != nil {
			t.Fatalf("%s: %v", tt.src, err)
		}
		if got := usesUnits(set, "main"); got != tt.uses {
			t.Errorf("usesUnits(%s) = %v, want %v", tt.src, got, tt.uses)
		}
	}
}

// TestDefaultTemplatesSkipUnits: the default templates word the units
// through the rule engine's figures, so their views are made without them.
func TestDefaultTemplatesSkipUnits(t *testing.T) {
	ts := DefaultTemplates()
	for _, k := range Kinds() {
		if usesUnits(ts.set, k.File()) {
			t.Errorf("%s reads the units' views", k.File())
		}
	}
}

// TestTemplateReadingUnits: a template that ranges over the units gets them.
func TestTemplateReadingUnits(t *testing.T) {
	dir := t.TempDir()
	body := "{{title .Org.Name}}\n{{p}}{{range .Units}}{{.Name}}、{{end}}{{range .Periods}}{{len .Units}}{{end}}\n"
	if err := os.WriteFile(filepath.Join(dir, "annual.md.tmpl"), []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	ts, err := LoadTemplates(dir)
	if err != nil {
		t.Fatal(err)
	}
	res := result(t, []string{filepath.Join("..", "..", "examples", "yongjia-edu-2013.yaml")})
	r, err := Compose(res, Annual, ts)
	if err != nil {
		t.Fatal(err)
	}
	first, last := res.Period.Units[0].Name, res.Period.Units[len(res.Period.Units)-1].Name
	if md := string(markdownOf(t, r).Markdown); !strings.Contains(md, first) || !strings.Contains(md, last) {
		t.Errorf("units not listed:\n%s", md)
	}
}
