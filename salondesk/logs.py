"""The application log: stdlib ``logging`` to a rotating file in the data folder's ``logs/``.

What goes in: each use case (its name, who by staff number and role, done or refused)
and every error with its traceback. What never goes in: a PIN, a phone number, health
data. Use cases are logged by name only, refusals by their message *template* (never the
filled-in values), SQL errors without their parameters (the engine hides them), and a
last filter masks any long digit run or e-mail address that slips into a message.
"""

from __future__ import annotations

import logging
import re
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import Any

from salondesk import config

LOG_FILE_NAME = "salondesk.log"
MAX_BYTES = 2_000_000
BACKUP_COUNT = 5
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

# 7+ digits (optionally spaced or dashed like 138 0013 8000) or an e-mail address: masked
_PHONE_LIKE = re.compile(r"\+?\d(?:[\s-]?\d){6,}")
_EMAIL_LIKE = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")

log = logging.getLogger("salondesk")


def redact(text: str) -> str:
    """``text`` with anything that looks like a phone number or e-mail address masked."""
    return _EMAIL_LIKE.sub("<email>", _PHONE_LIKE.sub("<number>", text))


class RedactingFormatter(logging.Formatter):
    """A formatter whose message and traceback (not the time stamp) pass through :func:`redact`."""

    def format(self, record: logging.LogRecord) -> str:
        """The usual line with the message redacted."""
        clean = logging.makeLogRecord(record.__dict__)
        clean.msg, clean.args = redact(record.getMessage()), None
        return super().format(clean)

    def formatException(self, ei: Any) -> str:
        """The traceback, redacted."""
        return redact(super().formatException(ei))


def log_file() -> Path:
    """The current log file (in ``config.logs_dir()``)."""
    return config.logs_dir() / LOG_FILE_NAME


def setup_logging(level: int = logging.INFO) -> Path:
    """Send the ``salondesk`` logger to the rotating log file (once per file); returns its path."""
    path = log_file()
    for handler in log.handlers:
        if isinstance(handler, RotatingFileHandler) and Path(handler.baseFilename) == path:
            return path
    for handler in list(log.handlers):  # a previous data folder (tests): close its file
        if isinstance(handler, RotatingFileHandler):
            log.removeHandler(handler)
            handler.close()
    handler = RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8")
    handler.setFormatter(RedactingFormatter(_FORMAT))
    log.addHandler(handler)
    log.setLevel(level)
    return path


def use_case_name(function: object) -> str:
    """``services.customers.create_customer`` for a service function."""
    module = str(getattr(function, "__module__", "")).removeprefix("salondesk.")
    return f"{module}.{getattr(function, '__qualname__', repr(function))}"
