package bench

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"testing"

	"zongjie/bench/synth"
	"zongjie/internal/doc"
	"zongjie/internal/record"
	"zongjie/internal/render/docx"
	"zongjie/internal/render/html"
	"zongjie/internal/render/md"
	"zongjie/internal/render/pdf"
	"zongjie/internal/report"
	"zongjie/internal/rules"
	"zongjie/internal/sheet"
)

// input is one data set the benchmarks run on: the yongjia example and the
// synthetic counties.
type input struct {
	name string
	data []byte
}

func inputs(b *testing.B, sizes ...int) []input {
	b.Helper()
	yj := filepath.Join("..", "examples", "yongjia-edu-2013.yaml")
	data, err := os.ReadFile(yj)
	if err != nil {
		b.Fatal(err)
	}
	in := []input{{"yongjia", data}}
	for _, n := range sizes {
		in = append(in, input{fmt.Sprintf("units=%d", n), synthData(n)})
	}
	return in
}

var synthCache sync.Map // units -> []byte

func synthData(n int) []byte {
	if d, ok := synthCache.Load(n); ok {
		return d.([]byte)
	}
	d := synth.YAML(synth.Options{Units: n, Seed: 1})
	synthCache.Store(n, d)
	return d
}

// stages runs the pipeline on data up to the document model the writers
// read: load → rules → compose (which builds the model) → a writer.
type stages struct {
	period *record.Period
	result *rules.Result
	doc    *doc.Document
}

func run(b *testing.B, in input) stages {
	b.Helper()
	var s stages
	var err error
	if s.period, err = loadValidate(in); err != nil {
		b.Fatal(err)
	}
	if s.result, err = rules.Run([]*record.Period{s.period}, nil); err != nil {
		b.Fatal(err)
	}
	if s.doc, err = report.Compose(s.result, report.Annual, templates()); err != nil {
		b.Fatal(err)
	}
	return s
}

func loadValidate(in input) (*record.Period, error) {
	p, err := record.Parse(in.name+".yaml", in.data, record.DefaultLimits)
	if err != nil {
		return nil, err
	}
	if errs := record.Validate(p); len(errs) > 0 {
		return nil, errs
	}
	return p, nil
}

var templates = sync.OnceValue(report.DefaultTemplates)

// pdfWriter is loaded once, as a batch or a long-running process would.
var pdfWriter = sync.OnceValues(func() (*pdf.Writer, error) { return pdf.New(pdf.Options{}) })

func BenchmarkLoadValidate(b *testing.B) {
	for _, in := range inputs(b, 100, 1000, 10000) {
		b.Run(in.name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(in.data)))
			for b.Loop() {
				if _, err := loadValidate(in); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkRules(b *testing.B) {
	for _, in := range inputs(b, 100, 1000, 10000) {
		b.Run(in.name, func(b *testing.B) {
			s := run(b, in)
			b.ReportAllocs()
			for b.Loop() {
				if _, err := rules.Run([]*record.Period{s.period}, nil); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkCompose(b *testing.B) {
	for _, in := range inputs(b, 100, 1000, 10000) {
		b.Run(in.name, func(b *testing.B) {
			s := run(b, in)
			b.ReportAllocs()
			for b.Loop() {
				if _, err := report.Compose(s.result, report.Annual, templates()); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// writers are the output formats, each writing a composed document.
var writers = []struct {
	name  string
	write func(io.Writer, *doc.Document) error
}{
	{"md", md.Write},
	{"html", html.Write},
	{"docx", docx.Write},
	{"pdf", func(w io.Writer, d *doc.Document) error {
		pw, err := pdfWriter()
		if err != nil {
			return err
		}
		return pw.Write(w, d)
	}},
}

func BenchmarkWrite(b *testing.B) {
	for _, wr := range writers {
		for _, in := range inputs(b, 1000) {
			b.Run(wr.name+"/"+in.name, func(b *testing.B) {
				s := run(b, in)
				var out bytes.Buffer
				if err := wr.write(&out, s.doc); err != nil { // warm up: fonts, caches
					b.Fatal(err)
				}
				b.ReportMetric(float64(out.Len()), "out-bytes")
				b.ReportAllocs()
				for b.Loop() {
					out.Reset()
					if err := wr.write(&out, s.doc); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}

// BenchmarkPDFWriterNew is the one-time cost of loading and parsing the
// fonts, which a batch pays once and a single render pays every time.
func BenchmarkPDFWriterNew(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := pdf.New(pdf.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkPipeline is YAML to each format in one go, the fonts and
// templates already loaded.
func BenchmarkPipeline(b *testing.B) {
	for _, wr := range writers {
		for _, in := range inputs(b) {
			b.Run(wr.name+"/"+in.name, func(b *testing.B) {
				run(b, in) // warm up
				b.ReportAllocs()
				for b.Loop() {
					s := run(b, in)
					if err := wr.write(io.Discard, s.doc); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}

// BenchmarkCheckMetricsMarkdown is the large-county target: load, validate,
// rules and the Markdown report, for 10 000 and 100 000 units.
func BenchmarkCheckMetricsMarkdown(b *testing.B) {
	for _, n := range []int{10000, 100000} {
		in := input{fmt.Sprintf("units=%d", n), synthData(n)}
		b.Run(in.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				s := run(b, in)
				if err := md.Write(io.Discard, s.doc); err != nil {
					b.Fatal(err)
				}
			}
			var ms runtime.MemStats
			runtime.ReadMemStats(&ms)
			b.ReportMetric(float64(ms.HeapSys)/(1<<20), "heap-MB")
		})
	}
}

var xlsxCache sync.Map // units -> []byte

// synthWorkbook is the synthetic county of n units as a workbook, written
// by zongjie convert's writer.
func synthWorkbook(b *testing.B, n int) []byte {
	if d, ok := xlsxCache.Load(n); ok {
		return d.([]byte)
	}
	p, err := record.Parse("synth.yaml", synthData(n), record.DefaultLimits)
	if err != nil {
		b.Fatal(err)
	}
	data, err := sheet.Workbook(p, sheet.Options{})
	if err != nil {
		b.Fatal(err)
	}
	xlsxCache.Store(n, data)
	return data
}

// BenchmarkLoadValidateXLSX reads and checks the synthetic counties as
// workbooks: the same records as BenchmarkLoadValidate's YAML, for the
// same time target (issue 19: 10 000 unit rows within the YAML's).
func BenchmarkLoadValidateXLSX(b *testing.B) {
	for _, n := range []int{100, 1000, 10000} {
		data := synthWorkbook(b, n)
		b.Run(fmt.Sprintf("units=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				if _, err := record.ParseAndValidate("synth.xlsx", data, record.DefaultLimits); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
