"""The audit trail in words: one translated sentence per action, and each changed value readable.

The services store values as text (enum values, ISO instants, JSON, ids); nothing of that
reaches the screen as stored: enum values become their labels, instants the salon's local
time in the UI format, yes/no words, JSON a list of "name: value", hashes a short prefix.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from datetime import date, datetime, tzinfo
from typing import Any

from PySide6.QtCore import QCoreApplication

from salondesk.domain import appointments, complaints, customers, equipment, hygiene, staff
from salondesk.domain.permissions import ROLE_LABELS
from salondesk.i18n import QT_TRANSLATE_NOOP, label_text
from salondesk.queries.audit import AuditAction, AuditChange
from salondesk.ui.widgets.common import day_text

CONTEXT = "AuditText"
MAX_FIELDS_IN_SUMMARY = 3
_ISO_INSTANT = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?([+-]\d{2}:\d{2}|Z)?$")
_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_HASH = re.compile(r"^[0-9a-f]{40,64}$")

ACTION_LABELS = {
    "create": QT_TRANSLATE_NOOP("AuditText", "created"),
    "update": QT_TRANSLATE_NOOP("AuditText", "changed"),
    "activate": QT_TRANSLATE_NOOP("AuditText", "reactivated"),
    "deactivate": QT_TRANSLATE_NOOP("AuditText", "deactivated"),
    "login": QT_TRANSLATE_NOOP("AuditText", "logged in as"),
    "lock": QT_TRANSLATE_NOOP("AuditText", "locked after wrong PINs:"),
    "reset_pin": QT_TRANSLATE_NOOP("AuditText", "reset the PIN of"),
    "set_first_pin": QT_TRANSLATE_NOOP("AuditText", "chose the first PIN of"),
    "sign": QT_TRANSLATE_NOOP("AuditText", "signed with the PIN of"),
    "export": QT_TRANSLATE_NOOP("AuditText", "exported"),
    "export_all": QT_TRANSLATE_NOOP("AuditText", "exported all of"),
    "export_salon": QT_TRANSLATE_NOOP("AuditText", "exported every customer file with the whole salon:"),
    "restore": QT_TRANSLATE_NOOP("AuditText", "restored a backup into"),
    "unlock": QT_TRANSLATE_NOOP("AuditText", "lifted the PIN lockout of"),
    "command_line": QT_TRANSLATE_NOOP("AuditText", "used the command line:"),
    "erase": QT_TRANSLATE_NOOP("AuditText", "erased the personal data of"),
    "merge": QT_TRANSLATE_NOOP("AuditText", "merged"),
    "open": QT_TRANSLATE_NOOP("AuditText", "opened"),
    "import": QT_TRANSLATE_NOOP("AuditText", "imported"),
    "cancel": QT_TRANSLATE_NOOP("AuditText", "cancelled"),
    "call": QT_TRANSLATE_NOOP("AuditText", "recorded a confirmation call for"),
    "status": QT_TRANSLATE_NOOP("AuditText", "changed the status of"),
    "override": QT_TRANSLATE_NOOP("AuditText", "overrode a booking rule for"),
    "correct": QT_TRANSLATE_NOOP("AuditText", "corrected"),
    "retire": QT_TRANSLATE_NOOP("AuditText", "retired"),
    "backup": QT_TRANSLATE_NOOP("AuditText", "backed up"),
    "close_month": QT_TRANSLATE_NOOP("AuditText", "closed"),
    "clock_anomaly": QT_TRANSLATE_NOOP("AuditText", "saved with the clock earlier than the newest record:"),
}

ENTITY_LABELS = {
    "appointment": QT_TRANSLATE_NOOP("AuditText", "appointment"),
    "attachment": QT_TRANSLATE_NOOP("AuditText", "attached file"),
    "certificate": QT_TRANSLATE_NOOP("AuditText", "certificate"),
    "checklist_run": QT_TRANSLATE_NOOP("AuditText", "checklist record"),
    "checklist_template": QT_TRANSLATE_NOOP("AuditText", "checklist"),
    "complaint": QT_TRANSLATE_NOOP("AuditText", "complaint"),
    "complaint_entry": QT_TRANSLATE_NOOP("AuditText", "complaint entry"),
    "corrective_signoff": QT_TRANSLATE_NOOP("AuditText", "corrective action sign-off"),
    "customer": QT_TRANSLATE_NOOP("AuditText", "customer"),
    "database": QT_TRANSLATE_NOOP("AuditText", "database"),
    "equipment": QT_TRANSLATE_NOOP("AuditText", "equipment"),
    "fault_report": QT_TRANSLATE_NOOP("AuditText", "fault report"),
    "maintenance_plan": QT_TRANSLATE_NOOP("AuditText", "maintenance plan"),
    "month_close": QT_TRANSLATE_NOOP("AuditText", "month"),
    "patch_test": QT_TRANSLATE_NOOP("AuditText", "patch test"),
    "rating": QT_TRANSLATE_NOOP("AuditText", "rating"),
    "recheck": QT_TRANSLATE_NOOP("AuditText", "re-check"),
    "salon": QT_TRANSLATE_NOOP("AuditText", "whole salon"),
    "service": QT_TRANSLATE_NOOP("AuditText", "service"),
    "service_record": QT_TRANSLATE_NOOP("AuditText", "service record"),
    "setting": QT_TRANSLATE_NOOP("AuditText", "setting"),
    "staff": QT_TRANSLATE_NOOP("AuditText", "staff member"),
    "staff_absence": QT_TRANSLATE_NOOP("AuditText", "absence"),
    "station": QT_TRANSLATE_NOOP("AuditText", "station"),
    "training": QT_TRANSLATE_NOOP("AuditText", "training"),
    "training_attendance": QT_TRANSLATE_NOOP("AuditText", "training result"),
    "visit": QT_TRANSLATE_NOOP("AuditText", "visit"),
    "work_record": QT_TRANSLATE_NOOP("AuditText", "maintenance work"),
    "working_hours": QT_TRANSLATE_NOOP("AuditText", "working hours"),
}

FIELD_LABELS = {
    "active": QT_TRANSLATE_NOOP("AuditText", "active"),
    "address": QT_TRANSLATE_NOOP("AuditText", "address"),
    "allergies": QT_TRANSLATE_NOOP("AuditText", "allergies"),
    "amount": QT_TRANSLATE_NOOP("AuditText", "amount"),
    "approved_by": QT_TRANSLATE_NOOP("AuditText", "approved by"),
    "arrived_at": QT_TRANSLATE_NOOP("AuditText", "arrived"),
    "assessment": QT_TRANSLATE_NOOP("AuditText", "assessment"),
    "at": QT_TRANSLATE_NOOP("AuditText", "time"),
    "attendees": QT_TRANSLATE_NOOP("AuditText", "attendees"),
    "batch_number": QT_TRANSLATE_NOOP("AuditText", "batch number"),
    "birth_day": QT_TRANSLATE_NOOP("AuditText", "birthday (day)"),
    "birth_month": QT_TRANSLATE_NOOP("AuditText", "birthday (month)"),
    "birthday": QT_TRANSLATE_NOOP("AuditText", "birthday"),
    "buffer_holds": QT_TRANSLATE_NOOP("AuditText", "buffer holds"),
    "buffer_min": QT_TRANSLATE_NOOP("AuditText", "buffer (min)"),
    "call": QT_TRANSLATE_NOOP("AuditText", "call"),
    "cancelled_at": QT_TRANSLATE_NOOP("AuditText", "cancelled"),
    "category": QT_TRANSLATE_NOOP("AuditText", "category"),
    "certificate_kind": QT_TRANSLATE_NOOP("AuditText", "certificate needed"),
    "channel": QT_TRANSLATE_NOOP("AuditText", "channel"),
    "close_reason": QT_TRANSLATE_NOOP("AuditText", "reason"),
    "command": QT_TRANSLATE_NOOP("AuditText", "command"),
    "complaint": QT_TRANSLATE_NOOP("AuditText", "complaint"),
    "contraindications": QT_TRANSLATE_NOOP("AuditText", "contraindications"),
    "corrects_id": QT_TRANSLATE_NOOP("AuditText", "corrects"),
    "credentials": QT_TRANSLATE_NOOP("AuditText", "with PINs"),
    "customer_id": QT_TRANSLATE_NOOP("AuditText", "customer"),
    "customer_name": QT_TRANSLATE_NOOP("AuditText", "customer"),
    "customer_phone": QT_TRANSLATE_NOOP("AuditText", "customer's phone"),
    "description": QT_TRANSLATE_NOOP("AuditText", "description"),
    "done_at": QT_TRANSLATE_NOOP("AuditText", "done"),
    "kept_aside": QT_TRANSLATE_NOOP("AuditText", "replaced database kept as"),
    "due_date": QT_TRANSLATE_NOOP("AuditText", "due"),
    "duration_min": QT_TRANSLATE_NOOP("AuditText", "duration (min)"),
    "end": QT_TRANSLATE_NOOP("AuditText", "end"),
    "entered_on_login_of": QT_TRANSLATE_NOOP("AuditText", "entered on the login of"),
    "equipment_id": QT_TRANSLATE_NOOP("AuditText", "equipment"),
    "equipment_ids": QT_TRANSLATE_NOOP("AuditText", "equipment"),
    "failed_items": QT_TRANSLATE_NOOP("AuditText", "failed items"),
    "fault_id": QT_TRANSLATE_NOOP("AuditText", "fault"),
    "file_sha256": QT_TRANSLATE_NOOP("AuditText", "file"),
    "first_day": QT_TRANSLATE_NOOP("AuditText", "first day"),
    "first_due": QT_TRANSLATE_NOOP("AuditText", "first due"),
    "gender": QT_TRANSLATE_NOOP("AuditText", "gender"),
    "guest_name": QT_TRANSLATE_NOOP("AuditText", "guest"),
    "health_consent_at": QT_TRANSLATE_NOOP("AuditText", "health data consent"),
    "health_consent_version": QT_TRANSLATE_NOOP("AuditText", "health consent version"),
    "health_safety": QT_TRANSLATE_NOOP("AuditText", "health and safety"),
    "held_on": QT_TRANSLATE_NOOP("AuditText", "held on"),
    "hours": QT_TRANSLATE_NOOP("AuditText", "hours"),
    "hygiene": QT_TRANSLATE_NOOP("AuditText", "cleanliness"),
    "initials": QT_TRANSLATE_NOOP("AuditText", "initials"),
    "interval_days": QT_TRANSLATE_NOOP("AuditText", "every (days)"),
    "items": QT_TRANSLATE_NOOP("AuditText", "items"),
    "key": QT_TRANSLATE_NOOP("AuditText", "key"),
    "kind": QT_TRANSLATE_NOOP("AuditText", "kind"),
    "last_day": QT_TRANSLATE_NOOP("AuditText", "last day"),
    "late": QT_TRANSLATE_NOOP("AuditText", "late entry"),
    "locked_until": QT_TRANSLATE_NOOP("AuditText", "locked until"),
    "marketing_consent": QT_TRANSLATE_NOOP("AuditText", "marketing consent"),
    "marketing_consent_at": QT_TRANSLATE_NOOP("AuditText", "marketing consent given"),
    "media_type": QT_TRANSLATE_NOOP("AuditText", "file type"),
    "member_number": QT_TRANSLATE_NOOP("AuditText", "member number"),
    "merged_from": QT_TRANSLATE_NOOP("AuditText", "merged from"),
    "merged_into_id": QT_TRANSLATE_NOOP("AuditText", "merged into"),
    "mobile_e164": QT_TRANSLATE_NOOP("AuditText", "mobile"),
    "month": QT_TRANSLATE_NOOP("AuditText", "month"),
    "moved": QT_TRANSLATE_NOOP("AuditText", "records moved"),
    "name": QT_TRANSLATE_NOOP("AuditText", "name"),
    "name_zh": QT_TRANSLATE_NOOP("AuditText", "Chinese name"),
    "needs_patch_test": QT_TRANSLATE_NOOP("AuditText", "needs a patch test"),
    "note": QT_TRANSLATE_NOOP("AuditText", "note"),
    "notes": QT_TRANSLATE_NOOP("AuditText", "notes"),
    "number": QT_TRANSLATE_NOOP("AuditText", "number"),
    "opening_hours": QT_TRANSLATE_NOOP("AuditText", "opening hours"),
    "original_record_id": QT_TRANSLATE_NOOP("AuditText", "original service record"),
    "other_phone": QT_TRANSLATE_NOOP("AuditText", "other phone"),
    "out_of_service": QT_TRANSLATE_NOOP("AuditText", "out of service"),
    "outcome": QT_TRANSLATE_NOOP("AuditText", "outcome"),
    "period": QT_TRANSLATE_NOOP("AuditText", "period"),
    "phone": QT_TRANSLATE_NOOP("AuditText", "phone"),
    "pin_hash": QT_TRANSLATE_NOOP("AuditText", "PIN"),
    "price": QT_TRANSLATE_NOOP("AuditText", "price"),
    "privacy": QT_TRANSLATE_NOOP("AuditText", "privacy"),
    "privacy_consent_at": QT_TRANSLATE_NOOP("AuditText", "privacy notice accepted"),
    "privacy_notice_version": QT_TRANSLATE_NOOP("AuditText", "privacy notice version"),
    "product": QT_TRANSLATE_NOOP("AuditText", "product"),
    "product_name": QT_TRANSLATE_NOOP("AuditText", "product"),
    "products": QT_TRANSLATE_NOOP("AuditText", "products used"),
    "purchase_date": QT_TRANSLATE_NOOP("AuditText", "purchase date"),
    "rating": QT_TRANSLATE_NOOP("AuditText", "rating"),
    "reason": QT_TRANSLATE_NOOP("AuditText", "reason"),
    "received_at": QT_TRANSLATE_NOOP("AuditText", "received"),
    "received_reason": QT_TRANSLATE_NOOP("AuditText", "why received earlier"),
    "recheck_of_record_id": QT_TRANSLATE_NOOP("AuditText", "re-check of"),
    "recommend": QT_TRANSLATE_NOOP("AuditText", "would recommend"),
    "recorded_at": QT_TRANSLATE_NOOP("AuditText", "typed in"),
    "records": QT_TRANSLATE_NOOP("AuditText", "records"),
    "referral_source": QT_TRANSLATE_NOOP("AuditText", "referral source"),
    "refused": QT_TRANSLATE_NOOP("AuditText", "refused"),
    "remedy": QT_TRANSLATE_NOOP("AuditText", "remedy"),
    "result": QT_TRANSLATE_NOOP("AuditText", "result"),
    "result_id": QT_TRANSLATE_NOOP("AuditText", "failed item"),
    "retired": QT_TRANSLATE_NOOP("AuditText", "retired"),
    "retired_at": QT_TRANSLATE_NOOP("AuditText", "retired"),
    "role": QT_TRANSLATE_NOOP("AuditText", "role"),
    "rows": QT_TRANSLATE_NOOP("AuditText", "rows"),
    "salon_name": QT_TRANSLATE_NOOP("AuditText", "salon name"),
    "satisfaction": QT_TRANSLATE_NOOP("AuditText", "satisfaction"),
    "saved_to": QT_TRANSLATE_NOOP("AuditText", "saved to"),
    "series_id": QT_TRANSLATE_NOOP("AuditText", "series"),
    "service_id": QT_TRANSLATE_NOOP("AuditText", "service"),
    "service_name": QT_TRANSLATE_NOOP("AuditText", "service"),
    "service_record_id": QT_TRANSLATE_NOOP("AuditText", "service record"),
    "severity": QT_TRANSLATE_NOOP("AuditText", "severity"),
    "sha256": QT_TRANSLATE_NOOP("AuditText", "file"),
    "signed_at": QT_TRANSLATE_NOOP("AuditText", "signed"),
    "size": QT_TRANSLATE_NOOP("AuditText", "size (bytes)"),
    "staff_id": QT_TRANSLATE_NOOP("AuditText", "staff member"),
    "start": QT_TRANSLATE_NOOP("AuditText", "start"),
    "station_id": QT_TRANSLATE_NOOP("AuditText", "station"),
    "station_kind": QT_TRANSLATE_NOOP("AuditText", "station kind"),
    "status": QT_TRANSLATE_NOOP("AuditText", "status"),
    "tags": QT_TRANSLATE_NOOP("AuditText", "tags"),
    "technician_id": QT_TRANSLATE_NOOP("AuditText", "technician"),
    "template": QT_TRANSLATE_NOOP("AuditText", "checklist"),
    "tested_at": QT_TRANSLATE_NOOP("AuditText", "tested"),
    "text": QT_TRANSLATE_NOOP("AuditText", "text"),
    "timezone": QT_TRANSLATE_NOOP("AuditText", "time zone"),
    "topic": QT_TRANSLATE_NOOP("AuditText", "topic"),
    "valid_from": QT_TRANSLATE_NOOP("AuditText", "valid from"),
    "valid_until": QT_TRANSLATE_NOOP("AuditText", "valid until"),
    "version": QT_TRANSLATE_NOOP("AuditText", "version"),
    "visit_id": QT_TRANSLATE_NOOP("AuditText", "visit"),
    "wanted": QT_TRANSLATE_NOOP("AuditText", "what the customer wants"),
    "within_window": QT_TRANSLATE_NOOP("AuditText", "within 7 days"),
    "work_done": QT_TRANSLATE_NOOP("AuditText", "work done"),
}

# field → (context, labels) of an enum value; (entity, field) first where one name means two things
ENUM_FIELDS: dict[Any, tuple[str, Mapping[Any, str]]] = {
    ("complaint_entry", "kind"): ("Complaints", complaints.ENTRY_LABELS),
    ("complaint", "status"): ("Complaints", complaints.STATUS_LABELS),
    ("complaint", "category"): ("Complaints", complaints.CATEGORY_LABELS),
    ("appointment", "status"): ("AppointmentStatus", appointments.STATUS_LABELS),
    ("service", "category"): ("ServiceCategory", appointments.CATEGORY_LABELS),
    ("staff_absence", "kind"): ("AbsenceKind", appointments.ABSENCE_LABELS),
    ("certificate", "kind"): ("CertificateKind", staff.CERTIFICATE_KIND_LABELS),
    ("station", "kind"): ("StationKind", hygiene.STATION_KIND_LABELS),
    ("maintenance_plan", "kind"): ("MaintenanceKind", equipment.MAINTENANCE_KIND_LABELS),
    ("work_record", "kind"): ("MaintenanceKind", equipment.MAINTENANCE_KIND_LABELS),
    ("equipment", "status"): ("EquipmentStatus", equipment.EQUIPMENT_STATUS_LABELS),
    ("work_record", "result"): ("WorkResult", equipment.WORK_RESULT_LABELS),
    ("patch_test", "result"): ("Customers", customers.PATCH_RESULT_LABELS),
    "role": ("Role", ROLE_LABELS),
    "channel": ("Complaints", complaints.CHANNEL_LABELS),
    "severity": ("Complaints", complaints.SEVERITY_LABELS),
    "remedy": ("Complaints", complaints.REMEDY_LABELS),
    "outcome": ("Complaints", complaints.PRODUCT_OUTCOME_LABELS),
    "gender": ("Customers", customers.GENDER_LABELS),
    "certificate_kind": ("CertificateKind", staff.CERTIFICATE_KIND_LABELS),
    "station_kind": ("StationKind", hygiene.STATION_KIND_LABELS),
    "assessment": ("Assessment", staff.ASSESSMENT_LABELS),
}
# what names a record best in a sentence, in order of preference
NAMING_FIELDS = ("number", "name", "complaint", "topic", "month", "customer_name", "guest_name", "key")


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def field_label(name: str) -> str:
    """A field's name in words (an unknown one with its underscores as spaces)."""
    return _tr(FIELD_LABELS[name]) if name in FIELD_LABELS else name.replace("_", " ")


