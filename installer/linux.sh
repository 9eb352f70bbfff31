#!/usr/bin/env bash
# Builds the Linux app-image and .deb of Zhibiao into target/installer/.
#   installer/linux.sh            app-image and .deb
#   installer/linux.sh --no-cds   the same without the class-data-sharing archive (to measure it)
# Neither ships the AppCDS archive (35 MB): the image carries the list of its classes and
# lib/app/classdata.sh, which the .deb runs when it installs to dump the archive in place.
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
  zb_log "training runs for the AppCDS class list"
  source "$(dirname "$0")/train.sh"
  zb_train_all "$APP/bin/$ZB_NAME"
  zb_class_list "$APP/lib/app" "$ZB_OUT"/train-*.lst
else
  rm "$APP/lib/app/classdata.sh"
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
# jpackage's package scripts, plus: after installing, dump the AppCDS archive; before removing or
# upgrading, delete it (dpkg removes only the files it installed). xz makes the package smaller.
rm -rf "$ZB_OUT/debroot"
dpkg-deb -R "$DEB" "$ZB_OUT/debroot"
if [ "$CDS" = 1 ]; then
  sed -i 's#^    configure)$#&\n/opt/zhibiao/lib/app/classdata.sh || true#' "$ZB_OUT/debroot/DEBIAN/postinst"
  sed -i '0,/^set -e$/s##&\n/opt/zhibiao/lib/app/classdata.sh remove#' "$ZB_OUT/debroot/DEBIAN/prerm"
  grep -q classdata.sh "$ZB_OUT/debroot/DEBIAN/postinst" || zb_die "postinst: no place for the archive step"
fi
fakeroot dpkg-deb -Zxz -b "$ZB_OUT/debroot" "$DEB" >/dev/null

zb_log "done: $APP and $DEB"
