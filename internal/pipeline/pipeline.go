// Package pipeline is zongjie's one front door from records to a finished
// report: rules → compose (a doc.Document) → one writer. A Renderer holds what is
// loaded once (templates, custom rules, fonts) and renders any number of
// reports, concurrently if wished.
package pipeline

import (
	"bytes"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"sync"

	"zongjie/internal/doc"
	"zongjie/internal/fonts"
	"zongjie/internal/record"
	"zongjie/internal/render/docx"
	"zongjie/internal/render/html"
	"zongjie/internal/render/md"
	"zongjie/internal/render/pdf"
	"zongjie/internal/render/style"
	"zongjie/internal/report"
	"zongjie/internal/rules"
)

// Format is an output format.
type Format string

// The output formats.
const (
	Markdown Format = "md"
	HTML     Format = "html"
	DOCX     Format = "docx"
	PDF      Format = "pdf"
)

// Formats lists the output formats.
func Formats() []Format { return []Format{Markdown, HTML, DOCX, PDF} }

// ParseFormat accepts a format name ("pdf", "PDF", ".pdf", "markdown").
func ParseFormat(s string) (Format, error) {
	s = strings.ToLower(strings.TrimPrefix(strings.TrimSpace(s), "."))
	switch s {
	case "md", "markdown":
		return Markdown, nil
	case "html", "htm":
		return HTML, nil
	case "docx":
		return DOCX, nil
	case "pdf":
		return PDF, nil
	}
	return "", fmt.Errorf("不支持“%s”格式;可选:md、html、docx、pdf", s)
}

// FormatOf returns the format a file name asks for by its extension.
func FormatOf(path string) (Format, error) {
	ext := filepath.Ext(path)
	if ext == "" {
		return "", fmt.Errorf("输出文件 %s 没有扩展名,看不出要什么格式;请用 .md、.html、.docx 或 .pdf 结尾,或用 --format 指定", path)
	}
	f, err := ParseFormat(ext)
	if err != nil {
		return "", fmt.Errorf("输出文件 %s:%v", path, err)
	}
	return f, nil
}

// Options configures a Renderer.
type Options struct {
	Templates *report.Templates // nil: the embedded defaults
	Rules     rules.Extension   // nil: built-in rules only; a *userrule.RuleSet adds a rule file's
	PDF       pdf.Options       // fonts for PDF output; the families they name reach DOCX and HTML too
	// Limits bound composing one report (report.DefaultLimits when zero).
	Limits report.Limits
	// Force composes a kind of report that does not fit the records (a
	// term review of one year, a half-year summary of a whole year);
	// without it Compose refuses with the reason. The report then carries
	// the reason among its warnings.
	Force bool
	// Charts says whether reports show the charts their templates place
	// (ChartsDefault, also the zero value) or none (ChartsNone).
	Charts Charts
}

// Charts says which charts a report shows.
type Charts string

// The chart modes of --charts.
const (
	// ChartsDefault shows every chart the template places ({{chart "id"}};
	// the built-in templates place each kind's default charts) that the
	// data make.
	ChartsDefault Charts = "default"
	// ChartsNone shows no chart: the report is text and tables only.
	ChartsNone Charts = "none"
)

// ParseCharts reads a --charts value: "default" (or "") and "none".
func ParseCharts(s string) (Charts, error) {
	switch c := Charts(strings.ToLower(strings.TrimSpace(s))); c {
	case "", ChartsDefault:
		return ChartsDefault, nil
	case ChartsNone:
		return ChartsNone, nil
	}
	return "", fmt.Errorf("--charts 不能是“%s”;可选:default(放模板指定的图表)、none(不放图表)", s)
}

// Renderer renders reports. It is safe for concurrent use.
type Renderer struct {
	opts Options

	pdfOnce sync.Once
	pdf     *pdf.Writer
	pdfErr  error

	checkOnce sync.Once
	checkErr  error

	namedOnce sync.Once
	html      *html.Writer
	docx      *docx.Writer
	namedErr  error
}

// New returns a Renderer. Fonts are loaded on the first PDF, the embedded
// templates parsed on the first report, once.
func New(opts Options) *Renderer {
	return &Renderer{opts: opts}
}

// Compose runs the rule engine over the periods (several periods of one
// organisation; the latest is reported on) and composes the report; of
// the kind the records call for (report.KindFor) when kind is report.Auto
// (report.ComposeWithin picks it).
func (r *Renderer) Compose(periods []*record.Period, kind report.Kind) (*doc.Document, error) {
	if err := r.Check(); err != nil {
		return nil, err
	}
	res, err := rules.Run(periods, r.opts.Rules)
	if err != nil {
		return nil, err
	}
	// Without the user's templates (nil), report.Compose parses the
	// embedded ones of the kind it composes.
	rep, err := report.ComposeWithin(res, kind, r.opts.Templates, r.opts.Limits)
	if err != nil {
		return nil, err
	}
	if r.opts.Charts == ChartsNone {
		dropCharts(rep)
	}
	if !r.opts.Force {
		for _, w := range rep.Warnings {
			if w.Mismatch {
				return nil, fmt.Errorf("%s(确实要生成时加 --force)", w.Text)
			}
		}
	}
	return rep, nil
}

