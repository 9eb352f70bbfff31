#!/usr/bin/env bash
# Start-up of the packaged app (target/installer/image, made by installer/linux.sh) with and
# without the JDK's class-data archive, in one run:
#   native  sqlite-jdbc loads the library shipped in the image (org.sqlite.lib.path), no archive
#   jdk     native + the JDK's class-data archive, dumped as the .deb's postinst does
# Measures a CLI command with hyperfine and launcher-to-window under Xvfb: the time from starting
# the launcher until X reports a visible (mapped) window of that process, polled every 10 ms with
# xdotool; JavaFX paints the first frame on the pulse after mapping.
#   bench/startup.sh [runs]
# Needs hyperfine, xvfb, xdotool, x11-utils.
set -euo pipefail
source "$(dirname "$0")/../installer/common.sh"
source "$(dirname "$0")/../installer/xvfb.sh"

RUNS=${1:-10}
IMAGE=$ZB_OUT/image/$ZB_NAME
[ -x "$IMAGE/bin/$ZB_NAME" ] || zb_die "no app-image: run installer/linux.sh first"
WORK=$(mktemp -d)
trap 'zb_xvfb_stop; rm -rf "$WORK"' EXIT

variant() { # name
  mkdir -p "$WORK/$1"
  cp -a "$IMAGE" "$WORK/$1/"
}
variant native
variant jdk
$(zb_archive_command "$WORK/jdk/$ZB_NAME/lib/runtime") >/dev/null 2>&1

export ZHIBIAO_HOME=$WORK/home
mkdir -p "$ZHIBIAO_HOME"
DB=$WORK/demo.db
"$WORK/jdk/$ZB_NAME/bin/$ZB_NAME" init --db "$DB" --demo >/dev/null 2>&1
cp "$DB" "$ZHIBIAO_HOME/zhibiao.db"
COMMAND="status --db $DB --period 2015Q4"

echo "## CLI: \`$COMMAND\` on the demo database ($RUNS runs, hyperfine)"
hyperfine --warmup 2 --runs "$RUNS" --style basic --export-markdown "$WORK/cli.md" \
  -n native "$WORK/native/$ZB_NAME/bin/$ZB_NAME $COMMAND" \
  -n jdk "$WORK/jdk/$ZB_NAME/bin/$ZB_NAME $COMMAND" >/dev/null
cat "$WORK/cli.md"

window_ms() { # launcher
  local start pid elapsed
  start=$(date +%s%N)
  DISPLAY=$ZB_DISPLAY "$1" >/dev/null 2>&1 &
  pid=$!
  zb_wait_window "$pid" 120 >/dev/null || zb_die "no window from $1"
  elapsed=$((($(date +%s%N) - start) / 1000000))
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  echo "$elapsed"
}

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }

zb_xvfb_start || zb_die "Xvfb did not start"
echo
echo "## Launcher to visible window under Xvfb ($RUNS runs each, interleaved, ms)"
echo "| variant | median | min | max |"
echo "| --- | --- | --- | --- |"
window_ms "$WORK/jdk/$ZB_NAME/bin/$ZB_NAME" >/dev/null
for i in $(seq "$RUNS"); do
  for v in native jdk; do
    window_ms "$WORK/$v/$ZB_NAME/bin/$ZB_NAME" >> "$WORK/$v.window"
  done
done
for v in native jdk; do
  echo "| $v | $(median < "$WORK/$v.window") | $(sort -n "$WORK/$v.window" | head -1) | $(sort -n "$WORK/$v.window" | tail -1) |"
done
