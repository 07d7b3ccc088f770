"""Customer files: create, edit, consent, patch tests, open (logged), export, erase, merge.

Public functions other areas call:

- :func:`refresh_last_visit` — inside your unit of work after a visit's service starts or visits move
  (the one place ``customer.last_visit_at`` is kept; search ranks recent customers first).
- :func:`merge_customers` moves every column in ``SQLModel.metadata`` with a foreign key to
  ``customer.id`` (so appointments, visits, complaints… move without this module knowing them).
- :data:`ERASE_HOOKS` — register ``hook(uow, customer_id, pseudonym)`` to scrub copies of personal
  data your area keeps (e.g. a complaint's ``customer_name``/``customer_phone``) when a file is erased.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from typing import Any

import sqlalchemy as sa
from sqlmodel import SQLModel, col, delete, insert, select, update

from salondesk.db.uow import UnitOfWork
from salondesk.domain.audit import ERASED, AuditEntry
from salondesk.domain.clock import Clock, ensure_utc
from salondesk.domain.customers import (
    Customer,
    CustomerSearchToken,
    DuplicatePhone,
    Gender,
    PatchResult,
    PatchTest,
    apply_search_columns,
    token_rows,
)
from salondesk.domain.errors import Conflict, ValidationError
from salondesk.domain.limits import check_text
from salondesk.domain.name_search import parse_phone
from salondesk.domain.permissions import Actor, Permission
from salondesk.domain.staff import Staff
from salondesk.domain.visits import Visit
from salondesk.i18n import QT_TRANSLATE_NOOP
from salondesk.queries.access import require
from salondesk.queries.customers import CustomerFile, get_customer, load_file, load_history
from salondesk.services import audit
from salondesk.services.settings import load_settings

ENTITY = "customer"
HEALTH_FIELDS = ("allergies", "skin_conditions", "contraindications")
PERSONAL_FIELDS = (
    "name",
    "mobile_e164",
    "other_phone",
    "gender",
    "birthday",
    "birth_month",
    "birth_day",
    "member_number",
    "tags",
    "notes",
    "referral_source",
    *HEALTH_FIELDS,
)
EraseHook = Callable[[UnitOfWork, int, str], None]
ERASE_HOOKS: list[EraseHook] = []


@dataclass(frozen=True)
class CustomerInput:
    """What reception types for a customer file.

    ``birthday`` is a full date; when only month and day are known give
    ``birth_month``/``birth_day`` instead. Consents are ticked boxes: the service
    stamps the date and the text version in force.
    """

    name: str
    mobile: str = ""
    other_phone: str = ""
    gender: Gender | str | None = None
    birthday: date | None = None
    birth_month: int | None = None
    birth_day: int | None = None
    member_number: str = ""
    tags: tuple[str, ...] | list[str] = ()
    notes: str = ""
    referral_source: str = ""
    marketing_consent: bool = False
    privacy_consent: bool = False
    health_consent: bool = False
    allergies: str = ""
    skin_conditions: str = ""
    contraindications: str = ""


@dataclass(frozen=True)
class CleanInput:
    """Validated, normalised customer fields."""

    values: dict[str, Any]
    marketing_consent: bool
    privacy_consent: bool
    health_consent: bool


def _invalid(message: str, field_name: str, **params: Any) -> ValidationError:
    return ValidationError(message, field=field_name, **params)


def clean_input(data: CustomerInput, region: str) -> CleanInput:
    """Validate and normalise; raises ValidationError naming the first bad field."""
    name = " ".join(data.name.split())
    if not name:
        raise _invalid(QT_TRANSLATE_NOOP("Errors", "Please enter a name."), "name")
    if len(name) > 120:
        raise _invalid(QT_TRANSLATE_NOOP("Errors", "The name is too long."), "name")
    mobile: str | None = None
    if data.mobile.strip():
        try:
            mobile = parse_phone(data.mobile, region)
        except ValueError as exc:
            raise _invalid(
                QT_TRANSLATE_NOOP("Errors", "{value} is not a valid mobile number."), "mobile", value=data.mobile
            ) from exc
    other = data.other_phone.strip() or None
    if other:
        try:
            other = parse_phone(other, region)
        except ValueError as exc:
            raise _invalid(
                QT_TRANSLATE_NOOP("Errors", "{value} is not a valid phone number."), "other_phone", value=other
            ) from exc
    gender = None
    if data.gender:
        try:
            gender = Gender(data.gender).value
        except ValueError as exc:
            raise _invalid(QT_TRANSLATE_NOOP("Errors", "Unknown gender."), "gender") from exc
    month, day = data.birth_month, data.birth_day
    if data.birthday is not None:
        month, day = data.birthday.month, data.birthday.day
    if (month is None) != (day is None) or (month is not None and day is not None and not _valid_month_day(month, day)):
        raise _invalid(QT_TRANSLATE_NOOP("Errors", "The birthday is not a valid date."), "birthday")
    health = {f: " ".join(getattr(data, f).split()) for f in HEALTH_FIELDS}
    if any(health.values()) and not data.health_consent:
        raise _invalid(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Allergies, skin conditions and contraindications can only be stored with the customer's "
                "separate consent to keep health data.",
            ),
            "health_consent",
        )
    tags = sorted({t.strip() for t in data.tags if t.strip()})
    check_text(
        Customer,
        {
            "name": name,
            "member_number": data.member_number.strip(),
            "other_phone": other or "",
            "tags": ", ".join(tags),
            "notes": data.notes.strip(),
            "referral_source": data.referral_source.strip(),
            **health,
        },
    )
    values: dict[str, Any] = {
        "name": name,
        "mobile_e164": mobile,
        "other_phone": other,
        "gender": gender,
        "birthday": data.birthday,
        "birth_month": month,
        "birth_day": day,
        "member_number": data.member_number.strip().upper() or None,
        "tags": ", ".join(tags)[:400],
        "notes": data.notes.strip(),
        "referral_source": data.referral_source.strip()[:120],
        **health,
    }
    return CleanInput(values, data.marketing_consent, data.privacy_consent, data.health_consent)


def _valid_month_day(month: int, day: int) -> bool:
    try:
        date(2004, month, day)  # a leap year: 29 Feb is a birthday
    except ValueError:
        return False
    return True


def snapshot(customer: Customer) -> dict[str, Any]:
    """The fields the audit trail follows."""
    return {
        **{f: getattr(customer, f) for f in PERSONAL_FIELDS},
        "marketing_consent": customer.marketing_consent,
        "marketing_consent_at": customer.marketing_consent_at,
        "privacy_consent_at": customer.privacy_consent_at,
        "privacy_notice_version": customer.privacy_notice_version,
        "health_consent_at": customer.health_consent_at,
        "health_consent_version": customer.health_consent_version,
    }


def find_by_mobile(uow: UnitOfWork, e164: str, exclude_id: int | None = None) -> Customer | None:
    """An active customer with this mobile (the duplicate guard)."""
    query = select(Customer).where(
        Customer.mobile_e164 == e164, col(Customer.erased_at).is_(None), col(Customer.merged_into_id).is_(None)
    )
    if exclude_id is not None:
        query = query.where(Customer.id != exclude_id)
    return uow.session.exec(query.order_by(col(Customer.id))).first()


def _check_member_number(uow: UnitOfWork, number: str | None, exclude_id: int | None) -> None:
    if not number:
        return
    query = select(Customer).where(Customer.member_number == number, col(Customer.merged_into_id).is_(None))
    if exclude_id is not None:
        query = query.where(Customer.id != exclude_id)
    other = uow.session.exec(query).first()
    if other is not None:
        raise Conflict(
            QT_TRANSLATE_NOOP("Errors", "Member number {number} already belongs to {name}."),
            number=number,
            name=other.name,
        )


def _apply_consents(customer: Customer, clean: CleanInput, now: datetime, uow: UnitOfWork) -> None:
    settings = load_settings(uow)
    if clean.marketing_consent and not customer.marketing_consent:
        customer.marketing_consent, customer.marketing_consent_at = True, now
    elif not clean.marketing_consent and customer.marketing_consent:
        customer.marketing_consent, customer.marketing_consent_at = False, now  # withdrawn, when
    if clean.privacy_consent and customer.privacy_consent_at is None:
        customer.privacy_consent_at, customer.privacy_notice_version = now, settings.privacy_notice_version
    if clean.health_consent and customer.health_consent_at is None:
        customer.health_consent_at, customer.health_consent_version = now, settings.consent_text_version
    elif not clean.health_consent and customer.health_consent_at is not None:
        # consent withdrawn: the health data goes with it (clean_input made sure none is given)
        customer.health_consent_at, customer.health_consent_version = None, None


def replace_tokens(uow: UnitOfWork, customer: Customer) -> None:
    """Rewrite a customer's search tokens from its name (after a create, rename, erase or merge)."""
    assert customer.id is not None
    uow.session.execute(delete(CustomerSearchToken).where(col(CustomerSearchToken.customer_id) == customer.id))
    rows = token_rows(customer.id, customer.name) if customer.active else []
    if rows:
        uow.session.execute(insert(CustomerSearchToken), rows)


