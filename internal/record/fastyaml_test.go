package record

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"gopkg.in/yaml.v3"

	"zongjie/internal/hostile"
)

// checkFastTree reads text with fastTree and, when it takes it, with
// yaml.v3, which must read it into the same nodes. It reports whether
// fastTree took it.
func checkFastTree(t *testing.T, text []byte) bool {
	t.Helper()
	var fast yaml.Node
	if _, ok := fastTree(&fast, text); !ok {
		return false
	}
	var slow yaml.Node
	if err := readYAML(&slow, "x.yaml", text); err != nil {
		t.Fatalf("fastTree read text yaml.v3 refuses (%v):\n%s", err, text)
	}
	if d := sameTree(&fast, &slow, ""); d != "" {
		t.Fatalf("fastTree's nodes differ from yaml.v3's: %s\ntext:\n%s", d, text)
	}
	return true
}

func TestFastTreeTaken(t *testing.T) {
	tests := []struct{ name, text string }{
		{"mapping", "a: 1\nb: x\n"},
		{"nested mapping", "a:\n  b: 1\n  c:\n    d: 中文\ne: 2\n"},
		{"comments and blank lines", "# 头\n\na: 1 # 注\n  # 缩进的注\nb:   # 注\n  c: 2\n\n# 尾\n"},
		{"empty values", "a:\nb: \nc:   # 注\nd:\n  e:\n"},
		{"sequence", "a:\n  - x\n  - 2\n  -   y\n"},
		{"sequence at the key's indentation", "a:\n- x\n- y\nb: 1\n"},
		{"mappings in a sequence", "a:\n  - k: 1\n    m: 2\n  -   k: 3\n      m:\n  - k:\n      n: 4\n"},
		{"sequence in a sequence entry's mapping", "a:\n- k:\n  - 1\n  m: 2\n"},
		{"top-level sequence", "- a\n- b: 1\n"},
		{"quoted", "a: \"q r: #x\"\nb: 'it is'\nc: \"\"\nd:\n  - \"x\"\n"},
		{"block plain with flow and indicator characters", "note: 甲,乙;丙[1]{2} a:b a#b 100% @x `y` 'z' \"w\" ! & *\n"},
		{"resolved scalars", "a: ~\nb: null\nc: true\nd: 2023-01-02\ne: 2023-09\nf: 0123\ng: 1.5\nh: -3\ni: .inf\nj: 1e3\n<<: x\n2023: y\n"},
		{"flow sequence", "columns: [name, group, staff]\nempty: []\n"},
		{"flow mapping", "c: {number: 6, elected: 2020, term_years: 5}\nempty: {}\n"},
		{"nested flow", "a: [{item: 生日卡}, {item: 劳动保护用品, n: [1, 2]}]\n"},
		{"flow with quoted values", "a: {x: \"1, 2\", y: '[z]'}\n"},
		{"flow mapping in a sequence", "a:\n  - {label: 民办中小学, count: 6}\n  - {label: 公办, count: 7, rate: 80%以上}\n"},
		{"no line break at the end", "a:\n  b: 1"},
		{"supplementary characters", "𠀋: 𠀋小学\n"},
		{"spaces around", "a:    x   \nb:  [ x ,y ]  \n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if !checkFastTree(t, []byte(tt.text)) {
				t.Fatalf("fastTree did not take:\n%s", tt.text)
			}
		})
	}
}

func TestFastTreeFallback(t *testing.T) {
	tests := []struct{ name, text string }{
		{"block scalar", "a: |\n  x\n"},
		{"folded scalar", "a: >\n  x\n"},
		{"plain over two lines", "a: x\n  y\n"},
		{"entry over two lines", "- x\n  y\n"},
		{"flow over two lines", "a: {x: 1,\n  y: 2}\n"},
		{"anchor and alias", "a: &x 1\nb: *x\n"},
		{"tag", "a: !!str 1\n"},
		{"tab", "a:\t1\n"},
		{"carriage return", "a: 1\r\n"},
		{"document marker", "---\na: 1\n"},
		{"document end", "a: 1\n...\n"},
		{"directive", "%YAML 1.2\n---\na: 1\n"},
		{"indented document", "  a: 1\n"},
		{"odd indentation", "a:\n    b: 1\n  c: 2\n"},
		{"quoted key", "\"a\": 1\n"},
		{"escape", "a: \"x\\ny\"\n"},
		{"two single quotes", "a: 'it''s'\n"},
		{"colon at the end", "a: x:\n"},
		{"colon and space in a value", "a: x: y\n"},
		{"key without space", "a:1\n"},
		{"space before the colon", "a : 1\n"},
		{"question mark", "? a\n: 1\n"},
		{"empty entry", "- \n- x\n"},
		{"nested entry", "- - x\n"},
		{"entry after a value", "a: x\n- y\n"},
		{"trailing comma", "a: [x, y,]\n"},
		{"empty flow entry", "a: [x, , y]\n"},
		{"colon in flow", "a: [10:30]\n"},
		{"question mark in flow", "- [学?]\n"},
		{"hash after a quote", "a: \"x\"#y\n"},
		{"text after a flow", "a: [x] y\n"},
		{"line separator", "a: x\u2028y\n"},
		{"control character", "a: x\x01y\n"},
		{"comment with a control character", "# x\x01\na: 1\n"},
		{"only comments", "# x\n"},
		{"long key", strings.Repeat("键", fastMaxKey) + ": 1\n"},
		{"deep nesting", strings.Repeat("[", fastMaxDepth+1) + strings.Repeat("]", fastMaxDepth+1) + "\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if checkFastTree(t, []byte(tt.text)) {
				t.Fatalf("fastTree took:\n%s", tt.text)
			}
		})
	}
}

// TestFastTreeExamples checks fastTree against yaml.v3 on every example,
// hostile input and template, and that it takes most examples.
func TestFastTreeExamples(t *testing.T) {
	var files []string
	for _, pattern := range []string{"../../examples/*.yaml", "../../examples/*/*.yaml", "../../testdata/hostile/inputs/*.yaml", "../../internal/*/testdata/*.yaml"} {
		m, _ := filepath.Glob(pattern)
		files = append(files, m...)
	}
	taken, examples := 0, 0
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		if blanked, blocks := scanRows(data); blocks != nil {
			data = blanked
		}
		ok := checkFastTree(t, data)
		if strings.HasPrefix(file, "../../examples/") {
			examples++
			if ok {
				taken++
			}
		}
	}
	if examples == 0 || taken < examples*2/3 {
		t.Errorf("fastTree took %d of %d examples", taken, examples)
	}
}

func FuzzFastTree(f *testing.F) {
	for _, pattern := range []string{"../../examples/*.yaml", "../../examples/*/*.yaml"} {
		m, _ := filepath.Glob(pattern)
		for _, file := range m {
			data, err := os.ReadFile(file)
			if err != nil {
				f.Fatal(err)
			}
			f.Add(data)
		}
	}
	f.Add([]byte("a:\n  - k: 1\n    m: [x, {y: 'z'}]\n  - \"q\"\nb: 甲,乙 # 注\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		defer hostile.Watchdog(10 * time.Second)()
		checkFastTree(t, data)
	})
}
