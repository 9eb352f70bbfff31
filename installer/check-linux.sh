#!/usr/bin/env bash
# Builds the Linux app-image and .deb, unpacks the .deb into a temporary root (dpkg -x), dumps the
# class-data archive there as the package's postinst does, prints the sizes and uses the installed
# program as a user would: the command line on a demo database, then the window under Xvfb with a
# window manager, saved as a screenshot.
#   installer/check-linux.sh SCREENSHOT.png [--no-build]
# Needs, besides what linux.sh needs: xvfb, openbox, xdotool, x11-utils, imagemagick (import).
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
"$WORK/root/opt/zhibiao/lib/runtime/bin/java" -Xshare:dump >/dev/null
[ -f "$ARCHIVE" ] || zb_die "the package's class-data step dumped no archive"
zb_log "sizes: .deb $(stat -c %s "$DEB") bytes; app-image $(du -sb "$ZB_OUT/image/$ZB_NAME" | cut -f1);" \
  "installed $(du -sb --exclude=classes.jsa "$WORK/root/opt/zhibiao" | cut -f1)" \
  "+ archive dumped there $(stat -c %s "$ARCHIVE")"

check() { # description command...
  local description=$1
  shift
  if "$@"; then zb_log "ok: $description"; else zb_die "failed: $description"; fi
}

check "init --demo" "$BIN" init --db "$DB" --demo
check "status" "$BIN" status --db "$DB" --period 2015Q4
check "regions" "$BIN" regions --db "$DB" --format csv --lang en
check "export" "$BIN" export --db "$DB" --format csv --out "$WORK/export.csv"
zb_log "export: $(wc -l < "$WORK/export.csv") lines"

mkdir -p "$WORK/tmp"
JAVA_TOOL_OPTIONS="-Djava.io.tmpdir=$WORK/tmp -Xlog:class+load:file=$WORK/classes.txt" \
  "$BIN" regions --db "$DB" >/dev/null 2>&1
shared=$(grep -c 'shared objects file' "$WORK/classes.txt" || true)
zb_log "classes from the class-data archive in the installed location: $shared of $(wc -l < "$WORK/classes.txt")"
[ -z "$(ls "$WORK/tmp")" ] || zb_die "sqlite's native library was extracted to the temp folder"
zb_log "ok: sqlite's native library loaded from the installation, nothing extracted"

zb_xvfb_start || zb_die "Xvfb did not start"
ZHIBIAO_HOME=$WORK/home DISPLAY=$ZB_DISPLAY "$BIN" >"$WORK/window.log" 2>&1 &
APP_PID=$!
if WINDOW=$(zb_wait_window "$APP_PID" 120); then
  sleep 5
  zb_log "window: $(DISPLAY=$ZB_DISPLAY xdotool getwindowname "$WINDOW")"
  DISPLAY=$ZB_DISPLAY import -window root "$SHOT"
  kill "$APP_PID" 2>/dev/null || true
  zb_log "screenshot: $SHOT"
else
  DISPLAY=$ZB_DISPLAY import -window root "$SHOT"
  cat "$WORK/window.log" >&2
  zb_die "the installed program showed no window (screenshot of the empty screen: $SHOT)"
fi
