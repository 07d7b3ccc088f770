"""What alembic's autogenerate compares: everything but the derived, rebuildable search index."""

from __future__ import annotations

# Created outside the migrations by salondesk.db.customer_search (SQLite FTS5 and its shadow tables).
UNMANAGED_PREFIXES = ("customer_fts",)


def include_name(name: str | None, type_: str, parent_names: object) -> bool:
    """False for the unmanaged search index, so autogenerate neither drops nor reports it."""
    del parent_names
    return not (type_ == "table" and name is not None and name.startswith(UNMANAGED_PREFIXES))