def entity_label(entity: str) -> str:
    """A record kind in words."""
    return _tr(ENTITY_LABELS[entity]) if entity in ENTITY_LABELS else entity.replace("_", " ")


def action_label(action: str) -> str:
    """What was done, as the verb of the summary."""
    return _tr(ACTION_LABELS[action]) if action in ACTION_LABELS else action.replace("_", " ")


def _local(instant: datetime, tz: tzinfo) -> str:
    local = instant.astimezone(tz)
    return f"{day_text(local.date())} {local:%H:%M}"


def when_text(instant: datetime, tz: tzinfo) -> str:
    """When an action happened: the salon's local date in the UI format and the time to the second."""
    local = instant.astimezone(tz)
    return f"{day_text(local.date())} {local:%H:%M:%S}"


def _day(day: date) -> str:
    return day_text(day)


def _json_text(value: Any, tz: tzinfo) -> str:
    if isinstance(value, dict):
        return "; ".join(f"{field_label(str(k))}: {_json_text(v, tz)}" for k, v in value.items())
    if isinstance(value, list):
        return ", ".join(_json_text(v, tz) for v in value) or "—"
    return value_text("", "", None if value is None else str(value), tz)


def value_text(entity: str, name: str, raw: str | None, tz: tzinfo) -> str:
    """A stored audit value in words for the UI language, in the salon's time zone."""
    if raw is None or raw == "":
        return "—"
    if raw == "***":
        return _tr(QT_TRANSLATE_NOOP("AuditText", "(hidden)"))
    enum = ENUM_FIELDS.get((entity, name)) or ENUM_FIELDS.get(name)
    if enum is not None:
        return label_text(QCoreApplication.translate, enum[0], enum[1], raw)
    if raw in ("True", "False"):
        return (
            _tr(QT_TRANSLATE_NOOP("AuditText", "yes")) if raw == "True" else _tr(QT_TRANSLATE_NOOP("AuditText", "no"))
        )
    if _ISO_INSTANT.match(raw):
        try:
            instant = datetime.fromisoformat(raw.replace("Z", "+00:00"))
        except ValueError:
            return raw
        return _local(instant, tz) if instant.tzinfo is not None else _day(instant.date()) + instant.strftime(" %H:%M")
    if _ISO_DAY.match(raw):
        try:
            return _day(date.fromisoformat(raw))
        except ValueError:
            return raw
    if _HASH.match(raw):
        return raw[:12] + "…"
    if raw[:1] in "[{":
        try:
            return _json_text(json.loads(raw), tz)
        except ValueError:
            return raw
    return raw


