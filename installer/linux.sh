#!/usr/bin/env bash
# Builds the Linux app-image and .deb of Zhibiao into target/installer/.
#   installer/linux.sh            app-image and .deb
#   installer/linux.sh --no-cds   the same without the class-data-sharing archive (to measure it)
# Needs a JDK 17+ with jpackage and jmods (Debian: openjdk-17-jdk), Maven, dpkg-deb and fakeroot;
# the first-window training run also needs Xvfb (xvfb) and xdotool.
set -euo pipefail
source "$(dirname "$0")/common.sh"
cd "$ZB_ROOT"

CDS=1
if [ "${1:-}" = --no-cds ]; then CDS=0; fi
IMAGE_DIR=$ZB_OUT/image
APP=$IMAGE_DIR/$ZB_NAME
CFG=$APP/lib/app/$ZB_NAME.cfg

zb_find_jdk
if [ "$CDS" = 1 ] && ! zb_cds_supported; then
  zb_log "JDK older than 20: no AppCDS archive (it would not map once installed)"
  CDS=0
fi
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

if [ "$CDS" = 1 ]; then
  zb_log "training runs for the AppCDS archive"
  source "$(dirname "$0")/train.sh"
  zb_train_all "$APP/bin/$ZB_NAME"
  zb_archive "$APP/lib/app" "$CFG" "$ZB_OUT"/train-*.lst
fi

zb_log ".deb"
rm -rf "$ZB_OUT/deb" && mkdir -p "$ZB_OUT/deb"
"$ZB_JDK/bin/jpackage" --type deb --dest "$ZB_OUT/deb" --app-image "$APP" --name "$ZB_NAME" \
  --app-version "$(zb_version)" --vendor "$ZB_VENDOR" --description "$ZB_DESCRIPTION" \
  --icon icons/png/zhibiao-256.png --linux-package-name zhibiao \
  --linux-package-deps libgtk-3-0 --linux-shortcut --linux-menu-group Office \
  --linux-app-category misc --linux-deb-maintainer "zhibiao@localhost" \
  --file-associations installer/associations/snapshot-linux.properties

DEB=$(ls "$ZB_OUT"/deb/*.deb)
if [ "$CDS" = 1 ]; then
  # jpackage copies the image into the .deb with new file times, and the JVM refuses an archive
  # whose jars changed time since the dump: dump it again against the files as packaged.
  zb_log "AppCDS archive against the packaged files"
  rm -rf "$ZB_OUT/debroot"
  dpkg-deb -R "$DEB" "$ZB_OUT/debroot"
  DEB_APP=$ZB_OUT/debroot/opt/zhibiao/lib/app
  grep -v SharedArchiveFile "$DEB_APP/$ZB_NAME.cfg" > "$DEB_APP/cfg.new"
  mv "$DEB_APP/cfg.new" "$DEB_APP/$ZB_NAME.cfg"
  zb_archive "$DEB_APP" "$DEB_APP/$ZB_NAME.cfg" "$ZB_OUT"/train-*.lst
  fakeroot dpkg-deb -Zgzip -b "$ZB_OUT/debroot" "$DEB" >/dev/null
fi

zb_log "done: $APP and $DEB"
