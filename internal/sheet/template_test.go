package sheet

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"zongjie/internal/pipeline"
	"zongjie/internal/record"
	"zongjie/internal/report"
)

// clerk fills a workbook as a person does in a spreadsheet program: by
// finding the row of a key or the next free row, and typing into cells.
type clerk struct {
	t *testing.T
	f *excelize.File
}

func openClerk(t *testing.T, data []byte) *clerk {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	return &clerk{t: t, f: f}
}

// rowOf finds the row whose column A reads key.
func (c *clerk) rowOf(sheet, key string) int {
	c.t.Helper()
	rows, err := c.f.GetRows(sheet)
	if err != nil {
		c.t.Fatal(err)
	}
	for i, r := range rows {
		if len(r) > 0 && r[0] == key {
			return i + 1
		}
	}
	c.t.Fatalf("%s has no row %s", sheet, key)
	return 0
}

// fill types a value into column B of the key's row.
func (c *clerk) fill(sheet, key string, v any) {
	c.t.Helper()
	c.set(sheet, "B"+itoa(c.rowOf(sheet, key)), v)
}

// more inserts a row under the key's row and types the list's next item.
func (c *clerk) more(sheet, key string, v any) {
	c.t.Helper()
	r := c.rowOf(sheet, key)
	if err := c.f.InsertRows(sheet, r+1, 1); err != nil {
		c.t.Fatal(err)
	}
	c.set(sheet, "B"+itoa(r+1), v)
}

// column finds the column headed name in row 1.
func (c *clerk) column(sheet, name string) string {
	c.t.Helper()
	rows, _ := c.f.GetRows(sheet)
	for i, h := range rows[0] {
		if h == name {
			return record.ColumnName(i + 1)
		}
	}
	c.t.Fatalf("%s has no column %s", sheet, name)
	return ""
}

// row types one row of a table at row n, by column name.
func (c *clerk) row(sheet string, n int, values map[string]any) {
	c.t.Helper()
	for name, v := range values {
		c.set(sheet, c.column(sheet, name)+itoa(n), v)
	}
}

func (c *clerk) set(sheet, cell string, v any) {
	c.t.Helper()
	if err := c.f.SetCellValue(sheet, cell, v); err != nil {
		c.t.Fatal(err)
	}
}

func (c *clerk) save() []byte {
	c.t.Helper()
	buf, err := c.f.WriteToBuffer()
	if err != nil {
		c.t.Fatal(err)
	}
	return buf.Bytes()
}

func itoa(n int) string { return strconv.Itoa(n) }

