package hostile

import (
	"bytes"
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
	"unicode"

	"zongjie/bench/synth"
	"zongjie/internal/cli"
	"zongjie/internal/fonts"
	"zongjie/internal/fonts/fontstest"
)

// cliCatalogue is the part of the catalogue about the command line and its
// files: where a report may be written (devices, pipes, links, read-only
// files, standard output), what the operating system's errors read like,
// text from data that could act on a terminal, the options' limits, the
// batch command's output directory, signals and memory ceilings.
func cliCatalogue() []entry {
	return []entry{
		// ── 输出到设备、管道、链接、标准输出 ──
		{id: "out-dev-null", what: "输出到 /dev/null(CI、Docker 中常以 root 运行)", args: []string{"render", "--format", "md", "-o", "/dev/null", "base.yaml"},
			setup: seq(needFile("/dev/null"), copyInput("base.yaml", "base.yaml")), check: stillKind("/dev/null", os.ModeCharDevice, "字符设备")},
		{id: "out-dev-stdout", what: "输出到 /dev/stdout(接在管道后)", args: []string{"render", "-o", "/dev/stdout", "base.yaml"},
			setup: copyInput("base.yaml", "base.yaml"), check: stdoutIsReport()},
		{id: "out-dash", what: "-o -(标准输出)", args: []string{"render", "-o", "-", "base.yaml"},
			setup: copyInput("base.yaml", "base.yaml"), check: seqCheck(stdoutIsReport(), absent("-"))},
		{id: "out-fifo", what: "输出到命名管道(FIFO),另一端有程序在读", args: []string{"render", "-o", "管道", "base.yaml"},
			setup: seq(copyInput("base.yaml", "base.yaml"), fifoReader("管道")), check: fifoGotReport("管道")},
		{id: "out-symlink", what: "输出文件是指向另一目录中报告的符号链接", args: []string{"render", "-o", "最新.md", "base.yaml"},
			setup: seq(copyInput("base.yaml", "base.yaml"), write("归档/2023.md", "上一次生成的报告\n"), symlink("归档/2023.md", "最新.md")),
			check: linkKeptTargetWritten("最新.md", "归档/2023.md")},
		{id: "out-symlink-dangling", what: "输出文件是指向不存在文件的符号链接", args: []string{"render", "-o", "最新.md", "base.yaml"},
			setup: seq(copyInput("base.yaml", "base.yaml"), symlink("别处/没有.md", "最新.md")), check: seqCheck(linkKept("最新.md"), absent("别处"))},
		{id: "out-socket", what: "输出路径是一个套接字", args: []string{"render", "-o", "服务.sock", "base.yaml"},
			setup: seq(copyInput("base.yaml", "base.yaml"), listenUnix("服务.sock")), check: stillKind("服务.sock", os.ModeSocket, "套接字")},
		{id: "out-readonly", what: "输出文件是只读的(0444,可能属于另一个用户)", args: []string{"render", "-o", "报告.md", "base.yaml"},
			setup: seq(copyInput("base.yaml", "base.yaml"), oldReport("报告.md", 0o444)), check: unchanged("报告.md")},
		{id: "out-readonly-force", what: "只读的输出文件,加 --force", args: []string{"render", "--force", "-o", "报告.md", "base.yaml"},
			setup: seq(copyInput("base.yaml", "base.yaml"), oldReport("报告.md", 0o444)), check: seqCheck(sameReportAsBase("报告.md"), modeIs("报告.md", 0o444))},
		{id: "out-no-clobber", what: "已有报告,加 --no-clobber", args: []string{"render", "--no-clobber", "-o", "报告.md", "base.yaml"},
			setup: seq(copyInput("base.yaml", "base.yaml"), oldReport("报告.md", 0o644)), check: unchanged("报告.md")},
		{id: "in-stdin", what: "数据从标准输入读(-)", args: []string{"render", "-o", "报告.md", "-"},
			setup: copyInput("base.yaml", "base.yaml"), stdin: "base.yaml", check: sameReportAsBase("报告.md")},
		{id: "in-stdin-twice", what: "标准输入(-)给了两次", args: []string{"check", "-", "-"},
			setup: copyInput("base.yaml", "base.yaml"), stdin: "base.yaml"},

		// ── 系统错误 ──
		{id: "out-disk-full", what: "磁盘已满(写到 /dev/full)", args: []string{"render", "--format", "md", "-o", "/dev/full", "base.yaml"},
			setup: seq(needFile("/dev/full"), copyInput("base.yaml", "base.yaml"))},
		{id: "out-name-too-long", what: "输出文件名太长(300 字节)", args: []string{"render", "-o", strings.Repeat("长", 100) + ".md", "base.yaml"},
			setup: copyInput("base.yaml", "base.yaml")},
		{id: "out-path-through-file", what: "输出路径中有一段是文件(报告.md/总结.md)", args: []string{"render", "-o", "报告.md/总结.md", "base.yaml"},
			setup: seq(copyInput("base.yaml", "base.yaml"), oldReport("报告.md", 0o644)), check: unchanged("报告.md")},
		{id: "out-link-loop", what: "输出文件是指向自身的符号链接", args: []string{"render", "-o", "环.md", "base.yaml"},
			setup: seq(copyInput("base.yaml", "base.yaml"), symlink("环.md", "环.md"))},
		{id: "in-read-error", what: "读数据文件时出错(/proc/self/mem,读出 I/O 错误)", args: []string{"check", "/proc/self/mem"},
			setup: needFile("/proc/self/mem")},

		// ── 终端控制字符 ──
		{id: "escape-check", what: "单位名称里有终端控制序列(\\e]0;…\\a、C1 控制符 \\x9b、U+202E 反向),重复出现", args: []string{"check", "esc.yaml"},
			setup: fromBase("esc.yaml", func(s []byte) []byte {
				s = replace("name: 公路管理段", `name: "运输\e]0;标题\a\x9b2J\u202e管理所"`)(s)
				return replace("name: 运输管理所", `name: "运输\e]0;标题\a\x9b2J\u202e管理所"`)(s)
			}),
			check: noRawControls()},
		{id: "escape-metrics", what: "metrics 表格里的单位名称和工会名称带终端控制序列", args: []string{"metrics", "esc.yaml"},
			setup: fromBase("esc.yaml", func(s []byte) []byte {
				s = replace("name: 公路管理段", `name: "公路\e[2J管理段"`)(s)
				return replace("name: 运输管理所", `name: "运输\u202e管理所"`)(s)
			}),
			check: noRawControls()},
		{id: "escape-json", what: "metrics --json 里的 U+202E 反向字符和 C1 控制符", args: []string{"metrics", "--json", "esc.yaml"},
			setup: fromBase("esc.yaml", replace("name: 公路管理段", `name: "公路\x9b\u202e管理段"`)),
			check: noRawControls()},
		{id: "escape-filename", what: "数据文件名里有终端控制序列", args: []string{"check", "数据\x1b[2J\u202e.yaml"},
			setup: copyInput("base.yaml", "数据\x1b[2J\u202e.yaml"), check: noRawControls()},

		// ── 选项 ──
		{id: "max-size-overflow", what: "--max-size 8796093022208(乘以 1 MB 后溢出)", args: []string{"check", "--max-size", "8796093022208", "base.yaml"},
			setup: copyInput("base.yaml", "base.yaml")},
		{id: "max-units-overflow", what: "--max-units 写了 20 位数", args: []string{"check", "--max-units", "99999999999999999999", "base.yaml"},
			setup: copyInput("base.yaml", "base.yaml")},
		{id: "jobs-negative", what: "--jobs -1", args: []string{"batch", "--jobs", "-1", "-o", "报告", "base.yaml"},
			setup: copyInput("base.yaml", "base.yaml")},
		{id: "font-dev-zero", what: "正文字体指定为 /dev/zero(读不完的设备)", args: []string{"render", "--font-body", "/dev/zero", "-o", "报告.pdf", "base.yaml"},
			setup: copyInput("base.yaml", "base.yaml"), check: absent("报告.pdf"), fast: time.Second},
		{id: "font-fifo", what: "正文字体是一个没有人写的命名管道(FIFO)", args: []string{"render", "--font-body", "字体.ttf", "-o", "报告.pdf", "base.yaml"},
			setup: seq(copyInput("base.yaml", "base.yaml"), fifo("字体.ttf")), check: absent("报告.pdf"), fast: time.Second},
		// 512 MB of room, not 256: the guard stops 192 MB short of the
		// ceiling, and Go places the heap at a random offset, so the
		// address space at start varies by one 64 MB heap arena from run
		// to run. With 256 MB a normal PDF run crossed into a second arena
		// in about one run in three and met the guard; 2 GB never fits.
		{id: "font-huge-table", what: "正文字体文件只有几 KB,表目录却说 name 表长 2 GB(内存上限只比启动时多 512 MB)", args: []string{"render", "--font-body", "字体.ttf", "-o", "报告.pdf", "base.yaml"},
			setup: seq(copyInput("base.yaml", "base.yaml"), hugeTableFont("字体.ttf")), process: &process{memoryRoom: 512 << 20},
			check: absent("报告.pdf"), fast: time.Second},
		{id: "report-size-limit", what: "报告内容超过 --max-report-size(1KB)", args: []string{"render", "--max-report-size", "1KB", "-o", "报告.md", "base.yaml"},
			setup: copyInput("base.yaml", "base.yaml"), check: absent("报告.md"), fast: time.Second},
		{id: "check-font-warning", what: "check:PDF 字体里没有的字(表情符号,只用内置字体)", args: []string{"check", "--no-system-fonts", "emoji.yaml"},
			setup: fromBase("emoji.yaml", replace("进展较慢。", "进展较慢😀。"))},

		// ── 批量生成 ──
		{id: "batch-crowded-dir", what: "批量拆分 2 000 个单位,输出目录里已有 20 000 个文件", args: []string{"batch", "--split", "unit", "--format", "md", "-o", "报告", "county.yaml"},
			setup: seq(synthFile("county.yaml", 2000), manyFiles("报告", 20000)), fast: 3 * time.Second,
			check: countFiles("报告", 22000)},
		{id: "batch-data-in-output", what: "批量输出目录中有指向数据文件的链接(输出会覆盖数据)", args: []string{"batch", "--format", "md", "-o", "报告", "base.yaml"},
			setup: seq(copyInput("base.yaml", "base.yaml"), symlink("../base.yaml", "报告/base.md")), check: unchanged("base.yaml")},
		{id: "batch-link-in-output", what: "批量输出目录中与报告同名的是指向别处的符号链接", args: []string{"batch", "--format", "md", "-o", "报告", "base.yaml"},
			setup: seq(copyInput("base.yaml", "base.yaml"), write("别处/文件.md", "上一次生成的报告\n"), symlink("../别处/文件.md", "报告/base.md")),
			check: seqCheck(linkKept("报告/base.md"), unchangedText("别处/文件.md", "上一次生成的报告\n"))},
		{id: "batch-fifo-in-output", what: "批量输出目录中与报告同名的是命名管道(没有程序在读)", args: []string{"batch", "--format", "md", "-o", "报告", "base.yaml"},
			setup: seq(copyInput("base.yaml", "base.yaml"), mkdir("报告"), fifo("报告/base.md")), fast: time.Second,
			check: stillKind("报告/base.md", os.ModeNamedPipe, "命名管道")},
		{id: "batch-rules-in-output", what: "规则文件在批量输出目录中,名字与一份报告相同", args: []string{"batch", "--rules", "报告/规则.md", "--format", "md", "-o", "报告", "规则.yaml"},
			setup: seq(copyInput("base.yaml", "规则.yaml"), write("报告/规则.md", "indicators: []\n")), check: unchangedText("报告/规则.md", "indicators: []\n")},
		{id: "batch-templates-glob", what: "模板目录名里有通配符(模板[1]),批量输出也写到那里", args: []string{"batch", "--templates", "模板[1]", "--format", "md", "-o", "模板[1]", "base.yaml"},
			setup: seq(copyInput("base.yaml", "base.yaml"), exportTo("模板[1]"), symlink("annual.md.tmpl", "模板[1]/base.md")),
			check: templateUnchanged("模板[1]/annual.md.tmpl")},
		{id: "render-templates-glob", what: "模板目录名里有通配符(模板[1]),输出文件是其中的模板", args: []string{"render", "--templates", "模板[1]", "--format", "md", "-o", "模板[1]/annual.md.tmpl", "base.yaml"},
			setup: seq(copyInput("base.yaml", "base.yaml"), exportTo("模板[1]")), check: templateUnchanged("模板[1]/annual.md.tmpl")},
		{id: "batch-split-names", what: "拆分出的文件名:82 个字的单位名、CON、NUL、COM1、AUX、LPT1、U+202E、零宽空格", args: []string{"batch", "--split", "unit", "--format", "md", "-o", "报告", "names.yaml"},
			setup: write("names.yaml", namesData()), check: listFiles("报告")},
		{id: "batch-no-clobber", what: "批量生成时已有一部分报告,加 --no-clobber", args: []string{"batch", "--no-clobber", "--split", "unit", "--format", "md", "-o", "报告", "county.yaml"},

			setup: seq(write("county.yaml", "organisation: {name: 县教育工会}\nperiod: {year: 2023}\nunits:\n  - {name: 甲校, staff: 10, members: 9}\n  - {name: 乙校, staff: 10, members: 9}\n"),
				write("报告/甲校.md", "上一次生成的报告\n")), check: seqCheck(unchangedText("报告/甲校.md", "上一次生成的报告\n"), countFiles("报告", 2))},

		// ── 信号和内存 ──
		{id: "signal-batch-term", what: "批量生成中途收到 SIGTERM(kill、timeout、docker stop)", args: []string{"batch", "--split", "unit", "--format", "md", "-o", "报告", "county.yaml"},
			setup: synthFile("county.yaml", 3000), process: &process{signal: syscall.SIGTERM, ready: someFileIn("报告")},
			check: noTempFiles("报告")},
		{id: "signal-render-hup", what: "写 PDF 时收到 SIGHUP(终端或 SSH 断开)", args: []string{"render", "-o", "报告.pdf", "big.yaml"},
			setup: seq(bigData("big.yaml"), oldReport("报告.pdf", 0o644)), process: &process{signal: syscall.SIGHUP, ready: tempFileOf("报告.pdf")},
			check: seqCheck(unchangedText("报告.pdf", "上一次生成的报告\n"), noTempFiles("."))},
		{id: "memory-ceiling", what: "内存上限(ulimit -v,只比启动时多 256 MB)下检查 80 000 个单位", args: []string{"check", "county.yaml"},
			setup: synthFile("county.yaml", 80000), process: &process{memoryRoom: 256 << 20}},
		// The room was 256 MB while font files were mapped: the start-up
		// address space measured (baselineAddressSpace) included the 14 MB
		// of the four fonts, which a roll-up to Markdown does not load.
		{id: "memory-ceiling-rollup", what: "内存上限(ulimit -v,只比启动时多 288 MB)下汇总 200 个工会(汇总平时预先映射 512 MB 的堆)", args: []string{"rollup", "-o", "汇总.md", "云和县教育工会.yaml"},
			setup: federation(200), process: &process{memoryRoom: 288 << 20}},
	}
}

