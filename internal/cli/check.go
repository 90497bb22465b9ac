package cli

import (
	"fmt"
	"path/filepath"

	"zongjie/internal/record"
)

func runCheck(e *env, args []string) int {
	fs := newFlagSet(e, "check", "check [选项] 数据文件...", `  zongjie check examples/yongjia-edu-2013.yaml
  zongjie check examples/term/*.yaml

检查数据文件的格式、类型和前后一致性(会员数不超过职工数、各项之和等于合计、
日期在报告期内、单位名称不重复……),并核对原始材料所报合计与明细是否相符。
每个问题一行:文件:行:列: 数据位置: 说明。没有问题时退出码为 0,否则为 1。
`)
	lim := fs.limitFlags()
	files, code, ok := fs.parse(args)
	if !ok {
		return code
	}
	if len(files) == 0 {
		return fs.usageError("请给出要检查的数据文件")
	}
	periods, failed := loadAll(e, files, *lim)
	if !failed {
		failed = reportAudits(e, periods)
	}
	if failed {
		return exitData
	}
	for _, p := range periods {
		fmt.Fprintf(e.stdout, "%s: 数据无误(%s%s)\n", p.File, p.Org.Name, p.When.Label())
	}
	return exitOK
}

// loadAll loads and validates every file, printing every problem of every
// file to stderr. It reports whether any file failed.
func loadAll(e *env, files []string, lim record.Limits) ([]*record.Period, bool) {
	var periods []*record.Period
	failed := false
	seen := map[string]string{}
	for _, f := range files {
		if abs, err := filepath.Abs(f); err == nil {
			if first, dup := seen[abs]; dup {
				fmt.Fprintf(e.stderr, "%s: 同一个文件给了两次(第一次写作 %s);请只给一次\n", f, first)
				failed = true
				continue
			}
			seen[abs] = f
		}
		p, err := record.LoadAndValidate(f, lim)
		if err != nil {
			fmt.Fprintln(e.stderr, err)
			failed = true
			continue
		}
		periods = append(periods, p)
	}
	return periods, failed
}
