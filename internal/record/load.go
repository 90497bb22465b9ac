package record

import (
	"bytes"
	"errors"
	"io"
	"os"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"zongjie/internal/cnfmt"

	"golang.org/x/text/encoding/simplifiedchinese"
	"gopkg.in/yaml.v3"
)

// Limits bound what a data file may cost to read. Every limit names itself in
// its error message together with the flag that raises it.
type Limits struct {
	MaxBytes   int64 // file size
	MaxNodes   int   // values decoded, aliases expanded
	MaxAliases int   // alias (*ref) uses
	MaxDepth   int   // nesting of mappings and lists
	MaxUnits   int   // rows of the units table
}

// DefaultLimits fit a county federation with a hundred thousand units.
var DefaultLimits = Limits{
	MaxBytes:   64 << 20,
	MaxNodes:   10_000_000,
	MaxAliases: 10_000,
	MaxDepth:   32,
	MaxUnits:   200_000,
}

// Load reads and decodes one data file (YAML or JSON). It does not run the
// semantic checks: see Validate, or LoadAndValidate for both.
func Load(path string, lim Limits) (*Period, error) {
	data, err := readData(path, lim)
	if err != nil {
		return nil, err
	}
	return Parse(path, data, lim)
}

// readData reads a data file, bounded by the size limit.
func readData(path string, lim Limits) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fileError(path, err)
	}
	defer f.Close()
	var buf bytes.Buffer
	if st, err := f.Stat(); err == nil {
		if st.IsDir() {
			return nil, Errors{{Pos: Pos{File: path}, Format: "这是一个目录,请给出数据文件(.yaml、.json 或 .xlsx 工作簿)"}}
		}
		if st.Size() > lim.MaxBytes {
			return nil, sizeError(path, st.Size(), lim)
		}
		// Room for the whole file and the read that finds its end, so it
		// is read into one buffer rather than into ever larger copies.
		if n := int(st.Size()); int64(n) == st.Size() && n >= 0 {
			buf.Grow(n + bytes.MinRead)
		}
	}
	if _, err := buf.ReadFrom(io.LimitReader(f, lim.MaxBytes+1)); err != nil {
		return nil, fileError(path, err)
	}
	data := buf.Bytes()
	if int64(len(data)) > lim.MaxBytes {
		// Not a regular file (a device, a pipe) or one still growing: its
		// size was not known before reading, and reading stopped at the limit.
		return nil, Errors{{Pos: Pos{File: path}, Format: "读到的内容超过上限 %s 仍未结束,已停止读取;请确认给出的是数据文件,确需处理请用 --max-size 调高上限",
			Args: []any{cnfmt.Bytes(lim.MaxBytes)}}}
	}
	return data, nil
}

func fileError(path string, err error) error {
	msg := "无法读取:%v"
	switch {
	case errors.Is(err, os.ErrNotExist):
		msg = "文件不存在,请检查文件名和路径"
		return Errors{{Pos: Pos{File: path}, Format: msg}}
	case errors.Is(err, os.ErrPermission):
		return Errors{{Pos: Pos{File: path}, Format: "没有读取权限"}}
	}
	return Errors{{Pos: Pos{File: path}, Format: msg, Args: []any{err}}}
}

func sizeError(path string, size int64, lim Limits) error {
	return Errors{{Pos: Pos{File: path}, Format: "文件有 %s,超过上限 %s;数据文件通常不到 1 MB,请确认没有选错文件,确需处理请用 --max-size 调高上限",
		Args: []any{cnfmt.Bytes(size), cnfmt.Bytes(lim.MaxBytes)}}}
}

// LoadTables is Load with list sections read from files of their own (see
// Tables).
func LoadTables(path string, tables Tables, lim Limits) (*Period, error) {
	data, err := readData(path, lim)
	if err != nil {
		return nil, err
	}
	p, errs, err := parse(path, data, tables, lim)
	switch {
	case err != nil:
		return nil, err
	case len(errs) > 0:
		return nil, errs
	}
	return p, nil
}

