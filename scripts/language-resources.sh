#!/usr/bin/env bash
# Copies what Redline needs to know about each language onto the class path: every
# sandbox-images/<id>/Dockerfile with a redline.language label (its labels are the language's
# facts, read by dev.redline.sandbox.LanguageRegistry) and its starter file, plus an index.
# Maven runs it in generate-resources:   bash scripts/language-resources.sh OUTDIR
set -euo pipefail
[ $# -eq 1 ] || { echo "usage: bash scripts/language-resources.sh OUTDIR" >&2; exit 2; }
src=$(cd "$(dirname "$0")/../sandbox-images" && pwd)
out=$1/sandbox-images
rm -rf "$out"
mkdir -p "$out"
for dockerfile in "$src"/*/Dockerfile; do
  grep -q 'redline.language=' "$dockerfile" || continue
  dir=$(basename "$(dirname "$dockerfile")")
  mkdir -p "$out/$dir"
  cp "$dockerfile" "$out/$dir/Dockerfile"
  [ ! -f "$src/$dir/starter" ] || cp "$src/$dir/starter" "$out/$dir/starter"
  echo "$dir" >>"$out/languages"
done