def create_customer(
    uow: UnitOfWork, actor: Actor, clock: Clock, data: CustomerInput, *, allow_duplicate: bool = False
) -> int:
    """Open a new customer file (reception, owner).

    Raises :class:`DuplicatePhone` (carrying ``existing_id``) when an active file
    has the same mobile, so the UI can offer that file instead; pass
    ``allow_duplicate=True`` to create anyway (e.g. a parent and child sharing a phone).
    """
    require(uow, actor, Permission.EDIT_CUSTOMERS)
    with uow:
        clean = clean_input(data, load_settings(uow).phone_region)
        values = clean.values
        if values["mobile_e164"] and not allow_duplicate:
            existing = find_by_mobile(uow, values["mobile_e164"])
            if existing is not None and existing.id is not None:
                raise DuplicatePhone(existing.id, existing.name)
        _check_member_number(uow, values["member_number"], None)
        now = clock.now()
        customer = Customer(**values, created_at=now)
        _apply_consents(customer, clean, now, uow)
        apply_search_columns(customer)
        uow.session.add(customer)
        uow.flush()
        assert customer.id is not None
        replace_tokens(uow, customer)
        audit.record_created(uow, actor, clock, ENTITY, customer.id, snapshot(customer))
        uow.commit()
        return customer.id


