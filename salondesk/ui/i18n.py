"""Installing the UI language: Qt's own strings plus SalonDesk's ``.qm`` catalogues.

The language is chosen once at start-up (``--lang`` beats the salon setting beats
the computer's locale); changing it in Settings takes effect on the next start.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from salondesk.i18n import LANGUAGES, i18n_dir

_installed: list[QTranslator] = []
_current = "en"


def system_language() -> str:
    """``zh_CN`` when the computer speaks Chinese, else English."""
    name = QLocale.system().name()  # e.g. "zh_CN", "en_GB"
    return "zh_CN" if name.startswith("zh") else "en"


def resolve_language(cli_lang: str | None, setting: str | None) -> str:
    """``--lang`` beats the salon setting beats the system locale; unknown values fall back to English."""
    for candidate in (cli_lang, setting):
        if candidate:
            return candidate if candidate in LANGUAGES else "en"
    return system_language()


def _compile_stale(directory: Path, lang: str) -> None:
    """Compile a ``.ts`` whose ``.qm`` is missing or older (a source checkout run without make)."""
    for ts in directory.glob(f"*_{lang}.ts"):
        qm = ts.with_suffix(".qm")
        if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        tool = Path(sys.executable).parent / "pyside6-lrelease"
        exe = str(tool) if tool.exists() else shutil.which("pyside6-lrelease")
        if exe is None:
            return
        subprocess.run([exe, "-silent", str(ts), "-qm", str(qm)], check=False, capture_output=True)


def install_translators(lang: str, app: QCoreApplication | None = None) -> str:
    """Replace the installed translators with those for ``lang``; return the language in effect."""
    global _current  # noqa: PLW0603 - one UI language per process
    app = app or QCoreApplication.instance()
    if app is None:
        raise RuntimeError("create the QApplication first")
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    lang = lang if lang in LANGUAGES else "en"
    _current = lang
    QLocale.setDefault(QLocale("zh_CN" if lang == "zh_CN" else "en_GB"))
    if lang == "en":
        return lang
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_base = QTranslator(app)
    if qt_base.load(f"qtbase_{lang}", qt_dir) or qt_base.load(f"qt_{lang}", qt_dir):
        app.installTranslator(qt_base)
        _installed.append(qt_base)
    directory = i18n_dir()
    _compile_stale(directory, lang)
    for qm in sorted(directory.glob(f"*_{lang}.qm")):
        translator = QTranslator(app)
        if translator.load(str(qm)):
            app.installTranslator(translator)
            _installed.append(translator)
    return lang


def current_language() -> str:
    """The language installed by :func:`install_translators` (``en`` before)."""
    return _current
