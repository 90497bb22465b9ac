package cli

import (
	"fmt"

	"zongjie/internal/fonts"
	"zongjie/internal/record"
	"zongjie/internal/rules"
)

func runCheck(e *env, args []string) int {
	e.json = wantsJSON(args)
	s := newOptions(e, "check", "check [选项] 数据文件...", `检查数据文件的格式、类型和前后一致性(会员数不超过职工数、各项之和等于合计、
日期在报告期内、单位名称不重复……),并核对原始材料所报合计与明细是否相符。
给出同一工会几期的数据文件时还把它们相互比较:同一报告期只能有一个文件,委员会和职代会的届次不能倒退,
首尾之间缺了哪一年会提醒。
每个问题一行,写到标准错误:文件:行:列: 数据位置: 说明。没有问题时退出码为 0,否则为 1。
还会提醒 PDF 所用字体里没有的字(如表情符号):生成 PDF 时用到它们会出错;提醒不影响退出码。
数据文件写作 - 时从标准输入读。

--json 把结果以一个 JSON 对象写到标准输出(数据有错时也是),供编辑器和持续集成使用:
"ok" 是否通过,"files" 读入无误的文件,"errors" 问题,"warnings" 提醒;每个问题有 "file"、"line"、
"col"、"path"、"message"(文件、行、列、数据位置、说明),行、列从 1 起,不知道时为 0;
数据文件是 Excel 工作簿时,问题另有 "sheet"、"cell"(工作表、单元格,如 "单位"、"C12")。
`, `  zongjie check examples/yongjia-edu-2013.yaml
  zongjie check examples/term/*.yaml
  zongjie check --json 我的工会2024.yaml
`)
	s.flag("json", "", groupOutput, "以 JSON 输出结果和问题(写到标准输出)")
	units := s.unitsOption()
	fontOpts := s.fontOptions()
	lim := s.limitOptions()
	files, code, ok := e.dataFiles(s, args, units, "请给出要检查的数据文件")
	if !ok {
		return code
	}
	// The fonts load while the data is read (about 10 ms).
	type loaded struct {
		set *fonts.Set
		err error
	}
	fontsDone := make(chan loaded, 1)
	go func() {
		set, err := fonts.Load(fontOpts.options())
		fontsDone <- loaded{set, err}
	}()

	periods, problems, failed := loadAll(e, files, *lim)
	var audits []problem
	for _, p := range periods {
		audits = append(audits, auditProblems(p)...)
	}
	// The files of one union, against each other: a year missing is
	// noted only when every file was read.
	series, notes := record.CompareSeries(periods)
	audits = append(audits, problemsOf(series)...)
	problems = append(problems, audits...)
	var warnings []problem
	for _, p := range periods {
		if ns := p.Notes(); len(ns) > 0 {
			for _, w := range problemsOf(ns) {
				w.Message = "提醒:" + w.Message // as the other warnings say
				warnings = append(warnings, w)
			}
		}
	}
	if !failed && len(notes) > 0 {
		warnings = append(warnings, problemsOf(notes)...)
	}
	failed = failed || len(audits) > 0
	if f := <-fontsDone; f.err != nil {
		warnings = append(warnings, problem{Message: "提醒:无法载入 PDF 字体,没有检查数据中的字 PDF 字体里有没有:" + errText(f.err)})
	} else {
		for _, p := range periods {
			warnings = append(warnings, glyphWarnings(f.set, p)...)
		}
	}

	if e.json {
		type fileOK struct {
			File         string `json:"file"`
			Organisation string `json:"organisation"`
			Period       string `json:"period"`
		}
		out := struct {
			OK       bool      `json:"ok"`
			Files    []fileOK  `json:"files"`
			Errors   []problem `json:"errors"`
			Warnings []problem `json:"warnings"`
		}{OK: !failed, Files: []fileOK{}, Errors: nonNil(problems), Warnings: nonNil(warnings)}
		for _, p := range periods {
			out.Files = append(out.Files, fileOK{p.File, p.Org.Name, p.When.Label()})
		}
		writeJSON(e, out)
	} else {
		for _, p := range audits { // loadAll printed the loader's problems
			fmt.Fprintln(e.stderr, p.text())
		}
		for _, w := range warnings {
			fmt.Fprintln(e.stderr, w.text())
		}
		if !failed {
			for _, p := range periods {
				fmt.Fprintf(e.stderr, "%s: 数据无误(%s%s)\n", p.File, p.Org.Name, p.When.Label())
			}
		}
	}
	if failed {
		return exitData
	}
	return exitOK
}

// wantsJSON reports whether the command line asks for JSON (--json, before
// any "--"), so that even a mistake in it is answered in JSON.
func wantsJSON(args []string) bool {
	for _, a := range args {
		switch a {
		case "--":
			return false
		case "--json", "-json", "--json=true", "-json=true", "--json=1":
			return true
		}
	}
	return false
}

// auditProblems runs the rule engine's audits over one loaded period and
// returns every failed one.
func auditProblems(p *record.Period) []problem {
	audits, err := rules.Audits(p)
	if err != nil {
		return []problem{{File: p.File, Message: errText(err)}}
	}
	var out []problem
	for _, a := range audits {
		if !a.OK {
			out = append(out, auditProblem(a))
		}
	}
	return out
}
