package report

import (
	"path/filepath"
	"reflect"
	"testing"

	"zongjie/internal/doc"
	"zongjie/internal/record"
)

// TestIssue checks the 公文 apparatus a report carries: none without a
// document section, the 版头 and 版记 it asks for, the 印发日期 from the
// report date when it gives none, text cleaned as all record text is.
func TestIssue(t *testing.T) {
	date := record.Date{Year: 2014, Month: 1, Day: 5}
	tests := []struct {
		name   string
		d      record.Document
		report record.Date
		want   *doc.Issue
	}{
		{"none", record.Document{}, date, nil},
		{"版头 only", record.Document{Authority: "永嘉县教育工会文件", Number: "永教工〔2014〕1号"}, date,
			&doc.Issue{Authority: "永嘉县教育工会文件", Number: "永教工〔2014〕1号"}},
		{"版记 dated by the report", record.Document{Printer: "办公室", CopyTo: []string{"县总工会", "县教育局"}}, date,
			&doc.Issue{Printer: "办公室", CopyTo: []string{"县总工会", "县教育局"}, Printed: "2014年1月5日"}},
		{"版记 with its own date", record.Document{Printer: "办公室", Printed: record.Date{Year: 2014, Month: 2, Day: 1}}, date,
			&doc.Issue{Printer: "办公室", Printed: "2014年2月1日"}},
		{"control characters dropped", record.Document{Authority: "工会\x01文件", Printer: "办\u0085公室"}, date,
			&doc.Issue{Authority: "工会文件", Printer: "办公室", Printed: "2014年1月5日"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := &record.Period{Document: tt.d}
			p.When.ReportDate = tt.report
			if got := issueOf(p); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("issueOf = %+v, want %+v", got, tt.want)
			}
		})
	}
}

// TestComposeIssue composes a report whose data asks for a 版头 and 版记.
func TestComposeIssue(t *testing.T) {
	res := result(t, []string{filepath.Join("..", "..", "examples", "yongjia-edu-2013.yaml")})
	res.Period.Document = record.Document{Authority: "永嘉县教育工会文件", Printer: "永嘉县教育工会办公室",
		Printed: record.Date{Year: 2014, Month: 1, Day: 5}}
	d, err := Compose(res, Annual, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !d.Masthead() || !d.Colophon() || d.Issue.Printed != "2014年1月5日" {
		t.Errorf("issue %+v", d.Issue)
	}
}
