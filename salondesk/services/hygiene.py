"""Hygiene use cases: templates (versioned), stations, signing runs, closing corrective actions.

Trust rules (records.md): a run is signed by a named staff member with their own PIN
(failures count towards the lockout); its time is the clock's; a run after its period
is *late* and needs a reason; a clock earlier than the newest run is recorded as an
anomaly and warned about; nothing is updated or deleted (a correction is a new run
naming the original); every run and sign-off is a link of a hash chain.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import and_, case, false
from sqlalchemy import select as core_select
from sqlmodel import Session, col, func, select

from salondesk.db.locks import lock_register
from salondesk.db.uow import UnitOfWork
from salondesk.domain.calendar import local_date, local_start
from salondesk.domain.clock import Clock, ensure_utc
from salondesk.domain.errors import Conflict, Label, NotFound, ValidationError
from salondesk.domain.hygiene import (
    DEFAULT_TEMPLATES,
    VALUE_KIND_ERROR_NAMES,
    ChecklistItem,
    ChecklistResult,
    ChecklistRun,
    ChecklistTemplate,
    CorrectiveSignoff,
    Frequency,
    ItemResult,
    Station,
    StationKind,
    ValueSpec,
    period_of,
    specs_of,
    within_limits,
)
from salondesk.domain.limits import check_text
from salondesk.domain.permissions import SYSTEM, Actor, Permission
from salondesk.domain.signing import canonical_json, json_string, value_text
from salondesk.i18n import QT_TRANSLATE_NOOP
from salondesk.queries.access import require
from salondesk.services import attachments, audit
from salondesk.services.auth import check_pin
from salondesk.services.records_chain import (
    driver_rows,
    per_row,
    plain_column,
    plain_rows,
    register_chain,
    seal,
)
from salondesk.services.settings import load_settings, salon_timezone

RUNS_REGISTER = "hygiene_runs"
SIGNOFFS_REGISTER = "hygiene_signoffs"
CLOCK_WARNING = QT_TRANSLATE_NOOP(
    "Errors", "The computer's clock is earlier than the newest record. The anomaly was recorded; check the clock."
)


# ---------------------------------------------------------------- chain contents
def _values(values_json: str | None) -> dict[str, Any]:
    """An item result's measured values (most results have none: skip the JSON parser)."""
    if not values_json or values_json == "{}":
        return {}
    values: dict[str, Any] = json.loads(values_json)
    return values


def result_content(res: ChecklistResult) -> dict[str, Any]:
    """The hashed fields of one item result."""
    return {
        "id": res.id,
        "item_id": res.item_id,
        "result": res.result,
        "values": _values(res.values_json),
        "note": res.note,
        "photo_hash": res.photo_hash,
        "action": res.action,
        "action_done": res.action_done,
        "action_owner_id": res.action_owner_id,
        "action_due": res.action_due,
    }


def run_content(r: ChecklistRun, results: Sequence[ChecklistResult]) -> dict[str, Any]:
    """The hashed content of a run: its fields and its results in id order (pure; the demo uses it too)."""
    return {
        "id": r.id,
        "template_id": r.template_id,
        "template_key": r.template_key,
        "station_id": r.station_id,
        "period_start": r.period_start,
        "period_end": r.period_end,
        "signed_by": r.signed_by,
        "signed_at": r.signed_at,
        "late": r.late,
        "late_reason": r.late_reason,
        "clock_anomaly": r.clock_anomaly,
        "corrects_id": r.corrects_id,
        "correction_reason": r.correction_reason,
        "note": r.note,
        "results": [result_content(x) for x in sorted(results, key=lambda x: x.id or 0)],
    }


def _run_contents(session: Session, runs: Sequence[Any]) -> list[dict[str, Any]]:
    """Contents of a batch of runs (model instances or plain rows), their results in one query.

    The results are read as plain rows (no ORM objects: 170k of them on a ten-year salon).
    A Core select does not autoflush; ``seal`` flushes before calling this.
    """
    ids = [r.id for r in runs]
    by_run: dict[int, list[Any]] = defaultdict(list)
    query = plain_rows(ChecklistResult).where(plain_column(ChecklistResult, "run_id").in_(ids))
    for res in session.execute(query).all():
        by_run[res.run_id].append(res)
    return [run_content(r, by_run.get(r.id or 0, [])) for r in runs]


