"""Every command against every kind of bad database or file (docs/cli.md).

For each case: the documented exit code, one translated line on stderr (progress bars
aside), no traceback, and nothing created or changed — neither the database, nor the
output folder, nor the data folder (no surprise backups).
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import re
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from salondesk.cli import main
from salondesk.db.opening import ExitCode, display_url

PASSWORD = "s3cret-pw"
PROGRESS = re.compile(r"\d+%\s+\[")
COMMANDS: dict[str, list[str]] = {
    "check": ["check"],
    "verify": ["verify"],
    "report": ["report", "--month", "2026-10", "--out", "{out}/r.pdf"],
    "export": ["export", "{out}/salon.json"],
    "export customers": ["export", "customers", "{out}/c.csv"],
    "import": ["import", "{inputs}/salon.json"],
    "import customers": ["import", "customers", "{inputs}/c.csv"],
    "backup": ["backup", "--to", "{out}/bk"],
    "restore": ["restore", "{inputs}/backup.sqlite3", "--yes"],
    "demo": ["demo", "--customers", "1", "--months", "1"],
}
CREATORS = {"import", "restore", "demo"}  # may create a missing database (docs/cli.md)
DEMO_OWNER_PIN = "1111"
OWNER_PIN = ["--pin-stdin"]
CUSTOMERS_CSV = "name,mobile,member_number\n张伟,13812345678,M1\nAnna Lee,13900001111,M2\n"


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small demo salon (template), its export, a customer list and a backup file."""
    folder = tmp_path_factory.mktemp("inputs")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SALONDESK_DATA_DIR", str(folder / "data"))
        url = f"sqlite:///{folder / 'template.sqlite3'}"
        assert main(["demo", "--db", url, "--customers", "5", "--months", "1"], **_streams()) == 0
        assert main(["export", str(folder / "salon.json"), "--db", url, *OWNER_PIN], **_streams(stdin=True)) == 0
    shutil.copy(folder / "template.sqlite3", folder / "backup.sqlite3")
    (folder / "c.csv").write_text(CUSTOMERS_CSV, encoding="utf-8")
    return folder


def _streams(*, stdin: bool = False) -> dict[str, io.StringIO]:
    streams = {"stdout": io.StringIO(), "stderr": io.StringIO()}
    if stdin:
        streams["stdin"] = io.StringIO(DEMO_OWNER_PIN + "\n")
    return streams


def snapshot(*roots: Path) -> dict[str, str]:
    """Every file under ``roots`` with a hash of its content."""
    files = {}
    for root in roots:
        for path in sorted(root.rglob("*")):
            if path.is_file():
                files[str(path)] = hashlib.sha256(path.read_bytes()).hexdigest()
    return files


def run_cli(argv: list[str]) -> tuple[int, str, str]:
    """Run as a script would: the demo owner's PIN on stdin (docs/cli-pin.md)."""
    out, err = io.StringIO(), io.StringIO()
    code = main([*argv, *OWNER_PIN], stdout=out, stderr=err, stdin=io.StringIO(DEMO_OWNER_PIN + "\n"))
    return int(code), out.getvalue(), err.getvalue()


def message_lines(err: str) -> list[str]:
    return [line for line in err.splitlines() if line.strip() and not PROGRESS.search(line)]


def command_line(name: str, inputs: Path, out: Path, url: str, lang: str = "en") -> list[str]:
    args = [a.format(inputs=inputs, out=out) for a in COMMANDS[name]]
    return [*args, "--db", url, "--lang", lang]


def assert_refused(
    name: str, inputs: Path, tmp_path: Path, url: str, expected: int, watched: list[Path], lang: str = "en"
) -> str:
    out = tmp_path / "out"
    out.mkdir(exist_ok=True)
    before = snapshot(out, *watched)
    code, _stdout, err = run_cli(command_line(name, inputs, out, url, lang))
    assert code == expected, (name, err)
    assert "Traceback" not in err
    lines = message_lines(err)
    assert len(lines) == 1, (name, err)
    assert snapshot(out, *watched) == before, f"{name} changed files"
    return lines[0]


