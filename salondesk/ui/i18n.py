"""Installing the UI language: Qt's own strings plus SalonDesk's catalogue.

The language is chosen once at start-up (``--lang`` beats the salon setting beats
the computer's locale); changing it in Settings takes effect on the next start.
SalonDesk's strings come from the same ``.ts`` catalogue the core reads
(:func:`salondesk.i18n.catalog`), served to Qt by :class:`CatalogTranslator`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator

from salondesk.i18n import LANGUAGES, catalog

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


class CatalogTranslator(QTranslator):
    """A ``QTranslator`` answering from SalonDesk's own catalogue instead of a ``.qm`` file."""

    def __init__(self, entries: dict[tuple[str, str], str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries = entries

    def translate(self, context: str, source_text: str, disambiguation: str | None = None, n: int = -1) -> str | None:
        """The translation, or None (a null QString) so that Qt falls back to the source text.

        An empty string would not do: Qt takes any non-null string as the translation.
        """
        return self._entries.get((context, source_text))

    def isEmpty(self) -> bool:
        """Never empty once installed (Qt skips empty translators)."""
        return not self._entries


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
    translator = CatalogTranslator(catalog(lang), app)
    app.installTranslator(translator)
    _installed.append(translator)
    return lang


def current_language() -> str:
    """The language installed by :func:`install_translators` (``en`` before)."""
    return _current
