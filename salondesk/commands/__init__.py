"""The CLI's subcommands: one module per group, each with ``register(subparsers)``.

A module adds its parsers to ``subparsers`` (an ``argparse`` sub-parsers action)
and sets ``func=handler`` on each, where ``handler(args, env: CliEnv) -> int`` is
the exit code. Help texts go through ``tr(QT_TRANSLATE_NOOP("CLI", "…"))`` and
messages through ``env.say/env.warn`` (both translated; see ``_common.py``).
A handler raises ``DomainError``/``BackupError``/``MigrationFailed`` for user
errors: the CLI prints them without a traceback and exits 1.

**Adding a command**: write ``salondesk/commands/<area>.py`` and add ONE line (its module path) to
:data:`MODULES` below.

**Import/export of one kind of record** (the extension point): ``salondesk import
FILE.json`` / ``salondesk export FILE.json`` mean the whole salon (kind ``salon``,
implied when the first argument is not a known kind). An area adds its own kind
from its module's ``register``::

    from salondesk.commands.transfer import add_record_kind

    def register(subparsers):
        p = add_record_kind("import", "customers", tr(QT_TRANSLATE_NOOP("CLI", "customers from a CSV file")))
        p.add_argument("file", type=Path, metavar="FILE.csv")
        p.set_defaults(func=run_import_customers)

so that ``salondesk import customers FILE.csv`` reaches ``run_import_customers``.
Such modules must come after ``transfer`` in :data:`MODULES`.
"""

from __future__ import annotations

import importlib
from types import ModuleType

# Registered in this order (``salondesk --help`` lists them so). One line per area, after "transfer".
MODULES: tuple[str, ...] = (
    "salondesk.commands.demo",
    "salondesk.commands.backup",  # backup, restore, check
    "salondesk.commands.transfer",  # import, export + the record-kind extension point
    "salondesk.commands.verify",  # verify the records' hash chains (hygiene, equipment, complaints)
    "salondesk.commands.customers",  # import/export customers FILE.csv
    "salondesk.commands.report",  # the monthly compliance report
)


def modules() -> list[ModuleType]:
    """The command modules, imported, in order."""
    return [importlib.import_module(name) for name in MODULES]
