"""Dutch notation for amounts and shares, exact: integers and Decimal only."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

NBSP = "\u00a0"
MILJOEN = 1_000_000


def duizendtallen(getal: int) -> str:
    """12500 -> '12.500': the Dutch thousands separator is a full stop."""
    return f"{getal:,}".replace(",", ".")


def decimaal(waarde: Decimal) -> str:
    """Decimal('9.50') -> '9,5': Dutch decimal comma, no trailing zeros."""
    text = format(waarde.normalize(), "f")
    whole, _, fraction = text.partition(".")
    whole_text = duizendtallen(int(whole)) if whole.lstrip("-") else whole
    return whole_text + ("," + fraction if fraction else "")


def euro(bedrag: int, miljoenen_vanaf: int = 100_000) -> str:
    """Whole euros in Dutch notation: '€ 9,5 miljoen', '€ 200 miljoen', '€ 11.100'.

    Millions are used only where they are exact with at most three decimals, so no
    figure is ever rounded for display; and only from `miljoenen_vanaf` on: a
    municipality's amounts read as their documents write them ('€ 150.000', not
    '€ 0,15 miljoen').
    """
    if isinstance(bedrag, bool) or not isinstance(bedrag, int):
        raise TypeError(f"bedrag moet een geheel aantal euro's zijn, niet {bedrag!r}")
    if abs(bedrag) >= miljoenen_vanaf and bedrag % 1_000 == 0:
        return f"€{NBSP}{decimaal(Decimal(bedrag) / MILJOEN)} miljoen"
    return f"€{NBSP}{duizendtallen(bedrag)}"


def euro_kort(bedrag: int) -> str:
    """Short form for charts and tight tables: '€ 9,5 mln'."""
    return euro(bedrag).replace(" miljoen", f"{NBSP}mln")


def aandeel(deel: int, geheel: int) -> tuple[Fraction, str]:
    """Share of a whole as exact fraction and Dutch text: (1/5, '20%').

    A share that is not exact in two decimals is shown rounded and marked 'ca.'.
    """
    if geheel <= 0:
        raise ValueError("het geheel moet groter dan nul zijn")
    exact = Fraction(deel, geheel) * 100
    rounded = round(Decimal(exact.numerator) / Decimal(exact.denominator), 2)
    text = f"{decimaal(rounded)}%"
    if Fraction(rounded) != exact:
        text = f"ca. {decimaal(round(rounded, 1))}%"
    return exact / 100, text