// hugeTableFont writes a small, otherwise sound font (a subset of the
// embedded 宋体) whose table directory gives its name table a length of
// 2 GB: reading it as told would allocate that much.
func hugeTableFont(name string) func(*testing.T, string) {
	return func(t *testing.T, dir string) {
		font, err := fonts.Embedded(fonts.Song)
		if err != nil {
			t.Fatal(err)
		}
		sub, err := font.Subset([]rune("工会"))
		if err != nil {
			t.Fatal(err)
		}
		data, ok := fontstest.WithTableLength(sub.Program(), "name", 0x7FFF0000)
		if !ok {
			t.Fatal("the subset has no name table to patch")
		}
		writeFile(t, filepath.Join(dir, name), data)
	}
}

// federation writes a synthetic federation of n unions (bench/synth) in
// the directory: its data file 云和县教育工会.yaml and a directory of its
// unions' files beside it.
func federation(n int) func(*testing.T, string) {
	return func(t *testing.T, dir string) {
		if _, err := synth.WriteFederation(dir, synth.Options{Units: n, Seed: 1}); err != nil {
			t.Fatal(err)
		}
	}
}

// process says how to run a case as a real zongjie process.
type process struct {
	// signal is sent once ready reports the run under way.
	signal os.Signal
	ready  func(dir string) bool
	// memoryRoom, when set, runs the process under ulimit -v: the address
	// space it has at start plus this much.
	memoryRoom int64
}