// Parse decodes data read from the file named name. It does not run the
// semantic checks: see ParseAndValidate.
func Parse(name string, data []byte, lim Limits) (*Period, error) {
	p, errs, err := parse(name, data, nil, lim)
	switch {
	case err != nil:
		return nil, err
	case len(errs) > 0:
		return nil, errs
	}
	return p, nil
}

// ParseAndValidate decodes data and validates it, and reports every problem
// of a file that parses in one go: the keys and values that could not be
// read together with the cross-field checks of everything that could (a
// check that rests on a value that could not be read is left out, so a
// problem is not reported twice). Only a syntax error or a limit stops
// before the checks.
func ParseAndValidate(name string, data []byte, lim Limits) (*Period, error) {
	return ParseAndValidateTables(name, data, nil, lim)
}

// ParseAndValidateTables is ParseAndValidate with list sections read from
// files of their own (see Tables).
func ParseAndValidateTables(name string, data []byte, tables Tables, lim Limits) (*Period, error) {
	p, errs, err := parse(name, data, tables, lim)
	if err != nil {
		return nil, err
	}
	checks := Validate(p)
	if len(errs) == 0 && len(checks) == 0 {
		return p, nil
	}
	all := append(Errors(nil), errs...)
	for _, c := range checks {
		if !restsOn(c.Path, errs) {
			all = append(all, c)
		}
	}
	p.labelRows(all)
	return nil, all.Err()
}

// restsOn reports whether a check at path concerns a value that could not
// be read: the path of one of errs, a part of it, or the record holding it.
func restsOn(path string, errs Errors) bool {
	for _, e := range errs {
		q := e.Path
		if q == "" {
			continue
		}
		if path == q || within(path, q) || within(q, path) {
			return true
		}
	}
	return false
}

// within reports whether path lies inside the value at parent.
func within(path, parent string) bool {
	return parent != "" && len(path) > len(parent) && path[:len(parent)] == parent &&
		(path[len(parent)] == '.' || path[len(parent)] == '[')
}

// parse decodes data: the period with the problems of the values that
// could not be read (errs), or, when the file cannot be read at all (not
// text, a syntax error, a limit), only err.
func parse(name string, data []byte, tables Tables, lim Limits) (*Period, Errors, error) {
	var r decoded
	var err error
	if reader != nil && reader.Claims(name, data) {
		var t *Tree
		if t, err = reader.ReadFile(name, data, lim); err == nil {
			r, err = parseTreeOf(name, t, tables, lim)
		}
	} else {
		r, err = parseTree(name, data, tables, lim)
	}
	if err != nil {
		return nil, nil, err
	}
	return r.p, r.errs, nil
}

// decoded is a period decoded with the problems found.
type decoded struct {
	p    *Period
	errs Errors
}