def signoff_content(s: CorrectiveSignoff) -> dict[str, Any]:
    """The hashed fields of a corrective-action sign-off."""
    return {"id": s.id, "result_id": s.result_id, "signed_by": s.signed_by, "signed_at": s.signed_at, "note": s.note}


# ---------------------------------------------------------------- chain texts, for verification
# The same canonical JSON as canonical_json(run_content(...)), written straight from the stored
# columns: a ten-year register has ~33,000 runs with ~170,000 results, and building a dict per
# result and canonicalising it cost most of `salondesk verify --full`. Keys in sorted order;
# tests/integration/test_chain_texts.py compares these texts byte for byte with the content path.
_RUN_COLUMNS = (
    "id", "prev_hash", "hash", "clock_anomaly", "correction_reason", "corrects_id", "late", "late_reason",
    "note", "period_end", "period_start", "signed_at", "signed_by", "station_id", "template_id", "template_key",
)  # fmt: skip
_RESULT_COLUMNS = (
    "run_id", "id", "item_id", "result", "values_json",
    # the rest are read only for a result where one of them is not its default (an action, a note, a photo)
    "action", "action_done", "action_due", "action_owner_id", "note", "photo_hash",
)  # fmt: skip

_SMALL = 2**62  # ids below it: their canonical text is {"#":"<digits>"} (value_text's int rule)
_VALUES_TEXTS: dict[str, str] = {}  # values_json -> its canonical text (the same few texts recur all over)


def _values_text(values_json: str | None) -> str:
    """The canonical text of :func:`_values` (most results have no values; the rest repeat)."""
    if not values_json or values_json == "{}":
        return "{}"
    text = _VALUES_TEXTS.get(values_json)
    if text is None:
        if len(_VALUES_TEXTS) > 10_000:
            _VALUES_TEXTS.clear()
        text = _VALUES_TEXTS[values_json] = canonical_json(_values(values_json))
    return text


# a result with no action, note or photo: action "", action_done false, action_due, action_owner_id
# and photo_hash null, note ""
_PLAIN_RESULT_TEXT = (
    '{"action":"","action_done":false,"action_due":null,"action_owner_id":null,"id":%s,"item_id":%s,'
    '"note":"","photo_hash":null,"result":%s,"values":%s}'
)
_RESULT_TEXT = (
    '{"action":%s,"action_done":%s,"action_due":%s,"action_owner_id":%s,"id":%s,"item_id":%s,'
    '"note":%s,"photo_hash":%s,"result":%s,"values":%s}'
)


def _plain_result(table: Any) -> Any:
    """SQL: 1 when a result's action, note and photo columns all hold their defaults, else 0 (never NULL)."""
    c = table.c
    defaults = and_(
        c.action == "",
        c.action_done.is_(false()),
        c.action_due.is_(None),
        c.action_owner_id.is_(None),
        c.note == "",
        c.photo_hash.is_(None),
    )
    return case((defaults, 1), else_=0)


def _plain_result_text(r: Sequence[Any]) -> str:
    """``canonical_json(result_content(row))`` of a result whose action, note and photo are their defaults.

    ``r``: the first five of :data:`_RESULT_COLUMNS` as the driver gives them.
    """
    _, res_id, item, result, values = r
    return _PLAIN_RESULT_TEXT % (
        f'{{"#":"{res_id}"}}' if type(res_id) is int and 0 <= res_id < _SMALL else value_text(res_id),
        f'{{"#":"{item}"}}' if type(item) is int and 0 <= item < _SMALL else value_text(item),
        json_string(result) if type(result) is str else value_text(result),
        "{}" if values == "{}" else _values_text(values),
    )


