"""Chinese numbers typed as 11 digits skip phonenumbers' parser: accepted or refused as the parser would."""

from __future__ import annotations

import random
import unicodedata

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


def test_every_4_digit_prefix_of_13_to_19_answers_as_phonenumbers_does() -> None:
    """Refusals too: an import's unallocated numbers (140…, 154…, 162…) are answered without the parser."""
    rng = random.Random(1818)
    refused = 0
    for prefix in range(1300, 2000):
        for _ in range(3):
            text = f"{prefix}{rng.randrange(10**7):07d}"
            expected = by_phonenumbers(text, "CN")
            assert ours(text, "CN") == expected, text
            refused += expected is None
    assert 200 < refused < 2100


SAMPLE = [
    # Chinese mobiles as people type them
    "13812345678", "138 1234 5678", "138-1234-5678", "+86 138 1234 5678", "+8613812345678", "008613812345678",
    "0086 138-1234-5678", "(138) 1234 5678", "１３８１２３４５６７８", "+86 (0)138 1234 5678", " 13812345678 ",
    # landlines, service numbers, short and long numbers
    "021 6123 4567", "010-12345678", "(0755) 8888 9999", "+86 10 1234 5678", "62345678", "400 123 4567",
    "95588", "10086", "1381234567", "138123456789", "14012345678", "16212345678", "17951234567", "11912345678",
    # foreign numbers
    "+44 20 7946 0958", "+1 415 555 2671", "+852 9123 4567", "+886 912 345 678", "0044 20 7946 0958",
    "+81 90-1234-5678", "+33 6 12 34 56 78",
    # garbage
    "12345", "abc", "138abcd5678", "=1+2", "+", "--", "138.1234.5678", "tel:13812345678", "13812345678 ext 12",
]  # fmt: skip


@pytest.mark.parametrize("region", ["CN", "HK", "US"])
def test_a_varied_sample_is_accepted_and_refused_as_phonenumbers_does(region: str) -> None:
    answers = {}
    for raw in SAMPLE:
        text = unicodedata.normalize("NFKC", raw).strip()
        expected = by_phonenumbers("+" + text[2:] if text.startswith("00") else text, region)
        answers[raw] = ours(raw, region)
        assert answers[raw] == expected, raw
    accepted = [raw for raw, e164 in answers.items() if e164]
    assert 10 < len(accepted) < len(SAMPLE) - 10  # both kinds were compared
