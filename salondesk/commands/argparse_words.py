"""argparse's own words ("usage:", "error:", its complaints and help headings) in the run's language.

argparse words everything through the names ``_`` and ``ngettext`` of its own module,
looked up at each call (the Python documentation's "How to translate the argparse
output": gettext's functions). SalonDesk has no gettext catalogue, only its ``.ts``
files, so :func:`argparse_in` points those two names at the catalogue while the
command line is built and parsed, and puts gettext's back afterwards: nothing else in
the process that uses argparse (pytest, scripts) changes language.

Only what a user can see is marked here; argparse's messages about a badly built
parser (conflicting options, ``dest=`` missing…) are for developers and stay English.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from salondesk.i18n import QT_TRANSLATE_NOOP, translate

CONTEXT = "argparse"

# argparse's texts exactly as its source spells them (its %-placeholders are filled in after translating).
WORDS = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s arguments"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("argparse", "unexpected option string: %s"),
    QT_TRANSLATE_NOOP("argparse", "can't open '%(filename)s': %(error)s"),
)


@contextmanager
def argparse_in(lang: str) -> Iterator[None]:
    """Make argparse speak ``lang`` inside the block (help, usage, errors), and gettext's English after it."""

    def gettext(text: Any) -> Any:
        return translate(lang, CONTEXT, text) if isinstance(text, str) else text  # argparse passes None too

    def ngettext(singular: str, plural: str, count: int) -> str:
        return str(gettext(singular if count == 1 else plural))

    saved = argparse._, argparse.ngettext  # type: ignore[attr-defined]
    argparse._, argparse.ngettext = gettext, ngettext  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved  # type: ignore[attr-defined]
