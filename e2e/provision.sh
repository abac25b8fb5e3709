#!/usr/bin/env bash
# Provisions the real parts of the end-to-end harness and prints them as an env file (KEY=path):
# KUBE_APISERVER and ETCD (built/unpacked from Debian packages), ELECTOR (e2e/elector built against
# the same tree's client-go), HELM (v3.17), KUBECTL and HELM4 (v4.1) (scripts/kube-clients.sh).
#
# kube-apiserver v1.20.2 is built from Debian's `kubernetes` source package with Debian's Go 1.19,
# in GOPATH mode as the 1.20 tree expects; the elector is built in that tree, so it links the
# vendored client-go v0.20.2. kube-apiserver and etcd are cached under
# ${XDG_CACHE_HOME:-~/.cache}/manifest-gen/e2e/<version>, the elector under <version>-elector-<hash of
# its source>: a changed elector rebuilds only the elector, and only the first run builds anything.
# apt runs with a private configuration (its own sources, lists and archives in a temp dir) whose
# entries are derived from the machine's own apt sources; the system's apt config is never touched.
# CONTROLLER_GEN_040 and CONTROLLER_GEN_CURRENT: controller-gen v0.4.0 (the Elastic operator 1.3.0's pin)
# and a current release, each built from a pinned wrapper module e2e/controller-gen/<name> (go.mod +
# go.sum) with the machine's Go through the module proxy, cached under .../e2e/controller-gen-<name>-<hash
# of the wrapper module and the Go version>.
# Progress goes to stderr; with --env-file FILE the env file is also written there.
set -euo pipefail

kube_version=1.20.2
src_package=kubernetes
go_packages=(golang-1.19-go golang-1.19-src)
# The 1.20 tree vendors modern-go/reflect2 1.0.1, whose unsafe map iteration faults under Go 1.18+
# (the server dies with "unexpected fault address" encoding any custom resource); Debian's 1.0.2
# source replaces it. build_id names that build recipe: a cache built otherwise is rebuilt.
reflect2_package=golang-github-modern-go-reflect2-dev
build_id="go1.19+reflect2-1.0.2"
etcd_package=etcd-server
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cache="${XDG_CACHE_HOME:-$HOME/.cache}/manifest-gen/e2e/$kube_version"
elector_src="$root/e2e/elector"
elector_hash="$(cd "$elector_src" && find . -type f -print0 | LC_ALL=C sort -z | xargs -0 sha256sum | sha256sum | cut -c1-12)"
elector_cache="$cache-elector-$elector_hash"

env_file=""
clients_only=false
while [[ $# -gt 0 ]]; do
  case "$1" in
    --env-file) env_file="$2"; shift 2 ;;
    --clients-only) clients_only=true; shift ;;  # a cluster of your own (KUBECONFIG): helm, kubectl, the elector
    *) echo "usage: provision.sh [--env-file FILE] [--clients-only]" >&2; exit 2 ;;
  esac
done

log() { echo "provision: [${SECONDS}s] $*" >&2; }

# --- controller-gen, for ControllerGenOracleTest (modules, GOPROXY from the environment). ---
# The current release needs a newer Go than Debian's 1.19: the machine's Go builds it. v0.4.0 built with
# the machine's Go 1.26 panics in go/types (nil pointer in objDecl) as soon as its loader type-checks
# apimachinery, and its go/types also runs over the source of whatever Go `go list` reports: so it is
# built with Debian's Go 1.19 and that Go is cached beside it (CONTROLLER_GEN_040_GO), to be run with.
machine_go="$(command -v go || echo /usr/local/go/bin/go)"
controller_gen_cache() {
  local name="$1" go_id="$2" src="$root/e2e/controller-gen/$1" hash
  hash="$( (cd "$src" && LC_ALL=C sha256sum go.mod go.sum tools.go; echo "$go_id") | sha256sum | cut -c1-12)"
  echo "$(dirname "$cache")/controller-gen-$name-$hash"
}
cg040_cache="$(controller_gen_cache v0.4.0 "${go_packages[*]}")"
cgcur_cache="$(controller_gen_cache current "$("$machine_go" version)")"
# Builds e2e/controller-gen/NAME with the go binary GO into TARGET (one rename, as install_cache).
build_controller_gen() {
  local name="$1" go="$2" target="$3" tmp="$3.tmp.$$"
  log "building controller-gen ($name) from e2e/controller-gen/$name with $("$go" version)"
  rm -rf "$tmp"
  mkdir -p "$tmp/bin"
  (cd "$root/e2e/controller-gen/$name" && GO111MODULE=on GOFLAGS=-mod=readonly CGO_ENABLED=0 GOWORK=off \
    "$go" build -trimpath -o "$tmp/bin/controller-gen" sigs.k8s.io/controller-tools/cmd/controller-gen) >&2
  # The unpacked GOROOT links src/ into usr/share: copied with the links followed.
  if [[ "$name" == v0.4.0 ]]; then cp -rL "$(dirname "$(dirname "$go")")" "$tmp/go"; fi
  rm -rf "$target"
  mv "$tmp" "$target"
}
if [[ ! -x "$cgcur_cache/bin/controller-gen" ]]; then build_controller_gen current "$machine_go" "$cgcur_cache"; fi
need_cg040=true
if [[ -x "$cg040_cache/bin/controller-gen" && -x "$cg040_cache/go/bin/go" ]]; then need_cg040=false; fi

