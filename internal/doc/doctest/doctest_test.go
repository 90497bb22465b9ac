package doctest

import (
	"bytes"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"

	"zongjie/internal/doc"
)

// TestDocumentsKeepTheRules checks every test document against the model's
// rules: the writers' tests may rely on them.
func TestDocumentsKeepTheRules(t *testing.T) {
	for _, c := range All(t) {
		if err := Check(c.Doc); err != nil {
			t.Errorf("%s: %v", c.Name, err)
		}
		if h, ok := c.Doc.Blocks[0].(*doc.Heading); !ok || h.Level != 0 {
			t.Errorf("%s: the first block is not the title", c.Name)
		}
		if u := Unclean(c.Doc); u != nil {
			t.Errorf("%s: text holds %v", c.Name, u)
		}
	}
}

// TestCheck shows that Check finds each broken rule.
func TestCheck(t *testing.T) {
	tests := []struct {
		name  string
		block doc.Block
		ok    bool
	}{
		{"good table", Table("LN", []string{"a", "b"}, []string{"1", "2"}), true},
		{"heading level 5", &doc.Heading{Level: 5}, false},
		{"paragraph of a heading role", &doc.Paragraph{Kind: doc.RoleH1}, false},
		{"line break in a span", P("a\nb"), false},
		{"span not UTF-8", P("a\xffb"), false},
		{"short row", &doc.Table{Columns: make([]doc.Column, 2), Header: make([]doc.Line, 2), Rows: [][]doc.Line{{nil}}}, false},
		{"no columns", &doc.Table{}, false},
	}
	for _, tt := range tests {
		if err := Check(Build(doc.Meta{}, tt.block)); (err == nil) != tt.ok {
			t.Errorf("%s: Check = %v, want ok=%v", tt.name, err, tt.ok)
		}
	}
}

// TestCodecRoundTrip encodes every test document and decodes it again.
// Warnings are not encoded: no writer reads them. A chart's exact values
// are fractions whose internal form may differ after reading, and its
// registry ids are not encoded: documents with charts are compared by
// their encoding, which holds every figure.
func TestCodecRoundTrip(t *testing.T) {
	for _, c := range All(t) {
		want := *c.Doc
		want.Warnings = nil
		got := Decode(Encode(c.Doc))
		same := reflect.DeepEqual(got, &want)
		if hasChart(c.Doc) {
			same = bytes.Equal(Encode(got), Encode(&want)) && len(got.Blocks) == len(want.Blocks)
		}
		if !same {
			t.Errorf("%s: Decode(Encode(d)) differs from d:\n got %s\nwant %s", c.Name, Encode(got), Encode(&want))
		}
	}
}

func hasChart(d *doc.Document) bool {
	for _, b := range d.Blocks {
		if _, ok := b.(*doc.Chart); ok {
			return true
		}
	}
	return false
}

// TestDecode checks the form Decode reads, record by record.
func TestDecode(t *testing.T) {
	d := Decode([]byte("M标题\x1f作者\x1f2024年1月5日\x1f2024-01-05\n" +
		"0\x1f标题\n" +
		"2（一）\x1f\x1c1一是\x1c0其他\x1fsec\n" +
		"G\x1f某工会\x1e2024年1月5日\r\n" +
		"P3.\x1f第三项\n" +
		"\n" +
		"TLN\x1f项目\x1d数量\x1e会员\x1d1761\x1d多余\x1e短行\n" +
		"x没有类型的记录\n"))
	want := Build(doc.Meta{Title: "标题", Author: "作者", Date: "2024年1月5日", ISODate: "2024-01-05"},
		Title("标题"),
		&doc.Heading{Level: 2, Number: "（一）", Text: doc.Line{Strong("一是"), {Text: "其他"}}, ID: "sec"},
		Signature("某工会", "2024年1月5日"),
		Item("3.", "第三项"),
		&doc.Table{Columns: []doc.Column{{Kind: doc.ColumnLabel}, {Kind: doc.ColumnNumber}},
			Header: []doc.Line{doc.Plain("项目"), doc.Plain("数量")},
			Rows:   [][]doc.Line{{doc.Plain("会员"), doc.Plain("1761")}, {doc.Plain("短行"), nil}}},
		P("x没有类型的记录"),
	)
	if !reflect.DeepEqual(d, want) {
		t.Errorf("got\n%q\nwant\n%q", Encode(d), Encode(want))
	}
}

