"""Complaint use cases: intake at the counter, then one signed entry per stage.

Every stage change is a new :class:`ComplaintEntry` (never an update), sealed into the
``complaints`` hash chain. The complaint row itself only caches the latest stage
(``status``) so lists can filter without reading every timeline.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, func, select

from salondesk.db.locks import serialize
from salondesk.db.uow import UnitOfWork
from salondesk.domain.calendar import local_date
from salondesk.domain.catalogue import Service
from salondesk.domain.clock import Clock, ensure_utc
from salondesk.domain.complaints import (
    Category,
    Channel,
    Complaint,
    ComplaintEntry,
    EntryFacts,
    EntryKind,
    ProductOutcome,
    Remedy,
    Severity,
    Status,
    chained_content,
    close_refusal,
    complaint_number,
    intake_facts,
    milestones,
    product_return_in_time,
    step_refusal,
)
from salondesk.domain.customers import Customer
from salondesk.domain.errors import Conflict, NotFound, PermissionDenied, ValidationError
from salondesk.domain.permissions import Actor, Permission
from salondesk.domain.staff import Staff
from salondesk.domain.visits import ServiceRecord, Visit
from salondesk.i18n import QT_TRANSLATE_NOOP
from salondesk.queries.access import require
from salondesk.services import attachments, audit
from salondesk.services import customers as customer_service
from salondesk.services.auth import check_pin
from salondesk.services.records_chain import plain_column, plain_rows, register_chain, seal
from salondesk.services.settings import load_settings, salon_timezone

REGISTER = "complaints"
# Typing the time a message arrived earlier than "now" needs a reason beyond this slack.
RECEIPT_SLACK = timedelta(minutes=10)
MAX_TEXT = 4000


def _entry_contents(session: Session, rows: Sequence[Any]) -> list[dict[str, Any]]:
    """Each entry's content; a "received" entry also seals its complaint's intake facts.

    The complaint row holds the facts C1–C3 and P1 are computed from (received instant,
    category, severity, customer…); sealing them in the intake entry makes an edit of the
    complaint row show in ``verify`` as that entry's broken hash.
    """
    intake_ids = {r.complaint_id for r in rows if EntryKind(r.kind) == EntryKind.RECEIVED}
    facts: dict[int, dict[str, Any]] = {}
    if intake_ids:
        query = plain_rows(Complaint).where(plain_column(Complaint, "id").in_(intake_ids))
        facts = {c.id: intake_facts(c) for c in session.execute(query).all()}
    return [chained_content(row, facts.get(row.complaint_id)) for row in rows]


register_chain(REGISTER, ComplaintEntry, _entry_contents)


# ---------------------------------------------------------------- inputs
@dataclass(frozen=True)
class ComplaintInput:
    """What the receptionist types at intake."""

    channel: Channel
    category: Category
    severity: Severity
    description: str
    wanted: str = ""
    customer_id: int | None = None
    customer_name: str = ""  # an unregistered customer
    customer_phone: str = ""
    health_safety: bool = False
    received_at: datetime | None = None  # None: now
    received_reason: str = ""  # required when received_at is earlier than now
    visit_id: int | None = None
    service_record_id: int | None = None
    service_name: str = ""
    technician_id: int | None = None
    product_name: str = ""
    batch_number: str = ""
    purchase_date: date | None = None


@dataclass(frozen=True)
class EntryInput:
    """One stage entry; which fields matter depends on ``kind``."""

    kind: EntryKind
    text: str = ""
    method: str = ""  # how the customer was answered / told (a Channel value)
    remedy: str = ""
    amount: Decimal | float | str | None = None
    outcome: str = ""  # product cases
    satisfaction: int | None = None
    corrects_id: int | None = None


def _invalid(message: str, field: str, **params: Any) -> ValidationError:
    return ValidationError(message, field=field, **params)


def _enum(kind: Any, value: Any, field: str) -> Any:
    try:
        return kind(value)
    except ValueError as exc:
        raise _invalid(QT_TRANSLATE_NOOP("Errors", "Please choose a valid value for {field}."), field) from exc


def _text(value: str, field: str, *, required: bool, message: str = "") -> str:
    text = value.strip()
    if required and not text:
        raise _invalid(message or QT_TRANSLATE_NOOP("Errors", "Please fill in {field}."), field)
    if len(text) > MAX_TEXT:
        raise _invalid(QT_TRANSLATE_NOOP("Errors", "The text in {field} is too long."), field)
    return text


# ---------------------------------------------------------------- intake
def _clean_intake(data: ComplaintInput, now: datetime) -> tuple[ComplaintInput, datetime]:
    channel = _enum(Channel, data.channel, "channel")
    category = _enum(Category, data.category, "category")
    severity = Severity.CRITICAL if data.health_safety else _enum(Severity, data.severity, "severity")
    if data.customer_id is None and not data.customer_name.strip():
        raise _invalid(
            QT_TRANSLATE_NOOP("Errors", "Pick the customer, or type the name of an unregistered customer."),
            "customer",
        )
    description = _text(
        data.description,
        "description",
        required=True,
        message=QT_TRANSLATE_NOOP("Errors", "Please describe what happened."),
    )
    received = now if data.received_at is None else ensure_utc(data.received_at)
    reason = data.received_reason.strip()
    if received > now:
        raise _invalid(QT_TRANSLATE_NOOP("Errors", "The time received cannot be in the future."), "received_at")
    if now - received > RECEIPT_SLACK and not reason:
        raise _invalid(
            QT_TRANSLATE_NOOP("Errors", "Say why the complaint is recorded later than it arrived."),
            "received_reason",
        )
    if category == Category.PRODUCT and not data.product_name.strip():
        raise _invalid(QT_TRANSLATE_NOOP("Errors", "A product case needs the product name."), "product_name")
    if data.purchase_date is not None and data.purchase_date > now.date() + timedelta(days=1):
        raise _invalid(QT_TRANSLATE_NOOP("Errors", "The purchase date cannot be in the future."), "purchase_date")
    clean = ComplaintInput(
        channel=channel,
        category=category,
        severity=severity,
        description=description,
        wanted=_text(data.wanted, "wanted", required=False),
        customer_id=data.customer_id,
        customer_name="" if data.customer_id is not None else " ".join(data.customer_name.split())[:120],
        customer_phone="" if data.customer_id is not None else data.customer_phone.strip()[:40],
        health_safety=data.health_safety,
        received_at=received,
        received_reason=reason,
        visit_id=data.visit_id,
        service_record_id=data.service_record_id,
        service_name=data.service_name.strip()[:120],
        technician_id=data.technician_id,
        product_name=data.product_name.strip()[:120],
        batch_number=data.batch_number.strip()[:60],
        purchase_date=data.purchase_date,
    )
    return clean, received


def _intake_snapshot(c: Complaint) -> dict[str, Any]:
    """The received entry's text: the sealed intake facts (instants as ISO text) and what was said."""
    facts = {k: v.isoformat() if isinstance(v, datetime) else v for k, v in intake_facts(c).items()}
    return {
        **facts,
        "received_reason": c.received_reason,
        "customer_name": c.customer_name,
        "customer_phone": c.customer_phone,
        "visit_id": c.visit_id,
        "service_record_id": c.service_record_id,
        "service_name": c.service_name,
        "technician_id": c.technician_id,
        "product_name": c.product_name,
        "batch_number": c.batch_number,
        "purchase_date": c.purchase_date.isoformat() if c.purchase_date else None,
        "description": c.description,
        "wanted": c.wanted,
    }


