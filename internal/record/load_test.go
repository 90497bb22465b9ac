package record

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/tools/txtar"
	"gopkg.in/yaml.v3"

	"zongjie/internal/hostile"
)

var update = flag.Bool("update", false, "rewrite the want sections of testdata/load/*.txtar")

// TestLoadGolden loads each broken (or tricky) input of testdata/load and
// compares every problem reported, one per line, with the archive's want
// section. Rewrite with: go test ./internal/record -update
func TestLoadGolden(t *testing.T) {
	files, _ := filepath.Glob("testdata/load/*.txtar")
	if len(files) == 0 {
		t.Fatal("no test archives")
	}
	for _, file := range files {
		t.Run(strings.TrimSuffix(filepath.Base(file), ".txtar"), func(t *testing.T) {
			ar, err := txtar.ParseFile(file)
			if err != nil {
				t.Fatal(err)
			}
			var input *txtar.File
			wantIdx := -1
			for i := range ar.Files {
				switch {
				case strings.HasPrefix(ar.Files[i].Name, "input."):
					input = &ar.Files[i]
				case ar.Files[i].Name == "want":
					wantIdx = i
				}
			}
			if input == nil || wantIdx < 0 {
				t.Fatal("archive needs an input.* and a want file")
			}
			got := loadReport(input.Name, input.Data)
			if *update {
				ar.Files[wantIdx].Data = []byte(got)
				if err := os.WriteFile(file, txtar.Format(ar), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			if want := string(ar.Files[wantIdx].Data); got != want {
				t.Errorf("problems differ\n--- got ---\n%s--- want ---\n%s", got, want)
			}
		})
	}
}

// loadReport loads and validates data and returns "ok\n" or every problem,
// as check reports them: all in one run.
func loadReport(name string, data []byte) string {
	if _, err := ParseAndValidate(name, data, DefaultLimits); err != nil {
		return err.Error() + "\n"
	}
	return "ok\n"
}

func TestExamplesAreValid(t *testing.T) {
	files, _ := filepath.Glob("../../examples/*.yaml")
	for _, dir := range []string{"term", "sector"} {
		more, _ := filepath.Glob("../../examples/" + dir + "/*.yaml")
		files = append(files, more...)
	}
	if len(files) < 2 {
		t.Fatalf("expected example files, found %v", files)
	}
	for _, f := range files {
		if _, err := LoadAndValidate(f, DefaultLimits); err != nil {
			t.Errorf("%s: %v", f, err)
		}
	}
}

func TestYongjiaFigures(t *testing.T) {
	p, err := LoadAndValidate("../../examples/yongjia-edu-2013.yaml", DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	if got := *p.Membership.Staff; got != 2729 {
		t.Errorf("staff = %d", got)
	}
	if got := *p.Finance.Spent; got != 767130000 {
		t.Errorf("spent = %d 分", got)
	}
	if got := *p.Charity[0].Total; got != 134191100 {
		t.Errorf("charity total = %d 分", got)
	}
	if got := len(p.Units); got != 14 {
		t.Errorf("units = %d", got)
	}
	// Table cells keep their own positions.
	pos := p.Pos("units[0].donation_per_capita")
	if pos.Line == 0 || pos.Col < 20 {
		t.Errorf("table cell position %v", pos)
	}
	if !p.Has("relief.stated_amount") || p.Has("period.report_date") {
		t.Error("Has reports written values only")
	}
	if got := p.Pos("period.report_date"); got != p.Pos("period") {
		t.Errorf("an unwritten path falls back to its parent: %v vs %v", got, p.Pos("period"))
	}
}

func TestEncodings(t *testing.T) {
	src := "organisation: {name: 测试工会}\r\nperiod: {year: 2013}\r\nmembership: {staff: 10, members: 9}\r\n"
	gbk, err := simplifiedchinese.GBK.NewEncoder().Bytes([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	cases := map[string][]byte{
		"utf8-crlf": []byte(src),
		"utf8-bom":  append([]byte("\xef\xbb\xbf"), src...),
		"gbk":       gbk,
	}
	for name, data := range cases {
		p, err := Parse(name, data, DefaultLimits)
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if p.Org.Name != "测试工会" || *p.Membership.Members != 9 {
			t.Errorf("%s: decoded %q %d", name, p.Org.Name, *p.Membership.Members)
		}
	}
	for name, tt := range map[string]struct {
		data []byte
		want string
	}{
		"binary":        {[]byte{0x89, 'P', 'N', 'G', 0, 0, 1, 2}, "不是文本文件"},
		"utf16":         {[]byte{0xff, 0xfe, 'a', 0}, "UTF-16(小端序)"},
		"utf16be":       {[]byte{0xfe, 0xff, 0, 'a'}, "UTF-16(大端序)"},
		"utf32":         {[]byte{0xff, 0xfe, 0, 0, 'a', 0, 0, 0}, "UTF-32(小端序)"},
		"utf32be":       {[]byte{0, 0, 0xfe, 0xff, 0, 0, 0, 'a'}, "UTF-32(大端序)"},
		"utf16 no mark": {[]byte{'#', 0, ' ', 0}, "UTF-16(小端序)"},
		"utf32 no mark": {[]byte{'o', 0, 0, 0, 'r', 0, 0, 0}, "UTF-32(小端序)"},
	} {
		_, err := Parse(name, tt.data, DefaultLimits)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: got %v, want %q", name, err, tt.want)
		}
	}
}

func TestLimits(t *testing.T) {
	lim := DefaultLimits
	lim.MaxUnits = 2
	data := []byte("organisation: {name: 甲}\nperiod: {year: 2013}\nunits:\n  - {name: a}\n  - {name: b}\n  - {name: c}\n")
	_, err := Parse("u.yaml", data, lim)
	if err == nil || !strings.Contains(err.Error(), "--max-units") {
		t.Errorf("unit limit: %v", err)
	}
	dir := t.TempDir()
	big := filepath.Join(dir, "big.yaml")
	if err := os.WriteFile(big, bytes.Repeat([]byte("# padding\n"), 2000), 0o644); err != nil {
		t.Fatal(err)
	}
	lim = DefaultLimits
	lim.MaxBytes = 1000
	if _, err := Load(big, lim); err == nil || !strings.Contains(err.Error(), "--max-size") {
		t.Errorf("size limit: %v", err)
	}
	if _, err := Load(filepath.Join(dir, "missing.yaml"), DefaultLimits); err == nil || !strings.Contains(err.Error(), "不存在") {
		t.Errorf("missing file: %v", err)
	}
}

func TestSuggest(t *testing.T) {
	fs := fieldsOf(typeOfMembership)
	tests := []struct{ key, want string }{
		{"memebrs", "members"},
		{"Staff", "staff"},
		{"会员", "你是不是想写“会员数”?"},
		{"会员人数", "你是不是想写“会员数”?"},
		{"女工人数", "你是不是想写“女职工人数”?"},
		{"zzzzzzzz", "这里可以写的项有"},
	}
	for _, tt := range tests {
		if got := suggest(tt.key, fs); !strings.Contains(got, tt.want) {
			t.Errorf("suggest(%q) = %q, want it to mention %q", tt.key, got, tt.want)
		}
	}
}

func FuzzParse(f *testing.F) {
	for _, pattern := range []string{"../../examples/*.yaml", "testdata/load/*.txtar", "../../testdata/hostile/inputs/*.yaml"} {
		files, _ := filepath.Glob(pattern)
		for _, file := range files {
			data, err := os.ReadFile(file)
			if err != nil {
				f.Fatal(err)
			}
			if strings.HasSuffix(file, ".txtar") {
				for _, af := range txtar.Parse(data).Files {
					f.Add(af.Data)
				}
				continue
			}
			f.Add(data)
		}
	}
	lim := DefaultLimits
	lim.MaxNodes = 100_000
	f.Fuzz(func(t *testing.T, data []byte) {
		// Long "0/sec" stretches in a fuzzing run are the fuzzer minimising a
		// new input grown from the ~11 KB examples (up to -fuzzminimizetime,
		// 60s by default), not a slow input: the watchdog would crash on one.
		defer hostile.Watchdog(10 * time.Second)()
		var root yaml.Node
		if utf8.Valid(data) && yaml.Unmarshal(data, &root) == nil {
			if real, est := countNodes(&root)-1, estimateNodes(data); real > est {
				t.Fatalf("estimateNodes = %d, but yaml.v3 built %d values", est, real)
			}
		}
		p, err := Parse("fuzz.yaml", data, lim)
		if err != nil {
			if err.Error() == "" {
				t.Fatal("empty error message")
			}
			return
		}
		for _, e := range Validate(p) {
			if e.Msg() == "" {
				t.Fatalf("empty message at %s", e.Pos)
			}
		}
	})
}

var typeOfMembership = reflect.TypeOf(Membership{})

// TestSectionsByChineseName: text.sections and text.headings take a
// section by its Chinese name as well as its id, as the workbook and
// `zongjie help sections` name them.
func TestSectionsByChineseName(t *testing.T) {
	src := "organisation: {name: 甲工会}\nperiod: {year: 2025}\ntext:\n  sections: {思想引领: [组织职工学习。]}\n  headings: {帮扶慰问: 关爱职工}\n"
	p, err := ParseAndValidate("t.yaml", []byte(src), DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	if got := p.Text.Sections["ideology"]; len(got) != 1 || p.Text.Headings["relief"] != "关爱职工" {
		t.Errorf("sections %v, headings %v", p.Text.Sections, p.Text.Headings)
	}
}
