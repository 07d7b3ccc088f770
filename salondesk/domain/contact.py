"""What a role may see of a customer's contact details: the one masking rule.

Every query that returns a phone number passes it through :func:`shown_phone` with
the viewer, so a technician gets ``138****8000`` everywhere (customer list, reception,
appointment book, confirmation calls, complaints, exports) and no Qt file masks.
"""

from __future__ import annotations

from salondesk.domain.name_search import format_phone, mask_phone
from salondesk.domain.permissions import Actor, Permission


def may_see_contact(viewer: Actor | None) -> bool:
    """True when ``viewer``'s role may see phone numbers in full (nobody, when there is no viewer)."""
    return viewer is not None and viewer.can(Permission.VIEW_CUSTOMER_CONTACT)


def shown_phone(viewer: Actor | None, e164: str | None) -> str:
    """``+8613800138000`` as ``viewer`` may see it: ``138 0013 8000`` in full, else ``138****8000``."""
    if not e164:
        return ""
    return format_phone(e164) if may_see_contact(viewer) else mask_phone(e164)