// runProcess runs e's command as a real zongjie process in dir.
func runProcess(t *testing.T, dir string, e entry) outcome {
	t.Helper()
	if runtime.GOOS == "windows" {
		t.Skip("signals and ulimit are Unix")
	}
	bin := zongjieBinary(t)
	p := e.process
	cmd := exec.Command(bin, e.args...)
	if p.memoryRoom > 0 {
		limit := (baselineAddressSpace(t, bin) + p.memoryRoom) >> 10
		cmd = exec.Command("/bin/sh", append([]string{"-c", fmt.Sprintf(`ulimit -v %d && exec "$0" "$@"`, limit), bin}, e.args...)...)
	}
	cmd.Dir = dir
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	if p.signal != nil {
		deadline := time.Now().Add(60 * time.Second)
		for !p.ready(dir) {
			if time.Now().After(deadline) {
				cmd.Process.Kill()
				t.Fatal("the run never got under way")
			}
			time.Sleep(2 * time.Millisecond)
		}
		if err := cmd.Process.Signal(p.signal); err != nil {
			t.Fatal(err)
		}
	}
	cmd.Wait()
	res := outcome{exit: cmd.ProcessState.ExitCode(), stdout: varying(stdout.String()), stderr: varying(stderr.String())}
	if res.exit < 0 {
		t.Errorf("the process was ended by %v instead of handling it", cmd.ProcessState)
	}
	if strings.Contains(res.stderr, "goroutine ") || strings.Contains(res.stderr, "fatal error") {
		t.Errorf("the Go runtime's report reached the user:\n%s", res.stderr)
	}
	if e.check != nil {
		res.notes = e.check(t, dir)
	}
	return res
}