func parseTree(name string, data []byte, tables Tables, lim Limits) (decoded, error) {
	text, err := decodeText(name, data)
	if err != nil {
		return decoded{}, err
	}
	if len(bytes.TrimSpace(text)) == 0 {
		return decoded{}, Errors{{Pos: Pos{File: name}, Format: "文件是空的;可以用 zongjie init 生成一份带说明的模板再填写"}}
	}
	if looksLikeJSON(text) {
		// JSON is read by the same YAML parser (so positions work alike), but
		// YAML forbids tab indentation while JSON allows it. A raw tab cannot
		// occur inside a JSON string, so each becomes one space: columns stay.
		text = bytes.ReplaceAll(text, []byte("\t"), []byte(" "))
	}
	n := estimateNodes(text)
	if n > int64(lim.MaxNodes) {
		// yaml.v3 builds the whole tree, ~200 bytes a value: refuse before.
		return decoded{}, Errors{{Pos: Pos{File: name}, Format: "文件中的数据项太多(按冒号、逗号和短横线估计,可能多达 %d 个),超过上限 %d,没有读入;请确认没有选错文件,确需处理请用 --max-nodes 调高上限",
			Args: []any{n, lim.MaxNodes}}}
	}
	var fix *columnFix
	if looksLikeJSON(text) {
		var err error
		if text, fix, err = fixJSONEscapes(name, text); err != nil {
			return decoded{}, err
		}
	}
	var root yaml.Node
	var lazy lazyRows
	fast := false
	if !looksLikeJSON(text) {
		var bufs *fastBufs
		lazy, bufs, fast = readFast(&root, name, text)
		// The records hold no node: the tree is done with when they are made.
		defer bufs.give()
	}
	if !fast {
		if err := readYAML(&root, name, text); err != nil {
			return decoded{}, err
		}
	}
	fix.apply(&root)
	if err := checkTree(name, &root, lim, &lazy); err != nil {
		return decoded{}, err
	}
	p := &Period{File: name}
	if n <= smallFile {
		// A small file's positions go in one map, made to size once: a
		// position for about every third value estimateNodes counts (a
		// key and its value count two; lists and dates count more).
		p.pos.paths = make(map[string]lineCol, n/3+8)
	}
	errs := &errorList{max: 1000}
	d := &decoder{text: text, file: name, pos: &p.pos, origins: &p.origins, errs: errs, limits: lim, tables: tables, lazy: lazy}
	doc := &root
	if doc.Kind == 0 || (doc.Kind == yaml.DocumentNode && len(doc.Content) == 0) {
		return decoded{}, Errors{{Pos: Pos{File: name}, Format: "文件里只有注释或空行,没有数据;可以用 zongjie init 生成一份带说明的模板再填写"}}
	}
	if doc.Kind == yaml.DocumentNode && len(doc.Content) == 1 {
		doc = doc.Content[0]
	}
	if doc.Kind != yaml.MappingNode {
		return decoded{}, Errors{{Pos: d.at(doc), Format: "数据文件的最外层应当是“键: 值”的形式(organisation:、period: ……);可以用 zongjie init 生成模板"}}
	}
	return d.period(p, doc)
}

// smallFile is the number of values (as estimateNodes counts them) up to
// which parseTree sizes the map of positions before decoding.
const smallFile = 1024

// readYAML parses text with yaml.v3 into root, refusing a second document.
func readYAML(root *yaml.Node, name string, text []byte) error {
	dec := yaml.NewDecoder(bytes.NewReader(text))
	if err := dec.Decode(root); err != nil && err != io.EOF {
		return syntaxErrorAt(name, text, err)
	}
	return secondDocument(name, text, dec)
}

// readFast is readYAML by the fast readers: the plain rows: blocks of text
// are read by scanRows, and the rest, when of the plain block shape, by
// fastTree (yaml.v3 reads it otherwise). It returns the blocks, whose
// cells are made as their rows are decoded, and fastTree's buffers (see
// fastBufs.give); it reports false, leaving root as it was, when text has
// neither such a block nor that shape, or when the rest of the file is not
// read without a problem (readYAML then reads it all, for the same
// messages).
func readFast(root *yaml.Node, name string, text []byte) (lazyRows, *fastBufs, bool) {
	if !fastRows {
		return nil, nil, false
	}
	blanked, blocks := scanRows(text)
	if blocks == nil {
		blanked = text
	}
	var r yaml.Node
	bufs, ok := fastTree(&r, blanked)
	if !ok && (blocks == nil || readYAML(&r, name, blanked) != nil) {
		return nil, nil, false
	}
	if blocks != nil && !spliceRows(&r, blocks) {
		bufs.give()
		return nil, nil, false
	}
	*root = r
	return blocks, bufs, true
}

