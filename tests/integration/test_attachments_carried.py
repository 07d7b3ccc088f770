"""Evidence is part of the record: backups, restore, export/import, a second PC, verify, the old folder."""

from __future__ import annotations

import hashlib
import io
import json
from datetime import timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import Engine

from salondesk import config
from salondesk.cli import main
from salondesk.db import transfer
from salondesk.db.engine import make_engine
from salondesk.db.migrate import current_revision, upgrade
from salondesk.db.uow import UnitOfWork, uow_factory
from salondesk.domain.attachments import Attachment
from salondesk.domain.audit import AuditEntry
from salondesk.domain.complaints import EntryKind
from salondesk.domain.errors import AuthenticationError
from salondesk.domain.permissions import SYSTEM
from salondesk.domain.staff import Staff
from salondesk.queries import complaints as q
from salondesk.services import attachments, auth, salon_transfer
from salondesk.services import backup as backup_service
from salondesk.services import complaints as svc
from salondesk.services.records_chain import verify_all
from salondesk.services.settings import load_settings
from tests.attachment_files import jpeg_bytes, pdf_bytes
from tests.conftest import pin_of
from tests.unit.test_complaint_support import log

Evidence = tuple[int, dict[str, bytes]]


def _owner_pin() -> io.StringIO:
    return io.StringIO("1234\n")  # the conftest owner's PIN, for --pin-stdin


def _url(engine: Engine) -> str:
    return engine.url.render_as_string(hide_password=False)


@pytest.fixture
def evidence(new_uow, receptionist, clock, tmp_path: Path) -> Evidence:
    """A complaint with a photo of the burn and a PDF receipt as evidence."""
    cid = log(new_uow, receptionist, clock, clock.now())
    files = {"burn.jpg": jpeg_bytes(3000, 2000), "receipt.pdf": pdf_bytes(2)}
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
        svc.add_evidence(
            new_uow(), receptionist, clock, cid, f"Evidence {name}", tmp_path / name, pin=pin_of(receptionist)
        )
    return cid, files


def _assert_evidence_intact(engine: Engine, cid: int, files: dict[str, bytes], clock) -> None:
    new_uow = uow_factory(engine)
    entries = [
        e
        for e in q.complaint_detail(new_uow(), cid, clock.now(), viewer=SYSTEM).entries
        if e.kind == EntryKind.EVIDENCE
    ]
    assert {e.file_name: e.file_sha256 for e in entries} == {
        name: hashlib.sha256(data).hexdigest() for name, data in files.items()
    }
    for entry in entries:
        stored = attachments.load(new_uow(), entry.file_sha256)  # re-hashed on reading
        assert stored.data == files[entry.file_name]
    assert attachments.verify(new_uow()) == (2, [])
    assert all(status.ok for status in verify_all(new_uow()))


@pytest.mark.sqlite_only
def test_evidence_survives_backup_and_restore(engine: Engine, owner, evidence: Evidence, clock, tmp_path) -> None:
    cid, files = evidence
    with UnitOfWork(engine) as uow:
        settings = load_settings(uow)
    backup = backup_service.backup_now(engine, settings, clock, owner, tmp_path / "bk")
    with engine.begin() as conn:  # the PC loses its evidence (or the whole database)
        conn.execute(sa.delete(Attachment.__table__))
    assert attachments.verify(UnitOfWork(engine))[1]
    engine.dispose()
    backup_service.restore_backup(engine, backup, owner, clock)
    _assert_evidence_intact(engine, cid, files, clock)


def test_evidence_survives_export_and_import_into_an_empty_database(
    engine: Engine, evidence: Evidence, clock, tmp_path
) -> None:
    cid, files = evidence
    path = tmp_path / "salon.json"
    transfer.export_salon(engine, path, now=clock.now())
    table = json.loads(path.read_text(encoding="utf-8"))["tables"]["attachment"]
    assert len(table["rows"]) == 2 and "data" in table["columns"]
    target = make_engine(f"sqlite:///{tmp_path / 'new-pc.sqlite3'}")
    upgrade(target)
    transfer.import_salon(target, path)
    _assert_evidence_intact(target, cid, files, clock)
    target.dispose()