// filledHospital is the hospital template of an annual report filled in
// as testdata/filled-hospital.yaml says: numbers typed as numbers and as
// text, 9.6万, a date cell and dates as text, a list continued on an
// inserted row, a blank row and a totals row in 单位, an activity's results
// in its own sheet, Chinese names picked from the drop-down lists, the
// example rows left in place.
func filledHospital(t *testing.T) []byte {
	p := &record.Period{}
	p.Org.Sector = record.SectorHospital
	tpl, err := Workbook(p, Options{Template: true, Kind: "annual", Sector: "hospital"})
	if err != nil {
		t.Fatal(err)
	}
	c := openClerk(t, tpl)
	b := sheetBasic
	c.fill(b, "工会名称", "平阳县人民医院工会")
	c.fill(b, "简称", "院工会")
	c.fill(b, "组织类型", "医院")
	c.fill(b, "领导", "医院党委")
	c.more(b, "领导", "县卫生健康系统工会")
	c.fill(b, "委员会/届次", 4)
	c.fill(b, "委员会/选举年份", "2021")
	c.fill(b, "年度", 2023)
	c.fill(b, "报告日期", time.Date(2023, 12, 20, 0, 0, 0, 0, time.UTC))
	c.fill(b, "职工总数", 860)
	c.fill(b, "会员数", "852")
	c.fill(b, "女职工人数", 610)
	c.fill(b, "工会科目支出", "76.5万")
	c.fill(b, "划拨经费", 765000)

	c.row("分组", 4, map[string]any{"名称": "内科片", "类别": "分会"})
	c.row("分组", 5, map[string]any{"名称": "外科片", "类别": "分会"})
	c.row("分组", 6, map[string]any{"名称": "机关片", "类别": "分会"})

	u := "单位"
	c.row(u, 4, map[string]any{"序号": 1, "单位名称": "内科", "分组": "内科片", "单位类别": "科室", "单位类型": "临床科室", "职工人数": 320, "会员人数": 318, "已建会": "是"})
	c.row(u, 5, map[string]any{"序号": 2, "单位名称": "外科", "分组": "外科片", "单位类别": "科室", "单位类型": "临床科室", "职工人数": "300", "会员人数": 298, "已建会": "是"})
	c.row(u, 7, map[string]any{"序号": 3, "单位名称": "行政后勤", "分组": "机关片", "单位类别": "处室", "单位类型": "职能科室", "职工人数": 240, "会员人数": "236",
		"已建会": "是", "建会日期": time.Date(2019, 3, 8, 0, 0, 0, 0, time.UTC)})
	c.row(u, 8, map[string]any{"序号": "合计", "职工人数": 860, "会员人数": "852"})

	r := "慰问帮扶"
	c.row(r, 4, map[string]any{"事由": "春节送温暖", "类别": "慰问金", "日期": "2023年1月", "对象": "困难职工", "人数": 32, "金额": "9.6万"})
	c.row(r, 5, map[string]any{"事由": "护士节慰问", "类别": "慰问品", "日期": "2023-05-12", "对象": "一线护理人员", "人数": 420})
	c.row("慰问帮扶-物品", 4, map[string]any{"所属慰问帮扶": "护士节慰问", "物品": "慰问品", "数量": 420, "量词": "份"})

	a := "活动"
	c.row(a, 4, map[string]any{"日期": time.Date(2023, 5, 12, 0, 0, 0, 0, time.UTC), "活动名称": "护士节护理技术操作比赛", "类别": "技能", "级别": "本单位", "角色": "主办", "参加人数": 86})
	c.row("活动-成绩", 4, map[string]any{"所属活动": "护士节护理技术操作比赛", "获奖者": "内科张丽", "奖项": "一等奖", "名次": 1})
	c.row("活动-成绩", 5, map[string]any{"所属活动": 1, "获奖者": "外科王芳", "奖项": "二等奖"})

	c.row("荣誉", 4, map[string]any{"获得者": "院工会", "荣誉": "模范职工之家", "级别": "市", "类型": "称号", "集体或个人": "集体"})
	c.row("比率", 4, map[string]any{"名称": "会员参赛率", "比率": "98%以上", "栏目": "文体活动"})
	c.row("目标", 4, map[string]any{"指标": "慈善捐款", "目标金额": "20万"})

	x := sheetText
	c.fill(x, "栏目/组织建设", "全年新发展会员二十余人,各分会按期完成换届。")
	c.fill(x, "存在问题", "个别科室工会活动较少。")
	c.more(x, "存在问题", "经费使用的计划性有待加强。")
	return c.save()
}