def _fill_links(uow: UnitOfWork, data: ComplaintInput) -> ComplaintInput:
    """Check the linked visit / service record and take the technician and service from them."""
    technician, service_name, visit_id = data.technician_id, data.service_name, data.visit_id
    if data.service_record_id is not None:
        record = uow.session.get(ServiceRecord, data.service_record_id)
        if record is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "No service record with id {id}."), id=data.service_record_id)
        visit_id = visit_id or record.visit_id
        technician = technician or record.staff_id
        if not service_name and record.service_id is not None:
            service = uow.session.get(Service, record.service_id)
            service_name = service.name if service else ""
    if visit_id is not None:
        visit = uow.session.get(Visit, visit_id)
        if visit is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "No visit with id {id}."), id=visit_id)
        technician = technician or visit.staff_id
        if not service_name and visit.service_id is not None:
            service = uow.session.get(Service, visit.service_id)
            service_name = service.name if service else ""
    if technician is not None and uow.session.get(Staff, technician) is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "No staff member with id {id}."), id=technician)
    return replace(data, technician_id=technician, service_name=service_name, visit_id=visit_id)


def next_sequence(uow: UnitOfWork, year: int) -> int:
    """The next number of ``year`` (no gaps): call inside a write-locked unit of work."""
    current = uow.session.exec(select(func.max(Complaint.seq)).where(Complaint.year == year)).one()
    return int(current or 0) + 1


