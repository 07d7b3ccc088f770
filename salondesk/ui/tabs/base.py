"""The contract every main-window tab follows."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from salondesk.domain.permissions import Permission
from salondesk.ui.context import AppContext


class Tab(QWidget):
    """A main-window tab: one area of the salon (``ui/tabs/<area>_tab.py``).

    Subclasses set ``area``, ``title_text`` (``QT_TRANSLATE_NOOP("<ClassName>", "…")``: the
    main window shows the label before it builds the tab) and ``required_permission``
    (None: everyone), implement :meth:`refresh` (reload from services) and, where it makes
    sense, :meth:`new_record` (Ctrl+N). A tab that offers window-wide shortcuts
    (``global_actions()``) or a status-bar chip is built at login; the others when first shown.
    Its entry in ``salondesk.ui.tabs.TABS`` repeats area, title, permission and that choice, so
    the tab bar is drawn without importing the tab's module.
    """

    area = ""
    title_text = ""
    required_permission: Permission | None = None
    in_status_bar = False  # True: the tab keeps a chip in the status bar, so it is built at login

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx

    @classmethod
    def class_title(cls) -> str:
        """The tab's label in the UI language, without building the tab."""
        return QCoreApplication.translate(cls.__name__, cls.title_text)

    def title(self) -> str:
        """The tab's label in the UI language."""
        return self.class_title()

    def refresh(self) -> None:
        """Reload what the tab shows (F5, and after related changes)."""

    def new_record(self) -> None:
        """Ctrl+N on this tab."""

    def focus_search(self) -> bool:
        """Ctrl+F on this tab; return True when the tab has a search box."""
        return False