def healthy_copy(inputs: Path, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / "salon.sqlite3"
    shutil.copy(inputs / "template.sqlite3", target)
    return target


# ------------------------------------------------------------------ the database cannot be opened
@pytest.mark.parametrize("name", sorted(set(COMMANDS) - CREATORS))
def test_a_mistyped_database_is_refused_and_not_created(
    name: str, inputs: Path, tmp_path: Path, _isolated_paths: Path
) -> None:
    url = f"sqlite:///{tmp_path / 'typo.sqlite3'}"
    line = assert_refused(name, inputs, tmp_path, url, ExitCode.DATABASE, [tmp_path, _isolated_paths])
    assert "No database at" in line
    assert not (tmp_path / "typo.sqlite3").exists()


BAD_URLS = {
    "folder": ("sqlite:///{tmp}/a-folder", "is a folder"),
    "not sqlite": ("sqlite:///{tmp}/notes.txt", "is not a SQLite database file"),
    "unparseable": ("::not a url::", "is not a database address"),
    "mysql": (f"mysql://salon:{PASSWORD}@localhost/salon", "not with mysql"),
    "unknown scheme": ("foo://bar/baz", "not with foo"),
    "server down": (f"postgresql+psycopg://salon:{PASSWORD}@127.0.0.1:9/salon", "cannot be reached"),
}


@pytest.mark.parametrize("name", sorted(COMMANDS))
@pytest.mark.parametrize("case", sorted(BAD_URLS))
def test_a_database_that_cannot_be_opened(
    name: str, case: str, inputs: Path, tmp_path: Path, _isolated_paths: Path
) -> None:
    (tmp_path / "a-folder").mkdir()
    (tmp_path / "notes.txt").write_text("shopping list\n", encoding="utf-8")
    template, words = BAD_URLS[case]
    url = template.format(tmp=tmp_path)
    expected = ExitCode.DATABASE
    if name == "restore" and case == "server down":
        expected, words = ExitCode.REFUSED, "restore replaces a SQLite file"
    line = assert_refused(name, inputs, tmp_path, url, expected, [tmp_path, _isolated_paths])
    assert words in line
    assert PASSWORD not in line


@pytest.mark.parametrize("name", sorted(set(COMMANDS) - {"restore"}))
def test_a_database_from_a_newer_version_is_refused_untouched(
    name: str, inputs: Path, tmp_path: Path, _isolated_paths: Path
) -> None:
    db = healthy_copy(inputs, tmp_path / "db")
    with contextlib.closing(sqlite3.connect(db)) as conn, conn:
        conn.execute("UPDATE alembic_version SET version_num = 'f00dfeed2027'")
    line = assert_refused(name, inputs, tmp_path, f"sqlite:///{db}", ExitCode.DATABASE, [tmp_path, _isolated_paths])
    assert "newer version of SalonDesk" in line and "f00dfeed2027" in line


def test_messages_are_translated(inputs: Path, tmp_path: Path, _isolated_paths: Path) -> None:
    url = f"sqlite:///{tmp_path / 'typo.sqlite3'}"
    line = assert_refused("verify", inputs, tmp_path, url, ExitCode.DATABASE, [tmp_path], lang="zh_CN")
    assert "没有数据库" in line
    line = assert_refused("report", inputs, tmp_path, "mysql://a:b@c/d", ExitCode.DATABASE, [tmp_path], lang="zh_CN")
    assert "不支持 mysql" in line


def test_passwords_are_hidden_in_shown_urls() -> None:
    assert display_url(f"postgresql+psycopg://salon:{PASSWORD}@db.local/salon") == (
        "postgresql+psycopg://salon:***@db.local/salon"
    )
    assert PASSWORD not in display_url(f"postgre sql://salon:{PASSWORD}@db.local/salon")


# ------------------------------------------------------------------ read-only database
@contextlib.contextmanager
def read_only(folder: Path) -> Iterator[None]:
    """``folder`` read-only: a read-only bind mount as root (root ignores file modes), else chmod."""
    if os.geteuid() == 0:
        subprocess.run(["mount", "--bind", str(folder), str(folder)], check=True)
        try:
            subprocess.run(["mount", "-o", "remount,bind,ro", str(folder)], check=True)
            yield
        finally:
            subprocess.run(["umount", str(folder)], check=True)
    else:
        modes = {p: p.stat().st_mode for p in [folder, *folder.iterdir()]}
        for path in modes:
            path.chmod(0o555 if path.is_dir() else 0o444)
        try:
            yield
        finally:
            for path, mode in modes.items():
                path.chmod(mode)


# Reading records from the command line is audited with the owner (records.md): a database that
# cannot be written cannot record it, so only `check` (which reads no records) works on one.
READ_ONLY_OK = {"check"}


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_a_read_only_database(name: str, inputs: Path, tmp_path: Path, _isolated_paths: Path) -> None:
    db = healthy_copy(inputs, tmp_path / "db")
    url = f"sqlite:///{db}"
    before = snapshot(tmp_path / "db")
    with read_only(tmp_path / "db"):
        if name in READ_ONLY_OK:
            out = tmp_path / "out"
            out.mkdir()
            code, stdout, err = run_cli(command_line(name, inputs, out, url))
            assert code == 0, err
            assert "Traceback" not in err
            if name == "check":
                assert "Integrity: ok" in stdout and "Schema: at head" in stdout
        else:
            line = assert_refused(name, inputs, tmp_path, url, ExitCode.CANNOT_WRITE, [_isolated_paths])
            assert "read-only" in line
    assert snapshot(tmp_path / "db") == before


# ------------------------------------------------------------------ a full drive
@contextlib.contextmanager
def tiny_drive(folder: Path, size_kb: int) -> Iterator[None]:
    folder.mkdir(parents=True, exist_ok=True)
    subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size_kb}k", "tmpfs", str(folder)], check=True)
    try:
        yield
    finally:
        subprocess.run(["umount", str(folder)], check=True)


