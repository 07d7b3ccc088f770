"""The suite's short soak: 15 simulated minutes of the real window (``make soak`` runs a day and more)."""

from __future__ import annotations

from pathlib import Path

from tests.soak.soak import SHORT, run_soak


def test_the_window_runs_without_piling_anything_up(_isolated_paths: Path) -> None:
    result = run_soak(0.25, customers=60, months=1, schedule=SHORT, data_dir=_isolated_paths)
    assert result.problems() == [], result.report()
    warm, last = result.warm, result.last
    assert last.simulated_s - warm.simulated_s == 300  # the measured part really ran
    assert last.widgets == warm.widgets and last.qobjects == warm.qobjects
    assert result.done["backup"] and result.done["report"] and result.done["login"]
    backups = list((_isolated_paths / "backups").glob("salondesk-*"))
    assert backups, "the soak's backups were written to the salon's backup folder"