print_env() {
  local clients
  clients="$("$root/scripts/kube-clients.sh")"
  local helm4
  helm4="$("$root/scripts/kube-clients.sh" --helm4)"
  local env="ELECTOR=$elector_cache/bin/elector
HELM=$clients/helm
KUBECTL=$clients/kubectl
HELM4=$helm4/helm
CONTROLLER_GEN_040=$cg040_cache/bin/controller-gen
CONTROLLER_GEN_040_GO=$cg040_cache/go/bin/go
CONTROLLER_GEN_CURRENT=$cgcur_cache/bin/controller-gen"
  if [[ "$clients_only" == false ]]; then
    env="KUBE_APISERVER=$cache/bin/kube-apiserver
ETCD=$cache/bin/etcd
$env"
  fi
  if [[ -n "$env_file" ]]; then printf '%s\n' "$env" > "$env_file"; fi
  printf '%s\n' "$env"
}

need_apiserver=true
need_elector=true
if [[ "$clients_only" == true || ( -x "$cache/bin/kube-apiserver" && -x "$cache/bin/etcd"
      && "$(cat "$cache/build-id" 2>/dev/null)" == "$build_id" ) ]]; then need_apiserver=false; fi
if [[ -x "$elector_cache/bin/elector" ]]; then need_elector=false; fi
if [[ "$need_apiserver" == false && "$need_elector" == false && "$need_cg040" == false ]]; then
  print_env
  exit 0
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/manifest-gen-provision.XXXXXX")"
trap 'chmod -R u+w "$work" 2>/dev/null; rm -rf "$work"' EXIT
started=$SECONDS

# --- A private apt configuration: the machine's own sources, as both deb and deb-src entries. ---
# shellcheck source=apt-private.sh
source "$root/e2e/apt-private.sh"
private_apt "$work/apt" --with-src
log "apt-get update (private lists)"
apt-get "${apt_opts[@]}" -qq update >&2

downloads="$work/downloads"
mkdir -p "$downloads"
binary_packages=("${go_packages[@]}" "$reflect2_package")
if [[ "$need_apiserver" == true ]]; then binary_packages+=("$etcd_package"); fi
need_kube_tree=false
if [[ "$need_apiserver" == true || "$need_elector" == true ]]; then need_kube_tree=true; fi
log "apt-get download ${binary_packages[*]}"
(cd "$downloads" && apt-get "${apt_opts[@]}" -qq download "${binary_packages[@]}" >&2)
if [[ "$need_kube_tree" == true ]]; then
  log "apt-get source --download-only $src_package"
  (cd "$downloads" && apt-get "${apt_opts[@]}" -qq source --download-only "$src_package" >&2)
  dsc=("$downloads"/${src_package}_*.dsc)
  source_version="$(sed -n 's/^Version: //p' "${dsc[0]}")"
  case "$source_version" in
    *"really$kube_version"*|"$kube_version"*) ;;
    *) log "the $src_package source package is $source_version, not $kube_version"; exit 2 ;;
  esac
fi

# --- Unpack: Go (and etcd) from their .debs, the Kubernetes tree with Debian's patches applied. ---
if [[ "$need_apiserver" == true ]]; then dpkg -x "$downloads"/etcd-server_*.deb "$work/etcd"; fi
for deb in "$downloads"/golang-1.19-*.deb; do dpkg -x "$deb" "$work/go"; done
export GOROOT="$work/go/usr/lib/go-1.19"
export PATH="$GOROOT/bin:$PATH"
if [[ "$need_cg040" == true ]]; then
  (GOCACHE="$work/gocache-cg" build_controller_gen v0.4.0 "$GOROOT/bin/go" "$cg040_cache")
