"""Closing a month (owner, with PIN): store the signed report and every register's head.

The report itself is computed and drawn by ``salondesk.reports.closing`` (the report
layer sits above services); this module enforces the rules and stores the result:
who may close, from when, only once, and that the heads printed in the report are
the heads at the moment of storing (nothing signed in between).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlmodel import col, select

from salondesk.db.locks import serialize
from salondesk.db.uow import UnitOfWork, UowFactory
from salondesk.domain.calendar import local_date
from salondesk.domain.clock import Clock
from salondesk.domain.errors import ValidationError
from salondesk.domain.month_close import (
    HeadCheck,
    MonthClose,
    RegisterHead,
    can_close,
    check_head,
    close_content,
    first_closable_day,
    heads_from_json,
    heads_to_json,
    month_text,
)
from salondesk.domain.permissions import Actor, Permission
from salondesk.i18n import QT_TRANSLATE_NOOP
from salondesk.queries.access import require
from salondesk.services import audit
from salondesk.services.auth import check_pin
from salondesk.services.records_chain import (
    hash_at_position,
    per_row,
    register_chain,
    register_head,
    register_heads,
    registers,
    seal,
)
from salondesk.services.settings import load_settings, salon_timezone

REGISTER = "month_closes"
register_chain(REGISTER, MonthClose, per_row(close_content))


def find_close(uow: UnitOfWork, year: int, month: int) -> MonthClose | None:
    """The stored close of ``year-month`` (inside an open unit of work), or None."""
    return uow.session.exec(select(MonthClose).where(MonthClose.month == month_text(year, month))).first()


def closed_month(new_uow: UowFactory, actor: Actor, year: int, month: int) -> MonthClose | None:
    """The stored close of a month, detached (owner: it holds the whole report)."""
    require(new_uow(), actor, Permission.VIEW_REPORTS)
    with new_uow() as uow:
        found = find_close(uow, year, month)
        if found is not None:
            uow.session.expunge(found)
        return found


def check_closable(new_uow: UowFactory, actor: Actor, clock: Clock, year: int, month: int) -> None:
    """Refuse early (before the report is computed) what :func:`store_close` would refuse."""
    require(new_uow(), actor, Permission.CLOSE_MONTH)
    with new_uow() as uow:
        _check(uow, clock, year, month)


def _check(uow: UnitOfWork, clock: Clock, year: int, month: int) -> None:
    today = local_date(clock.now(), salon_timezone(load_settings(uow)))
    if not can_close(year, month, today):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{month} can be closed from {day} on."),
            month=month_text(year, month),
            day=first_closable_day(year, month),
            field="month",
        )
    existing = find_close(uow, year, month)
    if existing is not None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{month} was already closed on {at}; a closed month is never closed again."),
            month=month_text(year, month),
            at=existing.closed_at.astimezone(salon_timezone(load_settings(uow))),
            field="month",
        )


def store_close(
    new_uow: UowFactory,
    actor: Actor,
    clock: Clock,
    year: int,
    month: int,
    pin: str,
    *,
    closed_at: datetime,
    report_json: str,
    pdf: bytes,
    pdf_lang: str,
    heads: tuple[RegisterHead, ...],
) -> int:
    """Store a month's close: the owner proves it is them with their PIN; returns the close's id.

    ``heads`` are the heads the report printed, read at the report's instant. Entries
    signed since simply come after them: ``verify`` checks that each register still
    begins with the stored entries, so a busy salon (the audit trail grows with every
    opened customer file) never has to close twice.
    """
    require(new_uow(), actor, Permission.CLOSE_MONTH)
    if actor.staff_id is None:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A month is closed by the owner, with their PIN."))
    with new_uow(write_lock=True) as uow:
        serialize(uow, REGISTER)
        signer = check_pin(uow, clock, actor.staff_id, pin, "close_month")
        require(uow, signer, Permission.CLOSE_MONTH)
        _check(uow, clock, year, month)
        row = MonthClose(
            month=month_text(year, month),
            closed_at=closed_at,
            closed_by_id=signer.staff_id,
            closed_by_name=signer.name,
            report_json=report_json,
            pdf=pdf,
            pdf_lang=pdf_lang,
            heads_json=heads_to_json(heads),
        )
        seal(uow, REGISTER, row)
        audit.record(uow, signer, clock, "close_month", "month_close", row.id, "month", None, row.month)
        uow.commit()
        assert row.id is not None
        return row.id


def current_heads(new_uow: UowFactory) -> tuple[RegisterHead, ...]:
    """Every register's head now (what a report prints and a close stores)."""
    return register_heads(new_uow())


@dataclass(frozen=True)
class VerifiedHeads:
    """The heads stored at the latest month close: where verification may start instead of the first entry."""

    month: str  # YYYY-MM
    heads: dict[str, RegisterHead]


def latest_close_heads(uow: UnitOfWork) -> VerifiedHeads | None:
    """The heads stored with the newest month close (None before the first close).

    A close verifies every chain before it stores the heads, so later verifications (the
    monthly report, ``salondesk verify``) recompute only what was signed after them; the
    whole history is recomputed by ``salondesk verify --full``.
    """
    with uow:
        close = uow.session.exec(select(MonthClose).order_by(col(MonthClose.month).desc()).limit(1)).first()
        if close is None:
            return None
        verified = {
            c["register"]: int(c["entries"]) for c in json.loads(close.report_json).get("chains", []) if c.get("ok")
        }
        # only a head the close's own report verified intact, entry for entry (nothing signed in between)
        trusted = {h.register: h for h in heads_from_json(close.heads_json) if verified.get(h.register) == h.entries}
        return VerifiedHeads(close.month, trusted)


def check_closes(uow: UnitOfWork) -> list[HeadCheck]:
    """Every register against the heads stored at every close (read-only).

    Run after the chains themselves verify: then an equal hash at the stored count proves
    the entries up to the close unchanged; a lower count or another hash names what is
    missing or changed (also the newest entry before a close, which the chain alone misses).
    """
    checks: list[HeadCheck] = []
    with uow:
        known = registers()
        for close in uow.session.exec(select(MonthClose).order_by(col(MonthClose.month))):
            for head in heads_from_json(close.heads_json):
                register = known.get(head.register)
                if register is None:
                    checks.append(HeadCheck(close.month, head.register, head.entries, head.last_hash, "missing", 0))
                    continue
                now = register_head(uow, register)
                at_count = hash_at_position(uow, register, head.entries)
                checks.append(check_head(close.month, head, now.entries, at_count))
    return checks
