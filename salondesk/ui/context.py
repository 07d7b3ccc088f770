"""What every tab and dialog is handed: services' dependencies and the session user."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Signal

from salondesk.db.uow import UnitOfWork, UowFactory, retry_busy
from salondesk.domain.clock import Clock
from salondesk.domain.errors import DomainError, StaffInactive
from salondesk.domain.permissions import Actor, Permission
from salondesk.domain.settings import SalonSettings
from salondesk.logs import log, use_case_name
from salondesk.queries.access import staff_is_active

T = TypeVar("T")


class ContextSignals(QObject):
    """Broadcasts that tabs listen to, so one change refreshes every view showing it."""

    actor_changed = Signal()
    settings_changed = Signal()
    data_changed = Signal(str)  # area name: "staff", "customers", "appointments"…
    staff_deactivated = Signal()  # the logged-in user's account was deactivated: log them out


@dataclass
class AppContext:
    """The composition root's wiring, passed to every view (never a global)."""

    new_uow: UowFactory
    clock: Clock
    settings: SalonSettings
    actor: Actor | None = None
    db_url: str = ""
    signals: ContextSignals = field(default_factory=ContextSignals)
    extras: dict[str, Any] = field(default_factory=dict)

    def can(self, permission: Permission) -> bool:
        """True when the logged-in user may do ``permission``."""
        return self.actor is not None and self.actor.can(permission)

    def require_actor(self) -> Actor:
        """The logged-in user (a view is only ever shown after login)."""
        if self.actor is None:
            raise RuntimeError("no user is logged in")
        return self.actor

    def run(self, service: Callable[..., T], *args: Any, write_lock: bool = False, **kwargs: Any) -> T:
        """Call ``service(uow, actor, clock, *args)`` — the standard service signature.

        When another counter's save got in the way (``DatabaseBusy`` at once: nothing was
        changed), the use case runs again on a fresh unit of work before the user sees it.
        """
        actor = self.require_actor()
        name = use_case_name(service)

        def attempt() -> T:
            uow: UnitOfWork = self.new_uow(write_lock=write_lock)
            return service(uow, actor, self.clock, *args, **kwargs)

        try:
            result = retry_busy(attempt)
        except StaffInactive:
            log.info("%s refused: staff #%s is deactivated", name, actor.staff_id)
            self.signals.staff_deactivated.emit()
            raise
        except DomainError as exc:  # the template, never the filled-in values (they may be personal)
            log.info("%s refused (%s): %s", name, type(exc).__name__, exc.message)
            raise
        log.info("%s done by staff #%s (%s)", name, actor.staff_id, actor.role.value)
        return result

    def query(self, query: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Call a read-side ``query(uow, *args)``; a deactivated user is logged out right after."""
        if self.actor is not None and not staff_is_active(self.new_uow(), self.actor):
            self.signals.staff_deactivated.emit()
        return query(self.new_uow(), *args, **kwargs)


def error_text(error: DomainError) -> str:
    """A service error in the UI language."""
    return error.render(QCoreApplication.translate)


def failure_text(error: BaseException) -> str:
    """Any failure in the UI language: a service error's message, else database/file trouble in words.

    Never the raw text of SQLAlchemy or the operating system (it is English, technical, and may
    hold a password or a path the user does not need).
    """
    if isinstance(error, DomainError):
        return error_text(error)
    from salondesk.db.opening import explain

    return explain(error).render(QCoreApplication.translate)
