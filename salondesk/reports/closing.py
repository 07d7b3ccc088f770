"""Closing a month and reading it back: the stored report, and what changed since.

``close_month`` computes the report as of now, draws it, and hands both to the
service that stores them with the register heads. ``stored_report`` gives a closed
month's report exactly as stored; ``recompute_closed`` computes it again and lists,
under "Changed since the month was closed", every figure that differs and the records
behind it (the items a figure lists, and the registers that gained or lost entries).
The stored report is never overwritten.
"""

from __future__ import annotations

import json
import tempfile
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from salondesk.db.uow import UowFactory
from salondesk.domain.clock import Clock
from salondesk.domain.month_close import heads_from_json
from salondesk.reports.monthly import (
    ChangesSinceClose,
    Closing,
    FigureChange,
    HeadChange,
    MonthlyReport,
    ProgressFn,
    compute_monthly_report,
    report_json,
)
from salondesk.reports.pdf import render_pdf
from salondesk.services import month_close
from salondesk.services.context import Actor


@dataclass(frozen=True)
class StoredReport:
    """A closed month's report as stored at its close."""

    month: str
    closing: Closing
    json_data: dict[str, Any]
    pdf: bytes
    pdf_lang: str


def render_pdf_bytes(report: MonthlyReport, lang: str, progress: ProgressFn | None = None) -> bytes:
    """Draw ``report`` and return the PDF's bytes."""
    with tempfile.TemporaryDirectory() as tmp:
        path = render_pdf(report, Path(tmp) / "report.pdf", lang, progress)
        return path.read_bytes()


def close_month(
    new_uow: UowFactory,
    actor: Actor,
    clock: Clock,
    year: int,
    month: int,
    pin: str,
    lang: str,
    progress: ProgressFn | None = None,
) -> StoredReport:
    """Close ``year-month`` (owner, PIN): compute, draw and store the report with the heads."""
    month_close.check_closable(new_uow, actor, clock, year, month)
    report = compute_monthly_report(new_uow, actor, clock, year, month, progress, closing=True)
    pdf = render_pdf_bytes(report, lang)
    data = report_json(report)
    text = json.dumps(data, ensure_ascii=False, indent=2, sort_keys=False)
    assert report.closing is not None
    month_close.store_close(
        new_uow,
        actor,
        clock,
        year,
        month,
        pin,
        closed_at=report.closing.at,
        report_json=text,
        pdf=pdf,
        pdf_lang=lang,
        heads=report.heads,
    )
    return StoredReport(report.month_text, report.closing, data, pdf, lang)


def stored_report(new_uow: UowFactory, actor: Actor, year: int, month: int) -> StoredReport | None:
    """The stored report of a closed month, or None when the month is not closed."""
    row = month_close.closed_month(new_uow, actor, year, month)
    if row is None:
        return None
    return StoredReport(
        month=row.month,
        closing=Closing(row.closed_at, row.closed_by_name),
        json_data=json.loads(row.report_json),
        pdf=bytes(row.pdf),
        pdf_lang=row.pdf_lang,
    )


def _items(entry: dict[str, Any] | None) -> list[str]:
    if not entry:
        return []
    return [json.dumps(item, sort_keys=True, ensure_ascii=False) for item in entry.get("items") or []]


def _essence(entry: dict[str, Any] | None) -> dict[str, Any] | None:
    """What a figure says (value, counts, target, met, items), without presentation keys."""
    if entry is None:
        return None
    return {k: entry.get(k) for k in ("numerator", "denominator", "value", "target", "met", "p90", "items")}


def figure_changes(before: dict[str, Any], after: dict[str, Any]) -> tuple[FigureChange, ...]:
    """Every figure whose value, counts, target or listed items differ (JSON of two reports)."""
    old, new = before.get("figures", {}), after.get("figures", {})
    changes = []
    for figure_id in [*old, *[k for k in new if k not in old]]:
        a, b = old.get(figure_id), new.get(figure_id)
        if _essence(a) == _essence(b):
            continue
        items_a, items_b = _items(a), _items(b)
        changes.append(
            FigureChange(
                figure_id,
                a,
                b,
                items_added=tuple(json.loads(i) for i in items_b if i not in items_a),
                items_removed=tuple(json.loads(i) for i in items_a if i not in items_b),
            )
        )
    return tuple(changes)


def head_changes(before: dict[str, Any], report: MonthlyReport) -> tuple[HeadChange, ...]:
    """Registers whose entry count or newest hash moved since the close."""
    stored = {h.register: h for h in heads_from_json(json.dumps(before.get("heads", [])))}
    changes = []
    for head in report.heads:
        if head.register == month_close.REGISTER:
            continue  # later closes, not records of this month
        old = stored.get(head.register)
        if old is None or (old.entries, old.last_hash) != (head.entries, head.last_hash):
            changes.append(
                HeadChange(
                    head.register,
                    0 if old is None else old.entries,
                    head.entries,
                    "" if old is None else old.last_hash,
                    head.last_hash,
                )
            )
    return tuple(changes)


def recompute_closed(
    new_uow: UowFactory,
    actor: Actor,
    clock: Clock,
    year: int,
    month: int,
    progress: ProgressFn | None = None,
) -> MonthlyReport:
    """Compute a month again; for a closed month, list what changed since the close."""
    report = compute_monthly_report(new_uow, actor, clock, year, month, progress)
    stored = stored_report(new_uow, actor, year, month)
    if stored is None:
        return report
    changes = ChangesSinceClose(
        closing=stored.closing,
        figures=figure_changes(stored.json_data, report_json(report)),
        heads=head_changes(stored.json_data, report),
    )
    return replace(report, changes=changes)
