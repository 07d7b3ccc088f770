"""Pure rules of the complaint register: milestones, deadlines, countdown colours."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from salondesk.domain.complaints import (
    Category,
    ClockState,
    DeadlineKind,
    EntryFacts,
    EntryKind,
    Status,
    complaint_number,
    deadlines,
    format_remaining,
    milestones,
    next_deadline,
    product_return_in_time,
    within,
)

T0 = datetime(2026, 11, 2, 2, 0, tzinfo=UTC)


def h(hours: float) -> datetime:
    return T0 + timedelta(hours=hours)


def test_limits_are_inclusive_to_the_second():
    assert within(T0, h(48), timedelta(hours=48))
    assert not within(T0, h(48) + timedelta(seconds=1), timedelta(hours=48))


def test_number_format():
    assert complaint_number(2026, 42) == "C-2026-0042"


def test_milestones_first_response_and_investigation_are_kept_reopen_voids_resolution():
    marks = milestones(
        [
            EntryFacts(EntryKind.RECEIVED, h(0)),
            EntryFacts(EntryKind.ACKNOWLEDGED, h(1)),
            EntryFacts(EntryKind.ACKNOWLEDGED, h(5)),
            EntryFacts(EntryKind.INVESTIGATION, h(2)),
            EntryFacts(EntryKind.RESOLVED, h(10)),
            EntryFacts(EntryKind.FOLLOW_UP, h(20)),
            EntryFacts(EntryKind.REOPENED, h(30)),
        ]
    )
    assert marks.answered_at == h(1)
    assert marks.investigation_at == h(2)
    assert marks.resolved_at is None and marks.followed_up_at is None
    assert marks.status == Status.INVESTIGATING
    again = milestones(
        [
            EntryFacts(EntryKind.RESOLVED, h(10)),
            EntryFacts(EntryKind.REOPENED, h(30)),
            EntryFacts(EntryKind.RESOLVED, h(40)),
        ]
    )
    assert again.resolved_at == h(40)


def test_deadlines_product_answers_in_24h_others_48h():
    empty = milestones([])
    service = {d.kind: d.due for d in deadlines(Category.SERVICE, T0, empty)}
    product = {d.kind: d.due for d in deadlines(Category.PRODUCT, T0, empty)}
    assert service[DeadlineKind.ANSWER] == h(48)
    assert product[DeadlineKind.ANSWER] == h(24)
    assert service[DeadlineKind.INVESTIGATION] == h(24)
    assert service[DeadlineKind.RESOLUTION] == h(720)
    assert DeadlineKind.FOLLOW_UP not in service
    resolved = milestones([EntryFacts(EntryKind.RESOLVED, h(100))])
    follow = {d.kind: d for d in deadlines(Category.SERVICE, T0, resolved)}[DeadlineKind.FOLLOW_UP]
    assert follow.start == h(100) and follow.due == h(268)


def test_countdown_colours_amber_under_a_quarter_red_when_missed():
    answer = next(d for d in deadlines(Category.SERVICE, T0, milestones([])) if d.kind == DeadlineKind.ANSWER)
    assert answer.state(h(0)) == ClockState.OK
    assert answer.state(h(36)) == ClockState.OK  # exactly a quarter (12 h of 48) left: not yet amber
    assert answer.state(h(36) + timedelta(seconds=1)) == ClockState.ATTENTION
    assert answer.state(h(48)) == ClockState.ATTENTION  # exactly 48:00: still on time
    assert answer.state(h(48) + timedelta(seconds=1)) == ClockState.MISSED
    assert answer.remaining(h(50)) == timedelta(hours=-2)


def test_met_late_stays_missed_met_on_time_is_ok():
    late = milestones([EntryFacts(EntryKind.ACKNOWLEDGED, h(49))])
    answer = next(d for d in deadlines(Category.SERVICE, T0, late) if d.kind == DeadlineKind.ANSWER)
    assert answer.met_on_time() is False
    assert answer.state(h(100)) == ClockState.MISSED
    ok = milestones([EntryFacts(EntryKind.ACKNOWLEDGED, h(48))])
    answer = next(d for d in deadlines(Category.SERVICE, T0, ok) if d.kind == DeadlineKind.ANSWER)
    assert answer.met_on_time() is True and answer.state(h(100)) == ClockState.OK


def test_next_deadline_is_the_earliest_unmet_and_none_when_closed():
    clocks = deadlines(Category.SERVICE, T0, milestones([]))
    assert next_deadline(clocks, closed=False).kind == DeadlineKind.INVESTIGATION  # 24 h before 48 h
    answered = deadlines(
        Category.SERVICE,
        T0,
        milestones([EntryFacts(EntryKind.INVESTIGATION, h(1)), EntryFacts(EntryKind.ACKNOWLEDGED, h(2))]),
    )
    assert next_deadline(answered, closed=False).kind == DeadlineKind.RESOLUTION
    assert next_deadline(answered, closed=True) is None


def test_format_remaining_and_product_return_window():
    assert format_remaining(timedelta(days=2, hours=3, minutes=4, seconds=59)) == (2, 3, 4)
    assert format_remaining(timedelta(hours=-5)) == (0, 5, 0)
    assert product_return_in_time(date(2026, 11, 1), date(2026, 11, 8))
    assert not product_return_in_time(date(2026, 11, 1), date(2026, 11, 9))
    assert not product_return_in_time(None, date(2026, 11, 9))
