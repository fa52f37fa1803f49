#!/usr/bin/env bash
# Fetches the official geographic code (COG) published by Etalab as an npm package, with the ordinary npm client,
# and unpacks its data/*.json into the given folder. Skips the fetch when that version is already unpacked.
set -euo pipefail
package="$1"; version="$2"; target="$3"
marker="$target/.version"
if [ -f "$marker" ] && [ "$(cat "$marker")" = "$package@$version" ]; then
  exit 0
fi
if ! command -v npm >/dev/null 2>&1; then
  echo "[gide] npm is needed once to fetch $package@$version (the COG reference data)." >&2
  echo "[gide] Install Node.js (>= 18), or build with -Dexec.skip and import the COG later (see README)." >&2
  exit 1
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "$package@$version" >/dev/null)
mkdir -p "$target"
tar -xzf "$work"/*.tgz -C "$work"
cp "$work"/package/data/*.json "$work"/package/LICENSE "$target"/
echo "$package@$version" > "$marker"
echo "[gide] COG reference data $package@$version unpacked into $target"
