"""The figures of commitments.md as pure functions over plain rows (no database, no clock).

``arithmetic`` holds the rounding and rate rules every figure shares; one module per
area (``reception``, ``quality``, ``hygiene``, ``equipment``, ``complaints``,
``training``) holds its row types and figure functions; ``registry`` lists every
figure id with its function, label, target key and commitment wording.
"""

from salondesk.domain.figures.arithmetic import (
    Count,
    Figure,
    Rate,
    Score,
    nps,
    percentile_rank,
    round_half_away,
)
from salondesk.domain.figures.context import FigureContext

__all__ = ["Count", "Figure", "FigureContext", "Rate", "Score", "nps", "percentile_rank", "round_half_away"]
