"""The command line acts only with the owner's PIN, and says so in the audit trail.

records.md: anything that reads or changes records outside the window needs the
owner's PIN and is audited with the owner as actor; every export of customer data is
one audit action P1 counts; a restore refuses while another process has the database
open; a whole-salon import refuses a file whose chains do not verify.
"""

from __future__ import annotations

import io
import json
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlmodel import col, select

from salondesk.cli import main
from salondesk.commands import _common
from salondesk.db.engine import make_engine
from salondesk.db.migrate import upgrade
from salondesk.db.uow import uow_factory
from salondesk.domain.audit import AuditEntry
from salondesk.domain.calendar import month_period
from salondesk.domain.clock import SystemClock
from salondesk.domain.figures import FigureContext
from salondesk.domain.permissions import Role
from salondesk.domain.settings import default_opening_hours
from salondesk.domain.staff import Staff
from salondesk.services import customers as customer_service
from salondesk.services import setup
from salondesk.services import staff as staff_service

PIN = "1234"
TZ = "Asia/Shanghai"


@pytest.fixture
def salon(tmp_path: Path) -> str:
    """A salon with its owner (PIN 1234), a receptionist and three customer files."""
    url = f"sqlite:///{tmp_path / 'salon.sqlite3'}"
    engine = make_engine(url)
    upgrade(engine)
    new_uow, clock = uow_factory(engine), SystemClock()
    owner = setup.run_first_setup(new_uow(), clock, setup.FirstRun("S", TZ, default_opening_hours(), "店长", PIN))
    staff_service.add_staff(new_uow(), owner, clock, staff_service.StaffInput("前台", Role.RECEPTIONIST), "2222")
    for name in ("张伟", "李娜", "王芳"):
        customer_service.create_customer(new_uow(), owner, clock, customer_service.CustomerInput(name))
    engine.dispose()
    return url


def cli(*argv: str, stdin: str | None = None, tty: bool = False) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    source = io.StringIO(stdin or "")
    if tty:
        source.isatty = lambda: True  # type: ignore[method-assign]
    code = main(list(argv), stdout=out, stderr=err, stdin=source)
    return code, out.getvalue(), err.getvalue()


def audit_rows(url: str) -> list[AuditEntry]:
    engine = make_engine(url)
    with uow_factory(engine)() as uow:
        rows = list(uow.session.exec(select(AuditEntry).order_by(col(AuditEntry.id))))
    engine.dispose()
    return rows


def owner_id(url: str) -> int:
    engine = make_engine(url)
    with engine.connect() as conn:
        found = conn.execute(sa.text("SELECT id FROM staff WHERE role = 'owner'")).scalar_one()
    engine.dispose()
    return int(found)


COMMANDS = [
    ("export", "{tmp}/salon.json"),
    ("export", "customers", "{tmp}/c.csv"),
    ("import", "customers", "{tmp}/missing.csv"),
    ("backup", "--to", "{tmp}/b"),
    ("verify",),
    ("report", "--month", "2026-11", "--json", "{tmp}/r.json"),
    ("close", "--month", "2026-10"),
]


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c[:2]))
def test_without_a_terminal_or_pin_stdin_a_command_is_refused_with_exit_2(
    salon: str, tmp_path: Path, command: tuple[str, ...]
) -> None:
    before = len(audit_rows(salon))
    argv = [a.format(tmp=tmp_path) for a in command]
    code, out, err = cli(*argv, "--db", salon)
    assert code == 2, (out, err)
    assert "owner's PIN" in err and "--pin-stdin" in err and "Traceback" not in err
    assert not (tmp_path / "salon.json").exists() and not (tmp_path / "c.csv").exists()
    assert len(audit_rows(salon)) == before  # nothing happened, nothing to audit


def test_import_without_a_pin_is_refused_with_exit_2(salon: str, tmp_path: Path) -> None:
    dump = tmp_path / "salon.json"
    assert cli("export", str(dump), "--with-credentials", "--db", salon, "--pin-stdin", stdin=PIN + "\n")[0] == 0
    empty = f"sqlite:///{tmp_path / 'empty.sqlite3'}"
    code, _out, err = cli("import", str(dump), "--db", empty)
    assert code == 2 and "--pin-stdin" in err


