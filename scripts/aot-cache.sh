#!/usr/bin/env bash
# Run by `mvn package` (generator/pom.xml): when the machine has a JDK 25 or later (bin/aot-jdk.sh),
# a training run of the commands people use (CdsTraining: check, generate, validate, --version,
# --help; reading the project, writing nothing) writes the AOT cache bin/manifest-gen starts that
# JDK with: classes loaded and linked, method profiles (JEP 483/514/515). Without such a JDK it
# removes a stale cache and does nothing else; the launcher then uses Java 17 and the AppCDS archive.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
target="$root/generator/target"
cache="$target/manifest-gen.aot"
source "$root/bin/aot-jdk.sh"
rm -f "$cache"
if [ -z "$aot_java" ]; then
  echo "aot-cache: no JDK 25 or later under /usr/lib/jvm (or MANIFEST_GEN_AOT_JDK); bin/manifest-gen uses Java 17 and its AppCDS archive"
  exit 0
fi
# The same flags and class path as bin/manifest-gen: the JVM only uses a cache made that way.
# Its log (classes it could not link, e.g. Java 5 class files) goes to a file, not the build's output.
cd "$root"
MANIFEST_GEN_PROJECT="$root" XDG_CACHE_HOME="$target/training-cache" "$aot_java" -XX:AOTCacheOutput="$cache" -XX:TieredStopAtLevel=1 -XX:+UseParallelGC \
  -Xlog:aot*=warning,cds*=warning:file="$target/manifest-gen.aot.log" \
  -cp "$target/manifest-gen.jar" dev.manifestgen.cli.CdsTraining >"$target/manifest-gen.aot.out" 2>&1 \
  || { echo "aot-cache: the training run failed (see $target/manifest-gen.aot.out); no AOT cache" >&2; rm -f "$cache"; exit 0; }
echo "aot-cache: $cache ($("$aot_java" -version 2>&1 | head -1))"
