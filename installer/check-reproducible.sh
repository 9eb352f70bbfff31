#!/usr/bin/env bash
# Builds the committed sources twice, each time in a new folder, and checks that both builds give
# the same zhibiao.jar, byte for byte (project.build.outputTimestamp in pom.xml fixes the times
# inside the jar). Exits non-zero and names the differing entries when they differ.
#   installer/check-reproducible.sh [GIT-REVISION]   (default HEAD)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
REV=${1:-HEAD}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

for build in a b; do
  mkdir -p "$WORK/$build"
  git -C "$ROOT" archive "$REV" | tar -x -C "$WORK/$build"
  (cd "$WORK/$build" && mvn -B -q -DskipTests package >"$WORK/$build.log" 2>&1) ||
    { cat "$WORK/$build.log" >&2; echo "error: build $build failed" >&2; exit 1; }
done

a=$(sha256sum < "$WORK/a/target/zhibiao.jar" | cut -d' ' -f1)
b=$(sha256sum < "$WORK/b/target/zhibiao.jar" | cut -d' ' -f1)
if [ "$a" = "$b" ]; then
  echo "reproducible: both builds of $REV give zhibiao.jar sha256 $a"
else
  echo "not reproducible: $a vs $b" >&2
  diff <(unzip -lv "$WORK/a/target/zhibiao.jar") <(unzip -lv "$WORK/b/target/zhibiao.jar") >&2 || true
  exit 1
fi
