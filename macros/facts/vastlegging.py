"""The record of published amounts and source checksums (data/vastgelegde-bedragen.yaml), as data.

Written by `./site-build.sh vastleggen`, never by hand. What it is checked against (the
amounts the site publishes now, replayed through the changelog; the stored texts and
addresses of the sources now) is the register's business: see `register/ledger.py` and
`register/source_ledger.py`.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..reading.strict_yaml import YamlDocument
from .changes import Wijziging
from .provenance import Herkomst

LEDGER_FILE = "data/vastgelegde-bedragen.yaml"


@dataclass(frozen=True)
class Bronsom:
    """The checksums (sha256, hex) of one source as last recorded; None: it had no stored text or address."""

    adres: str | None
    brontekst: str | None


@dataclass(frozen=True)
class Vastlegging:
    tot_en_met: str | None  # the newest changelog entry already included
    bedragen: dict[str, int]
    herkomst: Herkomst
    # By source id. None: a ledger from before the checksums; the next `vastleggen` records them.
    bronnen: dict[str, Bronsom] | None = None


def load_vastlegging(doc: YamlDocument) -> Vastlegging:
    raw = doc.data
    bronnen = None
    if "bronnen" in raw:
        bronnen = {b["bron"]: Bronsom(b.get("adres_sha256"), b.get("brontekst_sha256")) for b in raw["bronnen"]}
    return Vastlegging(raw.get("tot_en_met"), {b["feit"]: b["bedrag"] for b in raw["bedragen"]}, Herkomst(doc.file),
                       bronnen)


def newer_entries(log: tuple[Wijziging, ...], ledger: Vastlegging) -> list[Wijziging]:
    """Entries after the ledger's last one, oldest first (the file lists newest first)."""
    ids = [entry.id for entry in log]
    cut = ids.index(ledger.tot_en_met) if ledger.tot_en_met in ids else len(ids)
    return list(reversed(log[:cut]))
