package cli

import (
	"fmt"
	"io"
	"strings"
	"unicode"

	"zongjie/internal/fonts"
)

// runFonts lists the fonts a PDF would be set in: per role the font a
// 公文 asks for, the one found and used, and whether it is a stand-in;
// then the candidates installed on this machine.
func runFonts(e *env, args []string) int {
	s := newOptions(e, "fonts", "fonts [选项]", `列出 PDF 报告的各处(标题、正文、各级标题、数字)按公文格式应当用的字体、本机找到的字体和
生成报告时实际使用的字体;缺少公文字体时用的是替代字体,并标明“替代”。字体选项与
zongjie render 相同,可先在这里试过再用于生成报告。
`, `  zongjie fonts
  zongjie fonts --font-body /usr/share/fonts/simfang.ttf
  zongjie fonts --no-system-fonts
`)
	fo := s.fontOptions()
	rest, code, ok := s.parse(args)
	if !ok {
		return code
	}
	if len(rest) > 0 {
		return s.usageError("这个命令不接受文件参数(“%s”);字体文件请用 --font-body 等选项给出", rest[0])
	}
	opts := fo.options()
	set, err := fonts.Load(opts)
	if err != nil {
		return e.fail("fonts", err)
	}
	writeChoices(e.stdout, set.Choices())
	writeInstalled(e.stdout, opts)
	if missing := set.Missing(); len(missing) > 0 {
		var names []string
		for _, c := range missing {
			names = append(names, c.Wanted+"("+c.Role.Name+")")
		}
		fmt.Fprintf(e.stdout, "\n缺少的公文字体:%s。安装后(或用上面的选项指定字体文件)再运行 zongjie fonts 查看。\n", strings.Join(names, "、"))
	}
	return exitOK
}

// writeChoices writes the table of roles: wanted, used, how chosen.
func writeChoices(w io.Writer, cs []fonts.Choice) {
	fmt.Fprintln(w, "PDF 报告使用的字体:")
	rows := [][]string{{"用途", "公文要求", "实际使用", "来源"}}
	for _, c := range cs {
		used, from := "中文字体自带的字形", ""
		if c.Font != nil {
			used = c.Font.Family
			from = c.How + " " + c.Font.Where()
			if c.How == "内置" {
				from = c.Font.Where()
			}
		}
		if c.Substitute {
			used += "(替代)"
		}
		rows = append(rows, []string{c.Role.Name, c.Wanted, used, from})
	}
	writeTable(w, rows)
}

// writeInstalled lists the installed candidates, or says none were looked
// for.
func writeInstalled(w io.Writer, opts fonts.Options) {
	fmt.Fprintln(w)
	if opts.NoSystemFonts {
		fmt.Fprintln(w, "本机安装的字体:未查找(--no-system-fonts)。")
		return
	}
	found := fonts.Installed(opts)
	if len(found) == 0 {
		fmt.Fprintf(w, "本机安装的字体:在字体目录(%s)中没有找到公文可用的中文字体或西文字体。\n", strings.Join(fonts.SystemDirs(), "、"))
		return
	}
	fmt.Fprintln(w, "本机安装的相关字体:")
	rows := [][]string{{"字体", "可用于", "文件"}}
	for _, f := range found {
		file := f.Path
		if f.Index > 0 {
			file = fmt.Sprintf("%s#%d", f.Path, f.Index)
		}
		use := strings.Join(f.Roles, "、")
		if f.Why != "" {
			use = "不能用:" + f.Why
		}
		rows = append(rows, []string{f.Family, use, file})
	}
	writeTable(w, rows)
}

// writeTable writes rows in columns aligned by display width (a Chinese
// character takes two columns), two spaces between columns, indented.
func writeTable(w io.Writer, rows [][]string) {
	var widths []int
	for _, r := range rows {
		for i, cell := range r {
			if i >= len(widths) {
				widths = append(widths, 0)
			}
			widths[i] = max(widths[i], displayWidth(cell))
		}
	}
	for _, r := range rows {
		var b strings.Builder
		b.WriteString("  ")
		for i, cell := range r {
			b.WriteString(cell)
			if i < len(r)-1 {
				b.WriteString(strings.Repeat(" ", widths[i]-displayWidth(cell)+2))
			}
		}
		fmt.Fprintln(w, strings.TrimRight(b.String(), " "))
	}
}

// displayWidth is the number of terminal columns s takes: two for a
// Chinese character or full-width punctuation, one for the rest.
func displayWidth(s string) int {
	n := 0
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Han, r), r >= 0x3000 && r <= 0x303F, r >= 0xFF00 && r <= 0xFF60, r >= 0xFFE0 && r <= 0xFFE6, r == '、', r == '“', r == '”':
			n += 2
		default:
			n++
		}
	}
	return n
}
