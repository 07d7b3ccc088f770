"""Who is acting, their role, and what an active staff member of each role may do.

The one place for "who may do what": services enforce it through
``queries.access.require`` (which reads the staff member's current state), the UI
asks :meth:`Actor.can` to enable its actions.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from salondesk.domain.errors import PermissionDenied, StaffInactive
from salondesk.i18n import QT_TRANSLATE_NOOP


class Role(StrEnum):
    """A staff member's role."""

    OWNER = "owner"
    RECEPTIONIST = "receptionist"
    TECHNICIAN = "technician"


ROLE_LABELS = {
    Role.OWNER: QT_TRANSLATE_NOOP("Role", "Owner"),
    Role.RECEPTIONIST: QT_TRANSLATE_NOOP("Role", "Receptionist"),
    Role.TECHNICIAN: QT_TRANSLATE_NOOP("Role", "Technician"),
}


class Permission(StrEnum):
    """One thing a role may or may not do."""

    MANAGE_STAFF = "manage_staff"
    MANAGE_SETTINGS = "manage_settings"
    VIEW_AUDIT = "view_audit"
    BACKUP_RESTORE = "backup_restore"
    EXPORT_SALON = "export_salon"
    EXPORT_EVIDENCE = "export_evidence"  # save a copy of an evidence file or photo out of the app
    # customer files
    OPEN_CUSTOMER_FILE = "open_customer_file"
    RECORD_PATCH_TEST = "record_patch_test"
    VIEW_CUSTOMER_CONTACT = "view_customer_contact"
    EDIT_CUSTOMERS = "edit_customers"
    EXPORT_CUSTOMERS = "export_customers"
    ERASE_CUSTOMERS = "erase_customers"
    MERGE_CUSTOMERS = "merge_customers"
    IMPORT_CUSTOMERS = "import_customers"
    # appointments and queue
    MANAGE_CATALOGUE = "manage_catalogue"
    MANAGE_SCHEDULE = "manage_schedule"
    BOOK = "book"
    RUN_QUEUE = "run_queue"
    OVERRIDE_BOOKING_RULES = "override_booking_rules"
    # hygiene and equipment
    SIGN_CHECKLIST = "sign_checklist"
    EDIT_TEMPLATES = "edit_templates"
    MANAGE_EQUIPMENT = "manage_equipment"
    REPORT_FAULT = "report_fault"
    # complaints
    LOG_COMPLAINT = "log_complaint"
    HANDLE_COMPLAINT = "handle_complaint"
    CLOSE_CRITICAL_COMPLAINT = "close_critical_complaint"
    APPROVE_LARGE_REFUND = "approve_large_refund"
    # reports
    VIEW_REPORTS = "view_reports"
    VIEW_DASHBOARD = "view_dashboard"
    CLOSE_MONTH = "close_month"


_RECEPTIONIST = {
    Permission.OPEN_CUSTOMER_FILE,
    Permission.RECORD_PATCH_TEST,
    Permission.VIEW_CUSTOMER_CONTACT,
    Permission.EDIT_CUSTOMERS,
    Permission.BOOK,
    Permission.RUN_QUEUE,
    Permission.SIGN_CHECKLIST,
    Permission.REPORT_FAULT,
    Permission.LOG_COMPLAINT,
    Permission.HANDLE_COMPLAINT,
}
_TECHNICIAN = {
    Permission.OPEN_CUSTOMER_FILE,
    Permission.RECORD_PATCH_TEST,  # technicians do the tests
    Permission.SIGN_CHECKLIST,
    Permission.REPORT_FAULT,
    Permission.RUN_QUEUE,
    Permission.LOG_COMPLAINT,
}

ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.OWNER: frozenset(Permission),
    Role.RECEPTIONIST: frozenset(_RECEPTIONIST),
    Role.TECHNICIAN: frozenset(_TECHNICIAN),
}


def role_allows(role: Role, permission: Permission) -> bool:
    """True when ``role`` has ``permission``."""
    return permission in ROLE_PERMISSIONS[role]


@dataclass(frozen=True)
class Actor:
    """The logged-in staff member on whose behalf a service runs.

    It deliberately holds no "active" flag: whether the account is still active is read
    from the database at every check, so a deactivation takes effect at the next action.
    """

    staff_id: int | None
    name: str
    role: Role

    def can(self, permission: Permission) -> bool:
        """True when this actor's role has ``permission`` (the UI's question; services also check activity)."""
        return role_allows(self.role, permission)


# Used by the CLI and first-run setup, before anyone exists to log in.
SYSTEM = Actor(staff_id=None, name="system", role=Role.OWNER)


def check_allowed(actor: Actor, permission: Permission, *, active: bool) -> None:
    """Raise :class:`StaffInactive` or :class:`PermissionDenied` unless :func:`actor_allowed`."""
    if not active:
        raise StaffInactive()
    if not role_allows(actor.role, permission):
        raise PermissionDenied(
            QT_TRANSLATE_NOOP("Errors", "Your role ({role}) does not allow this: {permission}."),
            role=actor.role.value,
            permission=permission.value,
        )
