#!/usr/bin/env bash
# Set up a development/run environment for SalonDesk, idempotently.
#
#   scripts/bootstrap.sh run    # .venv + `pip install -e .` + the Debian libraries Qt needs
#   scripts/bootstrap.sh test   # .venv + `pip install -e '.[test]'` + Qt libs, PDF tools, PostgreSQL
#
# Debian packages are installed only when something is missing, we are root and apt-get
# exists; otherwise the exact `apt-get install` command is printed. The pip step is
# skipped when pyproject.toml has not changed since the last successful install.
set -euo pipefail

mode="${1:-run}"
case "$mode" in
    run | test) ;;
    *) echo "usage: $0 run|test" >&2; exit 2 ;;
esac

cd "$(dirname "$0")/.."
VENV="${VENV:-.venv}"

say() { printf '==> %s\n' "$*"; }
warn() { printf '\n!!! %s\n\n' "$*" >&2; }

# ------------------------------------------------------------------ Debian packages
# What Qt loads even offscreen (a fresh Debian 12 lacks these).
QT_BASE=(libgl1 libegl1 libfontconfig1 libxkbcommon0 libglib2.0-0 libdbus-1-3)
# A real display (X11/xcb) and a font that has Chinese glyphs.
QT_DISPLAY=(libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0 fonts-wqy-microhei)
# The test suite: PDF checks (pdftotext, qpdf) and a throwaway PostgreSQL server.
TEST_EXTRA=(poppler-utils qpdf postgresql)

if [[ "$mode" == run ]]; then
    wanted=("${QT_BASE[@]}" "${QT_DISPLAY[@]}")
else
    wanted=("${QT_BASE[@]}" "${TEST_EXTRA[@]}")
fi

missing_debs() {
    local pkg
    for pkg in "$@"; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
            printf '%s\n' "$pkg"
        fi
    done
}

apt_install() {  # apt_install PKG... (root only)
    say "installing Debian packages: $*"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "$@" </dev/null
}

if command -v dpkg-query >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
    t0=$SECONDS
    mapfile -t missing < <(missing_debs "${wanted[@]}")
    if ((${#missing[@]} == 0)); then
        say "Debian packages: all present ($((SECONDS - t0))s)"
    elif [[ $(id -u) -eq 0 ]]; then
        apt_install "${missing[@]}"
        say "Debian packages installed ($((SECONDS - t0))s)"
    else
        warn "Some Debian packages that SalonDesk ($mode) needs are missing. Run:
    sudo apt-get install --no-install-recommends ${missing[*]}
and then run this command again. Continuing without them."
    fi
else
    say "not a Debian system: skipping system packages (see README.md for your OS)"
fi

# ------------------------------------------------------------------ Python
pick_python() {
    local candidate
    for candidate in "${PYTHON:-}" python3.11 python3.12 python3.13 python3; do
        [[ -n "$candidate" ]] || continue
        command -v "$candidate" >/dev/null 2>&1 || continue
        if "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
            printf '%s\n' "$candidate"
            return 0
        fi
    done
    return 1
}

if [[ ! -x "$VENV/bin/python" ]]; then
    if ! py="$(pick_python)"; then
        warn "SalonDesk needs Python 3.11 or newer (python3.11 not found). Install it and retry."
        exit 1
    fi
    say "creating $VENV with $py ($("$py" --version 2>&1))"
    if ! "$py" -m venv "$VENV" 2>/dev/null; then
        # Debian's own python3 ships venv/ensurepip in a separate package.
        rm -rf "$VENV"
        if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
            ver="$("$py" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')"
            apt_install "python${ver}-venv"
            "$py" -m venv "$VENV"
        else
            warn "'$py -m venv' failed. On Debian/Ubuntu: sudo apt-get install python3-venv"
            exit 1
        fi
    fi
fi

# Reinstall only when pyproject.toml (or the extras asked for) changed.
if [[ "$mode" == test ]]; then spec='.[test]'; else spec='.'; fi
stamp="$VENV/.salondesk-installed"
want="$(sha256sum pyproject.toml | cut -d' ' -f1) $spec"
have="$(cat "$stamp" 2>/dev/null || true)"
# A test install also satisfies a run install.
if [[ "$have" == "$want" ]] || { [[ "$mode" == run ]] && [[ "$have" == "${want% *} .[test]" ]]; }; then
    say "python packages: up to date ($spec)"
else
    t0=$SECONDS
    say "pip install -e '$spec' (first time takes a few minutes: Qt is large)"
    "$VENV/bin/python" -m pip install --disable-pip-version-check --progress-bar off -q -e "$spec"
    printf '%s\n' "$want" >"$stamp"
    say "python packages installed ($((SECONDS - t0))s)"
fi
