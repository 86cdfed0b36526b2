"""The record of published amounts (data/vastgelegde-bedragen.yaml), as data.

Written by `./site-build.sh vastleggen`, never by hand. What it is checked against (the
amounts the site publishes now, replayed through the changelog) is the figure register's
business: see `register/ledger.py`.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..reading.strict_yaml import YamlDocument
from .changes import Wijziging
from .provenance import Herkomst

LEDGER_FILE = "data/vastgelegde-bedragen.yaml"


@dataclass(frozen=True)
class Vastlegging:
    tot_en_met: str | None  # the newest changelog entry already included
    bedragen: dict[str, int]
    herkomst: Herkomst


def load_vastlegging(doc: YamlDocument) -> Vastlegging:
    return Vastlegging(doc.data.get("tot_en_met"), {b["feit"]: b["bedrag"] for b in doc.data["bedragen"]},
                       Herkomst(doc.file))


def newer_entries(log: tuple[Wijziging, ...], ledger: Vastlegging) -> list[Wijziging]:
    """Entries after the ledger's last one, oldest first (the file lists newest first)."""
    ids = [entry.id for entry in log]
    cut = ids.index(ledger.tot_en_met) if ledger.tot_en_met in ids else len(ids)
    return list(reversed(log[:cut]))
