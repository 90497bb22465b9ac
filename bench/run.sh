#!/usr/bin/env bash
# bench/run.sh — measure zongjie against the tools a user would pick instead
# (pandoc md→HTML/DOCX, pandoc + wkhtmltopdf md→PDF, LibreOffice docx→PDF) on
# this machine, in one run, and write bench/RESULTS.md.
#
#   bench/run.sh            full run: yongjia example and 100 … 100 000 units (about 20 minutes)
#   bench/run.sh -quick     a quick try: fewer runs, peers only on the small sets
#   bench/run.sh -rollup    the roll-up section only (zongjie rollup of 1 000 … 100 000
#                           unions; about 10 minutes); the rest of RESULTS.md is kept
#
# It installs what it needs from Debian/Ubuntu (apt-get, as root or with
# sudo), builds zongjie, zjgen and stageprof once, generates the synthetic
# sets and times every command with hyperfine and /usr/bin/time -v. Every
# ratio is the ratio of the medians of the two commands run in turn, with
# the load average printed beside it; stageprof breaks one PDF run down by
# stage, with the page cache warm and emptied (as root; otherwise the
# files' pages are evicted one by one).
# BENCH_WORK=DIR keeps the data and outputs in DIR (default: a new temp dir).
# BENCH_BASELINE=REV also builds zongjie at git revision REV and compares
# the PDF run with it, warm and cold (default b4e2e79, the version before
# issue 22; empty for none).
set -euo pipefail
cd "$(dirname "$0")/.."

pkgs=()
have() { command -v "$1" >/dev/null 2>&1; }
rollup_only=false
for a in "$@"; do [ "$a" = -rollup ] && rollup_only=true; done
if $rollup_only; then
	[ -x /usr/bin/time ] || pkgs+=(time)
else
	have pandoc || pkgs+=(pandoc)
	have wkhtmltopdf || pkgs+=(wkhtmltopdf)
	have soffice || pkgs+=(libreoffice-writer-nogui)
	have hyperfine || pkgs+=(hyperfine)
	[ -x /usr/bin/time ] || pkgs+=(time)
	have fc-list || pkgs+=(fontconfig)
	# CJK fonts, so that wkhtmltopdf and LibreOffice draw the Chinese text (a
	# fair comparison) and zongjie uses installed fonts, not its embedded ones.
	for f in gbsn00lp:fonts-arphic-gbsn00lp gkai00mp:fonts-arphic-gkai00mp DroidSansFallbackFull:fonts-droid-fallback; do
		# (grep without -q: -q would close the pipe early and fail under pipefail)
		if ! { have fc-list && fc-list | grep "${f%%:*}" >/dev/null; }; then pkgs+=("${f#*:}"); fi
	done
fi
if ((${#pkgs[@]})); then
	sudo=""
	[ "$(id -u)" -eq 0 ] || sudo=sudo
	echo "安装:${pkgs[*]}" >&2
	$sudo apt-get update
	DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y "${pkgs[@]}"
fi

work=${BENCH_WORK:-$(mktemp -d "${TMPDIR:-/tmp}/zongjie-bench.XXXXXX")}
mkdir -p "$work"
echo "工作目录:$work" >&2
go build -o "$work/zongjie" ./cmd/zongjie
go build -o "$work/zjgen" ./cmd/zjgen
go build -o "$work/stageprof" ./bench/stageprof
go build -o "$work/runbench" ./bench/runbench
baseline=()
rev=${BENCH_BASELINE-b4e2e79}
if [ -n "$rev" ] && git cat-file -e "$rev^{commit}" 2>/dev/null; then
	rm -rf "$work/baseline-src" && mkdir -p "$work/baseline-src"
	git archive "$rev" | tar -x -C "$work/baseline-src"
	(cd "$work/baseline-src" && go build -o "$work/zongjie-$rev" ./cmd/zongjie)
	baseline=(-baseline "$work/zongjie-$rev" -baseline-name "$rev")
elif [ -n "$rev" ]; then
	echo "没有 $rev 这个提交,不与早先版本比较" >&2
fi
exec "$work/runbench" -work "$work" -zongjie "$work/zongjie" -zjgen "$work/zjgen" -stageprof "$work/stageprof" ${baseline[@]+"${baseline[@]}"} -out bench/RESULTS.md "$@"
