package rollup

import (
	"bytes"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"zongjie/bench/synth"
	"zongjie/internal/pipeline"
	"zongjie/internal/recordjson"
	"zongjie/internal/report"
)

const cityName = "青山市教育工会"

// city writes a tree of three levels: a city union whose directory holds
// two county unions, each with its directory of schools' unions. It
// returns the city's file and the counties' files.
func city(t *testing.T, sizes ...int) (string, []string) {
	t.Helper()
	root := t.TempDir()
	cityFile := filepath.Join(root, cityName+".yaml")
	write(t, cityFile, "organisation: {name: "+cityName+", kind: 教育系统, sector: 学校, leadership: [市教育局党委]}\nperiod: {year: 2023}\n")
	dir := filepath.Join(root, cityName)
	names := map[string]bool{}
	var counties []string
	for seed := uint64(1); len(counties) < len(sizes); seed++ {
		f, err := synth.NewFederation(synth.Options{Units: sizes[len(counties)], Seed: seed})
		if err != nil {
			t.Fatal(err)
		}
		if names[f.Name] {
			continue
		}
		names[f.Name] = true
		f.Parent = regexp.MustCompile(`(?m)^  parent: .*$`).ReplaceAll(f.Parent, []byte("  parent: "+cityName))
		file, err := f.WriteFiles(dir)
		if err != nil {
			t.Fatal(err)
		}
		counties = append(counties, file)
	}
	return cityFile, counties
}

// TestTree rolls up the three levels from the directories: each county
// is rolled up from its schools and is one row of the city's table; the
// city counts every union. The same from a county's roll-up metrics file,
// and each level's report is the level's.
func TestTree(t *testing.T) {
	cityFile, counties := city(t, 30, 20)
	res := roll(t, cityFile, nil, Options{Keep: true})
	if n := len(res.Period.Units); n != 2 {
		t.Fatalf("%d rows, want the 2 counties", n)
	}
	if n := len(res.Meta.Unions); n != 2+30+20 {
		t.Errorf("%d unions rolled up, want 52", n)
	}
	var staff int64
	for i, f := range counties {
		c := roll(t, f, nil, Options{})
		staff += *c.Period.Membership.Staff
		m := res.Members[i]
		if m.Level == nil || m.Period == nil || m.Name != c.Period.Org.Name {
			t.Fatalf("member %d: %+v", i, m)
		}
		if !bytes.Equal(recordjson.Marshal(m.Period), recordjson.Marshal(c.Period)) {
			t.Errorf("%s rolled up within the city differs from on its own", m.Name)
		}
		if got := *res.Period.Units[i].Staff; got != *c.Period.Membership.Staff {
			t.Errorf("row %s: staff %d, want %d", m.Name, got, *c.Period.Membership.Staff)
		}
	}
	if got := *res.Period.Membership.Staff; got != staff {
		t.Errorf("the city's staff %d, want %d", got, staff)
	}
	md := string(render(t, res, report.Annual, pipeline.Markdown))
	if !strings.Contains(md, cityName) {
		t.Error("the city's report is not the city's")
	}

	// A county given as its roll-up's metrics file instead.
	first := roll(t, counties[0], nil, Options{})
	mf := writeMetrics(t, t.TempDir(), "county.json", first)
	again := roll(t, cityFile, []string{mf, counties[1]}, Options{})
	if !bytes.Equal(render(t, again, report.Annual, pipeline.Markdown), []byte(md)) {
		t.Error("the city's report from a county's metrics file differs")
	}
	if len(again.Meta.Unions) != len(res.Meta.Unions) {
		t.Errorf("%d unions from the metrics file, want %d", len(again.Meta.Unions), len(res.Meta.Unions))
	}
}

// TestTreeCycle puts the city's own file into a county's directory.
func TestTreeCycle(t *testing.T) {
	cityFile, counties := city(t, 5, 5)
	copyFile(t, cityFile, filepath.Join(levelDir(counties[0]), "市.yaml"))
	_, err := Run(cityFile, nil, opts)
	if err == nil || !regexp.MustCompile(`市\.yaml:1:\d+: organisation\.name: “青山市教育工会”是本次汇总的上级`).MatchString(err.Error()) {
		t.Errorf("the city within a county: %v", err)
	}
	// A county file naming another city.
	cityFile, counties = city(t, 5)
	edit(t, counties[0], "parent: "+cityName, "parent: 别的市教育工会")
	if _, err := Run(cityFile, nil, opts); err == nil || !strings.Contains(err.Error(), "写的上级工会是“别的市教育工会”") {
		t.Errorf("a county of another city: %v", err)
	}
}
