"""The command line: subcommands, exit codes, clear errors without tracebacks, no Qt."""

from __future__ import annotations

import argparse
import functools
import gettext
import io
import json
import subprocess
import sys
import types
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlmodel import col

from salondesk import commands
from salondesk.cli import main
from salondesk.db.engine import make_engine
from salondesk.db.migrate import upgrade
from salondesk.db.uow import uow_factory
from salondesk.domain.clock import SystemClock
from salondesk.domain.settings import default_opening_hours
from salondesk.domain.staff import Staff
from salondesk.services import setup

CliRun = tuple[int, str, str]


DEMO_OWNER_PIN = "1111"  # 林悦, README's demo logins


def run(capsys: pytest.CaptureFixture[str], *argv: str, pin: str | None = None) -> CliRun:
    """Run the CLI; with ``pin`` it is given as a script would (``--pin-stdin``, first line of stdin)."""
    stdin = None
    if pin is not None:
        argv = (*argv, "--pin-stdin")
        stdin = io.StringIO(pin + "\n")
    code = main(list(argv), stdin=stdin)
    out, err = capsys.readouterr()
    return code, out, err


def staff_names(url: str) -> list[str]:
    engine = make_engine(url)
    with engine.connect() as conn:
        names = list(conn.execute(sa.select(col(Staff.name)).order_by(col(Staff.id))).scalars())
    engine.dispose()
    return names