def _active(uow: UnitOfWork, customer_id: int) -> Customer:
    customer = get_customer(uow, customer_id)
    if not customer.active:
        raise Conflict(QT_TRANSLATE_NOOP("Errors", "This customer file was erased or merged and cannot be changed."))
    return customer


def update_customer(uow: UnitOfWork, actor: Actor, clock: Clock, customer_id: int, data: CustomerInput) -> None:
    """Change a customer file (reception, owner); every changed field is audited."""
    require(uow, actor, Permission.EDIT_CUSTOMERS)
    with uow:
        customer = _active(uow, customer_id)
        clean = clean_input(data, load_settings(uow).phone_region)
        values = clean.values
        if values["mobile_e164"] and values["mobile_e164"] != customer.mobile_e164:
            existing = find_by_mobile(uow, values["mobile_e164"], exclude_id=customer_id)
            if existing is not None and existing.id is not None:
                raise DuplicatePhone(existing.id, existing.name)
        _check_member_number(uow, values["member_number"], customer_id)
        before = snapshot(customer)
        for key, value in values.items():
            setattr(customer, key, value)
        _apply_consents(customer, clean, clock.now(), uow)
        customer.updated_at = clock.now()
        apply_search_columns(customer)
        uow.session.add(customer)
        uow.flush()
        if before["name"] != customer.name:
            replace_tokens(uow, customer)
        audit.record_changes(uow, actor, clock, ENTITY, customer_id, before, snapshot(customer))
        uow.commit()