// period decodes root, a data file's top mapping, into p, and hands the
// decoder's findings to it: the approximate figures, the figures written
// in 万, and the problems, labelled with their rows and sorted. Both a
// text file (parseTree) and a workbook's tree (parseTreeOf) end here.
func (d *decoder) period(p *Period, root *yaml.Node) (decoded, error) {
	d.decode(root, reflect.ValueOf(p).Elem(), dpath{}, 0)
	p.approx = d.approx
	p.wan = d.wan
	p.notes = d.notes
	p.useIDs()
	p.Text.Plan = joinRepeatedHeadings(p.Text.Plan)
	if d.stopped {
		return decoded{}, d.errs.errs.Err()
	}
	if errs := d.errs.errs; len(errs) > 0 {
		p.labelRows(errs)
		errs.Sort()
	}
	return decoded{p, d.errs.errs}, nil
}

// useIDs reads the values written by their Chinese names, as the
// workbook and help show them (新发展会员, 劳动竞赛与技术创新), as their ids:
// target metrics and the sections of activities, stated rates,
// figures and facilities, from YAML, JSON and workbooks alike.
func (p *Period) useIDs() {
	for i := range p.Targets {
		p.Targets[i].Metric = MetricID(strings.TrimSpace(p.Targets[i].Metric))
	}
	for i := range p.Activities {
		p.Activities[i].Section = SectionID(strings.TrimSpace(p.Activities[i].Section))
	}
	for i := range p.Rates {
		p.Rates[i].Section = SectionID(strings.TrimSpace(p.Rates[i].Section))
	}
	for i := range p.Figures {
		p.Figures[i].Section = SectionID(strings.TrimSpace(p.Figures[i].Section))
	}
	for i := range p.Facilities {
		p.Facilities[i].Section = SectionID(strings.TrimSpace(p.Facilities[i].Section))
	}
}

// joinRepeatedHeadings makes groups of next period's work under the same
// heading, one after another, one group with their items in order: a
// clerk who types the 标题 on every row of a group (as a workbook row
// with a blank 标题 continues the group above) means one group, never two
// numbered headings alike. A heading written again after another group
// stays a group of its own. The positions noted while decoding stay with
// the paths as written; no check after decoding names a place in
// text.plan, so none points into a group that moved.
func joinRepeatedHeadings(plan []PlanSection) []PlanSection {
	out := plan[:0]
	for _, s := range plan {
		if n := len(out); n > 0 && s.Heading != "" && s.Heading == out[n-1].Heading {
			out[n-1].Items = append(out[n-1].Items, s.Items...)
			continue
		}
		out = append(out, s)
	}
	return out
}

// decodeText returns data as UTF-8: a BOM is dropped, and a GBK/GB18030 file
// (as saved by Chinese Windows) is converted. Binary data is refused.
func decodeText(name string, data []byte) ([]byte, error) {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if enc := wideEncoding(data); enc != "" {
		return nil, Errors{{Pos: Pos{File: name}, Format: "文件是%s编码;请在记事本或 WPS 中“另存为”UTF-8 编码后再试", Args: []any{enc}}}
	}
	if bytes.HasPrefix(data, []byte("%PDF-")) {
		return nil, Errors{{Pos: Pos{File: name}, Format: "这是 PDF 文件(比如生成的报告),不是数据文件;请给出 .yaml、.json 数据文件或 .xlsx 工作簿"}}
	}
	if bytes.IndexByte(data, 0) >= 0 {
		return nil, Errors{{Pos: Pos{File: name}, Format: "这不是文本文件(含有二进制内容);请给出 .yaml、.json 数据文件或 .xlsx 工作簿"}}
	}
	if utf8.Valid(data) {
		return data, nil
	}
	// Mostly UTF-8 with a few bad bytes (a cut character, a pasted Latin-1
	// "é") is damaged UTF-8, not GBK: read as GBK it might decode, into
	// nonsense. Real GBK text holds few byte runs that happen to be UTF-8.
	valid, invalid := utf8Runs(data)
	var out []byte
	var err error
	if valid < invalid {
		out, err = simplifiedchinese.GB18030.NewDecoder().Bytes(data)
	}
	if valid >= invalid || err != nil || !utf8.Valid(out) || strings.ContainsRune(string(out), utf8.RuneError) {
		line, col := firstInvalidUTF8(data)
		return nil, Errors{{Pos: Pos{File: name, Line: line, Col: col},
			Format: "从这里起有既不是 UTF-8 也不是 GBK 编码的字节(文件可能被截断,或粘贴了其他编码的文字);请在编辑器中检查这一处,再“另存为”UTF-8 编码"}}
	}
	return out, nil
}

