#!/usr/bin/env bash
# Builds or installs of Zhibiao side by side in one run, as whole processes: each round runs every
# variant once, in turn, so all meet the same load; then LibreOffice converts the same returns.
# Prints wall-clock, user and system CPU seconds and the load average at the start of each run.
#   bench/compare.sh ROUNDS EMPTY_DB RETURNS_FOLDER DEMO_DB NAME='LAUNCHER' [NAME='LAUNCHER'...]
# LAUNCHER is how a variant is started, e.g. 'java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar
# old/zhibiao.jar' or '/opt/zhibiao/bin/Zhibiao'. Per round and variant: `import` of the folder
# into a fresh copy of EMPTY_DB (its archive folder removed), `status --period 2015Q4` and
# `report --period 2015Q4` (PDF) on DEMO_DB. EMPTY_DB and the folder: `bench/run ImportFolder`
# makes them (a 吉林省 database and 150 filled returns); DEMO_DB: `init --demo`.
# Needs /usr/bin/time (package time) and soffice (LibreOffice).
set -euo pipefail
ROUNDS=$1 EMPTY=$2 RETURNS=$3 DEMO=$4
shift 4
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

timed() { # label command...
  local label=$1 load
  shift
  load=$(cut -d' ' -f1 /proc/loadavg)
  /usr/bin/time -f '%e %U %S' -o "$WORK/time" "$@" >"$WORK/out" 2>&1 || { cat "$WORK/out" >&2; exit 1; }
  read -r wall user sys < "$WORK/time"
  printf '| %s | %s | %s | %s | %s |\n' "$label" "$wall" "$user" "$sys" "$load"
}

echo "| run | wall s | user s | sys s | load |"
echo "| --- | --- | --- | --- | --- |"
for round in $(seq "$ROUNDS"); do
  for variant in "$@"; do
    name=${variant%%=*}
    read -r -a launcher <<< "${variant#*=}"
    rm -rf "$WORK/db" && mkdir "$WORK/db" && cp "$EMPTY" "$WORK/db/run.db"
    timed "$name import ($round)" "${launcher[@]}" import --db "$WORK/db/run.db" "$RETURNS"
    grep -q ' 0 rejected' "$WORK/out" || { cat "$WORK/out" >&2; exit 1; }
    timed "$name status ($round)" "${launcher[@]}" status --db "$DEMO" --period 2015Q4
    timed "$name report ($round)" "${launcher[@]}" report --db "$DEMO" --period 2015Q4 --out "$WORK/r.pdf"
  done
  rm -rf "$WORK/csv"
  timed "soffice --convert-to csv ($round)" soffice "-env:UserInstallation=file://$WORK/lo" --headless \
    --convert-to csv --outdir "$WORK/csv" "$RETURNS"/*.xlsx
done
