#!/usr/bin/env bash
# The local Keycloak that Redline signs staff in with (realm keycloak/redline-realm.json).
#
#   fetch    the Keycloak distribution from Maven, unpacked and built once under target/keycloak;
#            prints its path
#   secrets  creates (once) $REDLINE_STATE/keycloak/secrets.env: the OIDC client secret and the
#            demo passwords, random, mode 0600; never in the repository
#   start    fetch + secrets, then runs Keycloak in the background on 127.0.0.1 only
#            (port REDLINE_KEYCLOAK_PORT, default 8180) and waits until the realm answers;
#            a Keycloak this script started earlier on that port is reused
#   stop     stops it
#   logins   prints the demo logins and where to sign in
#
# Keycloak runs in production mode from a pre-built ("optimized") distribution with its dev-file
# (H2) database and a local cache: no clustering, nothing listens beyond loopback. Its home
# (kc.home.dir) is $REDLINE_STATE/keycloak, so the database lives in $REDLINE_STATE/keycloak/data
# and the unpacked distribution stays read-only. The realm is imported at start; an existing realm
# is kept as it is (Keycloak's IGNORE_EXISTING), and when the realm file or the secrets change the
# local Keycloak database is recreated so the realm always matches both.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

KC_VERSION=26.7.3
KC_ARTIFACT=org.keycloak:keycloak-quarkus-dist:$KC_VERSION:tar.gz
KC_TARBALL=${REDLINE_M2_REPO:-$HOME/.m2/repository}/org/keycloak/keycloak-quarkus-dist/$KC_VERSION/keycloak-quarkus-dist-$KC_VERSION.tar.gz
KC_DIST_ROOT=$REDLINE_HOME/target/keycloak
KC_DIST=$KC_DIST_ROOT/keycloak-$KC_VERSION
# Build-time options baked into the distribution by 'kc.sh build'; the marker records them.
KC_BUILD_OPTS=(--db=dev-file)
KC_MARKER=.redline-build

KC_STATE=$REDLINE_STATE/keycloak
KC_SECRETS=$KC_STATE/secrets.env
KC_LOG=$KC_STATE/keycloak.log
KC_PID=$KC_STATE/keycloak.pid
KC_STAMP=$KC_STATE/data/.redline-realm.sha256
KC_PORT=${REDLINE_KEYCLOAK_PORT:-8180}
KC_WAIT=${REDLINE_KEYCLOAK_WAIT:-180}
KC_ISSUER=http://127.0.0.1:$KC_PORT/realms/redline
REALM_FILE=$REDLINE_HOME/keycloak/redline-realm.json

DEMO_USERS=(demo-admin:admin:REDLINE_DEMO_ADMIN_PASSWORD
            demo-interviewer:interviewer:REDLINE_DEMO_INTERVIEWER_PASSWORD
            demo-committee:committee:REDLINE_DEMO_COMMITTEE_PASSWORD)

require_curl() {
  command -v curl >/dev/null 2>&1 || apt_install curl || die "curl is missing and could not be installed (Debian: apt-get install curl)"
}

build_marker() { echo "keycloak $KC_VERSION ${KC_BUILD_OPTS[*]}"; }

