"""The reusable counter search (public path; implemented in ``salondesk.ui.widgets.customers.search``).

from salondesk.ui.widgets.customer_search import CustomerSearchWidget

search = CustomerSearchWidget(ctx)
search.customer_chosen.connect(handler)  # handler(customer_id: int)
search.focus()                           # Ctrl+F
"""

from salondesk.ui.widgets.customers.search import CustomerSearchWidget

__all__ = ["CustomerSearchWidget"]
