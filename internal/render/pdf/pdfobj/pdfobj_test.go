package pdfobj

import (
	"bytes"
	"compress/zlib"
	"encoding/binary"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"zongjie/internal/fonts"
)

func embedded(t *testing.T, face fonts.Face) *fonts.Font {
	t.Helper()
	f, err := fonts.Embedded(face)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// testDocument has two pages, two fonts (one used on page 2 only), a table
// rule, bookmarks and Chinese document information.
func testDocument(t *testing.T) *Document {
	return documentWith(embedded(t, fonts.Song), embedded(t, fonts.Hei))
}

// documentWith is testDocument set in the given fonts.
func documentWith(song, hei *fonts.Font) *Document {
	return &Document{
		Width: 595.276, Height: 841.89,
		Info: Info{Title: "永嘉县教育工会2013年工会工作总结", Author: "永嘉县教育工会", Creator: "zongjie (test)",
			CreationDate: time.Date(2013, 12, 31, 9, 0, 0, 0, time.FixedZone("CST", 8*3600))},
		Pages: []*Page{
			{
				Texts: []Text{
					{Font: song, Size: 22, X: 100, Y: 120, S: "永嘉县教育工会2013年工会工作总结"},
					{Font: song, Size: 16, Spacing: 0.25, X: 80, Y: 180, S: "入会率为64.5%，全年新发展会员1761人。"},
				},
				Bookmarks: []Bookmark{{Title: "永嘉县教育工会2013年工会工作总结", Y: 100, Level: 1}},
			},
			{
				Lines: []Line{{X1: 80, Y1: 100, X2: 500, Y2: 100, Width: 0.75}},
				Texts: []Text{
					{Font: hei, Size: 16, X: 80, Y: 130, S: "一、主要工作和成效"},
					{Font: song, Size: 16, X: 80, Y: 160, S: "（一）扩大工会组织覆盖面"},
				},
				Bookmarks: []Bookmark{{Title: "一、主要工作和成效", Y: 110, Level: 1}, {Title: "（一）扩大工会组织覆盖面", Y: 140, Level: 2}},
			},
		},
	}
}

func write(t *testing.T, d *Document) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := Write(&b, d); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

var objRE = regexp.MustCompile(`(?s)(\d+) 0 obj\n(.*?)\nendobj\n`)

// objects returns every object of a PDF by number, read through the
// cross-reference stream: an object in the file body must start where the
// stream says, an object in an object stream is cut out of it.
func objects(t *testing.T, pdf []byte) map[int]string {
	t.Helper()
	if !bytes.HasPrefix(pdf, []byte("%PDF-1.7\n")) || !bytes.HasSuffix(pdf, []byte("%%EOF\n")) {
		t.Fatal("not framed as a PDF file")
	}
	m := regexp.MustCompile(`startxref\n(\d+)\n%%EOF\n$`).FindSubmatch(pdf)
	if m == nil {
		t.Fatal("no startxref")
	}
	xref, _ := strconv.Atoi(string(m[1]))
	xm := objRE.FindSubmatch(pdf[xref:])
	if xm == nil || !bytes.Contains(xm[2], []byte("/Type /XRef /Size ")) || !bytes.Contains(xm[2], []byte("/W [1 4 2]")) {
		t.Fatalf("startxref %d does not point at a cross-reference stream", xref)
	}
	var size int
	fmt.Sscanf(regexp.MustCompile(`/Size \d+`).FindString(string(xm[2])), "/Size %d", &size)
	rows := streamData(t, string(xm[2]))
	if len(rows) != 7*size {
		t.Fatalf("cross-reference stream has %d bytes for /Size %d", len(rows), size)
	}
	objs := map[int]string{}
	type packed struct{ id, index int }
	inStream := map[int][]packed{}
	for n := 1; n < size; n++ {
		r := rows[7*n:]
		field := int(binary.BigEndian.Uint32(r[1:]))
		switch r[0] {
		case 1:
			want := fmt.Sprintf("%d 0 obj\n", n)
			if !bytes.HasPrefix(pdf[field:], []byte(want)) {
				t.Fatalf("object %d is said to start at %d, where %q is", n, field, pdf[field:min(field+12, len(pdf))])
			}
			objs[n] = string(objRE.FindSubmatch(pdf[field:])[2])
		case 2:
			inStream[field] = append(inStream[field], packed{n, int(binary.BigEndian.Uint16(r[5:]))})
		default:
			t.Fatalf("object %d has entry type %d", n, r[0])
		}
	}
	for stm, list := range inStream {
		dict := objs[stm]
		var n, first int
		fmt.Sscanf(regexp.MustCompile(`/N \d+`).FindString(dict), "/N %d", &n)
		fmt.Sscanf(regexp.MustCompile(`/First \d+`).FindString(dict), "/First %d", &first)
		data := streamData(t, dict)
		head := strings.Fields(string(data[:first]))
		if !strings.Contains(dict, "/Type /ObjStm") || len(head) != 2*n || len(list) != n {
			t.Fatalf("object stream %d: %d header numbers, /N %d, %d objects in the cross-reference", stm, len(head), n, len(list))
		}
		for _, p := range list {
			id, _ := strconv.Atoi(head[2*p.index])
			off, _ := strconv.Atoi(head[2*p.index+1])
			end := len(data) - first
			if p.index+1 < n {
				end, _ = strconv.Atoi(head[2*p.index+3])
			}
			if id != p.id {
				t.Fatalf("object stream %d index %d holds object %d, the cross-reference says %d", stm, p.index, id, p.id)
			}
			objs[id] = strings.TrimSpace(string(data[first+off : first+end]))
		}
	}
	return objs
}

// streamData inflates a stream object.
func streamData(t *testing.T, obj string) []byte {
	t.Helper()
	i := strings.Index(obj, "stream\n")
	j := strings.LastIndex(obj, "\nendstream")
	if i < 0 || j < 0 {
		t.Fatalf("not a stream: %.80q", obj)
	}
	m := regexp.MustCompile(`/Length (\d+)`).FindStringSubmatch(obj[:i])
	raw := obj[i+len("stream\n") : j]
	if n, _ := strconv.Atoi(m[1]); n != len(raw) {
		t.Fatalf("/Length %d, stream has %d bytes", n, len(raw))
	}
	zr, err := zlib.NewReader(strings.NewReader(raw))
	if err != nil {
		t.Fatal(err)
	}
	data, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// cmapOf reads a ToUnicode CMap back into glyph -> text.
func cmapOf(t *testing.T, cmap []byte) map[int]string {
	t.Helper()
	hexRunes := func(h string) string {
		var u []rune
		for i := 0; i+4 <= len(h); i += 4 {
			v, _ := strconv.ParseUint(h[i:i+4], 16, 16)
			u = append(u, rune(v))
		}
		if len(u) == 2 && u[0] >= 0xD800 && u[0] < 0xDC00 {
			return string((u[0]-0xD800)<<10 + (u[1] - 0xDC00) + 0x10000)
		}
		return string(u)
	}
	// The code space range is no mapping.
	cmap = regexp.MustCompile(`(?s)begincodespacerange.*?endcodespacerange`).ReplaceAll(cmap, nil)
	out := map[int]string{}
	for _, m := range regexp.MustCompile(`(?m)^<([0-9A-F]{4})> <([0-9A-F]+)>$`).FindAllStringSubmatch(string(cmap), -1) {
		g, _ := strconv.ParseUint(m[1], 16, 16)
		out[int(g)] = hexRunes(m[2])
	}
	for _, m := range regexp.MustCompile(`(?m)^<([0-9A-F]{4})> <([0-9A-F]{4})> <([0-9A-F]+)>$`).FindAllStringSubmatch(string(cmap), -1) {
		first, _ := strconv.ParseUint(m[1], 16, 16)
		last, _ := strconv.ParseUint(m[2], 16, 16)
		r := []rune(hexRunes(m[3]))[0]
		for g := first; g <= last; g++ {
			out[int(g)] = string(r + rune(g-first))
		}
	}
	for _, m := range regexp.MustCompile(`(?m)^<([0-9A-F]{4})> <([0-9A-F]{4})> \[([^\]]*)\]$`).FindAllStringSubmatch(string(cmap), -1) {
		first, _ := strconv.ParseUint(m[1], 16, 16)
		last, _ := strconv.ParseUint(m[2], 16, 16)
		dsts := regexp.MustCompile(`<([0-9A-F]+)>`).FindAllStringSubmatch(m[3], -1)
		if len(dsts) != int(last-first)+1 {
			t.Errorf("range <%s> <%s> lists %d characters", m[1], m[2], len(dsts))
		}
		for k, d := range dsts {
			out[int(first)+k] = hexRunes(d[1])
		}
	}
	return out
}

// TestWriteReadsBack parses the written file with the helpers above: the
// cross-reference table, every stream, the fonts' ToUnicode maps, and the
// text of each page decoded through them must give back the input.
func TestWriteReadsBack(t *testing.T) {
	d := testDocument(t)
	pdf := write(t, d)
	objs := objects(t, pdf)

	fontMaps := map[string]map[int]string{} // resource name -> glyph -> text
	var pages []string
	for _, obj := range objs {
		if strings.Contains(obj, "/Type /Page ") {
			pages = append(pages, obj)
		}
	}
	if len(pages) != len(d.Pages) {
		t.Fatalf("%d page objects, want %d", len(pages), len(d.Pages))
	}
	ref := func(s string) int { n, _ := strconv.Atoi(strings.Fields(s)[0]); return n }
	for _, m := range regexp.MustCompile(`/(F\d+) (\d+ 0 R)`).FindAllStringSubmatch(strings.Join(pages, "\n"), -1) {
		type0 := objs[ref(m[2])]
		tu := regexp.MustCompile(`/ToUnicode (\d+ 0 R)`).FindStringSubmatch(type0)
		fontMaps[m[1]] = cmapOf(t, streamData(t, objs[ref(tu[1])]))
		cid := objs[ref(regexp.MustCompile(`/DescendantFonts \[(\d+ 0 R)\]`).FindStringSubmatch(type0)[1])]
		desc := objs[ref(regexp.MustCompile(`/FontDescriptor (\d+ 0 R)`).FindStringSubmatch(cid)[1])]
		prog := objs[ref(regexp.MustCompile(`/FontFile2 (\d+ 0 R)`).FindStringSubmatch(desc)[1])]
		if data := streamData(t, prog); !bytes.HasPrefix(data, []byte{0, 1, 0, 0}) {
			t.Errorf("%s: FontFile2 is not a TrueType font", m[1])
		}
		if !regexp.MustCompile(`/BaseFont /[A-Z]{6}\+\S+`).MatchString(type0) {
			t.Errorf("%s: BaseFont has no subset tag: %s", m[1], type0)
		}
	}

	// Pages are written in order, each with its content stream next.
	contentRE := regexp.MustCompile(`/Contents (\d+ 0 R)`)
	for i, p := range d.Pages {
		var pageObj string
		for n := 1; n <= len(objs); n++ {
			if strings.Contains(objs[n], "/Type /Page ") {
				if i == 0 {
					pageObj = objs[n]
					break
				}
				i--
			}
		}
		content := streamData(t, objs[ref(contentRE.FindStringSubmatch(pageObj)[1])])
		var got []string
		for _, run := range textRuns(t, content) {
			var s strings.Builder
			for j := 0; j+1 < len(run.codes); j += 2 {
				s.WriteString(fontMaps[run.font][int(run.codes[j])<<8|int(run.codes[j+1])])
			}
			got = append(got, s.String())
		}
		var want []string
		for _, tx := range p.Texts {
			want = append(want, tx.S)
		}
		if strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("page text reads back as %q, want %q", got, want)
		}
		if len(p.Lines) > 0 && !strings.Contains(string(content), "80 741.89 m 500 741.89 l S") {
			t.Errorf("the rule is not drawn in PDF coordinates:\n%s", content)
		}
	}

	var all []string
	for _, obj := range objs {
		all = append(all, obj)
	}
	s := strings.Join(all, "\n")
	for _, want := range []string{
		"/Title <FEFF6C385609",          // 永嘉
		"/Creator (zongjie \\(test\\))", // ASCII, escaped
		"/CreationDate (D:20131231090000+08'00')",
		"/PageMode /UseOutlines",
		"/Count 3 >>", // the outline
	} {
		if !strings.Contains(s, want) {
			t.Errorf("output lacks %q", want)
		}
	}
	if !bytes.Equal(pdf, write(t, testDocument(t))) {
		t.Error("the same document gave different bytes")
	}
}

// TestMissingGlyph: a character the font lacks is an error naming it,
// not a silently dropped glyph.
func TestMissingGlyph(t *testing.T) {
	d := testDocument(t)
	d.Pages[0].Texts[0].S = "工会\U0001F600"
	err := Write(io.Discard, d)
	if err == nil || !strings.Contains(err.Error(), "U+1F600") {
		t.Fatalf("err = %v, want one naming U+1F600", err)
	}
}

func TestWidths(t *testing.T) {
	tests := []struct {
		in   []int
		dw   int
		want string
	}{
		{[]int{0, 1000, 1000, 1000}, 1000, "[0 [0]]"},
		{[]int{500, 1000, 250, 250, 1000, 333, 1000}, 1000, "[0 [500] 2 [250 250] 5 [333]]"},
		{[]int{0, 250, 1000}, 250, "[0 [0] 2 [1000]]"}, // a tie goes to the smaller width
		{[]int{0, 600, 600, 1000}, 600, "[0 [0] 3 [1000]]"},
		{[]int{0}, 1000, "[0 [0]]"},
	}
	for _, tt := range tests {
		dw, w := widths(tt.in)
		if dw != tt.dw || w != tt.want {
			t.Errorf("widths(%v) = %d %s, want %d %s", tt.in, dw, w, tt.dw, tt.want)
		}
	}
}

func TestSyntax(t *testing.T) {
	for _, tt := range []struct{ got, want string }{
		{num(0), "0"},
		{num(-0.0001), "0"},
		{num(12.3456), "12.346"},
		{num(595.2756), "595.276"},
		{num(-3.5), "-3.5"},
		{textString("zongjie"), "(zongjie)"},
		{textString(`a(b)\c`), `(a\(b\)\\c)`},
		{textString("工会"), "<FEFF5DE54F1A>"},
		{textString("😀"), "<FEFFD83DDE00>"},
		{textString("a\nb"), "<FEFF0061000A0062>"},
		{dateString(time.Date(2013, 12, 31, 9, 0, 0, 0, time.UTC)), "D:20131231090000Z"},
		{dateString(time.Date(2013, 12, 31, 9, 0, 0, 0, time.FixedZone("", -(3*3600+30*60)))), "D:20131231090000-03'30'"},
		{utf16Hex('工'), "5DE5"},
		{utf16Hex(0x1F600), "D83DDE00"},
	} {
		if tt.got != tt.want {
			t.Errorf("got %s, want %s", tt.got, tt.want)
		}
	}
}

// TestToUnicodeRanges: consecutive glyphs for consecutive characters share
// a bfrange, which never crosses a change of the high byte.
func TestToUnicodeRanges(t *testing.T) {
	f := embedded(t, fonts.Song)
	// 0-9 are consecutive characters and, in the font, consecutive glyphs.
	sub, err := f.Subset([]rune("0123456789工会"))
	if err != nil {
		t.Fatal(err)
	}
	cmap := toUnicode(sub)
	back := cmapOf(t, cmap)
	for _, r := range sub.Runes {
		g, _ := sub.Glyph(r)
		if back[int(g)] != string(r) {
			t.Errorf("glyph %d maps to %q, want %q", g, back[int(g)], string(r))
		}
	}
	if !bytes.Contains(cmap, []byte("beginbfrange")) {
		t.Errorf("the digits did not become a range:\n%s", cmap)
	}
	for _, m := range regexp.MustCompile(`<([0-9A-F]{4})> <([0-9A-F]{4})> [<\[]`).FindAllSubmatch(cmap, -1) {
		if string(m[1][:2]) != string(m[2][:2]) {
			t.Errorf("range %s-%s crosses a high byte", m[1], m[2])
		}
	}
	if !bytes.Contains(cmap, []byte("> [<")) {
		t.Errorf("the other glyphs did not become a listed range:\n%s", cmap)
	}
	if len(back) != len(sub.Runes) {
		t.Errorf("%d glyphs map back, want %d", len(back), len(sub.Runes))
	}
}

// TestToUnicodeBeyondBMP: a character beyond the BMP maps back through
// a surrogate pair, single or in a listed range.
func TestToUnicodeBeyondBMP(t *testing.T) {
	f := embedded(t, fonts.Hei)
	var text []rune
	for r := rune(0x20000); r < 0x2A6DF && len(text) < 3; r++ {
		if f.Has(r) {
			text = append(text, r)
		}
	}
	if len(text) == 0 {
		t.Skip("the font has no character beyond the BMP")
	}
	sub, err := f.Subset(append(text, []rune("工会")...))
	if err != nil {
		t.Fatal(err)
	}
	back := cmapOf(t, toUnicode(sub))
	for _, r := range sub.Runes {
		g, _ := sub.Glyph(r)
		if back[int(g)] != string(r) {
			t.Errorf("glyph %d maps to %q, want %q", g, back[int(g)], string(r))
		}
	}
}

// TestOutlineNests: a level-2 bookmark goes under the level-1 one before it,
// and the counts say how many entries show.
func TestOutlineNests(t *testing.T) {
	objs := objects(t, write(t, testDocument(t)))
	byTitle := map[string]string{}
	idOf := map[string]string{}
	for n, obj := range objs {
		if m := regexp.MustCompile(`^<< /Title (<[0-9A-F]+>) /Parent`).FindStringSubmatch(obj); m != nil {
			byTitle[m[1]] = obj
			idOf[m[1]] = fmt.Sprintf("%d 0 R", n)
		}
	}
	title, h1, h2 := textString("永嘉县教育工会2013年工会工作总结"), textString("一、主要工作和成效"), textString("（一）扩大工会组织覆盖面")
	if len(byTitle) != 3 {
		t.Fatalf("%d outline entries, want 3", len(byTitle))
	}
	for _, tt := range []struct {
		entry string
		want  []string
	}{
		{title, []string{"/Next " + idOf[h1]}},
		{h1, []string{"/Prev " + idOf[title], "/First " + idOf[h2], "/Last " + idOf[h2], "/Count 1"}},
		{h2, []string{"/Parent " + idOf[h1]}},
	} {
		for _, w := range tt.want {
			if !strings.Contains(byTitle[tt.entry], w) {
				t.Errorf("outline entry %s lacks %q: %s", tt.entry, w, byTitle[tt.entry])
			}
		}
	}
	if strings.Contains(byTitle[h2], "/Next") || strings.Contains(byTitle[h1], "/Next") {
		t.Error("the last entries of their levels have a /Next")
	}
}

// textRun is a string shown in a content stream and its font resource.
type textRun struct {
	font  string
	codes []byte
}

// textRuns reads the strings a content stream shows with Tj, unescaping
// them, with the font set for each.
func textRuns(t *testing.T, content []byte) []textRun {
	t.Helper()
	var runs []textRun
	font := ""
	fontRE := regexp.MustCompile(`^/(F\d+) [\d.]+ Tf`)
	for i := 0; i < len(content); i++ {
		if m := fontRE.FindSubmatch(content[i:]); m != nil && (i == 0 || content[i-1] == '\n') {
			font = string(m[1])
			continue
		}
		if content[i] != '(' {
			continue
		}
		var codes []byte
		j := i + 1
		for ; j < len(content) && content[j] != ')'; j++ {
			c := content[j]
			if c == '\\' {
				j++
				switch content[j] {
				case 'r':
					c = '\r'
				case 'n':
					c = '\n'
				default:
					c = content[j]
				}
			}
			codes = append(codes, c)
		}
		if !bytes.HasPrefix(content[j:], []byte(") Tj\n")) {
			t.Fatalf("string at %d is not shown with Tj", i)
		}
		runs = append(runs, textRun{font, codes})
		i = j
	}
	return runs
}

// TestStringEscapes: glyph numbers whose bytes are a parenthesis, a
// backslash or a carriage return are escaped in the content stream.
func TestStringEscapes(t *testing.T) {
	var b bytes.Buffer
	for _, c := range []byte{'(', ')', '\\', '\r', '\n', 'A', 0, 0xFF} {
		writeStringByte(&b, c)
	}
	if got, want := b.String(), "\\(\\)\\\\\\r\nA\x00\xff"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
