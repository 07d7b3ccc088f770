from fractions import Fraction

from salondesk.domain.figures import Rate, nps, percentile_rank, round_half_away


def test_rounds_half_away_from_zero():
    assert str(round_half_away(Fraction(1, 8), 1)) == "0.1"  # 0.125 → 0.1
    assert str(round_half_away(Fraction(15, 100), 1)) == "0.2"  # exact half goes up
    assert str(round_half_away(Fraction(9795, 100), 1)) == "98.0"
    assert str(round_half_away(Fraction(-25, 10), 0)) == "-3"
    assert str(round_half_away(Fraction(25, 10), 0)) == "3"


def test_rate_met_uses_exact_value_not_rounded():
    # 97.95 % prints as 98.0 % but misses 98 %
    rate = Rate("R1", 1959, 2000, target=98.0)
    assert str(rate.value) == "98.0"
    assert rate.met is False
    assert Rate("R1", 49, 50, target=98.0).met is True


def test_rate_with_zero_denominator_is_not_applicable():
    rate = Rate("R3", 0, 0, target=98.0)
    assert rate.value is None
    assert rate.met is None
    assert rate.text() == "n/a (0/0)"
    assert rate.as_json() == {"numerator": 0, "denominator": 0, "value": None, "target": 98.0, "met": None}


def test_rate_text_shows_raw_counts():
    assert Rate("R1", 47, 48).text() == "97.9 % (47/48)"


def test_percentile_rank_uses_ceiling_rank():
    assert percentile_rank([4, 1, 3, 2], 50) == 2  # median of 4 waits is the 2nd
    assert percentile_rank([5, 1, 3], 50) == 3
    assert percentile_rank(list(range(1, 11)), 90) == 9
    assert percentile_rank([], 50) is None


def test_nps():
    assert nps([10, 9, 8, 7, 0]) == 20  # 40 % promoters − 20 % detractors
    assert nps([]) is None
    assert nps([6, 6, 10]) == -33