def test_demo_check_help_and_version_need_no_pin(
    salon: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli("check", "--db", salon)[0] == 0
    demo = f"sqlite:///{tmp_path / 'demo.sqlite3'}"
    assert cli("demo", "--db", demo, "--customers", "3", "--months", "1")[0] == 0
    for flag in ("--help", "--version"):
        with pytest.raises(SystemExit) as exit_:
            main([flag])
        assert exit_.value.code == 0
    assert "--pin-stdin" not in capsys.readouterr().err


def test_a_wrong_pin_is_refused_counted_and_does_nothing(salon: str, tmp_path: Path) -> None:
    code, _out, err = cli("export", str(tmp_path / "salon.json"), "--db", salon, "--pin-stdin", stdin="9999\n")
    assert code == 1 and "Wrong PIN" in err
    assert not (tmp_path / "salon.json").exists()
    engine = make_engine(salon)
    with uow_factory(engine)() as uow:
        owner = uow.session.get(Staff, owner_id(salon))
        assert owner is not None and owner.failed_pins == 1
    engine.dispose()
    code, _out, err = cli("export", str(tmp_path / "salon.json"), "--db", salon, "--pin-stdin", stdin="2222\n")
    assert code == 1, "the receptionist's PIN is not the owner's"


def test_on_a_terminal_the_pin_is_asked_without_echo(
    salon: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def fake_getpass(prompt: str, stream: object = None) -> str:
        asked.append(prompt)
        return PIN

    monkeypatch.setattr(_common.getpass, "getpass", fake_getpass)
    code, out, _err = cli("verify", "--db", salon, tty=True)
    assert code == 0 and "All" in out
    assert asked == ["Owner's PIN: "]


def test_commands_are_audited_with_the_owner_and_exports_are_counted_in_p1(salon: str, tmp_path: Path) -> None:
    owner = owner_id(salon)
    before = len(audit_rows(salon))
    run = [
        ("export", str(tmp_path / "salon.json")),
        ("export", "customers", str(tmp_path / "c.csv")),
        ("verify",),
    ]
    for argv in run:
        code, out, err = cli(*argv, "--db", salon, "--pin-stdin", stdin=PIN + "\n")
        assert code == 0, (argv, out, err)
    new = audit_rows(salon)[before:]
    assert {r.staff_id for r in new} == {owner}
    logins = [r.new_value for r in new if r.action == "command_line"]
    assert logins == ["export salon", "export customers", "verify"]
    exports = [(r.action, r.entity, r.new_value) for r in new if r.action.startswith("export")]
    assert exports == [
        ("export_salon", "customer", "3"),
        ("export", "salon", "left out"),
        ("export_all", "customer", "3"),
    ]

    from salondesk.queries.metrics_complaints import load_complaint_rows
    from salondesk.services.settings import get_settings

    engine = make_engine(salon)
    now = datetime.now(UTC)
    local = now.astimezone(ZoneInfo(TZ))
    period = month_period(local.year, local.month, ZoneInfo(TZ))
    settings = get_settings(uow_factory(engine)())
    rows = load_complaint_rows(uow_factory(engine)(), FigureContext(period, now, ZoneInfo(TZ), settings))
    engine.dispose()
    counted = [(d.action, d.records) for d in rows.data_requests]
    assert counted == [("export_salon", 3), ("export_all", 3)]


def test_the_whole_salon_import_checks_the_files_owner_pin_and_its_chains(salon: str, tmp_path: Path) -> None:
    dump = tmp_path / "salon.json"
    assert cli("export", str(dump), "--with-credentials", "--db", salon, "--pin-stdin", stdin=PIN + "\n")[0] == 0
    empty = tmp_path / "empty.sqlite3"
    code, _out, err = cli("import", str(dump), "--db", f"sqlite:///{empty}", "--pin-stdin", stdin="2222\n")
    assert code == 1 and "not the PIN of an owner in this file" in err
    assert _row_count(f"sqlite:///{empty}", "staff") == 0

    data = json.loads(dump.read_text(encoding="utf-8"))
    audit = data["tables"]["auditentry"]
    column = audit["columns"].index("new_value")
    audit["rows"][2][column] = "edited in the file"
    first_broken = audit["rows"][2][audit["columns"].index("id")]
    forged = tmp_path / "forged.json"
    forged.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    code, _out, err = cli("import", str(forged), "--db", f"sqlite:///{empty}", "--pin-stdin", stdin=PIN + "\n")
    assert code == 1
    assert f"“Audit trail” is broken at entry {first_broken}" in err and "Traceback" not in err
    assert _row_count(f"sqlite:///{empty}", "staff") == 0  # nothing imported

    code, _out, err = cli("import", str(dump), "--db", f"sqlite:///{empty}", "--pin-stdin", stdin=PIN + "\n")
    assert code == 0, err
    last = audit_rows(f"sqlite:///{empty}")[-1]
    assert (last.action, last.entity, last.staff_id) == ("import", "salon", owner_id(salon))


def test_an_export_without_pins_imports_under_its_owner_who_sets_a_pin_but_never_a_forged_one(
    salon: str, tmp_path: Path
) -> None:
    dump = tmp_path / "salon.json"
    assert cli("export", str(dump), "--db", salon, "--pin-stdin", stdin=PIN + "\n")[0] == 0
    data = json.loads(dump.read_text(encoding="utf-8"))
    assert data["credentials"] is False
    audit = data["tables"]["auditentry"]
    audit["rows"][1][audit["columns"].index("new_value")] = "edited in the file"
    forged = tmp_path / "forged.json"
    forged.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    empty = tmp_path / "empty.sqlite3"
    code, _out, err = cli("import", str(forged), "--db", f"sqlite:///{empty}", "--owner-pin-stdin", stdin="4321\n")
    assert code == 1 and "is broken at entry" in err
    assert _row_count(f"sqlite:///{empty}", "staff") == 0

    code, out, err = cli("import", str(dump), "--db", f"sqlite:///{empty}", "--owner-pin-stdin", stdin="4321\n")
    assert code == 0, err
    assert "PIN set for" in out
    last = [r for r in audit_rows(f"sqlite:///{empty}") if r.action == "import"][-1]
    assert (last.entity, last.staff_id) == ("salon", owner_id(salon))
    assert cli("verify", "--db", f"sqlite:///{empty}", "--pin-stdin", stdin="4321\n")[0] == 0


def _row_count(url: str, table: str) -> int:
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            return int(conn.execute(sa.text(f"SELECT count(*) FROM {table}")).scalar_one())
    finally:
        engine.dispose()


HOLD_WINDOW_LOCK = (
    "import sys; from pathlib import Path; from salondesk.db.open_lock import hold_window_lock; "
    "assert hold_window_lock(Path(sys.argv[1])); print('ready', flush=True); sys.stdin.read()"
)
HOLD_CONNECTION = (
    "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); c.execute('SELECT count(*) FROM staff').fetchall(); "
    "print('ready', flush=True); sys.stdin.read()"
)


def _holding(script: str, database: Path) -> subprocess.Popen[str]:
    holder = subprocess.Popen(
        [sys.executable, "-c", script, str(database)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
    return holder


def _release(holder: subprocess.Popen[str]) -> None:
    assert holder.stdin is not None
    holder.stdin.close()
    holder.wait(10)


def test_restore_refuses_while_another_process_has_the_database_open(salon: str, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    assert cli("backup", "--to", str(folder), "--db", salon, "--pin-stdin", stdin=PIN + "\n")[0] == 0
    (backup,) = folder.glob("salondesk-*.sqlite3*")
    database = tmp_path / "salon.sqlite3"
    customer_service.create_customer(
        uow_factory(engine := make_engine(salon))(), _owner_actor(engine), SystemClock(), _input("赵敏")
    )
    engine.dispose()

    window = _holding(HOLD_WINDOW_LOCK, database)  # a SalonDesk window elsewhere
    try:
        code, _out, err = cli("restore", str(backup), "--yes", "--db", salon, "--pin-stdin", stdin=PIN + "\n")
    finally:
        _release(window)
    assert code == 1 and f"process {window.pid}" in err and "Close that SalonDesk window" in err
    assert _row_count(salon, "customer") == 4  # nothing restored

    browser = _holding(HOLD_CONNECTION, database)  # any other program with the file open
    try:
        code, _out, err = cli("restore", str(backup), "--yes", "--db", salon, "--pin-stdin", stdin=PIN + "\n")
    finally:
        _release(browser)
    assert code == 1 and "Another program has the database salon.sqlite3 open" in err
    assert _row_count(salon, "customer") == 4

    code, _out, err = cli("restore", str(backup), "--yes", "--db", salon, "--pin-stdin", stdin=PIN + "\n")
    assert code == 0, err
    assert _row_count(salon, "customer") == 3  # the backup's
    last = audit_rows(salon)[-1]
    assert (last.action, last.entity, last.entity_id, last.staff_id) == (
        "restore",
        "database",
        backup.name,
        owner_id(salon),
    )


def _owner_actor(engine: Engine):  # type: ignore[no-untyped-def]
    from salondesk.services.auth import actor_for

    with uow_factory(engine)() as uow:
        return actor_for(uow.session.exec(sa.select(Staff).where(Staff.role == Role.OWNER)).scalars().one())


def _input(name: str) -> customer_service.CustomerInput:
    return customer_service.CustomerInput(name)
