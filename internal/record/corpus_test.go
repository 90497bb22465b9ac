package record_test

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"zongjie/internal/cli"
)

// The corpus (examples/corpus) holds one data file for every article of the
// seeds (../shared/seeds) that states figures. Each file's header names its
// article and how to find it in the seed file:
//
//	# 语料:seeds/<file> <which article>
//	# 起:<text the article starts with>
//	# 止:<text the next article starts with>, or 文末
//	# 不录:<number>(<why>)、…   the article's numbers deliberately not entered
//	# 原文自身的错误:<text check must print>   the article's own arithmetic
//
// TestCorpus checks every file with `zongjie check`: it passes, or fails with
// exactly the errors the header says the article makes. Then every number
// the article writes in digits must be in the file, as a value (the header
// comments do not count), unless the header gives a reason not to enter
// it: the corpus is the measure of whether the schema holds what real
// reports say.
func TestCorpus(t *testing.T) {
	files, _ := filepath.Glob("../../examples/corpus/*.yaml")
	if len(files) < 20 {
		t.Fatalf("only %d corpus files", len(files))
	}
	seeds := "../../../shared/seeds"
	if _, err := os.Stat(seeds); err != nil {
		t.Logf("no seeds at %s: the figures are not compared with the articles", seeds)
		seeds = ""
	}
	for _, file := range files {
		t.Run(strings.TrimSuffix(filepath.Base(file), ".yaml"), func(t *testing.T) {
			data, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			h := parseHeader(t, string(data))
			var stdout, stderr bytes.Buffer
			code := cli.Main([]string{"check", file}, nil, &stdout, &stderr)
			if len(h.errors) == 0 {
				if code != 0 {
					t.Fatalf("check failed:\n%s", stderr.String())
				}
			} else {
				if code == 0 {
					t.Fatalf("check passed, but the header says the article is wrong: %v", h.errors)
				}
				lines := strings.Split(strings.TrimSpace(stderr.String()), "\n")
				for _, want := range h.errors {
					if !strings.Contains(stderr.String(), want) {
						t.Errorf("check did not say %q:\n%s", want, stderr.String())
					}
				}
				for _, l := range lines {
					if !strings.Contains(l, "核对") && !strings.Contains(l, "相差") && !anyIn(l, h.errors) {
						t.Errorf("an error the header does not expect: %s", l)
					}
				}
			}
			if seeds == "" {
				return
			}
			article := h.article(t, seeds)
			body := values(string(data))
			for _, n := range numbersIn(article) {
				if _, skip := h.skip[n]; skip {
					continue
				}
				if !hasNumber(body, n) {
					t.Errorf("the article's %s is not in the file (enter it, or give a reason under 不录)", n)
				}
			}
			for n := range h.skip {
				if !hasNumber(article, n) {
					t.Errorf("不录 lists %s, which the article does not write", n)
				}
			}
		})
	}
}

// header is what a corpus file's header says.
type header struct {
	seed, start, end string
	skip             map[string]string
	errors           []string
}

func parseHeader(t *testing.T, data string) header {
	t.Helper()
	h := header{skip: map[string]string{}}
	for _, l := range strings.Split(data, "\n") {
		if !strings.HasPrefix(l, "#") {
			if strings.TrimSpace(l) != "" {
				break
			}
			continue
		}
		l = strings.TrimSpace(strings.TrimPrefix(l, "#"))
		key, val, ok := strings.Cut(l, ":")
		if !ok {
			continue
		}
		switch key {
		case "语料":
			h.seed, _, _ = strings.Cut(strings.TrimPrefix(val, "seeds/"), " ")
		case "起":
			h.start = val
		case "止":
			h.end = val
		case "不录":
			for _, item := range strings.Split(val, "、") {
				n, why, _ := strings.Cut(item, "(")
				if why == "" {
					t.Errorf("不录 %q gives no reason", item)
				}
				h.skip[strings.TrimSpace(n)] = why
			}
		case "原文自身的错误":
			h.errors = append(h.errors, val)
		}
	}
	if h.seed == "" || h.start == "" || h.end == "" {
		t.Fatalf("the header lacks 语料, 起 or 止")
	}
	return h
}

