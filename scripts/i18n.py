"""Extract and check the translations (Qt Linguist ``.ts`` files).

    python scripts/i18n.py update    # pyside6-lupdate: resources/i18n/<area>_zh_CN.ts (make i18n)
    python scripts/i18n.py check     # fail on unfinished/empty/missing entries or bad {placeholders}

Strings are split per area so that engineers working on different areas edit
different files. A source file's area is the first that matches of: a directory
under ``salondesk/`` named after an area, or its file name minus ``_tab`` /
``_dialog`` equal to an area; everything else is ``core``. Dialog forms
(``forms/*.ui``) follow the file-name rule; the generated ``salondesk/ui/forms/``
are skipped (their ``.ui`` is the source).

lupdate finds ``self.tr("…")`` and ``QCoreApplication.translate("Ctx", "…")`` in Qt
code and ``QT_TRANSLATE_NOOP("Ctx", "…")`` in the core (``salondesk.i18n``). There is
no compile step: the app reads the ``.ts`` files themselves (``salondesk.i18n.catalog``)
and serves them to Qt through ``salondesk.ui.i18n.CatalogTranslator``.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "salondesk"
FORMS = ROOT / "forms"
I18N = ROOT / "resources" / "i18n"
LANGUAGE = "zh_CN"
AREAS = (
    "staff",
    "settings",
    "audit",
    "customers",
    "appointments",
    "reception",
    "hygiene",
    "equipment",
    "complaints",
    "reports",
    "dashboard",
    "demo",
)
CORE = "core"
SKIPPED_DIRS = (PACKAGE / "ui" / "forms", PACKAGE / "db" / "migrations")
# Only files that can contain a translatable string are handed to lupdate.
MARKER = re.compile(r"\b(?:tr|translate|QT_TRANSLATE_NOOP3?|QT_TR_NOOP)\s*\(")
# {name}, {name:>5}, {0} in Python format strings; %n, %1…%99 in Qt strings.
PLACEHOLDER = re.compile(r"\{[A-Za-z_0-9]*(?:[!:][^{}]*)?\}|%n|%L?\d{1,2}")


# ------------------------------------------------------------------ tools
def _qt_tool(name: str) -> list[str]:
    """``pyside6-<name>`` next to this interpreter (the venv), else on PATH."""
    bindir = Path(sys.executable).parent
    for exe in (f"pyside6-{name}", f"pyside6-{name}.exe"):
        if (bindir / exe).exists():
            return [str(bindir / exe)]
    found = shutil.which(f"pyside6-{name}")
    if found:
        return [found]
    raise SystemExit(f"pyside6-{name} not found: run `make setup` (pip install -e .) first")


def _run(cmd: list[str]) -> str:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, encoding="utf-8", check=False)
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(cmd[:1])} failed:\n{result.stdout}{result.stderr}")
    return result.stdout + result.stderr


# ------------------------------------------------------------------ areas
def area_of(path: Path) -> str:
    """The area whose ``.ts`` file gets the strings of ``path``."""
    try:
        parts = path.resolve().relative_to(PACKAGE.resolve()).parts[:-1]
    except ValueError:
        parts = ()
    for part in parts:
        if part in AREAS:
            return part
    stem = path.stem
    for suffix in ("_tab", "_dialog"):
        stem = stem.removesuffix(suffix)
    return stem if stem in AREAS else CORE


def _skipped(path: Path) -> bool:
    return any(path.is_relative_to(d) for d in SKIPPED_DIRS)


def sources_by_area(package: Path = PACKAGE, forms: Path = FORMS) -> dict[str, list[Path]]:
    """Every file with translatable strings, grouped by area."""
    found: dict[str, list[Path]] = {}
    for py in sorted(package.rglob("*.py")):
        if _skipped(py) or not MARKER.search(py.read_text(encoding="utf-8")):
            continue
        found.setdefault(area_of(py), []).append(py)
    for ui in sorted(forms.glob("*.ui")):
        found.setdefault(area_of(ui), []).append(ui)
    return found


def ts_path(area: str, i18n_dir: Path = I18N) -> Path:
    return i18n_dir / f"{area}_{LANGUAGE}.ts"


def area_of_ts(ts: Path) -> str:
    return ts.name.removesuffix(f"_{LANGUAGE}.ts")


# ------------------------------------------------------------------ update
def _lupdate(files: list[Path], ts: Path) -> None:
    with tempfile.NamedTemporaryFile("w", suffix=".lst", delete=False, encoding="utf-8") as lst:
        lst.write("\n".join(str(f) for f in files) + "\n")
    try:
        _run(
            [
                *_qt_tool("lupdate"),
                f"@{lst.name}",
                "-ts",
                str(ts),
                "-no-obsolete",
                "-locations",
                "none",  # line numbers would churn the .ts on every edit
                "-source-language",
                "en",
                "-target-language",
                LANGUAGE,
                "-silent",
            ]
        )
    finally:
        Path(lst.name).unlink()


def _message_count(ts: Path) -> int:
    return sum(1 for _ in ET.parse(ts).getroot().iter("message"))


@contextlib.contextmanager
def _locked(directory: Path) -> Iterator[None]:
    """One ``update`` at a time per directory (several engineers share one working tree)."""
    try:
        import fcntl
    except ImportError:  # Windows: no advisory locks, and no shared tree either
        yield
        return
    key = hashlib.sha1(str(directory.resolve()).encode()).hexdigest()[:12]
    with open(Path(tempfile.gettempdir()) / f"salondesk-i18n-{key}.lock", "w", encoding="utf-8") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def update(i18n_dir: Path = I18N) -> list[Path]:
    """Extract every area's strings into its ``.ts`` (keeping translations); return the files."""
    i18n_dir.mkdir(parents=True, exist_ok=True)
    with _locked(i18n_dir):
        return _update(i18n_dir)


