"""The main window's tabs in display order (Ctrl+1 … Ctrl+8 follow this order).

Each entry is (module, class); the main window imports them when it is built.
An area adds its tab here in one line.
"""

TABS: list[tuple[str, str]] = [
    ("salondesk.ui.tabs.reception_tab", "ReceptionTab"),
    ("salondesk.ui.tabs.appointments_tab", "AppointmentsTab"),
    ("salondesk.ui.tabs.customers_tab", "CustomersTab"),
    ("salondesk.ui.tabs.hygiene_tab", "HygieneTab"),
    ("salondesk.ui.tabs.equipment_tab", "EquipmentTab"),
    ("salondesk.ui.tabs.complaints_tab", "ComplaintsTab"),
    ("salondesk.ui.tabs.reports_tab", "ReportsTab"),
    ("salondesk.ui.tabs.dashboard_tab", "DashboardTab"),
    ("salondesk.ui.tabs.staff_tab", "StaffTab"),
    ("salondesk.ui.tabs.settings_tab", "SettingsTab"),
    ("salondesk.ui.tabs.audit_tab", "AuditTab"),
]
