package record

import "unicode/utf8"

// Document says how a report is issued as an official document (公文):
// the 版头 above its title — the 发文机关标志 in red, the 发文字号, a red
// rule — and the 版记 at the foot of its last page — the 抄送机关, the
// 印发机关 and the 印发日期 between rules (GB/T 9704 §7.2, §7.4). Both are
// off unless the data asks for them: a report has a 版头 when Authority is
// given, a 版记 when Printer is.
type Document struct {
	Authority string   `yaml:"authority" cn:"发文机关标志" zh:"版头的发文机关标志(红色大字);不写则没有版头" eg:"永嘉县教育工会文件"`
	Number    string   `yaml:"number" cn:"发文字号" zh:"发文字号,印在发文机关标志下" eg:"永教工〔2014〕1号"`
	CopyTo    []string `yaml:"copy_to" cn:"抄送" zh:"版记的抄送机关,一个机关一项" eg:"县总工会"`
	Printer   string   `yaml:"printer" cn:"印发机关" zh:"版记的印发机关;不写则没有版记" eg:"永嘉县教育工会办公室"`
	Printed   Date     `yaml:"printed" cn:"印发日期" zh:"印发日期,不写用报告日期(period.report_date)" eg:"2014-01-05"`
}

// maxAuthorityRunes bounds the 发文机关标志, which is set on one line.
const maxAuthorityRunes = 30

// document checks the document section: a 发文字号 under an authority, a
// 版记 with its 印发机关 and a date to print, each 抄送机关 named.
func (v *validator) document() {
	d := v.p.Document
	if d.Number != "" && d.Authority == "" {
		v.errorf("document.number", "写了发文字号,请同时写发文机关标志 document.authority(如“某某工会文件”),否则没有版头")
	}
	if n := utf8.RuneCountInString(d.Authority); n > maxAuthorityRunes {
		v.errorf("document.authority", "发文机关标志有 %d 个字,超过了 %d 个字,印在一行上放不下;请用简称", n, maxAuthorityRunes)
	}
	for i, c := range d.CopyTo {
		if c == "" {
			v.errorf(indexPath("document.copy_to", i), "抄送机关是空的;请写上机关名称或删去这一项")
		}
	}
	if d.Printer == "" {
		if len(d.CopyTo) > 0 {
			v.errorf("document.copy_to", "写了抄送机关,请同时写印发机关 document.printer,否则没有版记")
		}
		if !d.Printed.IsZero() {
			v.errorf("document.printed", "写了印发日期,请同时写印发机关 document.printer,否则没有版记")
		}
		return
	}
	printed := d.Printed
	path := "document.printed"
	if printed.IsZero() {
		printed, path = v.p.When.ReportDate, "period.report_date"
	}
	switch {
	case printed.IsZero():
		v.errorf("document.printer", "版记要写印发日期;请写 document.printed 或报告日期 period.report_date(如 2014-01-05)")
	case printed.Month == 0 || printed.Day == 0:
		v.errorf(path, "印发日期要写到日(如 2014-01-05),这里是 %s", printed)
	}
}

// IssueDate is the 印发日期 of the 版记: Printed, else the report date.
func (d Document) IssueDate(p *Period) Date {
	if !d.Printed.IsZero() {
		return d.Printed
	}
	return p.When.ReportDate
}

// documentExamples are each sector's examples of the document section
// for `zongjie init --sector` (see sectorExamples); they are kept here,
// with the section, and added to sectorExamples when the package loads.
var documentExamples = map[string]map[string]string{
	SectorEnterprise: {"document.authority": "东塔机械有限公司工会文件", "document.number": "东塔工〔2024〕1号",
		"document.copy_to": "大东区总工会", "document.printer": "东塔机械有限公司工会办公室"},
	SectorHospital: {"document.authority": "平阳县人民医院工会文件", "document.number": "平医工〔2024〕1号",
		"document.copy_to": "平阳县卫生健康系统工会", "document.printer": "平阳县人民医院工会办公室"},
	SectorGovernment: {"document.authority": "平川县交通运输局机关工会文件", "document.number": "平交工〔2024〕1号",
		"document.copy_to": "平川县直机关工会工作委员会", "document.printer": "平川县交通运输局机关工会办公室"},
	SectorTownship: {"document.authority": "思礼镇工会联合会文件", "document.number": "思工〔2024〕1号",
		"document.copy_to": "济源示范区总工会", "document.printer": "思礼镇工会联合会办公室"},
	SectorLocal: {"document.authority": "云溪县总工会文件", "document.number": "云工〔2025〕1号",
		"document.copy_to": "丽川市总工会", "document.printer": "云溪县总工会办公室"},
}

func init() {
	for sector, examples := range documentExamples {
		for path, eg := range examples {
			sectorExamples[sector][path] = eg
		}
	}
}
