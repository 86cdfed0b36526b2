"""Dates in Dutch ('2021-03-26' -> '26 maart 2021', '2021-02' -> 'februari 2021'), and the
day of the build, against which dates in the data may not lie in the future."""

from __future__ import annotations

import datetime
import os

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


def build_day() -> datetime.date:
    """Today, in UTC, for the build: SOURCE_DATE_EPOCH (the common convention for
    reproducible builds) fixes it; otherwise the clock."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    moment = (datetime.datetime.fromtimestamp(int(epoch), datetime.UTC) if epoch.isdigit()
              else datetime.datetime.now(datetime.UTC))
    return moment.date()


def first_day(datum: str) -> datetime.date:
    """The first day a date of the data can mean: '2021-03' -> 1 March 2021."""
    parts = [int(part) for part in datum.split("-")] + [1, 1]
    return datetime.date(parts[0], parts[1], parts[2])
