package report

import (
	"reflect"
	"strings"

	"zongjie/internal/chart/catalog"
	"zongjie/internal/record"
)

// ReferenceFile is the name of the template reference that `zongjie
// templates export` writes beside the templates.
const ReferenceFile = "模板说明.md"

// funcDoc documents one template function for template authors.
type funcDoc struct {
	group string // the heading it is listed under
	call  string // how it is called, e.g. `v "指标"`
	doc   string // what it does, in Chinese
}

// funcDocs documents every function a template may call, in the order the
// reference lists them. TestReferenceCoversFuncs checks it against funcs.
var funcDocs = []funcDoc{
	{"结构", `title 文字…`, "报告标题,各部分直接连起来;每个模板必须有且只有一个"},
	{"结构", `section 栏目名 标题文字…`, "开始一个栏目;序号(一、（一）1.（1）)按嵌套层次自动编排;数据文件 text.headings 中的同名标题优先"},
	{"结构", `endsection`, "结束最近打开的栏目;每个 section 都要在同一层(同一个 define、if、range 之内)用 endsection 结束"},
	{"结构", `toplevel`, "说明以下内容在所有栏目之外(结束语、落款);此前本层打开的栏目必须已经结束"},
	{"结构", `p`, "开始一个正文段落(首行缩进两字)"},
	{"结构", `center`, "开始一个居中的段落(会议名称、报告人、日期)"},
	{"结构", `left`, "开始一个顶格、不缩进的段落(称呼:各位代表、同志们：)"},
	{"结构", `right`, "开始一个落款段落"},
	{"结构", `item`, "开始一条编号的工作事项(1. 2. ……),每个标题下从1编起;标题下只有一条时不编号"},
	{"结构", `br`, "段落内换行"},
	{"结构", `seq`, "要点的开头:一是、二是……,在栏目内删去缺失的句子之后连续编号"},
	{"结构", `keep`, "本栏目即使没有任何数字也保留"},
	{"结构", `signature`, "落款:工会名称,有报告日期时下面一段写成文日期"},
	{"结构", `table 行…`, "表格;每个参数是一行(用 list 写),第一行是表头,第一列是名称,其余各列是数字"},
	{"结构", `chart "图表"`, "在此处放一幅图,图下有按全文编号的图题(图1 ……);数据不足以成图时不放,也不留图题。图表:" + chartList()},

	{"文字", `narrate 栏目名`, "数据中这一方面的事实,由程序按事项分段写出(每件事用它自己的动词和量词);换届报告写整个任期"},
	{"文字", `brief 栏目名`, "narrate 的简短版:这一栏目数据的第一段,加上这一栏目的全部活动合为一段(职代会工作报告的回顾比年度总结简短,但开头统计的活动都要讲到),之后是经办人为这一栏目写的段落(同 work)"},
	{"文字", "trains", "劳动竞赛栏目是否讲到职工培训(培训期数、人次或培训活动):讲话稿的栏目标题据此写不写“和职工培训”"},
	{"文字", "trainingOnly", "劳动竞赛栏目是否只有培训(没有劳动竞赛、创新项目和安全检查):栏目标题据此写“加强职工教育培训”"},
	{"文字", "safetyWork", "劳动竞赛栏目讲的是否是安全生产(和培训)而没有劳动竞赛(学校、医院、机关除外):栏目标题据此写“抓好安全生产”"},
	{"文字", "rests", "职工福利栏目是否讲到疗休养(记录或经办人的段落):栏目标题据此写“做好疗休养工作”"},
	{"文字", "bargainingOnly", "民主管理栏目是否只讲集体协商和集体合同(没有职代会、会议和别的数字):栏目标题据此写“深入推进集体协商”"},
	{"文字", "bargainingFirst", "民主管理栏目是否以集体协商开头、另有别的数字而没有职代会:栏目标题据此写“推进集体协商，深化民主管理”"},
	{"文字", "statesAims 文字", "经办人写的指导思想是否已写明“围绕中心、服务大局”“团结动员…作出贡献”等目标:是则照写,不再接常用语"},
	{"文字", `meeting`, "本期召开的大会名称:平阳县人民医院第四届第三次职工代表大会(democracy.term、democracy.meeting)"},
	{"文字", `highlights`, "本期主要数字,一句话:会员人数、慰问、捐款、提案、活动、荣誉"},
	{"文字", `host`, "所在单位的指标(host.indicators),只作背景:这一年，东塔机械有限公司完成营业收入6.8亿元、工业总产值7.1亿元。"},
	{"文字", `proposals`, "上次大会以来提案的办理情况:收到、立案、办结、落实,以及 democracy.proposal_examples 中的实例"},
	{"文字", `clerk 栏目名`, "经办人为该栏目写的段落(数据文件 text.sections),每段一个段落;换届报告用各年的段落"},
	{"文字", `work 栏目名`, "narrate 栏目名 接着 clerk 栏目名;两者相接处只有一句短话的段落并入相邻的段落"},
	{"文字", `paras 列表`, "列表中的每段文字各成一个段落"},
	{"文字", `join 列表`, "用“、”连接各项(没有填写的项略去)"},
	{"文字", `joinAnd 列表`, "用“、”连接,最后一项前用“和”"},
	{"文字", `clause 文字`, "去掉末尾的句号、分号、逗号,以便接着写"},
	{"文字", `quote 文字`, "加上双引号,文字里原有的双引号改为单引号:“继续提升‘五型工会’建设成效”"},
	{"文字", `sentence 文字`, "以句号结尾的一句话"},
	{"文字", `hanzi 数`, "用汉字写的数:三、十二"},
	{"文字", `monthName 月`, "月份名称:九月份"},
	{"文字", `list 项…`, "把几项组成一个列表(给 table、join 等用)"},
	{"文字", `append 列表 项…`, "在列表后面添加项"},
	{"文字", `missing`, "一个缺失的数:所在的句子会被删去"},
	{"文字", `data`, "标记所在句子含有数据(栏目因此保留),本身不输出"},
	{"文字", `hasSuffix 文字 结尾`, "文字是否以指定的结尾结束"},

	{"指标", `v "指标"`, "全单位的指标,按报告写法带单位输出(89.94%、767.13万元);指标名见 zongjie metrics"},
	{"指标", `vfor "指标" 对象`, "某个分组、单位、类别或慰问批次的指标"},
	{"指标", `change "指标"`, "同比:比上年增长4.5%、比上年提高3.1个百分点(给出上一年的数据文件时才有)"},
	{"指标", `compared "指标"`, "是否有同比可写(用在 if 中)"},
	{"指标", `hasRanking "排名"`, "排名是否有两项以上可排(用在 if 中)"},
	{"指标", `ranking "排名"`, "按名次写出的排名,并列写作“并列第二”"},
	{"指标", `rankingTop "排名"`, "前若干名的排名保留几名(汉字:十)"},
	{"指标", `rankingTied "排名"`, "前若干名的排名是否因并列多列了几个(用在 if 中:前十位（含并列）)"},
	{"指标", `rankingAll "排名"`, "排名是否列出了全部有数字的单位(用在 if 中:全部列出时写“依次为”,不写“前九位”)"},
	{"指标", `groupBest "排名"`, "各分组的第一名:岩头学区的枫林镇中心小学248元,……"},
	{"指标", `bands`, "人均工会支出分档统计(用在 if 中)"},
	{"指标", `bandCounts 档`, "某一档(total、at_least、below、zero)的工会数,按单位类别写出"},
	{"指标", `bandLine`, "人均工会支出分档线:1000元"},
	{"指标", `problems`, "存在的问题:数据发现的问题,然后是经办人写的问题"},
	{"指标", `experience`, "换届报告的基本经验:经办人写的(text.experience),否则按各年数据归纳三四条"},
	{"指标", `advice`, "换届报告对新一届委员会的建议:经办人写的(text.advice),否则按问题、任期内下降的指标和任期目标(targets 中写 year 的)提出"},
	{"指标", `tasks`, "职代会工作报告的今后工作任务(经办人没有写 text.plan 时):按工作的方面分组,每组一个标题(.Heading)和几条事项(.Items):先是这方面的常规工作和本会每年都做的(送温暖、金秋助学、安康保险、职工书屋),再是针对存在问题的措施;经办人写了 text.advice 时为空"},
	{"指标", `measures`, "工作要点的保障措施:经办人写的(text.measures),否则按常规拟写(组织领导、队伍建设、经费保障、督促检查);text.plan 中已有保障措施一组时为空"},
	{"指标", `targets`, "下一期的目标,每个一句"},
	{"指标", `targetChecks`, "上一期计划所定目标的完成情况,每个一句"},
	{"指标", `targetsFrom`, "提出这些目标的时期:2013年"},
	{"指标", `targetsMissed`, "本期有没有未完成的目标(用在 if 中:有时开头不说“较好地完成了各项工作任务”)"},
	{"指标", `firstV "指标"`, "给出的第一年的指标(换届报告)"},
	{"指标", `total "指标"`, "各年人数或金额之和(换届报告)"},
	{"指标", `growth "指标"`, "由第一年到最近一年的方向:增加到、减少到、提高到、下降到"},
	{"指标", `seriesTable "指标"…`, "各年指标一览表,每年一行"},

	{"记录", `parts 列表 单位`, "名称和数量:民办中小学6所、民办幼儿园182所"},
	{"记录", `participation 参与情况`, "捐款活动某类单位的参与情况:122所公办中小学中有121所参加"},
	{"记录", `recipients 慰问批次`, "慰问对象和人数:145名在职家庭困难教师和80名困难离退休教师"},
	{"记录", `results 活动`, "活动的成绩:以462分的总成绩荣获总成绩第一名"},
	{"记录", `teamResult 活动`, "活动是否有团体成绩"},
	{"记录", `completion 完成率`, "任务完成情况:全额完成任务、超额完成任务、任务完成率为80%"},
	{"记录", `activitiesOf 栏目名`, "写在该栏目中的活动"},
	{"记录", `span 开始 结束`, "日期或日期段:3至5月、9月19日至27日(报告年度以外的日期带年份)"},
	{"记录", `when 日期`, "一个日期,写法同 span"},
	{"记录", `numbered 列表`, "一行写完的编号事项:1、……；2、……。(只有一项时不编号)"},
	{"记录", `excludesCollective`, "人均捐款排名是否不含集体捐款"},
}