def _result_text(r: Sequence[Any], to_bool: Any, to_date: Any) -> str:
    """``canonical_json(result_content(row))`` from a driver row of :data:`_RESULT_COLUMNS`.

    ``to_bool``/``to_date``: the database's converters of ``action_done``/``action_due``
    (None: the driver's value is already the column's).
    """
    t = value_text
    _, res_id, item, result, values, action, done, due, owner, note, photo = r
    return _RESULT_TEXT % (
        t(action),
        t(done if to_bool is None else to_bool(done)),
        "null" if due is None else t(due if to_date is None else to_date(due)),
        t(owner),
        t(res_id),
        t(item),
        t(note),
        t(photo),
        t(result),
        _values_text(values),
    )


def _run_text(r: Sequence[Any], results: str) -> str:
    """``canonical_json(run_content(...))`` from a converted row of :data:`_RUN_COLUMNS` and its results' texts."""
    t = value_text
    return (
        f'{{"clock_anomaly":{t(r[3])},"correction_reason":{t(r[4])},"corrects_id":{t(r[5])},"id":{t(r[0])},'
        f'"late":{t(r[6])},"late_reason":{t(r[7])},"note":{t(r[8])},"period_end":{t(r[9])},'
        f'"period_start":{t(r[10])},"results":[{results}],"signed_at":{t(r[11])},"signed_by":{t(r[12])},'
        f'"station_id":{t(r[13])},"template_id":{t(r[14])},"template_key":{t(r[15])}}}'
    )


# a run with no late, anomaly, correction or note: those columns at their defaults
_PLAIN_RUN_TEXT = (
    '{"clock_anomaly":false,"correction_reason":"","corrects_id":null,"id":%s,"late":false,"late_reason":"",'
    '"note":"","period_end":%s,"period_start":%s,"results":[%s],"signed_at":%s,"signed_by":%s,"station_id":%s,'
    '"template_id":%s,"template_key":%s}'
)


def _plain_run(table: Any) -> Any:
    """SQL: 1 when a run's late, anomaly, correction and note columns all hold their defaults, else 0."""
    c = table.c
    defaults = and_(
        c.clock_anomaly.is_(false()),
        c.correction_reason == "",
        c.corrects_id.is_(None),
        c.late.is_(false()),
        c.late_reason == "",
        c.note == "",
    )
    return case((defaults, 1), else_=0)


def _run_texts(session: Session, after_id: int, limit: int) -> list[tuple[int, str, str, str | None]]:
    """Up to ``limit`` runs after ``after_id`` as (id, prev_hash, hash, canonical text): two reads of driver tuples."""
    run_id = plain_column(ChecklistRun, "id")
    runs, run_converters = driver_rows(
        session,
        core_select(*(plain_column(ChecklistRun, c) for c in _RUN_COLUMNS), _plain_run(ChecklistRun.__table__))  # type: ignore[attr-defined]
        .where(run_id > after_id)
        .order_by(run_id)
        .limit(limit),
    )
    if not runs:
        return []
    convert = [(i, f) for i, f in enumerate(run_converters) if f is not None]
    result_run = plain_column(ChecklistResult, "run_id")
    # the batch is every run with an id in [first, last]: one range read of their results (index order),
    # five columns of the results with no action, note or photo, then every column of the others
    table = ChecklistResult.__table__  # type: ignore[attr-defined]
    plain = _plain_result(table)
    columns = [plain_column(ChecklistResult, c) for c in _RESULT_COLUMNS]
    in_batch = and_(result_run >= runs[0][0], result_run <= runs[-1][0])
    by_run: dict[int, list[str]] = defaultdict(list)
    plain_rows_, _ = driver_rows(
        session, core_select(*columns[:5]).where(in_batch, plain == 1).order_by(columns[0], columns[1])
    )
    for res in plain_rows_:
        by_run[res[0]].append(_plain_result_text(res))
    others, result_converters = driver_rows(
        session, core_select(*columns).where(in_batch, plain == 0).order_by(columns[0], columns[1])
    )
    if others:  # merged into their runs by id (the order of canonical_json's results)
        ids: dict[int, list[int]] = defaultdict(list)
        merged: dict[int, list[tuple[int, str]]] = defaultdict(list)
        for res in plain_rows_:
            ids[res[0]].append(res[1])
        for res in others:
            merged[res[0]].append((res[1], _result_text(res, result_converters[6], result_converters[7])))
        for run, extra in merged.items():
            texts_by_id = dict(zip(ids[run], by_run[run], strict=True)) | dict(extra)
            by_run[run] = [texts_by_id[i] for i in sorted(texts_by_id)]
    texts: list[tuple[int, str, str, str | None]] = []
    t = value_text
    to_end, to_start, to_instant = run_converters[9], run_converters[10], run_converters[11]
    for raw in runs:
        results_text = ",".join(by_run.get(raw[0], ()))
        if raw[16] == 1:
            end, start, signed = raw[9], raw[10], raw[11]
            text = _PLAIN_RUN_TEXT % (
                t(raw[0]),
                t(end if to_end is None else to_end(end)),
                t(start if to_start is None else to_start(start)),
                results_text,
                t(signed if to_instant is None else to_instant(signed)),
                t(raw[12]),
                t(raw[13]),
                t(raw[14]),
                t(raw[15]),
            )
        else:
            row = list(raw)
            for index, converter in convert:
                row[index] = converter(row[index])
            text = _run_text(row, results_text)
        texts.append((raw[0], raw[1], raw[2], text))
    return texts


