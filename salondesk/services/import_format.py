"""The customer-list formats the importer reads (apart, so the CLI lists them without loading the importer)."""

from __future__ import annotations

from enum import StrEnum


class ImportFormat(StrEnum):
    """Where a customer list comes from."""

    AUTO = "auto"
    SALONDESK = "salondesk"
    FRESHA = "fresha"
    SQUARE = "square"