def refresh_last_visit(uow: UnitOfWork, customer_ids: Iterable[int] | None = None) -> None:
    """Keep ``customer.last_visit_at`` right (inside the caller's unit of work); ``None`` = every file.

    A visit counts from the start of its service (a customer who left without
    service did not visit). The value is the later of the latest such start and
    what is stored: an imported file keeps the last visit its old system knew.
    One UPDATE with an indexed subquery (``visit.customer_id``), so the demo and
    whole files are refreshed as cheaply as one customer.
    """
    latest = (
        sa.select(sa.func.max(col(Visit.service_started_at)))
        .where(col(Visit.customer_id) == col(Customer.id), col(Visit.service_started_at).is_not(None))
        .scalar_subquery()
    )
    stored = col(Customer.last_visit_at)
    statement = update(Customer).values(
        last_visit_at=sa.case(
            (sa.and_(latest.is_not(None), sa.or_(stored.is_(None), latest > stored)), latest), else_=stored
        )
    )
    if customer_ids is not None:
        ids = sorted(set(customer_ids))
        if not ids:
            return
        statement = statement.where(col(Customer.id).in_(ids))
    uow.flush()
    uow.session.execute(statement.execution_options(synchronize_session="fetch"))


# ------------------------------------------------------------------ patch tests
def record_patch_test(
    uow: UnitOfWork,
    actor: Actor,
    clock: Clock,
    customer_id: int,
    product: str,
    tested_at: datetime,
    result: PatchResult | str,
    tested_by: int | None,
    notes: str = "",
) -> int:
    """Record a patch test (any role: technicians do them). It cannot be dated in the future."""
    require(uow, actor, Permission.RECORD_PATCH_TEST)
    product = " ".join(product.split())
    if not product:
        raise _invalid(QT_TRANSLATE_NOOP("Errors", "Please enter the product tested."), "product")
    try:
        result = PatchResult(result)
    except ValueError as exc:
        raise _invalid(QT_TRANSLATE_NOOP("Errors", "Unknown patch test result."), "result") from exc
    tested_at = ensure_utc(tested_at)
    if tested_at > clock.now():
        raise _invalid(QT_TRANSLATE_NOOP("Errors", "A patch test cannot be in the future."), "tested_at")
    with uow:
        _active(uow, customer_id)
        if tested_by is not None and uow.session.get(Staff, tested_by) is None:
            raise _invalid(QT_TRANSLATE_NOOP("Errors", "Unknown staff member."), "tested_by")
        test = PatchTest(
            customer_id=customer_id,
            product=product[:120],
            tested_at=tested_at,
            result=result,
            tested_by=tested_by,
            notes=notes.strip(),
            recorded_at=clock.now(),
            recorded_by=actor.staff_id,
        )
        uow.session.add(test)
        uow.flush()
        assert test.id is not None
        audit.record_created(
            uow,
            actor,
            clock,
            "patch_test",
            test.id,
            {"customer_id": customer_id, "product": product, "tested_at": tested_at, "result": result},
        )
        uow.commit()
        return test.id


# ------------------------------------------------------------------ open, export, erase
def open_customer_file(uow: UnitOfWork, actor: Actor, clock: Clock, customer_id: int) -> CustomerFile:
    """The file as ``actor`` may see it; every opening is logged (who, when)."""
    require(uow, actor, Permission.OPEN_CUSTOMER_FILE)
    with uow:
        file = load_file(uow, actor, customer_id, clock.now())
        audit.record(uow, actor, clock, "open", ENTITY, customer_id)
        uow.commit()
        return file


@dataclass(frozen=True)
class CustomerDataExport:
    """Everything held about one customer: machine-readable JSON and a readable CSV."""

    customer_id: int
    json_text: str
    csv_text: str
    records: int  # rows gathered (the file, patch tests, history items, audit lines)
    extra: dict[str, Any] = field(default_factory=dict)


def _plain(value: Any) -> Any:
    if isinstance(value, datetime):
        return ensure_utc(value).isoformat().replace("+00:00", "Z")
    if isinstance(value, date):
        return value.isoformat()
    return value


