package sheet

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"io"
	"path"
	"path/filepath"
	"strings"
	"unicode/utf16"

	"zongjie/internal/cnfmt"
	"zongjie/internal/record"
	"zongjie/internal/zipfile"
)

// workbook is an .xlsx file opened for reading: its zip directory, its
// worksheets in order, shared strings and number formats. Nothing else is
// read; no part is read twice.
type workbook struct {
	file     string
	parts    map[string]*zip.File // by lower-case path
	sheets   []sheetRef
	sst      []string
	formats  []fmtClass // by cell style index
	date1904 bool
	// budget is how many bytes the parts still read may inflate to.
	budget int64
}

// sheetRef is one sheet of the workbook.
type sheetRef struct {
	name   string
	part   string // the worksheet's part, "" for a chart or dialog sheet
	hidden bool
}

var (
	zipMagic = []byte("PK\x03\x04")
	oleMagic = []byte("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")
)

// unzipLimit is how many bytes a workbook's parts may inflate to in all:
// four times the size limit of a data file (a workbook of real data
// compresses about ten times; its cells then cost more than their text).
func unzipLimit(lim record.Limits) int64 {
	if lim.MaxBytes > (1<<62)/4 {
		return 1 << 62
	}
	return max(4*lim.MaxBytes, 16<<20)
}

// fileErr is a problem with the workbook as a whole.
func fileErr(name, format string, args ...any) error {
	return record.Errors{{Pos: record.Pos{File: name}, Format: format, Args: args}}
}

// openWorkbook opens an .xlsx workbook held in data, or says in Chinese
// what the file is instead.
func openWorkbook(name string, data []byte, lim record.Limits) (*workbook, error) {
	ext := strings.ToLower(filepath.Ext(name))
	if bytes.HasPrefix(data, oleMagic) {
		return nil, oleError(name, data, ext)
	}
	if !bytes.HasPrefix(data, zipMagic) && !bytes.HasPrefix(data, []byte("PK\x05\x06")) {
		return nil, notWorkbook(name, data, ext)
	}
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, fileErr(name, "文件已损坏,无法打开(不是完整的 .xlsx 工作簿,可能没有下载或复制完整);请在 Excel 或 WPS 中打开后重新保存,或重新下载")
	}
	zr.RegisterDecompressor(zip.Deflate, zipfile.Decompressor)
	wb := &workbook{file: name, parts: map[string]*zip.File{}, budget: unzipLimit(lim)}
	var total uint64
	for _, f := range zr.File {
		wb.parts[strings.ToLower(strings.TrimPrefix(strings.ReplaceAll(f.Name, "\\", "/"), "/"))] = f
		total += f.UncompressedSize64
	}
	if total > uint64(wb.budget) {
		return nil, fileErr(name, "工作簿解压后有 %s,超过上限 %s(数据文件上限的 4 倍);可能是恶意构造的“压缩炸弹”,已拒绝读取;确需处理请用 --max-size 调高上限",
			cnfmt.Bytes(int64(total)), cnfmt.Bytes(wb.budget))
	}
	book := wb.officeDocument()
	if wb.parts[book] == nil || wordOrSlides(book) {
		return nil, wb.otherZip(ext)
	}
	if err := wb.readWorkbook(book); err != nil {
		return nil, err
	}
	return wb, nil
}

// oleError names what an old-style compound file is: an encrypted
// workbook, an .xls or .et workbook, a Word document.
func oleError(name string, data []byte, ext string) error {
	has := func(s string) bool {
		u := utf16.Encode([]rune(s))
		b := make([]byte, 2*len(u))
		for i, c := range u {
			b[2*i], b[2*i+1] = byte(c), byte(c>>8)
		}
		return bytes.Contains(data, b)
	}
	switch {
	case has("EncryptedPackage") || has("EncryptionInfo"):
		return fileErr(name, "工作簿设置了打开密码(已加密),zongjie 不能读;请在 Excel 中用“文件—信息—保护工作簿—用密码进行加密”(WPS:“文件—文档加密—密码加密”)清除密码后保存,再试")
	case ext == ".et" || ext == ".ett":
		return fileErr(name, "这是 WPS 表格的 .et 文件,zongjie 不能读;请在 WPS 中“另存为”Excel 工作簿(.xlsx)后再试")
	case has("Workbook\x00") || has("Book\x00"):
		return fileErr(name, "这是旧版 Excel 的 .xls 文件(97—2003 格式),zongjie 不能读;请在 Excel 或 WPS 中“另存为”Excel 工作簿(.xlsx)后再试")
	case has("WordDocument"):
		return fileErr(name, "这是 Word 文档(.doc),不是工作簿;请给出 .xlsx 工作簿或 .yaml 数据文件")
	}
	return fileErr(name, "这是旧版 Office 格式的文件,不是 .xlsx 工作簿;请在 Excel 或 WPS 中“另存为”Excel 工作簿(.xlsx)后再试")
}

