# Shared steps of linux.sh and macos.sh: build the jar, link a runtime, lay out the input folder,
# give the runtime its class-data-sharing archive. Sourced, not run.
# Outputs go under target/installer/ and are never committed.

ZB_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
ZB_OUT=$ZB_ROOT/target/installer
ZB_NAME=Zhibiao
ZB_VENDOR="Zhibiao"
ZB_DESCRIPTION="Quality target-indicator monitor 质量发展指标监测"
ZB_MAIN_CLASS=org.zhibiao.Launcher
# Modules the app needs whether or not jdeps sees them: Chinese number and date formats,
# GBK and other legacy charsets, TLS with EC keys (a module of its own before JDK 22), JNDI and
# XML used reflectively by libraries, the zip file system through which ControlsFX reads its
# translations. No code of the app or its libraries uses java.scripting, so it is not linked.
ZB_BASE_MODULES=java.desktop,java.sql,java.logging,java.naming,java.xml,jdk.localedata,jdk.charsets,jdk.unsupported,jdk.unsupported.desktop,jdk.crypto.ec,jdk.zipfs

zb_log() { printf '== %s\n' "$*" >&2; }
zb_die() { printf 'error: %s\n' "$*" >&2; exit 1; }

# The JDK that links the runtime and packages it: JPACKAGE_JDK if set, else the newest JDK under
# /usr/lib/jvm or /Library/Java/JavaVirtualMachines with jpackage, else JAVA_HOME, else the java on
# PATH. It needs jpackage and either jmods or a linkable run-time image (JDK 24+). The runtime it
# links is the one that runs the app; the app is Java 17 bytecode, so any JDK 17+ works.
zb_find_jdk() {
  local candidate=${JPACKAGE_JDK:-}
  if [ -z "$candidate" ]; then
    candidate=$(ls -d /usr/lib/jvm/*/bin/jpackage /Library/Java/JavaVirtualMachines/*/Contents/Home/bin/jpackage \
      2>/dev/null | while read -r j; do d=${j%/bin/jpackage}; echo "$(zb_feature "$d") $d"; done |
      sort -n | tail -1 | cut -d' ' -f2-) || true
  fi
  [ -n "$candidate" ] || candidate=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}
  [ -x "$candidate/bin/jpackage" ] || zb_die "no jpackage in $candidate (set JPACKAGE_JDK to a full JDK 17+)"
  if [ ! -d "$candidate/jmods" ] && [ "$(zb_feature "$candidate")" -lt 24 ]; then
    zb_die "$candidate has no jmods (set JPACKAGE_JDK to a JDK with jmods)"
  fi
  ZB_JDK=$candidate
  zb_log "JDK: $ZB_JDK ($("$ZB_JDK/bin/java" -version 2>&1 | head -1))"
}

zb_feature() { # jdk-home
  sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release"
}

zb_version() {
  sed -n 's:^  <version>\(.*\)</version>:\1:p' "$ZB_ROOT/pom.xml" | head -1 | sed 's/-SNAPSHOT$//'
}

zb_build_jar() {
  if [ "${ZB_SKIP_BUILD:-}" = 1 ] && [ -f "$ZB_ROOT/target/zhibiao.jar" ]; then return; fi
  zb_log "building target/zhibiao.jar"
  # target/lib is emptied first: a jar left from an older dependency version would be packaged too.
  rm -rf "$ZB_ROOT/target/lib"
  (cd "$ZB_ROOT" && mvn -B -q -DskipTests package)
}

