"""After the service: the customer's rating (S2/S3) and re-checks (S4); record corrections.

Messages live in :mod:`salondesk.domain.reception` (so they are translated with
the reception area).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import select

from salondesk.db.uow import UnitOfWork
from salondesk.domain.clock import Clock
from salondesk.domain.errors import Conflict, NotFound, ValidationError
from salondesk.domain.permissions import Actor, Permission
from salondesk.domain.reception import (
    MSG_ALREADY_RATED,
    MSG_HYGIENE,
    MSG_NO_RECORD,
    MSG_NOT_DONE,
    MSG_PRIVACY,
    MSG_REASON,
    MSG_RECHECK_BEFORE,
    MSG_RECOMMEND,
    MSG_SATISFACTION,
    MSG_WORK_DONE,
    recheck_within_window,
)
from salondesk.domain.visits import Rating, Recheck, ServiceRecord, Visit, VisitState
from salondesk.queries.access import require
from salondesk.services import audit
from salondesk.services.reception import RecordInput, get_visit


@dataclass(frozen=True)
class RecheckResult:
    """What :func:`request_recheck` did."""

    recheck_id: int
    visit_id: int | None  # the re-check visit in the queue (None when refused)
    within_window: bool  # free (S4) or late (flagged)


def rate_visit(
    uow: UnitOfWork,
    actor: Actor,
    clock: Clock,
    visit_id: int,
    satisfaction: int | None,
    recommend: int | None,
    *,
    hygiene: int | None = None,
    privacy: int | None = None,
) -> int | None:
    """Store the customer's answers (S2, S3, S5, S6); all skipped → nothing stored (returns None)."""
    require(uow, actor, Permission.RUN_QUEUE)
    for value, low, high, message, field in (
        (satisfaction, 1, 5, MSG_SATISFACTION, "satisfaction"),
        (recommend, 0, 10, MSG_RECOMMEND, "recommend"),
        (hygiene, 1, 5, MSG_HYGIENE, "hygiene"),
        (privacy, 1, 5, MSG_PRIVACY, "privacy"),
    ):
        if value is not None and not low <= value <= high:
            raise ValidationError(message, field=field)
    if satisfaction is None and recommend is None and hygiene is None and privacy is None:
        return None
    with uow:
        visit = get_visit(uow, visit_id)
        if visit.state != VisitState.DONE:
            raise Conflict(MSG_NOT_DONE)
        if uow.session.exec(select(Rating.id).where(Rating.visit_id == visit_id)).first() is not None:
            raise Conflict(MSG_ALREADY_RATED)
        rating = Rating(
            visit_id=visit_id,
            satisfaction=satisfaction,
            recommend=recommend,
            hygiene=hygiene,
            privacy=privacy,
            given_at=clock.now(),
        )
        uow.session.add(rating)
        uow.flush()
        audit.record_created(
            uow,
            actor,
            clock,
            "rating",
            rating.id,
            {
                "visit_id": visit_id,
                "satisfaction": satisfaction,
                "recommend": recommend,
                "hygiene": hygiene,
                "privacy": privacy,
            },
        )
        uow.commit()
        return rating.id


def request_recheck(
    uow: UnitOfWork,
    actor: Actor,
    clock: Clock,
    original_record_id: int,
    *,
    refuse_reason: str = "",
    note: str = "",
) -> RecheckResult:
    """A customer asks for a re-check/adjustment of an earlier service.

    Within 168 h of that service's finish it is free and counts in S4; later it is
    still served but flagged *late*. Refusing one needs a reason (and an owed one
    refused misses S4). Unless refused, the customer joins the queue now, with the
    technician who did the original service requested.
    """
    require(uow, actor, Permission.RUN_QUEUE)
    refuse_reason = refuse_reason.strip()
    with uow:
        original = uow.session.get(ServiceRecord, original_record_id)
        if original is None:
            raise NotFound(MSG_NO_RECORD, id=original_record_id)
        now = clock.now()
        if now < original.finished_at:
            raise ValidationError(MSG_RECHECK_BEFORE)
        within = recheck_within_window(original.finished_at, now)
        visit_id = None
        if not refuse_reason:
            old_visit = uow.session.get(Visit, original.visit_id)
            visit = Visit(
                customer_id=original.customer_id,
                walk_in_name=old_visit.walk_in_name if old_visit is not None else "",
                walk_in_phone=old_visit.walk_in_phone if old_visit is not None else "",
                arrived_at=now,
                wait_start=now,
                service_id=original.service_id,
                requested_staff_id=original.staff_id,
                note=note.strip()[:300],
                created_by=actor.staff_id,
                created_at=now,
            )
            uow.session.add(visit)
            uow.flush()
            visit_id = visit.id
            audit.record_created(
                uow, actor, clock, "visit", visit.id, {"recheck_of_record_id": original_record_id, "arrived_at": now}
            )
        recheck = Recheck(
            original_record_id=original_record_id,
            visit_id=visit_id,
            requested_at=now,
            within_window=within,
            refused=bool(refuse_reason),
            reason=(refuse_reason or note.strip())[:300],
            created_by=actor.staff_id,
        )
        uow.session.add(recheck)
        uow.flush()
        audit.record_created(
            uow,
            actor,
            clock,
            "recheck",
            recheck.id,
            {
                "original_record_id": original_record_id,
                "within_window": within,
                "refused": recheck.refused,
                "reason": recheck.reason,
            },
        )
        uow.commit()
        assert recheck.id is not None
        return RecheckResult(recheck.id, visit_id, within)


def correct_service_record(
    uow: UnitOfWork, actor: Actor, clock: Clock, record_id: int, record: RecordInput, reason: str
) -> int:
    """A service record is never edited: a correction is a new record pointing at it, with a reason."""
    require(uow, actor, Permission.RUN_QUEUE)
    if not reason.strip():
        raise ValidationError(MSG_REASON, field="reason")
    if not record.work_done.strip():
        raise ValidationError(MSG_WORK_DONE, field="work_done")
    with uow:
        original = uow.session.get(ServiceRecord, record_id)
        if original is None:
            raise NotFound(MSG_NO_RECORD, id=record_id)
        entry = ServiceRecord(
            visit_id=original.visit_id,
            customer_id=original.customer_id,
            service_id=original.service_id,
            staff_id=original.staff_id,
            work_done=record.work_done.strip(),
            products=record.products.strip(),
            notes=f"{record.notes.strip()}\n[{reason.strip()}]".strip(),
            finished_at=original.finished_at,
            corrects_id=record_id,
            created_by=actor.staff_id,
        )
        uow.session.add(entry)
        uow.flush()
        audit.record(uow, actor, clock, "correct", "service_record", entry.id, "corrects_id", None, record_id)
        uow.commit()
        assert entry.id is not None
        return entry.id
