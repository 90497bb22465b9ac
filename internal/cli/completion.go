package cli

import (
	"fmt"
	"io"
	"sort"
	"strings"
)

func runCompletion(e *env, args []string) int {
	s := newOptions(e, "completion", "completion bash|zsh|fish", `输出命令行补全脚本(写到标准输出):输入 zongjie 和命令、选项的开头后按 Tab 键补全,
报告种类、输出格式等选项的值和数据文件(.yaml .yml .json .xlsx)也能补全。
`, `  source <(zongjie completion bash)                                   # 当前的 bash
  zongjie completion bash > ~/.local/share/bash-completion/completions/zongjie
  zongjie completion zsh > "${fpath[1]}/_zongjie"                     # zsh,重开终端后生效
  zongjie completion fish > ~/.config/fish/completions/zongjie.fish
`)
	rest, code, ok := s.parse(args)
	if !ok {
		return code
	}
	if len(rest) != 1 {
		return s.usageError("请给出 shell 的名称:bash、zsh 或 fish")
	}
	specs := commandSpecs()
	var script string
	switch rest[0] {
	case "bash":
		script = bashCompletion(specs)
	case "zsh":
		script = zshCompletion(specs)
	case "fish":
		script = fishCompletion(specs)
	default:
		return s.usageError("不支持“%s”;可选:bash、zsh、fish", rest[0])
	}
	if _, err := io.WriteString(e.stdout, script); err != nil {
		return e.errorf("completion", "%s", errText(err))
	}
	return exitOK
}

// commandSpec is what completion knows of a command: its options, and
// what its other arguments are.
type commandSpec struct {
	name, summary string
	opts          []*option
	args          string   // "data" (data files), "dir", "words" or ""
	words         []string // the words of args "words"
}

// commandSpecs collects every command's options by running it in
// inspection mode: the options are declared in one place, the command.
func commandSpecs() []commandSpec {
	var specs []commandSpec
	for _, c := range commands() {
		spec := commandSpec{name: c.name, summary: c.summary}
		e := newEnv(strings.NewReader(""), io.Discard, io.Discard)
		e.inspect = func(s *optionSet) { spec.opts = s.opts }
		c.run(e, nil)
		switch c.name {
		case "render", "check", "metrics", "batch":
			spec.args = "data"
		case "templates":
			spec.args, spec.words = "words", []string{"export"}
		case "completion":
			spec.args, spec.words = "words", []string{"bash", "zsh", "fish"}
		}
		specs = append(specs, spec)
	}
	return specs
}

// helpWords are what "zongjie help" takes: the commands and the topics.
func helpWords() []string {
	var w []string
	isCommand := map[string]bool{}
	for _, c := range commands() {
		w = append(w, c.name)
		isCommand[c.name] = true
	}
	var t []string
	for name := range topics {
		if !isCommand[name] { // templates: a command with a reference page
			t = append(t, name)
		}
	}
	sort.Strings(t)
	return append(w, t...)
}

// short is an option's description cut to its first clause, for the
// completion menus of zsh and fish.
func (o *option) brief() string {
	s := o.usage
	if i := strings.IndexAny(s, ",;:("); i > 0 {
		s = s[:i]
	}
	return s
}

// names are an option's spellings: "-o", "--output".
func (o *option) names() []string {
	if o.short != "" {
		return []string{"-" + o.short, "--" + o.long}
	}
	return []string{"--" + o.long}
}

