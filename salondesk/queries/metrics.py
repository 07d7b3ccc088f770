"""The loaders of the figures' rows, one per area of :data:`salondesk.domain.figures.registry.AREA_FIGURES`.

Each is ``load(uow, ctx) -> rows`` and only reads: the counting is in ``salondesk.domain.figures``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from salondesk.db.uow import UnitOfWork
from salondesk.domain.figures import FigureContext
from salondesk.queries.metrics_complaints import load_complaint_rows
from salondesk.queries.metrics_equipment import load_equipment_rows
from salondesk.queries.metrics_hygiene import load_hygiene_rows
from salondesk.queries.metrics_reception import load_quality_rows, load_reception_rows
from salondesk.queries.metrics_training import load_training_rows

AREA_LOADERS: dict[str, Callable[[UnitOfWork, FigureContext], Any]] = {
    "reception": load_reception_rows,
    "quality": load_quality_rows,
    "hygiene": load_hygiene_rows,
    "equipment": load_equipment_rows,
    "complaints": load_complaint_rows,
    "training": load_training_rows,
}