// baselineAddressSpace is the address space a zongjie process has once
// started: the Go runtime reserves most of it before main runs. It is
// measured on a check waiting for its standard input.
func baselineAddressSpace(t *testing.T, bin string) int64 {
	t.Helper()
	cmd := exec.Command(bin, "check", "-")
	in, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() { in.Close(); cmd.Wait() }()
	time.Sleep(300 * time.Millisecond) // the fonts load meanwhile
	data, err := os.ReadFile(fmt.Sprintf("/proc/%d/statm", cmd.Process.Pid))
	if err != nil {
		t.Skip("no /proc:", err)
	}
	pages, _ := strconv.ParseInt(strings.Fields(string(data))[0], 10, 64)
	return pages * int64(os.Getpagesize())
}

// Things that vary from run to run in the messages: times, the number of
// CPUs, how far a run got before a signal, the memory in use.
var (
	runTime   = regexp.MustCompile(`(用时|已用|预计还需) [0-9.分]+秒`)
	runJobs   = regexp.MustCompile(`[0-9]+ 路并行`)
	cutShort  = regexp.MustCompile(`已生成 [0-9]+ 份报告\(共 [0-9.]+ (KB|MB|字节)\),[0-9]+ 份因中断没有生成`)
	memoryUse = regexp.MustCompile(`已用到约 [0-9.]+(MB|GB),接近上限 [0-9.]+(MB|GB)`)
)

