package record

import "zongjie/internal/num"

// Host is the organisation the union belongs to (the school, the company,
// the hospital, the bureau, the 街道办事处), and figures of its own that a
// report cites as context: 产值, 营业收入, 招录人数. They are never mixed
// with the union's figures, never a base of a union rate.
type Host struct {
	Name       string      `yaml:"name" cn:"名称" zh:"所在单位名称" eg:"当阳市住房和城乡建设局"`
	Indicators []Indicator `yaml:"indicators" cn:"指标" zh:"所在单位的指标(只作背景)"`
}

// Indicator is one figure of the host organisation.
type Indicator struct {
	Label string `yaml:"label" cn:"名称" zh:"指标名称" eg:"营业收入" required:"true"`
	// One of Amount, Count, Value and Rate holds the figure.
	Amount *num.Money `yaml:"amount" cn:"金额" zh:"金额(元)"`
	Count  *int64     `yaml:"count" cn:"数量" zh:"数量(整数)"`
	// Value is a figure with decimals in Measure (36.15公里).
	Value *num.Decimal `yaml:"value" cn:"数值" zh:"带小数的数值(按 measure 计,如 36.15 公里)"`
	Rate  *num.Decimal `yaml:"rate" cn:"比率" zh:"比率(%)" rate:"true"`
	// Measure is the unit of Count: 人, 公里, 项 …
	Measure string `yaml:"measure" cn:"单位" zh:"数量的单位:人、公里、项……" eg:"公里"`
	Span    Span   `yaml:"span" cn:"统计时段" zh:"统计时段,与报告期不同时填写"`
	Note    string `yaml:"note" cn:"说明" zh:"补充说明"`
}
