package report

import (
	"zongjie/internal/cnfmt"
	"zongjie/internal/doc"
	"zongjie/internal/record"
)

// issueOf is the 公文 apparatus the data asks for (record.Document: a 版头,
// a 版记), nil when it asks for none, the default.
func issueOf(p *record.Period) *doc.Issue {
	d := p.Document
	if d.Authority == "" && d.Printer == "" {
		return nil
	}
	is := &doc.Issue{Printer: doc.CleanText(d.Printer)}
	if d.Authority != "" {
		is.Authority, is.Number = doc.CleanText(d.Authority), doc.CleanText(d.Number)
	}
	if is.Printer != "" {
		for _, c := range d.CopyTo {
			if c = doc.CleanText(c); c != "" {
				is.CopyTo = append(is.CopyTo, c)
			}
		}
		date := d.IssueDate(p)
		if s, err := cnfmt.Date(date.Year, date.Month, date.Day); err == nil {
			is.Printed = s
		}
	}
	return is
}
