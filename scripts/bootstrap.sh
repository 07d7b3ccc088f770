#!/usr/bin/env bash
# Set up a development/run environment for SalonDesk, idempotently.
#
#   scripts/bootstrap.sh run    # .venv + `pip install -e .` + the Debian libraries Qt needs
#   scripts/bootstrap.sh test   # .venv + `pip install -e '.[test]'` + Qt libs, PDF tools, PostgreSQL
#
# Debian packages are installed only when something is missing, we are root and apt-get
# exists; otherwise the exact `apt-get install` line is printed and setup stops. Python
# packages come from the hashed lock files (requirements/*.txt); the pip step is
# skipped when neither pyproject.toml nor the lock files changed since the last install.
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

# The Python to make .venv with (3.11 or newer).
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

# What Debian must add before .venv can be made: Python itself (Debian 12's python3 is
# 3.11) when none >= 3.11 is found, and python3-venv (venv/ensurepip live there).
python_debs() {
    [[ ! -x "$VENV/bin/python" ]] || return 0
    local py
    if ! py="$(pick_python)"; then
        printf '%s\n' python3 python3-venv
    elif ! "$py" -c 'import ensurepip, venv' >/dev/null 2>&1; then
        printf '%s\n' python3-venv
    fi
}

if command -v dpkg-query >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
    t0=$SECONDS
    mapfile -t missing < <(missing_debs "${wanted[@]}"; python_debs)
    if ((${#missing[@]} == 0)); then
        say "Debian packages: all present ($((SECONDS - t0))s)"
    elif [[ $(id -u) -eq 0 ]]; then
        apt_install "${missing[@]}"
        say "Debian packages installed ($((SECONDS - t0))s)"
    else
        # Without them the window does not start (or, for the tests, PDF checks and
        # PostgreSQL fail half-way): stop here with the one line that fixes it.
        warn "SalonDesk ($mode) needs these Debian packages, which are missing:
    ${missing[*]}
Install them as root (with sudo, or from a root shell: su -c '…'), then run this command again:
    sudo apt-get install --no-install-recommends ${missing[*]}"
        exit 1
    fi
else
    say "not a Debian system: skipping system packages (see README.md for your OS)"
fi

# ------------------------------------------------------------------ Python
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

# The lock files (requirements/*.txt, hashes for every package, `make lock`) pin what is
# installed; the editable install of SalonDesk itself comes after, without dependencies.
# Reinstall only when pyproject.toml, the lock or the extras asked for changed.
if [[ "$mode" == test ]]; then spec='.[test]'; else spec='.'; fi
lock="requirements/$mode.txt"
stamp="$VENV/.salondesk-installed"
want="$(cat pyproject.toml requirements/run.txt requirements/test.txt | sha256sum | cut -d' ' -f1) $spec"
have="$(cat "$stamp" 2>/dev/null || true)"
# A test install also satisfies a run install.
if [[ "$have" == "$want" ]] || { [[ "$mode" == run ]] && [[ "$have" == "${want% *} .[test]" ]]; }; then
    say "python packages: up to date ($spec)"
else
    t0=$SECONDS
    pip=("$VENV/bin/python" -m pip install --disable-pip-version-check --progress-bar off -q)
    say "pip install --require-hashes -r $lock (first time takes a few minutes: Qt is large)"
    "${pip[@]}" --require-hashes -r "$lock"
    say "pip install -e '$spec' --no-deps"
    "${pip[@]}" --no-deps -e "$spec"
    if ! "$VENV/bin/python" -m pip check --disable-pip-version-check >/dev/null 2>&1; then
        warn "pyproject.toml asks for packages that $lock does not pin: run 'make lock'. Installing them unpinned."
        "${pip[@]}" -e "$spec"
    fi
    printf '%s\n' "$want" >"$stamp"
    say "python packages installed ($((SECONDS - t0))s)"
fi
