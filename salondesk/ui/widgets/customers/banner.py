"""The red safety banner: allergies, contraindications, skin conditions, failed/expired patch test."""

from __future__ import annotations

from datetime import UTC, tzinfo

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from salondesk.queries.customers import SafetyWarnings
from salondesk.ui.widgets.common import STATE_COLOURS, State


def warning_lines(warnings: SafetyWarnings, tz: tzinfo = UTC) -> list[str]:
    """The banner's lines in the UI language (words, never only an icon); a test's days in ``tz``."""
    lines = []
    if warnings.allergies:
        lines.append(QCoreApplication.translate("SafetyBanner", "Allergy: {text}").format(text=warnings.allergies))
    if warnings.contraindications:
        lines.append(
            QCoreApplication.translate("SafetyBanner", "Contraindication: {text}").format(
                text=warnings.contraindications
            )
        )
    if warnings.skin_conditions:
        lines.append(
            QCoreApplication.translate("SafetyBanner", "Skin/scalp condition: {text}").format(
                text=warnings.skin_conditions
            )
        )
    if warnings.patch.is_warning:
        lines.append(warnings.patch.render(QCoreApplication.translate, tz))
    return lines


class SafetyBanner(QFrame):
    """Shows a customer's safety warnings in red; hidden when there are none.

    Use it wherever a customer appears (file, booking, queue)::

        banner = SafetyBanner()
        banner.set_warnings(ctx.query(safety_warnings, customer_id, ctx.clock.now()), salon_timezone(ctx.settings))
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        fg, bg = STATE_COLOURS[State.BAD]
        self.setObjectName("safetyBanner")
        self.setStyleSheet(
            f"#safetyBanner {{ background: {bg}; border: 2px solid {fg}; border-radius: 6px; }}"
            f"#safetyBanner QLabel {{ color: {fg}; font-weight: bold; }}"
        )
        self.title = QLabel(self.tr("⚠ SAFETY WARNING"))
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        self.lines: list[str] = []
        self.hide()

    def set_warnings(self, warnings: SafetyWarnings | None, tz: tzinfo = UTC) -> None:
        """Show ``warnings`` (None or nothing to warn about: hide); ``tz`` is the salon's zone."""
        self.lines = warning_lines(warnings, tz) if warnings is not None else []
        self.text.setText("\n".join(self.lines))
        self.setVisible(bool(self.lines))
