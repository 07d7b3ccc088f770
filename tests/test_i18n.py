"""Chinese never falls behind: every string is extracted, translated, and keeps its placeholders."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _load_i18n_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("i18n_script", ROOT / "scripts" / "i18n.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["i18n_script"] = module
    spec.loader.exec_module(module)
    return module


i18n = _load_i18n_script()


def test_every_string_is_translated_to_chinese() -> None:
    problems = i18n.check()
    assert problems == [], f"{len(problems)} translation problem(s); run `make i18n`, translate, commit:\n" + "\n".join(
        problems
    )


def test_translation_files_exist_for_the_core() -> None:
    assert i18n.ts_path("core").exists()


@pytest.mark.parametrize(
    ("path", "area"),
    [
        ("salondesk/ui/tabs/staff_tab.py", "staff"),
        ("salondesk/ui/dialogs/hygiene/checklist.py", "hygiene"),
        ("salondesk/services/complaints.py", "complaints"),
        ("salondesk/reports/pdf.py", "reports"),
        ("salondesk/demo/staff.py", "demo"),
        ("salondesk/domain/errors.py", "core"),
        ("salondesk/ui/main_window.py", "core"),
        ("forms/customers_dialog.ui", "customers"),
        ("forms/login.ui", "core"),
    ],
)
def test_area_of_a_source_file(path: str, area: str) -> None:
    assert i18n.area_of(ROOT / path) == area


TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>Wrong PIN. {left} tries left.</source>
        <translation>{translation}</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gone.</source>
        <translation type="vanished">走了。</translation>
    </message>
    <message numerus="yes">
        <source>%n customers</source>
        <translation>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
"""


def _problems(tmp_path: Path, translation: str, committed: set[tuple[str, str]] | None = None):
    ts = tmp_path / "x_zh_CN.ts"
    ts.write_text(TS.replace("{translation}", translation), encoding="utf-8")
    return i18n.problems_in(ts, committed)


def test_checker_flags_unfinished_empty_and_placeholder_mismatch(tmp_path: Path) -> None:
    problems = _problems(tmp_path, "个人密码错误，还可尝试 {tries} 次。")
    assert len(problems) == 3
    assert "placeholders ['{left}']" in problems[0]
    assert problems[1].endswith("'Done.': unfinished")
    assert problems[2].endswith("'%n customers': empty translation")


def test_checker_flags_plural_text_outside_its_numerusform(tmp_path: Path) -> None:
    ts = tmp_path / "x_zh_CN.ts"
    ts.write_text(
        TS.replace("{translation}", "个人密码错误，还可尝试 {left} 次。")
        .replace('<translation type="unfinished"></translation>', "<translation>好。</translation>")
        .replace("<translation>\n            <numerusform></numerusform>", "<translation>%n 位顾客<numerusform />"),
        encoding="utf-8",
    )
    problems = i18n.problems_in(ts)
    assert len(problems) == 1
    assert "plural message: put '%n 位顾客' inside <numerusform>" in problems[0]


def test_checker_accepts_matching_placeholders(tmp_path: Path) -> None:
    problems = _problems(tmp_path, "个人密码错误，还可尝试 {left} 次。")
    assert not any("Wrong PIN" in p for p in problems)


def test_checker_flags_strings_not_yet_extracted(tmp_path: Path) -> None:
    problems = _problems(tmp_path, "个人密码错误，还可尝试 {left} 次。", committed=set())
    assert problems and all(p.endswith("missing (run `make i18n`, then translate it)") for p in problems)


def test_core_reads_the_same_translations() -> None:
    """The non-Qt translator (errors, PDF, CLI) sees what lupdate/lrelease see."""
    from salondesk.i18n import translate

    assert translate("zh_CN", "Role", "Owner") == "店长"
    assert translate("en", "Role", "Owner") == "Owner"


def test_qt_translates_from_the_catalogue(qapp) -> None:
    """The GUI's translator answers from the .ts catalogue: plain strings, forms and plurals."""
    from PySide6.QtCore import QCoreApplication

    from salondesk.ui.i18n import install_translators

    try:
        assert install_translators("zh_CN", qapp) == "zh_CN"
        assert QCoreApplication.translate("Role", "Technician") == "技师"
        assert QCoreApplication.translate("ReceptionTab", "%n over 15 min today", None, 3) == "今日 3 人超过 15 分钟"
        assert QCoreApplication.translate("Role", "no such source text") == "no such source text"
    finally:
        install_translators("en", qapp)
    assert QCoreApplication.translate("Role", "Technician") == "Technician"