// wideEncoding names the encoding of text saved as UTF-32 or UTF-16, by its
// byte-order mark or, without one, by the zero bytes around an ASCII first
// character (a YAML file starts with a key, a "#" or a "{"); it returns ""
// for anything else. UTF-32's mark begins with UTF-16's, so it is tried
// first.
func wideEncoding(data []byte) string {
	switch {
	case bytes.HasPrefix(data, []byte("\xff\xfe\x00\x00")):
		return "UTF-32(小端序)"
	case bytes.HasPrefix(data, []byte("\x00\x00\xfe\xff")):
		return "UTF-32(大端序)"
	case bytes.HasPrefix(data, []byte("\xff\xfe")):
		return "UTF-16(小端序)"
	case bytes.HasPrefix(data, []byte("\xfe\xff")):
		return "UTF-16(大端序)"
	case len(data) >= 4 && data[0] != 0 && data[1] == 0 && data[2] == 0 && data[3] == 0:
		return "UTF-32(小端序)"
	case len(data) >= 4 && data[0] == 0 && data[1] == 0 && data[2] == 0 && data[3] != 0:
		return "UTF-32(大端序)"
	case len(data) >= 2 && data[0] != 0 && data[0] < 0x80 && data[1] == 0:
		return "UTF-16(小端序)"
	case len(data) >= 2 && data[0] == 0 && data[1] != 0 && data[1] < 0x80:
		return "UTF-16(大端序)"
	}
	return ""
}

// secondDocument refuses a file holding more than one YAML document: what
// follows a "---" line (a second document) or junk after a "..." line would
// otherwise be dropped without a word. An empty document after a last "---"
// drops nothing and is let through.
func secondDocument(name string, text []byte, dec *yaml.Decoder) error {
	var next yaml.Node
	err := dec.Decode(&next)
	switch {
	case err == io.EOF:
		return nil
	case err != nil:
		line, col := afterDocEnd(text)
		if line == 0 {
			return syntaxErrorAt(name, text, err)
		}
		return Errors{{Pos: Pos{File: name, Line: line, Col: col},
			Format: "文档结束标记“...”之后还有内容;数据文件只能有一份文档,后面的内容会被忽略。请删去“...”,或删去它后面的内容"}}
	case len(next.Content) == 0 || isEmptyDoc(next.Content[0]):
		return nil
	}
	line, col := docStart(text, next.Content[0].Line)
	return Errors{{Pos: Pos{File: name, Line: line, Col: col},
		Format: "这里的“---”开始了第二份文档;数据文件只能有一份,第二份会被忽略。请删去“---”把两份合并成一份,或把第二份另存为一个文件"}}
}

// isEmptyDoc reports whether n, the content of a document, is nothing at
// all: what yaml.v3 gives for a "---" with no text after it.
func isEmptyDoc(n *yaml.Node) bool {
	return n.Kind == yaml.ScalarNode && n.Value == "" && n.Tag == "!!null" && n.Anchor == "" && n.Style == 0
}

// afterDocEnd returns where the first text after the first document end
// marker ("..." on a line of its own) is, or 0, 0.
func afterDocEnd(text []byte) (line, col int) {
	lines := bytes.Split(text, []byte("\n"))
	for i, l := range lines {
		if string(bytes.TrimRight(l, " \r")) != "..." {
			continue
		}
		for j := i + 1; j < len(lines); j++ {
			t := bytes.TrimLeft(lines[j], " ")
			if len(bytes.TrimSpace(t)) > 0 && t[0] != '#' {
				return j + 1, len(lines[j]) - len(t) + 1
			}
		}
		return i + 1, 1
	}
	return 0, 0
}

