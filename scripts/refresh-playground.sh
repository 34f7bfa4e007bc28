#!/usr/bin/env bash
# refresh-playground.sh — re-download the GraphiQL playground assets that
# web/ embeds and serves, and print their Subresource Integrity values.
#
# The files come from the npm registry through `npm pack` (no CDN is used):
#
#   graphiql@$GRAPHIQL_VERSION   graphiql.min.js, graphiql.min.css, LICENSE
#   react@$REACT_VERSION         umd/react.production.min.js, LICENSE
#   react-dom@$REACT_VERSION     umd/react-dom.production.min.js, LICENSE
#
# They land in web/assets/<package>-<version>/ (the same relative paths as
# inside the npm tarball). Versions are part of the directory name, which is
# what lets web.Assets serve them with an "immutable" cache header.
#
# Usage:
#   scripts/refresh-playground.sh          download, overwrite web/assets/, print SRI
#   scripts/refresh-playground.sh --check  download to a temp dir and compare with
#                                          the committed files; exit 1 on any difference
#
# To bump a version: change it here AND in web/assets.go (version constants and
# the paths/SRI values in the asset table), delete the old directory under
# web/assets/, run this script, paste the printed Go lines into web/assets.go,
# then run `go test ./web/`.
set -euo pipefail

GRAPHIQL_VERSION=4.1.2
REACT_VERSION=18.2.0

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dest="$repo/web/assets"
mode=write
case "${1:-}" in
  "") ;;
  --check) mode=check ;;
  -h|--help) sed -n '2,24p' "${BASH_SOURCE[0]}"; exit 0 ;;
  *) echo "usage: $0 [--check]" >&2; exit 2 ;;
esac

for tool in npm tar openssl base64; do
  command -v "$tool" >/dev/null || { echo "refresh-playground: $tool not found" >&2; exit 1; }
done

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# fetch PKG VERSION FILE... : npm pack PKG@VERSION and copy FILEs to
# $out/PKG-VERSION/FILE.
fetch() {
  local pkg="$1" ver="$2"; shift 2
  local work="$tmp/pack/$pkg"
  mkdir -p "$work"
  (cd "$work" && npm pack --silent "$pkg@$ver" >/dev/null)
  tar -xzf "$work"/*.tgz -C "$work"
  local f
  for f in "$@"; do
    [[ -f "$work/package/$f" ]] || { echo "refresh-playground: $pkg@$ver has no $f" >&2; exit 1; }
    mkdir -p "$(dirname "$out/$pkg-$ver/$f")"
    cp "$work/package/$f" "$out/$pkg-$ver/$f"
  done
}

sri() { printf 'sha%s-%s' "$1" "$(openssl dgst "-sha$1" -binary "$2" | base64 | tr -d '\n')"; }

out="$tmp/assets"
mkdir -p "$out"
fetch graphiql  "$GRAPHIQL_VERSION" graphiql.min.js graphiql.min.css LICENSE
fetch react     "$REACT_VERSION"    umd/react.production.min.js LICENSE
fetch react-dom "$REACT_VERSION"    umd/react-dom.production.min.js LICENSE

if [[ "$mode" == check ]]; then
  if diff -r "$out" "$dest" >/dev/null; then
    echo "web/assets matches npm: graphiql@$GRAPHIQL_VERSION react@$REACT_VERSION react-dom@$REACT_VERSION"
  else
    diff -rq "$out" "$dest" >&2 || true
    echo "refresh-playground: web/assets differs from npm; run $0 to refresh" >&2
    exit 1
  fi
else
  for d in "$out"/*; do
    rm -rf "$dest/$(basename "$d")"
  done
  mkdir -p "$dest"
  cp -R "$out"/. "$dest"/
  echo "wrote $dest"
fi

echo
echo "# SRI values (sha256 is what gqlgen's playground pins for its CDN URLs;"
echo "# web/assets.go uses sha384):"
(cd "$out" && find . -type f \( -name '*.js' -o -name '*.css' \) | sort | while read -r f; do
  f="${f#./}"
  printf '%-52s %8d bytes\n    %s\n    %s\n' "$f" "$(wc -c <"$f")" "$(sri 256 "$f")" "$(sri 384 "$f")"
done)

echo
echo "# Go lines for the asset table in web/assets.go:"
(cd "$out" && find . -type f \( -name '*.js' -o -name '*.css' \) | sort | while read -r f; do
  f="${f#./}"
  printf '\t%-55s "%s",\n' "\"$f\":" "$(sri 384 "$f")"
done)
