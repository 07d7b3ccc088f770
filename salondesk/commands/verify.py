"""``salondesk verify``: recompute every register's hash chain and name the first broken link."""

from __future__ import annotations

import argparse

from salondesk.commands._common import CliEnv, tr
from salondesk.i18n import QT_TRANSLATE_NOOP, translate

REASONS = {
    "hash": QT_TRANSLATE_NOOP("CLI", "its content does not match its hash (changed after signing)"),
    "link": QT_TRANSLATE_NOOP("CLI", "it does not link to the entry before it (an entry removed or reordered)"),
    "unsealed": QT_TRANSLATE_NOOP("CLI", "it has no hash (written outside the app)"),
    "head": QT_TRANSLATE_NOOP(
        "CLI", "it is not the entry stored at the last month close (entries before the close were changed)"
    ),
}


PROBLEMS = {
    "altered": QT_TRANSLATE_NOOP("CLI", "attachment {hash}: ALTERED: its bytes no longer match its hash"),
    "missing": QT_TRANSLATE_NOOP("CLI", "attachment {hash}: MISSING: cited by {where} but not in the database"),
}


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``verify``."""
    p = subparsers.add_parser(
        "verify",
        help=tr(QT_TRANSLATE_NOOP("CLI", "check the hash chains of the compliance records")),
        description=tr(
            QT_TRANSLATE_NOOP(
                "CLI",
                "Recompute the hash chain of every register (hygiene, equipment, complaints) and report "
                "the first broken entry, then check every register against the heads stored when each "
                "month was closed (entries removed or changed since); re-hash every attachment and name a "
                "missing or altered one. Exit code 1 when anything fails.",
            )
        ),
    )
    p.add_argument(
        "--full",
        action="store_true",
        help=tr(
            QT_TRANSLATE_NOOP(
                "CLI",
                "recompute every chain from its first entry (by default, from the heads the last month close "
                "verified and stored)",
            )
        ),
    )
    p.set_defaults(func=run_verify)


def run_verify(args: argparse.Namespace, env: CliEnv) -> int:
    """Verify and print one line per register."""
    from salondesk.db.uow import UnitOfWork
    from salondesk.domain.month_close import register_label
    from salondesk.services import attachments
    from salondesk.services.month_close import check_closes, latest_close_heads
    from salondesk.services.records_chain import verify_all

    engine = env.migrated_engine(read_only=True)
    start = None if args.full else latest_close_heads(UnitOfWork(engine))
    results = verify_all(UnitOfWork(engine), since=start.heads if start is not None else None)
    broken = 0

    def name(register: str) -> str:
        return translate(env.lang, "Registers", register_label(register))

    for status in results:
        if status.ok and status.since_entries and start is not None:
            env.say(
                QT_TRANSLATE_NOOP(
                    "CLI", "{register}: OK ({entries} entries; the {new} since the {month} close recomputed)"
                ),
                register=name(status.register),
                entries=status.entries,
                new=status.entries - status.since_entries,
                month=start.month,
            )
        elif status.ok:
            env.say(
                QT_TRANSLATE_NOOP("CLI", "{register}: OK ({entries} entries)"),
                register=name(status.register),
                entries=status.entries,
            )
        else:
            broken += 1
            env.say(
                QT_TRANSLATE_NOOP("CLI", "{register}: BROKEN at entry {entry}: {reason}"),
                register=name(status.register),
                entry=status.first_broken,
                reason=env.t(REASONS.get(status.reason, status.reason)),
            )
    checks = check_closes(UnitOfWork(engine))
    for check in checks:
        if check.problem == "missing":
            broken += 1
            env.say(
                QT_TRANSLATE_NOOP(
                    "CLI",
                    "{register}: {count} entries were stored when {month} was closed, only {now} are left "
                    "(entries deleted).",
                ),
                register=name(check.register),
                count=check.stored_entries,
                month=check.month,
                now=check.entries_now,
            )
        elif check.problem == "changed":
            broken += 1
            env.say(
                QT_TRANSLATE_NOOP(
                    "CLI",
                    "{register}: entry {count} is not the one stored when {month} was closed "
                    "(hash {stored}…): entries before the close were changed or replaced.",
                ),
                register=name(check.register),
                count=check.stored_entries,
                month=check.month,
                stored=check.stored_hash[:12],
            )
    months = sorted({c.month for c in checks})
    if months and not any(c.problem for c in checks):
        env.say(
            QT_TRANSLATE_NOOP("CLI", "Every register holds the heads stored at the close of {months}."),
            months=", ".join(months),
        )
    checked, problems = attachments.verify(UnitOfWork(engine))
    for problem in problems:
        where = env.t(problem.where, **dict(problem.where_params)) if problem.where else ""
        env.say(PROBLEMS[problem.kind], hash=problem.sha256, where=where)
    if problems:
        broken += 1
        env.warn(QT_TRANSLATE_NOOP("CLI", "{count} attachment(s) missing or altered."), count=len(problems))
    else:
        env.say(QT_TRANSLATE_NOOP("CLI", "attachments: OK ({count} files re-hashed)"), count=checked)
    if broken:
        env.warn(QT_TRANSLATE_NOOP("CLI", "{count} check(s) failed verification."), count=broken)
        return 1
    env.say(QT_TRANSLATE_NOOP("CLI", "All {count} registers verified."), count=len(results))
    if start is not None and any(status.since_entries for status in results):
        env.say(
            QT_TRANSLATE_NOOP(
                "CLI", "Entries up to the {month} close were verified by it; --full recomputes them too."
            ),
            month=start.month,
        )
    return 0
