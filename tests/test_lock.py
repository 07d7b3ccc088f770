"""The lock files pin what pyproject.toml asks for (else `make lock` was forgotten)."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
_PIN = re.compile(r"^([A-Za-z0-9_.\-]+)(?:\[[^\]]*\])?==([^\s;\\]+)")


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _locked(path: Path) -> dict[str, str]:
    pins: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if match := _PIN.match(line):
            pins[_normal(match[1])] = match[2]
    return pins


def _asked(extra: str | None) -> dict[str, str | None]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    specs = list(project["dependencies"]) + (list(project["optional-dependencies"][extra]) if extra else [])
    asked: dict[str, str | None] = {}
    for spec in specs:
        name = re.split(r"[\[<>=!~;\s]", spec, maxsplit=1)[0]
        pinned = re.search(r"==([^\s;,]+)", spec)
        asked[_normal(name)] = pinned[1] if pinned else None
    return asked


@pytest.mark.parametrize(("lock", "extra"), [("run.txt", None), ("test.txt", "test"), ("bundle.txt", "bundle")])
def test_lock_pins_every_dependency_at_the_asked_version(lock: str, extra: str | None) -> None:
    path = ROOT / "requirements" / lock
    locked = _locked(path)
    for name, version in _asked(extra).items():
        assert name in locked, f"{name} is not in requirements/{lock}: run `make lock`"
        if version is not None:
            assert locked[name] == version, f"{name}: pyproject asks {version}, requirements/{lock} has {locked[name]}"


def test_every_locked_package_has_a_hash() -> None:
    for lock in ("run.txt", "test.txt", "bundle.txt"):
        text = (ROOT / "requirements" / lock).read_text(encoding="utf-8")
        blocks = re.split(r"\n(?=[A-Za-z0-9])", text)
        for block in blocks:
            if _PIN.match(block):
                assert "--hash=sha256:" in block, f"requirements/{lock}: {block.splitlines()[0]} has no hash"
