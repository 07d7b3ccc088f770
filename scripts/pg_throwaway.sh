#!/usr/bin/env bash
# Run a command with a throwaway PostgreSQL server on 127.0.0.1.
#
#   scripts/pg_throwaway.sh CMD [ARGS...]
#
# Creates a cluster in a temporary directory (trust auth, a free port, fsync off),
# creates the database `salondesk_test`, exports
#   SALONDESK_TEST_PG_URL=postgresql+psycopg://postgres@127.0.0.1:PORT/salondesk_test
# runs CMD, then stops the server and deletes the directory whatever happens.
# As root the server runs as the `postgres` user (PostgreSQL refuses to run as root).
#
# When SALONDESK_TEST_PG_URL is already set, that server is used as it is. When
# PostgreSQL cannot be started, this says so loudly and runs CMD against SQLite only;
# set SALONDESK_REQUIRE_PG=1 to make that an error instead.
set -uo pipefail

if (($# == 0)); then
    echo "usage: $0 CMD [ARGS...]" >&2
    exit 2
fi

banner() { printf '\n!!! %s\n!!! %s\n\n' "$1" "${2:-}" >&2; }

no_pg() {  # no_pg REASON CMD...: run CMD SQLite-only (or fail when PG is required)
    local reason="$1"
    shift
    if [[ "${SALONDESK_REQUIRE_PG:-0}" == 1 ]]; then
        banner "PostgreSQL unavailable: $reason" "SALONDESK_REQUIRE_PG=1, so this is an error."
        exit 1
    fi
    banner "PostgreSQL unavailable: $reason" "the tests run against SQLite ONLY."
    unset SALONDESK_TEST_PG_URL
    "$@"
    exit $?
}

if [[ -n "${SALONDESK_TEST_PG_URL:-}" ]]; then
    echo "==> PostgreSQL: using SALONDESK_TEST_PG_URL from the environment"
    "$@"
    exit $?
fi

# Debian keeps the server binaries out of PATH, under /usr/lib/postgresql/<major>/bin.
pg_bin=""
for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [[ -x "$dir/initdb" && -x "$dir/pg_ctl" ]]; then pg_bin="$dir"; break; fi
done
if [[ -z "$pg_bin" ]] && command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1; then
    pg_bin="$(dirname "$(command -v initdb)")"
fi
[[ -n "$pg_bin" ]] || no_pg "initdb/pg_ctl not found (Debian: apt-get install postgresql)" "$@"

as_pg=()
if [[ $(id -u) -eq 0 ]]; then
    id postgres >/dev/null 2>&1 || no_pg "running as root but there is no 'postgres' user" "$@"
    command -v runuser >/dev/null 2>&1 || no_pg "running as root but runuser is missing" "$@"
    as_pg=(runuser -u postgres --)
fi

t0=$SECONDS
tmp="$(mktemp -d "${TMPDIR:-/tmp}/salondesk-pg.XXXXXX")"
chmod 755 "$tmp"
((${#as_pg[@]})) && chown postgres: "$tmp"

cleanup() {
    (cd "$tmp" && "${as_pg[@]}" "$pg_bin/pg_ctl" -D "$tmp/data" -m immediate -w stop >/dev/null 2>&1)
    rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

py="$(command -v .venv/bin/python || command -v python3 || command -v python3.11)"
port="$("$py" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"

run_pg() { (cd "$tmp" && "${as_pg[@]}" "$@"); }

if ! run_pg "$pg_bin/initdb" -D "$tmp/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 -N \
    >"$tmp/initdb.log" 2>&1; then
    cat "$tmp/initdb.log" >&2
    no_pg "initdb failed (log above)" "$@"
fi
if ! run_pg "$pg_bin/pg_ctl" -D "$tmp/data" -l "$tmp/server.log" -w -t 60 start \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $tmp -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
    >/dev/null 2>&1; then
    cat "$tmp/server.log" >&2 2>/dev/null
    no_pg "the server did not start (log above)" "$@"
fi
# salondesk_test, plus one per pytest-xdist worker (salondesk_test_gw0, _gw1) for a suite
# run with -n 2 whose fixtures append "_$PYTEST_XDIST_WORKER" to the database name.
for db in salondesk_test salondesk_test_gw0 salondesk_test_gw1; do
    if ! run_pg "$pg_bin/createdb" -h 127.0.0.1 -p "$port" -U postgres "$db" >/dev/null 2>&1; then
        no_pg "createdb $db failed" "$@"
    fi
done

export SALONDESK_TEST_PG_URL="postgresql+psycopg://postgres@127.0.0.1:$port/salondesk_test"
echo "==> PostgreSQL $("$pg_bin/pg_ctl" --version | grep -o "[0-9][0-9.]*" | head -1) on 127.0.0.1:$port ($((SECONDS - t0))s): SALONDESK_TEST_PG_URL=$SALONDESK_TEST_PG_URL"

"$@"
