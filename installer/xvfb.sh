# Xvfb for the installed-package check and the start-up benchmark, and waiting for a launcher's
# window there. Sourced, not run; needs common.sh first.

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
