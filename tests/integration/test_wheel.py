"""A built wheel is a complete app: translations, the Chinese font and the migrations inside.

Built from this checkout and installed (not editable) into a new virtual environment
whose only view of the source tree is the wheel; the third-party dependencies are
borrowed from the test environment through a path entry so that the test needs no
network. The installed app then creates a demo salon and writes a Chinese report.
"""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest
from pypdf import PdfReader

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow


def _clean_env() -> dict[str, str]:
    """The environment without anything that would put the checkout on the path."""
    return {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "SALONDESK_DB_URL"}}


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """The python of a fresh venv with the SalonDesk wheel installed into it."""
    work = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(work), str(ROOT)],
        check=True,
        capture_output=True,
        env=_clean_env(),
    )
    (wheel,) = work.glob("salondesk-*.whl")
    env_dir = work / "venv"
    venv.create(env_dir, with_pip=False)
    python = env_dir / "bin" / "python"
    site = Path(
        subprocess.run(
            [str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout.strip()
    )
    # Dependencies from the test environment; a plain path line does not run that folder's
    # .pth files, so the editable install of the checkout stays invisible.
    (site / "deps.pth").write_text(sysconfig.get_path("purelib") + "\n", encoding="utf-8")
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "-q", str(wheel)],
        check=True,
        capture_output=True,
        env=_clean_env(),
    )
    return python


def _run(python: Path, *args: str, cwd: Path, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = _clean_env()
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["SALONDESK_DATA_DIR"] = str(cwd / "data")
    return subprocess.run(
        [str(python), *args], check=False, cwd=cwd, env=env, capture_output=True, text=True, timeout=600, input=stdin
    )


def test_wheel_carries_translations_font_and_migrations(installed: Path, tmp_path: Path) -> None:
    probe = (
        "import salondesk, salondesk.i18n as i, salondesk.reports.fonts as f;"
        "print(salondesk.__file__); print(len(i.catalog('zh_CN'))); print(f.font_path())"
    )
    result = _run(installed, "-c", probe, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    package_file, entries, font = result.stdout.split("\n")[:3]
    site = str(installed.parent.parent)
    assert package_file.startswith(site), "imported the checkout, not the installed wheel"
    assert int(entries) > 1000
    assert font.startswith(site) and font.endswith("wqy-microhei.ttc")


def test_installed_app_writes_a_chinese_report(installed: Path, tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'salon.sqlite3'}"
    demo = _run(installed, "-m", "salondesk", "--db", db, "demo", cwd=tmp_path)
    assert demo.returncode == 0, demo.stderr
    pdf = tmp_path / "report.pdf"
    month = "2026-11"
    report = _run(
        installed, "-m", "salondesk", "--db", db, "--lang", "zh_CN", "report", "--month", month, "--out", str(pdf),
        "--pin-stdin", cwd=tmp_path, stdin="1111\n",  # the demo owner's PIN
    )  # fmt: skip
    assert report.returncode == 0, report.stderr
    reader = PdfReader(pdf)
    text = "".join(page.extract_text() for page in reader.pages)
    assert "月度合规报告" in text or "合规" in text, text[:300]
    fonts = {
        str(font.get("/BaseFont", ""))
        for page in reader.pages
        for font in (page.get("/Resources", {}).get("/Font", {}) or {}).values()
        for font in [font.get_object()]
    }
    assert any("WenQuanYi" in name for name in fonts), fonts
