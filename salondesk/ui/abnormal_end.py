"""Tell the owner, at their next login, that the last session ended abnormally (and where its trace is)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from salondesk import session_trace
from salondesk.domain.permissions import Permission
from salondesk.services.settings import salon_timezone
from salondesk.ui.context import AppContext


def notice_text(ctx: AppContext, notice: session_trace.AbnormalEnd) -> str:
    """The message, in the UI language."""
    started = (
        notice.started_at.astimezone(salon_timezone(ctx.settings)).strftime("%Y-%m-%d %H:%M")
        if notice.started_at
        else QCoreApplication.translate("AbnormalEnd", "unknown")
    )
    intro = QCoreApplication.translate(
        "AbnormalEnd",
        "The last session of SalonDesk (started {started}) ended abnormally: the program stopped "
        "without closing, so the closing backup was not made. Everything saved before that moment is "
        "in the database.",
    ).format(started=started)
    if notice.trace is not None:
        detail = QCoreApplication.translate(
            "AbnormalEnd",
            "What SalonDesk could record about the failure is in this file:\n{path}\n\n"
            "If it happens again, send that file to your support contact.",
        ).format(path=notice.trace)
    else:
        detail = QCoreApplication.translate(
            "AbnormalEnd",
            "Nothing was recorded about the cause (the computer may have been switched off or the "
            "program ended by force). The log folder is:\n{path}",
        ).format(path=notice.folder)
    return f"{intro}\n\n{detail}"


def tell_owner_if_needed(parent: QWidget, ctx: AppContext) -> bool:
    """Show the waiting notice to someone who manages the salon; True when shown (then it is cleared)."""
    if not ctx.can(Permission.MANAGE_SETTINGS):
        return False  # a receptionist opening in the morning: the notice waits for the owner
    notice = session_trace.pending_notice()
    if notice is None:
        return False
    QMessageBox.warning(
        parent,
        QCoreApplication.translate("AbnormalEnd", "SalonDesk did not close properly"),
        notice_text(ctx, notice),
    )
    session_trace.dismiss_notice()
    return True