def export_customer_data(uow: UnitOfWork, actor: Actor, clock: Clock, customer_id: int) -> CustomerDataExport:
    """Subject-access export (owner): the file, patch tests, history and the file's audit trail; logged."""
    require(uow, actor, Permission.EXPORT_CUSTOMERS)
    with uow:
        customer = get_customer(uow, customer_id)
        record = {
            k: _plain(v)
            for k, v in customer.model_dump().items()
            if k not in {"name_norm", "name_pinyin", "name_initials", "phone_national", "phone_last4", "search_digits"}
        }
        tests = [
            {k: _plain(v) for k, v in t.model_dump().items()}
            for t in uow.session.exec(select(PatchTest).where(PatchTest.customer_id == customer_id))
        ]
        history = [{k: _plain(v) for k, v in asdict(h).items()} for h in load_history(uow, customer_id, actor)]
        trail = [
            {"at": _plain(e.at), "action": e.action, "field": e.field_name, "old": e.old_value, "new": e.new_value}
            for e in uow.session.exec(
                select(AuditEntry)
                .where(AuditEntry.entity == ENTITY, AuditEntry.entity_id == str(customer_id))
                .order_by(col(AuditEntry.at), col(AuditEntry.id))
            )
        ]
        document = {
            "format": "salondesk-customer-data",
            "exported_at": _plain(clock.now()),
            "customer": record,
            "patch_tests": tests,
            "history": history,
            "audit_trail": trail,
        }
        records = 1 + len(tests) + len(history) + len(trail)
        audit.record(uow, actor, clock, "export", ENTITY, customer_id, "records", None, records)
        uow.commit()
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["section", "field", "value"])
    for key, value in record.items():
        writer.writerow(["customer", key, "" if value is None else value])
    for index, test in enumerate(tests, 1):
        for key, value in test.items():
            writer.writerow([f"patch_test {index}", key, "" if value is None else value])
    for index, item in enumerate(history, 1):
        for key, value in item.items():
            writer.writerow([f"history {index}", key, "" if value is None else value])
    for index, line in enumerate(trail, 1):
        for key, value in line.items():
            writer.writerow([f"audit {index}", key, "" if value is None else value])
    return CustomerDataExport(
        customer_id, json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True), out.getvalue(), records
    )


def pseudonym_for(customer_id: int) -> str:
    """The stable pseudonymous reference an erased file keeps (``C-000123``)."""
    return f"C-{customer_id:06d}"


def erase_customer(uow: UnitOfWork, actor: Actor, clock: Clock, customer_id: int, reason: str) -> str:
    """Erase on the customer's request (owner): personal fields removed, a pseudonym kept; logged.

    Service records, complaints and patch tests keep pointing at the (now
    pseudonymous) file. Personal values in the file's own audit lines are
    redacted too, otherwise the trail would still hold what was erased.
    Returns the pseudonym.
    """
    require(uow, actor, Permission.ERASE_CUSTOMERS)
    reason = reason.strip()
    if not reason:
        raise _invalid(QT_TRANSLATE_NOOP("Errors", "Please write down the reason (the customer's request)."), "reason")
    with uow:
        customer = get_customer(uow, customer_id)
        if customer.erased_at is not None:
            raise Conflict(QT_TRANSLATE_NOOP("Errors", "This customer file is already erased."))
        pseudonym = pseudonym_for(customer_id)
        customer.name = pseudonym
        for name in ("mobile_e164", "other_phone", "gender", "birthday", "birth_month", "birth_day", "member_number"):
            setattr(customer, name, None)
        for name in ("tags", "notes", "referral_source", *HEALTH_FIELDS):
            setattr(customer, name, "")
        customer.marketing_consent = False
        customer.health_consent_at = customer.health_consent_version = None
        customer.erased_at = clock.now()
        customer.pseudonym = pseudonym
        apply_search_columns(customer)
        customer.name_norm = customer.name_pinyin = customer.name_initials = ""
        uow.session.add(customer)
        uow.flush()
        replace_tokens(uow, customer)
        uow.session.execute(
            update(AuditEntry)
            .where(
                col(AuditEntry.entity) == ENTITY,
                col(AuditEntry.entity_id) == str(customer_id),
                col(AuditEntry.field_name).in_(PERSONAL_FIELDS),
            )
            .values(
                old_value=sa.case((col(AuditEntry.old_value).is_(None), None), else_=ERASED),
                new_value=sa.case((col(AuditEntry.new_value).is_(None), None), else_=ERASED),
            )
        )
        for hook in ERASE_HOOKS:
            hook(uow, customer_id, pseudonym)
        audit.record(uow, actor, clock, "erase", ENTITY, customer_id, "reason", None, reason)
        uow.commit()
        return pseudonym


