"""``salondesk verify``: recompute every register's hash chain and name the first broken link."""

from __future__ import annotations

import argparse

from salondesk.commands._common import CliEnv, tr
from salondesk.db.uow import UnitOfWork
from salondesk.i18n import QT_TRANSLATE_NOOP
from salondesk.services.records_chain import verify_all

REASONS = {
    "hash": QT_TRANSLATE_NOOP("CLI", "its content does not match its hash (changed after signing)"),
    "link": QT_TRANSLATE_NOOP("CLI", "it does not link to the entry before it (an entry removed or reordered)"),
    "unsealed": QT_TRANSLATE_NOOP("CLI", "it has no hash (written outside the app)"),
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
                "the first broken entry. Exit code 1 when a chain is broken.",
            )
        ),
    )
    p.set_defaults(func=run_verify)


def run_verify(args: argparse.Namespace, env: CliEnv) -> int:
    """Verify and print one line per register."""
    del args
    results = verify_all(UnitOfWork(env.migrated_engine()))
    broken = 0
    for status in results:
        if status.ok:
            env.say(
                QT_TRANSLATE_NOOP("CLI", "{register}: OK ({entries} entries)"),
                register=status.register,
                entries=status.entries,
            )
        else:
            broken += 1
            env.say(
                QT_TRANSLATE_NOOP("CLI", "{register}: BROKEN at entry {entry}: {reason}"),
                register=status.register,
                entry=status.first_broken,
                reason=env.t(REASONS.get(status.reason, status.reason)),
            )
    if broken:
        env.warn(QT_TRANSLATE_NOOP("CLI", "{count} register(s) failed verification."), count=broken)
        return 1
    env.say(QT_TRANSLATE_NOOP("CLI", "All {count} registers verified."), count=len(results))
    return 0