// TestDecodeAnyBytes decodes hostile and random bytes: every result keeps
// the model's rules.
func TestDecodeAnyBytes(t *testing.T) {
	inputs := [][]byte{nil, []byte("\n\n"), []byte("T"), []byte("T\x1f"), []byte("TNN\x1f\x1e\x1e"),
		[]byte("P"), []byte("0\x1c"), []byte("P\x1f\x1c"), []byte("4\x1f\x1c\xff\x1c"), []byte("\xff\xfe\r\r\n"),
		[]byte("G\x1f\x1e\x1e\x1d\x1c7\x1f")}
	r := rand.New(rand.NewPCG(1, 2))
	alphabet := []byte("MPCSGT0123456NL\n\r\x1c\x1d\x1e\x1f a<&\x01\xe4\xb8\xad\xff")
	for range 2000 {
		b := make([]byte, r.IntN(40))
		for i := range b {
			b[i] = alphabet[r.IntN(len(alphabet))]
		}
		inputs = append(inputs, b)
	}
	for _, in := range inputs {
		if err := Check(Decode(in)); err != nil {
			t.Errorf("Decode(%q): %v", in, err)
		}
	}
}

// TestText checks the reader's text of a small document of every block.
func TestText(t *testing.T) {
	d := Build(doc.Meta{Title: "不在正文中"},
		Title("标题"),
		H(1, "一、", "概况"),
		P(Strong("一是"), "经费；", Em("二是"), "活动 ", Code("<b>")),
		Item("1.", "第一项"),
		Table("LN", []string{"学区", "人数"}, []string{"甲", "12"}, []string{"乙", ""}),
		Signature("某工会", "2024年1月5日"),
	)
	want := "标题\n一、概况\n一是经费；二是活动 <b>\n1.第一项\n学区 人数\n甲 12\n乙 \n某工会\n2024年1月5日\n"
	if got := Text(d); got != want {
		t.Errorf("Text =\n%q\nwant\n%q", got, want)
	}
}

// TestUnclean checks which characters Unclean names.
func TestUnclean(t *testing.T) {
	d := Build(doc.Meta{Title: "a\x01b"}, P("制表符\t可以", "\x7f\u0085\ufffe\x01"), P("\xff中"))
	want := []string{"U+0001", "U+007F", "U+0085", "U+FFFE", "byte 0xFF"}
	if got := Unclean(d); !slices.Equal(got, want) {
		t.Errorf("Unclean = %q, want %q", got, want)
	}
	if got := Unclean(Sample()); got != nil {
		t.Errorf("Unclean(Sample()) = %q", got)
	}
}

// TestMapText checks that MapText reaches every text and copies the
// document rather than changing it.
func TestMapText(t *testing.T) {
	for _, c := range Built() {
		before := Encode(c.Doc)
		if same := MapText(c.Doc, func(s string) string { return s }); !reflect.DeepEqual(same, c.Doc) {
			t.Errorf("%s: MapText with the identity changed the document", c.Name)
		}
		upper := MapText(c.Doc, func(s string) string { return "【" + s + "】" })
		var n, m int
		EachText(c.Doc, func(string) { n++ })
		EachText(upper, func(s string) {
			if strings.HasPrefix(s, "【") {
				m++
			}
		})
		if n != m {
			t.Errorf("%s: MapText reached %d of %d texts", c.Name, m, n)
		}
		if string(Encode(c.Doc)) != string(before) {
			t.Errorf("%s: MapText changed its input", c.Name)
		}
	}
}

// TestSeeds checks that the fuzz seeds hold every document whole and every
// level-1 section of it under the title.
func TestSeeds(t *testing.T) {
	have := map[string]bool{}
	for _, s := range Seeds(t) {
		have[string(s)] = true
	}
	for _, c := range All(t) {
		if !have[string(Encode(c.Doc))] {
			t.Errorf("%s is not among the seeds", c.Name)
		}
	}
	// Annual has three sections: 一、二、三、.
	d := Annual()
	var starts []int
	for i, b := range d.Blocks {
		if h, ok := b.(*doc.Heading); ok && h.Level == 1 {
			starts = append(starts, i)
		}
	}
	if len(starts) != 3 {
		t.Fatalf("the annual document has %d sections, want 3", len(starts))
	}
	for i, s := range starts {
		end := len(d.Blocks)
		if i+1 < len(starts) {
			end = starts[i+1]
		}
		part := Build(d.Meta, append([]doc.Block{d.Blocks[0]}, d.Blocks[s:end]...)...)
		if !have[string(Encode(part))] {
			t.Errorf("section %d of the annual document is not among the seeds", i+1)
		}
	}
}
