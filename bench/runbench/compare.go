package main

import (
	"context"
	"os"
	"slices"
	"time"

	"zongjie/internal/fonts"
)

// peerPairs are zongjie's tasks and the peer commands that do the same.
var peerPairs = []struct{ zjTask, tool, task string }{
	{taskPDF, toolWK, taskPeerPDF},
	{taskDOCX, toolPandoc, taskPeerDOC},
	{taskHTML, toolPandoc, taskPeerHTM},
	{taskPDF, toolLO, taskLOPDF},
}

// Kinds of comparison.
const (
	kindPeer         = "peer"          // zongjie against a peer tool
	kindBaseline     = "baseline"      // zongjie against an earlier zongjie, caches warm
	kindBaselineCold = "baseline-cold" // the same, page cache emptied and no font index
)

// maxAlternated is the longest command alternated: slower ones keep only
// their hyperfine timing.
const maxAlternated = 10 * time.Second

// comparisons runs every pair that a ratio is reported for in turn: each
// peer against zongjie on each data set (where neither takes longer than
// maxAlternated), and, given an earlier zongjie, the PDF of the example
// with both, warm and cold.
func comparisons(ctx context.Context, o options, sets []dataSet, cases []benchCase, results []result, cold func() string) []comparison {
	byID := map[string]result{}
	for _, r := range results {
		byID[r.id()] = r
	}
	var out []comparison
	for _, s := range sets {
		for _, pp := range peerPairs {
			zj, ok1 := byID[s.Key+"|"+toolZongjie+"|"+pp.zjTask]
			peer, ok2 := byID[s.Key+"|"+pp.tool+"|"+pp.task]
			if !ok1 || !ok2 || zj.Err != "" || peer.Err != "" {
				continue
			}
			zt, pt := secs(zj.T.Median), secs(peer.T.Median)
			if zt > maxAlternated || pt > maxAlternated {
				continue
			}
			n := pairsFor(zt, pt, o.pairBudget, o.minPairs, o.maxPr)
			logf("交替运行 %s:zongjie %s 与 %s %s,各 %d 次", s.Label, pp.zjTask, pp.tool, pp.task, n)
			c := alternate(ctx, s.Key, zj.benchCase, peer.benchCase, n, 1, nil)
			c.Kind = kindPeer
			out = append(out, c)
		}
	}
	if o.baseline == "" {
		return out
	}
	i := slices.IndexFunc(cases, func(c benchCase) bool {
		return c.Set == "yongjia" && c.Tool == toolZongjie && c.Task == taskPDF
	})
	if i < 0 {
		return out
	}
	now := cases[i]
	before := now
	before.Tool = "zongjie " + o.baselineName
	before.Args = append([]string{o.baseline}, now.Args[1:]...)
	logf("交替运行:当前与早先版本(%s)的 YAML → PDF", o.baselineName)
	c := alternate(ctx, "yongjia", now, before, o.maxPr, 1, nil)
	c.Kind = kindBaseline
	out = append(out, c)
	if cold != nil {
		logf("交替运行:当前与早先版本的冷启动首次运行")
		c := alternate(ctx, "yongjia", now, before, max(3, o.maxPr/3), 0, func() string {
			os.Remove(fontIndexPath())
			return cold()
		})
		c.Kind = kindBaselineCold
		out = append(out, c)
	}
	return out
}

func secs(s float64) time.Duration { return time.Duration(s * float64(time.Second)) }

// fontDirs are the font directories zongjie searches.
func fontDirs() []string { return fonts.SystemDirs() }

// find returns the comparison of a kind on a set between zongjie's task
// and a peer's (for kindPeer), or the first of the kind.
func find(cs []comparison, kind, set, zjTask, tool string) (comparison, bool) {
	for _, c := range cs {
		if c.Kind != kind || c.Err != "" || len(c.RunsA) == 0 {
			continue
		}
		if kind != kindPeer || c.Set == set && c.A.Task == zjTask && c.B.Tool == tool {
			return c, true
		}
	}
	return comparison{}, false
}
