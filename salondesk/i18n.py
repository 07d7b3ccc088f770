"""Translation without Qt, for the layers that must not import it.

The single source of every translation is ``resources/i18n/*.ts`` (Qt Linguist
files; an installed wheel carries them as ``salondesk/resources/i18n``). This module
reads them into one catalogue: the core (service error messages, the PDF report, the
CLI) looks strings up here, and the GUI installs the same catalogue as a
``QTranslator`` (``salondesk.ui.i18n``), so there is no compiled ``.qm`` to build,
ship or let go stale, and a string shows the same everywhere.

Strings in the core are marked with :func:`QT_TRANSLATE_NOOP` so that
``pyside6-lupdate`` extracts them; the marker itself returns the text unchanged.
"""

from __future__ import annotations

import functools
import xml.etree.ElementTree as ET
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from salondesk.config import resource_dir

LANGUAGES = ("en", "zh_CN")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # lupdate looks for this exact name
    """Mark ``text`` for extraction under ``context``; return it untranslated."""
    del context
    return text


def i18n_dir() -> Path:
    """Where the ``.ts`` files live (source tree or installed copy)."""
    return resource_dir("i18n")


@functools.cache
def catalog(lang: str) -> dict[tuple[str, str], str]:
    """All finished translations for ``lang``, keyed by (context, source)."""
    entries: dict[tuple[str, str], str] = {}
    if lang == "en":
        return entries
    for ts_file in sorted(i18n_dir().glob(f"*_{lang}.ts")):
        root = ET.parse(ts_file).getroot()  # our own resource file, not untrusted XML
        for context in root.iter("context"):
            name = context.findtext("name", "")
            for message in context.iter("message"):
                source = message.findtext("source", "")
                translation = message.find("translation")
                if translation is None or translation.get("type") in {"unfinished", "obsolete", "vanished"}:
                    continue
                # Chinese has one plural form: a %n message's first form serves every count.
                forms = [form.text for form in translation.iter("numerusform") if form.text]
                text = forms[0] if forms else translation.text
                if text:
                    entries[(name, source)] = text
    return entries


def translate(lang: str, context: str, text: str) -> str:
    """Translate ``text`` from ``context`` into ``lang`` (falls back to English)."""
    return catalog(lang).get((context, text), text)


def label_text(translate: Callable[[str, str], str], context: str, labels: Mapping[Any, str], value: Any) -> str:
    """An enum value in words through ``translate`` (a label table's key matches by its text; the raw value if none).

    ``labels`` is one of the ``*_LABELS`` tables, marked under ``context``; ``translate`` is
    ``QCoreApplication.translate`` in the window or a report's own ``(context, text)`` lookup.
    """
    for key, text in labels.items():
        if str(key) == str(value):
            return translate(context, text)
    return str(getattr(value, "value", value))


class Translator:
    """A bound ``translate`` for one language, handy to pass around."""

    def __init__(self, lang: str = "en") -> None:
        self.lang = lang if lang in LANGUAGES else "en"

    def __call__(self, context: str, text: str) -> str:
        """Translate ``text`` from ``context``."""
        return translate(self.lang, context, text)