# ------------------------------------------------------------------ merge
def customer_references() -> list[sa.Column[Any]]:
    """Every column in the metadata with a foreign key to ``customer.id`` (search tokens excluded)."""
    customer_id = Customer.__table__.c.id  # type: ignore[attr-defined]
    columns: list[sa.Column[Any]] = []
    for table in SQLModel.metadata.sorted_tables:
        if table.name == CustomerSearchToken.__tablename__:
            continue
        for fk in table.foreign_keys:
            if fk.column is customer_id:
                columns.append(fk.parent)
    return columns


@dataclass(frozen=True)
class MergeResult:
    """What a merge moved: ``{"table.column": rows}``."""

    kept_id: int
    merged_id: int
    moved: dict[str, int]


def merge_customers(uow: UnitOfWork, actor: Actor, clock: Clock, keep_id: int, merge_id: int) -> MergeResult:
    """Merge duplicate file ``merge_id`` into ``keep_id`` (owner).

    Every row of any area that points at the duplicate is moved to the kept
    file; empty fields of the kept file are filled from the duplicate; the
    duplicate stays as a hidden record pointing at the kept one. Audited.
    """
    require(uow, actor, Permission.MERGE_CUSTOMERS)
    if keep_id == merge_id:
        raise _invalid(QT_TRANSLATE_NOOP("Errors", "Pick two different customer files."), "merge_id")
    with uow:
        keep, gone = _active(uow, keep_id), _active(uow, merge_id)
        before = snapshot(keep)
        moved: dict[str, int] = {}
        for column in customer_references():
            table = column.table
            if table.name == Customer.__tablename__ and column.name == "merged_into_id":
                statement = sa.update(table).where(column == merge_id, table.c.id != keep_id)
            else:
                statement = sa.update(table).where(column == merge_id)
            result = uow.session.execute(statement.values({column.name: keep_id}))
            count = int(getattr(result, "rowcount", 0) or 0)
            if count:
                moved[f"{table.name}.{column.name}"] = count
        for name in ("mobile_e164", "other_phone", "gender", "birthday", "birth_month", "birth_day", "member_number"):
            if getattr(keep, name) is None and getattr(gone, name) is not None:
                setattr(keep, name, getattr(gone, name))
        for name in ("notes", "referral_source", "tags", *HEALTH_FIELDS):
            ours, theirs = getattr(keep, name), getattr(gone, name)
            if theirs and theirs not in ours:
                setattr(keep, name, f"{ours}\n{theirs}".strip() if name == "notes" else (ours or theirs))
        if any(getattr(gone, f) for f in HEALTH_FIELDS) and keep.health_consent_at is None:
            keep.health_consent_at, keep.health_consent_version = gone.health_consent_at, gone.health_consent_version
        if gone.marketing_consent and not keep.marketing_consent:
            keep.marketing_consent, keep.marketing_consent_at = True, gone.marketing_consent_at
        if keep.privacy_consent_at is None:
            keep.privacy_consent_at, keep.privacy_notice_version = gone.privacy_consent_at, gone.privacy_notice_version
        if gone.last_visit_at and (keep.last_visit_at is None or keep.last_visit_at < gone.last_visit_at):
            keep.last_visit_at = gone.last_visit_at  # an imported last visit travels with the file
        gone.last_visit_at = None  # its visits are the kept file's now
        if gone.member_number and keep.member_number != gone.member_number:
            gone.member_number = None
        gone.merged_into_id = keep_id
        gone.updated_at = keep.updated_at = clock.now()
        apply_search_columns(keep)
        uow.session.add_all([keep, gone])
        uow.flush()
        replace_tokens(uow, keep)
        replace_tokens(uow, gone)
        refresh_last_visit(uow, [keep_id])
        audit.record_changes(uow, actor, clock, ENTITY, keep_id, before, snapshot(keep))
        audit.record(uow, actor, clock, "merge", ENTITY, keep_id, "merged_from", None, merge_id)
        audit.record(uow, actor, clock, "merge", ENTITY, merge_id, "merged_into_id", None, keep_id)
        audit.record(uow, actor, clock, "merge", ENTITY, keep_id, "moved", None, moved)
        uow.commit()
        return MergeResult(keep_id, merge_id, moved)
