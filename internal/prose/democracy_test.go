package prose

import (
	"slices"
	"strings"
	"testing"
)

func TestOneVerb(t *testing.T) {
	tests := []struct {
		name string
		in   []string
		want []string
	}{
		{"kinds with figures after semicolons",
			[]string{"签订区域性工资专项集体合同21份，覆盖企业1380家。", "签订行业性工资专项集体合同9份，覆盖企业620家。", "签订女职工专项集体合同1860份。"},
			[]string{"签订区域性工资专项集体合同21份，覆盖企业1380家；行业性工资专项集体合同9份，覆盖企业620家；女职工专项集体合同1860份。"}},
		{"bare kinds in a list",
			[]string{"签订集体合同。", "签订工资专项集体合同。"},
			[]string{"签订集体合同和工资专项集体合同。"}},
		{"another verb starts a run of its own",
			[]string{"续签集体合同，覆盖职工500人。", "签订工资专项集体合同。", "签订女职工专项集体合同。"},
			[]string{"续签集体合同，覆盖职工500人。", "签订工资专项集体合同和女职工专项集体合同。"}},
		{"a dated sentence or one with a note stands alone",
			[]string{"3月，与公司签订集体合同。", "签订工资专项集体合同。经职代会审议通过。", "签订女职工专项集体合同。"},
			[]string{"3月，与公司签订集体合同。", "签订工资专项集体合同。经职代会审议通过。", "签订女职工专项集体合同。"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := oneVerb(tt.in); !slices.Equal(got, tt.want) {
				t.Errorf("oneVerb(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

// TestMeetingToldByTheClerk: a congress meeting the clerk's paragraph
// tells (召开一届十二次职工代表大会，审议…), in any of the ways it is named,
// is not told again beside it; its proposals still are.
func TestMeetingToldByTheClerk(t *testing.T) {
	for _, c := range []struct {
		clerk string
		told  bool // the records' sentence tells the meeting
	}{
		{"", true},
		{"召开一届十二次职工代表大会,审议通过了《职工安置方案》。", false},
		{"召开第一届第十二次职工代表大会,审议通过了《职工安置方案》。", false},
		{"召开职工座谈会3次。", true},
		{"学习贯彻市总工会十一届十二次全委会精神。", true},
		{"一届十二次会议期间，收到提案108件。", true},
	} {
		text := ""
		if c.clerk != "" {
			text = "text: {sections: {democracy: [" + c.clerk + "]}}\n"
		}
		p := parse(t, "organisation: {name: 某厂工会, sector: 企业}\nperiod: {year: 2011}\ndemocracy: {body: 职代会, term: 1, meeting: 12, proposals: 108}\n"+text)
		got := paras(New(run(t, nil, p), false).Narrate("democracy"))
		if strings.Contains(got, "召开一届十二次职代会。") != c.told || !strings.Contains(got, "提案108件") {
			t.Errorf("clerk %q: got\n%s", c.clerk, got)
		}
	}
}