register_chain(RUNS_REGISTER, ChecklistRun, _run_contents, _run_texts)
register_chain(SIGNOFFS_REGISTER, CorrectiveSignoff, per_row(signoff_content))


# ---------------------------------------------------------------- templates
@dataclass(frozen=True)
class ItemInput:
    """One item as the owner edits it."""

    text_en: str
    text_zh: str
    values: tuple[ValueSpec, ...] = ()


def _insert_template(
    uow: UnitOfWork,
    clock: Clock,
    key: str,
    version: int,
    frequency: Frequency,
    name_en: str,
    name_zh: str,
    items: Sequence[ItemInput],
    by: int | None,
) -> ChecklistTemplate:
    template = ChecklistTemplate(
        key=key,
        version=version,
        frequency=frequency,
        name_en=name_en,
        name_zh=name_zh,
        created_at=clock.now(),
        created_by=by,
    )
    uow.session.add(template)
    uow.flush()
    assert template.id is not None
    for position, item in enumerate(items):
        uow.session.add(
            ChecklistItem(
                template_id=template.id,
                position=position,
                text_en=item.text_en,
                text_zh=item.text_zh,
                values_json=json.dumps([v.as_dict() for v in item.values]),
            )
        )
    return template


def install_default_templates(uow: UnitOfWork, clock: Clock) -> int:
    """Install the records.md default set once (start-up, first use, demo); returns how many were added."""
    added = 0
    with uow:
        existing = set(uow.session.exec(select(ChecklistTemplate.key).distinct()))
        for default in DEFAULT_TEMPLATES:
            if default.key in existing:
                continue
            items = [ItemInput(i.en, i.zh, i.values) for i in default.items]
            template = _insert_template(
                uow, clock, default.key, 1, default.frequency, default.en, default.zh, items, None
            )
            audit.record_created(
                uow, SYSTEM, clock, "checklist_template", template.id, {"key": default.key, "version": 1}
            )
            added += 1
        uow.commit()
    return added


def save_template(
    uow: UnitOfWork,
    actor: Actor,
    clock: Clock,
    key: str,
    name_en: str,
    name_zh: str,
    frequency: Frequency,
    items: Sequence[ItemInput],
) -> int:
    """Create a template, or a new version of an existing one (old runs keep theirs). Owner."""
    require(uow, actor, Permission.EDIT_TEMPLATES)
    key = key.strip()
    name_en, name_zh = name_en.strip(), name_zh.strip()
    if not key or not (name_en or name_zh):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Please enter the template's name."), field="name")
    clean = [ItemInput(i.text_en.strip(), i.text_zh.strip(), tuple(i.values)) for i in items]
    clean = [i for i in clean if i.text_en or i.text_zh]
    if not clean:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A checklist needs at least one item."), field="items")
    for item in clean:
        for spec in item.values:
            if spec.minimum is not None and spec.maximum is not None and spec.minimum > spec.maximum:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "A lower limit is above its upper limit."), field="items"
                )
    with uow:
        current = uow.session.exec(
            select(ChecklistTemplate).where(ChecklistTemplate.key == key, ChecklistTemplate.current == True)  # noqa: E712
        ).first()
        version = 1
        if current is not None:
            current.current = False
            uow.session.add(current)
            version = current.version + 1
            frequency = Frequency(current.frequency)  # the period rule of a template never changes
        template = _insert_template(
            uow,
            clock,
            key,
            version,
            Frequency(frequency),
            name_en or name_zh,
            name_zh or name_en,
            clean,
            actor.staff_id,
        )
        audit.record_created(
            uow,
            actor,
            clock,
            "checklist_template",
            template.id,
            {"key": key, "version": version, "items": [i.text_en or i.text_zh for i in clean]},
        )
        uow.commit()
        assert template.id is not None
        return template.id


