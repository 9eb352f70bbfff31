#!/usr/bin/env bash
# The installed app (target/installer/image, made by installer/linux.sh) with and without
# class-data archives, in one run: the command line (bench/compare.sh: import of a folder of
# returns, status, report) and the window (bench/run WindowStartProcess through the launcher).
# Variants, each a copy of the app-image that differs only in class-data sharing:
#   none     no archive at all
#   jdk      the JDK's archive dumped as the .deb's postinst does (java -Xshare:dump)
#   jdk-fmg  the JDK's archive dumped with the launcher's --enable-native-access, so the JVM keeps
#            the archived module graph
#   user     jdk-fmg plus a per-user archive of the app's classes that the JVM writes at exit when
#            it is missing (-XX:+AutoCreateSharedArchive), made by one `status` before the CLI runs
#            and by the first window start before the later ones
#   bench/installed.sh ROUNDS EMPTY_DB RETURNS_FOLDER DEMO_DB [VARIANT...]
# EMPTY_DB, RETURNS_FOLDER, DEMO_DB as for bench/compare.sh. ZB_XVFB_DISPLAY picks the display.
# Needs what bench/compare.sh and installer/check-linux.sh need.
set -euo pipefail
source "$(dirname "$0")/../installer/common.sh"
source "$(dirname "$0")/../installer/xvfb.sh"

ROUNDS=$1 EMPTY=$2 RETURNS=$3 DEMO=$4
shift 4
VARIANTS=("$@")
[ ${#VARIANTS[@]} -gt 0 ] || VARIANTS=(none jdk jdk-fmg user)
IMAGE=$ZB_OUT/image/$ZB_NAME
[ -x "$IMAGE/bin/$ZB_NAME" ] || zb_die "no app-image: run installer/linux.sh first"
WORK=$(mktemp -d)
trap 'zb_xvfb_stop; rm -rf "$WORK"' EXIT

# A copy of the app-image with the class-data sharing of one variant.
copy() { # variant folder
  local app=$2/$ZB_NAME cfg
  mkdir -p "$2" && cp -a "$IMAGE" "$2/"
  cfg=$app/lib/app/$ZB_NAME.cfg
  case $1 in
    none) ;;
    jdk) "$app/lib/runtime/bin/java" -Xshare:dump >/dev/null 2>&1 ;;
    jdk-fmg | user) "$app/lib/runtime/bin/java" --enable-native-access=ALL-UNNAMED -Xshare:dump >/dev/null 2>&1 ;;
    *) zb_die "unknown variant $1" ;;
  esac
  if [ "$1" = user ]; then
    printf 'java-options=%s\n' -XX:+AutoCreateSharedArchive \
      "-XX:SharedArchiveFile=\$APPDIR/../runtime/lib/server/classes.jsa:$2/user.jsa" -Xlog:disable >> "$cfg"
  fi
}

echo "## Command line (bench/compare.sh, $ROUNDS rounds)"
launchers=()
for v in "${VARIANTS[@]}"; do
  copy "$v" "$WORK/cli/$v"
  launchers+=("$v=$WORK/cli/$v/$ZB_NAME/bin/$ZB_NAME")
done
if [ -d "$WORK/cli/user" ]; then
  /usr/bin/time -f 'user: status that writes the archive: %e s wall' \
    "$WORK/cli/user/$ZB_NAME/bin/$ZB_NAME" status --db "$DEMO" --period 2015Q4 >/dev/null
  echo "user: archive $(stat -c %s "$WORK/cli/user/user.jsa") bytes"
fi
"$(dirname "$0")/compare.sh" "$ROUNDS" "$EMPTY" "$RETURNS" "$DEMO" "${launchers[@]}"

echo
echo "## Window (bench/run WindowStartProcess through the launcher, $ROUNDS runs)"
(cd "$ZB_ROOT" && mvn -B -q test-compile)
(cd "$ZB_ROOT/target/test-classes" && jar cf "$WORK/robot.jar" org/zhibiao/bench/WindowStartProcess*.class)
windows=()
for v in "${VARIANTS[@]}"; do
  copy "$v" "$WORK/window/$v"
  app=$WORK/window/$v/$ZB_NAME
  cp "$WORK/robot.jar" "$app/lib/app/"
  cfg=$app/lib/app/$ZB_NAME.cfg
  sed -i -e 's/^app.mainclass=.*/app.mainclass=org.zhibiao.bench.WindowStartProcess/' \
    -e '/^\[JavaOptions\]/i app.classpath=$APPDIR/robot.jar' "$cfg"
  printf '\n[ArgOptions]\narguments=child\n' >> "$cfg"
  windows+=("$v=launcher:$app/bin/$ZB_NAME")
done
zb_xvfb_start || zb_die "Xvfb did not start"
DISPLAY=$ZB_DISPLAY "$ZB_ROOT/bench/run" WindowStartProcess "$ROUNDS" "${windows[@]}"