func bashCompletion(specs []commandSpec) string {
	var b strings.Builder
	b.WriteString(`# zongjie 的 bash 补全脚本,由 zongjie completion bash 生成。
# 加载:source <(zongjie completion bash)

_zongjie_data_files() {
	local IFS=$'\n'
	COMPREPLY+=($(compgen -f -X '!*.yaml' -- "$1") $(compgen -f -X '!*.yml' -- "$1") $(compgen -f -X '!*.json' -- "$1") $(compgen -f -X '!*.xlsx' -- "$1") $(compgen -d -- "$1"))
}

_zongjie() {
	local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]} cmd=${COMP_WORDS[1]}
	COMPREPLY=()
	if ((COMP_CWORD == 1)); then
		COMPREPLY=($(compgen -W '`)
	var cmds []string
	for _, s := range specs {
		cmds = append(cmds, s.name)
	}
	b.WriteString(strings.Join(append(cmds, "help", "--help", "-h", "--version", "-V"), " "))
	b.WriteString(`' -- "$cur"))
		return
	fi
	case $cmd in
	help)
		((COMP_CWORD == 2)) && COMPREPLY=($(compgen -W '` + strings.Join(helpWords(), " ") + `' -- "$cur"))
		return
		;;
`)
	for _, s := range specs {
		fmt.Fprintf(&b, "\t%s)\n\t\tcase $prev in\n", s.name)
		for _, o := range s.opts {
			if o.isSwitch() {
				continue
			}
			fmt.Fprintf(&b, "\t\t%s)\n\t\t\t", strings.Join(o.names(), "|"))
			switch {
			case len(o.values) > 0:
				fmt.Fprintf(&b, "COMPREPLY=($(compgen -W '%s' -- \"$cur\"))", strings.Join(o.values, " "))
			case o.complete == "file":
				b.WriteString(`local IFS=$'\n'; COMPREPLY=($(compgen -f -- "$cur"))`)
			case o.complete == "dir":
				b.WriteString(`local IFS=$'\n'; COMPREPLY=($(compgen -d -- "$cur"))`)
			default:
				b.WriteString(":") // a number or a size: nothing to offer
			}
			b.WriteString("\n\t\t\treturn\n\t\t\t;;\n")
		}
		b.WriteString("\t\tesac\n")
		var names []string
		for _, o := range s.opts {
			names = append(names, o.names()...)
		}
		names = append(names, "-h", "--help")
		fmt.Fprintf(&b, "\t\tif [[ $cur == -* ]]; then\n\t\t\tCOMPREPLY=($(compgen -W '%s' -- \"$cur\"))\n\t\t\treturn\n\t\tfi\n", strings.Join(names, " "))
		switch s.args {
		case "data":
			b.WriteString("\t\t_zongjie_data_files \"$cur\"\n")
		case "words":
			fmt.Fprintf(&b, "\t\t((COMP_CWORD == 2)) && COMPREPLY=($(compgen -W '%s' -- \"$cur\"))\n", strings.Join(s.words, " "))
			if s.name == "templates" {
				b.WriteString("\t\t((COMP_CWORD > 2)) && { local IFS=$'\\n'; COMPREPLY=($(compgen -d -- \"$cur\")); }\n")
			}
		}
		b.WriteString("\t\t;;\n")
	}
	b.WriteString("\tesac\n}\n\ncomplete -o filenames -o bashdefault -F _zongjie zongjie\n")
	return b.String()
}

// zshQuote quotes s for a single-quoted zsh word, with the characters
// _arguments gives a meaning inside a description escaped.
func zshQuote(s string) string {
	s = strings.NewReplacer(`'`, `'\''`, `[`, `\[`, `]`, `\]`, `:`, `\:`).Replace(s)
	return s
}

func zshCompletion(specs []commandSpec) string {
	var b strings.Builder
	b.WriteString(`#compdef zongjie
# zongjie 的 zsh 补全脚本,由 zongjie completion zsh 生成。
# 放进 $fpath 中的目录并命名为 _zongjie,或在 compinit 之后:source <(zongjie completion zsh)

_zongjie() {
	local -a commands
	commands=(
`)
	for _, s := range specs {
		fmt.Fprintf(&b, "\t\t'%s:%s'\n", s.name, zshQuote(s.summary))
	}
	b.WriteString("\t\t'help:显示帮助'\n\t)\n")
	b.WriteString(`	if ((CURRENT == 2)); then
		_describe -t commands '命令' commands
		_arguments '(- *)'{-V,--version}'[显示版本]' '(- *)'{-h,--help}'[显示帮助]'
		return
	fi
	local cmd=$words[2]
	shift words
	((CURRENT--))
	case $cmd in
	help)
		_values '命令或说明主题' ` + strings.Join(helpWords(), " ") + `
		;;
`)
	for _, s := range specs {
		fmt.Fprintf(&b, "\t%s)\n\t\t_arguments -s -S \\\n", s.name)
		for _, o := range s.opts {
			names := o.names()
			spec := names[0]
			excl := ""
			if len(names) == 2 {
				excl = "(" + strings.Join(names, " ") + ")"
				spec = "{" + strings.Join(names, ",") + "}"
			}
			desc := zshQuote(o.brief())
			action := ""
			if !o.isSwitch() {
				switch {
				case len(o.values) > 0:
					action = ":" + zshQuote(o.arg) + ":(" + strings.Join(o.values, " ") + ")"
				case o.complete == "file":
					action = ":" + zshQuote(o.arg) + ":_files"
				case o.complete == "dir":
					action = ":" + zshQuote(o.arg) + ":_files -/"
				default:
					action = ":" + zshQuote(o.arg) + ": "
				}
			}
			if excl != "" {
				fmt.Fprintf(&b, "\t\t\t'%s'%s'[%s]%s' \\\n", excl, spec, desc, action)
			} else {
				fmt.Fprintf(&b, "\t\t\t'%s[%s]%s' \\\n", spec, desc, action)
			}
		}
		b.WriteString("\t\t\t'(- *)'{-h,--help}'[显示帮助]' \\\n")
		switch s.args {
		case "data":
			b.WriteString("\t\t\t'*:数据文件:_files -g \"*.(yaml|yml|json|xlsx)(-.)\"'\n")
		case "words":
			fmt.Fprintf(&b, "\t\t\t'1:参数:(%s)'", strings.Join(s.words, " "))
			if s.name == "templates" {
				b.WriteString(" \\\n\t\t\t'2:目录:_files -/'")
			}
			b.WriteString("\n")
		default:
			b.WriteString("\n")
		}
		b.WriteString("\t\t;;\n")
	}
	b.WriteString(`	esac
}

if [[ $funcstack[1] == _zongjie ]]; then
	_zongjie "$@"
else
	compdef _zongjie zongjie
fi
`)
	return b.String()
}

