from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from marketplace.money import NotWholePaisa, from_paisa, to_paisa


def test_rupees_to_paisa_examples():
    assert to_paisa(Decimal("12.50")) == 1250
    assert to_paisa("0.01") == 1
    assert to_paisa(4500) == 450000
    assert to_paisa(Decimal("-3.25")) == -325


def test_fractions_of_a_paisa_are_refused_not_rounded():
    with pytest.raises(NotWholePaisa):
        to_paisa(Decimal("10.005"))


def test_paisa_must_be_whole_numbers():
    with pytest.raises(TypeError):
        from_paisa(12.5)


@given(st.integers(min_value=-(10**12), max_value=10**12))
def test_round_trip(amount_paisa):
    assert to_paisa(from_paisa(amount_paisa)) == amount_paisa
    assert from_paisa(amount_paisa).as_tuple().exponent == -2
