#!/usr/bin/env bash
# Builds the Linux app-image and .deb, unpacks the .deb into a temporary root (dpkg -x), dumps the
# class-data archive there as the package's postinst does, prints the sizes and uses the installed
# program as a user would: the command line on a demo database (every kind of file it reads and
# writes, and a server address), then the window under Xvfb with a window manager, saved as a
# screenshot.
#   installer/check-linux.sh SCREENSHOT.png [--no-build]
# Needs, besides what linux.sh needs: xvfb, openbox, xdotool, x11-utils, imagemagick (import), and
# the spreadsheets of ../shared/corpus.
# Exits non-zero on the first thing that does not work.
set -euo pipefail
source "$(dirname "$0")/common.sh"
source "$(dirname "$0")/xvfb.sh"

SHOT=${1:?usage: installer/check-linux.sh SCREENSHOT.png [--no-build]}
SHOT=$(cd "$(dirname "$SHOT")" && pwd)/$(basename "$SHOT")
[ "${2:-}" = --no-build ] || "$ZB_ROOT/installer/linux.sh"

DEB=$(ls "$ZB_OUT"/deb/zhibiao_*.deb)
WORK=$(mktemp -d)
trap 'zb_xvfb_stop; rm -rf "$WORK"' EXIT
dpkg -x "$DEB" "$WORK/root"
BIN=$WORK/root/opt/zhibiao/bin/Zhibiao
DB=$WORK/demo.db
export ZHIBIAO_HOME=$WORK/home
zb_log "installed from $DEB into $WORK/root"
ARCHIVE=$WORK/root/opt/zhibiao/lib/runtime/lib/server/classes.jsa
# The package's own archive step, run against the unpacked files.
dump=$(dpkg-deb -I "$DEB" postinst | grep -- '-Xshare:dump' | sed 's/ >.*//') || zb_die "postinst: no archive step"
${dump//\/opt\/zhibiao/$WORK/root/opt/zhibiao} >/dev/null
[ -f "$ARCHIVE" ] || zb_die "the package's class-data step dumped no archive"
zb_log "sizes: .deb $(stat -c %s "$DEB") bytes; app-image $(du -sb "$ZB_OUT/image/$ZB_NAME" | cut -f1);" \
  "installed $(du -sb --exclude=classes.jsa "$WORK/root/opt/zhibiao" | cut -f1)" \
  "+ archive dumped there $(stat -c %s "$ARCHIVE")"

# Runs a command of the installed program; fails unless it exits with the expected code (CLI.md)
# and prints no stack trace. A JDK module missing from the runtime shows here as a stack trace or
# exit 3.
expect() { # exit-code description command...
  local code=$1 description=$2 status=0
  shift 2
  "$@" >"$WORK/out" 2>&1 || status=$?
  if [ "$status" != "$code" ] || grep -qE 'Exception|Error:|^\s+at ' "$WORK/out"; then
    cat "$WORK/out" >&2
    zb_die "failed: $description (exit $status, expected $code)"
  fi
  zb_log "ok: $description"
}

CORPUS=$ZB_ROOT/../shared/corpus/poi-test-data
! grep -q SharedArchiveFile "$WORK/root/opt/zhibiao/lib/app/$ZB_NAME.cfg" ||
  zb_die "the command line's launcher names a per-user class-data archive"
expect 0 "init --demo" "$BIN" init --db "$DB" --demo
expect 0 "status" "$BIN" status --db "$DB" --period 2015Q4
expect 0 "regions" "$BIN" regions --db "$DB" --format csv --lang en
expect 0 "export csv" "$BIN" export --db "$DB" --format csv --out "$WORK/export.csv"
zb_log "export: $(wc -l < "$WORK/export.csv") lines"
expect 0 "export xlsx" "$BIN" export --db "$DB" --period 2015Q4 --format xlsx --out "$WORK/export.xlsx"
expect 0 "template (.xlsx written)" "$BIN" template --db "$DB" --period 2016Q4 --region 220100 --out "$WORK/returns"
expect 1 "import of a blank .xlsx return (read, rejected)" "$BIN" import --db "$DB" --lang en "$WORK/returns"
grep -q 'rejected' "$WORK/out" || zb_die "the blank return was not rejected"
expect 1 "import of a .xls workbook that is no return (read, rejected)" \
  "$BIN" import --db "$DB" --lang en "$CORPUS/chinese-provinces.xls"
grep -q 'No return table found' "$WORK/out" || zb_die "the .xls workbook was not read"
expect 0 "catalogue export" "$BIN" catalogue export --db "$DB" --out "$WORK/catalogue.xlsx"
expect 0 "catalogue import" "$BIN" catalogue import --db "$DB" "$WORK/catalogue.xlsx"
expect 0 "report pdf" "$BIN" report --db "$DB" --period 2015Q4 --out "$WORK/report.pdf"
expect 0 "report docx" "$BIN" report --db "$DB" --period 2015Q4 --out "$WORK/report.docx"
expect 0 "chart png" "$BIN" chart --db "$DB" --type gap --period 2015Q4 --out "$WORK/gap.png"
expect 3 "a server that does not answer (PostgreSQL driver, clear message)" \
  env PGPASSWORD=check "$BIN" status --db 'postgresql://127.0.0.1:1/zhibiao?user=check' --period 2015Q4 --lang en
grep -q 'postgresql://127.0.0.1:1/zhibiao' "$WORK/out" || zb_die "no message naming the server"

mkdir -p "$WORK/tmp"
JAVA_TOOL_OPTIONS="-Djava.io.tmpdir=$WORK/tmp -Xlog:class+load:file=$WORK/classes.txt -Xlog:cds:file=$WORK/cds.txt" \
  "$BIN" regions --db "$DB" >/dev/null 2>&1
shared=$(grep -c 'shared objects file' "$WORK/classes.txt" || true)
zb_log "classes from the class-data archive in the installed location: $shared of $(wc -l < "$WORK/classes.txt")"
grep -q 'full module graph: enabled' "$WORK/cds.txt" ||
  zb_die "the JVM did not use the archived module graph (archive dumped with other module options than the launcher's)"
zb_log "ok: the archived module graph is used"
[ -z "$(ls "$WORK/tmp")" ] || zb_die "sqlite's native library was extracted to the temp folder"
zb_log "ok: sqlite's native library loaded from the installation, nothing extracted"

zb_xvfb_start || zb_die "Xvfb did not start"
# The window as the menu entry starts it, in a session whose runtime folder is empty: the first
# start leaves the per-user class-data archive there when it ends, the second maps it.
MENU=$(sed -n 's#^Exec=\([^ ]*\).*#\1#p' "$WORK/root/opt/zhibiao/lib/zhibiao-$ZB_NAME.desktop")
[ -n "$MENU" ] || zb_die "the menu entry starts nothing"
export XDG_RUNTIME_DIR=$WORK/run
mkdir -m 700 "$XDG_RUNTIME_DIR"
window() { # screenshot
  DISPLAY=$ZB_DISPLAY "$WORK/root$MENU" >"$WORK/window.log" 2>&1 &
  APP_PID=$!
  if WINDOW=$(zb_wait_window "$APP_PID" 120); then
    sleep 5
    zb_log "window: $(DISPLAY=$ZB_DISPLAY xdotool getwindowname "$WINDOW")"
    DISPLAY=$ZB_DISPLAY import -window root "$1"
    zb_log "screenshot: $1"
    MAPS=$(cat "/proc/$APP_PID/maps")
    kill "$APP_PID"
    wait "$APP_PID" || true
  else
    DISPLAY=$ZB_DISPLAY import -window root "$1"
    cat "$WORK/window.log" >&2
    zb_die "the installed program showed no window (screenshot of the empty screen: $1)"
  fi
}
window "$SHOT"
archive=$(ls "$XDG_RUNTIME_DIR"/zhibiao-*.jsa 2>/dev/null) || zb_die "the window left no class-data archive in the runtime folder"
zb_log "ok: the window left its class-data archive: $archive, $(stat -c %s "$archive") bytes"
window "$WORK/second.png"
grep -qF "$archive" <<< "$MAPS" || zb_die "the second window start did not map $archive"
zb_log "ok: the second window start mapped it"