def set_template_retired(uow: UnitOfWork, actor: Actor, clock: Clock, key: str, retired: bool) -> None:
    """Stop (or resume) requiring a template. Its runs stay. Owner."""
    require(uow, actor, Permission.EDIT_TEMPLATES)
    with uow:
        current = uow.session.exec(
            select(ChecklistTemplate).where(ChecklistTemplate.key == key, ChecklistTemplate.current == True)  # noqa: E712
        ).first()
        if current is None:
            raise NotFound()
        if current.retired != retired:
            audit.record(
                uow, actor, clock, "update", "checklist_template", current.id, "retired", current.retired, retired
            )
            current.retired = retired
            uow.session.add(current)
        uow.commit()


# ---------------------------------------------------------------- stations
def add_station(uow: UnitOfWork, actor: Actor, clock: Clock, name: str, kind: StationKind) -> int:
    """A new chair, bowl, table or tub (owner)."""
    require(uow, actor, Permission.EDIT_TEMPLATES)
    name = name.strip()
    if not name:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Please enter a name."), field="name")
    check_text(Station, {"name": name})
    with uow:
        station = Station(name=name, kind=StationKind(kind), created_at=clock.now())
        uow.session.add(station)
        uow.flush()
        audit.record_created(uow, actor, clock, "station", station.id, {"name": name, "kind": kind})
        uow.commit()
        assert station.id is not None
        return station.id


def set_station_active(uow: UnitOfWork, actor: Actor, clock: Clock, station_id: int, active: bool) -> None:
    """Retire or bring back a station (never deleted)."""
    require(uow, actor, Permission.EDIT_TEMPLATES)
    with uow:
        station = uow.session.get(Station, station_id)
        if station is None:
            raise NotFound()
        if station.active != active:
            audit.record(uow, actor, clock, "update", "station", station_id, "active", station.active, active)
            station.active = active
            uow.session.add(station)
        uow.commit()


# ---------------------------------------------------------------- signing runs
@dataclass(frozen=True)
class Answer:
    """The technician's answer to one item."""

    item_id: int
    result: ItemResult
    values: dict[str, str] = field(default_factory=dict)
    note: str = ""
    photo_hash: str | None = None
    action: str = ""
    action_done: bool = False
    action_owner_id: int | None = None
    action_due: date | None = None


@dataclass(frozen=True)
class RunDraft:
    """A run as filled in on screen, before the PIN."""

    template_id: int
    answers: tuple[Answer, ...]
    station_id: int | None = None
    period_day: date | None = None  # a day inside the period signed for (None: today)
    late_reason: str = ""
    note: str = ""
    corrects_id: int | None = None
    correction_reason: str = ""


@dataclass(frozen=True)
class SignedRun:
    """What signing produced."""

    run_id: int
    late: bool
    failed_items: int
    warnings: tuple[str, ...] = ()


