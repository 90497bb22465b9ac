package cli

import (
	"fmt"
	"os"
	"path/filepath"
	"sync"
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
	ids := inputIDs(inputs)
	for i, in := range inputs {
		if in == "-" || in == "" {
			continue
		}
		if abs, err := filepath.Abs(in); err == nil {
			g.byPath[abs] = in
		}
		if k := ids[i]; k.ok {
			if _, seen := g.byID[k.id]; !seen { // the first name given for it
				g.byID[k.id] = in
			}
		}
	}
	return g
}

// knownID is a file's identity, when it could be found.
type knownID struct {
	id fileID
	ok bool
}

// inputIDs finds the identity of each input. A roll-up's hundred thousand
// files are looked up by several goroutines: the look-ups are system calls
// made while nothing else runs.
func inputIDs(inputs []string) []knownID {
	ids := make([]knownID, len(inputs))
	lookup := func(lo, hi int) {
		for i := lo; i < hi; i++ {
			if in := inputs[i]; in != "-" && in != "" {
				if fi, err := os.Stat(in); err == nil {
					ids[i].id, ids[i].ok = idOf(fi)
				}
			}
		}
	}
	const chunk = 4096
	if len(inputs) <= chunk {
		lookup(0, len(inputs))
		return ids
	}
	var wg sync.WaitGroup
	for lo := 0; lo < len(inputs); lo += chunk {
		wg.Go(func() { lookup(lo, min(lo+chunk, len(inputs))) })
	}
	wg.Wait()
	return ids
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
