package cli

import (
	"fmt"
	"os"
	"path/filepath"
)

// inputGuard knows the files a command reads (data, rules, templates), by
// absolute path and by identity, so that no output replaces one of them,
// whatever path (a link, a hard link, "..") leads there. Each lookup is a
// map access: a batch checks all its outputs in time linear in their number.
type inputGuard struct {
	byPath map[string]string
	byID   map[fileID]string
}

func newInputGuard(inputs []string) *inputGuard {
	g := &inputGuard{byPath: map[string]string{}, byID: map[fileID]string{}}
	for _, in := range inputs {
		if in == "-" || in == "" {
			continue
		}
		if abs, err := filepath.Abs(in); err == nil {
			g.byPath[abs] = in
		}
		if fi, err := os.Stat(in); err == nil {
			if id, ok := idOf(fi); ok {
				if _, seen := g.byID[id]; !seen { // the first name given for it
					g.byID[id] = in
				}
			}
		}
	}
	return g
}

// check returns a message if writing out would replace an input; advice
// ends it ("请换一个输出文件名").
func (g *inputGuard) check(out, advice string) string {
	in, same := "", false
	if fi, err := os.Stat(out); err == nil {
		if id, ok := idOf(fi); ok {
			in, same = g.byID[id]
		}
	}
	if !same {
		if abs, err := filepath.Abs(out); err == nil {
			in, same = g.byPath[abs]
		}
	}
	if !same {
		return ""
	}
	return fmt.Sprintf("输出文件 %s 就是输入文件 %s,写出去会把它覆盖掉;%s", out, in, advice)
}