def test_evidence_is_visible_from_a_second_connection(engine: Engine, evidence: Evidence, clock) -> None:
    """On PostgreSQL two counters share one server: the file saved at one is there at the other."""
    cid, files = evidence
    other_counter = make_engine(_url(engine))
    _assert_evidence_intact(other_counter, cid, files, clock)
    other_counter.dispose()


def test_verify_names_a_deleted_and_an_altered_attachment(
    engine: Engine, evidence: Evidence, capsys: pytest.CaptureFixture[str]
) -> None:
    _cid, files = evidence
    photo, receipt = (hashlib.sha256(files[n]).hexdigest() for n in ("burn.jpg", "receipt.pdf"))
    assert main(["verify", "--db", _url(engine), "--pin-stdin"], stdin=_owner_pin()) == 0
    assert "attachments: OK (2 files re-hashed)" in capsys.readouterr().out
    table = Attachment.__table__
    with engine.begin() as conn:
        conn.execute(sa.update(table).where(table.c.sha256 == photo).values(data=jpeg_bytes(10, 10)))
        conn.execute(sa.delete(table).where(table.c.sha256 == receipt))
    assert main(["verify", "--db", _url(engine), "--pin-stdin"], stdin=_owner_pin()) == 1
    out, err = capsys.readouterr()
    assert f"attachment {photo}: ALTERED" in out
    assert f"attachment {receipt}: MISSING: cited by complaint C-2026-0001, entry" in out
    assert "2 attachment(s) missing or altered." in err


def test_folder_files_move_into_the_database_by_migration(
    engine: Engine, new_uow, receptionist, technician, clock, tmp_path
) -> None:
    """A database from before the attachment table, its files in the old folder layouts."""
    from dataclasses import replace

    from alembic import command
    from alembic.script import ScriptDirectory

    from salondesk.db.migrate import alembic_config
    from salondesk.domain.clock import FrozenClock
    from salondesk.queries import hygiene as hygiene_queries
    from salondesk.services import hygiene as hygiene_service
    from tests.unit.test_hygiene_service import answers

    hygiene_service.install_default_templates(new_uow(), FrozenClock(clock.now() - timedelta(days=30)))
    weekly = {t.key: t for t in hygiene_queries.templates(new_uow())}["weekly"]

    cid = log(new_uow, receptionist, clock, clock.now())
    files = {"scalp.jpg": jpeg_bytes(800, 600), "letter.pdf": pdf_bytes(1), "tampered.jpg": jpeg_bytes(20, 20)}
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
        svc.add_evidence(new_uow(), receptionist, clock, cid, name, tmp_path / name, pin=pin_of(receptionist))
    photo = jpeg_bytes(2000, 1500, "#9bbb59")  # larger than the screen: it gets a display copy
    photo_hash = attachments.store(new_uow(), technician, clock, photo)
    first, *rest = answers(weekly)
    draft = hygiene_service.RunDraft(weekly.id, (replace(first, photo_hash=photo_hash), *rest))
    hygiene_service.sign_run(new_uow(write_lock=True), technician, clock, draft, technician.staff_id, "3333")
    # the old layouts: complaints/<sha><suffix>, hygiene photos at the top
    folder = config.data_dir() / "attachments"
    (folder / "complaints").mkdir(parents=True, exist_ok=True)
    digests = {name: hashlib.sha256(data).hexdigest() for name, data in files.items()}
    for name, data in files.items():
        body = jpeg_bytes(21, 21) if name == "tampered.jpg" else data  # changed on disk after it was kept
        (folder / "complaints" / f"{digests[name]}{Path(name).suffix}").write_bytes(body)
    (folder / f"{photo_hash}.jpg").write_bytes(photo)
    (folder / "complaints" / f"{'a' * 64}.exe").write_bytes(b"MZ not cited by anyone")
    # back to the schema before the attachment table (it drops the rows), then up again
    cfg_engine = engine
    cfg = alembic_config()
    moving = next(
        r for r in ScriptDirectory.from_config(cfg).walk_revisions() if "attachments in the database" in r.doc
    )
    with cfg_engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, str(moving.down_revision))
    assert current_revision(cfg_engine) == moving.down_revision
    assert "attachment" not in sa.inspect(cfg_engine).get_table_names()
    upgrade(cfg_engine)
    with cfg_engine.connect() as conn:
        moved = dict(conn.execute(sa.select(Attachment.__table__.c.sha256, Attachment.__table__.c.media_type)).all())
    assert moved == {
        digests["scalp.jpg"]: "image/jpeg",
        digests["letter.pdf"]: "application/pdf",
        photo_hash: "image/jpeg",
    }
    assert attachments.load(new_uow(), digests["letter.pdf"]).data == files["letter.pdf"]
    assert attachments.load(new_uow(), photo_hash).display is not None
    checked, problems = attachments.verify(new_uow())
    assert checked == 3
    assert [(p.sha256, p.kind) for p in problems] == [(digests["tampered.jpg"], "missing")]


