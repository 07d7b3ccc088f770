"""Chinese mobiles typed as 11 digits skip phonenumbers' parser: the answer must be the parser's."""

from __future__ import annotations

import random

import phonenumbers
import pytest

from salondesk.domain.name_search import parse_phone


def by_phonenumbers(text: str, region: str) -> str | None:
    """What parse_phone answered before the quick path: phonenumbers' parse + is_valid_number."""
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def ours(text: str, region: str) -> str | None:
    try:
        return parse_phone(text, region)
    except ValueError:
        return None


def test_every_11_digit_prefix_answers_as_phonenumbers_does() -> None:
    rng = random.Random(18)
    checked = valid = 0
    for prefix in range(100, 200):  # 10x … 19x: valid mobiles, unallocated ranges and carrier prefixes
        for _ in range(60):
            text = f"{prefix}{rng.randrange(10**8):08d}"
            expected = by_phonenumbers(text, "CN")
            assert ours(text, "CN") == expected, text
            checked += 1
            valid += expected is not None
    assert checked == 6000 and 3000 < valid < 6000  # both valid and refused numbers were compared


@pytest.mark.parametrize("text", ["13812345678", "138 1234 5678", "+8613812345678", "17951234567", "1381234567"])
@pytest.mark.parametrize("region", ["CN", "HK", "GB"])
def test_other_shapes_and_regions_take_the_full_path(text: str, region: str) -> None:
    assert ours(text, region) == by_phonenumbers(text, region)
