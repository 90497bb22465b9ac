package record

import "zongjie/internal/num"

// StatedRate is a rate a report states: 持卡率76.1%, 会员参赛率98%以上,
// 满意程度80%以上, 女会员占71.5%. Without a base it is kept as stated; with
// Part and Whole it is audited against the computed rate, at the precision
// it was written with.
type StatedRate struct {
	Label string `yaml:"label" cn:"名称" zh:"比率名称" eg:"会员参赛率" required:"true"`
	// Rate is in percent; it may be approximate ("98%以上").
	Rate *num.Decimal `yaml:"rate" cn:"比率" zh:"比率(%),如 76.1、98%以上" required:"true" rate:"true" roll:"rate=part/whole,part_amount/whole_amount"`
	// Section is the report section it belongs to (SectionIDs).
	Section string `yaml:"section" cn:"栏目" zh:"属于哪个栏目(栏目名见 zongjie help sections)" eg:"activities" roll:"key"`
	// Part and Whole are the rate's base, when the source gives it: counts,
	// or amounts (PartAmount, WholeAmount) for a rate of money (划拨率).
	Part        *int64     `yaml:"part" cn:"分子" zh:"分子(如 参赛会员数)"`
	Whole       *int64     `yaml:"whole" cn:"分母" zh:"分母(如 会员总数)"`
	PartAmount  *num.Money `yaml:"part_amount" cn:"分子金额" zh:"分子是金额时填这里(元),如 划拨经费"`
	WholeAmount *num.Money `yaml:"whole_amount" cn:"分母金额" zh:"分母是金额时填这里(元),如 应拨缴经费"`
	Span        Span       `yaml:"span" cn:"统计时段" zh:"统计时段,与报告期不同时填写"`
	Note        string     `yaml:"note" cn:"说明" zh:"补充说明"`
}

// Figure is a figure a report states that no field holds: "对辖区5户特困
// 家庭落实了低保". It is worded as Label + figure + Measure in its section.
type Figure struct {
	Section string `yaml:"section" cn:"栏目" zh:"属于哪个栏目(栏目名见 zongjie help sections)" eg:"relief" roll:"key"`
	Label   string `yaml:"label" cn:"名称" zh:"说的是什么" eg:"特困家庭落实最低生活保障" required:"true"`
	// One of Count and Amount holds the figure.
	Count   *int64     `yaml:"count" cn:"数量" zh:"数量"`
	Amount  *num.Money `yaml:"amount" cn:"金额" zh:"金额(元)"`
	Measure string     `yaml:"measure" cn:"量词" zh:"数量的量词:人、户、个、项、次、条……" eg:"户" roll:"key"`
	Span    Span       `yaml:"span" cn:"统计时段" zh:"统计时段,与报告期不同时填写"`
	Note    string     `yaml:"note" cn:"说明" zh:"补充说明"`
}