// varying rewrites what varies from run to run.
func varying(s string) string {
	s = runTime.ReplaceAllString(s, "$1 …秒")
	s = runJobs.ReplaceAllString(s, "N 路并行")
	s = cutShort.ReplaceAllString(s, "已生成 N 份报告(共 …),N 份因中断没有生成")
	return memoryUse.ReplaceAllString(s, "已用到约 …,接近上限 …")
}

// ── setups ──

// seq runs setups in order.
func seq(fs ...func(*testing.T, string)) func(*testing.T, string) {
	return func(t *testing.T, dir string) {
		for _, f := range fs {
			f(t, dir)
		}
	}
}

func symlink(target, name string) func(*testing.T, string) {
	return func(t *testing.T, dir string) {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.Symlink(target, p); err != nil {
			t.Skip("no symbolic links:", err)
		}
	}
}

// oldReport writes the earlier report unchanged() knows, with mode.
func oldReport(name string, mode os.FileMode) func(*testing.T, string) {
	return func(t *testing.T, dir string) {
		p := filepath.Join(dir, name)
		writeFile(t, p, []byte("上一次生成的报告\n"))
		if err := os.Chmod(p, mode); err != nil {
			t.Fatal(err)
		}
	}
}

// fifoReaders holds, per case directory, what the reader of its FIFO got.
var fifoReaders sync.Map