// fishQuote quotes s for a single-quoted fish word.
func fishQuote(s string) string {
	return "'" + strings.NewReplacer(`\`, `\\`, `'`, `\'`).Replace(s) + "'"
}

func fishCompletion(specs []commandSpec) string {
	var b strings.Builder
	b.WriteString(`# zongjie 的 fish 补全脚本,由 zongjie completion fish 生成。
# 保存为 ~/.config/fish/completions/zongjie.fish

complete -c zongjie -f
`)
	var names []string
	for _, s := range specs {
		names = append(names, s.name)
	}
	all := strings.Join(append(names, "help"), " ")
	for _, s := range specs {
		fmt.Fprintf(&b, "complete -c zongjie -n 'not __fish_seen_subcommand_from %s' -a %s -d %s\n", all, s.name, fishQuote(s.summary))
	}
	fmt.Fprintf(&b, "complete -c zongjie -n 'not __fish_seen_subcommand_from %s' -a help -d '显示帮助'\n", all)
	fmt.Fprintf(&b, "complete -c zongjie -n 'not __fish_seen_subcommand_from %s' -s V -l version -d '显示版本'\n", all)
	fmt.Fprintf(&b, "complete -c zongjie -n '__fish_seen_subcommand_from help' -a %s\n", fishQuote(strings.Join(helpWords(), " ")))
	for _, s := range specs {
		cond := fmt.Sprintf("-n '__fish_seen_subcommand_from %s'", s.name)
		for _, o := range s.opts {
			fmt.Fprintf(&b, "complete -c zongjie %s", cond)
			if o.short != "" {
				fmt.Fprintf(&b, " -s %s", o.short)
			}
			fmt.Fprintf(&b, " -l %s", o.long)
			if !o.isSwitch() {
				switch {
				case len(o.values) > 0:
					fmt.Fprintf(&b, " -x -a %s", fishQuote(strings.Join(o.values, " ")))
				case o.complete == "file":
					b.WriteString(" -r -F")
				case o.complete == "dir":
					b.WriteString(" -x -a '(__fish_complete_directories)'")
				default:
					b.WriteString(" -x")
				}
			}
			fmt.Fprintf(&b, " -d %s\n", fishQuote(o.brief()))
		}
		fmt.Fprintf(&b, "complete -c zongjie %s -s h -l help -d '显示帮助'\n", cond)
		switch s.args {
		case "data":
			fmt.Fprintf(&b, "complete -c zongjie %s -F\n", cond)
		case "words":
			words := strings.Join(s.words, " ")
			fmt.Fprintf(&b, "complete -c zongjie -n '__fish_seen_subcommand_from %s; and not __fish_seen_subcommand_from %s' -a %s\n", s.name, words, fishQuote(words))
			if s.name == "templates" {
				fmt.Fprintf(&b, "complete -c zongjie -n '__fish_seen_subcommand_from export' -a '(__fish_complete_directories)'\n")
			}
		}
	}
	return b.String()
}
