#!/usr/bin/env bash
# Every quality gate and the test suite, in order, stopping at the first failure.
# `make test` runs this inside scripts/pg_throwaway.sh (so PostgreSQL is tested too).
set -uo pipefail
cd "$(dirname "$0")/.."
VENV="${VENV:-.venv}"
B="$VENV/bin"
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"

step() {  # step NAME CMD...: run CMD, report its time, stop everything if it fails
    local name="$1" t0=$SECONDS rc
    shift
    printf '\n==> %s\n' "$name"
    "$@"
    rc=$?
    if ((rc != 0)); then
        printf '\n*** FAILED: %s (exit %d) — fix this first; nothing after it was run.\n' "$name" "$rc" >&2
        if [[ "$name" == pytest* && $rc -eq 5 ]]; then
            printf '*** pytest collected no tests: that is a failure here, not a pass.\n' >&2
        fi
        exit "$rc"
    fi
    printf '    ok: %s (%ds)\n' "$name" "$((SECONDS - t0))"
}

if [[ -n "${SALONDESK_TEST_PG_URL:-}" ]]; then
    echo "databases: SQLite and PostgreSQL ($SALONDESK_TEST_PG_URL)"
else
    echo "databases: SQLite only (SALONDESK_TEST_PG_URL not set)"
fi

step "forms are up to date (scripts/build_forms.py --check)" "$B/python" scripts/build_forms.py --check
step "ruff check" "$B/ruff" check .
step "ruff format --check" "$B/ruff" format --check .
step "mypy salondesk" "$B/mypy" salondesk
step "lint-imports (layer contracts)" "$B/lint-imports"
step "translations complete (tests/test_i18n.py)" "$B/pytest" -q -p no:cacheprovider tests/test_i18n.py
# Serial on purpose: the PostgreSQL fixtures share one database (DROP SCHEMA per test), so
# `-n 2` would race. PYTEST_ARGS="-n 2" make test once conftest uses one database per
# xdist worker (pg_throwaway.sh already creates salondesk_test_gw0 and _gw1).
step "pytest (all of tests/, QT_QPA_PLATFORM=$QT_QPA_PLATFORM)" "$B/pytest" -q ${PYTEST_ARGS:-} tests
