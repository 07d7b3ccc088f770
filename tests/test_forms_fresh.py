"""The committed ``salondesk/ui/forms/ui_*.py`` match ``forms/*.ui`` (no stale output)."""

from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _load_build_forms() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_forms", ROOT / "scripts" / "build_forms.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["build_forms"] = module
    spec.loader.exec_module(module)
    return module


build_forms = _load_build_forms()


def test_generated_forms_are_fresh() -> None:
    problems = build_forms.check()
    assert problems == [], "run `make forms` and commit:\n" + "\n".join(problems)


def test_check_reports_stale_missing_and_orphan_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The check itself catches each kind of drift (so a green check means something)."""
    forms, out = tmp_path / "forms", tmp_path / "out"
    forms.mkdir()
    out.mkdir()
    ui = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<ui version="4.0"><class>{cls}</class>'
        '<widget class="QDialog" name="{cls}"><property name="windowTitle">'
        "<string>{title}</string></property></widget></ui>\n"
    )
    (forms / "alpha.ui").write_text(ui.format(cls="Alpha", title="Alpha"))
    (forms / "beta.ui").write_text(ui.format(cls="Beta", title="Beta"))
    monkeypatch.setattr(build_forms, "ROOT", tmp_path)
    monkeypatch.setattr(build_forms, "FORMS", forms)
    monkeypatch.setattr(build_forms, "OUT", out)

    build_forms.build()
    assert build_forms.check() == []
    generated = (out / "ui_alpha.py").read_text()
    assert generated.startswith("# Generated from forms/alpha.ui")
    assert "class Ui_Alpha" in generated

    (forms / "alpha.ui").write_text(ui.format(cls="Alpha", title="Changed"))
    (out / "ui_beta.py").unlink()
    (out / "ui_gone.py").write_text("# left over\n")
    problems = build_forms.check()
    assert [p.split(":")[0] for p in problems] == ["stale", "missing", "orphan"]

    build_forms.build()
    assert build_forms.check() == []
    assert not (out / "ui_gone.py").exists()
    shutil.rmtree(out)
    assert [p.split(":")[0] for p in build_forms.check()] == ["missing", "missing"]
