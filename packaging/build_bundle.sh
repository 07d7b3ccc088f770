#!/usr/bin/env bash
# make bundle: the PyInstaller folder bundle in dist/SalonDesk, from the hashed lock file.
#
# A separate venv (.venv-bundle) so the bundle holds exactly requirements/bundle.txt
# (no test tools, no psycopg) whatever the development venv has. Fails when the folder
# is over the size budget.
set -euo pipefail
cd "$(dirname "$0")/.."

BUDGET_MB="${SALONDESK_BUNDLE_BUDGET_MB:-220}"
VENV=.venv-bundle
say() { printf '==> %s\n' "$*"; }

if [[ ! -x "$VENV/bin/python" ]]; then
    py="$(command -v python3.11 || command -v python3)"
    say "creating $VENV with $py"
    "$py" -m venv "$VENV"
fi
stamp="$VENV/.installed"
want="$(sha256sum requirements/bundle.txt | cut -d' ' -f1)"
if [[ "$(cat "$stamp" 2>/dev/null || true)" != "$want" ]]; then
    say "pip install --require-hashes -r requirements/bundle.txt"
    "$VENV/bin/python" -m pip install --disable-pip-version-check --progress-bar off -q --require-hashes -r requirements/bundle.txt
    printf '%s\n' "$want" >"$stamp"
fi

say "pyinstaller packaging/salondesk.spec"
t0=$SECONDS
rm -rf build/salondesk dist/SalonDesk
"$VENV/bin/pyinstaller" --noconfirm --log-level WARN --distpath dist --workpath build packaging/salondesk.spec
size_mb=$(du -sm dist/SalonDesk | cut -f1)
say "dist/SalonDesk: ${size_mb} MB (budget ${BUDGET_MB} MB), built in $((SECONDS - t0)) s"
if ((size_mb > BUDGET_MB)); then
    echo "!!! the bundle is over its size budget; the largest parts:" >&2
    du -am dist/SalonDesk | sort -rn | sed -n '2,16p' >&2
    exit 1
fi

# The same folder as a tarball for Linux systems without dpkg (docs/install.md).
version="$(sed -n 's/^__version__ = "\(.*\)"/\1/p' salondesk/__init__.py)"
tar -C dist -czf "dist/SalonDesk-${version}-linux.tar.gz" SalonDesk
say "dist/SalonDesk-${version}-linux.tar.gz ($(du -m "dist/SalonDesk-${version}-linux.tar.gz" | cut -f1) MB)"