def log_complaint(uow: UnitOfWork, actor: Actor, clock: Clock, data: ComplaintInput, *, pin: str) -> int:
    """Record a new complaint and its "received" entry, signed with the logger's own PIN; returns its id.

    The unit of work takes the write lock itself: the yearly number is read and used in
    one locked transaction, so two PCs can never take the same number.
    """
    require(uow, actor, Permission.LOG_COMPLAINT)
    now = clock.now()
    data, received = _clean_intake(data, now)
    with uow.write_locked():  # appends to a hash chain
        settings = load_settings(uow)
        tz = salon_timezone(settings)
        if data.customer_id is not None and uow.session.get(Customer, data.customer_id) is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "No customer with id {id}."), id=data.customer_id)
        data = _fill_links(uow, data)
        check_pin(uow, clock, actor.staff_id or 0, pin, "sign")  # identity last: a form error costs no PIN attempt
        year = local_date(received, tz).year
        serialize(uow, "complaint-number")  # two PCs never read the same next number
        seq = next_sequence(uow, year)
        complaint = Complaint(
            number=complaint_number(year, seq),
            year=year,
            seq=seq,
            received_at=received,
            recorded_at=now,
            received_reason=data.received_reason,
            channel=data.channel,
            category=data.category,
            severity=data.severity,
            health_safety=data.health_safety,
            customer_id=data.customer_id,
            customer_name=data.customer_name,
            customer_phone=data.customer_phone,
            visit_id=data.visit_id,
            service_record_id=data.service_record_id,
            service_name=data.service_name,
            technician_id=data.technician_id,
            product_name=data.product_name,
            batch_number=data.batch_number,
            purchase_date=data.purchase_date,
            description=data.description,
            wanted=data.wanted,
            status=Status.RECEIVED,
            created_by=actor.staff_id,
        )
        uow.session.add(complaint)
        try:
            uow.flush()
        except IntegrityError as exc:  # another PC took the number without the lock
            raise Conflict(
                QT_TRANSLATE_NOOP("Errors", "Another computer saved a complaint at the same moment; please save again.")
            ) from exc
        assert complaint.id is not None
        snapshot = _intake_snapshot(complaint)
        entry = ComplaintEntry(
            complaint_id=complaint.id,
            kind=EntryKind.RECEIVED,
            at=now,
            author_id=actor.staff_id,
            author_name=actor.name,
            text=json.dumps(snapshot, ensure_ascii=False, sort_keys=True),
        )
        seal(uow, REGISTER, entry)
        audit.record_created(uow, actor, clock, "complaint", complaint.number, snapshot)
        uow.commit()
        return complaint.id


