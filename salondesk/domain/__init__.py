"""Domain: tables, enums and pure rules. No Session, no Qt.

Importing this package registers every table on ``SQLModel.metadata`` (used by
migrations and the whole-salon export). Each area adds its module here.
"""

from salondesk.domain import audit, customers, settings, staff

__all__ = ["audit", "customers", "settings", "staff"]
