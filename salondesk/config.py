"""Where things live. Resolved on every call, so tests can redirect them."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "SalonDesk"
DB_URL_ENV = "SALONDESK_DB_URL"
DATA_DIR_ENV = "SALONDESK_DATA_DIR"  # tests and portable installs point this elsewhere


def data_dir() -> Path:
    """The user's data directory (created on demand)."""
    override = os.environ.get(DATA_DIR_ENV)
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_db_path() -> Path:
    """The default SQLite file."""
    return data_dir() / "salondesk.sqlite3"


def default_backup_dir() -> Path:
    """Where automatic backups go unless the owner chose a folder."""
    path = data_dir() / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path


def logs_dir() -> Path:
    """The log folder: the rotating ``salondesk.log`` and crash traces (faulthandler) go here."""
    path = data_dir() / "logs"
    path.mkdir(parents=True, exist_ok=True)
    return path


def resolve_db_url(cli_value: str | None = None) -> str:
    """``--db`` beats ``SALONDESK_DB_URL`` beats the default SQLite file."""
    if cli_value:
        return cli_value
    env = os.environ.get(DB_URL_ENV)
    if env:
        return env
    return f"sqlite:///{default_db_path()}"


_PACKAGE_DIR = Path(__file__).resolve().parent


def resource_dir(name: str) -> Path:
    """A folder of ``resources/`` (``i18n``, ``fonts``, ``icons``) as installed or in the checkout.

    A wheel and the bundle carry them inside the package (``salondesk/resources/``, see
    setup.py); a source checkout has them at the top level.
    """
    packaged = _PACKAGE_DIR / "resources" / name
    return packaged if packaged.is_dir() else _PACKAGE_DIR.parent / "resources" / name
