"""Loads the rows of C1–C6 and P1 for a month.

The figures are pure functions in :mod:`salondesk.domain.figures.complaints`.
"""

from __future__ import annotations

from collections import defaultdict

from sqlmodel import col, select

from salondesk.db.uow import UnitOfWork
from salondesk.domain.audit import DATA_REQUEST_ACTIONS, AuditEntry
from salondesk.domain.complaints import Category, Complaint, ComplaintEntry, EntryFacts, EntryKind
from salondesk.domain.figures import FigureContext
from salondesk.domain.figures.complaints import ComplaintFact, ComplaintRows, DataRequest
from salondesk.domain.staff import Staff


def _data_requests(uow: UnitOfWork, ctx: FigureContext) -> tuple[DataRequest, ...]:
    query = (
        select(AuditEntry, Staff.name)
        .join(Staff, col(Staff.id) == col(AuditEntry.staff_id), isouter=True)
        .where(col(AuditEntry.entity) == "customer")
        .where(col(AuditEntry.action).in_(DATA_REQUEST_ACTIONS))
        .where(
            col(AuditEntry.at) >= ctx.period.start, col(AuditEntry.at) < ctx.period.end, col(AuditEntry.at) <= ctx.now
        )
        .order_by(col(AuditEntry.at), col(AuditEntry.id))
    )
    requests = []
    for entry, name in uow.session.exec(query):
        # one audit row per export/erasure; an export of several files says how many in new_value
        records = int(entry.new_value) if entry.new_value and entry.new_value.strip().isdigit() else 1
        requests.append(DataRequest(entry.at, entry.action, name or "system", entry.entity_id, records))
    return tuple(requests)


def load_complaint_rows(uow: UnitOfWork, ctx: FigureContext) -> ComplaintRows:
    """Every complaint received before the month's end, its timeline, and the month's data requests.

    C3/C4 reach back up to 30 + 7 days and the register is small, so all older complaints are
    loaded; timeline entries only up to ``now``.
    """
    with uow:
        complaints = list(
            uow.session.exec(
                select(Complaint)
                .where(col(Complaint.received_at) < ctx.period.end, col(Complaint.received_at) <= ctx.now)
                .order_by(col(Complaint.received_at), col(Complaint.id))
            )
        )
        entries: dict[int, list[EntryFacts]] = defaultdict(list)
        ids = [c.id for c in complaints if c.id is not None]
        for start in range(0, len(ids), 500):
            for e in uow.session.exec(
                select(ComplaintEntry)
                .where(
                    col(ComplaintEntry.complaint_id).in_(ids[start : start + 500]), col(ComplaintEntry.at) <= ctx.now
                )
                .order_by(col(ComplaintEntry.at), col(ComplaintEntry.id))
            ):
                entries[e.complaint_id].append(EntryFacts(EntryKind(e.kind), e.at, e.satisfaction))
        facts = tuple(
            ComplaintFact(
                id=c.id or 0,
                number=c.number,
                received_at=c.received_at,
                category=Category(c.category),
                channel=str(c.channel),
                severity=str(c.severity),
                entries=tuple(entries.get(c.id or 0, ())),
            )
            for c in complaints
        )
        return ComplaintRows(facts, _data_requests(uow, ctx))