# ---------------------------------------------------------------- stage entries
def _load(uow: UnitOfWork, complaint_id: int) -> tuple[Complaint, list[ComplaintEntry]]:
    complaint = uow.session.get(Complaint, complaint_id)
    if complaint is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "No complaint with id {id}."), id=complaint_id)
    entries = list(
        uow.session.exec(
            select(ComplaintEntry)
            .where(ComplaintEntry.complaint_id == complaint_id)
            .order_by(col(ComplaintEntry.at), col(ComplaintEntry.id))
        )
    )
    return complaint, entries


def _amount(value: Decimal | float | str | None) -> Decimal | None:
    if value is None or value == "":
        return None
    try:
        amount = Decimal(str(value)).quantize(Decimal("0.01"))
    except InvalidOperation as exc:
        raise _invalid(QT_TRANSLATE_NOOP("Errors", "The amount must be a number."), "amount") from exc
    if amount <= 0:
        raise _invalid(QT_TRANSLATE_NOOP("Errors", "The amount must be more than 0."), "amount")
    return amount


def _check_order(
    actor: Actor,
    complaint: Complaint,
    entries: list[ComplaintEntry],
    data: EntryInput,
    settings_remedies: list[str],
    refund_limit: float,
    received_on: date,
) -> tuple[EntryInput, Decimal | None, int | None]:
    """Validate one entry against the timeline; returns the cleaned input, amount and approver."""
    kind = data.kind
    timeline = [EntryFacts(EntryKind(e.kind), e.at) for e in entries]
    refusal = step_refusal(timeline, actor, kind, severity=complaint.severity)
    if refusal is not None:
        raise refusal
    amount: Decimal | None = None
    approver: int | None = None
    text = _text(data.text, "text", required=False)
    if kind == EntryKind.ACKNOWLEDGED:
        _enum(Channel, data.method, "method")
        _text(
            text,
            "text",
            required=True,
            message=QT_TRANSLATE_NOOP("Errors", "Write down what was said to the customer."),
        )
    elif kind == EntryKind.EVIDENCE:
        _text(text, "text", required=True, message=QT_TRANSLATE_NOOP("Errors", "Describe the evidence."))
    elif kind == EntryKind.DECISION:
        remedy = _enum(Remedy, data.remedy, "remedy")
        if remedy != Remedy.NONE and remedy.value not in settings_remedies:
            raise _invalid(QT_TRANSLATE_NOOP("Errors", "This remedy is not offered (see Settings)."), "remedy")
        product = Category(complaint.category) == Category.PRODUCT
        outcome = None
        if product:
            outcome = _enum(ProductOutcome, data.outcome, "outcome")
            if outcome == ProductOutcome.REJECTED and not text:
                raise _invalid(QT_TRANSLATE_NOOP("Errors", "Give the reason the product case is rejected."), "text")
        refund = remedy == Remedy.REFUND or outcome == ProductOutcome.REFUND
        amount = _amount(data.amount)
        if refund and amount is None:
            raise _invalid(QT_TRANSLATE_NOOP("Errors", "Enter the refund amount."), "amount")
        if refund and amount is not None and amount > Decimal(str(refund_limit)):
            if not actor.can(Permission.APPROVE_LARGE_REFUND):
                raise PermissionDenied(
                    QT_TRANSLATE_NOOP("Errors", "A refund above {limit} must be approved by the owner."),
                    limit=f"{refund_limit:.2f}",
                )
            approver = actor.staff_id
        if (
            outcome in {ProductOutcome.REFUND, ProductOutcome.EXCHANGE}
            and not product_return_in_time(complaint.purchase_date, received_on)
            and not actor.can(Permission.APPROVE_LARGE_REFUND)
        ):
            raise PermissionDenied(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Returns and exchanges are for purchases within 7 days; only the owner can make an exception.",
                )
            )
        if remedy == Remedy.NONE and not text:
            raise _invalid(QT_TRANSLATE_NOOP("Errors", "Give the reason for the decision."), "text")
    elif kind == EntryKind.CUSTOMER_TOLD:
        _enum(Channel, data.method, "method")
    elif kind == EntryKind.FOLLOW_UP:
        if data.satisfaction is not None and not 1 <= int(data.satisfaction) <= 5:
            raise _invalid(QT_TRANSLATE_NOOP("Errors", "Satisfaction is from 1 to 5."), "satisfaction")
    elif kind == EntryKind.CLOSED:
        refusal = close_refusal(timeline, text)
        if refusal is not None:
            raise refusal
    elif kind == EntryKind.ESCALATED:
        _text(text, "text", required=True, message=QT_TRANSLATE_NOOP("Errors", "Say why the complaint is escalated."))
    elif kind == EntryKind.REOPENED:
        _text(text, "text", required=True, message=QT_TRANSLATE_NOOP("Errors", "Say why the complaint is reopened."))
    elif kind == EntryKind.CORRECTION:
        _text(text, "text", required=True, message=QT_TRANSLATE_NOOP("Errors", "Say what is corrected and why."))
        if data.corrects_id is None or all(e.id != data.corrects_id for e in entries):
            raise _invalid(
                QT_TRANSLATE_NOOP("Errors", "Pick the entry of this complaint that is corrected."), "corrects_id"
            )
    return (
        EntryInput(
            kind=kind,
            text=text,
            method=data.method
            if kind in {EntryKind.ACKNOWLEDGED, EntryKind.CUSTOMER_TOLD, EntryKind.FOLLOW_UP}
            else "",
            remedy=data.remedy if kind == EntryKind.DECISION else "",
            outcome=data.outcome
            if kind == EntryKind.DECISION and Category(complaint.category) == Category.PRODUCT
            else "",
            satisfaction=data.satisfaction if kind == EntryKind.FOLLOW_UP else None,
            corrects_id=data.corrects_id if kind == EntryKind.CORRECTION else None,
        ),
        amount,
        approver,
    )


