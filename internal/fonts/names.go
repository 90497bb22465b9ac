package fonts

import (
	"encoding/binary"
	"strings"
	"unicode/utf16"

	"golang.org/x/text/encoding/simplifiedchinese"
)

// faceInfo is what the locator needs to know about one face of a font file
// without reading the whole file.
type faceInfo struct {
	names      []string // family (name ID 1) and full names (ID 4), all languages
	postScript string   // PostScript name (name ID 6), may be empty
	regular    bool     // neither bold nor italic (head.macStyle)
	trueType   bool     // has TrueType outlines (glyf), which PDF subsetting needs
	embeddable bool     // OS/2 fsType does not forbid embedding
}

// readFaceInfo reads the names and style of the face whose table directory
// is at off.
func readFaceInfo(r reader, off uint32) (faceInfo, error) {
	d, err := readDirectory(r, off)
	if err != nil {
		return faceInfo{}, err
	}
	var fi faceInfo
	_, fi.trueType = d.find("glyf")
	fi.trueType = fi.trueType && d.version != tagCFF
	if head, err := readTable(r, d, "head"); err == nil && len(head) >= 46 {
		fi.regular = binary.BigEndian.Uint16(head[44:])&3 == 0
	}
	fi.embeddable = true
	if os2, err := readTable(r, d, "OS/2"); err == nil && len(os2) >= 10 {
		// Bit 1 alone (0x0002) is "restricted licence embedding".
		fi.embeddable = binary.BigEndian.Uint16(os2[8:])&0x000F != 0x0002
	}
	name, err := readTable(r, d, "name")
	if err != nil {
		return faceInfo{}, err
	}
	for _, rec := range nameRecords(name) {
		switch rec.id {
		case nameFamily, nameFull:
			fi.names = appendUnique(fi.names, rec.value)
		case namePostScript:
			if fi.postScript == "" {
				fi.postScript = rec.value
			}
		}
	}
	return fi, nil
}

// nameRecord is one decoded string of a name table.
type nameRecord struct {
	id    uint16
	value string
}

// The name IDs the locator reads: family, full name, PostScript name.
const (
	nameFamily     = 1
	nameFull       = 4
	namePostScript = 6
)

// nameRecords decodes the family, full and PostScript names of a name
// table that use an encoding we can read: Unicode (UTF-16BE), Mac Roman
// ASCII, and GB2312/GBK. The other records (copyright, licence texts, often
// most of the table) are skipped undecoded.
func nameRecords(name []byte) []nameRecord {
	if len(name) < 6 {
		return nil
	}
	count := int(binary.BigEndian.Uint16(name[2:]))
	storage := int(binary.BigEndian.Uint16(name[4:]))
	var out []nameRecord
	for i := 0; i < count; i++ {
		p := 6 + 12*i
		if p+12 > len(name) {
			break
		}
		platform := binary.BigEndian.Uint16(name[p:])
		encoding := binary.BigEndian.Uint16(name[p+2:])
		id := binary.BigEndian.Uint16(name[p+6:])
		if id != nameFamily && id != nameFull && id != namePostScript {
			continue
		}
		length := int(binary.BigEndian.Uint16(name[p+8:]))
		start := storage + int(binary.BigEndian.Uint16(name[p+10:]))
		if start+length > len(name) {
			continue
		}
		raw := name[start : start+length]
		var s string
		switch {
		case platform == 0, platform == 3 && (encoding == 0 || encoding == 1 || encoding == 10):
			s = decodeUTF16(raw)
		case platform == 1 && encoding == 0:
			s = asciiOnly(raw)
		case platform == 1 && encoding == 25, platform == 3 && encoding == 3:
			s = decodeGBK(raw)
		}
		s = strings.TrimSpace(strings.ReplaceAll(s, "\x00", ""))
		if s != "" {
			out = append(out, nameRecord{id: id, value: s})
		}
	}
	return out
}

func decodeUTF16(b []byte) string {
	u := make([]uint16, len(b)/2)
	for i := range u {
		u[i] = binary.BigEndian.Uint16(b[2*i:])
	}
	return string(utf16.Decode(u))
}

func asciiOnly(b []byte) string {
	for _, c := range b {
		if c >= 0x80 {
			return ""
		}
	}
	return string(b)
}

// decodeGBK decodes a GB-encoded name. Old Windows fonts store such names
// as 16-bit units with a zero high byte for ASCII; the zeros are dropped first.
func decodeGBK(b []byte) string {
	var packed []byte
	for _, c := range b {
		if c != 0 {
			packed = append(packed, c)
		}
	}
	s, err := simplifiedchinese.GBK.NewDecoder().Bytes(packed)
	if err != nil {
		return ""
	}
	return string(s)
}

func appendUnique(list []string, s string) []string {
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}

// normalizeFamily folds a family name for matching: case and spaces do not
// count ("Droid Sans Fallback" matches "droidsansfallback").
func normalizeFamily(s string) string {
	return strings.ToLower(strings.Join(strings.Fields(s), ""))
}
