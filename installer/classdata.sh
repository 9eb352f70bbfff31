#!/bin/sh
# Dumps the class-data-sharing archive of an installed Zhibiao: app.jsa beside this script, of the
# classes listed in classes.lst (written by the build's training runs), with the installation's
# own runtime, class path and module options. The .deb runs it after installing (postinst) and
# removes the archive before removing the program (prerm); the macOS build runs it inside the .app.
# The launcher maps the archive when it is there and matches the installed files, and starts
# without it otherwise, only slower.
#   classdata.sh          dump lib/app/app.jsa
#   classdata.sh remove   delete it
set -eu
app=$(cd "$(dirname "$0")" && pwd)
if [ "${1:-}" = remove ]; then
  rm -f "$app/app.jsa"
  exit 0
fi
for java in "$app/../runtime/bin/java" "$app/../runtime/Contents/Home/bin/java"; do
  [ -x "$java" ] && break
done
cfg=$(ls "$app"/*.cfg | head -1)
classpath=$(sed -n 's/^app\.classpath=//p' "$cfg" | sed "s#\\\$APPDIR#$app#g" | paste -sd: -)
rm -f "$app/app.jsa"
# The archive must be dumped with the launcher's module options (those starting with --).
# shellcheck disable=SC2046
"$java" $(sed -n 's/^java-options=\(--.*\)/\1/p' "$cfg") -Xshare:dump \
  -XX:SharedClassListFile="$app/classes.lst" -XX:SharedArchiveFile="$app/app.jsa" \
  -cp "$classpath" >/dev/null 2>&1 || {
  rm -f "$app/app.jsa"
  echo "zhibiao: no class-data archive dumped; the program starts without it" >&2
}
