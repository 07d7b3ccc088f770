"""``python -m salondesk``, and the entry point of the bundle and of ``salondesk-gui``."""

import os
import sys

# packaging/test_bundle.sh: log the owner in (PIN on stdin), show the main window, print READY, quit.
SMOKE_ENV = "SALONDESK_SMOKE_TEST"


def _console_to_log_file() -> None:
    """Give a console-less process (windowed bundle, pythonw) somewhere to write.

    Without a console ``sys.stdout``/``sys.stderr`` are None: a print or a traceback would
    itself fail and leave no trace. They go to ``logs/console.log`` in the data folder.
    """
    if sys.stdout is not None and sys.stderr is not None:
        return
    from salondesk import config

    logs = config.data_dir() / "logs"
    logs.mkdir(parents=True, exist_ok=True)
    stream = open(logs / "console.log", "a", encoding="utf-8", buffering=1)  # noqa: SIM115 - lives as long as the process
    sys.stdout = sys.stdout or stream
    sys.stderr = sys.stderr or stream


def main() -> int:
    """Run SalonDesk (the window without arguments, else the command line)."""
    _console_to_log_file()
    if os.environ.get(SMOKE_ENV) == "1":
        from salondesk.app import smoke_main

        return smoke_main(None, sys.stdin.readline().strip())
    from salondesk.cli import main as cli_main

    return cli_main()


if __name__ == "__main__":
    raise SystemExit(main())
