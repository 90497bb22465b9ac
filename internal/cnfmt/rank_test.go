package cnfmt

import (
	"strings"
	"testing"
)

func TestRankList(t *testing.T) {
	tests := []struct {
		name  string
		items []Ranked
		want  string
	}{
		{"seed 000 片区 ranking", []Ranked{
			{"大岙学区", "156元", 1, false},
			{"岩头学区", "136元", 2, true},
			{"瓯北学区", "136元", 2, true},
			{"上塘学区", "123元", 4, true},
			{"直属学校", "123元", 4, true},
			{"永临学区", "115元", 6, false},
		}, "大岙学区156元，岩头学区、瓯北学区并列第二（均为136元），上塘学区、直属学校并列第四（均为123元），永临学区115元"},
		{"no ties", []Ranked{
			{"枫林镇中心小学", "248元", 1, false},
			{"大岙中学", "232元", 2, false},
			{"大岙学区", "222元", 3, false},
		}, "枫林镇中心小学248元、大岙中学232元、大岙学区222元"},
		{"tie at the top, three-way", []Ranked{
			{"甲", "98%", 1, true},
			{"乙", "98%", 1, true},
			{"丙", "98%", 1, true},
			{"丁", "90%", 4, false},
		}, "甲、乙、丙并列第一（均为98%），丁90%"},
		{"tie inside an excerpt (county top ten, 5th–7th)", []Ranked{
			{"瓯北二小", "186元", 5, true},
			{"朱涂小学", "186元", 5, true},
			{"实验小学", "183元", 7, false},
		}, "瓯北二小、朱涂小学并列第五（均为186元），实验小学183元"},
		{"names only", []Ranked{
			{"甲", "", 1, true},
			{"乙", "", 1, true},
			{"丙", "", 3, false},
		}, "甲、乙并列第一，丙"},
		{"names only, no ties", []Ranked{
			{"甲", "", 1, false},
			{"乙", "", 2, false},
		}, "甲、乙"},
		{"single", []Ranked{{"城北小学", "5000元", 1, false}}, "城北小学5000元"},
		{"trimmed names", []Ranked{{" 甲 ", "1元", 1, false}, {"乙", "0元", 2, false}}, "甲1元、乙0元"},
	}
	for _, tt := range tests {
		got, err := RankList(tt.items)
		if err != nil || got != tt.want {
			t.Errorf("%s: RankList = %q, %v; want %q", tt.name, got, err, tt.want)
		}
	}
}

func TestRankListErrors(t *testing.T) {
	tests := []struct {
		name  string
		items []Ranked
		in    string // a fragment the error message must contain
	}{
		{"empty", nil, "为空"},
		{"blank name", []Ranked{{" ", "1元", 1, false}}, "没有名称"},
		{"mixed values", []Ranked{{"甲", "1元", 1, false}, {"乙", "", 2, false}}, "不一致"},
		{"rank zero", []Ranked{{"甲", "1元", 0, false}}, "名次0无效"},
		{"out of order", []Ranked{{"甲", "1元", 2, false}, {"乙", "2元", 1, false}}, "未按名次排列"},
		{"same rank untied", []Ranked{{"甲", "1元", 1, false}, {"乙", "1元", 1, false}}, "未标为并列"},
		{"lone tie", []Ranked{{"甲", "2元", 1, true}, {"乙", "1元", 2, false}}, "没有与之并列"},
		{"tied values differ", []Ranked{{"甲", "2元", 1, true}, {"乙", "1元", 1, true}}, "数值不同"},
	}
	for _, tt := range tests {
		got, err := RankList(tt.items)
		if err == nil || got != "" {
			t.Errorf("%s: RankList = %q, %v; want an error", tt.name, got, err)
			continue
		}
		if !strings.Contains(err.Error(), tt.in) {
			t.Errorf("%s: error %q does not mention %q", tt.name, err, tt.in)
		}
	}
}

func TestPlace(t *testing.T) {
	tests := []struct {
		rank int
		tied bool
		want string
	}{
		{1, false, "第一"},
		{2, true, "并列第二"},
		{10, false, "第十"},
		{12, true, "并列第十二"},
	}
	for _, tt := range tests {
		if got := Place(tt.rank, tt.tied); got != tt.want {
			t.Errorf("Place(%d, %v) = %q, want %q", tt.rank, tt.tied, got, tt.want)
		}
	}
	mustPanic(t, "Place(0)", func() { Place(0, false) })
}
