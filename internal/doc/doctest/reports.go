package doctest

import (
	"fmt"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"

	"zongjie/internal/record"
	"zongjie/internal/report"
	"zongjie/internal/rules"
)

// Examples are the example data sets, by name: the files of one report
// (several years of one union for 同比 and term reviews), relative to the
// repository's examples directory.
var Examples = []struct {
	Name  string
	Files []string
}{
	{"yongjia-edu-2013", []string{"yongjia-edu-2013.yaml"}},
	{"yongjia-edu-2014", []string{"yongjia-edu-2013.yaml", "yongjia-edu-2014.yaml"}},
	{"dangyang-zhujian-2014h1", []string{"dangyang-zhujian-2014h1.yaml"}},
	{"term", []string{"term/pingchuan-jiaotong-2019.yaml", "term/pingchuan-jiaotong-2020.yaml",
		"term/pingchuan-jiaotong-2021.yaml", "term/pingchuan-jiaotong-2022.yaml", "term/pingchuan-jiaotong-2023.yaml"}},
	{"term-hospital", []string{"term-hospital/pingyang-hospital-2021.yaml", "term-hospital/pingyang-hospital-2022.yaml",
		"term-hospital/pingyang-hospital-2023.yaml"}},
}

// ExamplesDir is the repository's examples directory.
func ExamplesDir() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..", "..", "examples")
}

var reports struct {
	once  sync.Once
	cases []Case
	err   error
}

// Reports returns every example's report of every kind, as the composer
// writes it with the default templates, named "EXAMPLE.KIND". They are
// composed once per test binary.
func Reports(t testing.TB) []Case {
	t.Helper()
	reports.once.Do(func() {
		for _, ex := range Examples {
			var periods []*record.Period
			for _, f := range ex.Files {
				p, err := record.LoadAndValidate(filepath.Join(ExamplesDir(), f), record.DefaultLimits)
				if err != nil {
					reports.err = err
					return
				}
				periods = append(periods, p)
			}
			res, err := rules.Run(periods, nil)
			if err != nil {
				reports.err = err
				return
			}
			for _, k := range report.Kinds() {
				d, err := report.Compose(res, k, nil)
				if err != nil {
					reports.err = err
					return
				}
				reports.cases = append(reports.cases, Case{Name: ex.Name + "." + string(k), Doc: d})
			}
		}
	})
	if reports.err != nil {
		t.Fatal(reports.err)
	}
	return reports.cases
}

var corpus struct {
	once  sync.Once
	cases []Case
	err   error
}

// CorpusDirs are the directories of single-period data files, relative to
// the examples directory: the seeds' articles and the sector examples.
var CorpusDirs = []string{"corpus", "sector"}

// Corpus returns the report of every kind of every data file in
// CorpusDirs, named "DIR/FILE.KIND" ("corpus/002-4-health-2021.annual"):
// a hundred reports of every sector, for tests of the layout. They are
// composed once per test binary.
func Corpus(t testing.TB) []Case {
	t.Helper()
	corpus.once.Do(func() {
		for _, dir := range CorpusDirs {
			files, err := filepath.Glob(filepath.Join(ExamplesDir(), dir, "*.yaml"))
			if err != nil {
				corpus.err = err
				return
			}
			for _, f := range files {
				p, err := record.LoadAndValidate(f, record.DefaultLimits)
				if err != nil {
					corpus.err = err
					return
				}
				res, err := rules.Run([]*record.Period{p}, nil)
				if err != nil {
					corpus.err = err
					return
				}
				name := dir + "/" + strings.TrimSuffix(filepath.Base(f), ".yaml")
				for _, k := range report.Kinds() {
					d, err := report.Compose(res, k, nil)
					if err != nil {
						corpus.err = fmt.Errorf("%s.%s: %w", name, k, err)
						return
					}
					corpus.cases = append(corpus.cases, Case{Name: name + "." + string(k), Doc: d})
				}
			}
		}
	})
	if corpus.err != nil {
		t.Fatal(corpus.err)
	}
	return corpus.cases
}

// All returns the built documents and the example reports.
func All(t testing.TB) []Case {
	return append(Built(), Reports(t)...)
}
