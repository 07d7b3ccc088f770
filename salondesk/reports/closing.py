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
import re
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from salondesk.db.uow import UowFactory
from salondesk.domain.clock import Clock
from salondesk.domain.complaints import CATEGORY_LABELS, CHANNEL_LABELS, SEVERITY_LABELS, STATUS_LABELS
from salondesk.domain.equipment import MAINTENANCE_KIND_LABELS
from salondesk.domain.month_close import heads_from_json
from salondesk.domain.permissions import Actor
from salondesk.i18n import QT_TRANSLATE_NOOP, Translator
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
from salondesk.reports.sections import DATA_ACTIONS
from salondesk.services import month_close
from salondesk.services.settings import salon_timezone

# Values a figure's listed records carry as identifiers, in words: (context, labels).
_VALUE_WORDS: tuple[tuple[str, Mapping[Any, str]], ...] = (
    ("Complaints", CATEGORY_LABELS),
    ("Complaints", CHANNEL_LABELS),
    ("Complaints", SEVERITY_LABELS),
    ("Complaints", STATUS_LABELS),
    ("MaintenanceKind", MAINTENANCE_KIND_LABELS),
    ("Report", DATA_ACTIONS),
    (
        "Report",
        {
            "open_at_month_end": QT_TRANSLATE_NOOP("Report", "open at month end"),
            "category": QT_TRANSLATE_NOOP("Report", "category"),
            "channel": QT_TRANSLATE_NOOP("Report", "channel"),
            "severity": QT_TRANSLATE_NOOP("Report", "severity"),
        },
    ),
)
_INSTANT = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")


def describe_record(item: Any, report: MonthlyReport, t: Translator) -> str:
    """One record a figure lists (a dict of its facts from the JSON) in words, in ``t``'s language.

    Instants in the salon's time zone, checklist templates and enum values by their names,
    hygiene items in the report's language; never an identifier such as ``closing``.
    """
    if not isinstance(item, dict):
        return str(item)
    zh = t.lang == "zh_CN"
    hygiene = report.areas.get("hygiene")
    templates = getattr(hygiene, "template_names", {}) or {}
    item_texts = {
        a.item_text_en: a.item_text_zh
        for a in (*getattr(hygiene, "failures", ()), *getattr(hygiene, "open_failures", ()))
    }
    tz = salon_timezone(report.settings)
    parts = []
    for key, value in item.items():
        if value in (None, ""):
            continue
        text = str(value)
        if key == "template" and text in templates:
            text = templates[text][1 if zh else 0]
        elif key == "item" and zh and text in item_texts:
            text = item_texts[text]
        elif _INSTANT.match(text):
            text = datetime.fromisoformat(text).astimezone(tz).strftime("%Y-%m-%d %H:%M")
        else:
            text = _value_words(text, t)
        parts.append(text)
    return ", ".join(parts)


def _value_words(text: str, t: Translator) -> str:
    for context, labels in _VALUE_WORDS:
        for key, words in labels.items():
            if str(key) == text:
                return t(context, words)
    return text


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