// article cuts the article out of its seed file.
func (h header) article(t *testing.T, seeds string) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(seeds, h.seed))
	if err != nil {
		t.Fatal(err)
	}
	s := string(data)
	i := strings.Index(s, h.start)
	if i < 0 || strings.Count(s, h.start) != 1 {
		t.Fatalf("起 %q is not once in %s", h.start, h.seed)
	}
	s = s[i:]
	if h.end != "文末" {
		j := strings.Index(s, h.end)
		if j < 0 {
			t.Fatalf("止 %q is not after 起 in %s", h.end, h.seed)
		}
		s = s[:j]
	}
	return strings.TrimPrefix(s, h.start)
}

var (
	numberRE = regexp.MustCompile(`[0-9]+(\.[0-9]+)?`)
	// listRE finds the numbering of a list item ("1、", "12." at the start
	// of a line), which is no figure.
	listRE = regexp.MustCompile(`(?m)^[ \t　]*[0-9]+(、|\.[^0-9])`)
)

// numbersIn lists the distinct numbers written in digits in s, but the
// numbering of list items.
func numbersIn(s string) []string {
	seen := map[string]bool{}
	for _, m := range numberRE.FindAllString(listRE.ReplaceAllString(asciiDigits(s), ""), -1) {
		seen[m] = true
	}
	out := make([]string, 0, len(seen))
	for n := range seen {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

// values returns the data file without its comments.
func values(data string) string {
	var b strings.Builder
	for _, l := range strings.Split(data, "\n") {
		if i := strings.Index(l, " #"); i >= 0 {
			l = l[:i]
		}
		if strings.HasPrefix(strings.TrimSpace(l), "#") {
			continue
		}
		b.WriteString(l)
		b.WriteByte('\n')
	}
	return b.String()
}

// hasNumber reports whether n is written in s as a number of its own: not
// as part of a longer one (6 is not found in 16 or 6.5); a digit may have a
// leading zero, as months and days in dates do.
func hasNumber(s, n string) bool {
	zero := "" // a day or month: "6月7日" is written 2014-06-07
	if len(n) == 1 {
		zero = "0?"
	}
	re := regexp.MustCompile(`(^|[^0-9.])` + zero + regexp.QuoteMeta(n) + `($|[^0-9]|\.[^0-9])`)
	return re.MatchString(asciiDigits(s))
}

// asciiDigits writes full-width digits and points as ASCII.
func asciiDigits(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= '０' && r <= '９':
			return '0' + r - '０'
		case r == '．':
			return '.'
		}
		return r
	}, s)
}

func anyIn(s string, subs []string) bool {
	for _, x := range subs {
		if strings.Contains(s, x) {
			return true
		}
	}
	return false
}

// TestCorpusArithmeticCaught changes figures of a corpus file the way a
// source's own arithmetic goes wrong, and checks that `zongjie check` names
// each: a stated total that is not the sum of its parts, a stated rate its
// base does not give, parts that add up to more than their whole.
func TestCorpusArithmeticCaught(t *testing.T) {
	data, err := os.ReadFile("../../examples/corpus/000-1-yongjia-edu-2013.yaml")
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ old, new, want string }{
		{"stated_persons: 475", "stated_persons: 476", "累计慰问人数:所报476人"},
		{"rate: 64.5,", "rate: 64.6,", "入会率:所报64.6%"},
		{"zero: 23", "zero: 24", "所填合计 142 与 finance.bands[0] 各项之和 143(106+13+24"},
	} {
		if !strings.Contains(string(data), tt.old) {
			t.Fatalf("the corpus file has no %q", tt.old)
		}
		file := filepath.Join(t.TempDir(), "wrong.yaml")
		if err := os.WriteFile(file, []byte(strings.Replace(string(data), tt.old, tt.new, 1)), 0o644); err != nil {
			t.Fatal(err)
		}
		var stdout, stderr bytes.Buffer
		if code := cli.Main([]string{"check", file}, nil, &stdout, &stderr); code == 0 {
			t.Errorf("%s: check passed", tt.new)
			continue
		}
		if got := stderr.String(); !strings.Contains(strings.ReplaceAll(got, "：", ":"), tt.want) || !strings.Contains(got, "wrong.yaml:") {
			t.Errorf("%s: check did not point it out with its position:\n%s", tt.new, got)
		}
	}
}
