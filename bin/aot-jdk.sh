# Sourced by bin/manifest-gen and scripts/aot-cache.sh: sets aot_java to the java of a JDK 25 or
# later on this machine (JEP 483/514/515 AOT cache), or to nothing. MANIFEST_GEN_AOT_JDK names one;
# otherwise the first JDK under /usr/lib/jvm whose release file says 25 or more. No forks: the
# launcher runs this on every start.
aot_java=""
aot_jdk_candidates=("${MANIFEST_GEN_AOT_JDK:-}")
[ -n "${MANIFEST_GEN_AOT_JDK:-}" ] || aot_jdk_candidates=(/usr/lib/jvm/*/)
for aot_jdk in "${aot_jdk_candidates[@]}"; do
  aot_jdk="${aot_jdk%/}"
  [ -x "$aot_jdk/bin/java" ] && [ -f "$aot_jdk/release" ] || continue
  while IFS= read -r aot_line; do
    if [[ "$aot_line" =~ ^JAVA_VERSION=\"([0-9]+) ]]; then
      if ((BASH_REMATCH[1] >= 25)); then aot_java="$aot_jdk/bin/java"; fi
      break
    fi
  done <"$aot_jdk/release"
  [ -z "$aot_java" ] || break
done
unset aot_jdk aot_jdk_candidates aot_line
