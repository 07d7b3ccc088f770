#!/usr/bin/env bash
# make deb: a Debian package of the folder bundle (installs to /opt/salondesk, menu entry,
# icons, AppStream metadata, `salondesk` on the PATH). Output: dist/salondesk_VERSION_ARCH.deb
#
#   bash packaging/linux/build_deb.sh dist/SalonDesk
set -euo pipefail
cd "$(dirname "$0")/../.."

bundle="${1:-dist/SalonDesk}"
[[ -x "$bundle/SalonDesk" ]] || { echo "no bundle at $bundle: run make bundle first" >&2; exit 1; }
version="$(sed -n 's/^__version__ = "\(.*\)"/\1/p' salondesk/__init__.py)"
arch="$(dpkg --print-architecture)"
stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT
root="$stage/salondesk_${version}_${arch}"

install -d "$root/opt" "$root/usr/bin" "$root/usr/share/applications" "$root/usr/share/metainfo" "$root/DEBIAN"
cp -a "$bundle" "$root/opt/salondesk"
ln -s /opt/salondesk/SalonDesk "$root/usr/bin/salondesk"
install -m 644 resources/linux/salondesk.desktop "$root/usr/share/applications/salondesk.desktop"
install -m 644 resources/linux/app.salondesk.SalonDesk.metainfo.xml "$root/usr/share/metainfo/"
for png in resources/icons/salondesk-*.png; do
    size="${png##*-}"
    size="${size%.png}"
    install -D -m 644 "$png" "$root/usr/share/icons/hicolor/${size}x${size}/apps/salondesk.png"
done
install -D -m 644 resources/icons/salondesk.svg "$root/usr/share/icons/hicolor/scalable/apps/salondesk.svg"

installed_kb=$(du -sk "$root" --exclude=DEBIAN | cut -f1)
cat >"$root/DEBIAN/control" <<CONTROL
Package: salondesk
Version: $version
Section: misc
Priority: optional
Architecture: $arch
Maintainer: SalonDesk <support@salondesk.invalid>
Installed-Size: $installed_kb
Depends: libgl1, libegl1, libfontconfig1, libxkbcommon0, libglib2.0-0, libdbus-1-3, libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1, libxcb-shape0, libxcb-xkb1, libxkbcommon-x11-0, libcups2
Description: front desk and compliance records for a hair or beauty salon
 Reception queue with wait clocks, appointment book, customer files, hygiene
 checklists signed with a PIN, equipment register, complaints and the monthly
 compliance report, offline on the salon's own PC. English and Simplified Chinese.
 .
 Each user's data stays in ~/.local/share/SalonDesk; removing the package keeps it.
CONTROL
# Menus and icon caches pick the new entry up at once where the tools exist.
cat >"$root/DEBIAN/postinst" <<'SCRIPT'
#!/bin/sh
set -e
if command -v update-desktop-database >/dev/null 2>&1; then update-desktop-database -q /usr/share/applications || true; fi
if command -v gtk-update-icon-cache >/dev/null 2>&1; then gtk-update-icon-cache -q -t /usr/share/icons/hicolor || true; fi
exit 0
SCRIPT
cp "$root/DEBIAN/postinst" "$root/DEBIAN/postrm"
chmod 755 "$root/DEBIAN/postinst" "$root/DEBIAN/postrm"

mkdir -p dist
dpkg-deb --build --root-owner-group -Zxz "$root" "dist/salondesk_${version}_${arch}.deb" >/dev/null
echo "==> dist/salondesk_${version}_${arch}.deb ($(du -m "dist/salondesk_${version}_${arch}.deb" | cut -f1) MB)"
