#!/usr/bin/env bash
# Builds the macOS app (Zhibiao.app) and .dmg of Zhibiao into target/installer/, on a Mac.
#   installer/macos.sh            .app and .dmg
#   installer/macos.sh --no-cds   the same without the class-data-sharing archive
# Needs a JDK 17+ with jpackage (JDK 20+ for the AppCDS archive; see README) and Maven.
# The .app is signed ad hoc; set ZB_MAC_SIGN_IDENTITY to sign with a Developer ID instead.
set -euo pipefail
source "$(dirname "$0")/common.sh"
source "$(dirname "$0")/train.sh"
cd "$ZB_ROOT"

CDS=1
if [ "${1:-}" = --no-cds ]; then CDS=0; fi
IMAGE_DIR=$ZB_OUT/image
APP=$IMAGE_DIR/$ZB_NAME.app
case "$(uname -m)" in
  arm64 | aarch64) ARCH=aarch64 ;;
  *) ARCH=x86_64 ;;
esac

zb_find_jdk
if [ "$CDS" = 1 ] && ! zb_cds_supported; then
  zb_log "JDK older than 20: no AppCDS archive (it would not map once installed)"
  CDS=0
fi
zb_build_jar
zb_runtime
zb_input "org/sqlite/native/Mac/$ARCH/libsqlitejdbc.dylib"

zb_log "app-image"
rm -rf "$IMAGE_DIR"
"$ZB_JDK/bin/jpackage" --type app-image --dest "$IMAGE_DIR" --name "$ZB_NAME" \
  --app-version "$(zb_version)" --vendor "$ZB_VENDOR" --description "$ZB_DESCRIPTION" \
  --input "$ZB_OUT/input" --main-jar zhibiao.jar --main-class "$ZB_MAIN_CLASS" \
  --runtime-image "$ZB_OUT/runtime" --icon icons/zhibiao.icns \
  --mac-package-identifier org.zhibiao.Zhibiao --mac-package-name "$ZB_NAME" \
  --file-associations installer/associations/snapshot-macos.properties \
  --java-options "$(zb_java_options libsqlitejdbc.dylib)"

if [ "$CDS" = 1 ]; then
  zb_log "training runs for the AppCDS archive (command line)"
  rm -rf "$ZB_OUT/train" "$ZB_OUT"/train-*.lst && mkdir -p "$ZB_OUT/train"
  zb_train_cli_lists "$APP/Contents/MacOS/$ZB_NAME" "$ZB_OUT/train"
  zb_class_list "$APP/Contents/app" "$ZB_OUT"/train-*.lst
  "$APP/Contents/app/classdata.sh"
fi
codesign --force --deep --sign "${ZB_MAC_SIGN_IDENTITY:--}" "$APP"

zb_log ".dmg"
rm -rf "$ZB_OUT/dmg" && mkdir -p "$ZB_OUT/dmg"
"$ZB_JDK/bin/jpackage" --type dmg --dest "$ZB_OUT/dmg" --app-image "$APP" --name "$ZB_NAME" \
  --app-version "$(zb_version)" --vendor "$ZB_VENDOR" --icon icons/zhibiao.icns

zb_log "done: $APP and $(ls "$ZB_OUT"/dmg/*.dmg)"