// Check checks, once, that every figure, ranking and section id the
// templates write is one the catalogue or the rule file defines; an unknown
// one is an error with its template file, line and column.
func (r *Renderer) Check() error {
	r.checkOnce.Do(func() {
		if r.opts.Templates == nil {
			// The embedded templates write only built-in ids, which a rule
			// file cannot take away (report's TestBalancedTemplatesLoad
			// checks them all).
			return
		}
		ids, _ := r.opts.Rules.(rules.Identified)
		r.checkErr = r.opts.Templates.CheckIDs(report.Known{
			Figure: func(id string) bool {
				_, ok := rules.Lookup(id)
				return ok || ids != nil && ids.HasValue(id)
			},
			Ranking: func(id string) bool {
				return rules.IsBuiltinRanking(id) || ids != nil && ids.HasRanking(id)
			},
		})
	})
	return r.checkErr
}

// Render composes the report and writes it to w in the given format.
func (r *Renderer) Render(w io.Writer, periods []*record.Period, kind report.Kind, f Format) error {
	rep, err := r.Compose(periods, kind)
	if err != nil {
		return err
	}
	return r.Write(w, rep, f)
}

// Write writes a composed report in the given format.
func (r *Renderer) Write(w io.Writer, d *doc.Document, f Format) error {
	switch f {
	case Markdown:
		return md.Write(w, d)
	case HTML, DOCX:
		if err := r.namedWriters(); err != nil {
			return err
		}
		if f == HTML {
			return r.html.Write(w, d)
		}
		return r.docx.Write(w, d)
	case PDF:
		pw, err := r.pdfWriter()
		if err != nil {
			return err
		}
		return pw.Write(w, d)
	}
	return fmt.Errorf("不支持“%s”格式", f)
}

// Bytes renders into memory.
func (r *Renderer) Bytes(periods []*record.Period, kind report.Kind, f Format) ([]byte, error) {
	var b bytes.Buffer
	if err := r.Render(&b, periods, kind, f); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// Prepare starts, in the background, what is done once before the first
// report of kind k: parsing the embedded templates of k (of a 年度工作总结,
// the kind most records call for, when k is report.Auto), or checking the
// user's (Check), and, for format f PDF, loading the fonts, so that they
// overlap reading the records (and, for the fonts, composing the report).
// Compose and Write wait for them; a failure is reported there.
func (r *Renderer) Prepare(k report.Kind, f Format) {
	if k == report.Auto {
		k = report.Annual
	}
	if r.opts.Templates == nil {
		go report.Prepare(k)
	} else {
		go r.Check()
	}
	if f == PDF {
		go r.pdfWriter()
	}
}

// namedWriters makes, once, the writers that name fonts rather than embed
// them: they ask for the families the font options choose (the family of a
// font file, when a file is named).
func (r *Renderer) namedWriters() error {
	r.namedOnce.Do(func() {
		fam := style.Families{Chosen: map[fonts.Face]string{}, Latin: r.opts.PDF.Fonts.Latin}
		for face, spec := range r.opts.PDF.Fonts.Faces {
			name, err := fonts.FamilyName(spec)
			if err != nil {
				r.namedErr = fmt.Errorf("%s字体 %s:%w", face, spec, err)
				return
			}
			fam.Chosen[face] = name
		}
		if l := fam.Latin; l != "" && l != style.NoLatin {
			name, err := fonts.FamilyName(l)
			if err != nil {
				r.namedErr = fmt.Errorf("西文字体 %s:%w", l, err)
				return
			}
			fam.Latin = name
		}
		r.html = html.New(html.Options{Families: fam})
		r.docx = docx.New(docx.Options{Families: fam})
	})
	return r.namedErr
}

// FontWarning is the notice that PDFs are set with stand-ins for missing
// 公文 fonts, naming each and its stand-in (fonts.Set.Warning), for the
// command line to print once per run; "" when every face has its font.
// It loads the fonts if no PDF was written yet; "" if they cannot load
// (writing a PDF reports that).
func (r *Renderer) FontWarning() string {
	pw, err := r.pdfWriter()
	if err != nil {
		return ""
	}
	return pw.Fonts().Warning()
}

func (r *Renderer) pdfWriter() (*pdf.Writer, error) {
	r.pdfOnce.Do(func() {
		r.pdf, r.pdfErr = pdf.New(r.opts.PDF)
	})
	return r.pdf, r.pdfErr
}

// dropCharts removes the charts of d, with their captions. The captions
// are numbered through the report, so removing every chart leaves no gap.
func dropCharts(d *doc.Document) {
	kept := d.Blocks[:0]
	for _, b := range d.Blocks {
		if _, ok := b.(*doc.Chart); !ok {
			kept = append(kept, b)
		}
	}
	d.Blocks = kept
}
