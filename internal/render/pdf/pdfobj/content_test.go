package pdfobj

import (
	"math"
	"strconv"
	"strings"
	"testing"

	"zongjie/internal/fonts"
)

// TestTextPlacement replays the Tm and Td operators of a page's content
// stream: every run must start exactly (to the thousandth of a point the
// file states positions in) where it was placed, whether it is set by a
// matrix or by a move from the run before, also after a rotated run.
func TestTextPlacement(t *testing.T) {
	song := embedded(t, fonts.Song)
	texts := []Text{
		{Font: song, Size: 16, X: 79.37, Y: 125.437, S: "工会"},
		{Font: song, Size: 16, X: 397.8564, Y: 125.437, S: "会员"},
		{Font: song, Size: 16, X: 110.8701, Y: 154.3869, S: "一、"},
		{Font: song, Size: 10, X: 60.0004, Y: 300, S: "人数", Rotate: 90},
		{Font: song, Size: 16, X: 0.0004, Y: 841.8899, S: "年"},
		{Font: song, Size: 16, X: 595.2756, Y: 0.001, S: "总结"},
		{Font: song, Size: 16, X: 595.2755, Y: 0.0014, S: "总"},
	}
	d := &Document{Width: 595.276, Height: 841.89, Pages: []*Page{{Texts: texts}}}
	var content string
	for _, obj := range objects(t, write(t, d)) {
		if strings.Contains(obj, "stream\n") && !strings.Contains(obj, "/Type") && !strings.Contains(obj, "/Length1") {
			if s := string(streamData(t, obj)); strings.Contains(s, "BT\n") {
				content = s
			}
		}
	}
	var got [][2]int64
	var lx, ly int64
	for _, line := range strings.Split(content, "\n") {
		f := strings.Fields(line)
		if len(f) == 0 {
			continue
		}
		parse := func(s string) int64 {
			v, err := strconv.ParseFloat(s, 64)
			if err != nil {
				t.Fatalf("%q in %q: %v", s, line, err)
			}
			return int64(math.Round(v * 1000))
		}
		switch f[len(f)-1] {
		case "Tm":
			lx, ly = parse(f[4]), parse(f[5])
			got = append(got, [2]int64{lx, ly})
		case "Td":
			lx, ly = lx+parse(f[0]), ly+parse(f[1])
			got = append(got, [2]int64{lx, ly})
		}
	}
	if len(got) != len(texts) {
		t.Fatalf("%d runs placed, want %d:\n%s", len(got), len(texts), content)
	}
	for i, tx := range texts {
		want := [2]int64{milli(tx.X), milli(d.Height - tx.Y)}
		if got[i] != want {
			t.Errorf("run %d (%s) starts at %v thousandths, want %v:\n%s", i, tx.S, got[i], want, content)
		}
	}
	if n := strings.Count(content, " Tm\n"); n != 3 {
		t.Errorf("%d text matrices, want 3 (the first run, the rotated one, the one after it):\n%s", n, content)
	}
}

// TestMilliNum: a position written in thousandths reads as num writes it.
func TestMilliNum(t *testing.T) {
	for _, v := range []float64{0, 0.0004, -0.0004, 0.001, -0.001, 0.01, 0.1, 1, -1, 12.3456, 595.2756, -3.5, 100.05, 841.89, -28.95, 1e6 + 0.125} {
		if got, want := milliNum(milli(v)), num(v); got != want {
			t.Errorf("milliNum(milli(%v)) = %q, num = %q", v, got, want)
		}
	}
}
