"""The layer rules of docs/architecture hold: import-linter's contracts (pyproject.toml) pass."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LINT_IMPORTS = Path(sys.executable).parent / "lint-imports"


def _lint_imports(cwd: Path, pythonpath: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(pythonpath))
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache"], cwd=cwd, env=env, capture_output=True, text=True, check=False
    )


def test_import_contracts_hold() -> None:
    result = _lint_imports(ROOT, ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def test_a_qt_import_in_the_core_breaks_the_contract(tmp_path: Path) -> None:
    """The contract really bites: a copy of the package with Qt imported by a service fails."""
    shutil.copytree(ROOT / "salondesk", tmp_path / "salondesk", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path)
    # Modules named by the contracts must exist even where their engineers have not got to yet.
    for stub in ("demo/__init__.py", "app.py"):
        (tmp_path / "salondesk" / stub).parent.mkdir(exist_ok=True)
        (tmp_path / "salondesk" / stub).touch()
    before = _lint_imports(tmp_path, tmp_path)
    assert "The core never imports Qt KEPT" in before.stdout, before.stdout + before.stderr

    auth = tmp_path / "salondesk" / "services" / "auth.py"
    auth.write_text(auth.read_text(encoding="utf-8") + "\nfrom PySide6 import QtCore  # noqa\n", encoding="utf-8")
    result = _lint_imports(tmp_path, tmp_path)
    assert result.returncode != 0
    assert "The core never imports Qt BROKEN" in result.stdout
    assert "salondesk.services.auth -> PySide6" in result.stdout
