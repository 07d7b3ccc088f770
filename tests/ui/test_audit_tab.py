"""Audit trail tab: newest first, filtered by period, staff, record kind and text."""

from __future__ import annotations

from dataclasses import replace
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QCoreApplication, QDate

from salondesk.domain.permissions import Role
from salondesk.services import staff as staff_service
from salondesk.ui.tabs.audit_tab import AuditTab
from tests.conftest import pin_of
from tests.ui.foundation import make_ctx  # noqa: F401 - fixture


@pytest.fixture
def ctx(make_ctx, owner):  # noqa: F811
    return make_ctx(owner)


@pytest.fixture
def tab(qtbot, ctx, clock) -> AuditTab:
    # three days of changes: yesterday a hire, today a role change
    clock.advance(days=-1)
    sid = staff_service.add_staff(
        ctx.new_uow(), ctx.actor, clock, staff_service.StaffInput("Anna Lee", Role.TECHNICIAN), "4444"
    )
    clock.advance(days=1)
    staff_service.update_staff(
        ctx.new_uow(), ctx.actor, clock, sid, staff_service.StaffInput("Anna Lee", Role.RECEPTIONIST)
    )
    widget = AuditTab(ctx)
    qtbot.addWidget(widget)
    widget.show()
    widget.refresh()
    return widget


def rows(tab: AuditTab):
    return tab.model.rows()


def shown(tab: AuditTab) -> list[str]:
    return [tab.model.index(row, 2).data() for row in range(tab.model.rowCount())]


def test_newest_first_one_row_per_action_with_salon_local_times(tab) -> None:
    found = rows(tab)
    assert [r.at for r in found] == sorted((r.at for r in found), reverse=True)
    assert tab.model.columnCount() == 3  # when, who, what
    assert tab.model.index(0, 0).data() == "2026-11-23 10:00:00"
    assert tab.model.index(0, 1).data() == "王芳"
    assert shown(tab)[0] == "changed staff member Anna Lee: role: Technician → Receptionist"
    hires = [text for text in shown(tab) if text.startswith("created staff member Anna Lee")]
    assert len(hires) == 1  # one row for the hire, not one per field
    assert tab.count_label.text() == f"{len(found)} actions"


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_the_trail_reads_as_words_never_as_stored_data(qtbot, qapp, ctx, clock, technician, lang) -> None:
    from salondesk.domain.complaints import Category, Channel, Severity
    from salondesk.services import complaints
    from salondesk.ui.i18n import install_translators

    data = complaints.ComplaintInput(
        Channel.PHONE, Category.SERVICE, Severity.HIGH, "Burnt scalp", customer_name="刘女士"
    )
    data = replace(data, technician_id=technician.staff_id)
    cid = complaints.log_complaint(ctx.new_uow(write_lock=True), ctx.actor, clock, data, pin=pin_of(ctx.actor))
    complaints.start_investigation(ctx.new_uow(), ctx.actor, clock, cid, "Asked 张伟", pin="1234")
    install_translators(lang, qapp)
    try:
        widget = AuditTab(ctx)
        qtbot.addWidget(widget)
        widget.refresh()
        texts = shown(widget)
        zh = lang == "zh_CN"
        assert widget.to_edit.text() == ("2026年11月23日" if zh else "2026-11-23")  # the one date format
        assert any(t.startswith("创建了 投诉 C-2026-0001" if zh else "created complaint C-2026-0001") for t in texts)
        entry = QCoreApplication.translate("Complaints", "Investigation started")
        assert any(entry in t for t in texts), texts
        intake = next(i for i, a in enumerate(rows(widget)) if a.entity == "complaint" and a.action == "create")
        widget.view.selectRow(intake)
        details = {
            widget.details.item(r, 0).text(): widget.details.item(r, 2).text() for r in range(widget.details.rowCount())
        }
        assert details["技师" if zh else "technician"] == "张伟"  # the person, not an id
        assert details["健康与安全" if zh else "health and safety"] == ("否" if zh else "no")
        assert details["严重程度" if zh else "severity"] == ("高" if zh else "High")
        received = details["收到时间" if zh else "received"]
        assert received.endswith(":00") and "T" not in received and "+" not in received
        assert not [t for t in texts if "#C-" in t or "#timezone" in t]  # a record is named, not referenced
        everything = " ".join(texts + list(details) + list(details.values()))
        for raw in ("_id", "True", "False", "None", "{", "complaint_entry", "health_safety", "high"):
            assert raw not in everything, (raw, everything)
    finally:
        install_translators("en", qapp)


def test_filter_by_period(tab) -> None:
    tab.from_edit.setDate(QDate(2026, 11, 23))
    shanghai = ZoneInfo("Asia/Shanghai")
    assert {r.at.astimezone(shanghai).date().isoformat() for r in rows(tab)} == {"2026-11-23"}
    assert "Anna Lee" not in [r.value("name") for r in rows(tab)]  # hired yesterday: outside the period
    tab.from_edit.setDate(QDate(2026, 11, 22))
    assert "Anna Lee" in [r.value("name") for r in rows(tab)]
    tab.from_edit.setDate(QDate(2026, 11, 1))
    tab.to_edit.setDate(QDate(2026, 11, 2))
    assert rows(tab) == []
    assert not tab.empty_label.isHidden()


def test_filter_by_staff_and_record_kind(tab, owner) -> None:
    tab.staff_combo.setCurrentIndex(tab.staff_combo.findData(owner.staff_id))
    assert rows(tab) and all(r.staff_name == "王芳" for r in rows(tab))
    tab.entity_combo.setCurrentIndex(tab.entity_combo.findData("setting"))
    assert rows(tab) and all(r.entity == "setting" for r in rows(tab))


def test_filter_by_text(qtbot, tab) -> None:
    tab.text_edit.setText("receptionist")
    qtbot.waitUntil(lambda: len(rows(tab)) == 1, timeout=2000)
    assert rows(tab)[0].value("role") == "receptionist"


def test_ctrl_f_focuses_the_text_filter(qtbot, tab) -> None:
    tab.window().activateWindow()
    assert tab.focus_search()
    qtbot.waitUntil(tab.text_edit.hasFocus, timeout=2000)
