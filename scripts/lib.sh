# Shared helpers for ./redline and its sub-scripts. Sourced, never executed.
# Every function either succeeds or stops with a message that says what is missing and how to get it.

REDLINE_HOME=${REDLINE_HOME:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}
REDLINE_STATE=${REDLINE_STATE:-$REDLINE_HOME/data}
DOCKERD_LOG=${DOCKERD_LOG:-/var/log/redline-dockerd.log}

say() { printf '[redline] %s\n' "$*" >&2; }
die() { printf '[redline] error: %s\n' "$*" >&2; exit 1; }

is_root() { [ "$(id -u)" -eq 0 ]; }
is_debian_like() { command -v apt-get >/dev/null 2>&1; }

apt_updated=
apt_install() {
  is_root && is_debian_like || return 1
  if [ -z "$apt_updated" ]; then
    say "apt-get update"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null || return 1
    apt_updated=1
  fi
  say "installing $*"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

# Finds a JDK >= 21: JAVA_HOME first, then the newest under /usr/lib/jvm. Exports JAVA_HOME.
java_major() { "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | cut -d. -f1; }
require_jdk() {
  local candidate major
  for candidate in ${JAVA_HOME:-} $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -rV); do
    candidate=${candidate%/}
    [ -x "$candidate/bin/javac" ] || continue
    major=$(java_major "$candidate")
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then
      export JAVA_HOME=$candidate
      export PATH=$JAVA_HOME/bin:$PATH
      return 0
    fi
  done
  die "no JDK 21 or newer found (looked at JAVA_HOME=${JAVA_HOME:-unset} and /usr/lib/jvm/*). Install one, e.g. 'apt-get install openjdk-21-jdk-headless' or a Temurin 21+ JDK, and set JAVA_HOME."
}

docker_answers() { timeout 10 docker version --format '{{.Server.Version}}' >/dev/null 2>&1; }

# Makes sure a Docker engine answers. An engine that already runs is used as it is, never reconfigured.
require_docker() {
  command -v docker >/dev/null 2>&1 || apt_install docker.io || die "the docker client is missing. Install Docker (Debian: 'apt-get install docker.io')."
  docker_answers && return 0
  if [ -n "${DOCKER_HOST:-}" ]; then
    die "DOCKER_HOST=$DOCKER_HOST does not answer. Start that engine or unset DOCKER_HOST to use a local one."
  fi
  is_root || die "no Docker engine answers on /var/run/docker.sock and this user cannot start one. Start Docker (e.g. 'sudo systemctl start docker') or set DOCKER_HOST."
  command -v dockerd >/dev/null 2>&1 || apt_install docker.io || die "no Docker engine and 'apt-get install docker.io' failed. Install a Docker engine."
  say "no Docker engine answers: starting dockerd in the background (log: $DOCKERD_LOG)"
  setsid nohup dockerd >"$DOCKERD_LOG" 2>&1 </dev/null &
  local i
  for i in $(seq 1 60); do
    docker_answers && { say "Docker engine is up"; return 0; }
    sleep 1
  done
  die "dockerd did not answer within 60 s; see $DOCKERD_LOG"
}
