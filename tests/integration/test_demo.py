"""The demo salon: deterministic, the staff the README lists, certificates that need attention."""

from __future__ import annotations

import random
import re
from collections import Counter
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import Engine

from salondesk.db.uow import uow_factory
from salondesk.demo import DemoContext, build_demo, names
from salondesk.demo.staff import STAFF
from salondesk.domain.clock import FrozenClock
from salondesk.domain.errors import Conflict
from salondesk.domain.permissions import Role
from salondesk.domain.staff import Assessment
from salondesk.queries.staff import certificate_rows, staff_rows, training_rows
from salondesk.services import auth
from salondesk.services import settings as settings_service

TODAY = date(2026, 11, 23)
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def demo(engine: Engine) -> Engine:
    build_demo(engine, seed=1, today=TODAY, customers=40, months=2)
    return engine


def test_staff_roles_and_logins(demo: Engine) -> None:
    new_uow = uow_factory(demo)
    roles = Counter(r.role for r in staff_rows(new_uow(), TODAY))
    assert roles == {Role.OWNER: 1, Role.RECEPTIONIST: 2, Role.TECHNICIAN: 6}
    names_ = {r.name for r in staff_rows(new_uow(), TODAY)}
    assert any(re.search(r"[A-Za-z]", n) for n in names_) and any(re.search(r"[\u4e00-\u9fff]", n) for n in names_)
    for person in STAFF:  # every printed PIN logs in
        sid = next(r.id for r in staff_rows(new_uow(), TODAY) if r.name == person.name)
        assert auth.login(new_uow(), auth_clock(), sid, person.pin).role == person.role


def auth_clock() -> FrozenClock:
    return FrozenClock(datetime(2026, 11, 23, 2, tzinfo=UTC))


def test_certificates_expiring_and_expired(demo: Engine) -> None:
    rows = certificate_rows(uow_factory(demo)(), TODAY)
    expiring = {(r.staff_name, r.kind.value) for r in rows if r.expiring}
    expired = [(r.staff_name, r.kind.value) for r in rows if r.valid_until is not None and r.valid_until < TODAY]
    assert expiring == {("曾晓燕", "health"), ("Kevin Liu", "hairdressing"), ("Amy Wu", "beauty")}
    assert expired == [("赵敏", "foot_care")]
    kinds = {r.kind.value for r in rows}
    assert kinds == {"hairdressing", "beauty", "nail", "foot_care", "health"}


def test_settings_and_training(demo: Engine) -> None:
    settings = settings_service.get_settings(uow_factory(demo)())
    assert settings.salon_name == "悦美发艺 Yuemei Hair & Beauty"
    assert settings.timezone == "Asia/Shanghai"
    assert settings.address
    assert settings.opening_hours["mon"] == ["10:00", "21:00"]
    assert settings.opening_hours["tue"] == ["10:00", "18:00"]
    sessions = training_rows(uow_factory(demo)())
    assert len(sessions) >= 4  # a quarterly training in each earlier quarter, then the four named ones
    results = [a for s in sessions for a in s.attendees]
    assert {a.assessment for a in results} == set(Assessment)
    assert any(a.rating is None for a in results) and any(a.rating is not None for a in results)


def test_settings_are_in_force_over_the_whole_history(demo: Engine) -> None:
    """Reports for past months read the settings in force then: they must exist from the start."""
    start = datetime(2026, 8, 31, 16, tzinfo=UTC)  # 1 September 00:00 in Shanghai: 2 months back
    assert settings_service.get_settings(uow_factory(demo)(), start).salon_name.startswith("悦美发艺")


def _dump(engine: Engine) -> dict[str, list[tuple[object, ...]]]:
    from salondesk.db import transfer

    with engine.connect() as conn:
        return {
            t.name: [tuple(r) for r in conn.execute(sa.select(t).order_by(*t.primary_key.columns))]
            for t in transfer.tables()
        }


def test_same_seed_same_salon(tmp_path: Path) -> None:
    from salondesk.db.engine import make_engine
    from salondesk.db.migrate import upgrade

    dumps = []
    for name in ("a", "b"):
        engine = make_engine(f"sqlite:///{tmp_path / name}.sqlite3")
        upgrade(engine)
        build_demo(engine, seed=7, today=TODAY, customers=30, months=2)
        dumps.append(_dump(engine))
        engine.dispose()
    for table in dumps[0]:
        mine, other = dumps[0][table], dumps[1][table]
        if table == "staff":  # argon2 hashes are salted
            mine, other = [r[:3] + r[4:] for r in mine], [r[:3] + r[4:] for r in other]
        assert mine == other, table


def test_refuses_a_salon_with_records(demo: Engine) -> None:
    with pytest.raises(Conflict):
        build_demo(demo, seed=1, today=TODAY)


def test_sizes_and_progress_reach_the_generators(engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    import salondesk.demo as demo_module

    seen: list[DemoContext] = []
    monkeypatch.setattr(demo_module, "generators", lambda: [("probe", seen.append)])
    steps: list[tuple[str, int, int]] = []
    summary = build_demo(
        engine, seed=3, customers=200_000, months=120, today=TODAY, progress=lambda *a: steps.append(a)
    )
    (ctx,) = seen
    assert (ctx.customers, ctx.months, ctx.today, ctx.seed) == (200_000, 120, TODAY, 3)
    assert ctx.history_start == date(2016, 11, 1)
    assert ctx.now.isoformat() == "2026-11-23T01:30:00+00:00"  # 09:30 in Shanghai
    assert steps[0] == ("probe", 0, 1) and steps[-1] == ("probe", 1, 1)
    assert (summary.customers, summary.months) == (200_000, 120)


def test_readme_lists_the_demo_logins() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("<!-- demo-logins -->", 1)[1].split("<!-- /demo-logins -->", 1)[0]
    for person in STAFF:
        assert re.search(rf"\| {re.escape(person.name)} \|[^|]*\| `{person.pin}` \|", section), person.name


# ---------------------------------------------------------------- names
def test_names_are_deterministic_and_realistic() -> None:
    first = [names.person(random.Random(5)) for _ in range(3)]
    again = [names.person(random.Random(5)) for _ in range(3)]
    assert first == again
    rng = random.Random(11)
    people = [names.person(rng) for _ in range(3000)]
    surnames = Counter(p.name[0] for p in people if not p.name.isascii())
    assert surnames.most_common(1)[0][0] in "王李张"
    assert surnames["曾"] > 0 and surnames["单"] > 0
    english = [p for p in people if p.name.isascii()]
    assert 0.08 < len(english) / len(people) < 0.25
    assert all(re.fullmatch(r"[A-Z][a-z]+ [A-Z][a-zü]+", p.name) for p in english)
    assert all(re.fullmatch(r"1(3\d|5[0-35-9]|8\d|9[135-9])\d{8}", p.mobile) for p in people)
    assert people[0].mobile_e164 == "+86" + people[0].mobile
    assert 0.6 < sum(p.gender == "female" for p in people) / len(people) < 0.85


def test_unique_mobiles() -> None:
    mobiles = names.unique_mobiles(random.Random(1), 5000)
    assert len(set(mobiles)) == 5000