def fill(folder: Path, leave_kb: int) -> None:
    """Fill the drive until about ``leave_kb`` is left."""
    stat = os.statvfs(folder)
    free = stat.f_bavail * stat.f_frsize - leave_kb * 1024
    if free > 0:
        (folder / "ballast").write_bytes(b"\0" * free)


needs_root = pytest.mark.skipif(os.geteuid() != 0, reason="mounting a tiny tmpfs needs root")


@needs_root
def test_backup_to_a_full_drive_leaves_nothing(inputs: Path, tmp_path: Path, _isolated_paths: Path) -> None:
    db = healthy_copy(inputs, tmp_path / "db")
    drive = tmp_path / "stick"
    with tiny_drive(drive, 256):
        code, _out, err = run_cli(["backup", "--to", str(drive), "--db", f"sqlite:///{db}"])
        assert code == ExitCode.CANNOT_WRITE, err
        assert "Traceback" not in err and len(message_lines(err)) == 1
        assert "drive is full" in err
        assert sorted(p.name for p in drive.iterdir()) == []


@needs_root
def test_import_customers_on_a_full_drive_changes_nothing(inputs: Path, tmp_path: Path, _isolated_paths: Path) -> None:
    drive = tmp_path / "drive"
    with tiny_drive(drive, 16384):  # room for the demo salon with its evidence photos and sealed audit trail
        db = healthy_copy(inputs, drive)
        rows = "".join(f"客户{i},1390000{i:04d},N{i}\n" for i in range(6000))
        big = tmp_path / "big.csv"
        big.write_text("name,mobile,member_number\n" + rows, encoding="utf-8")
        fill(drive, 64)
        before = hashlib.sha256(db.read_bytes()).hexdigest()
        code, _out, err = run_cli(["import", "customers", str(big), "--db", f"sqlite:///{db}"])
        assert code == ExitCode.CANNOT_WRITE, err
        assert "Traceback" not in err and len(message_lines(err)) == 1
        assert "drive is full" in err
        with contextlib.closing(sqlite3.connect(db)) as conn:
            assert conn.execute("SELECT count(*) FROM customer WHERE member_number LIKE 'N%'").fetchone() == (0,)
        assert before  # the rows are what matter (checked above): the file may differ by a checkpoint