def _update(i18n_dir: Path) -> list[Path]:
    written: list[Path] = []
    by_area = sources_by_area()
    for area, files in sorted(by_area.items()):
        ts = ts_path(area, i18n_dir)
        _lupdate(files, ts)
        if _message_count(ts) == 0:
            ts.unlink()
            continue
        written.append(ts)
    for ts in sorted(i18n_dir.glob(f"*_{LANGUAGE}.ts")):
        if ts not in written:
            ts.unlink()  # its area has no strings any more
    return written


# ------------------------------------------------------------------ check
@dataclass(frozen=True)
class Entry:
    """One message of a ``.ts`` file."""

    context: str
    source: str
    translations: tuple[str, ...]  # one, or one per numerus form
    finished: bool
    stray: str = ""  # text outside the <numerusform>s of a plural message (lrelease rejects it)


def entries(ts: Path) -> list[Entry]:
    found: list[Entry] = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None:
                found.append(Entry(name, message.findtext("source", ""), (), False))
                continue
            if translation.get("type") in {"obsolete", "vanished"}:
                continue
            forms = translation.findall("numerusform")
            texts = tuple((f.text or "") for f in forms) if forms else (translation.text or "",)
            stray = (translation.text or "").strip() if forms else ""
            found.append(
                Entry(
                    name,
                    message.findtext("source", ""),
                    texts,
                    translation.get("type") != "unfinished",
                    stray,
                )
            )
    return found


def placeholders(text: str) -> Counter[str]:
    return Counter(PLACEHOLDER.findall(text))


def problems_in(ts: Path, committed: set[tuple[str, str]] | None = None) -> list[str]:
    """What is wrong with one ``.ts`` file (empty list: complete and consistent)."""
    problems: list[str] = []
    for e in entries(ts):
        where = f"{ts.name}: [{e.context}] {e.source!r}"
        if committed is not None and (e.context, e.source) not in committed:
            problems.append(f"{where}: missing (run `make i18n`, then translate it)")
        elif not e.finished:
            problems.append(f"{where}: unfinished")
        elif e.stray:
            problems.append(
                f"{where}: plural message: put {e.stray!r} inside <numerusform>…</numerusform> (Chinese has one form)"
            )
        elif not e.translations or any(not t.strip() for t in e.translations):
            problems.append(f"{where}: empty translation")
        else:
            want = placeholders(e.source)
            for text in e.translations:
                got = placeholders(text)
                # %n may be dropped where the language has no plural form to show it in.
                if +(want - Counter({"%n": want["%n"]})) != +(got - Counter({"%n": got["%n"]})):
                    problems.append(f"{where}: placeholders {sorted(want)} in the source but {sorted(got)} in {text!r}")
    return problems


def check(i18n_dir: Path = I18N) -> list[str]:
    """Extract into a temporary copy and report anything not translated or inconsistent."""
    committed: dict[str, set[tuple[str, str]]] = {}
    for ts in i18n_dir.glob(f"*_{LANGUAGE}.ts"):
        committed[ts.name] = {(e.context, e.source) for e in entries(ts)}
    problems: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp)
        for ts in i18n_dir.glob(f"*_{LANGUAGE}.ts"):
            shutil.copy2(ts, copy / ts.name)
        fresh = update(copy)
        for ts in fresh:
            problems.extend(problems_in(ts, committed.get(ts.name, set())))
        stale = sorted(set(committed) - {ts.name for ts in fresh})
        problems.extend(f"{name}: no source strings any more (run `make i18n`)" for name in stale)
    return problems


# ------------------------------------------------------------------ main
def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="SalonDesk translations")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("update", help="extract strings into resources/i18n/<area>_zh_CN.ts")
    sub.add_parser("check", help="fail on unfinished/empty/missing translations")
    args = parser.parse_args(argv)

    if args.command == "update":
        for ts in update():
            todo = [e for e in entries(ts) if not e.finished]
            note = f"  ({len(todo)} to translate)" if todo else ""
            print(f"{ts.relative_to(ROOT)}: {_message_count(ts)} messages{note}")
        return 0
    problems = check()
    if problems:
        print(f"{len(problems)} translation problem(s):")
        for problem in problems:
            print(f"  {problem}")
        return 1
    print("translations complete")
    return 0


if __name__ == "__main__":
    sys.exit(main())
