"""What a download table is: its rows, its columns with type and Dutch description, its keys.

One description serves the CSV header, the JSON rows and the Frictionless schema in
datapackage.json, so the three cannot drift apart.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ...facts.provenance import Bronverwijzing
from ...reading.schemas import described

Row = dict[str, object]


@dataclass(frozen=True)
class Veld:
    naam: str
    soort: str  # Frictionless field type: string | integer | number | boolean
    beschrijving: str


@dataclass(frozen=True)
class Tabel:
    naam: str
    beschrijving: str
    rijen: Callable[[Any], list[Row]]
    velden: tuple[Veld, ...]
    sleutel: tuple[str, ...]
    # (column, other table, its column): the column names a row of the other table. The source
    # columns (`bron_velden`) need not be listed: `alle_verwijzingen` adds them.
    verwijzingen: tuple[tuple[str, str, str], ...] = ()

    @property
    def kolommen(self) -> tuple[str, ...]:
        return tuple(veld.naam for veld in self.velden)

    @property
    def alle_verwijzingen(self) -> tuple[tuple[str, str, str], ...]:
        """The references given, then every source column (`…bron_id`) as a reference to bronnen.csv."""
        return self.verwijzingen + tuple((kolom, "bronnen", "id") for kolom in self.kolommen
                                         if kolom.endswith("bron_id"))


def tekst(value: str | None) -> str | None:
    """Text from YAML on one line: folded and literal blocks lose their line breaks."""
    return " ".join(value.split()) if value else None


# The columns of a source: every quote travels with whether its sentence is whole in the source.
BRON_KOLOMMEN = ("bron_id", "bron_vindplaats", "citaat", "citaat_afgebroken")


def bron_cellen(bron: Bronverwijzing | None, prefix: str = "") -> Row:
    """Source id, place in the source and, when the citation has one, its words and whether the
    quoted sentence is whole there; empty cells when there is no source."""
    values = (None,) * len(BRON_KOLOMMEN) if bron is None else (
        bron.document, bron.vindplaats, tekst(bron.citaat), bron.afgebroken)
    return {f"{prefix}{name}": value for name, value in zip(BRON_KOLOMMEN, values, strict=True)}


def bron_velden(prefix: str = "", wiens: str = "", leeg: str = "") -> tuple[Veld, ...]:
    """The columns of `bron_cellen`; `wiens` says whose source it is, if not the row's own, and
    `leeg` when its cells are empty, if they can be."""
    of = f" {wiens}" if wiens else ""
    when = f" {leeg}" if leeg else ""
    return (
        Veld(f"{prefix}bron_id", "string", f"Id van de bron{of}; de bron staat in bronnen.csv.{when}"),
        Veld(f"{prefix}bron_vindplaats", "string", f"Waar het in de bron{of} staat (pagina of paragraaf), "
             f"als dat bekend is.{when}"),
        Veld(f"{prefix}citaat", "string", f"Wat de bron{of} letterlijk zegt: de woorden waar het gegeven op "
             f"rust.{when}"),
        Veld(f"{prefix}citaat_afgebroken", "string", "Alleen als de geciteerde zin in de bron niet heel is: begin "
             "(het begin staat op een pagina die ontbreekt), eind (de rest ontbreekt) of beide. De woorden zijn "
             "niet aangevuld."),
    )


NUMMER = Veld("nummer", "integer", "Volgnummer van de rij in dit bestand.")
WAARDE = Veld("waarde", "number", "Het getal zoals de bron het geeft, exact; punt als decimaalteken. "
              "Leeg als de bron geen getal noemt.")
EENHEID = Veld("eenheid", "string", "Eenheid van de waarde: procent, aantal of euro.")
KWALIFICATIE = Veld("kwalificatie", "string", "Hoe precies de bron het getal noemt, zoals ‘ongeveer’ of ‘ruim’.")


def getal_cellen(getal) -> Row:
    """The columns of a sourced figure (`Getal`), or empty cells when there is none."""
    if getal is None:
        return {"waarde": None, "eenheid": None, "kwalificatie": None}
    return {"waarde": getal.waarde, "eenheid": getal.eenheid, "kwalificatie": getal.kwalificatie}


# How the site frames a headline figure (`Kader`): empty cells for a figure it does not frame.
KADER_VELDEN = (
    Veld("reikwijdte", "string", "Alleen bij een cijfer met een kader, zoals elk kopcijfer (een cijfer dat de site "
         "op de homepage en bovenaan de pagina Opbrengsten toont): waarover het cijfer gaat. "
         + described("definities.schema.json", "definitions", "bewering", "properties", "kader", "properties",
                     "reikwijdte")),
    Veld("periode", "string", "Alleen bij een cijfer met een kader: over welke periode het getal gaat, in de woorden "
         "van de site."),
    *bron_velden("periode_", "over de periode", "Leeg als de bron van het getal de periode zelf noemt."),
    Veld("geldgevers", "string", "Alleen bij een cijfer met een kader: wie betaalde wat het getal telt, in de "
         "woorden van de site."),
    *bron_velden("geldgevers_", "over wie betaalde", "Leeg als de bron van het getal dat zelf noemt."),
)


def kader_cellen(kader) -> Row:
    """The columns of KADER_VELDEN for a figure's `Kader`, or empty cells when it has none."""
    if kader is None:
        return dict.fromkeys(veld.naam for veld in KADER_VELDEN)
    return {"reikwijdte": kader.reikwijdte, "periode": tekst(kader.periode),
            **bron_cellen(kader.periode_bron, "periode_"), "geldgevers": tekst(kader.geldgevers),
            **bron_cellen(kader.geldgevers_bron, "geldgevers_")}
