#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests, from Debian's postgresql package.
#   scripts/test-server.sh start DIR   initdb in DIR, start it, print its admin address
#   scripts/test-server.sh stop DIR    stop it and remove DIR
# The cluster listens on a socket in DIR and on 127.0.0.1 at a free port; its superuser
# kinerja_super logs in through the socket without a password (trust, local only) and
# through TCP with SCRAM-SHA-256. initdb refuses root, so as root the cluster runs as the
# package's own `postgres` user.
set -euo pipefail

die() { printf 'test-server: %s\n' "$*" >&2; exit 1; }

cmd="${1:-}"
dir="${2:-}"
[[ -n "$cmd" && -n "$dir" ]] || die "usage: $0 start|stop DIR"

PGBIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1)"
[[ -x "$PGBIN/initdb" ]] || die "PostgreSQL is not installed (Debian package postgresql)"

as_owner() {
    if [[ "$(id -u)" -eq 0 ]]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

case "$cmd" in
start)
    mkdir -p "$dir"
    [[ "$(id -u)" -eq 0 ]] && chown postgres: "$dir"
    port="$(free_port)"
    as_owner "$PGBIN/initdb" -D "$dir/data" -U kinerja_super --encoding=UTF8 --locale=C.UTF-8 \
        --auth-local=trust --auth-host=scram-sha-256 >"$dir/initdb.log" 2>&1 \
        || die "initdb failed: $(cat "$dir/initdb.log")"
    as_owner "$PGBIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$dir \
            -c fsync=off -c synchronous_commit=off -c full_page_writes=off \
            -c max_connections=200 -c shared_buffers=128MB" \
        start >/dev/null || die "the server did not start: $(tail -n 20 "$dir/server.log")"
    printf 'postgresql://kinerja_super@/postgres?host=%s&port=%s\n' "$dir" "$port"
    ;;
stop)
    [[ -d "$dir/data" ]] && as_owner "$PGBIN/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$dir"
    ;;
*) die "unknown command $cmd" ;;
esac