def add_entry(
    uow: UnitOfWork,
    actor: Actor,
    clock: Clock,
    complaint_id: int,
    data: EntryInput,
    *,
    pin: str,
    file_name: str = "",
    file_sha256: str = "",
) -> int:
    """Append one stage entry signed with the acting staff member's own PIN (checked against the timeline).

    records.md: every entry is signed by a named staff member who proves it is them with
    their PIN at the moment of signing. The form is checked first, so a form error costs
    no PIN attempt; a wrong PIN counts towards the lock-out like a login. Returns its id.
    """
    require(uow, actor, Permission.LOG_COMPLAINT)  # the least any step needs; step_refusal judges the step's own
    kind = _enum(EntryKind, data.kind, "kind")
    data = EntryInput(**{**data.__dict__, "kind": kind})
    now = clock.now()
    with uow.write_locked():  # appends to a hash chain
        settings = load_settings(uow)
        complaint, entries = _load(uow, complaint_id)
        received_on = local_date(complaint.received_at, salon_timezone(settings))
        clean, amount, approver = _check_order(
            actor, complaint, entries, data, list(settings.remedies), float(settings.refund_limit), received_on
        )
        check_pin(uow, clock, actor.staff_id or 0, pin, "sign")  # identity last: a form error costs no PIN attempt
        if entries and now < max(e.at for e in entries):
            # records.md: a clock earlier than the newest record is an anomaly; keep the order honest
            audit.record(
                uow, actor, clock, "clock_anomaly", "complaint", complaint.number, "at", max(e.at for e in entries), now
            )
        entry = ComplaintEntry(
            complaint_id=complaint_id,
            kind=kind,
            at=now,
            author_id=actor.staff_id,
            author_name=actor.name,
            text=clean.text,
            method=clean.method,
            remedy=clean.remedy,
            amount=amount,
            outcome=clean.outcome,
            satisfaction=clean.satisfaction,
            file_name=file_name,
            file_sha256=file_sha256,
            corrects_id=clean.corrects_id,
            approved_by=approver,
        )
        seal(uow, REGISTER, entry)
        new_status = milestones([EntryFacts(EntryKind(e.kind), e.at) for e in entries] + [EntryFacts(kind, now)]).status
        if new_status != complaint.status:
            audit.record(
                uow, actor, clock, "update", "complaint", complaint.number, "status", complaint.status, new_status
            )
            complaint.status = new_status
            uow.session.add(complaint)
        audit.record_created(
            uow,
            actor,
            clock,
            "complaint_entry",
            entry.id,
            {
                "complaint": complaint.number,
                "kind": kind,
                "text": clean.text,
                "remedy": clean.remedy,
                "amount": amount,
                "outcome": clean.outcome,
                "satisfaction": clean.satisfaction,
                "file_sha256": file_sha256,
                "corrects_id": clean.corrects_id,
            },
        )
        uow.commit()
        assert entry.id is not None
        return entry.id


