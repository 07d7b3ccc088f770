"""Closing a month (commitments.md, "Closing a month"): the stored, signed monthly report.

A closed month keeps the report exactly as it was at the close: the figures (JSON),
the PDF, the instant, who closed it and the head (entry count + last hash) of every
hash-chained register. Rows are only ever inserted; each close is itself sealed in the
``month_closes`` hash chain, so editing a stored report breaks ``verify``.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from salondesk.domain.base import instant_field, text_field
from salondesk.i18n import QT_TRANSLATE_NOOP

# Every hash-chained register in words (printed and shown; never the identifier).
REGISTER_LABELS: dict[str, str] = {
    "hygiene_runs": QT_TRANSLATE_NOOP("Registers", "Hygiene checklist records"),
    "hygiene_signoffs": QT_TRANSLATE_NOOP("Registers", "Corrective-action sign-offs"),
    "equipment_status": QT_TRANSLATE_NOOP("Registers", "Equipment in and out of service"),
    "equipment_faults": QT_TRANSLATE_NOOP("Registers", "Fault reports"),
    "equipment_work": QT_TRANSLATE_NOOP("Registers", "Maintenance work records"),
    "complaints": QT_TRANSLATE_NOOP("Registers", "Complaint entries"),
    "month_closes": QT_TRANSLATE_NOOP("Registers", "Closed months"),
    "audit": QT_TRANSLATE_NOOP("Registers", "Audit trail"),
    "audit_trail": QT_TRANSLATE_NOOP("Registers", "Audit trail"),
}
OTHER_REGISTER = QT_TRANSLATE_NOOP("Registers", "Other register")


def register_label(register: str) -> str:
    """The untranslated words for a register (translate in context "Registers")."""
    return REGISTER_LABELS.get(register, OTHER_REGISTER)


class MonthClose(SQLModel, table=True):
    """One closed month: never updated, never deleted."""

    __tablename__ = "month_close"

    id: int | None = Field(default=None, primary_key=True)
    month: str = text_field(length=7, unique=True)  # YYYY-MM
    closed_at: datetime = instant_field()
    closed_by_id: int | None = Field(default=None, foreign_key="staff.id")
    closed_by_name: str = text_field(length=120)
    report_json: str = text_field()
    pdf: bytes = Field(sa_type=sa.LargeBinary(), nullable=False)
    pdf_lang: str = text_field(length=8)
    heads_json: str = text_field()  # [{"register", "entries", "last_hash"}, …] at the close
    prev_hash: str = text_field("", length=64)
    hash: str = text_field("", length=64)


@dataclass(frozen=True)
class RegisterHead:
    """Where a hash-chained register stood at an instant: how many entries, the newest hash."""

    register: str
    entries: int
    last_hash: str

    @property
    def short_hash(self) -> str:
        """The first 12 hex digits, enough to compare a printed copy by eye."""
        return self.last_hash[:12] if self.last_hash else "—"

    def as_json(self) -> dict[str, Any]:
        """``{"register", "entries", "last_hash"}``."""
        return {"register": self.register, "entries": self.entries, "last_hash": self.last_hash}


def heads_to_json(heads: tuple[RegisterHead, ...] | list[RegisterHead]) -> str:
    """The stored form of a close's heads (sorted keys: stable text)."""
    return json.dumps([h.as_json() for h in heads], sort_keys=True, ensure_ascii=False)


def heads_from_json(text: str) -> tuple[RegisterHead, ...]:
    """Read the heads stored with a close."""
    return tuple(RegisterHead(str(h["register"]), int(h["entries"]), str(h["last_hash"])) for h in json.loads(text))


def heads_qr_text(month: str, heads: tuple[RegisterHead, ...] | list[RegisterHead]) -> str:
    """What the report's QR code holds: the month and every register's count and full hash.

    One line per register (``register entries hash``), so a phone's QR reader shows
    something a person can compare with ``salondesk verify`` output.
    """
    lines = [f"SalonDesk {month}"]
    lines += [f"{h.register} {h.entries} {h.last_hash or '-'}" for h in heads]
    return "\n".join(lines)


def close_content(row: Any) -> dict[str, Any]:
    """The sealed content of a close (the PDF by its digest: the bytes themselves are large)."""
    return {
        "id": row.id,
        "month": row.month,
        "closed_at": row.closed_at,
        "closed_by_id": row.closed_by_id,
        "closed_by_name": row.closed_by_name,
        "report_sha256": hashlib.sha256(row.report_json.encode("utf-8")).hexdigest(),
        "pdf_sha256": hashlib.sha256(bytes(row.pdf)).hexdigest(),
        "pdf_lang": row.pdf_lang,
        "heads": row.heads_json,
    }


def month_text(year: int, month: int) -> str:
    """``2026-10``."""
    return f"{year:04d}-{month:02d}"


def first_closable_day(year: int, month: int) -> date:
    """A month can be closed from the 1st of the next month on (salon-local day)."""
    return date(year + (month == 12), month % 12 + 1, 1)


def can_close(year: int, month: int, today: date) -> bool:
    """True from the 1st of the next month on (``today`` is the salon-local date)."""
    return today >= first_closable_day(year, month)


@dataclass(frozen=True)
class HeadCheck:
    """One register checked against a head stored at a close."""

    month: str
    register: str
    stored_entries: int
    stored_hash: str
    problem: str  # "" (holds), "missing" (fewer entries now), "changed" (entry N has another hash)
    entries_now: int


def check_head(month: str, head: RegisterHead, entries_now: int, hash_at_stored_count: str | None) -> HeadCheck:
    """Compare a register with the head stored at a close (pure).

    ``hash_at_stored_count`` is the hash of the register's ``head.entries``-th entry today
    (None when the register has fewer entries). With the chain itself verified, an equal
    hash proves that none of the first ``head.entries`` entries changed or disappeared.
    """
    if head.entries == 0:
        problem = ""
    elif hash_at_stored_count is None or entries_now < head.entries:
        problem = "missing"
    elif hash_at_stored_count != head.last_hash:
        problem = "changed"
    else:
        problem = ""
    return HeadCheck(month, head.register, head.entries, head.last_hash, problem, entries_now)
