#!/usr/bin/env bash
# Smoke test of a built bundle (make test-bundle; CI when SALONDESK_CI_BUNDLE is set):
# the installed program alone, offscreen, in a throwaway data folder —
#   1. creates the demo salon,
#   2. writes last month's report in Chinese (embedded CJK font, Chinese headings),
#   3. opens the main window logged in as the owner (PIN checked), tabs built, then quits.
#
#   bash packaging/test_bundle.sh dist/SalonDesk
set -euo pipefail

bundle="${1:?usage: $0 BUNDLE_DIR}"
exe="$bundle/SalonDesk"
[[ -x "$exe" || -f "$exe.exe" ]] || { echo "no SalonDesk executable in $bundle" >&2; exit 1; }
[[ -x "$exe" ]] || exe="$exe.exe"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen SALONDESK_DATA_DIR="$work/data"
db="sqlite:///$work/salon.sqlite3"
fail() { echo "BUNDLE SMOKE TEST FAILED: $*" >&2; exit 1; }
say() { printf '==> %s\n' "$*"; }

say "demo salon"
"$exe" --db "$db" demo >"$work/demo.txt" 2>&1 || { cat "$work/demo.txt" >&2; fail "demo"; }

month="$(date -d "$(date +%Y-%m-01) -1 day" +%Y-%m 2>/dev/null || python3 -c 'import datetime as d; t=d.date.today().replace(day=1)-d.timedelta(days=1); print(t.strftime("%Y-%m"))')"
say "Chinese report for $month"
# Reading records from the command line needs the owner's PIN (the demo owner's is 1111).
printf '1111\n' | "$exe" --db "$db" --lang zh_CN report --month "$month" --out "$work/report.pdf" --pin-stdin \
    >"$work/report.txt" 2>&1 || { cat "$work/report.txt" >&2; fail "report"; }
if command -v pdffonts >/dev/null 2>&1; then
    # Whole outputs first: `cmd | grep -q` fails under pipefail when grep stops reading early.
    fonts="$(pdffonts "$work/report.pdf")"
    text="$(pdftotext "$work/report.pdf" -)"
    grep -q WenQuanYi <<<"$fonts" || fail "the report does not embed the Chinese font"
    grep -q "月度合规报告" <<<"$text" || fail "the report has no Chinese heading"
fi

say "main window (owner, PIN on stdin)"
out="$(echo 1111 | SALONDESK_DB_URL="$db" SALONDESK_SMOKE_TEST=1 timeout 300 "$exe" 2>"$work/window.err")" \
    || { cat "$work/window.err" >&2; fail "main window"; }
grep -q "^READY SalonDesk" <<<"$out" || fail "the main window did not report READY: $out"
echo "$out"
say "bundle smoke test passed ($(du -sm "$bundle" | cut -f1) MB)"
