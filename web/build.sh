#!/usr/bin/env bash
# Builds the candidate pages' assets: CodeMirror 6 and our page modules into one minified ES module
# (candidate.js + source map), and the style sheet (redline.css). Maven calls this in
# generate-resources with OUTDIR = target/classes/META-INF/resources/assets, served as /assets/.
#
#   bash web/build.sh OUTDIR
#
# Repeat builds are cheap: `npm ci` runs only when node_modules is missing or older than
# package-lock.json, and esbuild only when an input is newer than the outputs.
set -euo pipefail

die() {
    echo "web/build.sh: ERROR: $*" >&2
    exit 1
}

[ $# -eq 1 ] && [ -n "$1" ] || die "usage: bash web/build.sh OUTDIR"
OUT="$1"
case "${BASH_SOURCE[0]}" in
    */*) WEB="$(cd "${BASH_SOURCE[0]%/*}" && pwd)" ;;
    *) WEB="$PWD" ;;
esac
case "$OUT" in
    /*) ;;
    *) OUT="$PWD/$OUT" ;;
esac

command -v node >/dev/null 2>&1 \
    || die "node is not installed or not on PATH. The candidate pages need Node.js 18+ (with npm) to build; install it (e.g. 'apt-get install nodejs npm') and run the build again."
command -v npm >/dev/null 2>&1 \
    || die "npm is not installed or not on PATH (node is: $(command -v node)). Install npm and run the build again."
NODE_MAJOR="$(node -p 'process.versions.node.split(".")[0]')"
[ "$NODE_MAJOR" -ge 18 ] || die "Node.js $(node --version) is too old; the build needs Node.js 18 or newer."

cd "$WEB"

# npm ci rewrites node_modules/.package-lock.json, so its age says when node_modules was installed.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    echo "web/build.sh: installing npm packages (npm ci)"
    npm ci --no-audit --no-fund --loglevel=error \
        || die "'npm ci' failed in $WEB (is the npm registry reachable?)"
fi

ESBUILD="$WEB/node_modules/.bin/esbuild"
[ -x "$ESBUILD" ] || die "esbuild is missing from $WEB/node_modules; delete node_modules and build again."

OUTPUTS=("$OUT/candidate.js" "$OUT/candidate.js.map" "$OUT/redline.css")
up_to_date() {
    local out
    for out in "${OUTPUTS[@]}"; do
        [ -f "$out" ] || return 1
    done
    [ -d "$OUT/chunks" ] || return 1
    [ -d "$OUT/fonts" ] || return 1
    # Anything that goes into the bundle newer than the oldest output means a rebuild.
    local oldest="${OUTPUTS[0]}"
    for out in "${OUTPUTS[@]}"; do
        [ "$out" -nt "$oldest" ] || oldest="$out"
    done
    [ -z "$(find src package.json package-lock.json build.sh node_modules/.package-lock.json \
        -newer "$oldest" -print -quit)" ]
}

if up_to_date; then
    exit 0
fi

mkdir -p "$OUT"
rm -rf "$OUT/chunks" "$OUT/fonts" # hashed names: old ones would pile up
echo "web/build.sh: bundling src/candidate.js and src/redline.css into $OUT"
# candidate.js is small and loads on every candidate page; the editor (CodeMirror) and each
# language mode are chunks under chunks/, fetched only by the exercise page and when needed.
"$ESBUILD" src/candidate.js \
    --bundle --splitting --format=esm --minify --sourcemap --sources-content=true \
    --target=es2020,chrome100,firefox100,safari15 --legal-comments=none \
    --outdir="$OUT" --entry-names='[name]' --chunk-names='chunks/[name]-[hash]' --log-level=warning \
    || die "esbuild failed to bundle src/candidate.js"
# redline.css imports KaTeX's style sheet; its fonts become files under fonts/, served by Redline itself.
"$ESBUILD" src/redline.css \
    --bundle --minify --target=chrome100,firefox100,safari15 \
    --loader:.woff2=file --loader:.woff=file --loader:.ttf=file --asset-names='fonts/[name]-[hash]' \
    --outfile="$OUT/redline.css" --log-level=warning \
    || die "esbuild failed to bundle src/redline.css"
# Mark the outputs as just built (esbuild may leave a file it would write unchanged untouched).
touch "${OUTPUTS[@]}"
