#!/usr/bin/env bash
# Builds the sandbox images: the base (debian:bookworm-slim, bootstrapped when no registry
# serves it), PREFIXbase (the in-box supervisor and the unprivileged user; PREFIX below), and one
# image per language under sandbox-images/<language>/.
#
# An image is rebuilt only when its content hash changes: the hash covers the files of its
# folder, the supervisor source and the hash of the image it is built FROM, and is stored in
# the image label redline.content-hash. A run with nothing changed only compares hashes.
#
# The languages are the folders whose Dockerfile carries a redline.language label; that label
# set is the one place a language is described (see README, "Languages"). After the base, up to
# REDLINE_BUILD_JOBS (default 3) language images build at once. REDLINE_BUILD_NETWORK (e.g.
# host) is passed to `docker build --network`, for engines whose default network cannot reach
# Debian's mirror (an engine started with --bridge none); unset, the engine's default is used.
# REDLINE_IMAGE_PREFIX (default redline/sandbox-) names the images: PREFIXbase, PREFIX<language>,
# each language built FROM PREFIXbase (the Dockerfiles' BASE_IMAGE argument). Redline reads the
# same variable to find them, so a registry of one's own, or a second set of images beside the
# first on one engine, is a matter of setting it for both.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

IMAGES_DIR=$REDLINE_HOME/sandbox-images
BASE_TAG=debian:bookworm-slim
BUILD_JOBS=${REDLINE_BUILD_JOBS:-3}
PREFIX=${REDLINE_IMAGE_PREFIX:-redline/sandbox-}
[[ $PREFIX =~ ^[a-z0-9][a-z0-9._/:-]*$ ]] \
  || die "REDLINE_IMAGE_PREFIX='$PREFIX' is not an image name prefix: use lowercase letters, digits, '.', '_', '-', '/' and ':' (e.g. registry.example:5000/redline-)"
