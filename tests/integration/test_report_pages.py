"""The monthly report as the owner signs it and an inspector files it (issue 13).

Page 1 states every commitment in words; the month is judged at its end; the detail
pages list every device, the weekly and monthly runs, every technician's certificates;
charts and lists print waits as minutes:seconds; the Chinese PDF has no English left.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path

from pypdf import PdfReader

from salondesk.domain.equipment import EquipmentStatus
from salondesk.domain.reception import wait_clock_text, within_wait_limit
from salondesk.domain.staff import CERT_EXPIRY_WARNING_DAYS, CertificateKind, certificate_expiring
from salondesk.reports.monthly import compute_monthly_report
from salondesk.reports.pdf import render_pdf
from salondesk.reports.sections import _in_label_order, histogram_label
from salondesk.services import staff as staff_service
from tests.unit.test_complaint_support import answer, local, log, resolve


def _health_certificate_ending_20_november(new_uow, clock, owner, technician) -> None:
    staff_service.add_certificate(
        new_uow(),
        owner,
        clock,
        technician.staff_id,
        CertificateKind.HEALTH,
        "JK-1",
        date(2025, 12, 1),
        date(2026, 11, 20),
    )


def _text(path: Path) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(str(path)).pages]


def test_waits_print_as_minutes_and_seconds_rounded_up() -> None:
    over = timedelta(minutes=15, milliseconds=400)
    assert not within_wait_limit(over) and wait_clock_text(over) == "15:01"  # never "15.0"
    assert wait_clock_text(timedelta(minutes=15)) == "15:00"
    assert wait_clock_text(timedelta(minutes=15, seconds=1)) == "15:01"
    assert wait_clock_text(timedelta(minutes=61, seconds=59)) == "61:59"


def test_histogram_bins_do_not_overlap() -> None:
    edges = (0, 5, 10, 15, 20)
    labels = [
        histogram_label(low, edges[i + 1] if i + 1 < len(edges) else None, first=i == 0) for i, low in enumerate(edges)
    ]
    assert labels == ["0:00–5:00", "5:01–10:00", "10:01–15:00", "15:01–20:00", "> 20:00"]


def test_severity_is_listed_low_medium_high() -> None:
    from salondesk.domain.complaints import SEVERITY_LABELS

    counts = {"high": 3, "low": 1, "medium": 2}
    assert _in_label_order(counts, SEVERITY_LABELS) == ["low", "medium", "high"]


def test_page_one_states_every_commitment_with_its_target_in_words(new_uow, clock, owner, tmp_path):
    clock.set(local(2026, 11, 2, 10))
    report = compute_monthly_report(new_uow, owner, clock, 2026, 10)
    pages = _text(render_pdf(report, tmp_path / "en.pdf", "en"))
    first = pages[0]
    for words in (
        "A customer waits no more than 15 min",
        "Every complaint answered within 48 h",
        "Equipment serviced on schedule (quarterly overhaul)",
        "Resolved within 30 days",
        "at least 98 %",
        "no late entries",
        "no privacy complaints",
    ):
        assert words in first.replace("\n", " "), words
    assert "≤ 0" not in first
    assert all("PROVISIONAL as of 2026-11-02 10:00" in page for page in pages)  # every page: marked, and when


def test_november_judged_at_its_end_not_on_the_day_it_is_printed(new_uow, clock, owner, tmp_path):
    a = log(new_uow, owner, clock, local(2026, 11, 30, 18))  # its 24 h / 48 h run out in December
    answer(new_uow, owner, clock, a, local(2026, 12, 1, 10))  # 16 h later, but in December
    b = log(new_uow, owner, clock, local(2026, 11, 24, 10))
    resolve(new_uow, owner, clock, b, local(2026, 11, 25, 10))  # answered in 24 h; follow-up due 2 Dec, never made
    clock.set(local(2026, 12, 6, 10))
    report = compute_monthly_report(new_uow, owner, clock, 2026, 11)
    c1, c4 = report.figures["C1"], report.figures["C4"]
    assert (c1.numerator, c1.denominator) == (1, 1)  # b answered in November; a pending at the month end
    assert (c4.numerator, c4.denominator) == (0, 0)  # its 7 days had not run out on 30 November
    text = "\n".join(_text(render_pdf(report, tmp_path / "nov.pdf", "en")))
    assert "LATE" not in text  # nothing is judged late against a deadline after the month end
    assert "12-01 10:00" not in text  # the December answer is not in November's report
    assert "Judged as of 2026-12-01 00:00" in text.replace("\n", " ")


def test_every_technician_and_certificate_on_the_last_day(new_uow, clock, owner, technician, tmp_path):
    _health_certificate_ending_20_november(new_uow, clock, owner, technician)
    staff_service.add_certificate(
        new_uow(), owner, clock, technician.staff_id, CertificateKind.HAIRDRESSING, "HD-1", date(2025, 1, 1), None
    )
    staff_service.add_certificate(
        new_uow(), owner, clock, technician.staff_id, CertificateKind.NAIL, "NL-1", date(2024, 1, 1), date(2026, 9, 30)
    )
    clock.set(local(2026, 11, 2, 10))
    report = compute_monthly_report(new_uow, owner, clock, 2026, 10)
    by_number = {c.number: c for c in report.certificates}
    assert set(by_number) == {"JK-1", "HD-1", "NL-1"}  # valid ones too, not only the expiring
    # the Staff tab's rule and window, on 31 October: 20 days left → expiring
    assert by_number["JK-1"].expiring is certificate_expiring(date(2026, 11, 20), date(2026, 10, 31), 30) is True
    assert CERT_EXPIRY_WARNING_DAYS == 30
    assert not by_number["NL-1"].valid_today and by_number["HD-1"].valid_today
    assert report.technicians == ("张伟",)
    text = "\n".join(_text(render_pdf(report, tmp_path / "en.pdf", "en"))).replace("\n", " ")
    assert "valid, expires within 30 days (20 left)" in text
    assert "× expired" in text and "✓ valid" in text


def test_every_device_with_its_overhaul_dates_even_without_faults(new_uow, clock, owner, tmp_path):
    from salondesk.domain.equipment import MaintenanceKind
    from salondesk.services import equipment as equipment_service

    clock.set(local(2026, 9, 1, 10))
    asset = equipment_service.add_equipment(new_uow(), owner, clock, equipment_service.EquipmentInput("消毒柜"))
    equipment_service.add_plan(new_uow(), owner, clock, asset, MaintenanceKind.OVERHAUL, date(2026, 9, 15), 91)
    equipment_service.add_plan(new_uow(), owner, clock, asset, MaintenanceKind.INSPECTION, date(2026, 10, 10), 30)
    clock.set(local(2026, 11, 2, 10))
    report = compute_monthly_report(new_uow, owner, clock, 2026, 10)
    [device] = report.devices
    assert (device.name, device.status, device.last_overhaul, device.next_overhaul, device.faults) == (
        "消毒柜",
        EquipmentStatus.IN_SERVICE,
        None,
        date(2026, 9, 15),
        0,
    )
    text = "\n".join(_text(render_pdf(report, tmp_path / "en.pdf", "en")))
    assert "Every device at month end" in text and "2026-09-15 (overdue)" in text
    # the inspection due on 10 October and never done is listed as overdue under the month's maintenance
    assert re.search(r"消毒柜\s*Inspection\s*2026-10-10\s*—\s*overdue", text), text


def test_the_chinese_report_has_no_english_words_left(new_uow, clock, owner, technician, tmp_path):
    _health_certificate_ending_20_november(new_uow, clock, owner, technician)
    a = log(new_uow, owner, clock, local(2026, 10, 20, 10))
    resolve(new_uow, owner, clock, a, local(2026, 10, 22, 10))
    clock.set(local(2026, 11, 2, 10))
    report = compute_monthly_report(new_uow, owner, clock, 2026, 10)
    text = "\n".join(_text(render_pdf(report, tmp_path / "zh.pdf", "zh_CN")))
    # record contents typed by the test (remedy text, certificate numbers) and these names are data, not the app
    allowed = {
        "NPS",
        "JK",
        "salondesk",
        "verify",
        "full",
        "App",
        "Sorry",
        "Free",
        "redo",
        "offered",
        "We",
        "are",
        "sorry",
    }
    text = re.sub(r"\b[0-9a-f]{12}\b", "", text)  # the register heads' short hashes
    words = set(re.findall(r"[A-Za-z]{2,}", text)) - allowed
    assert words == set(), sorted(words)


def test_the_qr_code_draws_segnos_matrix_the_right_way_round(tmp_path):
    """Rasterise the drawn code and read every module back: the printed squares are the matrix."""
    import pypdfium2 as pdfium
    import segno
    from reportlab.pdfgen.canvas import Canvas

    from salondesk.domain.month_close import RegisterHead, heads_qr_text
    from salondesk.reports.pdf import QrCode

    text = heads_qr_text("2026-10", [RegisterHead("hygiene_runs", 12, "ab" * 32), RegisterHead("complaints", 0, "")])
    assert text.splitlines() == ["SalonDesk 2026-10", f"hygiene_runs 12 {'ab' * 32}", "complaints 0 -"]
    size = 200.0
    path = tmp_path / "qr.pdf"
    canvas = Canvas(str(path), pagesize=(size, size))
    code = QrCode(text, size)
    code.wrapOn(canvas, size, size)
    code.drawOn(canvas, 0, 0)
    canvas.save()
    pixels = pdfium.PdfDocument(str(path))[0].render(scale=4).to_numpy()  # 800 × 800, rows from the top
    matrix = segno.make(text, error="m", micro=False).matrix
    modules = len(matrix) + 8  # 4 modules of quiet zone on each side
    cell = pixels.shape[0] / modules
    read = [
        [bool(pixels[int((r + 4.5) * cell), int((c + 4.5) * cell)].mean() < 128) for c in range(len(matrix))]
        for r in range(len(matrix))
    ]
    assert read == [[bool(v) for v in row] for row in matrix]
    assert pixels[: int(4 * cell)].mean() > 250  # the quiet zone is white
