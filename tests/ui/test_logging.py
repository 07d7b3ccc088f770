"""The log: use cases and errors at INFO in logs/salondesk.log, never a PIN, phone number or health data.

A session of use cases at the counter — log in (once with a wrong PIN), create a customer
with a phone and allergies, a refused phone number, a patch test, a technician refused,
an unexpected error carrying a phone number — then the log file is searched for them.
"""

from __future__ import annotations

import logging
import re
from datetime import timedelta

import pytest
from PySide6.QtWidgets import QApplication

from salondesk import config
from salondesk.domain.errors import DomainError
from salondesk.domain.permissions import Actor
from salondesk.logs import log, log_file, redact, setup_logging
from salondesk.services import auth
from salondesk.services import customers as customer_service
from salondesk.ui import crash
from tests.ui.foundation import make_ctx  # noqa: F401 - fixture

PHONE = "13912345678"
ALLERGY = "PPD hair dye allergy"
SKIN = "psoriasis on the scalp"


@pytest.fixture
def log_path():
    path = setup_logging()
    yield path
    for handler in list(log.handlers):
        log.removeHandler(handler)
        handler.close()


def test_log_folder_is_in_the_data_folder(log_path) -> None:
    assert log_path.parent == config.logs_dir() == config.data_dir() / "logs"
    assert log_path == log_file() and log.level == logging.INFO


def test_a_session_of_use_cases_leaves_no_personal_data_in_the_log(
    qtbot,
    log_path,
    make_ctx,  # noqa: F811 - the fixture imported above
    new_uow,
    clock,
    owner: Actor,
    receptionist: Actor,
    technician: Actor,
) -> None:
    with pytest.raises(DomainError):
        auth.login(new_uow(), clock, receptionist.staff_id, "9999")
    auth.login(new_uow(), clock, receptionist.staff_id, "2222")
    ctx = make_ctx(receptionist)
    data = customer_service.CustomerInput(
        name="陈静", mobile=PHONE, allergies=ALLERGY, skin_conditions=SKIN, privacy_consent=True, health_consent=True
    )
    customer_id = ctx.run(customer_service.create_customer, data)
    with pytest.raises(DomainError):  # the bad number is in the error shown, not in the log
        ctx.run(customer_service.create_customer, customer_service.CustomerInput(name="王伟", mobile="139123"))
    ctx.run(
        customer_service.record_patch_test,
        customer_id,
        "PPD 2%",
        clock.now() - timedelta(days=2),
        "passed",
        technician.staff_id,
    )
    with pytest.raises(DomainError):
        make_ctx(technician).run(customer_service.erase_customer, customer_id, "asked")
    shown: list[str] = []
    try:
        raise RuntimeError(f"customer {PHONE} broke something")  # a careless message
    except RuntimeError as exc:
        crash.handle_exception(type(exc), exc, exc.__traceback__, show=shown.append)

    try:  # a refusal nobody caught carries the customer's name in its text: the log keeps the template
        raise customer_service.DuplicatePhone(1, data.name)
    except DomainError as exc:
        crash.handle_exception(type(exc), exc, exc.__traceback__, show=shown.append)

    text = log_path.read_text(encoding="utf-8")
    assert "services.customers.create_customer done by staff #" in text
    assert "services.customers.create_customer refused (ValidationError)" in text
    assert "services.customers.erase_customer refused (PermissionDenied)" in text
    assert "login refused for staff #" in text and "login: staff #" in text
    assert "Unexpected error" in text and "RuntimeError" in text
    for secret in ("2222", "9999", "3333", "1234", PHONE, "139123", "1391 2345 678", "139 1234 5678", "陈静", "王伟"):
        assert secret not in text, secret
    assert re.search(r"\d{7,}", text) is None  # no phone-length digit run at all
    assert re.match(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}", text)  # the time stamp is not taken for a number
    assert "PPD" not in text and "hair dye" not in text and SKIN not in text  # health data
    # the careless message's phone is masked in the log and in the details the dialog offers to copy
    assert "<number>" in text and shown and PHONE not in shown[0]
    assert "DuplicatePhone: {name} already has this mobile number" in text


def test_crash_dialog_has_copy_details_and_the_log_path(qtbot, log_path) -> None:
    dialog = crash.CrashDialog("Traceback: boom")
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Something went wrong"
    assert str(log_path) in dialog.informativeText()
    dialog.show()
    dialog.copy_button.click()
    assert dialog.isVisible()  # copying does not close it
    assert (
        QApplication.clipboard().text().startswith("Traceback: boom")
        and str(log_path) in QApplication.clipboard().text()
    )


def test_redact_masks_phone_numbers_and_mail() -> None:
    assert redact("call +86 138 0013 8000 or 13800138000, mail a.b@example.com") == (
        "call <number> or <number>, mail <email>"
    )
    assert redact("staff #12 at 10:30") == "staff #12 at 10:30"
