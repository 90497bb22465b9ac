package cli

import (
	"io"
	"strings"
	"testing"
)

func TestParseSize(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want int64
		err  string
	}{
		{"64", 64 << 20, ""},
		{"200MB", 200 << 20, ""},
		{"1.5 GB", 3 << 29, ""},
		{"512kb", 512 << 10, ""},
		{"1TB", 1 << 40, ""},
		{"100字节", 100, ""},
		{"8796093022208", 0, "最大为 1TB"},
		{"2TB", 0, "最大为 1TB"},
		{"1e400", 0, "单位应为"},
		{"0", 0, "应大于 0"},
		{"0.0000001", 0, "应大于 0"},
		{"-5", 0, "应大于 0"},
		{"5XB", 0, "单位应为"},
		{"NaN", 0, "单位应为"},
		{"", 0, "应为一个大小"},
	} {
		got, err := parseSize(tc.in)
		switch {
		case tc.err == "" && (err != nil || got != tc.want):
			t.Errorf("parseSize(%q) = %d, %v; want %d", tc.in, got, err, tc.want)
		case tc.err != "" && (err == nil || !strings.Contains(err.Error(), tc.err)):
			t.Errorf("parseSize(%q) = %d, %v; want an error with %q", tc.in, got, err, tc.err)
		}
	}
}

func TestSizeText(t *testing.T) {
	for n, want := range map[int64]string{64 << 20: "64MB", 1 << 40: "1TB", 3 << 29: "1536MB", 1536: "1536字节", 2 << 10: "2KB"} {
		if got := sizeText(n); got != want {
			t.Errorf("sizeText(%d) = %q, want %q", n, got, want)
		}
	}
}

func TestScan(t *testing.T) {
	type result struct {
		kind, out string
		json      bool
		files     string
	}
	for _, tc := range []struct {
		args []string
		want result
		err  string
	}{
		{args: []string{"a.yaml", "-k", "plan", "b.yaml"}, want: result{kind: "plan", files: "a.yaml b.yaml"}},
		{args: []string{"--kind=term", "-o=x.md", "a.yaml"}, want: result{kind: "term", out: "x.md", files: "a.yaml"}},
		{args: []string{"-kind", "congress", "-output", "y.md", "a.yaml"}, want: result{kind: "congress", out: "y.md", files: "a.yaml"}},
		{args: []string{"--json", "--", "-k", "--json"}, want: result{kind: "annual", json: true, files: "-k --json"}},
		{args: []string{"-", "-o", "-"}, want: result{kind: "annual", out: "-", files: "-"}},
		{args: []string{"--json=false", "a"}, want: result{kind: "annual", files: "a"}},
		{args: []string{"-x"}, err: "没有 -x 这个选项"},
		{args: []string{"-K"}, err: "没有 -K 这个选项,你是不是想用 -k(--kind)?"},
		{args: []string{"--kin"}, err: "没有 --kin 这个选项,你是不是想用 -k(--kind)?"},
		{args: []string{"--jsno"}, err: "没有 --jsno 这个选项,你是不是想用 --json?"},
		{args: []string{"--o", "x"}, err: "没有 --o 这个选项,你是不是想用 -o(--output)?"},
		{args: []string{"a.yaml", "-o"}, err: "选项 -o 后面要跟一个值(文件)"},
		{args: []string{"--json=yes please"}, err: "选项 --json 不带值"},
		{args: []string{"--max-units", "0"}, err: "选项 --max-units 的值“0”不对:应为 1 到 2147483647 的整数"},
	} {
		e := newEnv(strings.NewReader(""), io.Discard, io.Discard)
		s := newOptions(e, "test", "", "", "")
		kind := s.str("kind", "k", "种类", groupOutput, "", "annual")
		out := s.str("output", "o", "文件", groupOutput, "", "")
		asJSON := s.flag("json", "", groupOutput, "")
		s.limitOptions()
		files, help, err := s.scan(tc.args)
		if help {
			t.Errorf("%q: taken for -h", tc.args)
			continue
		}
		if tc.err != "" {
			if err == nil || !strings.Contains(err.Error(), tc.err) {
				t.Errorf("%q: error %v, want %q", tc.args, err, tc.err)
			}
			continue
		}
		got := result{*kind, *out, *asJSON, strings.Join(files, " ")}
		if err != nil || got != tc.want {
			t.Errorf("%q: got %+v (%v), want %+v", tc.args, got, err, tc.want)
		}
	}
}
