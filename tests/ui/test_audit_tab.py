"""Audit trail tab: newest first, filtered by period, staff, record kind and text."""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDate

from salondesk.domain.permissions import Role
from salondesk.services import staff as staff_service
from salondesk.ui.tabs.audit_tab import AuditTab
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


def test_newest_first_with_salon_local_times(tab) -> None:
    found = rows(tab)
    assert [r.at for r in found] == sorted((r.at for r in found), reverse=True)
    assert found[0].field == "role" and found[0].new_value == "receptionist"
    assert tab.model.index(0, 0).data() == "2026-11-23 10:00:00"
    assert (tab.model.index(0, 2).data(), tab.model.index(0, 3).data()) == ("changed", "staff member")
    assert tab.count_label.text() == f"{len(found)} changes"


def test_filter_by_period(tab) -> None:
    tab.from_edit.setDate(QDate(2026, 11, 23))
    shanghai = ZoneInfo("Asia/Shanghai")
    assert {r.at.astimezone(shanghai).date().isoformat() for r in rows(tab)} == {"2026-11-23"}
    assert "Anna Lee" not in [r.new_value for r in rows(tab)]  # hired yesterday: outside the period
    tab.from_edit.setDate(QDate(2026, 11, 22))
    assert "Anna Lee" in [r.new_value for r in rows(tab)]
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
    assert rows(tab)[0].new_value == "receptionist"


def test_ctrl_f_focuses_the_text_filter(qtbot, tab) -> None:
    tab.window().activateWindow()
    assert tab.focus_search()
    qtbot.waitUntil(tab.text_edit.hasFocus, timeout=2000)
