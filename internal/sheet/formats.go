package sheet

import (
	"encoding/xml"
	"strings"
)

// fmtClass is what a cell's number format says its number is.
type fmtClass struct {
	// date is the precision of a date format: 0 for a number, then
	// dateYear, dateMonth or dateDay.
	date    int
	percent bool
}

// Date precisions.
const (
	dateNone = iota
	dateYear
	dateMonth
	dateDay
)

// readStyles reads the number format of every cell style.
func (wb *workbook) readStyles(p string) error {
	data, err := wb.part(p)
	if err != nil || data == nil {
		return err
	}
	var x struct {
		NumFmts []struct {
			ID   int    `xml:"numFmtId,attr"`
			Code string `xml:"formatCode,attr"`
		} `xml:"numFmts>numFmt"`
		Xfs []struct {
			NumFmt int `xml:"numFmtId,attr"`
		} `xml:"cellXfs>xf"`
	}
	if xml.Unmarshal(data, &x) != nil {
		return wb.damaged()
	}
	custom := map[int]string{}
	for _, f := range x.NumFmts {
		custom[f.ID] = f.Code
	}
	wb.formats = make([]fmtClass, len(x.Xfs))
	for i, xf := range x.Xfs {
		if code, ok := custom[xf.NumFmt]; ok {
			wb.formats[i] = classify(code)
		} else {
			wb.formats[i] = builtinFormat(xf.NumFmt)
		}
	}
	return nil
}

// format is the number format class of a cell style.
func (wb *workbook) format(style int) fmtClass {
	if style >= 0 && style < len(wb.formats) {
		return wb.formats[style]
	}
	return fmtClass{}
}

// builtinFormat classifies the built-in number formats, as a Chinese
// Excel or WPS shows them (27 to 58 are the East Asian date formats).
func builtinFormat(id int) fmtClass {
	switch id {
	case 9, 10:
		return fmtClass{percent: true}
	case 14, 15, 16, 22, 28, 29, 30, 31, 51, 53, 54, 58:
		return fmtClass{date: dateDay}
	case 17, 27, 36, 50, 52, 55, 57:
		return fmtClass{date: dateMonth}
	}
	return fmtClass{}
}

// classify reads a format code: a date format (with the precision of what
// it shows), a percentage, or a number. Quoted text, escaped characters
// and bracketed colours, conditions and locales are not format letters.
func classify(code string) fmtClass {
	if i := strings.IndexByte(code, ';'); i >= 0 {
		code = code[:i]
	}
	var b strings.Builder
	inQuote, inBracket := false, false
	for i := 0; i < len(code); i++ {
		c := code[i]
		switch {
		case inQuote:
			inQuote = c != '"'
		case inBracket:
			inBracket = c != ']'
		case c == '"':
			inQuote = true
		case c == '[':
			inBracket = true
		case c == '\\' || c == '_' || c == '*':
			i++ // the next character is literal (or a fill width)
		default:
			b.WriteByte(c)
		}
	}
	s := strings.ToLower(b.String())
	var f fmtClass
	f.percent = strings.Contains(s, "%")
	hasTime := strings.ContainsAny(s, "hs")
	switch {
	case strings.Contains(s, "d"):
		f.date = dateDay
	case strings.Contains(s, "m") && !hasTime && (strings.ContainsAny(s, "ye")):
		f.date = dateMonth
	case strings.Contains(s, "m") && !hasTime && !strings.ContainsAny(s, "0#?"):
		f.date = dateMonth
	case strings.ContainsAny(s, "ye") && !strings.ContainsAny(s, "0#?"):
		f.date = dateYear
	}
	if strings.Contains(s, "general") {
		f.date = dateNone
	}
	return f
}