@needs_root
@pytest.mark.parametrize(
    "argv", [["export", "{drive}/salon.json"], ["report", "--month", "2026-10", "--out", "{drive}/r.pdf"]]
)
def test_writing_to_a_full_drive_leaves_no_partial_file(
    argv: list[str], inputs: Path, tmp_path: Path, _isolated_paths: Path
) -> None:
    db = healthy_copy(inputs, tmp_path / "db")
    drive = tmp_path / "stick"
    with tiny_drive(drive, 256):
        fill(drive, 8)
        code, _out, err = run_cli([*(a.format(drive=drive) for a in argv), "--db", f"sqlite:///{db}"])
        assert code == ExitCode.CANNOT_WRITE, err
        assert "Traceback" not in err and "drive is full" in message_lines(err)[-1]
        assert [p.name for p in drive.iterdir()] == ["ballast"]


# ------------------------------------------------------------------ arguments and values
def test_import_without_a_file_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["import"])
    err = capsys.readouterr().err
    assert code == ExitCode.USAGE
    assert "usage: salondesk import" in err and "Traceback" not in err


def test_report_of_the_last_representable_month(inputs: Path, tmp_path: Path) -> None:
    db = healthy_copy(inputs, tmp_path / "db")
    for month, words in (("9999-12", "from 1900-01 to 9998-12"), ("2026-13", "YYYY-MM"), ("0000-01", "1900-01")):
        code, _out, err = run_cli(["report", "--month", month, "--db", f"sqlite:///{db}"])
        assert code == ExitCode.REFUSED, err
        assert words in err and "Traceback" not in err
    assert not list(Path.cwd().glob("compliance-9999-12*"))


def test_wrong_input_files(inputs: Path, tmp_path: Path, _isolated_paths: Path) -> None:
    db = healthy_copy(inputs, tmp_path / "db")
    url = f"sqlite:///{db}"
    (tmp_path / "folder.json").mkdir()
    (tmp_path / "photo.json").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    (tmp_path / "photo.csv").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    before = snapshot(tmp_path / "db", _isolated_paths)
    for argv, words in (
        (["import", str(tmp_path / "missing.json")], "not found"),
        (["import", str(tmp_path / "folder.json")], "not found"),
        (["import", str(tmp_path / "photo.json")], "not a readable SalonDesk export"),
        (["import", "customers", str(tmp_path / "missing.csv")], "No such file"),
        (["import", "customers", str(tmp_path / "photo.csv")], "could not be recognised"),
        (["restore", str(tmp_path / "photo.json"), "--yes"], "failed the integrity check"),
        (["restore", str(tmp_path / "folder.json"), "--yes"], "File not found"),
        (["export", str(tmp_path / "folder.json")], "folder"),
    ):
        code, _out, err = run_cli([*argv, "--db", url])
        assert code in (ExitCode.REFUSED, ExitCode.CANNOT_WRITE), (argv, err)
        assert words in err, (argv, err)
        assert "Traceback" not in err and len(message_lines(err)) == 1
    assert snapshot(tmp_path / "db", _isolated_paths) == before


@pytest.mark.parametrize("folder", ["bk #1", "bk ?mode=rw", "50%off"])
def test_integrity_check_of_a_file_in_an_awkward_folder(inputs: Path, tmp_path: Path, folder: str) -> None:
    from salondesk.db.backup import integrity_ok

    good = tmp_path / folder / "salondesk-good.sqlite3"
    good.parent.mkdir()
    shutil.copy(inputs / "backup.sqlite3", good)
    assert integrity_ok(good)
    corrupt = tmp_path / folder / "salondesk-corrupt.sqlite3"
    data = bytearray(good.read_bytes())
    data[4096 : 4096 * 3] = b"\xa5" * (4096 * 2)  # garble two pages after the header
    corrupt.write_bytes(bytes(data))
    assert not integrity_ok(corrupt)
    (tmp_path / "bk ").write_bytes(good.read_bytes())  # what an unescaped URI "file:…/bk #1/…" would open
    assert not integrity_ok(corrupt)