mapfile -t LANGUAGES < <(grep -l 'redline.language=' "$IMAGES_DIR"/*/Dockerfile | xargs -n1 dirname | xargs -n1 basename)

require_docker

image_label() { docker image inspect --format "{{ index .Config.Labels \"$2\" }}" "$1" 2>/dev/null || true; }

content_hash() { # files... -> sha256 over their names and contents, stable across clones
  local f
  for f in "$@"; do
    find "$f" -type f ! -name starter -print0 | LC_ALL=C sort -z | xargs -0 sha256sum | sed "s|$REDLINE_HOME/||"
  done | sha256sum | cut -c1-16
}

ensure_base() {
  docker image inspect "$BASE_TAG" >/dev/null 2>&1 && return 0
  say "$BASE_TAG is not present; trying to pull it"
  if timeout 60 docker pull -q "$BASE_TAG" >/dev/null 2>&1; then return 0; fi
  say "no registry serves $BASE_TAG: bootstrapping it from Debian's packages with debootstrap (~1 min)"
  is_root || die "bootstrapping $BASE_TAG needs root (debootstrap). Run as root or provide the image."
  command -v debootstrap >/dev/null 2>&1 || apt_install debootstrap || die "debootstrap is missing and could not be installed"
  local root
  root=$(mktemp -d /tmp/redline-bookworm.XXXXXX)
  if ! debootstrap --variant=minbase bookworm "$root" http://deb.debian.org/debian >"$root.log" 2>&1; then
    rm -rf "$root"
    die "debootstrap failed; see $root.log"
  fi
  rm -rf "$root"/var/cache/apt/archives/*.deb "$root"/var/lib/apt/lists/*
  tar -C "$root" -c . | docker import - "$BASE_TAG" >/dev/null
  rm -rf "$root" "$root.log"
  say "imported $BASE_TAG"
}

# build NAME DOCKERFILE HASH: builds PREFIXNAME unless its label already carries HASH.
build() {
  local name=$1 dockerfile=$2 hash=$3 tag=$PREFIX$1
  if [ "$(image_label "$tag" redline.content-hash)" = "$hash" ]; then
    say "$tag is up to date ($hash)"
    return 0
  fi
  say "building $tag ($hash)"
  local log started=$SECONDS
  log=$(mktemp /tmp/redline-build-$name.XXXXXX.log)
  if ! docker build ${REDLINE_BUILD_NETWORK:+--network "$REDLINE_BUILD_NETWORK"} --build-arg "BASE_IMAGE=${PREFIX}base" --label "redline.content-hash=$hash" -t "$tag" -f "$dockerfile" "$IMAGES_DIR" >"$log" 2>&1; then
    tail -n 30 "$log" >&2
    die "building $tag failed; full log: $log"
  fi
  rm -f "$log"
  say "built $tag in $((SECONDS - started)) s"
}

# Compiles and runs the language's smoke program with the commands from the image's own labels,
# in a container as locked down as the platform's, and compares the output with the expected one.
# What the compiler prints (ruby's "Syntax OK", a JVM warning) is shown only when it fails.
smoke() {
  local lang=$1 tag=$PREFIX$1 dir=$IMAGES_DIR/$1/smoke
  local source compile run expected actual
  source=$(image_label "$tag" redline.source)
  compile=$(image_label "$tag" redline.compile)
  run=$(image_label "$tag" redline.run)
  expected=$(cat "$dir/expected.txt")
  actual=$(docker run --rm -i --network none --read-only --pids-limit 64 --memory 1g --memory-swap 1g --tmpfs /box:rw,exec,nosuid,nodev,size=256m,uid=10001,gid=10001 \
    --user 10001:10001 --cap-drop ALL --security-opt no-new-privileges -w /box -e HOME=/box -e TMPDIR=/box \
    -v "$dir:/smoke:ro" "$tag" sh -c "cp /smoke/$source /box/ && { (${compile:-true}) >/box/.compile.log 2>&1 || { cat /box/.compile.log; exit 1; }; } && exec $run" \
    <"$dir/input.txt" 2>&1) || smoke_failed "$tag" "failed: $actual"
  [ "$actual" = "$expected" ] || smoke_failed "$tag" "printed '$actual', expected '$expected'"
  say "$tag smoke test passed"
}

# An image that fails its smoke test is removed, so that the next run builds it again.
smoke_failed() {
  docker image rm -f "$1" >/dev/null 2>&1 || true
  die "smoke test of $1 $2"
}

# The folders outside the language's own that its Dockerfile copies from (e.g. jvm/).
shared_dirs() {
  sed -n -E 's|^COPY +([a-z0-9_-]+)/.*|\1|p' "$IMAGES_DIR/$1/Dockerfile" | sort -u | grep -vx "$1" \
    | sed "s|^|$IMAGES_DIR/|" || true
}

# Builds one language image when its hash changed, then smoke-tests it. Runs in a background job.
build_language() {
  local lang=$1 base_hash=$2 h before
  # shellcheck disable=SC2046
  h=$( { echo "$base_hash"; content_hash "$IMAGES_DIR/$lang" $(shared_dirs "$lang"); } | sha256sum | cut -c1-16)
  before=$(image_label "$PREFIX$lang" redline.content-hash)
  build "$lang" "$IMAGES_DIR/$lang/Dockerfile" "$h"
  [ "$before" = "$h" ] || smoke "$lang"
}

main() {
  local only=("$@")
  [ ${#only[@]} -gt 0 ] || only=("${LANGUAGES[@]}")
  local lang
  for lang in "${only[@]}"; do
    [ -f "$IMAGES_DIR/$lang/Dockerfile" ] || die "unknown language '$lang': no $IMAGES_DIR/$lang/Dockerfile"
  done
  ensure_base
  local base_hash
  base_hash=$(content_hash "$IMAGES_DIR/base" "$IMAGES_DIR/box")
  build base "$IMAGES_DIR/base/Dockerfile" "$base_hash"
  local failed=() pids=() names=() i
  for lang in "${only[@]}"; do
    while [ "$(jobs -rp | wc -l)" -ge "$BUILD_JOBS" ]; do wait -n || true; done
    build_language "$lang" "$base_hash" &
    pids+=($!)
    names+=("$lang")
  done
  for i in "${!pids[@]}"; do
    wait "${pids[$i]}" || failed+=("${names[$i]}")
  done
  [ ${#failed[@]} -eq 0 ] || die "these images failed (messages above): ${failed[*]}"
}

main "$@"
