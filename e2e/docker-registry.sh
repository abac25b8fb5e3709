#!/usr/bin/env bash
# Prints the path of a real OCI registry binary for the e2e harness: Debian's `docker-registry`
# package (the CNCF distribution registry), unpacked (dpkg -x, never installed) from the machine's
# own apt sources through a private apt configuration (apt-private.sh), and cached under
# ${XDG_CACHE_HOME:-~/.cache}/manifest-gen/e2e/docker-registry-<package version>. Progress on stderr.
set -euo pipefail

package=docker-registry
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cache_root="${XDG_CACHE_HOME:-$HOME/.cache}/manifest-gen/e2e"
shopt -s nullglob
cached=("$cache_root/$package"-*/bin/docker-registry)
shopt -u nullglob
if [[ ${#cached[@]} -gt 0 && -x "${cached[0]}" ]]; then
  echo "${cached[0]}"
  exit 0
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/manifest-gen-registry.XXXXXX")"
trap 'rm -rf "$work"' EXIT
# shellcheck source=apt-private.sh
source "$root/e2e/apt-private.sh"
private_apt "$work/apt"
echo "docker-registry.sh: apt-get update (private lists)" >&2
apt-get "${apt_opts[@]}" -qq update >&2
(cd "$work" && apt-get "${apt_opts[@]}" -qq download "$package" >&2)
deb=("$work"/${package}_*.deb)
version="$(dpkg-deb -f "${deb[0]}" Version)"
dpkg -x "${deb[0]}" "$work/unpacked"
target="$cache_root/$package-$version"
mkdir -p "$target.tmp.$$/bin"
cp "$work/unpacked/usr/bin/docker-registry" "$target.tmp.$$/bin/"
rm -rf "$target"
mv "$target.tmp.$$" "$target"
echo "docker-registry.sh: cached $package $version" >&2
echo "$target/bin/docker-registry"
