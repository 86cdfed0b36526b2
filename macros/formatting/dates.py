"""Dates in Dutch: '2021-03-26' -> '26 maart 2021', '2021-02' -> 'februari 2021'."""

from __future__ import annotations

MAANDEN = (
    "januari", "februari", "maart", "april", "mei", "juni",
    "juli", "augustus", "september", "oktober", "november", "december",
)


def datum_nl(datum: str) -> str:
    parts = datum.split("-")
    year, month = parts[0], MAANDEN[int(parts[1]) - 1]
    if len(parts) == 3:
        return f"{int(parts[2])} {month} {year}"
    return f"{month} {year}"
