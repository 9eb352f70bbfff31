#!/usr/bin/env bash
# Builds the Linux app-image and .deb of Zhibiao into target/installer/.
#   installer/linux.sh            app-image and .deb
# The .deb does not ship the JDK's class-data archive (14 MB): its postinst dumps it with the
# installed runtime, its prerm deletes it; the JVM starts without it when it is missing.
# Needs a JDK 17+ with jpackage and jmods (Debian: openjdk-17-jdk), Maven, dpkg-deb and fakeroot.
set -euo pipefail
source "$(dirname "$0")/common.sh"
cd "$ZB_ROOT"

IMAGE_DIR=$ZB_OUT/image
APP=$IMAGE_DIR/$ZB_NAME
WINDOW=$ZB_NAME-window
BUILD=$(date -u +%Y%m%d%H%M%S)

# The window's own launcher, which the menu entry starts: a second name of the launcher (a hard
# link; the launcher reads the .cfg named like itself) whose .cfg adds a per-user class-data
# archive of the classes the window loads. The JVM writes it at exit when it is missing, into the
# session's runtime folder ($XDG_RUNTIME_DIR: always there in a desktop session, emptied at
# logout), named after this build so an update never meets an older one. It takes about a quarter
# off the window's later start (BENCHMARKS.md). The command line keeps the launcher without it:
# there a missing or read-only folder would end every command with a JVM error and exit code 1.
window_launcher() { # app-folder
  ln -f "$1/bin/$ZB_NAME" "$1/bin/$WINDOW"
  { cat "$1/lib/app/$ZB_NAME.cfg"
    printf 'java-options=%s\n' -XX:+AutoCreateSharedArchive \
      "-XX:SharedArchiveFile=\$APPDIR/../runtime/lib/server/classes.jsa:\$XDG_RUNTIME_DIR/zhibiao-$BUILD.jsa" \
      -Xlog:disable
  } > "$1/lib/app/$WINDOW.cfg"
}

zb_find_jdk
zb_build_jar
zb_runtime
zb_input org/sqlite/native/Linux/x86_64/libsqlitejdbc.so

zb_log "app-image"
rm -rf "$IMAGE_DIR"
"$ZB_JDK/bin/jpackage" --type app-image --dest "$IMAGE_DIR" --name "$ZB_NAME" \
  --app-version "$(zb_version)" --vendor "$ZB_VENDOR" --description "$ZB_DESCRIPTION" \
  --input "$ZB_OUT/input" --main-jar zhibiao.jar --main-class "$ZB_MAIN_CLASS" \
  --runtime-image "$ZB_OUT/runtime" --icon icons/png/zhibiao-256.png \
  --java-options "$(zb_java_options libsqlitejdbc.so)"
# jpackage's launcher keeps its debugger symbols (0.4 MB); nothing links against them.
strip --strip-unneeded "$APP/bin/$ZB_NAME" "$APP/lib/libapplauncher.so"

zb_log ".deb"
rm -rf "$ZB_OUT/deb" && mkdir -p "$ZB_OUT/deb"
"$ZB_JDK/bin/jpackage" --type deb --dest "$ZB_OUT/deb" --app-image "$APP" --name "$ZB_NAME" \
  --app-version "$(zb_version)" --vendor "$ZB_VENDOR" --description "$ZB_DESCRIPTION" \
  --icon icons/png/zhibiao-256.png --linux-package-name zhibiao \
  --linux-package-deps libgtk-3-0 --linux-shortcut --linux-menu-group Office \
  --linux-app-category misc --linux-deb-maintainer "zhibiao@localhost" \
  --file-associations installer/associations/snapshot-linux.properties

DEB=$(ls "$ZB_OUT"/deb/*.deb)
# jpackage's package scripts, plus: after installing, dump the JDK's class-data archive with the
# launcher's module options; before removing or upgrading, delete it (dpkg removes only the files
# it installed). The window's launcher beside the main one, and the menu entry pointing at it.
# xz at its highest level makes the package smallest.
rm -rf "$ZB_OUT/debroot"
dpkg-deb -R "$DEB" "$ZB_OUT/debroot"
ARCHIVE=/opt/zhibiao/lib/runtime/lib/server/classes.jsa
sed -i "s#^    configure)\$#&\n/opt/zhibiao/lib/runtime/bin/java $(zb_module_options "$ZB_OUT/runtime") -Xshare:dump >/dev/null 2>\&1 || rm -f $ARCHIVE#" \
  "$ZB_OUT/debroot/DEBIAN/postinst"
sed -i "0,/^set -e\$/s##&\nrm -f $ARCHIVE#" "$ZB_OUT/debroot/DEBIAN/prerm"
grep -q Xshare:dump "$ZB_OUT/debroot/DEBIAN/postinst" || zb_die "postinst: no place for the archive step"
window_launcher "$ZB_OUT/debroot/opt/zhibiao"
window_launcher "$APP"
DESKTOP=$ZB_OUT/debroot/opt/zhibiao/lib/zhibiao-$ZB_NAME.desktop
# %f hands a double-clicked .zbs snapshot to the window, which opens it read-only.
sed -i "s#^Exec=/opt/zhibiao/bin/$ZB_NAME\\b.*#Exec=/opt/zhibiao/bin/$WINDOW %f#" "$DESKTOP"
grep -qx "Exec=/opt/zhibiao/bin/$WINDOW %f" "$DESKTOP" || zb_die "menu entry: no Exec line to point at $WINDOW"
fakeroot dpkg-deb -Zxz -z9 -b "$ZB_OUT/debroot" "$DEB" >/dev/null

zb_log "done: $APP and $DEB"