// TestTemplateFilled: the template of `zongjie init --xlsx`, filled in as
// a clerk does, passes check, reads back to the same records as the
// equivalent YAML, and renders every kind of report that fits one year.
func TestTemplateFilled(t *testing.T) {
	data := filledHospital(t)
	p, err := record.ParseAndValidate("模板.xlsx", data, record.DefaultLimits)
	if err != nil {
		t.Fatalf("the filled template does not pass check:\n%v", err)
	}
	want, err := record.LoadAndValidate(filepath.Join("testdata", "filled-hospital.yaml"), record.DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	if d := differences(want, p); len(d) > 0 {
		t.Fatalf("the filled template reads differently from its YAML:\n%s", strings.Join(d, "\n"))
	}
	if got := p.Pos("units[2].founded").String(); got != "模板.xlsx:单位!L7" {
		t.Errorf("units[2].founded is at %s", got)
	}
	r := pipeline.New(pipeline.Options{})
	for _, k := range report.Kinds() {
		out, err := r.Bytes([]*record.Period{p}, k, pipeline.Markdown)
		if k == report.Term || k == report.HalfYear {
			// one whole year: no term review, no half-year summary
			if err == nil {
				t.Errorf("%s of one whole year was not refused", k)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: %v", k, err)
			continue
		}
		if !bytes.Contains(out, []byte("平阳县人民医院")) {
			t.Errorf("%s report does not name the union:\n%s", k, out)
		}
	}
}

// TestTemplateEmpty: an untouched template asks for the two values every
// data file needs, at their cells, and nothing else: the example rows are
// passed over.
func TestTemplateEmpty(t *testing.T) {
	for _, kind := range record.StarterKinds() {
		for _, sector := range []string{"", "school", "enterprise", "hospital", "government", "township"} {
			p := &record.Period{}
			p.Org.Sector = record.SectorIDs[sector]
			data, err := Workbook(p, Options{Template: true, Kind: kind, Sector: sector})
			if err != nil {
				t.Fatal(err)
			}
			_, err = record.ParseAndValidate("t.xlsx", data, record.DefaultLimits)
			es, _ := err.(record.Errors)
			var paths []string
			for _, e := range es {
				paths = append(paths, e.Path)
				if e.Pos.Sheet != sheetBasic {
					t.Errorf("%s %s: %v", kind, sector, e)
				}
			}
			if strings.Join(paths, ",") != "organisation.name,period.year" {
				t.Errorf("%s %s: %v", kind, sector, err)
			}
		}
	}
}

// TestTemplateLibreOffice: LibreOffice opens the template and the filled
// workbook and converts every sheet to CSV.
func TestTemplateLibreOffice(t *testing.T) {
	soffice, err := exec.LookPath("soffice")
	if err != nil || testing.Short() {
		t.Skip("LibreOffice (soffice) is not installed, or -short")
	}
	dir := t.TempDir()
	p := &record.Period{}
	tpl, err := Workbook(p, Options{Template: true, Kind: "annual"})
	if err != nil {
		t.Fatal(err)
	}
	for name, data := range map[string][]byte{"template.xlsx": tpl, "filled.xlsx": filledHospital(t)} {
		in := filepath.Join(dir, name)
		if err := os.WriteFile(in, data, 0o644); err != nil {
			t.Fatal(err)
		}
		out := filepath.Join(dir, strings.TrimSuffix(name, ".xlsx"))
		cmd := exec.Command(soffice, "--headless", "-env:UserInstallation=file://"+filepath.Join(dir, "profile"),
			"--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1", "--outdir", out, in)
		if msg, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("soffice %s: %v\n%s", name, err, msg)
		}
		if _, err := os.Stat(out); err != nil && !calcInstalled(t, soffice, dir) {
			t.Skip("LibreOffice Calc is not installed (soffice cannot open a CSV file either); install libreoffice-calc-nogui")
		}
		f, _ := excelize.OpenReader(bytes.NewReader(data))
		for _, s := range f.GetSheetList() {
			csv := filepath.Join(out, strings.TrimSuffix(name, ".xlsx")+"-"+s+".csv")
			if st, err := os.Stat(csv); err != nil || st.Size() == 0 {
				t.Errorf("%s: LibreOffice wrote no CSV for sheet %s", name, s)
			}
		}
	}
}

// calcInstalled reports whether soffice can open a spreadsheet at all: a
// LibreOffice without Calc (libreoffice-writer-nogui alone, as bench/run.sh
// installs) opens no workbook and writes nothing, which says nothing
// about the workbook.
func calcInstalled(t *testing.T, soffice, dir string) bool {
	probe := filepath.Join(dir, "probe.csv")
	if err := os.WriteFile(probe, []byte("a,b\n1,2\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "probe")
	cmd := exec.Command(soffice, "--headless", "-env:UserInstallation=file://"+filepath.Join(dir, "profile"),
		"--convert-to", "ods", "--outdir", out, probe)
	if msg, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("soffice probe.csv: %v\n%s", err, msg)
	}
	_, err := os.Stat(filepath.Join(out, "probe.ods"))
	return err == nil
}

// TestTemplateExampleEdited: an example row is passed over only while it
// is the template's; edited, it is a record like any other.
func TestTemplateExampleEdited(t *testing.T) {
	tpl, err := Workbook(&record.Period{}, Options{Template: true, Kind: "annual", Sector: "enterprise"})
	if err != nil {
		t.Fatal(err)
	}
	c := openClerk(t, tpl)
	c.fill(sheetBasic, "工会名称", "东塔机械有限公司工会")
	c.fill(sheetBasic, "年度", 2023)
	c.row("分组", 3, map[string]any{"名称": "铸造分厂"}) // the example row, its name changed
	p, err := record.ParseAndValidate("t.xlsx", c.save(), record.DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Groups) != 1 || p.Groups[0].Name != "铸造分厂" || p.Groups[0].Kind != "分厂" {
		t.Fatalf("groups = %+v", p.Groups)
	}
	if len(p.Units) != 0 || len(p.Activities) != 0 {
		t.Errorf("unedited example rows were read: %d units, %d activities", len(p.Units), len(p.Activities))
	}
}

// TestTemplateExampleHalfEdited: an example row still marked 示例 but
// typed over in part is read, and each cell of it still holding the
// example's own words (a name, a description) is reported at its cell:
// read, they would be invented text in the report. A value any union may
// share with the example (a choice from a list, a kind, a measure word, a
// year) is not; nor is anything in a row whose 示例 the clerk replaced
// with a number, claiming the row.
func TestTemplateExampleHalfEdited(t *testing.T) {
	tpl, err := Workbook(&record.Period{}, Options{Template: true, Kind: "annual"})
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name string
		seq  any    // typed over 示例, or nil
		want string // the problem, or "" for none
	}{
		{"still 示例", nil, "t.xlsx:活动!I3: activities[0](迎新年职工长跑).organiser: 这一行是示例行改写的,“主办单位”仍是示例的“市总工会”;请改成实际内容,或清空这一格(确实就是“市总工会”的,请把 A 列的“示例”改成序号)"},
		{"claimed", 1, ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			c := openClerk(t, tpl)
			c.fill(sheetBasic, "工会名称", "国网安澜县供电公司工会")
			c.fill(sheetBasic, "年度", 2025)
			c.row("活动", 3, map[string]any{"日期": "2025-12", "活动名称": "迎新年职工长跑", "参加人数": 60})
			c.row("目标", 3, map[string]any{"目标金额": "20万"}) // 慈善捐款 and 2028 kept
			if tt.seq != nil {
				c.set("活动", "A3", tt.seq)
			}
			_, err := record.ParseAndValidate("t.xlsx", c.save(), record.DefaultLimits)
			if tt.want == "" {
				if err != nil {
					t.Errorf("refused: %v", err)
				}
				return
			}
			es, _ := err.(record.Errors)
			if len(es) != 1 || es[0].Error() != tt.want {
				t.Errorf("got %v\nwant %s", err, tt.want)
			}
		})
	}
}

