"""Fuzzing in the suite, bounded (~200 examples each): malformed customer CSV files and whole-salon exports.

Every case either imports, or is refused with a clear, translated message and nothing
written; what imports must read back without crashing. Long runs: ``scripts/fuzz.py --cases N``.
The failing examples of the first round (issue 14) always run, as explicit examples.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from salondesk.domain.clock import FrozenClock
from tests import fuzz_cases
from tests.conftest import TEST_NOW

FUZZ = settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large]
)


@pytest.fixture(scope="module")
def csv_bench(tmp_path_factory: pytest.TempPathFactory) -> Iterator[fuzz_cases.CsvBench]:
    bench = fuzz_cases.CsvBench.create(tmp_path_factory.mktemp("csv-fuzz"), FrozenClock(TEST_NOW))
    yield bench
    bench.engine.dispose()


@pytest.fixture(scope="module")
def salon(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[fuzz_cases.SalonBench, dict[str, Any]]]:
    folder = tmp_path_factory.mktemp("salon-fuzz")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SALONDESK_DATA_DIR", str(folder / "data"))
        export = fuzz_cases.demo_export(folder)
    bench = fuzz_cases.SalonBench.create(folder)
    yield bench, export
    bench.close()


@pytest.mark.parametrize("index", range(len(fuzz_cases.EXPLICIT_CSV)))
def test_csv_cases_of_the_first_round(csv_bench: fuzz_cases.CsvBench, index: int) -> None:
    assert csv_bench.run(fuzz_cases.EXPLICIT_CSV[index]) in {"imported", "refused"}


@FUZZ
@given(seed=st.integers(min_value=0, max_value=2**32 - 1))
@example(seed=0)
def test_csv_fuzz(csv_bench: fuzz_cases.CsvBench, seed: int) -> None:
    csv_bench.run(fuzz_cases.csv_case(random.Random(seed)))


@FUZZ
@given(data=st.binary(max_size=2000))
def test_csv_random_bytes(csv_bench: fuzz_cases.CsvBench, data: bytes) -> None:
    csv_bench.run(data)


@pytest.mark.parametrize("index", range(len(fuzz_cases.EXPLICIT_SALON_CHANGES)))
def test_salon_cases_of_the_first_round(salon: tuple[fuzz_cases.SalonBench, dict[str, Any]], index: int) -> None:
    bench, export = salon
    assert bench.run(fuzz_cases.explicit_salon_case(export, index)) == "refused"


@FUZZ
@given(seed=st.integers(min_value=0, max_value=2**32 - 1))
def test_salon_fuzz(salon: tuple[fuzz_cases.SalonBench, dict[str, Any]], seed: int) -> None:
    bench, export = salon
    bench.run(fuzz_cases.salon_case(random.Random(seed), export))


def test_an_untouched_export_imports_and_reads_back(salon: tuple[fuzz_cases.SalonBench, dict[str, Any]]) -> None:
    bench, export = salon
    assert bench.run(json.dumps(export)) == "imported"


def test_an_export_that_is_not_utf8(salon: tuple[fuzz_cases.SalonBench, dict[str, Any]]) -> None:
    """Bytes that are not UTF-8 at all: a clear refusal, not a UnicodeDecodeError."""
    bench, _export = salon
    assert bench.run("\udcff{") == "refused"


@pytest.fixture(scope="module")
def export_with_pins(salon: tuple[fuzz_cases.SalonBench, dict[str, Any]]) -> dict[str, Any]:
    bench, _export = salon
    return fuzz_cases.demo_export(bench.folder, with_credentials=True)  # the same demo, with the PIN hashes


def test_an_export_with_pins_imports_with_the_owners_pin(
    salon: tuple[fuzz_cases.SalonBench, dict[str, Any]], export_with_pins: dict[str, Any]
) -> None:
    bench, _export = salon
    assert export_with_pins["credentials"] is True
    assert bench.run(json.dumps(export_with_pins)) == "imported"


def test_an_export_with_pins_and_a_wrong_pin_is_refused_whole(
    salon: tuple[fuzz_cases.SalonBench, dict[str, Any]], export_with_pins: dict[str, Any]
) -> None:
    bench, _export = salon
    assert bench.run(json.dumps(export_with_pins), pin="9876") == "refused"  # the bench checks: nothing written