// wordDocs documents the words of .W, which the program works out from the
// records so templates need not.
var wordDocs = []struct{ name, doc string }{
	{"Short", "行文中的简称(organisation.short_name,没有时用全称)"},
	{"Staff", "职工的称呼(按行业,或 organisation.words.staff):教职工、职工、医务人员、干部职工"},
	{"Unit", "基层单位的量词:所、家、个"},
	{"UnitName", "基层单位的称呼:学校、车间、科室、处室、企业"},
	{"Ranked", "单位表排名时单位的称呼:经办人写的 words.unit(工会小组、车间),不写为“单位”"},
	{"Host", "所在单位在行文中的称呼:学校、公司、医院、机关、街道"},
	{"Whole", "报告所代表的整体:全县、全镇、全系统、全院、全校、全公司、全局"},
	{"Groups", "各分组的合称:各学区、各片区"},
	{"Missing", "多年的报告中没有数据文件的年份:2023年;没有时为空"},
	{"Sector", "所在行业:学校、企业、医院、机关、街道乡镇、地方总工会(organisation.sector,不写时按组织类型和名称判断)"},
	{"Regional", "是否管辖一个地区或系统的基层工会(教育工会、街道乡镇总工会、联合会、地方总工会),是为 true"},
	{"Grassroots", "是否有下属基层工会(用在 if 中)"},
	{"Branches", "下属工会的称呼:各基层工会(总工会、联合会),各分工会(一个单位的工会)"},
	{"Support", "支持工作的一方(organisation.support,不写时按组织类型):各基层工会、学校行政、医院行政、机关各处室"},
	{"Cause", "工作服务的大局(“为……作出新的贡献”):organisation.centre,不写时为 全区经济社会发展、医院各项事业的发展 等"},
	{"Guidance", "具体指导工作的一方(organisation.guidance),没有时为空"},
	{"Led", "在谁的领导下工作(organisation.leadership,顿号相连);地方总工会没有写时为县委、市委或区委,其余没有时为空"},
	{"Body", "职工代表大会的名称:职代会、教代会"},
	{"Open", "公开工作的名称:校务公开、厂务公开、政务公开"},
	{"Harmony", "维权栏目标题的后半句:“，构建和谐劳动关系”;机关(公务员没有劳动关系)为空"},
	{"Committee", "本届委员会:第三届委员会"},
	{"Addressed", "讲话稿称呼的听众:代表;在全委会(democracy.body 写 全委会、全委（扩大）会议)上为 委员"},
	{"Assembly", "讲话稿报告工作的会议:大会;在全委会上为 全会"},
	{"Mandator", "讲话稿受谁委托:工会名称加本届委员会;在全委会上为本届常务委员会"},
	{"NamedCommittee", "工会名称加本届委员会:某某公司工会第三届委员会(名称已是“…工会委员会”时不重复“委员会”)"},
	{"TermDue", "本届委员会任期是否已满(用在 if 中;按 organisation.committee 的选举年份和任期)"},
	{"This", "本期的说法:本年度、上半年、本学期;多年的数据为 五年来"},
	{"All", "全期的说法:全年、上半年、本学期;多年的数据为 五年"},
	{"PartWork", "“较好地完成了……各项工作任务”中的期间;多年的数据为空"},
	{"Lead", "开头段的引出语:现将今年工作总结如下：(报告日期在次年时为 现将2025年工作总结如下：)"},
	{"NextLabel", "下一期:2014年、2014年下半年"},
	{"NextPart", "半年总结中的下一期:下半年"},
	{"Ahead", "结尾展望下一期的说法:在新的一年里;上半年之后为 下半年;一个学期之后为 在新的学期里"},
	{"FirstLabel", "给出的第一期:2019年"},
	{"LastLabel", "给出的最近一期:2023年"},
	{"Years", "给出的数据所含的年数:五年"},
	{"TermSpan", "给出的期间:2019—2023年"},
}

