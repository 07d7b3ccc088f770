"""Fixtures for the foundation's GUI tests (imported explicitly by those test modules)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QThreadPool

from salondesk.db.uow import UowFactory
from salondesk.domain.clock import FrozenClock
from salondesk.domain.permissions import Actor
from salondesk.services import settings as settings_service
from salondesk.ui.context import AppContext
from salondesk.ui.tasks import TaskRunner


@pytest.fixture
def tasks(qtbot) -> Iterator[TaskRunner]:
    """The app's TaskRunner; the test fails if it leaves a job or a thread running."""
    runner = TaskRunner()
    yield runner
    assert runner.wait_idle(10_000), "a background task was still running at the end of the test"
    assert QThreadPool.globalInstance().waitForDone(10_000), "a thread of the global pool was left running"
    assert runner.pool.activeThreadCount() == 0


@pytest.fixture
def make_ctx(new_uow: UowFactory, clock: FrozenClock) -> Callable[[Actor | None], AppContext]:
    """An AppContext on the test database, logged in as ``actor``."""

    def make(actor: Actor | None) -> AppContext:
        ctx = AppContext(new_uow=new_uow, clock=clock, settings=settings_service.get_settings(new_uow()), actor=actor)
        ctx.extras["engine"] = new_uow().engine
        return ctx

    return make
