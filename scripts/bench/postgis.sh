#!/usr/bin/env bash
# Throwaway PostgreSQL 15 + PostGIS 3 server for the peer benchmark (scripts/bench/peers.py --postgis).
#
#   scripts/bench/postgis.sh start DATADIR [PORT]   # prints the connection string on stdout
#   scripts/bench/postgis.sh stop  DATADIR          # stops the server and removes DATADIR
#
# `start` installs Debian's postgresql-15-postgis-3 if it is missing (apt-get; needs root or sudo),
# initdb's a fresh cluster in DATADIR/pgdata (trust auth, listening on 127.0.0.1 only, on the first
# free port from PORT, default 55432), runs it as the `postgres` user when invoked as root (postgres
# refuses to run as root), creates database `bench` with `CREATE EXTENSION postgis`, writes the
# connection string to DATADIR/dsn and prints it. The cluster is tuned for a disposable benchmark
# (fsync off, large shared_buffers / maintenance_work_mem); planner cost settings are left at their
# defaults so that "default plan" figures stay meaningful. `stop` only deletes a DATADIR that
# `start` created (it checks for the marker file DATADIR/.pushback-postgis).
set -euo pipefail

usage() { echo "usage: $0 start|stop DATADIR [PORT]" >&2; exit 2; }
[ $# -ge 2 ] || usage
cmd=$1
dir=$2
base_port=${3:-55432}
PG_MAJOR=15
PGBIN=/usr/lib/postgresql/$PG_MAJOR/bin
MARKER=.pushback-postgis
log() { echo "postgis.sh: $*" >&2; }

sudo_cmd=""
if [ "$(id -u)" -ne 0 ]; then sudo_cmd=sudo; fi

# Run a server-side command as the cluster owner.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }

ensure_packages() {
  local missing=()
  installed postgresql-$PG_MAJOR || missing+=(postgresql-$PG_MAJOR)
  installed postgresql-$PG_MAJOR-postgis-3 || missing+=(postgresql-$PG_MAJOR-postgis-3)
  if [ ${#missing[@]} -gt 0 ]; then
    log "installing ${missing[*]}"
    $sudo_cmd apt-get update -q >&2
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -q "${missing[@]}" >&2
  fi
  if [ "$(id -u)" -eq 0 ] && ! id postgres >/dev/null 2>&1; then
    useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres
  fi
}

port_free() {
  python3 - "$1" <<'EOF'
import socket, sys
s = socket.socket()
try:
    s.bind(("127.0.0.1", int(sys.argv[1])))
except OSError:
    sys.exit(1)
finally:
    s.close()
EOF
}

start() {
  ensure_packages
  if [ -e "$dir/$MARKER" ] && [ -f "$dir/dsn" ] && [ -f "$dir/pgdata/postmaster.pid" ]; then
    log "already running in $dir"
    cat "$dir/dsn"
    return 0
  fi
  if [ -e "$dir" ] && [ -n "$(ls -A "$dir" 2>/dev/null)" ]; then
    log "$dir exists and is not empty; refusing to initdb there"; exit 1
  fi
  mkdir -p "$dir"
  dir=$(cd "$dir" && pwd)
  touch "$dir/$MARKER"
  if [ "$(id -u)" -eq 0 ]; then
    chown -R postgres: "$dir"
    if ! runuser -u postgres -- test -w "$dir"; then
      log "user postgres cannot write $dir (check the permissions of its parent folders)"; exit 1
    fi
  fi

  local port=$base_port
  while ! port_free "$port"; do
    port=$((port + 1))
    [ $port -lt $((base_port + 100)) ] || { log "no free port from $base_port"; exit 1; }
  done

  log "initdb in $dir/pgdata"
  as_owner "$PGBIN/initdb" -D "$dir/pgdata" -U postgres --auth=trust -E UTF8 --no-locale >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; exit 1; }
  cat >>"$dir/pgdata/postgresql.conf" <<EOF

# --- pushback benchmark (throwaway cluster) ---
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$dir'
shared_buffers = 2GB
work_mem = 256MB
maintenance_work_mem = 2GB
effective_cache_size = 12GB
max_wal_size = 8GB
checkpoint_timeout = 30min
fsync = off
synchronous_commit = off
full_page_writes = off
wal_level = minimal
max_wal_senders = 0
EOF
  log "starting on 127.0.0.1:$port"
  as_owner "$PGBIN/pg_ctl" -D "$dir/pgdata" -l "$dir/postgres.log" -w -t 60 start >&2 \
    || { tail -20 "$dir/postgres.log" >&2; exit 1; }
  as_owner "$PGBIN/psql" -X -q -h 127.0.0.1 -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 \
    -c "CREATE DATABASE bench" >&2
  as_owner "$PGBIN/psql" -X -q -h 127.0.0.1 -p "$port" -U postgres -d bench -v ON_ERROR_STOP=1 \
    -c "CREATE EXTENSION postgis" >&2
  local ver
  ver=$(as_owner "$PGBIN/psql" -X -At -h 127.0.0.1 -p "$port" -U postgres -d bench -c "SELECT postgis_full_version()")
  log "$ver"
  local dsn="postgresql://postgres@127.0.0.1:$port/bench"
  echo "$dsn" >"$dir/dsn"
  echo "$dsn"
}

stop() {
  if [ ! -e "$dir" ]; then log "$dir does not exist"; return 0; fi
  if [ ! -e "$dir/$MARKER" ]; then log "$dir was not created by '$0 start'; not touching it"; exit 1; fi
  if [ -f "$dir/pgdata/postmaster.pid" ]; then
    log "stopping server in $dir"
    as_owner "$PGBIN/pg_ctl" -D "$dir/pgdata" -m fast -w -t 120 stop >&2 || true
  fi
  rm -rf "$dir"
  log "removed $dir"
}

case "$cmd" in
  start) start ;;
  stop) stop ;;
  *) usage ;;
esac
