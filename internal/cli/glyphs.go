package cli

import (
	"fmt"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"zongjie/internal/fonts"
	"zongjie/internal/record"
)

// maxGlyphWarnings bounds the font warnings of one file; the last one says
// how many more places there are.
const maxGlyphWarnings = 20

// glyphWarnings returns a warning for every text of p holding characters
// none of the PDF fonts has (an emoji, a rare character, a private-use
// code): render refuses to write such a PDF rather than drop them, so check
// says so before, at the place they were written.
func glyphWarnings(set *fonts.Set, p *record.Period) []problem {
	var out []problem
	more := 0
	has := map[rune]bool{} // asked of the fonts once per character
	walkStrings(reflect.ValueOf(p).Elem(), "", func(path, s string) {
		missing := missingGlyphs(set, has, s)
		if len(missing) == 0 {
			return
		}
		if len(out) == maxGlyphWarnings {
			more++
			return
		}
		var chars []string
		for _, r := range missing {
			chars = append(chars, fmt.Sprintf("“%c”(U+%04X)", r, r))
		}
		pos := p.Pos(path)
		out = append(out, problem{File: pos.File, Line: pos.Line, Col: pos.Col, Path: path,
			Message: "提醒:PDF 所用字体都没有" + strings.Join(chars, "、") +
				";生成 PDF 时会出错,请删去或换掉,或用 --font-body 等选项指定含有它们的字体(DOCX、HTML 不受影响)"})
	})
	if more > 0 {
		out = append(out, problem{File: p.File, Message: fmt.Sprintf("提醒:还有 %d 处文字含有 PDF 字体里没有的字,没有一一列出", more)})
	}
	return out
}

// missingGlyphs lists, in order and once each, the characters of s that no
// font of set can draw, as the PDF writer finds them: spaces and line
// breaks need no glyph, and control characters never reach a report. has
// remembers the fonts' answer for each character.
func missingGlyphs(set *fonts.Set, has map[rune]bool, s string) []rune {
	var missing []rune
	for _, r := range s {
		if r < 0x80 && r >= 0x20 || unicode.IsSpace(r) || unicode.IsControl(r) {
			continue
		}
		ok, known := has[r]
		if !known {
			ok = set.For(fonts.FangSong, r) != nil
			has[r] = ok
		}
		if !ok && !containsRune(missing, r) {
			missing = append(missing, r)
		}
	}
	return missing
}

func containsRune(rs []rune, r rune) bool {
	for _, x := range rs {
		if x == r {
			return true
		}
	}
	return false
}

// walkStrings calls f for every string in v, a record, with its data path
// as the loader spells it: "organisation.name", "units[3].name",
// "text.sections.organisation[0]". Map keys are visited in sorted order.
func walkStrings(v reflect.Value, path string, f func(path, s string)) {
	switch v.Kind() {
	case reflect.String:
		if v.Len() > 0 {
			f(path, v.String())
		}
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			walkStrings(v.Elem(), path, f)
		}
	case reflect.Slice, reflect.Array:
		for i := range v.Len() {
			walkStrings(v.Index(i), path+"["+strconv.Itoa(i)+"]", f)
		}
	case reflect.Map:
		keys := v.MapKeys()
		sort.Slice(keys, func(i, j int) bool { return fmt.Sprint(keys[i]) < fmt.Sprint(keys[j]) })
		for _, k := range keys {
			walkStrings(v.MapIndex(k), join(path, fmt.Sprint(k)), f)
		}
	case reflect.Struct:
		t := v.Type()
		for i := range t.NumField() {
			sf := t.Field(i)
			key := strings.Split(sf.Tag.Get("yaml"), ",")[0]
			if !sf.IsExported() || key == "" || key == "-" {
				continue
			}
			walkStrings(v.Field(i), join(path, key), f)
		}
	}
}

func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}