def add_evidence(
    uow: UnitOfWork, actor: Actor, clock: Clock, complaint_id: int, note: str, source: Path | None = None, *, pin: str
) -> int:
    """Evidence: a note, optionally with a file (photo, screenshot, PDF) kept in the attachment store.

    The entry seals the file's sha256 into the complaint chain; the bytes are a row of
    the attachment store, so backups and exports carry them.
    """
    require(uow, actor, Permission.LOG_COMPLAINT)
    if source is None:
        return add_entry(uow, actor, clock, complaint_id, EntryInput(EntryKind.EVIDENCE, text=note), pin=pin)
    try:
        data = source.read_bytes()
    except OSError as exc:
        raise _invalid(
            QT_TRANSLATE_NOOP("Errors", "The file {name} cannot be read."), "file", name=source.name
        ) from exc
    return add_evidence_file(uow, actor, clock, complaint_id, note, source.name, data, pin=pin)


def add_evidence_file(
    uow: UnitOfWork, actor: Actor, clock: Clock, complaint_id: int, note: str, file_name: str, data: bytes, *, pin: str
) -> int:
    """Evidence with a file given as its name and bytes (refused unless a photo or PDF within the limit)."""
    require(uow, actor, Permission.LOG_COMPLAINT)
    digest = attachments.store(uow, actor, clock, data)
    return add_entry(
        uow,
        actor,
        clock,
        complaint_id,
        EntryInput(EntryKind.EVIDENCE, text=note or file_name),
        pin=pin,
        file_name=file_name,
        file_sha256=digest,
    )


# Thin, named wrappers: what the buttons and the demo call.
def acknowledge(
    uow: UnitOfWork, actor: Actor, clock: Clock, complaint_id: int, method: Channel | str, said: str, *, pin: str
) -> int:
    """First response to the customer: how, and what was said (C1)."""
    return add_entry(
        uow, actor, clock, complaint_id, EntryInput(EntryKind.ACKNOWLEDGED, text=said, method=str(method)), pin=pin
    )


def start_investigation(
    uow: UnitOfWork, actor: Actor, clock: Clock, complaint_id: int, note: str = "", *, pin: str
) -> int:
    """The investigation starts (C2)."""
    return add_entry(uow, actor, clock, complaint_id, EntryInput(EntryKind.INVESTIGATION, text=note), pin=pin)


def decide(
    uow: UnitOfWork,
    actor: Actor,
    clock: Clock,
    complaint_id: int,
    remedy: Remedy | str,
    note: str = "",
    amount: Decimal | float | str | None = None,
    outcome: ProductOutcome | str = "",
    *,
    pin: str,
) -> int:
    """The decision: a remedy (and, for a product case, its outcome)."""
    return add_entry(
        uow,
        actor,
        clock,
        complaint_id,
        EntryInput(EntryKind.DECISION, text=note, remedy=str(remedy), amount=amount, outcome=str(outcome)),
        pin=pin,
    )


