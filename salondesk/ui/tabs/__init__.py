"""The main window's tabs in display order (Ctrl+1 … Ctrl+8 follow this order).

Each entry names the tab's module and class and carries what the tab bar needs before
the module is imported: its area, its title (the class's ``title_text``, translated in
the class's context), who may see it and whether it is built at login. A tab's module
is imported when the tab is first shown (or at login for ``at_login``), so a login does
not wait for every area's code. An area adds its tab here in one line;
``tests/ui/test_tab_registry.py`` checks each entry against its class.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from salondesk.domain.permissions import Permission

if TYPE_CHECKING:
    from salondesk.ui.tabs.base import Tab


@dataclass(frozen=True)
class TabEntry:
    """One registered tab, known without importing its module."""

    module: str
    class_name: str
    area: str
    title_text: str  # the class's title_text (source text; context: class_name)
    permission: Permission | None  # the class's required_permission (None: everyone)
    at_login: bool = False  # built at login: window-wide shortcuts (F2/F3) or a status-bar chip

    def title(self) -> str:
        """The tab's label in the UI language, without importing the tab."""
        return QCoreApplication.translate(self.class_name, self.title_text)

    def tab_class(self) -> type[Tab]:
        """Import the tab's module (once) and return its class; a broken tab fails loudly."""
        cls: type[Tab] = getattr(importlib.import_module(self.module), self.class_name)
        return cls


def _tab(area: str, class_name: str, title: str, permission: Permission | None, at_login: bool = False) -> TabEntry:
    return TabEntry(f"salondesk.ui.tabs.{area}_tab", class_name, area, title, permission, at_login)


TABS: list[TabEntry] = [
    _tab("reception", "ReceptionTab", "Reception", Permission.RUN_QUEUE, at_login=True),  # F2/F3 window-wide
    _tab("appointments", "AppointmentsTab", "Appointments", None),
    _tab("customers", "CustomersTab", "Customers", None),
    _tab("hygiene", "HygieneTab", "Hygiene", Permission.SIGN_CHECKLIST),
    _tab("equipment", "EquipmentTab", "Equipment", Permission.REPORT_FAULT),
    _tab("complaints", "ComplaintsTab", "Complaints", Permission.LOG_COMPLAINT, at_login=True),  # status-bar chip
    _tab("reports", "ReportsTab", "Reports", Permission.VIEW_REPORTS),
    _tab("dashboard", "DashboardTab", "Dashboard", Permission.VIEW_DASHBOARD),
    _tab("staff", "StaffTab", "Staff", Permission.MANAGE_STAFF),
    _tab("settings", "SettingsTab", "Settings", Permission.MANAGE_SETTINGS),
    _tab("audit", "AuditTab", "Audit trail", Permission.VIEW_AUDIT),
]