// fifoReader makes a FIFO and starts a reader on its other end.
func fifoReader(name string) func(*testing.T, string) {
	return func(t *testing.T, dir string) {
		p := filepath.Join(dir, name)
		if err := syscall.Mkfifo(p, 0o644); err != nil {
			t.Skip("no FIFOs:", err)
		}
		got := make(chan []byte, 1)
		fifoReaders.Store(dir, got)
		go func() {
			f, err := os.Open(p)
			if err != nil {
				got <- nil
				return
			}
			data, _ := io.ReadAll(f)
			f.Close()
			got <- data
		}()
	}
}

// fifo makes a FIFO nobody reads.
func fifo(name string) func(*testing.T, string) {
	return func(t *testing.T, dir string) {
		if err := syscall.Mkfifo(filepath.Join(dir, name), 0o644); err != nil {
			t.Skip("no FIFOs:", err)
		}
	}
}

func listenUnix(name string) func(*testing.T, string) {
	return func(t *testing.T, dir string) {
		l, err := net.Listen("unix", filepath.Join(dir, name))
		if err != nil {
			t.Skip("no Unix sockets:", err)
		}
		t.Cleanup(func() { l.Close() })
	}
}

func exportTo(name string) func(*testing.T, string) {
	return func(t *testing.T, dir string) { exportTemplates(t, dir, name) }
}

// synthFile writes a synthetic county of n units.
func synthFile(name string, n int) func(*testing.T, string) {
	return func(t *testing.T, dir string) {
		writeFile(t, filepath.Join(dir, name), synth.YAML(synth.Options{Units: n, Seed: 1}))
	}
}

