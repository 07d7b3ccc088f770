"""What every figure function is given besides its rows: the period, ``now`` and the settings in force."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from salondesk.domain.calendar import Period
from salondesk.domain.clock import ensure_utc
from salondesk.domain.settings import SalonSettings


@dataclass(frozen=True)
class FigureContext:
    """The month (or any period) a figure is computed for, as of ``now``, in the salon's zone.

    ``settings`` are the ones in force at the end of the period (their targets are printed).
    ``now`` is always passed by the caller (the injected clock): no figure reads the wall clock.
    """

    period: Period
    now: datetime
    tz: ZoneInfo
    settings: SalonSettings

    def __post_init__(self) -> None:
        object.__setattr__(self, "now", ensure_utc(self.now))

    @property
    def as_of(self) -> datetime:
        """The instant the figure is judged at: ``now``, or the period's end once it has passed."""
        return min(self.now, self.period.end)

    @property
    def ended(self) -> bool:
        """True once the period is over."""
        return self.now >= self.period.end

    def target(self, key: str | None, default: float | None = None) -> float | None:
        """The target in force for ``key`` (None: the figure has no target)."""
        if key is None:
            return None
        return self.settings.targets.get(key, default)

    def count_target(self, key: str | None) -> int | None:
        """A count's target as a whole number."""
        value = self.target(key)
        return None if value is None else int(value)