// Reference returns the template reference in Chinese Markdown: how
// templates work, every function, the words of .W and every field of the
// records as templates read them. `zongjie help templates` prints it and
// `zongjie templates export` writes it beside the templates.
func Reference() string {
	var b strings.Builder
	b.WriteString(`# zongjie 报告模板说明

每种报告一个模板文件(annual 年度总结、halfyear 半年总结、congress 职代会工作报告、term 换届工作报告、
plan 工作要点),各种报告共用的部分在 common.md.tmpl。模板用 Go 的 text/template 语法:{{ }} 之间是
指令,其余是照原样输出的文字。

- 换行和空行没有意义:相邻的文字连在一起,所以可以随意缩进和换行。用 {{p}} 开始段落,
  {{section "栏目名" "标题"}} …… {{endsection}} 写出带序号的栏目。
- 没有填写或无法计算的数,连同它所在的整句话(到。；！？为止)一起删去,所以每个数要写在需要它的那句话里;
  可以用 {{if (v "指标").OK}} …… {{end}} 选择说法。
- 没有任何数字或经办人文字的栏目会被删去,后面栏目的序号随之前移。
- 数据文件中的文字按原样输出,不会被当作模板指令或 Markdown 标记执行。
- 模板的文字中可以用 **加粗**(黑体)和 *强调*(楷体)。
- 模板出错时,zongjie 指出文件、行、列和原因;用 zongjie render --templates 目录 试用修改后的模板。

`)
	group := ""
	for _, f := range funcDocs {
		if f.group != group {
			group = f.group
			b.WriteString("\n## 函数:" + group + "\n\n")
		}
		b.WriteString("- `{{" + f.call + "}}`:" + f.doc + "\n")
	}
	b.WriteString("\n## 程序推算的用语(.W)\n\n")
	for _, w := range wordDocs {
		b.WriteString("- `.W." + w.name + "`:" + w.doc + "\n")
	}
	b.WriteString(`
## 数据(记录中的字段)

模板中用字段的英文名读取数据文件中的值,如 {{.Membership.Staff}};每个值都有 .OK(是否填写)。
.Period 是报告期,另有 .Period.Label(2013年、2014年上半年)、.Period.IsYear、.Period.IsHalf;
.Periods 是给出的各期(换届报告),.History 是最近一期以前的各期。

`)
	writeFields(&b, reflect.TypeFor[record.Period](), ".", 0)
	return b.String()
}