// notWorkbook explains a file that is neither a zip nor an old Office
// file but is named like a spreadsheet.
func notWorkbook(name string, data []byte, ext string) error {
	switch ext {
	case ".numbers":
		return fileErr(name, "这是苹果 Numbers 的文件,zongjie 不能读;请在 Numbers 中用“文件—导出为—Excel”存成 .xlsx 后再试")
	case ".et", ".ett":
		return fileErr(name, "这是 WPS 表格的 .et 文件,zongjie 不能读;请在 WPS 中“另存为”Excel 工作簿(.xlsx)后再试")
	case ".xls":
		if bytes.HasPrefix(bytes.TrimSpace(data), []byte("<")) {
			return fileErr(name, "这个 .xls 文件其实是网页(HTML)或 XML 表格,不是 Excel 工作簿;请在 Excel 或 WPS 中打开后“另存为”Excel 工作簿(.xlsx)")
		}
		return fileErr(name, "这是旧版 Excel 的 .xls 文件(97—2003 格式),zongjie 不能读;请在 Excel 或 WPS 中“另存为”Excel 工作簿(.xlsx)后再试")
	}
	return fileErr(name, "文件名是 %s,内容却不是 Excel 工作簿(可能改过扩展名,或文件已损坏);请在 Excel 或 WPS 中打开后“另存为”Excel 工作簿(.xlsx)", ext)
}

// otherZip explains a zip file that holds no workbook.
func (wb *workbook) otherZip(ext string) error {
	has := func(p string) bool { return wb.parts[p] != nil }
	switch {
	case ext == ".numbers" || has("index/document.iwa"):
		return fileErr(wb.file, "这是苹果 Numbers 的文件,zongjie 不能读;请在 Numbers 中用“文件—导出为—Excel”存成 .xlsx 后再试")
	case has("xl/workbook.bin"):
		return fileErr(wb.file, "这是 Excel 二进制工作簿(.xlsb),zongjie 不能读;请在 Excel 中“另存为”Excel 工作簿(.xlsx)后再试")
	case has("content.xml") && has("mimetype"):
		return fileErr(wb.file, "这是 OpenDocument 表格(.ods,LibreOffice 或 WPS 的格式),zongjie 不能读;请“另存为”Excel 工作簿(.xlsx)后再试")
	case has("word/document.xml"):
		return fileErr(wb.file, "这是 Word 文档(.docx),不是工作簿;请给出 .xlsx 工作簿或 .yaml 数据文件")
	case has("ppt/presentation.xml"):
		return fileErr(wb.file, "这是 PowerPoint 演示文稿,不是工作簿;请给出 .xlsx 工作簿或 .yaml 数据文件")
	}
	return fileErr(wb.file, "这是一个压缩包(zip),里面没有 Excel 工作簿;请给出 .xlsx 工作簿或 .yaml 数据文件")
}

// part reads a part of the workbook, within the inflation budget; a part
// that is missing is nil.
func (wb *workbook) part(p string) ([]byte, error) {
	f := wb.parts[strings.ToLower(p)]
	if f == nil {
		return nil, nil
	}
	if f.UncompressedSize64 > uint64(wb.budget) {
		return nil, fileErr(wb.file, "工作簿中的 %s 解压后超过上限 %s,已拒绝读取;确需处理请用 --max-size 调高上限", p, cnfmt.Bytes(wb.budget))
	}
	rc, err := f.Open()
	if err != nil {
		return nil, wb.damaged()
	}
	defer rc.Close()
	// Exactly the size the directory gives, then a read that must find
	// the end (where the zip reader also checks the part's CRC).
	data := make([]byte, f.UncompressedSize64)
	var extra [1]byte
	if _, err := io.ReadFull(rc, data); err != nil {
		return nil, wb.damaged()
	}
	if _, err := io.ReadFull(rc, extra[:]); err != io.EOF {
		return nil, wb.damaged()
	}
	wb.budget -= int64(len(data))
	return data, nil
}

func (wb *workbook) damaged() error {
	return fileErr(wb.file, "工作簿已损坏,有一部分读不出来(文件可能不完整);请在 Excel 或 WPS 中打开后重新保存,或重新下载")
}