def record_name(action: AuditAction) -> str:
    """Which record: its number or name when the action carries one, else its reference."""
    if action.record_label:
        return action.record_label
    if action.entity == "setting":  # the setting's name is the changed field itself
        return ""
    for name in NAMING_FIELDS:
        value = action.value(name)
        if value:
            return value
    if _HASH.match(action.entity_id):
        return action.entity_id[:12] + "…"
    if action.entity_id.isdigit():
        return f"#{action.entity_id}"
    return action.entity_id


def change_text(entity: str, change: AuditChange, tz: tzinfo) -> str:
    """``role: technician → receptionist`` (or just the new value of a new record)."""
    new = value_text(entity, change.field, change.new, tz)
    if change.old is None:
        return f"{field_label(change.field)}: {new}"
    return f"{field_label(change.field)}: {value_text(entity, change.field, change.old, tz)} → {new}"


def summary(action: AuditAction, tz: tzinfo) -> str:
    """One sentence: what was done to which record, and the main facts (translated)."""
    head = " ".join(
        part for part in (action_label(action.action), entity_label(action.entity), record_name(action)) if part
    )
    if action.entity == "complaint_entry" and action.value("kind"):
        head += " · " + value_text("complaint_entry", "kind", action.value("kind"), tz)
    changed = [c for c in action.changes if c.field and c.field not in NAMING_FIELDS]
    if action.action == "create" or not changed:
        return head
    shown = [change_text(action.entity, c, tz) for c in changed[:MAX_FIELDS_IN_SUMMARY]]
    more = len(changed) - MAX_FIELDS_IN_SUMMARY
    if more > 0:
        shown.append(_tr(QT_TRANSLATE_NOOP("AuditText", "and %1 more")).replace("%1", str(more)))
    return head + ": " + "; ".join(shown)