// docStart finds the "---" line that starts the document whose content
// begins at line (counting back from it), or returns line itself.
func docStart(text []byte, line int) (int, int) {
	lines := bytes.Split(text, []byte("\n"))
	for l := min(line, len(lines)); l >= 1; l-- {
		if bytes.HasPrefix(lines[l-1], []byte("---")) {
			return l, 1
		}
	}
	return line, 1
}

// estimateNodes bounds from above how many values yaml.v3 would build for
// text, without parsing it: every value but the first is introduced by a
// separator (a key and its value by one colon, "?" or, in a flow mapping,
// comma), and a new list or mapping opens with a bracket, a brace or a dash.
// Separators inside quoted text and comments are counted too, so the bound
// is loose, never low (FuzzParse checks it against yaml.v3).
func estimateNodes(text []byte) int64 {
	var n int64 = 1
	for _, c := range text {
		switch c {
		case ':', '?', ',':
			n += 2 // a key and its value; in a flow mapping, "a, b" are two keys with empty values
		case '{':
			n += 3 // the mapping, and a first key that may have no colon
		case '-', '[':
			n++
		}
	}
	return n
}

// utf8Runs counts the multi-byte UTF-8 characters in data and the bytes
// that are not UTF-8.
func utf8Runs(data []byte) (valid, invalid int) {
	for len(data) > 0 {
		r, size := utf8.DecodeRune(data)
		switch {
		case r == utf8.RuneError && size <= 1:
			invalid++
		case size > 1:
			valid++
		}
		data = data[size:]
	}
	return valid, invalid
}

// firstControl returns the line and column of the first control character
// YAML does not allow (anything below U+0020 but tab and line breaks, DEL,
// and the C1 controls but NEL).
func firstControl(text []byte) (line, col int) {
	line, col = 1, 1
	for _, r := range string(text) {
		switch {
		case r == '\n':
			line, col = line+1, 1
			continue
		case r == '\t' || r == '\r' || r == 0x85:
		case r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0):
			return line, col
		}
		col++
	}
	return 0, 0
}

// firstInvalidUTF8 returns the line and column (in characters) of the first
// byte of data that is not UTF-8.
func firstInvalidUTF8(data []byte) (line, col int) {
	line, col = 1, 1
	for len(data) > 0 {
		r, size := utf8.DecodeRune(data)
		if r == utf8.RuneError && size <= 1 {
			return line, col
		}
		if r == '\n' {
			line, col = line+1, 1
		} else {
			col++
		}
		data = data[size:]
	}
	return line, col
}

func looksLikeJSON(text []byte) bool {
	t := bytes.TrimSpace(text)
	return len(t) > 0 && (t[0] == '{' || t[0] == '[')
}