// TestHiddenColumnsOfTheClerk: a ledger's own columns (联系人, 电话) are
// refused while they show, naming how to keep them, and not read once
// the clerk hides them: the workbook then reads as without them.
func TestHiddenColumnsOfTheClerk(t *testing.T) {
	c := openClerk(t, filledHospital(t))
	const units = "单位"
	rows, err := c.f.GetRows(units)
	if err != nil {
		t.Fatal(err)
	}
	first := len(rows[0]) + 1
	contact, phone := record.ColumnName(first), record.ColumnName(first+1)
	c.set(units, contact+"1", "联系人")
	c.set(units, phone+"1", "电话")
	c.set(units, contact+"3", "王芳")
	c.set(units, phone+"3", "0577-63712345")
	_, err = record.ParseAndValidate("模板.xlsx", c.save(), record.DefaultLimits)
	if err == nil || !strings.Contains(err.Error(), "单位!"+contact+"1: units: 列名“联系人”不认识") || !strings.Contains(err.Error(), "隐藏") {
		t.Errorf("shown, the clerk's columns: %v", err)
	}
	if err := c.f.SetColVisible(units, contact+":"+phone, false); err != nil {
		t.Fatal(err)
	}
	p, err := record.ParseAndValidate("模板.xlsx", c.save(), record.DefaultLimits)
	if err != nil {
		t.Fatalf("hidden, the clerk's columns still stop the workbook:\n%v", err)
	}
	want, err := record.LoadAndValidate(filepath.Join("testdata", "filled-hospital.yaml"), record.DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	if d := differences(want, p); len(d) > 0 {
		t.Errorf("with hidden columns the workbook reads differently:\n%s", strings.Join(d, "\n"))
	}
}

// TestMessagesInTheWorkbooksWords: a message about a workbook names the
// sheet a list is kept on, not the YAML file's key.
func TestMessagesInTheWorkbooksWords(t *testing.T) {
	c := openClerk(t, filledHospital(t))
	c.row("单位", 4, map[string]any{"分组": "临床片"})
	_, err := record.ParseAndValidate("模板.xlsx", c.save(), record.DefaultLimits)
	if err == nil || !strings.Contains(err.Error(), "分组“临床片”没有在“分组”表中列出") || strings.Contains(err.Error(), "groups") {
		t.Errorf("an unlisted group: %v", err)
	}
}
