"""One version for the whole data set, derived from the data and never from the clock.

The version is the date of the newest entry of data/wijzigingen.yaml, written as a calendar
version that is also a valid Semantic Version ('2026.12.6'), plus a short hash of every CSV and
JSON file as build metadata ('2026.12.6+1a2b3c4d'). The same data gives the same version on
every build and machine; any change to a published value gives a new hash, even on the same day.
datapackage.json, the "Over deze gegevens" sheet of each spreadsheet, the schema.org
description on the data page and the "Zo verwijst u naar deze pagina" block all show it.
"""

from __future__ import annotations

import datetime
import hashlib
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from ...formatting.dates import datum_nl

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
HASH_LENGTH = 8


@dataclass(frozen=True)
class Dataversie:
    versie: str  # '2026.12.6+1a2b3c4d'
    datum: str  # '2026-12-06': the newest changelog entry's day
    wijziging: str  # the id of that entry
    inhoud: str  # the short hash of the CSV and JSON files

    @property
    def datum_tekst(self) -> str:
        """'6 december 2026'."""
        return datum_nl(self.datum)

    @property
    def moment(self) -> datetime.datetime:
        """The start of that day in the Netherlands, as the feeds date their entries."""
        day = datetime.date.fromisoformat(self.datum)
        return datetime.datetime.combine(day, datetime.time(0, 0), tzinfo=AMSTERDAM)


def content_hash(files: dict[str, str]) -> str:
    """A short hash of the files by name and text: the order of the dict does not matter."""
    digest = hashlib.sha256()
    for name in sorted(files):
        digest.update(name.encode("utf-8") + b"\0" + files[name].encode("utf-8") + b"\0")
    return digest.hexdigest()[:HASH_LENGTH]


def dataversie(files: dict[str, str], log) -> Dataversie:
    """The version of the data set whose CSV and JSON files are `files`; `log` is the
    changelog, newest first (the schema requires at least one entry)."""
    newest = log[0]
    day = datetime.date.fromisoformat(newest.datum)
    inhoud = content_hash(files)
    return Dataversie(f"{day.year}.{day.month}.{day.day}+{inhoud}", newest.datum, newest.id, inhoud)
