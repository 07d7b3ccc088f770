"""SalonDesk: front desk and compliance records for one salon."""

__version__ = "0.1.0"


class SalonDeskWarning(UserWarning):
    """Warnings raised by SalonDesk itself; the test suite turns them into errors."""
