"""Long fuzzing runs of the customer CSV import and the whole-salon import (the suite runs ~200 of each).

    .venv/bin/python scripts/fuzz.py --cases 10000 [--seed 1] [--kinds csv,salon,bytes] [--keep DIR]

Cases are spread evenly over the kinds: ``csv`` (customer files built from odd names, phones,
dates, encodings, delimiters, cuts and flipped bytes), ``bytes`` (random bytes as a customer
file), ``salon`` (a small demo salon's export with values, rows, columns and tables damaged;
half of them from the export with the staff PIN hashes, ``salon+pins``, imported with the
owner's PIN). Salon files go through the owner's import (``salon_transfer.import_salon``:
every hash chain verified). Every case must import, or be refused with a clear, translated
message and nothing written; what imports must read back. The first round's failing examples (issue 14) run first.
Prints the counts; exits 1 when any case crashed, wrote half, or refused unclearly, and
keeps those cases in ``--keep`` (default: a temporary folder) to reproduce them.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> int:
    """Run the cases and print the tally."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=int, default=1000, help="number of random cases (default 1000)")
    parser.add_argument("--seed", type=int, default=1, help="first seed (case i uses seed + i)")
    parser.add_argument("--kinds", default="csv,bytes,salon", help="comma separated: csv, bytes, salon")
    parser.add_argument("--keep", type=Path, help="folder for failing cases")
    parser.add_argument("--minutes", type=float, help="stop after this long (the tally covers the cases run)")
    args = parser.parse_args()
    kinds = [k.strip() for k in args.kinds.split(",") if k.strip()]

    work = Path(tempfile.mkdtemp(prefix="salondesk-fuzz-"))
    os.environ["SALONDESK_DATA_DIR"] = str(work / "data")  # never the user's own data
    from salondesk.domain.clock import FrozenClock
    from salondesk.services import auth
    from tests import fuzz_cases
    from tests.conftest import TEST_NOW

    auth.use_cheap_hashing()
    keep = args.keep or work / "failures"
    keep.mkdir(parents=True, exist_ok=True)
    csv_bench = fuzz_cases.CsvBench.create(work, FrozenClock(TEST_NOW))
    export = fuzz_cases.demo_export(work)
    export_with_pins = fuzz_cases.demo_export(work, with_credentials=True)  # imported with the owner's PIN
    salon_bench = fuzz_cases.SalonBench.create(work)

    tally: Counter[str] = Counter()
    failures: list[str] = []

    def run(kind: str, label: str, payload: bytes | str) -> None:
        try:
            if kind.startswith("salon"):
                assert isinstance(payload, str)
                outcome = salon_bench.run(payload)
            else:
                assert isinstance(payload, bytes)
                outcome = csv_bench.run(payload)
            tally[f"{kind} {outcome}"] += 1
        except fuzz_cases.FuzzFailure as failure:
            tally[f"{kind} FAILED"] += 1
            suffix = ".json" if kind.startswith("salon") else ".csv"
            target = keep / f"{label}{suffix}"
            if isinstance(payload, str):
                target.write_text(payload, encoding="utf-8", errors="surrogatepass")
            else:
                target.write_bytes(payload)
            failures.append(f"{label}: {failure}")

    started = time.perf_counter()
    for index, data in enumerate(fuzz_cases.EXPLICIT_CSV):
        run("csv", f"explicit-csv-{index}", data)
    for index in range(len(fuzz_cases.EXPLICIT_SALON_CHANGES)):
        run("salon", f"explicit-salon-{index}", fuzz_cases.explicit_salon_case(export, index))
    done = 0
    for case in range(args.cases):
        if args.minutes is not None and time.perf_counter() - started > args.minutes * 60:
            break
        done += 1
        seed = args.seed + case
        rng = random.Random(seed)
        kind = kinds[case % len(kinds)]
        if kind == "csv":
            run(kind, f"csv-{seed}", fuzz_cases.csv_case(rng))
        elif kind == "bytes":
            run(kind, f"bytes-{seed}", rng.randbytes(rng.randint(0, 3000)))
        elif rng.random() < 0.5:
            run(kind, f"salon-{seed}", fuzz_cases.salon_case(rng, export))
        else:
            run("salon+pins", f"salon+pins-{seed}", fuzz_cases.salon_case(rng, export_with_pins))
        if (case + 1) % 250 == 0:
            seconds = time.perf_counter() - started
            print(f"  {case + 1}/{args.cases} cases, {seconds:.0f} s, {dict(sorted(tally.items()))}", file=sys.stderr)
    elapsed = time.perf_counter() - started
    csv_bench.engine.dispose()
    salon_bench.close()

    total = sum(tally.values())
    print(f"{total} cases ({done} random from seed {args.seed} + the first round's examples) in {elapsed:.0f} s")
    for key in sorted(tally):
        print(f"  {key:<20} {tally[key]}")
    print(f"failures (crash, partial write or unclear message): {len(failures)}")
    for line in failures[:50]:
        print(f"  {line}")
    if failures:
        print(f"failing cases kept in {keep}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
