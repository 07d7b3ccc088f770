"""The contract every main-window tab follows."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from salondesk.domain.permissions import Permission
from salondesk.ui.context import AppContext


class Tab(QWidget):
    """A main-window tab: one area of the salon (``ui/tabs/<area>_tab.py``).

    Subclasses set ``area`` and ``required_permission`` (None: everyone),
    implement :meth:`title` (translated), :meth:`refresh` (reload from services)
    and, where it makes sense, :meth:`new_record` (Ctrl+N).
    """

    area = ""
    required_permission: Permission | None = None

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx

    def title(self) -> str:
        """The tab's label in the UI language."""
        raise NotImplementedError

    def refresh(self) -> None:
        """Reload what the tab shows (F5, and after related changes)."""

    def new_record(self) -> None:
        """Ctrl+N on this tab."""

    def focus_search(self) -> bool:
        """Ctrl+F on this tab; return True when the tab has a search box."""
        return False
