#!/usr/bin/env bash
# Exports the SVG sources to every raster the app and the installers use. The outputs are
# committed, so building the app or its installers needs none of these tools.
# Needs (Debian): librsvg2-bin (rsvg-convert), icnsutils (png2icns), imagemagick (convert),
# fonts-dejavu-core (the label on the snapshot icon).
set -euo pipefail
cd "$(dirname "$0")"

for tool in rsvg-convert png2icns convert; do
  command -v "$tool" >/dev/null || { echo "missing $tool: apt-get install librsvg2-bin icnsutils imagemagick" >&2; exit 1; }
done

RESOURCES=../src/main/resources/org/zhibiao/icons
mkdir -p png "$RESOURCES"

render() { # source size output
  local source=$1 size=$2
  if [ "$size" -le 16 ] && [ "$source" = zhibiao.svg ]; then source=zhibiao-small.svg; fi
  rsvg-convert --width "$size" --height "$size" --keep-aspect-ratio "$source" --output "$3"
}

for size in 16 24 32 48 64 128 256 512 1024; do
  render zhibiao.svg "$size" "png/zhibiao-$size.png"
  render snapshot.svg "$size" "png/snapshot-$size.png"
done

for size in 16 24 32 48 64 128 256; do
  cp "png/zhibiao-$size.png" "$RESOURCES/zhibiao-$size.png"
done

ico() { # name
  convert $(for s in 16 24 32 48 64 128 256; do echo "png/$1-$s.png"; done) "$1.ico"
}
icns() { # name
  png2icns "$1.icns" $(for s in 16 32 48 128 256 512 1024; do echo "png/$1-$s.png"; done) >/dev/null
}
ico zhibiao
ico snapshot
icns zhibiao
icns snapshot
echo "icons written to $(pwd) and $RESOURCES"
