"""C1–C6 and P1 exactly as commitments.md words them; every answer below is worked out by hand.

The month is November 2026 in Asia/Shanghai: [2026-10-31 16:00 UTC, 2026-11-30 16:00 UTC).
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from salondesk.domain.audit import AuditEntry
from salondesk.domain.calendar import month_period
from salondesk.domain.complaints import Category, Channel, Severity
from salondesk.domain.settings import SalonSettings
from salondesk.reports.figure_data import area_figures
from salondesk.services import complaints as svc
from tests.conftest import pin_of
from tests.unit.test_complaint_support import SH, answer, follow, investigate, local, log, resolve

# Run under a wall clock before and after the data: nothing below the UI may read it.
pytestmark = pytest.mark.usefixtures("wall_clock")

NOV = month_period(2026, 11, SH)
OCT = month_period(2026, 10, SH)
DEC = month_period(2026, 12, SH)
DEC_1 = local(2026, 12, 1, 10)  # the report is made the next morning
S = timedelta(seconds=1)


def figures(new_uow, now=DEC_1, period=NOV):
    return area_figures(new_uow, "complaints", period, SalonSettings(), now)


def test_empty_month_every_rate_is_not_applicable(new_uow, owner):
    result = figures(new_uow)
    for fid in ("C1", "C2", "C3", "C4", "C5"):
        rate = result.figures[fid]
        assert (rate.numerator, rate.denominator, rate.value, rate.met) == (0, 0, None, None)
        assert rate.text() == "n/a (0/0)"
    assert result.figures["C6"].count == 0 and result.open_at_month_end == ()
    assert result.figures["P1"].count == 0 and result.figures["P1"].met is True


def test_c1_exactly_48h_is_on_time_one_second_more_is_late(new_uow, owner, clock):
    a = log(new_uow, owner, clock, local(2026, 11, 2, 10))
    answer(new_uow, owner, clock, a, local(2026, 11, 4, 10))  # 48:00:00
    b = log(new_uow, owner, clock, local(2026, 11, 3, 10))
    answer(new_uow, owner, clock, b, local(2026, 11, 5, 10, 0, 1))  # 48:00:01
    c1 = figures(new_uow).figures["C1"]
    assert (c1.numerator, c1.denominator) == (1, 2)
    assert str(c1.value) == "50.0" and c1.met is False


def test_c1_pending_is_in_neither_count_and_run_out_counts_as_late(new_uow, owner, clock):
    # received 30 Nov 20:00, unanswered; at 1 Dec 10:00 only 14 h have passed: pending
    log(new_uow, owner, clock, local(2026, 11, 30, 20))
    c1 = figures(new_uow).figures["C1"]
    assert (c1.numerator, c1.denominator, c1.value) == (0, 0, None)
    # two days later its 48 h have run out (unanswered): late
    c1 = figures(new_uow, now=local(2026, 12, 2, 20, 0, 1)).figures["C1"]
    assert (c1.numerator, c1.denominator) == (0, 1)
    # exactly at 48:00 it is not yet late: still pending
    c1 = figures(new_uow, now=local(2026, 12, 2, 20)).figures["C1"]
    assert (c1.numerator, c1.denominator) == (0, 0)


def test_c1_product_cases_have_24h(new_uow, owner, clock):
    on_time = log(new_uow, owner, clock, local(2026, 11, 10, 9), Category.PRODUCT)
    answer(new_uow, owner, clock, on_time, local(2026, 11, 11, 9))  # 24:00:00
    late = log(new_uow, owner, clock, local(2026, 11, 12, 9), Category.PRODUCT)
    answer(new_uow, owner, clock, late, local(2026, 11, 13, 9, 0, 1))  # 24:00:01
    service = log(new_uow, owner, clock, local(2026, 11, 14, 9), Category.SERVICE)
    answer(new_uow, owner, clock, service, local(2026, 11, 15, 15))  # 30 h: fine for a service complaint
    c1 = figures(new_uow).figures["C1"]
    assert (c1.numerator, c1.denominator) == (2, 3)
    assert str(c1.value) == "66.7"


def test_c2_investigation_within_24h(new_uow, owner, clock):
    a = log(new_uow, owner, clock, local(2026, 11, 5, 10))
    investigate(new_uow, owner, clock, a, local(2026, 11, 6, 10))  # 24:00 on time
    b = log(new_uow, owner, clock, local(2026, 11, 7, 10))
    investigate(new_uow, owner, clock, b, local(2026, 11, 8, 10) + S)  # late
    log(new_uow, owner, clock, local(2026, 11, 9, 10))  # never started, run out: late
    log(new_uow, owner, clock, local(2026, 11, 30, 23))  # 11 h old at the report: pending
    c2 = figures(new_uow).figures["C2"]
    assert (c2.numerator, c2.denominator) == (1, 3)


def test_month_boundaries_are_shanghai_days(new_uow, owner, clock):
    log(new_uow, owner, clock, local(2026, 10, 31, 23, 59), channel=Channel.WECHAT)  # October locally
    log(new_uow, owner, clock, local(2026, 11, 1, 0, 30), channel=Channel.PHONE)  # 31 Oct 16:30 UTC: November
    log(new_uow, owner, clock, local(2026, 11, 30, 23, 59), channel=Channel.PHONE)  # November
    log(new_uow, owner, clock, local(2026, 12, 1, 0, 30), channel=Channel.WECHAT)  # 30 Nov 16:30 UTC: December
    result = figures(new_uow, now=local(2026, 12, 1, 1))
    assert result.figures["C6"].count == 2
    assert result.by_channel == {"phone": 2}
    assert result.received == 2


def test_c3_counted_once_in_the_month_of_the_earlier_of_deadline_and_resolution(new_uow, owner, clock):
    # (a) received 28 Oct, resolved 3 Nov (deadline 27 Nov): counted in November only, on time
    a = log(new_uow, owner, clock, local(2026, 10, 28, 10))
    resolve(new_uow, owner, clock, a, local(2026, 11, 3, 10))
    # (b) received 20 Oct 10:00, never resolved: deadline 19 Nov 10:00 → November, late
    log(new_uow, owner, clock, local(2026, 10, 20, 10))
    # (c) received 25 Oct 10:00, resolved 28 Nov (after its deadline 24 Nov 10:00) → November (deadline), late
    c = log(new_uow, owner, clock, local(2026, 10, 25, 10))
    resolve(new_uow, owner, clock, c, local(2026, 11, 28, 10))
    # (d) received 20 Nov, resolved 25 Nov: resolved in November, deadline in December → November, on time
    d = log(new_uow, owner, clock, local(2026, 11, 20, 10))
    resolve(new_uow, owner, clock, d, local(2026, 11, 25, 10))
    # (e) received 2 Oct 12:00, resolved at exactly 720 h (1 Nov 12:00) → November, on time
    e = log(new_uow, owner, clock, local(2026, 10, 2, 12))
    resolve(new_uow, owner, clock, e, local(2026, 11, 1, 12))
    # (f) received 15 Nov, unresolved: deadline 15 Dec → not November
    log(new_uow, owner, clock, local(2026, 11, 15, 10))
    # (g) received 9 Oct, resolved 30 Oct: October
    g = log(new_uow, owner, clock, local(2026, 10, 9, 10))
    resolve(new_uow, owner, clock, g, local(2026, 10, 30, 10))
    c3 = figures(new_uow).figures["C3"]
    assert (c3.numerator, c3.denominator) == (3, 5)  # a, d, e on time; b, c late
    oct_c3 = figures(new_uow, period=OCT).figures["C3"]
    assert (oct_c3.numerator, oct_c3.denominator) == (1, 1)  # only g
    dec_c3 = figures(new_uow, now=local(2027, 1, 2), period=DEC).figures["C3"]
    assert (dec_c3.numerator, dec_c3.denominator) == (0, 1)  # only f (deadline 15 Dec, unresolved)


def test_c3_provisional_month_deadline_not_yet_reached_is_pending(new_uow, owner, clock):
    log(new_uow, owner, clock, local(2026, 10, 30, 10))  # deadline 29 Nov 10:00
    c3 = figures(new_uow, now=local(2026, 11, 29, 10)).figures["C3"]
    assert c3.denominator == 0  # exactly at the deadline: still possible to be on time
    c3 = figures(new_uow, now=local(2026, 11, 29, 10) + S).figures["C3"]
    assert (c3.numerator, c3.denominator) == (0, 1)


def test_c4_follow_up_within_7_days_of_the_resolution(new_uow, owner, clock):
    a = log(new_uow, owner, clock, local(2026, 11, 1, 10))
    resolve(new_uow, owner, clock, a, local(2026, 11, 5, 10))
    follow(new_uow, owner, clock, a, local(2026, 11, 12, 10))  # exactly 168 h
    b = log(new_uow, owner, clock, local(2026, 11, 1, 11))
    resolve(new_uow, owner, clock, b, local(2026, 11, 6, 10))
    follow(new_uow, owner, clock, b, local(2026, 11, 13, 10) + S)  # 168 h + 1 s
    c = log(new_uow, owner, clock, local(2026, 11, 1, 12))
    resolve(new_uow, owner, clock, c, local(2026, 11, 10, 10))  # never called: run out → late
    d = log(new_uow, owner, clock, local(2026, 11, 1, 13))
    resolve(new_uow, owner, clock, d, local(2026, 11, 28, 10))  # 3 days later at the report: pending
    e = log(new_uow, owner, clock, local(2026, 10, 1, 13))
    resolve(new_uow, owner, clock, e, local(2026, 10, 28, 10))  # resolved in October: not November's
    follow(new_uow, owner, clock, e, local(2026, 11, 2, 10))
    c4 = figures(new_uow).figures["C4"]
    assert (c4.numerator, c4.denominator) == (1, 3)
    # once d's 7 days have run out unanswered it counts as late (as of 5 Dec 10:00:01)
    c4 = figures(new_uow, now=local(2026, 12, 5, 10) + S).figures["C4"]
    assert (c4.numerator, c4.denominator) == (1, 4)


def test_c5_ratings_4_or_5_over_rated_follow_ups_of_the_month(new_uow, owner, clock):
    ratings = [
        (5, local(2026, 11, 10, 10)),
        (4, local(2026, 11, 11, 10)),
        (3, local(2026, 11, 12, 10)),
        (None, local(2026, 11, 13, 10)),
        (5, local(2026, 12, 1, 9)),
    ]
    for i, (rating, when) in enumerate(ratings):
        cid = log(new_uow, owner, clock, local(2026, 11, 1, 10 + i))
        resolve(new_uow, owner, clock, cid, when - timedelta(days=1))
        follow(new_uow, owner, clock, cid, when, rating)
    c5 = figures(new_uow).figures["C5"]
    assert (c5.numerator, c5.denominator) == (2, 3)
    assert str(c5.value) == "66.7" and c5.met is False and c5.target == 95.0


def test_c6_counts_and_open_at_month_end_with_age(new_uow, owner, clock):
    a = log(
        new_uow,
        owner,
        clock,
        local(2026, 11, 20, 10),
        Category.HYGIENE,
        channel=Channel.IN_PERSON,
        severity=Severity.HIGH,
    )
    log(new_uow, owner, clock, local(2026, 11, 25, 16), Category.PRODUCT, channel=Channel.WECHAT, severity=Severity.LOW)
    c = log(
        new_uow, owner, clock, local(2026, 11, 2, 10), Category.HYGIENE, channel=Channel.WECHAT, severity=Severity.LOW
    )
    resolve(new_uow, owner, clock, c, local(2026, 11, 3, 10))
    follow(new_uow, owner, clock, c, local(2026, 11, 4, 10))
    clock.set(local(2026, 11, 4, 11))
    svc.close(new_uow(), owner, clock, c, pin=pin_of(owner))
    # a is closed after the month end: still open at month end
    resolve(new_uow, owner, clock, a, local(2026, 12, 1, 9))
    follow(new_uow, owner, clock, a, local(2026, 12, 1, 9, 30))
    clock.set(local(2026, 12, 1, 9, 45))
    svc.close(new_uow(), owner, clock, a, pin=pin_of(owner))
    result = figures(new_uow)
    assert result.figures["C6"].count == 3
    assert result.by_category["hygiene"] == 2 and result.by_category["product"] == 1
    assert result.by_category["attitude"] == 0
    assert result.by_channel == {"wechat": 2, "in_person": 1}
    assert result.by_severity == {"low": 2, "high": 1}
    # month end is 1 Dec 00:00 local: a is 10 d 14 h old, b 5 d 8 h
    assert [(o.number, o.age_days, o.age_hours) for o in result.open_at_month_end] == [
        ("C-2026-0001", 10, 254.0),
        ("C-2026-0002", 5, 128.0),
    ]
    assert {line.number for line in result.register} == {"C-2026-0001", "C-2026-0002", "C-2026-0003"}
    line_c = next(line for line in result.register if line.number == "C-2026-0003")
    assert line_c.answer_on_time is True and line_c.follow_up_on_time is True and line_c.closed_at is not None


def test_p1_privacy_complaints_and_customer_data_exports_and_erasures(new_uow, owner, clock):
    log(new_uow, owner, clock, local(2026, 11, 5, 10), Category.PRIVACY, description="Phone number shared")
    log(new_uow, owner, clock, local(2026, 10, 5, 10), Category.PRIVACY)  # October: not counted
    with new_uow() as uow:
        uow.session.add(
            AuditEntry(
                at=local(2026, 11, 6, 10),
                staff_id=owner.staff_id,
                action="export",
                entity="customer",
                entity_id="12",
                new_value="3",
            )
        )
        uow.session.add(
            AuditEntry(
                at=local(2026, 11, 7, 10), staff_id=owner.staff_id, action="erase", entity="customer", entity_id="13"
            )
        )
        uow.session.add(
            AuditEntry(
                at=local(2026, 12, 7, 10), staff_id=owner.staff_id, action="erase", entity="customer", entity_id="14"
            )
        )
        uow.session.add(
            AuditEntry(
                at=local(2026, 11, 7, 11), staff_id=owner.staff_id, action="update", entity="customer", entity_id="13"
            )
        )
        uow.commit()
    result = figures(new_uow)
    p1 = result.figures["P1"]
    assert p1.count == 1 and p1.target == 0 and p1.met is False
    assert [(d.action, d.staff, d.entity_id, d.records) for d in result.data_requests] == [
        ("export", "王芳", "12", 3),
        ("erase", "王芳", "13", 1),
    ]
    assert [p.number for p in result.privacy_complaints] == ["C-2026-0001"]
    assert p1.as_json()["items"][0] == {
        "at": local(2026, 11, 6, 10).isoformat(),
        "action": "export",
        "staff": "王芳",
        "records": 3,
    }


def test_entries_after_now_are_not_seen(new_uow, owner, clock):
    a = log(new_uow, owner, clock, local(2026, 11, 2, 10))
    answer(new_uow, owner, clock, a, local(2026, 11, 3, 10))
    c1 = figures(new_uow, now=local(2026, 11, 3, 9)).figures["C1"]
    assert c1.denominator == 0  # not answered yet as of 3 Nov 09:00 and inside its 48 h


def test_c6_json_carries_its_distribution_and_open_list(new_uow, owner, clock):
    log(new_uow, owner, clock, local(2026, 11, 20, 10), Category.PRIVACY, channel=Channel.REVIEW_SITE)
    items = figures(new_uow).figures["C6"].as_json()["items"]
    assert {"group": "category", "value": "privacy", "count": 1} in items
    assert {"group": "category", "value": "service", "count": 0} in items
    assert {"group": "channel", "value": "review_site", "count": 1} in items
    assert {"group": "severity", "value": "medium", "count": 1} in items
    opened = [i for i in items if i["group"] == "open_at_month_end"]
    assert opened == [
        {
            "group": "open_at_month_end",
            "number": "C-2026-0001",
            "received_at": local(2026, 11, 20, 10).isoformat(),
            "age_days": 10,
        }
    ]


def test_c4_a_close_without_a_follow_up_call_counts_at_once_as_not_followed_up(new_uow, owner, clock):
    done = log(new_uow, owner, clock, local(2026, 11, 1, 10))
    resolve(new_uow, owner, clock, done, local(2026, 11, 27, 10))
    follow(new_uow, owner, clock, done, local(2026, 11, 28, 10))
    gone = log(new_uow, owner, clock, local(2026, 11, 1, 11))
    resolve(new_uow, owner, clock, gone, local(2026, 11, 27, 11))
    c4 = figures(new_uow).figures["C4"]
    assert (c4.numerator, c4.denominator) == (1, 1)  # gone's 7 days still run: pending
    clock.set(local(2026, 11, 28, 11))
    svc.close(new_uow(), owner, clock, gone, "Customer moved abroad; number no longer in use", pin=pin_of(owner))
    c4 = figures(new_uow).figures["C4"]
    assert (c4.numerator, c4.denominator) == (1, 2)  # closed without the call: decided, not followed up
