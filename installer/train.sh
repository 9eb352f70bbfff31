# Runs an installed or packaged launcher the way a user does, for the AppCDS class list, the
# installed-package check and the start-up benchmark. Sourced, not run; needs common.sh first.

# Starts Xvfb (and openbox when present, so windows get a title bar) on display ZB_XVFB_DISPLAY
# (for example :56) or else a random one from :90 to :189.
zb_xvfb_start() {
  command -v Xvfb >/dev/null || return 1
  ZB_DISPLAY=${ZB_XVFB_DISPLAY:-:$((90 + RANDOM % 100))}
  Xvfb "$ZB_DISPLAY" -screen 0 1440x900x24 -nolisten tcp >/dev/null 2>&1 &
  ZB_XVFB_PID=$!
  local tries=0
  until DISPLAY=$ZB_DISPLAY xdpyinfo >/dev/null 2>&1; do
    tries=$((tries + 1))
    [ "$tries" -lt 100 ] || return 1
    sleep 0.05
  done
  if command -v openbox >/dev/null; then
    DISPLAY=$ZB_DISPLAY openbox >/dev/null 2>&1 &
    ZB_WM_PID=$!
    sleep 0.5
  fi
}

zb_xvfb_stop() {
  [ -n "${ZB_WM_PID:-}" ] && kill "$ZB_WM_PID" 2>/dev/null || true
  [ -n "${ZB_XVFB_PID:-}" ] && kill "$ZB_XVFB_PID" 2>/dev/null || true
  wait 2>/dev/null || true
  ZB_WM_PID= ZB_XVFB_PID=
}

# Waits until the process shows a visible window; prints its id. Fails if the process ends first
# or after the timeout (seconds).
zb_wait_window() { # pid timeout
  local pid=$1 deadline=$(($(date +%s) + $2)) id
  while kill -0 "$pid" 2>/dev/null; do
    id=$(DISPLAY=$ZB_DISPLAY xdotool search --onlyvisible --pid "$pid" 2>/dev/null | head -1) || true
    if [ -n "$id" ]; then
      printf '%s' "$id"
      return 0
    fi
    [ "$(date +%s)" -lt "$deadline" ] || return 1
    sleep 0.01
  done
  return 1
}

# Opens the desktop app (no arguments) under Xvfb with extra JVM options, waits for its window,
# lets it settle, then closes it. Fails when no window shows.
zb_open_window() { # launcher home java-tool-options
  local launcher=$1 home=$2 pid status=0
  ZHIBIAO_HOME=$home JAVA_TOOL_OPTIONS=$3 DISPLAY=$ZB_DISPLAY "$launcher" >/dev/null 2>&1 &
  pid=$!
  zb_wait_window "$pid" 120 >/dev/null || status=1
  sleep 3
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  return "$status"
}

# Class lists of the CLI commands and of a first window, one file per JVM.
zb_train_all() { # launcher
  local launcher=$1 work=$ZB_OUT/train n=0
  rm -rf "$work" "$ZB_OUT"/train-*.lst && mkdir -p "$work"
  zb_train_cli_lists "$launcher" "$work"
  if zb_xvfb_start; then
    zb_open_window "$launcher" "$work/home" "-XX:DumpLoadedClassList=$ZB_OUT/train-window.lst" ||
      zb_log "no window opened: the archive covers the command line only"
    zb_xvfb_stop
  else
    zb_log "no Xvfb: the archive covers the command line only"
  fi
  for list in "$ZB_OUT"/train-*.lst; do [ -s "$list" ] && n=$((n + 1)); done
  [ "$n" -gt 0 ] || zb_die "the training runs wrote no class list"
}

# CLI commands of CLI.md as a user runs them, each JVM writing its own class list; a command this
# build does not have yet just fails.
zb_train_cli_lists() { # launcher work-dir
  local launcher=$1 work=$2 db=$2/train.db
  ZB_TRAIN_RUN=0
  rm -f "$db"
  zb_train_run "$launcher" "$work" init --db "$db" --demo ||
    { rm -f "$db"; zb_train_run "$launcher" "$work" init --db "$db"; } || true
  zb_train_run "$launcher" "$work" status --db "$db" --period 2015Q4 || true
  zb_train_run "$launcher" "$work" regions --db "$db" --format csv || true
  zb_train_run "$launcher" "$work" export --db "$db" --format csv --out "$work/train.csv" || true
}

zb_train_run() { # launcher work-dir args...
  local launcher=$1 work=$2
  shift 2
  ZB_TRAIN_RUN=$((ZB_TRAIN_RUN + 1))
  ZHIBIAO_HOME=$work JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$ZB_OUT/train-cli$ZB_TRAIN_RUN.lst" \
    "$launcher" "$@" >/dev/null 2>&1
}