// chartList lists the chart ids with what each shows.
func chartList() string {
	var parts []string
	for _, id := range catalog.IDs() {
		parts = append(parts, id+"("+catalog.About(id)+")")
	}
	return strings.Join(parts, "、")
}

// writeFields lists the fields templates see of struct type t, nested.
func writeFields(b *strings.Builder, t reflect.Type, prefix string, depth int) {
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if !f.IsExported() || f.Tag.Get("yaml") == "-" {
			continue
		}
		ft := f.Type
		list := ""
		for ft.Kind() == reflect.Pointer || ft.Kind() == reflect.Slice {
			if ft.Kind() == reflect.Slice {
				list = "(列表,用 range 逐项读取)"
			}
			ft = ft.Elem()
		}
		name := prefix + f.Name
		b.WriteString(strings.Repeat("  ", depth) + "- `" + name + "`:" + f.Tag.Get("zh") + list + "\n")
		if ft.Kind() == reflect.Struct && !isValueType(ft) {
			next := name + "."
			if list != "" {
				next = "."
			}
			writeFields(b, ft, next, depth+1)
		}
	}
}

// isValueType reports whether t is a record type that templates see as one
// value (a date, an amount, a decimal), not as fields.
func isValueType(t reflect.Type) bool {
	return t == typeDate || t == typeMoney || t == typeDecimal
}