def _checked_answers(items: Sequence[ChecklistItem], answers: Sequence[Answer]) -> list[Answer]:
    """Every item answered once; values within limits (else the item fails); failures need an action."""
    by_item = {a.item_id: a for a in answers}
    if len(by_item) != len(answers) or set(by_item) != {i.id for i in items}:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Every item needs an answer."), field="answers")
    checked = []
    for item in items:
        answer = by_item[item.id or 0]
        result = ItemResult(answer.result)
        values = {k: v.strip() for k, v in answer.values.items() if v is not None and v.strip()}
        if result in (ItemResult.PASS, ItemResult.FAIL):
            for spec in specs_of(item.values_json):
                text = values.get(spec.kind.value, "")
                if not text and result == ItemResult.PASS:
                    raise ValidationError(
                        QT_TRANSLATE_NOOP("Errors", "Item {number} needs its {value}."),
                        field="values",
                        number=item.position + 1,
                        value=Label(VALUE_KIND_ERROR_NAMES[spec.kind]),
                        item_id=item.id,
                        kind=spec.kind.value,
                    )
                if text and not within_limits(spec, text):
                    result = ItemResult.FAIL  # out of limits: the item fails
        if result == ItemResult.FAIL:
            action = answer.action.strip()
            if not action:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "“{item}” failed: enter the corrective action (what was done, or who must do it by when).",
                    ),
                    field="action",
                    item=item.text_en,
                )
            if not answer.action_done and (answer.action_owner_id is None or answer.action_due is None):
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "“{item}” failed: say who must put it right and by when."),
                    field="action",
                    item=item.text_en,
                )
        checked.append(
            Answer(
                item_id=item.id or 0,
                result=result,
                values=values,
                note=answer.note.strip(),
                photo_hash=answer.photo_hash,
                action=answer.action.strip() if result == ItemResult.FAIL else "",
                action_done=answer.action_done if result == ItemResult.FAIL else False,
                action_owner_id=answer.action_owner_id
                if result == ItemResult.FAIL and not answer.action_done
                else None,
                action_due=answer.action_due if result == ItemResult.FAIL and not answer.action_done else None,
            )
        )
    return checked


def _newest_signed(uow: UnitOfWork) -> datetime | None:
    newest = uow.session.exec(select(func.max(ChecklistRun.signed_at))).one()
    if newest is None:
        return None
    return ensure_utc(newest)


