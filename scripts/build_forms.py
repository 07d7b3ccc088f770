"""Generate ``salondesk/ui/forms/ui_<name>.py`` from every ``forms/<name>.ui``.

Dialog layouts are edited in Qt Designer as ``forms/*.ui``; this build step turns
each into Python with ``pyside6-uic`` (the one from the virtualenv, so the output
matches the pinned Qt). The generated files are committed, so the app runs without
the build step, and ``--check`` (run by ``make test`` and ``tests/test_forms_fresh.py``)
fails when one is stale, missing, or left over from a deleted ``.ui`` file.

    python scripts/build_forms.py           # regenerate (make forms)
    python scripts/build_forms.py --check   # compare, change nothing
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORMS = ROOT / "forms"
OUT = ROOT / "salondesk" / "ui" / "forms"
KEEP = {"__init__.py"}  # hand-written files in OUT that are not generated
HEADER = "# Generated from forms/{ui} by scripts/build_forms.py (make forms). Do not edit.\n"


def uic_command() -> list[str]:
    """``pyside6-uic`` next to this interpreter, else on PATH."""
    bindir = Path(sys.executable).parent
    for name in ("pyside6-uic", "pyside6-uic.exe"):
        candidate = bindir / name
        if candidate.exists():
            return [str(candidate)]
    found = shutil.which("pyside6-uic")
    if found:
        return [found]
    raise SystemExit("pyside6-uic not found: run `make setup` (pip install -e .) first")


def ui_files() -> list[Path]:
    return sorted(FORMS.glob("*.ui"))


def target_name(ui: Path) -> str:
    return f"ui_{ui.stem}.py"


def generate(ui: Path, dest: Path) -> None:
    """Write the Python for ``ui`` to ``dest`` (with our header)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [*uic_command(), "-g", "python", str(ui.relative_to(ROOT))],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    if result.returncode != 0:
        raise SystemExit(f"pyside6-uic failed on {ui.name}:\n{result.stderr}")
    dest.write_text(HEADER.format(ui=ui.name) + result.stdout, encoding="utf-8", newline="\n")


def generated_files(directory: Path) -> set[str]:
    return {p.name for p in directory.glob("*.py") if p.name not in KEEP}


def build() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    init = OUT / "__init__.py"
    if not init.exists():
        init.write_text('"""Generated from forms/*.ui by scripts/build_forms.py; never edit."""\n')
    wanted = {target_name(ui) for ui in ui_files()}
    for ui in ui_files():
        generate(ui, OUT / target_name(ui))
        print(f"forms/{ui.name} -> {(OUT / target_name(ui)).relative_to(ROOT)}")
    for orphan in sorted(generated_files(OUT) - wanted):
        (OUT / orphan).unlink()
        print(f"removed orphan {(OUT / orphan).relative_to(ROOT)}")
    return 0


def check() -> list[str]:
    """Problems with the committed generated files (empty list: all fresh)."""
    problems: list[str] = []
    wanted = {target_name(ui): ui for ui in ui_files()}
    with tempfile.TemporaryDirectory() as tmp:
        for name, ui in wanted.items():
            fresh = Path(tmp) / name
            generate(ui, fresh)
            committed = OUT / name
            if not committed.exists():
                problems.append(f"missing: {committed.relative_to(ROOT)} (from forms/{ui.name})")
            elif committed.read_text(encoding="utf-8") != fresh.read_text(encoding="utf-8"):
                problems.append(f"stale: {committed.relative_to(ROOT)} (forms/{ui.name} changed)")
    if OUT.is_dir():
        for orphan in sorted(generated_files(OUT) - set(wanted)):
            problems.append(f"orphan: {(OUT / orphan).relative_to(ROOT)} (no forms/*.ui for it)")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare only; exit 1 if stale")
    args = parser.parse_args(argv)
    if not args.check:
        return build()
    problems = check()
    if problems:
        print("Generated forms are out of date — run `make forms` and commit the result:")
        for problem in problems:
            print(f"  {problem}")
        return 1
    print(f"{len(ui_files())} form(s) up to date")
    return 0


if __name__ == "__main__":
    sys.exit(main())