fi
if [[ "$need_kube_tree" == false ]]; then
  log "done in $((SECONDS - started))s"
  print_env
  exit 0
fi
gopath="$work/gopath"
mkdir -p "$gopath/src/k8s.io"
# apt already verified the files against the signed archive index; dpkg-source has no keyring for them.
dpkg-source -q --no-check -x "${dsc[0]}" "$gopath/src/k8s.io/kubernetes" >&2
dpkg -x "$downloads"/${reflect2_package}_*.deb "$work/reflect2"
vendored_reflect2="$gopath/src/k8s.io/kubernetes/vendor/github.com/modern-go/reflect2"
rm -rf "$vendored_reflect2"
cp -r "$work/reflect2/usr/share/gocode/src/github.com/modern-go/reflect2" "$vendored_reflect2"
rm -f "$vendored_reflect2"/*_test.go

# --- Build in GOPATH mode, as the 1.20 tree expects. ---
export GOPATH="$gopath" GO111MODULE=off GOFLAGS= CGO_ENABLED=0
export GOCACHE="$work/gocache"
kube="$gopath/src/k8s.io/kubernetes"
cd "$kube"

# Both binaries report v1.20.2 (client-go's version is the elector's User-Agent).
ldflags=""
for pkg in k8s.io/kubernetes/vendor/k8s.io/component-base/version k8s.io/kubernetes/vendor/k8s.io/client-go/pkg/version; do
  ldflags+=" -X $pkg.gitVersion=v$kube_version -X $pkg.gitMajor=1 -X $pkg.gitMinor=20"
  ldflags+=" -X $pkg.gitTreeState=clean -X $pkg.buildDate=1970-01-01T00:00:00Z"
done

# Moves a finished build into place in one rename, so concurrent runs never see half a cache.
install_cache() {
  local target="$1"; shift
  mkdir -p "$target.tmp.$$/bin"
  cp "$@" "$target.tmp.$$/bin/"
  echo "$build_id" > "$target.tmp.$$/build-id"
  rm -rf "$target"
  mv "$target.tmp.$$" "$target"
}

build_apiserver() {
  # The source package lacks the generated OpenAPI definitions of the core API; generate them the
  # way Makefile.generated_files does, over every package carrying a +k8s:openapi-gen= tag.
  log "building openapi-gen and generating pkg/generated/openapi"
  go build -o "$work/openapi-gen" ./vendor/k8s.io/kube-openapi/cmd/openapi-gen
  input_dirs="$(
    find pkg cmd plugin vendor/k8s.io -path vendor/k8s.io/code-generator -prune -o \
         -path vendor/k8s.io/sample-apiserver -prune -o -follow -name '*.go' -type f -print 2>/dev/null \
    | xargs grep -l '+k8s:openapi-gen=' \
    | xargs -n1 dirname | sort -u | sed 's|^|k8s.io/kubernetes/|' | paste -sd, -
  )"
  "$work/openapi-gen" --logtostderr \
    -i "$input_dirs" \
    -p k8s.io/kubernetes/pkg/generated/openapi \
    -O zz_generated.openapi \
    -h hack/boilerplate/boilerplate.generatego.txt \
    -r "$work/openapi-violations.report" >&2

  log "building kube-apiserver v$kube_version"
  go build -trimpath -ldflags "-s -w$ldflags" -o "$work/kube-apiserver" ./cmd/kube-apiserver

  install_cache "$cache" "$work/kube-apiserver" "$work/etcd/usr/bin/etcd"
}

# --- The elector: a package inside the tree, so GOPATH mode resolves client-go from its vendor/. ---
build_elector() {
  log "building the elector (client-go v$kube_version) from e2e/elector"
  mkdir -p "$kube/cmd/manifest-gen-elector"
  cp "$elector_src"/*.go "$kube/cmd/manifest-gen-elector/"
  go build -trimpath -ldflags "-s -w$ldflags" -o "$work/elector" ./cmd/manifest-gen-elector
  install_cache "$elector_cache" "$work/elector"
}

if [[ "$need_apiserver" == true ]]; then build_apiserver; fi
if [[ "$need_elector" == true ]]; then build_elector; fi
log "done in $((SECONDS - started))s"
print_env
