"""Whether the package paid an initiative, and how much: the `financiering` of an initiative,
with the words of the source that decide it.

Three statuses, each as its source says it:
- `betaald`: a source says the package paid (part of) it; its words are in `bron.citaat`;
- `voorbeeld`: the February 2021 letter names it as an example, and no source says the
  package paid it;
- `niet-bekend`: the sources do not say, or contradict each other; `toelichting` says what
  is known.

An amount is only ever the initiative's own, from a source that names it: the check finds
the amount in the quote (as 1.750.000, 2,6 miljoen, vijf miljoen, …). The amount of a whole
budget line is never an initiative's amount.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from ..reading.problems import Problem
from .provenance import Bronverwijzing, Herkomst, Reporter, euros, verwijzing

KAMERBRIEF_FEBRUARI = "kamerbrief-steunpakket-2021"
STATUSSEN = ("betaald", "voorbeeld", "niet-bekend")
MILJOEN_WOORDEN = ("een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien")


@dataclass(frozen=True)
class Financiering:
    status: str  # betaald | voorbeeld | niet-bekend
    bron: Bronverwijzing | None
    toelichting: str | None
    bedrag: int | None
    bedrag_bron: Bronverwijzing | None
    bedrag_toelichting: str | None
    herkomst: Herkomst

    @property
    def betaald(self) -> bool:
        return self.status == "betaald"

    @property
    def bedrag_verwijzing(self) -> Bronverwijzing | None:
        """The words that carry the amount: its own source, or else the source of the status."""
        return self.bedrag_bron or self.bron

    def citations(self) -> Iterator[Bronverwijzing]:
        yield from (c for c in (self.bron, self.bedrag_bron) if c is not None)


def load_financiering(raw: dict[str, Any], file: str) -> Financiering:
    path = ("financiering",)
    return Financiering(
        status=raw["status"],
        bron=verwijzing(raw["bron"], file, (*path, "bron")) if "bron" in raw else None,
        toelichting=raw.get("toelichting"),
        bedrag=raw.get("bedrag"),
        bedrag_bron=verwijzing(raw["bedrag_bron"], file, (*path, "bedrag_bron")) if "bedrag_bron" in raw else None,
        bedrag_toelichting=raw.get("bedrag_toelichting"),
        herkomst=Herkomst(file, path),
    )


def check_financiering(financiering: Financiering, report: Reporter) -> list[Problem]:
    """A status rests on the source's own words; an amount on words that carry it."""
    here = financiering.herkomst
    bron = financiering.bron
    problems = []
    if financiering.status in ("betaald", "voorbeeld") and not _own_words(bron):
        problems.append(report(here, "bron", f"bij status '{financiering.status}' horen de woorden van de bron",
                               "zet onder 'bron:' het document en in 'citaat:' de letterlijke woorden die zeggen dat "
                               "het steunpakket het betaalde (of, bij een voorbeeld, waar de Kamerbrief het noemt)"))
    if financiering.status == "voorbeeld" and bron is not None and bron.document != KAMERBRIEF_FEBRUARI:
        problems.append(report(bron.herkomst, "document",
                               f"een voorbeeld komt uit de Kamerbrief van februari 2021 ({KAMERBRIEF_FEBRUARI}), "
                               f"niet uit '{bron.document}'",
                               "citeer de Kamerbrief; zegt een andere bron dat het steunpakket het betaalde, kies dan "
                               "'betaald', en zegt geen bron iets, kies 'niet-bekend'"))
    if financiering.status == "niet-bekend" and not financiering.toelichting:
        problems.append(report(here, "toelichting", "bij status 'niet-bekend' hoort een toelichting",
                               "schrijf in 'toelichting:' wat de bronnen wel en niet zeggen over de betaling"))
    return problems + _check_bedrag(financiering, report)


def _own_words(bron: Bronverwijzing | None) -> bool:
    return bron is not None and bool(bron.citaat)


def _check_bedrag(financiering: Financiering, report: Reporter) -> list[Problem]:
    here = financiering.herkomst
    if financiering.bedrag is None:
        if financiering.bedrag_bron is not None or financiering.bedrag_toelichting is not None:
            return [report(here, "bedrag_bron" if financiering.bedrag_bron else "bedrag_toelichting",
                           "er staat een bron of toelichting bij een bedrag, maar geen bedrag",
                           "vul 'bedrag:' in (hele euro's) of haal dit veld weg")]
        return []
    if not financiering.betaald:
        return [report(here, "bedrag", f"een bedrag hoort alleen bij status 'betaald', niet bij "
                       f"'{financiering.status}'",
                       "laat het bedrag weg, of kies 'betaald' als een bron zegt dat het steunpakket het betaalde")]
    words = financiering.bedrag_verwijzing
    if not _own_words(words) or not bedrag_in_citaat(financiering.bedrag, words.citaat or ""):
        return [report(here, "bedrag",
                       f"het bedrag {euros(financiering.bedrag)} staat niet in het citaat van de bron",
                       "zet onder 'bedrag_bron:' de letterlijke woorden van de bron met dit bedrag (zoals "
                       "‘1.750.000 euro’ of ‘2,6 miljoen euro’); het bedrag van een hele begrotingsregel is nooit "
                       "het bedrag van één initiatief")]
    return []


def bedrag_vormen(bedrag: int) -> list[str]:
    """The ways a Dutch source writes an amount: 1.750.000, 1750000, 2,6 miljoen, 2,6 mln, vijf miljoen."""
    forms = [f"{bedrag:,}".replace(",", "."), str(bedrag)]
    millions = Decimal(bedrag) / 1_000_000
    if millions == millions.quantize(Decimal("0.01")) and millions >= 1:
        number = format(millions.normalize(), "f").replace(".", ",")
        forms += [f"{number} miljoen", f"{number} mln"]
        if millions == int(millions) and int(millions) <= len(MILJOEN_WOORDEN):
            forms.append(f"{MILJOEN_WOORDEN[int(millions) - 1]} miljoen")
    return forms


def bedrag_in_citaat(bedrag: int, citaat: str) -> bool:
    """The amount stands in the quote, not as part of a longer number ('2,6 miljoen' is not in '12,6 miljoen')."""
    words = " ".join(citaat.replace("\u00a0", " ").split()).casefold()
    return any(re.search(rf"(?<![\d.,]){re.escape(form)}(?!\d|[.,]\d)", words) for form in bedrag_vormen(bedrag))