# JDK modules used by the jar and every library (all on the module path, so module jars resolve),
# joined with ZB_BASE_MODULES.
zb_modules() {
  local jars=$ZB_OUT/jdeps-jars deps
  rm -rf "$jars" && mkdir -p "$jars"
  cp "$ZB_ROOT/target/zhibiao.jar" "$ZB_ROOT"/target/lib/*.jar "$jars/"
  deps=$("$ZB_JDK/bin/jdeps" --print-module-deps --ignore-missing-deps --multi-release 17 \
    --module-path "$jars" --add-modules ALL-MODULE-PATH 2>&1 | tail -1)
  case $deps in
    java.*) ;;
    *) zb_die "jdeps: $deps" ;;
  esac
  printf '%s,%s' "$ZB_BASE_MODULES" "$deps" | tr ',' '\n' | grep -E '^(java|jdk)\.' | sort -u | paste -sd, -
}

# The runtime links without the JDK's class-data archive (the .deb dumps it when it installs;
# zb_runtime_archive adds it at build time). On Linux its native libraries lose the symbols only
# a debugger reads (libjvm.so 30 → 25 MB); the symbols other libraries link against stay.
zb_runtime() {
  local modules
  modules=$(zb_modules)
  zb_log "linking runtime: $modules"
  rm -rf "$ZB_OUT/runtime"
  "$ZB_JDK/bin/jlink" --add-modules "$modules" --strip-debug --no-header-files --no-man-pages \
    --include-locales=en,zh --compress=zip-9 --output "$ZB_OUT/runtime"
  if [ "$(uname)" = Linux ] && command -v strip >/dev/null; then
    find "$ZB_OUT/runtime/lib" -name '*.so' -exec strip --strip-unneeded {} +
  fi
}

# The jar, its libraries and sqlite-jdbc's native library for this system, extracted once here
# so the installed app does not extract it to a temporary folder at every start.
zb_input() { # sqlite-native-path-in-jar
  local input=$ZB_OUT/input
  rm -rf "$input" && mkdir -p "$input/lib" "$input/native"
  cp "$ZB_ROOT/target/zhibiao.jar" "$input/"
  cp "$ZB_ROOT"/target/lib/*.jar "$input/lib/"
  (cd "$input/native" && unzip -q -j "$input"/lib/sqlite-jdbc-*.jar "$1")
  # With the library shipped beside it, the jar's own copies for every system (11 MB) are not needed.
  zip -q -d "$input"/lib/sqlite-jdbc-*.jar 'org/sqlite/native/*'
}

# The launcher's options about modules: from JDK 24 on the JNI use of sqlite-jdbc and JavaFX is
# allowed explicitly so no warning reaches the user's terminal. The JDK's class-data archive is
# dumped with the same options: the JVM uses the archived module graph only when they match.
zb_module_options() { # jdk-or-runtime-home
  if [ "$(zb_feature "$1")" -ge 24 ]; then
    printf '%s' --enable-native-access=ALL-UNNAMED
  fi
}

# JVM options of the launcher: sqlite-jdbc loads the shipped native library; only the quick JIT
# compiler (C1) and the serial collector run, which halves the CPU a short command spends beside
# its work on a 2-core machine (BENCHMARKS.md); from JDK 24 on JavaFX's use of sun.misc.Unsafe
# is allowed explicitly, again so no warning reaches the user's terminal.
zb_java_options() { # sqlite-library-file-name
  printf '%s' "-Dorg.sqlite.lib.path=\$APPDIR/native -Dorg.sqlite.lib.name=$1"
  printf ' %s' -XX:TieredStopAtLevel=1 -XX:+UseSerialGC
  if [ "$(zb_feature "$ZB_JDK")" -ge 24 ]; then
    printf ' %s' "$(zb_module_options "$ZB_JDK")" --sun-misc-unsafe-memory-access=allow
  fi
}

# The command that dumps the JDK's class-data archive (the JDK's own classes) of a runtime.
zb_archive_command() { # runtime-home
  printf '%s' "$1/bin/java $(zb_module_options "$1") -Xshare:dump"
}

# The JDK's class-data archive, dumped into the linked runtime.
zb_runtime_archive() {
  $(zb_archive_command "$ZB_OUT/runtime") >/dev/null
}
