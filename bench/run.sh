#!/usr/bin/env bash
# bench/run.sh — measure zongjie against the tools a user would pick instead
# (pandoc md→HTML/DOCX, pandoc + wkhtmltopdf md→PDF, LibreOffice docx→PDF) on
# this machine, in one run, and write bench/RESULTS.md.
#
#   bench/run.sh            full run: yongjia example and 100 … 100 000 units (about 15 minutes)
#   bench/run.sh -quick     a quick try: fewer runs, peers only on the small sets
#   bench/run.sh -rollup    the roll-up section only (zongjie rollup of 1 000 … 100 000
#                           unions; about 10 minutes); the rest of RESULTS.md is kept
#
# It installs what it needs from Debian/Ubuntu (apt-get, as root or with
# sudo), builds zongjie and zjgen once, generates the synthetic sets and
# times every command with hyperfine and /usr/bin/time -v.
# BENCH_WORK=DIR keeps the data and outputs in DIR (default: a new temp dir).
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
go build -o "$work/runbench" ./bench/runbench
exec "$work/runbench" -work "$work" -zongjie "$work/zongjie" -zjgen "$work/zjgen" -out bench/RESULTS.md "$@"