def tell_customer(
    uow: UnitOfWork, actor: Actor, clock: Clock, complaint_id: int, method: Channel | str, note: str = "", *, pin: str
) -> int:
    """The customer was told the decision."""
    return add_entry(
        uow, actor, clock, complaint_id, EntryInput(EntryKind.CUSTOMER_TOLD, text=note, method=str(method)), pin=pin
    )


def resolve(uow: UnitOfWork, actor: Actor, clock: Clock, complaint_id: int, note: str = "", *, pin: str) -> int:
    """The remedy was carried out (C3)."""
    return add_entry(uow, actor, clock, complaint_id, EntryInput(EntryKind.RESOLVED, text=note), pin=pin)


def follow_up(
    uow: UnitOfWork,
    actor: Actor,
    clock: Clock,
    complaint_id: int,
    satisfaction: int | None,
    comment: str = "",
    method: Channel | str = Channel.PHONE,
    *,
    pin: str,
) -> int:
    """The follow-up call (C4) with the customer's satisfaction 1–5 (C5)."""
    return add_entry(
        uow,
        actor,
        clock,
        complaint_id,
        EntryInput(EntryKind.FOLLOW_UP, text=comment, satisfaction=satisfaction, method=str(method)),
        pin=pin,
    )


def close(uow: UnitOfWork, actor: Actor, clock: Clock, complaint_id: int, note: str = "", *, pin: str) -> int:
    """Close (a critical complaint: the owner only); without a follow-up call ``note`` says why none was possible."""
    return add_entry(uow, actor, clock, complaint_id, EntryInput(EntryKind.CLOSED, text=note), pin=pin)


def escalate(uow: UnitOfWork, actor: Actor, clock: Clock, complaint_id: int, reason: str, *, pin: str) -> int:
    """The customer is still unhappy: escalate."""
    return add_entry(uow, actor, clock, complaint_id, EntryInput(EntryKind.ESCALATED, text=reason), pin=pin)


def reopen(uow: UnitOfWork, actor: Actor, clock: Clock, complaint_id: int, reason: str, *, pin: str) -> int:
    """Reopen a resolved or closed complaint (its resolution must happen again)."""
    return add_entry(uow, actor, clock, complaint_id, EntryInput(EntryKind.REOPENED, text=reason), pin=pin)


def correct(
    uow: UnitOfWork, actor: Actor, clock: Clock, complaint_id: int, corrects_id: int, reason: str, *, pin: str
) -> int:
    """A correction: a new entry that names the one it corrects (that one stays as it was)."""
    return add_entry(
        uow, actor, clock, complaint_id, EntryInput(EntryKind.CORRECTION, text=reason, corrects_id=corrects_id), pin=pin
    )


def acknowledge_owner_alert(
    uow: UnitOfWork, actor: Actor, clock: Clock, complaint_id: int, note: str = "", *, pin: str
) -> int:
    """The owner has seen a critical complaint's alert (it leaves the status bar)."""
    return add_entry(uow, actor, clock, complaint_id, EntryInput(EntryKind.OWNER_ALERT_SEEN, text=note), pin=pin)


# ---------------------------------------------------------------- privacy
def _scrub_erased_customer(uow: UnitOfWork, customer_id: int, pseudonym: str) -> None:
    """On erasure, the complaint keeps a pseudonymous reference instead of the name and phone.

    Only the complaint's intake copy of the contact details changes; the signed,
    hash-chained entries hold no customer details, so the chain stays intact.
    """
    for complaint in uow.session.exec(select(Complaint).where(Complaint.customer_id == customer_id)):
        complaint.customer_name = pseudonym
        complaint.customer_phone = ""
        uow.session.add(complaint)


customer_service.ERASE_HOOKS.append(_scrub_erased_customer)