# Unpacks and builds into a temporary directory next to the target, then renames it into place:
# a half-unpacked distribution is never seen, and two racing fetches both end with the same result.
fetch() {
  if [ -f "$KC_DIST/$KC_MARKER" ] && [ "$(cat "$KC_DIST/$KC_MARKER")" = "$(build_marker)" ]; then
    echo "$KC_DIST"
    return 0
  fi
  require_jdk
  if [ ! -s "$KC_TARBALL" ]; then
    say "downloading Keycloak $KC_VERSION from Maven (~180 MB, once)"
    (cd "$REDLINE_HOME" && ./mvnw -B -q dependency:get -Dartifact="$KC_ARTIFACT" -Dtransitive=false) >&2 \
      || die "could not download $KC_ARTIFACT with Maven"
    [ -s "$KC_TARBALL" ] || die "Maven reported success but $KC_TARBALL is missing (a different local repository? set REDLINE_M2_REPO)"
  fi
  say "unpacking and building Keycloak $KC_VERSION into $KC_DIST (~30 s, once)"
  mkdir -p "$KC_DIST_ROOT"
  local tmp
  tmp=$(mktemp -d "$KC_DIST_ROOT/.unpack.XXXXXX")
  # shellcheck disable=SC2064
  trap "rm -rf '$tmp'" EXIT
  tar --no-same-owner -xzf "$KC_TARBALL" -C "$tmp" || die "could not unpack $KC_TARBALL (corrupt? delete it and run again)"
  [ -x "$tmp/keycloak-$KC_VERSION/bin/kc.sh" ] || die "$KC_TARBALL does not contain keycloak-$KC_VERSION/bin/kc.sh"
  if ! "$tmp/keycloak-$KC_VERSION/bin/kc.sh" build "${KC_BUILD_OPTS[@]}" >"$tmp/build.log" 2>&1; then
    tail -n 30 "$tmp/build.log" >&2
    die "'kc.sh build ${KC_BUILD_OPTS[*]}' failed"
  fi
  build_marker >"$tmp/keycloak-$KC_VERSION/$KC_MARKER"
  if [ -e "$KC_DIST" ] && [ ! -f "$KC_DIST/$KC_MARKER" -o "$(cat "$KC_DIST/$KC_MARKER" 2>/dev/null)" != "$(build_marker)" ]; then
    say "replacing the incomplete or outdated $KC_DIST"
    rm -rf "$KC_DIST"
  fi
  # mv -T refuses a non-empty target: when another fetch won the race, keep its copy.
  mv -T "$tmp/keycloak-$KC_VERSION" "$KC_DIST" 2>/dev/null || [ -f "$KC_DIST/$KC_MARKER" ] || die "could not move the distribution to $KC_DIST"
  rm -rf "$tmp"
  trap - EXIT
  echo "$KC_DIST"
}

random_hex() { head -c "$1" /dev/urandom | od -An -tx1 | tr -d ' \n'; }

secrets() {
  mkdir -p "$KC_STATE"
  if [ ! -s "$KC_SECRETS" ]; then
    say "creating random secrets in $KC_SECRETS"
    local tmp
    tmp=$(umask 077 && mktemp "$KC_STATE/.secrets.XXXXXX")
    {
      echo "# Redline's local Keycloak: generated once by scripts/keycloak.sh; never commit."
      echo "REDLINE_OIDC_CLIENT_SECRET=$(random_hex 32)"
      echo "REDLINE_DEMO_ADMIN_PASSWORD=$(random_hex 12)"
      echo "REDLINE_DEMO_INTERVIEWER_PASSWORD=$(random_hex 12)"
      echo "REDLINE_DEMO_COMMITTEE_PASSWORD=$(random_hex 12)"
    } >"$tmp"
    mv "$tmp" "$KC_SECRETS"
  fi
  chmod 600 "$KC_SECRETS"
  echo "$KC_SECRETS"
}

# The pid in keycloak.pid when that process is still our Keycloak (kc.sh with our home dir).
running_pid() {
  local pid
  pid=$(cat "$KC_PID" 2>/dev/null) || return 1
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 1
  tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qF -- "-Dkc.home.dir=$KC_STATE " || return 1
  echo "$pid"
}

answers() { [ "$(curl -s -o /dev/null -m 5 -w '%{http_code}' "$KC_ISSUER/.well-known/openid-configuration")" = 200 ]; }
port_taken() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

wait_ready() {
  local pid=$1 start=$SECONDS
  while [ $((SECONDS - start)) -lt "$KC_WAIT" ]; do
    answers && return 0
    if ! kill -0 "$pid" 2>/dev/null; then
      tail -n 20 "$KC_LOG" >&2 || true
      die "Keycloak exited while starting; full log: $KC_LOG"
    fi
    sleep 1
  done
  die "Keycloak (pid $pid) did not answer $KC_ISSUER within ${KC_WAIT} s; see $KC_LOG ('bash scripts/keycloak.sh stop' stops it)"
}

state_hash() { cat "$REALM_FILE" "$KC_SECRETS" | sha256sum | cut -d' ' -f1; }

