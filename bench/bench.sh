#!/usr/bin/env bash
# make bench: times manifest-gen's commands as whole processes next to three references
# (helm-java in a fresh JVM, a JVM hello world, the native helm CLI) and prints medians and ratios.
# Every figure printed is measured in this run. Scratch files go to bench/out/ (git-ignored).
#
#   BENCH_ROUNDS (default 5) x BENCH_RUNS (default 2) timed runs per command, after BENCH_WARMUP
#   (default 2) untimed ones. The commands take turns round by round, so that load from other work
#   on the machine, which comes and goes, weighs on each of them alike.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
out="$root/bench/out"
rounds="${BENCH_ROUNDS:-5}"
runs="${BENCH_RUNS:-2}"
warmup="${BENCH_WARMUP:-2}"
started=$(date +%s)
mkdir -p "$out"
: >"$out/hyperfine.txt"

missing=()
command -v hyperfine >/dev/null || missing+=(hyperfine)
command -v jq >/dev/null || missing+=(jq)
[ -x /usr/bin/time ] || missing+=(time)
if ((${#missing[@]})); then
  echo "bench: installing ${missing[*]} (Debian packages)" >&2
  apt-get install -y -qq "${missing[@]}" >/dev/null || { apt-get update -qq && apt-get install -y -qq "${missing[@]}" >/dev/null; }
fi

jar=generator/target/manifest-gen.jar
[ -f "$jar" ] || mvn -B -q -DskipTests package -pl generator -am

# The test classpath (helm-java lives there), resolved by Maven once and kept until a pom changes.
cp_file=generator/target/bench-test-classpath.txt
if [ ! -s "$cp_file" ] || [ pom.xml -nt "$cp_file" ] || [ generator/pom.xml -nt "$cp_file" ]; then
  mvn -B -q dependency:build-classpath -pl generator -Dmdep.includeScope=test -Dmdep.outputFile="$root/$cp_file" >/dev/null
fi
classes="$out/classes"
rm -rf "$classes" && mkdir -p "$classes"
javac -d "$classes" -cp "generator/target/classes:$(cat "$cp_file")" \
  generator/src/test/java/dev/manifestgen/bench/*.java "$root/bench/Hello.java"
bench_cp="$classes:generator/target/classes:$(cat "$cp_file")"

# generate --all writes into a scratch copy of the project, never into this tree.
scratch="$out/project"
rm -rf "$scratch" && mkdir -p "$scratch"
cp -R config templates charts README.md "$scratch/"
# generate --all reads the CRDs from the operator source the project keeps among the test resources
mkdir -p "$scratch/generator/src/test/resources"
cp -R generator/src/test/resources/gosrc "$scratch/generator/src/test/resources/"

crds="$out/crds.yaml"
java -cp "$bench_cp" dev.manifestgen.bench.CrdCorpus "$crds" $((10 * 1024 * 1024))

# contract extract reads a generated operator repository of 1,000 Go files (GoModuleCorpus).
gomodule="$out/gomodule"
rm -rf "$gomodule"
java -cp "$bench_cp" dev.manifestgen.bench.GoModuleCorpus "$gomodule" 1000

helm_dir="$(scripts/kube-clients.sh)"
chart=charts/eck-operator
values="$chart/profile-all-in-one.yaml"
rel=elastic-operator ns=elastic-system

echo "machine: $(nproc) cores, $(free -g | awk '/^Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1)"
source bin/aot-jdk.sh
if [ "${MANIFEST_GEN_AOT:-1}" != 0 ] && [ -f generator/target/manifest-gen.aot ] && [ -n "$aot_java" ]; then
  echo "manifest-gen runs on: $("$aot_java" -version 2>&1 | head -1) with its AOT cache (generator/target/manifest-gen.aot)"
else
  echo "manifest-gen runs on: $(java -version 2>&1 | head -1) with its AppCDS archive (no JDK 25 AOT cache)"
fi
echo "load before: $(uptime | sed 's/.*load average/load average/')"
echo "validate input: config/all-in-one.yaml + $(du -m "$crds" | cut -f1) MB of CRDs ($(grep -c '^kind: CustomResourceDefinition' "$crds") CustomResourceDefinitions)"
echo "contract extract input: a Go module of $(find "$gomodule" -name '*.go' | wc -l) files, $(du -sm "$gomodule" | cut -f1) MB"
echo

# What check and validate remember of the trees they passed (PassedRuns) goes to a scratch cache:
# commands 2 and 11 always run in full (--full); commands 13 and 14 answer for a tree a full run passed
# just before the timing.
export XDG_CACHE_HOME="$out/passed-runs"
rm -rf "$XDG_CACHE_HOME"
MANIFEST_GEN_PROJECT="$scratch" bin/manifest-gen check --full >/dev/null
MANIFEST_GEN_PROJECT="$scratch" bin/manifest-gen validate --full >/dev/null

rm -f "$out"/round-*.json
for ((round = 1; round <= rounds; round++)); do
  MANIFEST_GEN_PROJECT="$scratch" hyperfine -N --style basic --warmup "$([ $round = 1 ] && echo "$warmup" || echo 0)" \
    --runs "$runs" --export-json "$out/round-$round.json" \
    -n "1 generate --all" "bin/manifest-gen generate --all" \
    -n "2 check --full" "bin/manifest-gen check --full" \
    -n "3 validate 10 MB" "bin/manifest-gen validate config/all-in-one.yaml $crds" \
    -n "4 helm-java template (JVM)" "java -cp $bench_cp dev.manifestgen.bench.HelmTemplate $chart $rel $ns $values" \
    -n "5 JVM hello world" "java -cp $classes Hello" \
    -n "6 native helm template" "$helm_dir/helm template $rel $chart -n $ns -f $values" \
    -n "7 contract extract 1,000 Go files" "bin/manifest-gen contract extract --from $gomodule -o $out/contract.yaml" \
    -n "8 generate (default, CRDs, to a file)" "bin/manifest-gen generate -o $out/generate-default.yaml" \
    -n "9 --version" "bin/manifest-gen --version" \
    -n "10 --help" "bin/manifest-gen --help" \
    -n "11 validate --full (committed outputs)" "bin/manifest-gen validate --full" \
    -n "12 native helm template --include-crds" "$helm_dir/helm template $rel $chart -n $ns --include-crds" \
    -n "13 check (the tree passed a check before)" "bin/manifest-gen check" \
    -n "14 validate (the tree passed before)" "bin/manifest-gen validate" \
    >>"$out/hyperfine.txt"
done
# All rounds' runs together, per command: median, min, max of the wall times; mean CPU.
jq -s '. as $rounds | {results: [$rounds[0].results | keys[] as $i | [$rounds[] | .results[$i]] as $r | {
  command: $r[0].command,
  times: ([$r[].times[]] | sort),
  user: ([$r[].user] | add / length), system: ([$r[].system] | add / length)}
  | .median = (.times | if length % 2 == 1 then .[length / 2 | floor] else (.[length / 2 - 1] + .[length / 2]) / 2 end)
  | .min = .times[0] | .max = .times[-1]]}' "$out"/round-*.json >"$out/results.json"
echo "load after: $(uptime | sed 's/.*load average/load average/')"

# The figures must come from full, honest work: generate's output is what check expects and what
# is committed, and validate found the objects it was given.
MANIFEST_GEN_PROJECT="$scratch" bin/manifest-gen check --full >/dev/null
for f in config/all-in-one.yaml charts README.md; do diff -r -q "$f" "$scratch/$f" >/dev/null; done
echo "outputs of generate --all: byte-identical to the committed files (check passed)"
MANIFEST_GEN_PROJECT="$scratch" bin/manifest-gen check | grep -q 'unchanged since a full check'
MANIFEST_GEN_PROJECT="$scratch" bin/manifest-gen validate | grep -q 'unchanged since a full validate'
echo "check and validate (commands 13, 14): answered from the records of full runs, without rendering"
# generate -o FILE as timed (on the AOT cache when there is one) writes what Java 17 without any
# archive writes, and holds the CRDs.
MANIFEST_GEN_PROJECT="$scratch" MANIFEST_GEN_AOT=0 MANIFEST_GEN_JAVA_OPTS=-Xshare:off bin/manifest-gen generate -o "$out/generate-reference.yaml"
cmp <(grep -v '^# Command: ' "$out/generate-default.yaml") <(grep -v '^# Command: ' "$out/generate-reference.yaml")
echo "generate -o FILE: byte-identical to Java 17's without an archive, $(grep -c '^kind: CustomResourceDefinition' "$out/generate-default.yaml") CRDs"
bin/manifest-gen validate config/all-in-one.yaml "$crds" | tail -1
# The extraction found the operator's program and everything the corpus gives it.
grep -q '^operator: corpus-operator$' "$out/contract.yaml" && [ "$(grep -c '^  - {name: controller-' "$out/contract.yaml")" -gt 100 ]
echo "contract extract: $(grep -c '^  - {name: ' "$out/contract.yaml") flags and webhooks of corpus-operator, as generated"

warm=$(java -XX:+UseParallelGC -cp "$bench_cp" dev.manifestgen.bench.WarmRender "$root" 5 300)
echo
# Wall-clock medians are what the targets are about; CPU (user+sys, mean) moves less when other
# work shares the machine, so it is printed next to them.
jq -r --arg warm "$warm" '
  def ms: . * 1000;
  def f: if . >= 100 then (. | round | tostring) else ((. * 10 | round) / 10 | tostring) end;
  def x(d): (. / d * 100 | round) / 100 | tostring;
  (.results | map({key: (.command | split(" ")[0]), value: .}) | from_entries) as $r
  | ["command", "median ms", "min ms", "max ms", "cpu ms", "x helm-java", "x hello", "x native helm"],
    (.results[] | [.command, (.median | ms | f), (.min | ms | f), (.max | ms | f), (.user + .system | ms | f),
      (.median | x($r["4"].median)), (.median | x($r["5"].median)), (.median | x($r["6"].median))]),
    ($warm | split(" ") | ["warm render, all templates (in-process)", .[0], .[1], .[2], "", "", "", ""])
  | @tsv' "$out/results.json" | column -t -s $'\t'
echo
jq -r --arg warm "$warm" '
  (.results | map({key: (.command | split(" ")[0]), value: .median}) | from_entries) as $m
  | def verdict(ok): if ok then "met" else "NOT met" end;
    ($warm | split(" ")[0] | tonumber) as $w
  | "targets (medians of this run):",
    "  generate <= 1.0x helm-java template: \($m["1"] / $m["4"] * 100 | round / 100)x  \(verdict($m["1"] <= $m["4"]))",
    "  generate <= 3x JVM hello world:       \($m["1"] / $m["5"] * 10 | round / 10)x  \(verdict($m["1"] <= 3 * $m["5"]))",
    "  warm render < 10 ms:                  \($w) ms  \(verdict($w < 10))",
    "  validate of the 10 MB file < 1 s:     \($m["3"] * 1000 | round) ms  \(verdict($m["3"] < 1))",
    "  contract extract, 1,000 Go files < 2 s: \($m["7"] * 1000 | round) ms  \(verdict($m["7"] < 2))",
    "  generate vs native helm template:     \($m["1"] / $m["6"] * 10 | round / 10)x (reported, no target)",
    "start-up targets (issue 19; native helm = helm template --include-crds of the default installation):",
    "  generate (default, CRDs, to a file) <= 3x native helm: \($m["8"] / $m["12"] * 100 | round / 100)x  \(verdict($m["8"] <= 3 * $m["12"]))",
    "  --version < 150 ms:                   \($m["9"] * 1000 | round) ms  \(verdict($m["9"] < 0.15))",
    "  --help < 150 ms:                      \($m["10"] * 1000 | round) ms  \(verdict($m["10"] < 0.15))",
    "  check of a tree that passed before <= 4x native helm: \($m["13"] / $m["12"] * 100 | round / 100)x  \(verdict($m["13"] <= 4 * $m["12"]))",
    "  check --full (renders) <= 4x native helm: \($m["2"] / $m["12"] * 100 | round / 100)x  \(verdict($m["2"] <= 4 * $m["12"]))",
    "  validate of a tree that passed before <= 4x native helm: \($m["14"] / $m["12"] * 100 | round / 100)x  \(verdict($m["14"] <= 4 * $m["12"]))",
    "  validate --full (committed outputs) <= 4x native helm: \($m["11"] / $m["12"] * 100 | round / 100)x  \(verdict($m["11"] <= 4 * $m["12"]))"
  ' "$out/results.json"
echo "load now: $(uptime | sed 's/.*load average/load average/')"

# Large values files: one 4 MB string, and 50 MB of keys. Each is rendered once by manifest-gen and
# once by the native helm (BENCH_LARGE=0 skips this part); the outputs must be byte-identical after
# Helm's "# Source:" comments.
if [ "${BENCH_LARGE:-1}" != 0 ]; then
  echo
  echo "large values files (one run each; wall time, peak memory):"
  for spec in "string 4" "map 50"; do
    set -- $spec
    file="$out/values-$1-$2mb.yaml"
    java -cp "$bench_cp" dev.manifestgen.bench.LargeValues "$file" "$1" $(($2 * 1024 * 1024))
    # --skip-crds: helm template leaves crds/ out too
    /usr/bin/time -f "%e %M" -o "$out/time-ours.txt" bin/manifest-gen generate --skip-crds -f "$file" -o "$out/large-ours.yaml"
    /usr/bin/time -f "%e %M" -o "$out/time-helm.txt" "$helm_dir/helm" template $rel $chart -n $ns -f "$file" >"$out/large-helm.yaml"
    same=$(cmp -s <(grep -v '^# Source: \|^# Generated by manifest-gen\|^# Command: ' "$out/large-ours.yaml") \
      <(grep -v '^# Source: ' "$out/large-helm.yaml") && echo "byte-identical" || echo "DIFFERENT")
    read -r ours_s ours_kb <"$out/time-ours.txt"
    read -r helm_s helm_kb <"$out/time-helm.txt"
    printf '  %-26s manifest-gen %6.1f s %5d MB   native helm %6.1f s %5d MB   outputs %s\n' \
      "$2 MB values ($1)" "$ours_s" $((ours_kb / 1024)) "$helm_s" $((helm_kb / 1024)) "$same"
  done
  echo "load now: $(uptime | sed 's/.*load average/load average/')"
fi
echo "bench: $(($(date +%s) - started)) s in all"
