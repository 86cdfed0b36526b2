"""Dutch money notation: exact, with a non-breaking space after the euro sign.

The amounts are formatting examples, chosen to be none of the site's figures
(test_no_figures_in_tests.py)."""

from __future__ import annotations

from fractions import Fraction

import pytest
from dutch_numbers import MILJOEN, parse_euro

from macros.formatting.money import aandeel, euro

NBSP = "\u00a0"


@pytest.mark.parametrize(("bedrag", "tekst"), [
    (9_700_000, f"€{NBSP}9,7 miljoen"),
    (300_000_000, f"€{NBSP}300 miljoen"),
    (600_000, f"€{NBSP}0,6 miljoen"),
    (1_350_000, f"€{NBSP}1,35 miljoen"),
    (27_500_000, f"€{NBSP}27,5 miljoen"),
    (1_234_567_000, f"€{NBSP}1.234,567 miljoen"),
    (12_300, f"€{NBSP}12.300"),
    (18_245, f"€{NBSP}18.245"),
    (1_500_001, f"€{NBSP}1.500.001"),
])
def test_euro(bedrag: int, tekst: str) -> None:
    assert euro(bedrag) == tekst
    assert parse_euro(euro(bedrag)) == bedrag


@pytest.mark.parametrize("not_whole_euros", [9.7, float(MILJOEN), "9700000", True])
def test_euro_refuses_anything_but_whole_euros(not_whole_euros: object) -> None:
    with pytest.raises(TypeError):
        euro(not_whole_euros)  # type: ignore[arg-type]


@pytest.mark.parametrize(("deel", "geheel", "tekst"), [
    (70_000_000, 350_000_000, "20%"),
    (104_125_000, 350_000_000, "29,75%"),
    (875_000, 350_000_000, "0,25%"),
    (1, 3, "ca. 33,3%"),
])
def test_aandeel(deel: int, geheel: int, tekst: str) -> None:
    fraction, shown = aandeel(deel, geheel)
    assert fraction == Fraction(deel, geheel)
    assert shown == tekst