// lineRE reads the line of a yaml.v3 error message; compiled at the first
// one, not as every process starts.
var lineRE = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^yaml: line (\d+): (.*)$`) })

// yamlMessages translates the parser's messages into plain Chinese.
var yamlMessages = []struct{ en, zh string }{
	{"mapping values are not allowed", "这里不能出现“键: 值”;常见原因是冒号后少了空格、文字里有冒号却没加引号,或缩进不对"},
	{"found character that cannot start any token", "出现了不能出现在这里的字符;常见原因是用 Tab 键缩进(请改用空格),或文字以 @、` 开头(请加引号)"},
	{"found a tab character", "用了 Tab 键缩进;请改用空格"},
	{"did not find expected key", "缩进不整齐,这一行和同级的项没有对齐"},
	{"could not find expected ':'", "缺少冒号“:”,或冒号是全角的“：”(请改成半角冒号加空格)"},
	{"did not find expected ',' or ']'", "列表 [ ] 没有正确结束:检查逗号和右括号"},
	{"did not find expected ',' or '}'", "{ } 没有正确结束:检查逗号和右括号"},
	{"found unexpected end of stream", "文件意外结束:有引号或括号没有配对"},
	{"did not find expected node content", "这里缺少内容"},
	{"did not find expected '-' indicator", "列表项没有对齐:每项应以同样缩进的“- ”开头"},
	{"block sequence entries are not allowed", "这里不能开始一个列表;检查上一行的冒号和缩进"},
	{"found undefined alias", "引用了未定义的别名(*名称)"},
	{"did not find expected alphabetic or numeric character", "以 * 或 & 开头的文字会被当作别名或锚点;这样的文字请加引号,如 \"**重点**\""},
	{"invalid Unicode character escape code", "双引号里的 \\u 转义不是有效的字符(如单独的 \\ud842,UTF-16 代理项要成对写出);请直接写出这个字"},
	{"found unknown escape character", "双引号里有不认识的转义(反斜杠“\\”后的字符);文字里的反斜杠请写成“\\\\”,或改用单引号"},
	{"excessive aliasing", "别名(*引用)展开后过大,文件可能是恶意构造的“别名炸弹”,已拒绝读取"},
	{"exceeded max depth", "嵌套超过 10000 层(YAML 读取器的固定上限,无法调高),已拒绝读取;数据文件通常不超过 6 层,请检查括号是否配对"},
	{"control characters are not allowed", "含有不可见的控制字符;请删去后再试"},
	{"invalid leading UTF-8 octet", "含有无法识别的字符编码;请另存为 UTF-8"},
	{"already defined", "同一个键出现了两次;请删去一处"},
}

// syntaxErrorAt is syntaxError with a position for the errors yaml.v3
// gives without a line: nesting too deep, a control character, an escape
// it does not know.
func syntaxErrorAt(name string, text []byte, err error) Errors {
	es := syntaxError(name, err)
	msg := err.Error()
	if !strings.Contains(msg, "max depth") && !strings.Contains(msg, "control characters") && !strings.Contains(msg, "escape") &&
		!strings.Contains(msg, "UTF-8") && !strings.Contains(msg, "excessive aliasing") && !strings.Contains(msg, "undefined alias") {
		if l, c, m, ok := diagnose(text, looksLikeJSON(text), es[0].Pos.Line); ok {
			return Errors{{Pos: Pos{File: name, Line: l, Col: c}, Format: "%s", Args: []any{m}}}
		}
	}
	if es[0].Pos.Line != 0 {
		return es
	}
	switch {
	case strings.Contains(msg, "exceeded max depth"):
		es[0].Pos.Line, es[0].Pos.Col = locateDeepFlow(text, yamlMaxDepth)
	case strings.Contains(msg, "control characters"):
		es[0].Pos.Line, es[0].Pos.Col = firstControl(text)
	case strings.Contains(msg, "escape"):
		es[0].Pos.Line, es[0].Pos.Col = firstBadEscape(text)
	}
	return es
}

// syntaxError turns a yaml.v3 parse error into our Error with a position.
func syntaxError(name string, err error) Errors {
	msg := err.Error()
	line := 0
	if m := lineRE().FindStringSubmatch(msg); m != nil {
		line, _ = strconv.Atoi(m[1])
		msg = m[2]
	}
	zh := ""
	for _, t := range yamlMessages {
		if strings.Contains(msg, t.en) {
			zh = t.zh
			break
		}
	}
	if zh == "" {
		zh = "格式错误(" + strings.TrimPrefix(msg, "yaml: ") + ");请对照 zongjie init 生成的模板检查"
	}
	col := 0
	if line > 0 {
		col = 1
	}
	return Errors{{Pos: Pos{File: name, Line: line, Col: col}, Format: "%s", Args: []any{zh}}}
}
