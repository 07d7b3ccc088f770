"""The service catalogue: what the salon sells, how long it takes and what it ties up.

A service has a working time (``duration_min``: technician and station both busy)
followed by an optional buffer (``buffer_min``). ``buffer_holds`` says which
resource the buffer ties up — modelled explicitly because it differs by service:

* ``chair``: the station stays busy, the technician is free (colour or perm
  processing: the customer sits under the hood while the technician takes
  another customer);
* ``technician``: the technician stays busy, the station is free (tools to clean
  and disinfect, notes to write after a facial in a shared room);
* ``both``: both stay busy (a foot spa that must be drained and disinfected by the
  technician who used it);
* ``none``: no buffer is held (``buffer_min`` is ignored).

Equipment a service needs is held for as long as the station is (work + a chair
buffer). Services are retired, never deleted: old appointments and service
records keep pointing at them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal
from enum import StrEnum

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from salondesk.domain import equipment as _equipment  # noqa: F401 - "equipment" table for the FK
from salondesk.domain import hygiene as _hygiene  # noqa: F401 - "station" table for appointment FKs
from salondesk.domain.base import enum_field, instant_field, text_field
from salondesk.domain.staff import CertificateKind


class ServiceCategory(StrEnum):
    """What kind of work a service is (drives colours, filters and the demo)."""

    CUT = "cut"
    COLOUR = "colour"
    PERM = "perm"
    STYLING = "styling"
    HAIR_CARE = "hair_care"
    FACIAL = "facial"
    MANICURE = "manicure"
    PEDICURE = "pedicure"
    MASSAGE = "massage"
    OTHER = "other"


class BufferHolds(StrEnum):
    """Which resource the buffer after a service keeps busy (see the module docstring)."""

    CHAIR = "chair"
    TECHNICIAN = "technician"
    BOTH = "both"
    NONE = "none"


class Service(SQLModel, table=True):
    """One entry of the catalogue (服务项目)."""

    __tablename__ = "service"

    id: int | None = Field(default=None, primary_key=True)
    name: str = text_field(length=120)
    name_zh: str = text_field("", length=120)
    category: ServiceCategory = enum_field(index=True)
    duration_min: int
    buffer_min: int = 0
    buffer_holds: BufferHolds = enum_field(BufferHolds.NONE)
    price: Decimal = Field(default=Decimal("0"), sa_type=sa.Numeric(10, 2))
    certificate_kind: CertificateKind | None = enum_field(None, nullable=True)
    needs_patch_test: bool = False
    station_kind: str | None = text_field(None, length=24)  # hygiene StationKind value it is done at
    retired_at: datetime | None = instant_field(nullable=True, default=None)
    created_at: datetime = instant_field()


class ServiceEquipment(SQLModel, table=True):
    """A piece of equipment a service needs (out of service → the service cannot be booked).

    ``equipment_id`` points at the equipment register (``salondesk.domain.equipment``).
    """

    __tablename__ = "service_equipment"

    service_id: int = Field(foreign_key="service.id", primary_key=True)
    equipment_id: int = Field(foreign_key="equipment.id", primary_key=True, index=True)


@dataclass(frozen=True)
class Occupancy:
    """How long an appointment ties up its technician and its station (UTC instants)."""

    start: datetime
    end: datetime  # end of the work itself
    technician_until: datetime
    station_until: datetime


def occupancy(start: datetime, end: datetime, buffer_min: int, holds: BufferHolds) -> Occupancy:
    """Work ``[start, end)`` plus the buffer on the resource(s) ``holds`` names."""
    buffer = timedelta(minutes=max(0, buffer_min)) if holds != BufferHolds.NONE else timedelta(0)
    tech_extra = buffer if holds in (BufferHolds.TECHNICIAN, BufferHolds.BOTH) else timedelta(0)
    chair_extra = buffer if holds in (BufferHolds.CHAIR, BufferHolds.BOTH) else timedelta(0)
    return Occupancy(start, end, end + tech_extra, end + chair_extra)


def display_name(name: str, name_zh: str, lang: str) -> str:
    """The service's name in ``lang`` (Chinese falls back to English when not given)."""
    return name_zh if lang.startswith("zh") and name_zh else name