@pytest.fixture
def demo_url(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    url = f"sqlite:///{tmp_path / 'demo.sqlite3'}"
    code, out, _err = run(capsys, "demo", "--db", url, "--seed", "2", "--customers", "20", "--months", "1")
    assert code == 0, out
    return url


def test_help_lists_the_subcommands(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["--help"])
    assert done.value.code == 0
    out = capsys.readouterr().out
    for command in ("demo", "backup", "restore", "check", "export", "import"):
        assert f"    {command} " in out


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--version"])
    assert capsys.readouterr().out.startswith("salondesk 0.")


@pytest.mark.parametrize(
    ("argv", "english", "chinese"),
    [
        (["verfy"], "argument COMMAND: invalid choice: 'verfy'", "参数 COMMAND：无效的选择：'verfy'"),
        (["report", "--month"], "argument --month: expected one argument", "参数 --month：需要一个值"),
        (["check", "--bogus"], "unrecognized arguments: --bogus", "无法识别的参数：--bogus"),
        (["restore"], "the following arguments are required: FILE", "缺少以下必需的参数：FILE"),
    ],
)
def test_a_mistyped_command_is_refused_in_the_run_language(
    capsys: pytest.CaptureFixture[str], argv: list[str], english: str, chinese: str
) -> None:
    """argparse's own usage and error lines follow ``--lang`` (exit 2, docs/cli.md), then argparse is English again."""
    for lang, usage, error in (("en", "usage: ", f"error: {english}"), ("zh_CN", "用法：", f"错误：{chinese}")):
        with pytest.raises(SystemExit) as done:
            main(["--lang", lang, *argv])
        assert done.value.code == 2
        lines = capsys.readouterr().err.strip().splitlines()
        assert lines[0].startswith(f"{usage}salondesk")
        assert lines[-1].startswith("salondesk") and error in lines[-1], lines
    assert argparse._ is gettext.gettext  # type: ignore[attr-defined]  # the rest of the process keeps gettext


def test_help_headings_in_chinese(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["--lang", "zh_CN", "check", "--help"])
    assert done.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("用法：salondesk check")
    assert "\n选项:\n" in out and "显示此帮助信息并退出" in out
    assert "usage:" not in out and "options:" not in out and "show this help" not in out


def test_demo_prints_the_logins(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = f"sqlite:///{tmp_path / 'demo.sqlite3'}"
    code, out, err = run(capsys, "--db", url, "demo", "--customers", "20", "--months", "1")
    assert code == 0
    assert "悦美发艺 Yuemei Hair & Beauty" in out
    assert "林悦" in out and "PIN 1111" in out
    assert out.count("PIN ") == 9
    assert "100%" in err  # progress on stderr
    assert len(staff_names(url)) == 9


def test_demo_refuses_a_salon_with_records(demo_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = run(capsys, "demo", "--db", demo_url)
    assert code == 1
    assert "empty database" in err
    assert "Traceback" not in err


def test_default_database_comes_from_the_environment(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    url = f"sqlite:///{tmp_path / 'env.sqlite3'}"
    monkeypatch.setenv("SALONDESK_DB_URL", url)
    assert run(capsys, "demo", "--customers", "5", "--months", "1")[0] == 0
    assert (tmp_path / "env.sqlite3").exists()


def test_default_database_is_in_the_data_dir(_isolated_paths: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "demo", "--customers", "5", "--months", "1")[0] == 0
    assert (_isolated_paths / "salondesk.sqlite3").exists()


def test_check(demo_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "check", "--db", demo_url)
    assert code == 0
    assert "Integrity: ok (quick_check)" in out
    assert "Schema: at head" in out
    code, out, _ = run(capsys, "check", "--full", "--db", demo_url)
    assert code == 0 and "integrity_check" in out

    missing = f"sqlite:///{tmp_path / 'missing.sqlite3'}"
    code, _out, err = run(capsys, "check", "--db", missing)
    assert code == 3 and "No database" in err  # docs/cli.md: the database cannot be opened
    assert not (tmp_path / "missing.sqlite3").exists()

    engine = make_engine(demo_url)
    with engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '0001'")  # one revision behind
    engine.dispose()
    code, out, _ = run(capsys, "check", "--db", demo_url)
    assert code == 1 and "Schema: at 0001" in out


def test_export_then_import_into_an_empty_database(
    demo_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "salon.json"
    code, out, _ = run(capsys, "export", str(path), "--db", demo_url, pin=DEMO_OWNER_PIN)
    assert code == 0 and "Exported" in out
    assert json.loads(path.read_text(encoding="utf-8"))["format"] == "salondesk-export"

    other = f"sqlite:///{tmp_path / 'other.sqlite3'}"
    code, out, _ = run(capsys, "--db", other, "import", str(path), pin=DEMO_OWNER_PIN)
    assert code == 0 and "Imported" in out
    assert staff_names(other) == staff_names(demo_url)

    code, _out, err = run(capsys, "--db", other, "import", "salon", str(path), pin=DEMO_OWNER_PIN)  # explicit kind
    assert code == 1
    assert "Import needs an empty database" in err
    assert "Traceback" not in err


def test_import_of_a_wrong_file_is_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = f"sqlite:///{tmp_path / 'x.sqlite3'}"
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "other"}', encoding="utf-8")
    code, _out, err = run(capsys, "--db", url, "import", str(bad))
    assert code == 1 and "is not a SalonDesk export" in err
    assert not (tmp_path / "x.sqlite3").exists()  # refused before touching the database
    code, _out, err = run(capsys, "--db", url, "import", str(tmp_path / "nope.json"))
    assert code == 1 and "File not found" in err


def test_backup_and_restore(demo_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "backups"
    code, out, _ = run(capsys, "backup", "--to", str(folder), "--db", demo_url, pin=DEMO_OWNER_PIN)
    assert code == 0 and "verified" in out
    (backup,) = folder.glob("salondesk-*.sqlite3.gz")

    engine = make_engine(demo_url)
    with engine.begin() as conn:
        conn.execute(sa.update(Staff).values(name="changed"))
    engine.dispose()

    code, _out, err = run(capsys, "restore", str(backup), "--db", demo_url, pin=DEMO_OWNER_PIN)  # no terminal: no
    assert code == 1 and "Nothing was restored" in err
    assert set(staff_names(demo_url)) == {"changed"}

    code, out, _ = run(capsys, "restore", str(backup), "--yes", "--db", demo_url, pin=DEMO_OWNER_PIN)
    assert code == 0 and "previous database is kept" in out
    assert "林悦" in staff_names(demo_url)


def test_restore_refuses_garbage(demo_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_bytes(b"\x13\x37" * 5000)
    code, _out, err = run(capsys, "restore", str(garbage), "--yes", "--db", demo_url, pin=DEMO_OWNER_PIN)
    assert code == 1
    assert "failed the integrity check" in err
    assert "Traceback" not in err
    assert "林悦" in staff_names(demo_url)


def test_record_kinds_extend_import_and_export(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """``import widgets FILE.csv`` reaches the area's handler; a plain path is still the salon."""
    seen: list[tuple[str, Path]] = []

    def handler(verb: str, args: argparse.Namespace, _env: object) -> int:
        seen.append((verb, args.file))
        return 0

    def register(_subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
        from salondesk.commands.transfer import add_record_kind

        for verb in ("import", "export"):
            p = add_record_kind(verb, "widgets", "widgets as CSV")
            p.add_argument("file", type=Path)
            p.set_defaults(func=functools.partial(handler, verb), needs_pin="none")

    fake = types.ModuleType("fake_customer_commands")
    fake.register = register  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "fake_customer_commands", fake)
    monkeypatch.setattr(commands, "MODULES", (*commands.MODULES, "fake_customer_commands"))

    url = f"sqlite:///{tmp_path / 'k.sqlite3'}"
    engine = make_engine(url)
    upgrade(engine)
    setup.run_first_setup(
        uow_factory(engine)(), SystemClock(), setup.FirstRun("K", "Asia/Shanghai", default_opening_hours(), "K", "1234")
    )
    engine.dispose()
    assert run(capsys, "--db", url, "import", "widgets", "people.csv")[0] == 0
    assert run(capsys, "export", "--db", url, "widgets", "out.csv")[0] == 0
    assert seen == [("import", Path("people.csv")), ("export", Path("out.csv"))]
    code, out, _ = run(capsys, "--db", url, "export", str(tmp_path / "widgets.json"), pin="1234")  # a path, not a kind
    assert code == 0 and "Exported" in out
    with pytest.raises(SystemExit):
        main(["import", "--help"])
    assert "widgets" in capsys.readouterr().out


def test_no_command_starts_the_gui(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    calls: list[tuple[str, str | None]] = []
    app = types.ModuleType("salondesk.app")

    def run_gui(url: str, lang: str | None) -> int:
        calls.append((url, lang))
        return 0

    app.run_gui = run_gui  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "salondesk.app", app)
    url = f"sqlite:///{tmp_path / 'gui.sqlite3'}"
    assert main(["--db", url, "--lang", "zh_CN"]) == 0
    assert calls == [(url, "zh_CN")]


def test_commands_do_not_load_qt(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'noqt.sqlite3'}"
    script = (
        "import sys; from salondesk.cli import main; "
        f"demo = ['demo', '--db', {url!r}, '--customers', '5', '--months', '1']; "
        f"codes = [main(demo), main(['check', '--db', {url!r}])]; "
        "print(codes, any(m.startswith('PySide6') for m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert result.stdout.strip().endswith("[0, 0] False")


@pytest.mark.parametrize("option", ["--help", "--version"])
@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_help_and_version_load_no_heavy_module(option: str, lang: str) -> None:
    """``salondesk --help``/``--version`` answer without importing Qt, the database or report libraries."""
    script = (
        "import sys; from salondesk.cli import main\n"
        "try:\n"
        f"    main([{option!r}, '--lang', {lang!r}])\n"
        "except SystemExit as done:\n"
        "    code = done.code\n"
        "heavy = ('PySide6', 'sqlalchemy', 'sqlmodel', 'alembic', 'reportlab', 'pyqtgraph', 'pypinyin', "
        "'salondesk.domain', 'salondesk.db', 'salondesk.queries', 'salondesk.reports', "
        "'salondesk.services.customer_import')\n"
        "loaded = sorted({m.split('.')[0] if not m.startswith('salondesk') else '.'.join(m.split('.')[:2])\n"
        "                 for m in sys.modules if m.startswith(heavy)})\n"
        "print('EXIT', code, 'LOADED', loaded)"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    last = result.stdout.strip().splitlines()[-1]
    assert last == "EXIT 0 LOADED []", result.stdout
    assert ("    demo " in result.stdout) == (option == "--help")


def test_every_command_still_has_its_handler_and_demo_defaults() -> None:
    """The parser is built without the command modules' imports; each command still reaches its handler."""
    from salondesk import demo
    from salondesk.cli import build_parser
    from salondesk.commands import demo as demo_command
    from salondesk.services.customer_import import ImportFormat

    assert demo_command.DEFAULT_CUSTOMERS == demo.DEFAULT_CUSTOMERS
    assert demo_command.DEFAULT_MONTHS == demo.DEFAULT_MONTHS
    parser = build_parser()
    for argv in (
        ["demo"],
        ["verify"],
        ["check"],
        ["backup"],
        ["report", "--month", "2026-10"],
        ["import", "salon", "x.json"],
        ["import", "customers", "x.csv", "--format", ImportFormat.FRESHA.value],
        ["export", "customers", "x.csv"],
    ):
        assert callable(parser.parse_args(argv).func), argv


def test_chinese_messages(demo_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--lang", "zh_CN", "check", "--db", demo_url)
    assert code == 0
    assert "完整性" in out


def test_failed_upgrade_is_reported_and_undone(
    demo_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A database alembic cannot upgrade: backed up into the owner's folder first, put back, clear message."""
    from salondesk.db import migrate

    # 'unknown' stands for an older revision whose upgrade fails (a truly unknown one is refused untouched)
    monkeypatch.setattr(migrate, "refuse_newer", migrate.current_revision)
    folder = tmp_path / "owner-backups"
    engine = make_engine(demo_url)
    with engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = 'unknown'")
    engine.dispose()
    from salondesk.db.uow import UnitOfWork
    from salondesk.domain.clock import SystemClock
    from salondesk.domain.permissions import SYSTEM
    from salondesk.services import settings as settings_service

    engine = make_engine(demo_url)
    settings_service.update_settings(UnitOfWork(engine), SYSTEM, SystemClock(), {"backup_folder": str(folder)})
    engine.dispose()
    code, _out, err = run(capsys, "export", str(tmp_path / "x.json"), "--db", demo_url, pin=DEMO_OWNER_PIN)
    assert code == 3
    assert "The database upgrade failed" in err and "Nothing was changed" in err
    assert "Traceback" not in err
    (saved,) = folder.glob("salondesk-*pre-upgrade-unknown*.sqlite3.gz")
    assert str(saved) in err
    assert not (tmp_path / "x.json").exists()


def test_chinese_backup_errors(demo_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_bytes(b"\x13\x37" * 5000)
    code, _out, err = run(capsys, "--lang", "zh_CN", "restore", str(garbage), "--yes", "--db", demo_url, pin="1111")
    assert code == 1
    assert "garbage.sqlite3 未通过完整性检查" in err
