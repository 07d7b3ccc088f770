"""Errors the services raise; each carries a translatable message.

The message is an English template marked for translation (context ``Errors``)
with ``{name}`` placeholders; front ends translate the template and then fill it
in with :meth:`DomainError.render`, so no layer below the UI needs Qt.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress
from datetime import date, datetime
from typing import Any

from salondesk.i18n import QT_TRANSLATE_NOOP

CONTEXT = "Errors"


class Label(str):
    """A word inside a message that is itself translated (marked with ``QT_TRANSLATE_NOOP("Errors", …)``)."""

    __slots__ = ()


class DomainError(Exception):
    """A rule of the salon was broken; nothing was changed."""

    default_message = QT_TRANSLATE_NOOP("Errors", "The action could not be done.")

    def __init__(self, message: str | None = None, /, **params: Any) -> None:
        self.message = message or self.default_message
        self.params = params
        super().__init__(self.render())

    def render(self, translate: Callable[[str, str], str] | None = None) -> str:
        """The message in the caller's language, placeholders filled in (dates in the language's one format)."""
        template = translate(CONTEXT, self.message) if translate else self.message
        params = {key: _param_text(value, translate) for key, value in self.params.items()}
        try:
            return template.format(**params)
        except (KeyError, IndexError):  # a translation with a broken placeholder
            return self.message.format(**params)


# One date format per language (ux.md): 2026-11-23 / 2026年11月23日. A service passes a ``date``
# (a salon-local day) or a ``datetime`` already in the salon's zone; the words are filled in here.
# English is ISO (zero-padded); a language that translates the template writes its own form.
DATE_FORMAT = QT_TRANSLATE_NOOP("Errors", "{year}-{month}-{day}")


def date_words(value: date, translate: Callable[[str, str], str] | None = None) -> str:
    """``value`` (a day, or a local instant: day and HH:MM) in the caller's language."""
    template = translate(CONTEXT, DATE_FORMAT) if translate else DATE_FORMAT
    day = value.date().isoformat() if isinstance(value, datetime) else value.isoformat()
    if template != DATE_FORMAT:
        with suppress(KeyError, IndexError, ValueError):  # a translation with a broken placeholder: ISO
            day = template.format(year=value.year, month=value.month, day=value.day)
    return f"{day} {value:%H:%M}" if isinstance(value, datetime) else day


def _param_text(value: Any, translate: Callable[[str, str], str] | None) -> Any:
    if isinstance(value, Label):
        return translate(CONTEXT, value) if translate else value
    if isinstance(value, date):
        return date_words(value, translate)
    return value


class ValidationError(DomainError):
    """Input was invalid (a field is named in ``params['field']`` when known)."""

    default_message = QT_TRANSLATE_NOOP("Errors", "Please check the input.")


class PermissionDenied(DomainError):
    """The acting staff member's role does not allow this action."""

    default_message = QT_TRANSLATE_NOOP("Errors", "Your role does not allow this action.")


class StaffInactive(PermissionDenied):
    """The acting staff member's account was deactivated: nothing is allowed any more."""

    default_message = QT_TRANSLATE_NOOP("Errors", "Your staff account has been deactivated. Please log in again.")


class NotFound(DomainError):
    """The record does not exist (or is hidden from this user)."""

    default_message = QT_TRANSLATE_NOOP("Errors", "The record was not found.")


class Conflict(DomainError):
    """The change clashes with another record (double booking, duplicate…)."""

    default_message = QT_TRANSLATE_NOOP("Errors", "This clashes with an existing record.")


class AuthenticationError(DomainError):
    """Wrong PIN, locked or inactive account."""

    default_message = QT_TRANSLATE_NOOP("Errors", "Wrong PIN.")


class DatabaseBusy(DomainError):
    """Another computer held the database too long (SQLite lock, PostgreSQL deadlock); nothing was saved."""

    default_message = QT_TRANSLATE_NOOP(
        "Errors", "The database is busy: another computer is saving right now. Nothing was saved; please try again."
    )
