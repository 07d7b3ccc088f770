"""One workflow definition: the complaints tab enables exactly the steps the service accepts.

A Hypothesis walk takes random sequences of steps by random roles on complaints of
either severity; before every step it asks the service, for every stage button, whether
it would accept that entry now (in a unit of work that is never committed), and compares
that with the buttons the tab of the same role has enabled.
"""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from salondesk.db.uow import UnitOfWork
from salondesk.domain.complaints import Channel, EntryKind, Remedy, Severity
from salondesk.domain.errors import DomainError
from salondesk.domain.permissions import Actor, Role
from salondesk.queries import complaints as q
from salondesk.services import complaints as svc
from salondesk.ui.tabs.complaints_tab import ComplaintsTab
from tests.conftest import pin_of
from tests.ui.foundation import make_ctx  # noqa: F401 - fixture
from tests.unit.test_complaint_support import log


class DryRun(UnitOfWork):
    """A unit of work whose commit only flushes: the service runs every check, nothing stays."""

    def commit(self) -> None:
        self.flush()


def _entry(kind: EntryKind, first_entry_id: int) -> svc.EntryInput:
    """A well-filled entry of ``kind``: only the workflow can refuse it."""
    return {
        EntryKind.ACKNOWLEDGED: svc.EntryInput(kind, text="We are sorry", method=Channel.PHONE.value),
        EntryKind.INVESTIGATION: svc.EntryInput(kind),
        EntryKind.EVIDENCE: svc.EntryInput(kind, text="Photo of the nape"),
        EntryKind.DECISION: svc.EntryInput(kind, text="No fault found", remedy=Remedy.NONE.value),
        EntryKind.CUSTOMER_TOLD: svc.EntryInput(kind, method=Channel.PHONE.value),
        EntryKind.RESOLVED: svc.EntryInput(kind),
        EntryKind.FOLLOW_UP: svc.EntryInput(kind, satisfaction=4, method=Channel.PHONE.value),
        EntryKind.CLOSED: svc.EntryInput(kind),
        EntryKind.ESCALATED: svc.EntryInput(kind, text="Wants to speak to the owner"),
        EntryKind.REOPENED: svc.EntryInput(kind, text="Colour faded again"),
        EntryKind.CORRECTION: svc.EntryInput(kind, text="Wrong day noted", corrects_id=first_entry_id),
    }[kind]


def _accepted(ctx: Any, actor: Actor, cid: int, kinds: list[EntryKind]) -> set[EntryKind]:
    first = q.complaint_detail(ctx.new_uow(), cid, ctx.clock.now(), viewer=actor).entries[0].id
    engine = ctx.new_uow().engine
    accepted = set()
    for kind in kinds:
        try:
            svc.add_entry(DryRun(engine), actor, ctx.clock, cid, _entry(kind, first), pin=pin_of(actor))
        except DomainError:
            continue
        accepted.add(kind)
    return accepted


def _enabled(tab: ComplaintsTab, cid: int) -> set[EntryKind]:
    tab.refresh()
    tab.open_complaint(cid)
    assert tab.detail is not None and tab.detail.row.id == cid
    return {kind for kind, button in tab.stage_buttons.items() if button.isEnabled()}


def _tabs(qtbot: Any, make_ctx: Any, actors: dict[Role, Actor]) -> dict[Role, ComplaintsTab]:  # noqa: F811
    tabs = {}
    for role, actor in actors.items():
        tab = ComplaintsTab(make_ctx(actor))
        qtbot.addWidget(tab)
        tabs[role] = tab
    return tabs


def test_after_decision_and_escalation_customer_told_is_enabled_and_accepted(
    qtbot,
    make_ctx,  # noqa: F811 - the fixture imported above
    receptionist,
    clock,
) -> None:
    tab = _tabs(qtbot, make_ctx, {Role.RECEPTIONIST: receptionist})[Role.RECEPTIONIST]
    cid = log(tab.ctx.new_uow, receptionist, clock, clock.now())
    for kind in (EntryKind.ACKNOWLEDGED, EntryKind.INVESTIGATION, EntryKind.DECISION, EntryKind.ESCALATED):
        clock.advance(minutes=10)
        svc.add_entry(tab.ctx.new_uow(), receptionist, clock, cid, _entry(kind, 0), pin=pin_of(receptionist))
    assert EntryKind.CUSTOMER_TOLD in _enabled(tab, cid)
    svc.add_entry(
        tab.ctx.new_uow(), receptionist, clock, cid, _entry(EntryKind.CUSTOMER_TOLD, 0), pin=pin_of(receptionist)
    )  # accepted


def test_tab_enables_exactly_what_the_service_accepts(
    qtbot,
    make_ctx,  # noqa: F811 - the fixture imported above
    owner,
    receptionist,
    technician,
    clock,
) -> None:
    actors = {Role.OWNER: owner, Role.RECEPTIONIST: receptionist, Role.TECHNICIAN: technician}
    tabs = _tabs(qtbot, make_ctx, actors)
    kinds = list(tabs[Role.OWNER].stage_buttons)
    new_uow = tabs[Role.OWNER].ctx.new_uow
    walked: list[int] = []

    @settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(severity=st.sampled_from([Severity.MEDIUM, Severity.CRITICAL]), data=st.data())
    def walk(severity: Severity, data: st.DataObject) -> None:
        clock.advance(hours=1)
        # about the technician's service, so their tab shows it too
        cid = log(new_uow, receptionist, clock, clock.now(), severity=severity, technician_id=technician.staff_id)
        for _ in range(data.draw(st.integers(min_value=1, max_value=12), label="steps")):
            role = data.draw(st.sampled_from(list(Role)), label="role")
            actor = actors[role]
            enabled = _enabled(tabs[role], cid)
            accepted = _accepted(tabs[role].ctx, actor, cid, kinds)
            assert enabled == accepted, f"{role}: tab enables {sorted(enabled)}, service accepts {sorted(accepted)}"
            follow = data.draw(st.booleans(), label="follow the workflow") and accepted
            kind = data.draw(st.sampled_from(sorted(accepted) if follow else kinds), label="step")
            clock.advance(minutes=7)
            first = q.complaint_detail(new_uow(), cid, clock.now(), viewer=actor).entries[0].id
            try:
                svc.add_entry(new_uow(), actor, clock, cid, _entry(kind, first), pin=pin_of(actor))
            except DomainError:
                assert kind not in accepted
            else:
                assert kind in accepted
        walked.append(cid)

    walk()
    assert len(walked) >= 10
