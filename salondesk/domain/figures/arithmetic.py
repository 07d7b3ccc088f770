"""Arithmetic shared by every figure of commitments.md.

Percentages round half away from zero to one decimal; a rate whose denominator
is 0 is *not applicable*; a rate meets its target on its exact value, never the
rounded one (97.95 % prints 98.0 % and still misses 98 %).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from typing import Any


def round_half_away(value: Fraction | float | Decimal, places: int = 1) -> Decimal:
    """Round half away from zero (Decimal's ROUND_HALF_UP is away from zero)."""
    if isinstance(value, Fraction):
        exact = Decimal(value.numerator) / Decimal(value.denominator)
    else:
        exact = Decimal(str(value)) if isinstance(value, float) else Decimal(value)
    quantum = Decimal(1).scaleb(-places)
    return exact.quantize(quantum, rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class Rate:
    """``numerator / denominator`` as a percentage, with its target in force."""

    id: str
    numerator: int
    denominator: int
    target: float | None = None  # percent, e.g. 98.0
    in_progress: bool = False  # a figure over a span still running (T1's quarter): never judged yet

    @property
    def exact(self) -> Fraction | None:
        """Exact percentage, or None when not applicable."""
        if self.denominator == 0:
            return None
        return Fraction(100 * self.numerator, self.denominator)

    @property
    def value(self) -> Decimal | None:
        """Percentage rounded half away from zero to one decimal (None: n/a)."""
        exact = self.exact
        return None if exact is None else round_half_away(exact, 1)

    @property
    def met(self) -> bool | None:
        """Exact value ≥ target; None when n/a, without a target or still in progress."""
        exact = self.exact
        if exact is None or self.target is None or self.in_progress:
            return None
        return exact >= Fraction(str(self.target))

    def text(self, na: str = "n/a") -> str:
        """``97.9 % (47/48)`` or ``n/a (0/0)``."""
        shown = na if self.value is None else f"{self.value} %"
        return f"{shown} ({self.numerator}/{self.denominator})"

    def as_json(self) -> dict[str, Any]:
        """The JSON form commitments.md prescribes (``in_progress`` only when it is)."""
        entry: dict[str, Any] = {
            "numerator": self.numerator,
            "denominator": self.denominator,
            "value": None if self.value is None else float(self.value),
            "target": self.target,
            "met": self.met,
        }
        if self.in_progress:
            entry["in_progress"] = True
        return entry


@dataclass(frozen=True)
class Count:
    """A count with an upper target (e.g. open failures, target 0)."""

    id: str
    count: int
    target: int | None = 0
    items: Sequence[Any] = field(default_factory=tuple)

    @property
    def met(self) -> bool | None:
        """A count meets its target when it does not exceed it."""
        return None if self.target is None else self.count <= self.target

    def as_json(self) -> dict[str, Any]:
        """JSON form: the count is both numerator and value."""
        return {
            "numerator": self.count,
            "denominator": None,
            "value": self.count,
            "target": self.target,
            "met": self.met,
            "items": [item if isinstance(item, dict) else str(item) for item in self.items],
        }


@dataclass(frozen=True)
class Score:
    """A figure that is a value, not a rate (NPS, median wait): n items, a value, a target.

    ``higher_is_better`` says which side of the target meets it (NPS ≥ 50; a wait ≤ …).
    """

    id: str
    value: Decimal | int | None
    count: int
    target: float | None = None
    higher_is_better: bool = True
    unit: str = ""

    @property
    def met(self) -> bool | None:
        """Compared on the exact value; None when there is no value or no target."""
        if self.value is None or self.target is None:
            return None
        target = Decimal(str(self.target))
        return self.value >= target if self.higher_is_better else self.value <= target

    def as_json(self) -> dict[str, Any]:
        """JSON form: ``denominator`` is the number of items the value is over."""
        return {
            "numerator": None,
            "denominator": self.count,
            "value": None if self.value is None else float(self.value),
            "target": self.target,
            "met": self.met,
        }


def percentile_rank(values: Sequence[float], p: float) -> float | None:
    """The value at rank ⌈p/100 · n⌉ of the sorted values (1-based); None if empty."""
    if not values:
        return None
    ordered = sorted(values)
    rank = max(1, math.ceil(Fraction(str(p)) / 100 * len(ordered)))
    return ordered[rank - 1]


def nps(scores: Sequence[int]) -> int | None:
    """Net Promoter Score: % of 9–10 minus % of 0–6, rounded to a whole number."""
    if not scores:
        return None
    promoters = sum(1 for s in scores if s >= 9)
    detractors = sum(1 for s in scores if s <= 6)
    exact = Fraction(100 * (promoters - detractors), len(scores))
    return int(round_half_away(exact, 0))


Figure = Rate | Count | Score


def satisfied_rate(figure_id: str, answers: Sequence[int | None], target: float | None) -> Rate:
    """Answers of 4 or 5 (on 1–5) over answers given; a skipped answer (None) is in neither count."""
    given = [a for a in answers if a is not None]
    return Rate(figure_id, sum(1 for a in given if a >= 4), len(given), target)
