"""Loads the rows of T1–T3 for the quarter of a month.

The figures are pure functions in :mod:`salondesk.domain.figures.training`.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime

from sqlmodel import col, select

from salondesk.db.uow import UnitOfWork
from salondesk.domain.audit import AuditEntry
from salondesk.domain.figures import FigureContext
from salondesk.domain.figures.training import AttendanceFact, StaffFact, TrainingRows, report_quarter
from salondesk.domain.permissions import Role
from salondesk.domain.staff import Assessment, Staff, TrainingAttendance, TrainingSession


def load_training_rows(uow: UnitOfWork, ctx: FigureContext) -> TrainingRows:
    """Every staff member with their (de)activations, and the quarter's training attendances.

    Only what was recorded by ``now``; the quarter is the one containing the report's month.
    """
    quarter = report_quarter(ctx)
    with uow:
        activity: dict[str, list[tuple[datetime, bool]]] = defaultdict(list)
        for entry in uow.session.exec(
            select(AuditEntry)
            .where(col(AuditEntry.entity) == "staff", col(AuditEntry.action).in_(("activate", "deactivate")))
            .where(col(AuditEntry.at) <= ctx.now)
            .order_by(col(AuditEntry.at), col(AuditEntry.id))
        ):
            activity[entry.entity_id].append((entry.at, entry.action == "activate"))
        staff = tuple(
            StaffFact(s.id, s.name, Role(s.role), s.created_at, tuple(activity.get(str(s.id), ())))
            for s in uow.session.exec(select(Staff).order_by(col(Staff.name)))
            if s.id is not None
        )
        attendances = tuple(
            AttendanceFact(a.staff_id, held_on, Assessment(a.assessment), a.rating)
            for a, held_on in uow.session.exec(
                select(TrainingAttendance, col(TrainingSession.held_on))
                .join(TrainingSession, col(TrainingSession.id) == col(TrainingAttendance.session_id))
                .where(
                    col(TrainingSession.held_on) >= quarter.first_day,
                    col(TrainingSession.held_on) <= quarter.last_day,
                    col(TrainingSession.created_at) <= ctx.now,
                )
            )
        )
    return TrainingRows(staff, attendances)
