package report

import "testing"

func TestEscapeText(t *testing.T) {
	cases := []struct{ in, want string }{
		{"**不加粗**", `\*\*不加粗\*\*`},
		{"<script>alert(1)</script>", `\<script\>alert(1)\</script\>`},
		{"{{ .Org.Name }}", `\{\{ .Org.Name \}\}`},
		{"民办学校(幼儿园)", "民办学校（幼儿园）"},
		{"大部分为校级干部,也有个别工会主席", "大部分为校级干部，也有个别工会主席"},
		{"1,234 and (a)", "1,234 and (a)"},
		{"a\x01b\x1ec", "abc"},
		{"中\ufffe!\uffff", "中！"}, // noncharacters go before punctuation is widened
		{"[链接](http://x)", `\[链接\](http://x)`},
		{"&amp;", `\&amp;`},
		{`参学1,300余人次.开展"最美医务工作者"选树8期.`, "参学1,300余人次。开展“最美医务工作者”选树8期。"},
		{"人均3.5万元,v1.2版", "人均3.5万元，v1.2版"},
		{`他说"好"又说"`, `他说"好"又说"`}, // an odd number: left as typed
		{`say "hi" twice`, `say "hi" twice`},
		{"第一行.\n第二行", "第一行。\n第二行"},
		{"二.加强组织建设.\n十一.其他", "二、加强组织建设。\n十一、其他"},
		{`做到"一户一档".住院必访`, "做到“一户一档”。住院必访"},
		{"荣获市五.一劳动奖章,开展三.八节活动", "荣获市五.一劳动奖章，开展三.八节活动"},
		{"三.八红旗集体\n十二.五规划\n二. 加强组织建设", "三.八红旗集体\n十二.五规划\n二、 加强组织建设"},
	}
	for _, c := range cases {
		if got := escapeText(c.in); got != c.want {
			t.Errorf("escapeText(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
