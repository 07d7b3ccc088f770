"""The red allergy/contraindication/patch-test banner (public path; see ``customers.banner``).

from salondesk.queries.customers import safety_warnings
from salondesk.ui.widgets.safety_banner import SafetyBanner

banner = SafetyBanner()
banner.set_warnings(ctx.query(safety_warnings, customer_id, ctx.clock.now()), salon_timezone(ctx.settings))
"""

from salondesk.ui.widgets.customers.banner import SafetyBanner, warning_lines

__all__ = ["SafetyBanner", "warning_lines"]
