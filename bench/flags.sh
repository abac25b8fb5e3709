#!/usr/bin/env bash
# Compares JVM flag sets for one manifest-gen command (default: generate --all, on a scratch copy),
# to choose bin/manifest-gen's flags by measurement. Each set is added to the launcher's own flags
# through MANIFEST_GEN_JAVA_OPTS (later flags win), so "" is the launcher as it is.
#   bench/flags.sh [COMMAND ARGS...]      BENCH_RUNS (default 10), BENCH_WARMUP (default 2)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
out="$root/bench/out"
scratch="$out/flags-project"
rm -rf "$scratch" && mkdir -p "$scratch"
cp -R config templates charts README.md "$scratch/"
command=("$@")
[ ${#command[@]} -gt 0 ] || command=(generate --all)

sets=(
  ""
  "-XX:TieredStopAtLevel=4"
  "-Xshare:off"
  "-XX:-UsePerfData"
  "-XX:CICompilerCount=1"
  "-Xss256k"
)
args=()
for s in "${sets[@]}"; do
  args+=(-n "flags: ${s:-(launcher as is)}" "env 'MANIFEST_GEN_JAVA_OPTS=$s' bin/manifest-gen ${command[*]}")
done
echo "load before: $(uptime | sed 's/.*load average/load average/')"
MANIFEST_GEN_PROJECT="$scratch" hyperfine -N --style basic --warmup "${BENCH_WARMUP:-2}" --runs "${BENCH_RUNS:-10}" \
  --export-json "$out/flags.json" "${args[@]}" >/dev/null
echo "load after:  $(uptime | sed 's/.*load average/load average/')"
jq -r '["flags", "median ms", "min ms", "cpu ms"], (.results[] | [.command, (.median * 1000 | round),
  (.min * 1000 | round), ((.user + .system) * 1000 | round)]) | @tsv' "$out/flags.json" | column -t -s $'\t'
