"""``salondesk demo``: build the demo salon into an empty database and print its logins."""

from __future__ import annotations

import argparse
import unicodedata
from zoneinfo import ZoneInfo

from salondesk.commands._common import NO_PIN, CliEnv, ProgressLine, tr
from salondesk.i18n import QT_TRANSLATE_NOOP, translate

# The demo's defaults (``salondesk.demo.DEFAULT_*``, checked equal by the CLI tests): written here so that
# building the parser does not import the demo and with it every table.
DEFAULT_CUSTOMERS = 400
DEFAULT_MONTHS = 6


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``demo``."""
    p = subparsers.add_parser(
        "demo",
        help=tr(QT_TRANSLATE_NOOP("CLI", "create the demo salon in an empty database")),
        description=tr(
            QT_TRANSLATE_NOOP(
                "CLI",
                "Create a realistic demo salon (deterministic for a seed) and print the staff logins.",
            )
        ),
    )
    p.add_argument("--seed", type=int, default=1, help=tr(QT_TRANSLATE_NOOP("CLI", "random seed (default 1)")))
    p.add_argument(
        "--customers",
        type=int,
        default=DEFAULT_CUSTOMERS,
        metavar="N",
        help=tr(QT_TRANSLATE_NOOP("CLI", "number of customers (default 400; 200000 for benchmarks)")),
    )
    p.add_argument(
        "--months",
        type=int,
        default=DEFAULT_MONTHS,
        metavar="N",
        help=tr(QT_TRANSLATE_NOOP("CLI", "months of history (default 6)")),
    )
    p.set_defaults(func=run_demo, needs_pin=NO_PIN)  # only into an empty database


def display_width(text: str) -> int:
    """Columns a string takes in a terminal (CJK characters take two)."""
    return sum(2 if unicodedata.east_asian_width(ch) in {"W", "F"} else 1 for ch in text)


def pad(text: str, width: int) -> str:
    """Left-align ``text`` in ``width`` terminal columns."""
    return text + " " * max(0, width - display_width(text))


def run_demo(args: argparse.Namespace, env: CliEnv) -> int:
    """Build the demo and print the logins."""
    from salondesk.demo import DEMO_TZ, build_demo
    from salondesk.domain.clock import SystemClock
    from salondesk.domain.permissions import ROLE_LABELS

    if args.customers < 0 or args.months < 1:
        env.warn(QT_TRANSLATE_NOOP("CLI", "--customers must be 0 or more and --months 1 or more."))
        return 2
    engine = env.migrated_engine(create=True)
    bar: ProgressLine = env.progress("")

    def progress(label: str, done: int, total: int) -> None:
        bar.relabel(label)
        bar(done, total)

    now = SystemClock().now()  # the composition root reads the clock; the demo writes nothing after it
    today = now.astimezone(ZoneInfo(DEMO_TZ)).date()
    summary = build_demo(
        engine,
        seed=args.seed,
        customers=args.customers,
        months=args.months,
        today=today,
        now=now,
        progress=progress,
    )
    bar.finish()
    env.say(
        QT_TRANSLATE_NOOP(
            "CLI", "Demo salon {name} created in {seconds:.1f} s (seed {seed}, {customers} customers, {months} months)."
        ),
        name=summary.salon_name,
        seconds=summary.seconds,
        seed=summary.seed,
        customers=summary.customers,
        months=summary.months,
    )
    env.say(QT_TRANSLATE_NOOP("CLI", "Log in as:"))
    width = max(display_width(login.name) for login in summary.logins) + 2
    for login in summary.logins:
        role = translate(env.lang, "Role", ROLE_LABELS[login.role])
        print(f"  {pad(login.name, width)} {pad(role, 14)} PIN {login.pin}", file=env.stdout)
    return 0
