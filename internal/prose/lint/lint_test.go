package lint

import (
	"bufio"
	"os"
	"strings"
	"testing"
)

// TestDefects checks that each defect of testdata/defects.txt is caught by
// its rule.
func TestDefects(t *testing.T) {
	f, err := os.Open("testdata/defects.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		rule, text, ok := strings.Cut(line, "\t")
		if !ok {
			t.Fatalf("bad line %q", line)
		}
		n++
		found := false
		for _, p := range Check(text, 1) {
			if p.Rule == rule {
				found = true
			}
		}
		if !found {
			t.Errorf("rule %s does not catch %q (got %+v)", rule, text, Check(text, 1))
		}
	}
	if n < len(patterns) {
		t.Errorf("%d defects for %d patterns: every rule needs a defect it catches", n, len(patterns))
	}
}

// TestCleanText checks that well-written sentences pass.
func TestCleanText(t *testing.T) {
	for _, s := range []string{
		"6月28日，召开了当阳市建筑行业工会联合会第一次会员代表大会，共有49人参加。",
		"1月，开展春节送温暖活动，为46名困难职工和退休职工发放慰问金4.6万元。",
		"护理部主任获得“县五一劳动奖章”。",
		"3至5月，全县教职工积极参加慈善一日捐活动，共募集善款134.1911万元。",
		"全县共有会员12,345人，其中10名为新会员。",
		"两年来，累计募集善款280.72万元。",
		"入会率为100%，较上年提高0.5个百分点。",
	} {
		if ps := Check(s, 2); len(ps) > 0 {
			t.Errorf("%q: %+v", s, ps)
		}
	}
}