start() {
  require_jdk
  require_curl
  local dist pid
  dist=$(fetch)
  secrets >/dev/null
  if pid=$(running_pid); then
    if tr '\0' ' ' <"/proc/$pid/cmdline" | grep -qF -- "--http-port=$KC_PORT "; then
      wait_ready "$pid"
      say "Keycloak already running (pid $pid): $KC_ISSUER"
      return 0
    fi
    say "Keycloak (pid $pid) runs on another port: restarting it on $KC_PORT"
    stop
  fi
  if port_taken "$KC_PORT"; then
    die "127.0.0.1:$KC_PORT is taken by another program; stop it or choose another port with REDLINE_KEYCLOAK_PORT"
  fi

  # kc.home.dir: data/ is ours; lib, providers, themes and conf come from the built distribution.
  # Keycloak's database holds the client secret and the users: for this user only, old installs too.
  mkdir -p "$KC_STATE/data/import"
  chmod 700 "$KC_STATE" "$KC_STATE/data"
  find "$KC_STATE/data" -type f -exec chmod 600 {} +
  local part
  for part in lib providers themes conf; do ln -sfn "$dist/$part" "$KC_STATE/$part"; done
  if [ -e "$KC_STATE/data/h2" ] && [ "$(cat "$KC_STAMP" 2>/dev/null)" != "$(state_hash)" ]; then
    say "the realm file or the secrets changed: recreating the local Keycloak database"
    rm -rf "$KC_STATE/data/h2" "$KC_STATE/data/transaction-logs" "$KC_STAMP"
  fi
  cp "$REALM_FILE" "$KC_STATE/data/import/redline-realm.json"

  say "starting Keycloak $KC_VERSION on 127.0.0.1:$KC_PORT (log: $KC_LOG)"
  local t0=$SECONDS
  # The secrets reach only Keycloak's environment; it fills the realm file's ${...} placeholders.
  (
    set -a
    # shellcheck disable=SC1090
    source "$KC_SECRETS"
    set +a
    umask 077
    exec setsid "$dist/bin/kc.sh" start --optimized --cache=local \
      --http-enabled=true --http-host=127.0.0.1 --http-port="$KC_PORT" --hostname-strict=false \
      --import-realm "-Dkc.home.dir=$KC_STATE" >"$KC_LOG" 2>&1 </dev/null
  ) &
  pid=$!
  echo "$pid" >"$KC_PID"
  wait_ready "$pid"
  state_hash >"$KC_STAMP"
  say "Keycloak ready in $((SECONDS - t0)) s: $KC_ISSUER"
}

stop() {
  local pid
  if ! pid=$(running_pid); then
    say "Keycloak is not running"
    rm -f "$KC_PID"
    return 0
  fi
  say "stopping Keycloak (pid $pid)"
  kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid"
  local i
  for i in $(seq 1 60); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.5
  done
  if kill -0 "$pid" 2>/dev/null; then
    say "Keycloak did not stop within 30 s: killing it"
    kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid"
  fi
  rm -f "$KC_PID"
}

logins() {
  [ -s "$KC_SECRETS" ] || die "no secrets yet: run 'bash scripts/keycloak.sh start' (or './redline up') first"
  # shellcheck disable=SC1090
  source "$KC_SECRETS"
  local entry user role var
  echo "Sign in at http://127.0.0.1:${QUARKUS_HTTP_PORT:-8080}/staff (Keycloak: $KC_ISSUER)"
  printf '  %-18s %-26s %s\n' user password role
  for entry in "${DEMO_USERS[@]}"; do
    IFS=: read -r user role var <<<"$entry"
    printf '  %-18s %-26s %s\n' "$user" "${!var}" "$role"
  done
  echo "(demo accounts of the local Keycloak only; the passwords live in $KC_SECRETS)"
}

case "${1:-}" in
  fetch) fetch ;;
  secrets) secrets ;;
  start) start ;;
  stop) stop ;;
  logins) logins ;;
  *) echo "usage: scripts/keycloak.sh fetch|secrets|start|stop|logins" >&2; exit 2 ;;
esac