def test_export_leaves_pins_out_and_the_owner_sets_one_at_import(
    engine: Engine, owner, receptionist, clock, tmp_path, capsys, monkeypatch
) -> None:
    plain = tmp_path / "plain.json"
    assert main(["export", "--db", _url(engine), "--pin-stdin", str(plain)], stdin=_owner_pin()) == 0
    assert "Staff PINs are not in the file" in capsys.readouterr().out
    document = json.loads(plain.read_text(encoding="utf-8"))
    staff = document["tables"]["staff"]
    assert document["credentials"] is False
    assert {row[staff["columns"].index("pin_hash")] for row in staff["rows"]} == {""}

    target_url = f"sqlite:///{tmp_path / 'new-pc.sqlite3'}"
    monkeypatch.setattr("sys.stdin", io.StringIO("4321\n"))
    assert main(["import", "--db", target_url, "--owner-pin-stdin", str(plain)]) == 0
    out = capsys.readouterr().out
    assert "PIN set for 王芳. 1 other staff choose theirs at first login." in out
    target = make_engine(target_url)
    new_uow = uow_factory(target)
    assert auth.login(new_uow(), clock, owner.staff_id, "4321").staff_id == owner.staff_id
    assert auth.pin_missing(new_uow(), receptionist.staff_id)
    with pytest.raises(AuthenticationError, match="no PIN yet"):
        auth.login(new_uow(), clock, receptionist.staff_id, "2222")
    assert auth.set_first_pin(new_uow(), clock, receptionist.staff_id, "5678").staff_id == receptionist.staff_id
    with pytest.raises(AuthenticationError, match="already has a PIN"):
        auth.set_first_pin(new_uow(), clock, receptionist.staff_id, "9999")  # never replaces a PIN
    assert salon_transfer.staff_without_pin(target) == 0
    target.dispose()

    with_pins = tmp_path / "with-pins.json"
    assert (
        main(["export", "--db", _url(engine), "--pin-stdin", "--with-credentials", str(with_pins)], stdin=_owner_pin())
        == 0
    )
    assert "holds the staff PIN hashes" in capsys.readouterr().err
    document = json.loads(with_pins.read_text(encoding="utf-8"))
    staff = document["tables"]["staff"]
    assert document["credentials"] is True
    assert all(row[staff["columns"].index("pin_hash")].startswith("$argon2") for row in staff["rows"])
    with UnitOfWork(engine) as uow:
        audited = [
            (a.action, a.entity_id, a.new_value)
            for a in uow.session.exec(sa.select(AuditEntry).where(AuditEntry.entity == "salon")).scalars()
        ]
    assert audited == [("export", "plain.json", "left out"), ("export", "with-pins.json", "included")]
    with UnitOfWork(engine) as uow:
        exported = uow.session.exec(sa.select(AuditEntry).where(AuditEntry.action == "export_salon")).all()
    assert len(exported) == 2, "each whole-salon export is one export of customer data (P1)"
    copy = make_engine(f"sqlite:///{tmp_path / 'copy.sqlite3'}")
    upgrade(copy)
    assert (
        main(
            ["import", "--db", copy.url.render_as_string(hide_password=False), "--pin-stdin", str(with_pins)],
            stdin=_owner_pin(),
        )
        == 0
    )
    assert auth.login(uow_factory(copy)(), clock, receptionist.staff_id, "2222").staff_id == receptionist.staff_id
    with copy.connect() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(Staff.__table__)).scalar_one() == 2
    copy.dispose()