// manyFiles fills a directory with n small files.
func manyFiles(name string, n int) func(*testing.T, string) {
	return func(t *testing.T, dir string) {
		d := filepath.Join(dir, name)
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
		for i := range n {
			if err := os.WriteFile(filepath.Join(d, fmt.Sprintf("旧报告%05d.md", i)), nil, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
}

func bigData(name string) func(*testing.T, string) {
	return func(t *testing.T, dir string) { writeFile(t, filepath.Join(dir, name), bigReportData(t)) }
}

// namesData is a file of units whose names no file system takes as they are.
func namesData() string {
	var b strings.Builder
	b.WriteString("organisation: {name: 县教育工会}\nperiod: {year: 2023}\nunits:\n")
	for _, n := range []string{strings.Repeat("长", 80) + "学校", "CON", "nul", "COM1", "AUX.分校", "LPT1", `报告\u202efdp.exe`, `甲\u200b校`} {
		fmt.Fprintf(&b, "  - {name: \"%s\", staff: 10, members: 9}\n", n)
	}
	return b.String()
}

// ── checks ──

// seqCheck runs checks in order.
func seqCheck(cs ...func(*testing.T, string) []string) func(*testing.T, string) []string {
	return func(t *testing.T, dir string) []string {
		var notes []string
		for _, c := range cs {
			notes = append(notes, c(t, dir)...)
		}
		return notes
	}
}

// stillKind checks that path is still of the kind mode says (a device, a
// socket), not a regular file that replaced it.
func stillKind(path string, mode os.FileMode, name string) func(*testing.T, string) []string {
	return func(t *testing.T, dir string) []string {
		p := path
		if !filepath.IsAbs(p) {
			p = filepath.Join(dir, p)
		}
		fi, err := os.Lstat(p)
		if err != nil || fi.Mode()&mode == 0 {
			t.Errorf("%s is no longer a %s: %v %v", path, name, fi, err)
		}
		return []string{fmt.Sprintf("%s 仍是%s", path, name)}
	}
}

// stdoutIsReport checks that standard output got the report: in-process,
// the command's standard output is compared with the report of base.yaml.
func stdoutIsReport() func(*testing.T, string) []string {
	return func(t *testing.T, dir string) []string {
		// The outcome's stdout is not at hand here; render again to compare.
		var want, got, errs bytes.Buffer
		if code := mainIn(t, dir, []string{"render", "base.yaml"}, &want, &errs); code != 0 {
			t.Fatalf("render: %s", errs.String())
		}
		if code := mainIn(t, dir, []string{"render", "-o", "/dev/stdout", "base.yaml"}, &got, &errs); code != 0 || !bytes.Equal(got.Bytes(), want.Bytes()) {
			t.Errorf("-o /dev/stdout did not give the report on standard output (exit %d)", code)
		}
		return []string{"报告写到了标准输出,与不给 -o 时逐字节相同"}
	}
}

// mainIn runs the command in dir.
func mainIn(t *testing.T, dir string, args []string, stdout, stderr io.Writer) int {
	t.Helper()
	wd, _ := os.Getwd()
	if err := os.Chdir(dir); err != nil {
		t.Fatal(err)
	}
	defer os.Chdir(wd)
	return cliMain(args, stdout, stderr)
}

func absent(name string) func(*testing.T, string) []string {
	return func(t *testing.T, dir string) []string {
		if _, err := os.Lstat(filepath.Join(dir, name)); err == nil {
			t.Errorf("%s was created", name)
		}
		return []string{fmt.Sprintf("没有生成名为 %s 的文件", name)}
	}
}

func fifoGotReport(name string) func(*testing.T, string) []string {
	return func(t *testing.T, dir string) []string {
		v, _ := fifoReaders.Load(dir)
		var data []byte
		select {
		case data = <-v.(chan []byte):
		case <-time.After(10 * time.Second):
			t.Fatal("the FIFO's reader got nothing")
		}
		if !bytes.HasPrefix(data, []byte("# ")) {
			t.Errorf("the FIFO's reader got %q", data)
		}
		stillKind(name, os.ModeNamedPipe, "命名管道")(t, dir)
		return []string{"读的一端收到了整份报告,管道仍是管道"}
	}
}

func linkKept(name string) func(*testing.T, string) []string {
	return func(t *testing.T, dir string) []string {
		if fi, err := os.Lstat(filepath.Join(dir, name)); err != nil || fi.Mode()&os.ModeSymlink == 0 {
			t.Errorf("%s is no longer a link", name)
		}
		return []string{name + " 仍是符号链接"}
	}
}

func linkKeptTargetWritten(link, target string) func(*testing.T, string) []string {
	return func(t *testing.T, dir string) []string {
		linkKept(link)(t, dir)
		data, err := os.ReadFile(filepath.Join(dir, target))
		if err != nil || !bytes.HasPrefix(data, []byte("# ")) {
			t.Errorf("%s does not hold the report: %v", target, err)
		}
		return []string{fmt.Sprintf("%s 仍是符号链接,报告写进了它指向的 %s", link, target)}
	}
}

func modeIs(name string, mode os.FileMode) func(*testing.T, string) []string {
	return func(t *testing.T, dir string) []string {
		fi, err := os.Stat(filepath.Join(dir, name))
		if err != nil || fi.Mode().Perm() != mode {
			t.Errorf("%s: mode %v, want %v (%v)", name, fi.Mode().Perm(), mode, err)
		}
		return []string{fmt.Sprintf("%s 的权限仍是 %04o", name, mode)}
	}
}

func unchangedText(name, want string) func(*testing.T, string) []string {
	return func(t *testing.T, dir string) []string {
		got, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil || string(got) != want {
			t.Errorf("%s was changed: %q %v", name, got, err)
		}
		return []string{name + " 一个字节也没有变"}
	}
}

// templateUnchanged checks a template is still the one exported.
func templateUnchanged(name string) func(*testing.T, string) []string {
	return func(t *testing.T, dir string) []string {
		data, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil || !bytes.Contains(data, []byte("{{")) {
			t.Errorf("%s was replaced: %v", name, err)
		}
		return []string{name + " 仍是导出的模板"}
	}
}

// noRawControls notes what checkMessages verifies of every case.
func noRawControls() func(*testing.T, string) []string {
	return func(t *testing.T, dir string) []string { return []string{"输出中没有原样的控制字符"} }
}

// checkMessages verifies, for every case, that no message carries a
// character a terminal would act on or hide: a C0 or C1 control other than
// line break and tab, or an invisible format character (a bidi override).
// Standard output is checked too when it is not a report (check, metrics).
func checkMessages(t *testing.T, e entry, res outcome) {
	t.Helper()
	streams := map[string]string{"stderr": res.stderr}
	if e.args[0] == "check" || e.args[0] == "metrics" {
		streams["stdout"] = res.stdout
	}
	for name, s := range streams {
		for _, r := range s {
			if r != '\n' && r != '\t' && (unicode.IsControl(r) || unicode.In(r, unicode.Cf, unicode.Zl, unicode.Zp)) {
				t.Errorf("%s carries the raw character U+%04X", name, r)
				break
			}
		}
	}
}

// printable reports whether every character of s shows as itself.
func printable(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return !unicode.IsPrint(r) }) < 0
}

// cliMain runs the command with an empty standard input.
func cliMain(args []string, stdout, stderr io.Writer) int {
	return cli.Main(args, strings.NewReader(""), stdout, stderr)
}

func countFiles(name string, n int) func(*testing.T, string) []string {
	return func(t *testing.T, dir string) []string {
		entries, err := os.ReadDir(filepath.Join(dir, name))
		if err != nil || len(entries) != n {
			t.Errorf("%s holds %d files, want %d (%v)", name, len(entries), n, err)
		}
		return []string{fmt.Sprintf("%s 中共 %d 个文件", name, n)}
	}
}

// listFiles notes the names of the files in a directory.
func listFiles(name string) func(*testing.T, string) []string {
	return func(t *testing.T, dir string) []string {
		entries, err := os.ReadDir(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		var names []string
		for _, e := range entries {
			if len(e.Name()) > 200 {
				t.Errorf("a file name of %d bytes", len(e.Name()))
			}
			names = append(names, e.Name())
		}
		return []string{"文件名:" + strings.Join(names, "、")}
	}
}

// noTempFiles checks no temporary file was left in a directory.
func noTempFiles(name string) func(*testing.T, string) []string {
	return func(t *testing.T, dir string) []string {
		entries, _ := os.ReadDir(filepath.Join(dir, name))
		for _, e := range entries {
			if strings.HasSuffix(e.Name(), ".tmp") {
				t.Errorf("temporary file %s left", e.Name())
			}
		}
		return []string{"没有留下临时文件"}
	}
}

// someFileIn reports whether a directory holds a file yet.
func someFileIn(name string) func(string) bool {
	return func(dir string) bool {
		entries, _ := os.ReadDir(filepath.Join(dir, name))
		for _, e := range entries {
			if !strings.HasSuffix(e.Name(), ".tmp") {
				return true
			}
		}
		return false
	}
}

// tempFileOf reports whether a write to target has begun.
func tempFileOf(target string) func(string) bool {
	return func(dir string) bool {
		for _, n := range dirNamesOf(dir) {
			if isTempOf(n, target) {
				return true
			}
		}
		return false
	}
}

func dirNamesOf(dir string) []string {
	entries, _ := os.ReadDir(dir)
	names := make([]string, len(entries))
	for i, e := range entries {
		names[i] = e.Name()
	}
	return names
}