// xrels is a part's relationships.
type xrels struct {
	Rels []struct {
		ID     string `xml:"Id,attr"`
		Type   string `xml:"Type,attr"`
		Target string `xml:"Target,attr"`
		Mode   string `xml:"TargetMode,attr"`
	} `xml:"Relationship"`
}

// rels reads the relationships of the part p.
func (wb *workbook) rels(p string) (xrels, error) {
	var r xrels
	dir, file := path.Split(p)
	data, err := wb.part(dir + "_rels/" + file + ".rels")
	if err != nil || data == nil {
		return r, err
	}
	if xml.Unmarshal(data, &r) != nil {
		return r, wb.damaged()
	}
	return r, nil
}

// officeDocument finds the workbook part: from the package's
// relationships, or where every program puts it.
func (wb *workbook) officeDocument() string {
	if data, err := wb.part("_rels/.rels"); err == nil && data != nil {
		var r xrels
		if xml.Unmarshal(data, &r) == nil {
			for _, rel := range r.Rels {
				if strings.HasSuffix(rel.Type, "/officeDocument") {
					return strings.ToLower(strings.TrimPrefix(rel.Target, "/"))
				}
			}
		}
	}
	return "xl/workbook.xml"
}

// wordOrSlides reports whether the main part of an Office file is a Word
// document's or a presentation's (a report given to check by mistake).
func wordOrSlides(book string) bool {
	base := path.Base(book)
	return base == "document.xml" || base == "presentation.xml"
}

// target resolves a relationship's target against the folder of the part
// that has it.
func target(from, t string) string {
	if strings.HasPrefix(t, "/") {
		return strings.ToLower(strings.TrimPrefix(t, "/"))
	}
	return strings.ToLower(path.Join(path.Dir(from), t))
}

// readWorkbook reads the workbook part, its sheets, shared strings and
// number formats.
func (wb *workbook) readWorkbook(book string) error {
	data, err := wb.part(book)
	if err != nil {
		return err
	}
	var x struct {
		Pr struct {
			Date1904 string `xml:"date1904,attr"`
		} `xml:"workbookPr"`
		Sheets []struct {
			Name  string `xml:"name,attr"`
			State string `xml:"state,attr"`
			ID    string `xml:"id,attr"`
		} `xml:"sheets>sheet"`
	}
	if xml.Unmarshal(data, &x) != nil {
		return wb.damaged()
	}
	wb.date1904 = x.Pr.Date1904 == "1" || x.Pr.Date1904 == "true"
	rels, err := wb.rels(book)
	if err != nil {
		return err
	}
	for _, s := range x.Sheets {
		ref := sheetRef{name: s.Name, hidden: s.State == "hidden" || s.State == "veryHidden"}
		for _, r := range rels.Rels {
			if r.ID == s.ID && strings.HasSuffix(r.Type, "/worksheet") {
				ref.part = target(book, r.Target)
			}
		}
		wb.sheets = append(wb.sheets, ref)
	}
	for _, r := range rels.Rels {
		switch {
		case strings.HasSuffix(r.Type, "/sharedStrings"):
			if err := wb.readStrings(target(book, r.Target)); err != nil {
				return err
			}
		case strings.HasSuffix(r.Type, "/styles"):
			if err := wb.readStyles(target(book, r.Target)); err != nil {
				return err
			}
		}
	}
	return nil
}

// readStrings reads the shared strings table.
func (wb *workbook) readStrings(p string) error {
	data, err := wb.part(p)
	if err != nil || data == nil {
		return err
	}
	return wb.sharedStrings(data)
}

// sharedStrings reads the shared strings table's part.
func (wb *workbook) sharedStrings(data []byte) error {
	s := &scanner{data: data}
	if fastCells {
		s.src = string(data)
	}
	for {
		if s.src != "" {
			if text, ok := s.fastString(); ok {
				wb.sst = append(wb.sst, unescapeOOXML(text))
				continue
			}
		}
		t, err := s.next()
		if err != nil {
			return wb.damaged()
		}
		switch {
		case t.kind == tokEOF:
			return nil
		case t.kind == tokEmpty && t.is("si"):
			wb.sst = append(wb.sst, "")
		case t.kind == tokStart && t.is("si"):
			text, err := s.text("rPh", "phoneticPr")
			if err != nil {
				return wb.damaged()
			}
			wb.sst = append(wb.sst, unescapeOOXML(text))
		}
	}
}
