"""Demo generator: customer files with realistic Chinese and English names and mobiles.

Free text (allergies, notes, tags) is written as the salon's staff would: in Chinese.

Some carry allergies (with the separate health consent) and patch tests in every
state (valid, too recent, expired, failed); a few are duplicates waiting to be
merged (same mobile, the name written differently). Core bulk inserts with the
derived search columns and tokens (200,000 customers in about a minute, with progress); the SQLite
trigram index is dropped before and rebuilt once after.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

import sqlalchemy as sa

from salondesk.db.customer_search import drop_fts, ensure_fts
from salondesk.demo import DemoContext, names
from salondesk.domain.customers import Customer, CustomerSearchToken, PatchResult, PatchTest, search_columns, token_rows
from salondesk.domain.permissions import Role

LABEL = "customers"
# Rows per multi-row INSERT: psycopg converts placeholders in Python, superlinearly in statement size
# (5,000 rows: 0.98 s at 1,000 per statement, 0.43 s at 100); SQLite does not mind.
PAGE = 100
TOKEN_TABLE: sa.Table = CustomerSearchToken.__table__  # type: ignore[attr-defined]
CHUNK = 2000
TAGS = ("VIP", "染发", "烫发", "美甲", "美睫", "学生", "头皮敏感", "喜欢安静")
REFERRALS = ("", "", "朋友介绍", "大众点评", "微信", "小红书", "路过", "美团")
ALLERGIES = ("对苯二胺 PPD（染发剂）", "乳胶", "香精", "镍", "羊毛脂", "巯基乙酸铵（烫发剂）")
CONTRAINDICATIONS = ("怀孕", "头皮湿疹", "近期化疗", "发际线皮肤破损")
NOTES = ("", "", "", "喜欢喝茶，不加糖", "怕冷：洗头用温水", "指定王磊", "常带女儿来")


def _birthday(ctx: DemoContext) -> tuple[date | None, int | None, int | None]:
    roll = ctx.rng.random()
    if roll < 0.15:
        return None, None, None
    born = date(ctx.today.year - ctx.rng.randint(18, 70), 1, 1) + timedelta(days=ctx.rng.randrange(365))
    if roll < 0.25:  # only month and day known
        return None, born.month, born.day
    return born, born.month, born.day


def _row(ctx: DemoContext, index: int, name: str, sex: str, mobile: str | None, tech_ids: list[int]) -> dict[str, Any]:
    rng = ctx.rng
    birthday, month, day = _birthday(ctx)
    created = ctx.now - timedelta(days=rng.randint(1, 900), minutes=rng.randrange(600))
    # The last visit comes from the visits the demo records (demo.visits refreshes it). These draws
    # once made it up; they stay so that a seed still builds the same salon as before.
    if rng.random() < 0.85:
        rng.randint(0, min(365, (ctx.now - created).days))
        rng.randint(0, 9)
    health = rng.random() < 0.08
    allergies = rng.choice(ALLERGIES) if health and rng.random() < 0.8 else ""
    contra = rng.choice(CONTRAINDICATIONS) if health and rng.random() < 0.3 else ""
    marketing = rng.random() < 0.4
    e164 = f"+86{mobile}" if mobile else None
    other = f"+8621{rng.randrange(10**8):08d}" if rng.random() < 0.05 else None
    del tech_ids
    return {
        "name": name,
        "mobile_e164": e164,
        "other_phone": other,
        "gender": sex,
        "birthday": birthday,
        "birth_month": month,
        "birth_day": day,
        "member_number": f"M{100000 + index}" if rng.random() < 0.4 else None,
        "tags": ", ".join(sorted(set(rng.sample(TAGS, rng.choice((0, 0, 1, 2)))))),
        "notes": rng.choice(NOTES),
        "referral_source": rng.choice(REFERRALS),
        "marketing_consent": marketing,
        "marketing_consent_at": created if marketing else None,
        "privacy_consent_at": created,
        "privacy_notice_version": "2026-01",
        "health_consent_at": created if health else None,
        "health_consent_version": "2026-01" if health else None,
        "allergies": allergies,
        "skin_conditions": "头皮干燥" if health and rng.random() < 0.2 else "",
        "contraindications": contra,
        "created_at": created,
        "last_visit_at": None,
        **search_columns(name, e164, other),
    }


def _patch_tests(ctx: DemoContext, customer_id: int, tech_ids: list[int]) -> list[dict[str, Any]]:
    rng = ctx.rng
    kind = rng.choice(("valid", "valid", "valid", "recent", "expired", "failed"))
    hours = {
        "valid": rng.randint(60, 24 * 150),
        "recent": rng.randint(2, 40),
        "expired": rng.randint(24 * 200, 24 * 400),
    }
    at: datetime = ctx.now - timedelta(hours=hours.get(kind, rng.randint(24, 24 * 60)))
    product = rng.choice(("Koleston Perfect 6/0", "Majirel 7.1", "Igora Royal 5-0", "Inoa 4.15"))
    by = rng.choice(tech_ids) if tech_ids else None
    result = PatchResult.FAILED if kind == "failed" else PatchResult.PASSED
    rows = [
        {
            "customer_id": customer_id,
            "product": product,
            "tested_at": at,
            "result": result.value,
            "tested_by": by,
            "notes": "24 小时后局部发红" if kind == "failed" else "",
            "recorded_at": at,
            "recorded_by": by,
        }
    ]
    return rows


def generate(ctx: DemoContext) -> None:
    """Insert ``ctx.customers`` customer files (plus a few duplicates), tokens and patch tests."""
    total = ctx.customers
    if total <= 0:
        ctx.shared["customer_ids"] = []
        return
    rng = ctx.rng
    tech_ids = [s.staff_id for s in ctx.login_for(Role.TECHNICIAN)]
    mobiles = names.unique_mobiles(rng, total)
    duplicates = max(3, total // 200) if total >= 20 else 0
    drop_fts(ctx.engine)  # a bulk rebuild at the end is faster than a trigger per row
    table: sa.Table = Customer.__table__  # type: ignore[attr-defined]
    ids: list[int] = []
    tests: list[dict[str, Any]] = []
    token_count = 0
    with ctx.engine.begin() as conn:
        for start in range(0, total, CHUNK):
            chunk: list[dict[str, Any]] = []
            for index in range(start, min(total, start + CHUNK)):
                sex = names.gender(rng)
                mobile = mobiles[index] if rng.random() > 0.02 else None  # a few walk-ins left no phone
                chunk.append(_row(ctx, index, names.person_name(rng, sex), sex, mobile, tech_ids))
            statement = (
                sa.insert(table)
                .returning(table.c.id, sort_by_parameter_order=True)
                .execution_options(insertmanyvalues_page_size=PAGE)
            )
            chunk_ids = [r[0] for r in conn.execute(statement, chunk)]
            tokens = [t for cid, row in zip(chunk_ids, chunk, strict=True) for t in token_rows(cid, row["name"])]
            if tokens:
                conn.execute(sa.insert(TOKEN_TABLE).execution_options(insertmanyvalues_page_size=PAGE), tokens)
            token_count += len(tokens)
            for cid, row in zip(chunk_ids, chunk, strict=True):
                if row["allergies"] or rng.random() < 0.1:
                    tests.extend(_patch_tests(ctx, cid, tech_ids))
            ids.extend(chunk_ids)
            ctx.progress(len(ids), total + duplicates)
        # duplicates to merge: the same mobile, the name written another way, no visits yet
        originals = rng.sample(range(total), duplicates) if duplicates else []
        dup_rows = []
        for index in originals:
            if mobiles[index] is None:
                continue
            sex = names.gender(rng)
            name = names.person_name(rng, sex, english_share=0.6)
            row = _row(ctx, total + index, name, sex, mobiles[index], tech_ids)
            row.update(member_number=None, notes="前台重复建档")
            dup_rows.append(row)
        if dup_rows:
            statement = (
                sa.insert(table)
                .returning(table.c.id, sort_by_parameter_order=True)
                .execution_options(insertmanyvalues_page_size=PAGE)
            )
            dup_ids = [r[0] for r in conn.execute(statement, dup_rows)]
            tokens = [t for cid, row in zip(dup_ids, dup_rows, strict=True) for t in token_rows(cid, row["name"])]
            if tokens:
                conn.execute(sa.insert(TOKEN_TABLE).execution_options(insertmanyvalues_page_size=PAGE), tokens)
            token_count += len(tokens)
            ids.extend(dup_ids)
        for begin in range(0, len(tests), CHUNK):
            conn.execute(sa.insert(PatchTest.__table__), tests[begin : begin + CHUNK])  # type: ignore[attr-defined]
    ctx.counts["customer"] = ctx.counts.get("customer", 0) + len(ids)
    ctx.counts["customer_search_token"] = ctx.counts.get("customer_search_token", 0) + token_count
    ctx.counts["patch_test"] = ctx.counts.get("patch_test", 0) + len(tests)
    ctx.shared["customer_ids"] = ids[:total]
    ctx.shared["customer_duplicates"] = len(dup_rows)
    ensure_fts(ctx.engine)
    ctx.progress(total + duplicates, total + duplicates)
