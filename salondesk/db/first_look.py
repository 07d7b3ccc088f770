"""What the login window needs before SQLAlchemy and the tables are loaded (standard library only).

``salondesk`` paints its login first and imports the rest while the PIN is typed
(``salondesk.app``). Painting it in the right language with the salon's name takes two
settings; deciding that the fast way is safe takes the schema's revision and whether the
salon has staff yet. Anything unusual (no file yet, a server, an older schema, a first
run, a file that does not open) answers None and the ordinary start decides and explains.
"""

from __future__ import annotations

import json
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

_REVISION = re.compile(r"^(down_)?revision\b[^=]*=\s*(?:['\"]([^'\"]+)['\"]|None)", re.MULTILINE)
_SQLITE_PREFIX = "sqlite:///"


def code_head_revision() -> str | None:
    """The newest migration, read from the migration files (None when that is not clear-cut)."""
    versions = Path(__file__).resolve().parent / "migrations" / "versions"
    revisions: set[str] = set()
    parents: set[str] = set()
    for script in versions.glob("*.py"):
        for down, rev in _REVISION.findall(script.read_text(encoding="utf-8")):
            if rev:
                (parents if down else revisions).add(rev)
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


@dataclass(frozen=True)
class LoginFacts:
    """The salon's name and language setting ("" when never set)."""

    salon_name: str
    language: str


def sqlite_file(url: str) -> Path | None:
    """The existing file of a plain ``sqlite:///`` URL (None for anything else)."""
    if not url.startswith(_SQLITE_PREFIX) or "?" in url:
        return None
    path = Path(url[len(_SQLITE_PREFIX) :])
    return path if path.name and path.name != ":memory:" and path.is_file() else None


def read_login_facts(url: str) -> LoginFacts | None:
    """The login's facts from a SQLite salon at the code's schema with staff; None: the ordinary start decides."""
    path = sqlite_file(url)
    head = code_head_revision()
    if path is None or head is None:
        return None
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=5)
    except sqlite3.Error:
        return None
    try:
        if conn.execute("SELECT version_num FROM alembic_version").fetchone() != (head,):
            return None
        if conn.execute("SELECT EXISTS (SELECT 1 FROM staff)").fetchone() != (1,):
            return None  # the first-run wizard
        # settings are append-only: the latest row of a key is in force (services.settings.load_settings)
        latest = {
            key: json.loads(value)
            for key, value in conn.execute(
                "SELECT key, value_json FROM settingvalue WHERE key IN ('salon_name', 'language') "
                "ORDER BY changed_at, id"
            )
        }
    except (sqlite3.Error, ValueError):
        return None
    finally:
        conn.close()
    name, language = latest.get("salon_name", ""), latest.get("language", "")
    return LoginFacts(name if isinstance(name, str) else "", language if isinstance(language, str) else "")
