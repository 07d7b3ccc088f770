"""Who is acting, and the permission check every service starts with."""

from __future__ import annotations

from dataclasses import dataclass

from salondesk.domain.errors import PermissionDenied
from salondesk.domain.permissions import Permission, Role, role_allows
from salondesk.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Actor:
    """The logged-in staff member on whose behalf a service runs."""

    staff_id: int | None
    name: str
    role: Role

    def can(self, permission: Permission) -> bool:
        """True when this actor's role has ``permission``."""
        return role_allows(self.role, permission)


# Used by the CLI and first-run setup, before anyone exists to log in.
SYSTEM = Actor(staff_id=None, name="system", role=Role.OWNER)


def require(actor: Actor, permission: Permission) -> None:
    """Raise :class:`PermissionDenied` unless ``actor`` may do ``permission``."""
    if not actor.can(permission):
        raise PermissionDenied(
            QT_TRANSLATE_NOOP("Errors", "Your role ({role}) does not allow this: {permission}."),
            role=actor.role.value,
            permission=permission.value,
        )
