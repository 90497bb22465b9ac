package fonts

import (
	"encoding/binary"
	"errors"
	"fmt"
)

// span is where a table (or a cmap subtable) lies in a font file.
type span struct{ off, len uint32 }

// layout is what opening a face needs to know: where its tables are and
// the header values read from them. readLayout works it out from the file
// and checks it; the font index keeps it, so that a later run opens the
// face without reading anything.
type layout struct {
	head, hhea, maxp, hmtx, loca, glyf, post, os2 span
	cmap4, cmap12                                 span // the subtables, each to the end of the cmap table
	unitsPerEm, numGlyphs, numHMetrics            uint16
	longLoca                                      bool
}

// readLayout reads and checks the tables of the face whose table directory
// starts at dirOff: the font must have TrueType outlines (CFF ones cannot be
// embedded as TrueType) and a Windows Unicode BMP cmap.
func readLayout(src *source, dirOff uint32) (*layout, error) {
	d, err := readDirectory(src, dirOff)
	if err != nil {
		return nil, err
	}
	if d.version == tagCFF {
		return nil, errCFF
	}
	lay := &layout{}
	get := func(tag string, required bool) ([]byte, span, error) {
		t, ok := d.find(tag)
		switch {
		case ok && uint64(t.offset)+uint64(t.length) > uint64(src.size):
			if required {
				return nil, span{}, errTruncated
			}
			return nil, span{}, nil
		case !ok && required:
			return nil, span{}, tableError(tag, "缺失")
		case !ok:
			return nil, span{}, nil
		}
		sp := span{t.offset, t.length}
		switch tag {
		case "hmtx", "loca", "glyf", "post", "OS/2":
			return nil, sp, nil // only their place and length are checked here
		}
		b, err := readAt(src, int64(t.offset), int(t.length))
		return b, sp, err
	}
	if _, ok := d.find("glyf"); !ok {
		return nil, errNoOutlines
	}
	var head, hhea, maxp, cmap []byte
	if head, lay.head, err = get("head", true); err != nil {
		return nil, err
	}
	if len(head) < 54 || binary.BigEndian.Uint32(head[12:]) != 0x5F0F3CF5 {
		return nil, tableError("head", "已损坏")
	}
	lay.unitsPerEm = binary.BigEndian.Uint16(head[18:])
	if lay.unitsPerEm == 0 {
		return nil, tableError("head", "的每 em 单位数是 0")
	}
	lay.longLoca = binary.BigEndian.Uint16(head[50:]) == 1
	if hhea, lay.hhea, err = get("hhea", true); err != nil {
		return nil, err
	}
	if len(hhea) < 36 {
		return nil, tableError("hhea", "已损坏")
	}
	lay.numHMetrics = binary.BigEndian.Uint16(hhea[34:])
	if maxp, lay.maxp, err = get("maxp", true); err != nil {
		return nil, err
	}
	if len(maxp) < 6 {
		return nil, tableError("maxp", "已损坏")
	}
	lay.numGlyphs = binary.BigEndian.Uint16(maxp[4:])
	if _, lay.hmtx, err = get("hmtx", true); err != nil {
		return nil, err
	}
	if lay.numHMetrics == 0 || lay.numHMetrics > lay.numGlyphs || int(lay.hmtx.len) < 4*int(lay.numHMetrics) {
		return nil, tableError("hmtx", "已损坏")
	}
	if _, lay.glyf, err = get("glyf", true); err != nil {
		return nil, err
	}
	if _, lay.loca, err = get("loca", true); err != nil {
		return nil, err
	}
	entry := 2
	if lay.longLoca {
		entry = 4
	}
	if int(lay.loca.len) < entry*(int(lay.numGlyphs)+1) {
		return nil, tableError("loca", "比字形数短")
	}
	if cmap, _, err = get("cmap", true); err != nil {
		return nil, err
	}
	cmapOff, _ := d.find("cmap")
	if lay.cmap4, lay.cmap12, err = findCmaps(cmap); err != nil {
		return nil, err
	}
	lay.cmap4.off += cmapOff.offset
	if lay.cmap12.len > 0 {
		lay.cmap12.off += cmapOff.offset
	}
	_, lay.post, _ = get("post", false)
	_, lay.os2, _ = get("OS/2", false)
	return lay, nil
}

// Errors about a font's data, in the words a user reads them in.
var (
	errNotFont     = errors.New("不是 TrueType 或 OpenType 字体")
	errTruncated   = errors.New("不完整,文件被截断了")
	errCFF         = errors.New("的字形是 CFF(PostScript)轮廓,PDF 只能嵌入 TrueType 轮廓的字体;请换用 TrueType 字体(多为 .ttf 或 .ttc)")
	errNoOutlines  = errors.New("没有 TrueType 字形轮廓(glyf 表);请换用 TrueType 字体(多为 .ttf 或 .ttc)")
	errNoUnicodeBM = errors.New("没有 Windows Unicode 字符映射(cmap 的 3,1 格式 4 子表),无法按字查找字形")
)

// tableError says that a table of the font is damaged.
func tableError(tag, what string) error {
	return fmt.Errorf("的 %s 表%s", tag, what)
}

// fontError puts the font's name in front of an error about its data,
// whose text starts with what is wrong ("不是 TrueType 或 OpenType 字体").
func fontError(source string, err error) error {
	return fmt.Errorf("字体 %s %w", source, err)
}