def sign_run(uow: UnitOfWork, actor: Actor, clock: Clock, draft: RunDraft, signer_id: int, pin: str) -> SignedRun:
    """Save a checklist run signed by ``signer_id`` with their own PIN.

    The logged-in ``actor`` may be someone else (the receptionist's PC); the run is
    the signer's. The unit of work takes the write lock itself (the chain needs order).
    """
    require(uow, actor, Permission.SIGN_CHECKLIST)
    now = clock.now()
    with uow.write_locked():  # appends to a hash chain
        settings = load_settings(uow)
        tz = salon_timezone(settings)
        today = local_date(now, tz)
        template = uow.session.get(ChecklistTemplate, draft.template_id)
        if template is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "No checklist with id {id}."), id=draft.template_id)
        frequency = Frequency(template.frequency)
        original: ChecklistRun | None = None
        if draft.corrects_id is not None:
            original = uow.session.get(ChecklistRun, draft.corrects_id)
            if original is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "No checklist record with id {id}."), id=draft.corrects_id)
            if original.template_key != template.key:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "A correction must use the same checklist."), field="template"
                )
            if not draft.correction_reason.strip():
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "A correction needs a reason."), field="correction_reason"
                )
        elif not template.current:
            raise Conflict(QT_TRANSLATE_NOOP("Errors", "This checklist has a newer version; reopen it."))
        station_id = original.station_id if original else draft.station_id
        if frequency == Frequency.PER_CUSTOMER:
            station = uow.session.get(Station, station_id) if station_id is not None else None
            if station is None or not station.active:
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Pick the station this log is for."), field="station")
        if original is not None:
            first, last = original.period_start, original.period_end
        else:
            first, last = period_of(frequency, draft.period_day or today)
            if frequency == Frequency.PER_CUSTOMER and first != today:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "A per-customer log is made for today only."), field="period"
                )
        if first > today:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "A checklist cannot be signed for a future period."), field="period"
            )
        late = original is None and now >= local_start(last + timedelta(days=1), tz)
        if late and not draft.late_reason.strip():
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "This period has ended: a late entry needs a written reason."),
                field="late_reason",
            )
        items = list(
            uow.session.exec(
                select(ChecklistItem)
                .where(ChecklistItem.template_id == template.id)
                .order_by(col(ChecklistItem.position))
            )
        )
        answers = _checked_answers(items, draft.answers)
        if any(a.photo_hash and not attachments.exists(uow, a.photo_hash) for a in answers):
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "A photo of this checklist is not in the database; attach it again."),
                field="photo",
            )
        # identity last: a form error must not cost a PIN attempt
        signer = check_pin(uow, clock, signer_id, pin, "sign")
        require(uow, signer, Permission.SIGN_CHECKLIST)
        newest = _newest_signed(uow)
        anomaly = newest is not None and now < newest
        run = ChecklistRun(
            template_id=template.id or 0,
            template_key=template.key,
            station_id=station_id,
            period_start=first,
            period_end=last,
            signed_by=signer_id,
            signed_at=now,
            late=late,
            late_reason=draft.late_reason.strip() if late else "",
            clock_anomaly=anomaly,
            corrects_id=draft.corrects_id,
            correction_reason=draft.correction_reason.strip(),
            note=draft.note.strip(),
        )
        lock_register(uow, RUNS_REGISTER)  # before the insert: the run's id is its place in the chain
        uow.session.add(run)
        uow.flush()
        assert run.id is not None
        for answer in answers:
            uow.session.add(
                ChecklistResult(
                    run_id=run.id,
                    item_id=answer.item_id,
                    result=answer.result,
                    values_json=json.dumps(answer.values, ensure_ascii=False, sort_keys=True),
                    note=answer.note,
                    photo_hash=answer.photo_hash,
                    action=answer.action,
                    action_done=answer.action_done,
                    action_owner_id=answer.action_owner_id,
                    action_due=answer.action_due,
                )
            )
        seal(uow, RUNS_REGISTER, run)
        failed = sum(1 for a in answers if a.result == ItemResult.FAIL)
        audit.record_created(
            uow,
            signer,
            clock,
            "checklist_run",
            run.id,
            {
                "template": f"{template.key} v{template.version}",
                "period": f"{first}..{last}",
                "station_id": station_id,
                "late": late,
                "failed_items": failed,
                "corrects_id": draft.corrects_id,
                "entered_on_login_of": actor.name,
            },
        )
        warnings: tuple[str, ...] = ()
        if anomaly:
            audit.record(uow, signer, clock, "clock_anomaly", "checklist_run", run.id, "signed_at", newest, now)
            warnings = (CLOCK_WARNING,)
        uow.commit()
        return SignedRun(run.id, late, failed, warnings)


def sign_off_action(
    uow: UnitOfWork, actor: Actor, clock: Clock, result_id: int, signer_id: int, pin: str, note: str = ""
) -> int:
    """Close an open corrective action, signed with the signer's PIN."""
    require(uow, actor, Permission.SIGN_CHECKLIST)
    note = note.strip()
    if not note:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Say what was done to put it right."), field="note")
    with uow.write_locked():  # appends to a hash chain
        result = uow.session.get(ChecklistResult, result_id)
        if result is None or result.result != ItemResult.FAIL or result.action_done:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "No open corrective action with id {id}."), id=result_id)
        if uow.session.exec(select(CorrectiveSignoff).where(CorrectiveSignoff.result_id == result_id)).first():
            raise Conflict(QT_TRANSLATE_NOOP("Errors", "This corrective action is already signed off."))
        signer = check_pin(uow, clock, signer_id, pin, "sign")
        require(uow, signer, Permission.SIGN_CHECKLIST)
        signoff = CorrectiveSignoff(result_id=result_id, signed_by=signer_id, signed_at=clock.now(), note=note)
        seal(uow, SIGNOFFS_REGISTER, signoff)
        audit.record_created(
            uow, signer, clock, "corrective_signoff", signoff.id, {"result_id": result_id, "note": note}
        )
        uow.commit()
        assert signoff.id is not None
        return signoff.id


def decimal_text(value: Decimal | None) -> str:
    """Limits as typed: ``15``, ``0.5``."""
    return "" if value is None else format(value.normalize(), "f")
