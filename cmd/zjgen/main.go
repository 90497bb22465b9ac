// Command zjgen writes realistic synthetic data for zongjie: one county
// education union (县教育工会) for one year with N grassroots units, valid for
// "zongjie check" and deterministic for a seed (see package bench/synth).
// bench/run.sh uses it for the 100 to 100 000-unit sets.
//
//	go run ./cmd/zjgen -units 10000 -seed 1 -o /tmp/county-10000.yaml
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"zongjie/bench/synth"
	"zongjie/internal/atomicfile"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("zjgen", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var opt synth.Options
	fs.IntVar(&opt.Units, "units", 100, fmt.Sprintf("基层单位数(1 到 %d)", synth.MaxUnits))
	fs.Uint64Var(&opt.Seed, "seed", 1, "随机种子;同一种子总是生成同样的数据")
	fs.IntVar(&opt.Year, "year", 2023, "报告年度")
	out := fs.String("o", "", "输出文件;不写则输出到标准输出")
	fed := fs.String("federation", "", "改为生成一个县教育工会和它的各基层工会:写到这个目录(上级数据文件 县名教育工会.yaml,各基层工会的文件在同名目录中),供 zongjie rollup 使用")
	fs.Usage = func() {
		fmt.Fprint(stderr, "用法:zjgen [-units N] [-seed S] [-year Y] [-o 文件 | -federation 目录]\n\n"+
			"生成一个县教育工会一年的合成数据(YAML,单位表为 columns/rows 表格),\n"+
			"人名、地名均为虚构,供 zongjie 的测试和性能测量使用。\n"+
			"加 -federation 时生成县教育工会自己的数据和每个基层工会一个数据文件,供汇总(zongjie rollup)。\n\n选项:\n")
		fs.PrintDefaults()
		fmt.Fprint(stderr, "\n例子:\n  zjgen -units 1000 -seed 1 -o county-1000.yaml\n  zongjie check county-1000.yaml\n"+
			"  zjgen -units 200 -federation 汇总\n  zongjie rollup -o 总结.docx 汇总/*.yaml\n")
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "zjgen: 不接受参数“%s”;输出文件请用 -o 指定\n", fs.Arg(0))
		return 2
	}
	if err := opt.Check(); err != nil {
		fmt.Fprintf(stderr, "zjgen: %v\n", err)
		return 2
	}
	if *fed != "" {
		if *out != "" {
			fmt.Fprintln(stderr, "zjgen: -o 和 -federation 只能用一个")
			return 2
		}
		parent, err := synth.WriteFederation(*fed, opt)
		if err != nil {
			fmt.Fprintf(stderr, "zjgen: %v\n", err)
			return 1
		}
		fmt.Fprintln(stdout, parent)
		return 0
	}
	write := func(w io.Writer) error { return synth.Write(w, opt) }
	var err error
	if *out == "" {
		err = write(stdout)
	} else {
		err = atomicfile.Write(*out, write)
	}
	if err != nil {
		fmt.Fprintf(stderr, "zjgen: %v\n", err)
		return 1
	}
	return 0
}
