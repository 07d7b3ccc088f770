"""Every use case × every role × active/inactive: who is refused (issue 12, item 4).

The use cases are found by walking the service modules, so a new one cannot be added
without saying here which permission it needs: the table below is the test's own
statement of "who may do what", checked against what the services really do.

Arguments other than the unit of work, the actor and the clock are *untouchable*: any
use of them raises, so a refusal must come before the input is read. An allowed role
gets past the permission check and then trips over the untouchable input.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy.engine import Engine

import salondesk.services as services_package
from salondesk.db.uow import UowFactory
from salondesk.domain.appointments import AppointmentStatus
from salondesk.domain.clock import FrozenClock
from salondesk.domain.errors import PermissionDenied, StaffInactive
from salondesk.domain.permissions import Actor, Permission, Role, role_allows
from salondesk.services import staff as staff_service

P = Permission

# "module.function" -> the permission it needs
REQUIRED: dict[str, Permission] = {
    "appointments.book": P.BOOK,
    "appointments.reschedule": P.BOOK,
    "appointments.apply_status": P.BOOK,  # called here with CANCELLED (see ARGUMENTS)
    "appointments.set_status": P.BOOK,
    "appointments.cancel": P.BOOK,
    "appointments.cancel_series": P.BOOK,
    "appointments.mark_no_show": P.BOOK,
    "appointments.record_call": P.BOOK,
    "attachments.store": P.LOG_COMPLAINT,  # or SIGN_CHECKLIST: every role has one of them
    "attachments.save_copy": P.EXPORT_EVIDENCE,
    "salon_transfer.export_salon": P.EXPORT_SALON,
    "backup.backup_now": P.BACKUP_RESTORE,
    "backup.restore_backup": P.BACKUP_RESTORE,
    "catalogue.create_service": P.MANAGE_CATALOGUE,
    "catalogue.update_service": P.MANAGE_CATALOGUE,
    "catalogue.set_retired": P.MANAGE_CATALOGUE,
    "complaints.log_complaint": P.LOG_COMPLAINT,
    # every step needs LOG_COMPLAINT at least; the step's own role rule is domain.complaints.step_refusal
    "complaints.add_entry": P.LOG_COMPLAINT,
    "complaints.add_evidence": P.LOG_COMPLAINT,
    "complaints.add_evidence_file": P.LOG_COMPLAINT,
    "complaints.acknowledge": P.LOG_COMPLAINT,
    "complaints.start_investigation": P.LOG_COMPLAINT,
    "complaints.decide": P.LOG_COMPLAINT,
    "complaints.tell_customer": P.LOG_COMPLAINT,
    "complaints.resolve": P.LOG_COMPLAINT,
    "complaints.follow_up": P.LOG_COMPLAINT,
    "complaints.close": P.LOG_COMPLAINT,
    "complaints.escalate": P.LOG_COMPLAINT,
    "complaints.reopen": P.LOG_COMPLAINT,
    "complaints.correct": P.LOG_COMPLAINT,
    "complaints.acknowledge_owner_alert": P.LOG_COMPLAINT,
    "customer_import.preview_import": P.IMPORT_CUSTOMERS,
    "customer_import.import_customers": P.IMPORT_CUSTOMERS,
    "customer_import.export_customers_csv": P.EXPORT_CUSTOMERS,
    "customers.create_customer": P.EDIT_CUSTOMERS,
    "customers.update_customer": P.EDIT_CUSTOMERS,
    "customers.record_patch_test": P.RECORD_PATCH_TEST,
    "customers.open_customer_file": P.OPEN_CUSTOMER_FILE,
    "customers.export_customer_data": P.EXPORT_CUSTOMERS,
    "customers.erase_customer": P.ERASE_CUSTOMERS,
    "customers.merge_customers": P.MERGE_CUSTOMERS,
    "equipment.add_equipment": P.MANAGE_EQUIPMENT,
    "equipment.update_equipment": P.MANAGE_EQUIPMENT,
    "equipment.set_status": P.MANAGE_EQUIPMENT,
    "equipment.add_plan": P.MANAGE_EQUIPMENT,
    "equipment.set_plan_active": P.MANAGE_EQUIPMENT,
    "equipment.record_work": P.REPORT_FAULT,
    "equipment.report_fault": P.REPORT_FAULT,
    "hygiene.save_template": P.EDIT_TEMPLATES,
    "hygiene.set_template_retired": P.EDIT_TEMPLATES,
    "hygiene.add_station": P.EDIT_TEMPLATES,
    "hygiene.set_station_active": P.EDIT_TEMPLATES,
    "hygiene.sign_run": P.SIGN_CHECKLIST,
    "hygiene.sign_off_action": P.SIGN_CHECKLIST,
    "month_close.closed_month": P.VIEW_REPORTS,
    "month_close.check_closable": P.CLOSE_MONTH,
    "month_close.store_close": P.CLOSE_MONTH,
    "reception.check_in": P.RUN_QUEUE,
    "reception.add_walk_in": P.RUN_QUEUE,
    "reception.start_service": P.RUN_QUEUE,
    "reception.finish_service": P.RUN_QUEUE,
    "reception.mark_left": P.RUN_QUEUE,
    "reception.close_after_hours": P.RUN_QUEUE,
    "schedule.set_working_hours": P.MANAGE_SCHEDULE,
    "schedule.add_absence": P.MANAGE_SCHEDULE,
    "schedule.cancel_absence": P.MANAGE_SCHEDULE,
    "settings.update_settings": P.MANAGE_SETTINGS,
    "staff.add_staff": P.MANAGE_STAFF,
    "staff.update_staff": P.MANAGE_STAFF,
    "staff.set_active": P.MANAGE_STAFF,
    "staff.reset_pin": P.MANAGE_STAFF,
    "staff.unlock": P.MANAGE_STAFF,
    "staff.add_certificate": P.MANAGE_STAFF,
    "staff.record_training": P.MANAGE_STAFF,
    "staff.update_attendance": P.MANAGE_STAFF,
    "visits.rate_visit": P.RUN_QUEUE,
    "visits.request_recheck": P.RUN_QUEUE,
    "visits.correct_service_record": P.RUN_QUEUE,
}

# Public functions taking an actor that are not use cases of their own: each runs inside a
# use case that has already checked (the reason says which).
HELPERS = {
    "auth.record_command": "writes the audit row of a command the CLI ran as the owner login_owner checked",
    "audit.record": "writes the audit row of the calling use case",
    "audit.record_changes": "writes the audit rows of the calling use case",
    "audit.record_created": "writes the audit row of the calling use case",
    "reception.move_appointment": "moves the appointment inside check_in/start/finish/mark_left",
    "staff.create_staff_unchecked": "inserts inside add_staff (checked) and the first-run setup (no one to check)",
}

# Arguments the permission itself depends on
ARGUMENTS: dict[str, dict[str, Any]] = {
    "appointments.apply_status": {"new_status": AppointmentStatus.CANCELLED},
    "appointments.set_status": {"new_status": AppointmentStatus.CANCELLED},
}


class InputTouched(Exception):
    """The use case read its input (so it got past the permission check)."""


class Untouchable:
    """An argument that raises on any use."""

    def __getattr__(self, name: str) -> Any:
        raise InputTouched(name)

    def _touched(self, *args: Any, **kwargs: Any) -> Any:
        raise InputTouched()

    def __str__(self) -> str:  # wrappers pass str(argument) on to the use case that checks
        return "<untouchable>"

    __bool__ = __eq__ = __hash__ = __iter__ = __len__ = __int__ = __float__ = __lt__ = _touched  # type: ignore[assignment]
    __getitem__ = __contains__ = __index__ = __fspath__ = _touched  # type: ignore[assignment]


def _use_cases() -> dict[str, Callable[..., Any]]:
    found = {}
    for info in pkgutil.iter_modules(services_package.__path__):
        module = importlib.import_module(f"salondesk.services.{info.name}")
        for name, function in vars(module).items():
            if name.startswith("_") or not inspect.isfunction(function) or function.__module__ != module.__name__:
                continue
            if "actor" in inspect.signature(function).parameters:
                found[f"{info.name}.{name}"] = function
    return found


USE_CASES = _use_cases()


def test_every_use_case_says_which_permission_it_needs() -> None:
    unclassified = set(USE_CASES) - set(REQUIRED) - set(HELPERS)
    stale = (set(REQUIRED) | set(HELPERS)) - set(USE_CASES)
    assert not unclassified, f"add these use cases to REQUIRED (or HELPERS): {sorted(unclassified)}"
    assert not stale, f"no longer exist: {sorted(stale)}"


def _call(
    function: Callable[..., Any], key: str, actor: Actor, new_uow: UowFactory, engine: Engine, clock: Any
) -> None:
    given = {"uow": new_uow(), "actor": actor, "clock": clock, "engine": engine, "new_uow": new_uow}
    given.update(ARGUMENTS.get(key, {}))
    kwargs = {}
    for name, parameter in inspect.signature(function).parameters.items():
        if name in given:
            kwargs[name] = given[name]
        elif parameter.default is inspect.Parameter.empty:
            kwargs[name] = Untouchable()
    function(**kwargs)


@pytest.fixture
def staff(new_uow: UowFactory, clock: FrozenClock, owner: Actor) -> dict[tuple[Role, bool], Actor]:
    """An active and a deactivated staff member of every role (a second owner keeps one active)."""
    actors = {}
    for role in Role:
        for active in (True, False):
            name = f"{role.value}-{'on' if active else 'off'}"
            sid = staff_service.add_staff(new_uow(), owner, clock, staff_service.StaffInput(name, role), "4321")
            if not active:
                staff_service.set_active(new_uow(), owner, clock, sid, False)
            actors[(role, active)] = Actor(sid, name, role)  # the Actor itself never says "inactive"
    return actors


@pytest.mark.parametrize("key", sorted(REQUIRED))
def test_use_case_refuses_inactive_staff_and_roles_without_the_permission(
    key: str, staff: dict[tuple[Role, bool], Actor], new_uow: UowFactory, engine: Engine, clock: FrozenClock
) -> None:
    function = USE_CASES[key]
    for (role, active), actor in staff.items():
        allowed = active and role_allows(role, REQUIRED[key])
        try:
            _call(function, key, actor, new_uow, engine, clock)
        except StaffInactive:
            assert not active, f"{key}: an active {role} was called inactive"
            continue
        except PermissionDenied:
            assert not allowed, f"{key}: an active {role} was refused"
            assert active, f"{key}: an inactive {role} was refused for the role, not for being inactive"
            continue
        except InputTouched:
            pass
        except Exception:
            pass
        assert allowed, f"{key}: {'an inactive' if not active else 'an active'} {role} got past the permission check"
