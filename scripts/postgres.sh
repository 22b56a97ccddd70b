#!/usr/bin/env bash
# Makes a local PostgreSQL answer on 127.0.0.1:5432 for the persistence tests: installs Debian's
# package when missing, starts the cluster, and (re)creates the role and database redline_test with a
# fresh random password. Writes the connection to target/test-postgres.env (never committed).
set -euo pipefail
source "$(dirname "$0")/lib.sh"

ENV_FILE=$REDLINE_HOME/target/test-postgres.env

# the client (psql) may be present without the server: look for the server itself
if ! compgen -G "/usr/lib/postgresql/*/bin/postgres" >/dev/null || ! command -v pg_lsclusters >/dev/null 2>&1; then
  apt_install postgresql || die "PostgreSQL is not installed and could not be installed (as root on Debian: apt-get install postgresql)"
fi
cluster=$(pg_lsclusters --no-header | awk 'NR==1 {print $1" "$2" "$4}')
if [ -z "$cluster" ]; then
  major=$(basename "$(ls -d /usr/lib/postgresql/*/ | sort -V | tail -1)")
  say "creating PostgreSQL cluster $major/main"
  pg_createcluster "$major" main >/dev/null || die "pg_createcluster $major main failed"
  cluster=$(pg_lsclusters --no-header | awk 'NR==1 {print $1" "$2" "$4}')
fi
read -r version name state <<<"$cluster"
if [ "$state" != "online" ]; then
  say "starting PostgreSQL $version/$name"
  pg_ctlcluster "$version" "$name" start || die "PostgreSQL $version/$name did not start; see /var/log/postgresql/"
fi
for i in $(seq 1 30); do
  runuser -u postgres -- psql -qAtc 'select 1' >/dev/null 2>&1 && break
  sleep 1
done

password=$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')
runuser -u postgres -- psql -q -v ON_ERROR_STOP=1 >/dev/null <<SQL
SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = 'redline_test';
DROP DATABASE IF EXISTS redline_test;
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'redline_test') THEN CREATE ROLE redline_test LOGIN; END IF;
END \$\$;
ALTER ROLE redline_test WITH LOGIN PASSWORD '$password';
CREATE DATABASE redline_test OWNER redline_test;
SQL
mkdir -p "$(dirname "$ENV_FILE")"
umask 077
cat >"$ENV_FILE" <<ENV
REDLINE_TEST_PG_URL=jdbc:postgresql://127.0.0.1:5432/redline_test
REDLINE_TEST_PG_USER=redline_test
REDLINE_TEST_PG_PASSWORD=$password
ENV
say "PostgreSQL ready for tests (database redline_test on 127.0.0.1:5432)"
