"""Start-up with a database that cannot be used: one dialog in words, the password hidden, nothing changed."""

from __future__ import annotations

import contextlib
import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from salondesk import app as app_module
from salondesk.db.engine import make_engine
from salondesk.db.migrate import upgrade

PASSWORD = "pw-9f8e7d"


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    texts: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: texts.append((title, text)))
    return texts


def files(*folders: Path) -> dict[str, str]:
    """Every file and its hash, but the log (saying what happened is not changing the salon's data)."""
    return {
        str(p): hashlib.sha256(p.read_bytes()).hexdigest()
        for f in folders
        for p in sorted(f.rglob("*"))
        if p.is_file() and "logs" not in p.relative_to(f).parts
    }


def test_a_newer_database_is_refused_without_a_backup_or_restore(
    qtbot, tmp_path: Path, shown: list[tuple[str, str]], _isolated_paths: Path
) -> None:
    db = tmp_path / "salon.sqlite3"
    engine = make_engine(f"sqlite:///{db}")
    upgrade(engine)
    engine.dispose()
    with contextlib.closing(sqlite3.connect(db)) as conn, conn:
        conn.execute("UPDATE alembic_version SET version_num = 'a1b2c3d4e5f6'")
    before = files(tmp_path, _isolated_paths)
    assert app_module.start_gui(f"sqlite:///{db}", "en") is None
    ((title, text),) = shown
    assert title == "SalonDesk could not start"
    assert "newer version of SalonDesk" in text and "a1b2c3d4e5f6" in text and "Nothing was changed" in text
    assert files(tmp_path, _isolated_paths) == before  # no pre-upgrade copy, no restore over the file


def test_an_unreachable_server_is_named_without_its_password(qtbot, shown: list[tuple[str, str]]) -> None:
    url = f"postgresql+psycopg://salon:{PASSWORD}@127.0.0.1:9/salon"
    assert app_module.start_gui(url, "en") is None
    ((_title, text),) = shown
    assert PASSWORD not in text
    assert "salon:***@127.0.0.1:9/salon" in text and "cannot be reached" in text


def test_a_file_that_is_not_a_database(qtbot, tmp_path: Path, shown: list[tuple[str, str]]) -> None:
    from salondesk.ui.i18n import install_translators

    notes = tmp_path / "notes.sqlite3"
    shutil.copy(Path(__file__), notes)
    try:
        assert app_module.start_gui(f"sqlite:///{notes}", "zh_CN") is None
    finally:
        install_translators("en")  # the tests after this one read English
    ((_title, text),) = shown
    assert "不是 SQLite 数据库文件" in text
