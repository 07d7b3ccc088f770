"""Domain: tables, enums and pure rules. No Session, no Qt.

Importing this package registers every table on ``SQLModel.metadata`` (used by
migrations and the whole-salon export). Each area adds its module here.
"""

from salondesk.domain import audit, customers, settings, staff
from salondesk.domain import appointments, catalogue, schedule  # noqa: F401 - appointments area
from salondesk.domain import complaints  # noqa: F401, I001 - complaint register (issue 6)
from salondesk.domain import equipment, hygiene, signing  # noqa: F401, I001 - hygiene and equipment (issue 5)

__all__ = ["audit", "customers", "settings", "staff"]
from salondesk.domain import reception, visits  # noqa: F401, I001 - reception queue and visits (issue 4)
from salondesk.domain import month_close  # noqa: F401, I001 - closed months (issue 12/13)
from salondesk.domain import attachments  # noqa: F401, I001 - evidence files and photos in the database (issue 19)
