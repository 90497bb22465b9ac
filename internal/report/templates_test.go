package report

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func TestDefaultTemplatesHaveEveryKind(t *testing.T) {
	ts := DefaultTemplates()
	for _, k := range Kinds() {
		if ts.set.Lookup(k.File()) == nil {
			t.Errorf("no default template for %s", k)
		}
	}
}

func TestExportThenLoad(t *testing.T) {
	dir := t.TempDir()
	if err := Export(dir); err != nil {
		t.Fatal(err)
	}
	for _, k := range Kinds() {
		if _, err := os.Stat(filepath.Join(dir, k.File())); err != nil {
			t.Errorf("export did not write %s: %v", k.File(), err)
		}
	}
	err := Export(dir)
	if err == nil || !strings.Contains(err.Error(), "annual.md.tmpl") {
		t.Errorf("second export did not refuse to overwrite: %v", err)
	}
	if err := ExportOverwrite(dir); err != nil {
		t.Errorf("overwrite: %v", err)
	}
	ts, err := LoadTemplates(dir)
	if err != nil {
		t.Fatal(err)
	}
	if got := ts.paths["annual.md.tmpl"]; got != filepath.Join(dir, "annual.md.tmpl") {
		t.Errorf("annual template path %q", got)
	}
	left, _ := filepath.Glob(filepath.Join(dir, ".*.tmp"))
	if len(left) > 0 {
		t.Errorf("temporary files left: %v", left)
	}
}

func TestLoadTemplatesRefusesEscapingLinks(t *testing.T) {
	outside := t.TempDir()
	secret := filepath.Join(outside, "secret.md.tmpl")
	if err := os.WriteFile(secret, []byte("{{title \"x\"}}"), 0o644); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := os.Symlink(secret, filepath.Join(dir, "annual.md.tmpl")); err != nil {
		t.Skip("symlinks not supported:", err)
	}
	_, err := LoadTemplates(dir)
	if err == nil {
		t.Fatal("a template linked from outside the directory was read")
	}
	if !strings.Contains(err.Error(), "annual.md.tmpl") {
		t.Errorf("error does not name the file: %v", err)
	}
	rel := t.TempDir()
	if err := os.Symlink(filepath.Join("..", filepath.Base(outside), "secret.md.tmpl"), filepath.Join(rel, "plan.md.tmpl")); err == nil {
		if _, err := LoadTemplates(rel); err == nil {
			t.Error("a relative link out of the directory was followed")
		}
	}
}

func TestTemplateSyntaxErrorNamesFileAndLine(t *testing.T) {
	dir := t.TempDir()
	body := "{{title .Org.Name}}\n{{p}}第二行\n{{if}}\n"
	if err := os.WriteFile(filepath.Join(dir, "annual.md.tmpl"), []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := LoadTemplates(dir)
	var te *TemplateError
	if !errors.As(err, &te) {
		t.Fatalf("want *TemplateError, got %v", err)
	}
	if te.File != filepath.Join(dir, "annual.md.tmpl") || te.Line != 3 {
		t.Errorf("error at %s:%d, want annual.md.tmpl:3 (%v)", te.File, te.Line, err)
	}
}

func TestTemplateUnknownFunctionIsNamed(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "plan.md.tmpl"), []byte("{{title .Org.Name}}\n\n{{frobnicate}}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := LoadTemplates(dir)
	var te *TemplateError
	if !errors.As(err, &te) || te.Field != "frobnicate" || te.Line != 3 {
		t.Errorf("want error naming frobnicate at line 3, got %v", err)
	}
}

func TestUserTemplateOverridesOnlyItsKind(t *testing.T) {
	dir := t.TempDir()
	body := "{{title .Org.Name \"工作要点（自定义）\"}}\n{{section \"x\" \"目标\"}}{{p}}会员{{.Membership.Members}}人。{{endsection}}\n"
	if err := os.WriteFile(filepath.Join(dir, "plan.md.tmpl"), []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	ts, err := LoadTemplates(dir)
	if err != nil {
		t.Fatal(err)
	}
	res := result(t, []string{filepath.Join("..", "..", "examples", "yongjia-edu-2013.yaml")})
	plan, err := Compose(res, Plan, ts)
	if err != nil {
		t.Fatal(err)
	}
	if want := "# 永嘉县教育工会工作要点（自定义）\n\n## 一、目标\n\n会员1761人。\n"; string(markdownOf(t, plan).Markdown) != want {
		t.Errorf("custom plan:\n%s\nwant\n%s", markdownOf(t, plan).Markdown, want)
	}
	annual, err := Compose(res, Annual, ts)
	if err != nil {
		t.Fatal(err)
	}
	def, err := Compose(res, Annual, nil)
	if err != nil {
		t.Fatal(err)
	}
	if string(markdownOf(t, annual).Markdown) != string(markdownOf(t, def).Markdown) {
		t.Error("an absent user template did not fall back to the default")
	}
}

func TestComposeConcurrently(t *testing.T) {
	res := result(t, []string{filepath.Join("..", "..", "examples", "yongjia-edu-2013.yaml")})
	want, err := Compose(res, Annual, nil)
	if err != nil {
		t.Fatal(err)
	}
	errs := make(chan error, 8)
	for i := 0; i < 8; i++ {
		go func() {
			r, err := Compose(res, Kinds()[i%len(Kinds())], nil)
			if err == nil && i%len(Kinds()) == 0 && !reflect.DeepEqual(r, want) {
				err = errors.New("concurrent compose gave a different report")
			}
			errs <- err
		}()
	}
	for i := 0; i < 8; i++ {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
}

// TestDefaultForKind: the embedded templates parsed for one kind hold that
// kind's file and the shared definitions, and no other kind's file; each
// composes the yongjia report as the set of every kind does.
func TestDefaultForKind(t *testing.T) {
	all := DefaultTemplates()
	for _, k := range Kinds() {
		ts := defaultFor(k)
		for _, other := range Kinds() {
			if has := ts.set.Lookup(other.File()) != nil; has != (other == k) {
				t.Errorf("templates for %s: has %s = %v", k, other.File(), has)
			}
		}
		for _, tmpl := range all.set.Templates() {
			if _, own := kindOfFile(tmpl.ParseName); !own && ts.set.Lookup(tmpl.Name()) == nil {
				t.Errorf("templates for %s lack the shared %q (%s)", k, tmpl.Name(), tmpl.ParseName)
			}
		}
	}
	if defaultFor("weekly") != nil {
		t.Error("an unknown kind has templates")
	}
	res := result(t, []string{filepath.Join("..", "..", "examples", "yongjia-edu-2013.yaml")})
	want, err := Compose(res, Annual, all)
	if err != nil {
		t.Fatal(err)
	}
	got, err := Compose(res, Annual, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Error("the annual report composed with the annual templates differs from the one composed with every kind's")
	}
}
