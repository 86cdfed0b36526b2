"""The source documents (data/bronnen/): every figure on the site cites one of them."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from ..reading.problems import Problem
from ..reading.strict_yaml import YamlDocument
from .provenance import Herkomst, Reporter, future_dates


@dataclass(frozen=True)
class Bron:
    id: str
    titel: str
    kort: str
    uitgever: str
    soort: str
    datum: str | None
    datum_toelichting: str | None
    kenmerk: str | None
    adres: str | None
    afschrift: str | None
    toelichting: str | None
    herkomst: Herkomst


def load_bron(bron_id: str, doc: YamlDocument) -> Bron:
    raw = doc.data
    return Bron(
        id=bron_id,
        titel=raw["titel"],
        kort=raw["kort"],
        uitgever=raw["uitgever"],
        soort=raw["soort"],
        datum=raw.get("datum"),
        datum_toelichting=raw.get("datum_toelichting"),
        kenmerk=raw.get("kenmerk"),
        adres=raw.get("adres"),
        afschrift=raw.get("afschrift"),
        toelichting=raw.get("toelichting"),
        herkomst=Herkomst(doc.file),
    )


def check_bronnen(bronnen: dict[str, Bron], today: datetime.date, report: Reporter) -> list[Problem]:
    """A source cannot be dated after the day of the build."""
    return future_dates(((bron.datum, bron.herkomst) for bron in bronnen.values()), today, report,
                        "vul de datum in die op het document staat; staat er geen, laat datum dan weg en "
                        "leg het uit in datum_toelichting")
