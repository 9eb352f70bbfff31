#!/usr/bin/env bash
# Builds the macOS app (Zhibiao.app) and .dmg of Zhibiao into target/installer/, on a Mac.
#   installer/macos.sh            .app and .dmg, the runtime with the JDK's class-data archive
# Needs a JDK 17+ with jpackage and Maven.
# The .app is signed ad hoc; set ZB_MAC_SIGN_IDENTITY to sign with a Developer ID instead.
set -euo pipefail
source "$(dirname "$0")/common.sh"
cd "$ZB_ROOT"

IMAGE_DIR=$ZB_OUT/image
APP=$IMAGE_DIR/$ZB_NAME.app
case "$(uname -m)" in
  arm64 | aarch64) ARCH=aarch64 ;;
  *) ARCH=x86_64 ;;
esac

zb_find_jdk
zb_build_jar
zb_runtime
zb_runtime_archive
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

codesign --force --deep --sign "${ZB_MAC_SIGN_IDENTITY:--}" "$APP"

zb_log ".dmg"
rm -rf "$ZB_OUT/dmg" && mkdir -p "$ZB_OUT/dmg"
"$ZB_JDK/bin/jpackage" --type dmg --dest "$ZB_OUT/dmg" --app-image "$APP" --name "$ZB_NAME" \
  --app-version "$(zb_version)" --vendor "$ZB_VENDOR" --icon icons/zhibiao.icns

zb_log "done: $APP and $(ls "$ZB_OUT"/dmg/*.dmg)"
