"""Build the story models from validated YAML documents."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from .models import Bronverwijzing, Herkomst
from .models_verhaal import (
    Actie,
    Actielijnverhaal,
    Bewering,
    Broncijfer,
    Bronversie,
    Deel,
    Gebeurtenis,
    Getal,
    Initiatief,
    Kerncijfer,
    Maatregel,
    Opbrengsten,
    Route,
    Verdeling,
    VerdelingsDeel,
)
from .strict_yaml import Path_, YamlDocument


def dutch_number(value: int | str) -> Decimal:
    """3500, '58.500' or '49,1' -> exact Decimal (the schema has checked the form)."""
    if isinstance(value, int):
        return Decimal(value)
    return Decimal(value.replace(".", "").replace(",", "."))


def verwijzing(raw: dict[str, Any], file: str, path: Path_) -> Bronverwijzing:
    return Bronverwijzing(raw["document"], raw.get("vindplaats"), Herkomst(file, path))


def getal(raw: dict[str, Any]) -> Getal | None:
    if "waarde" not in raw:
        return None
    return Getal(dutch_number(raw["waarde"]), raw.get("eenheid", ""), raw.get("kwalificatie"))


def bewering(raw: dict[str, Any], file: str, path: Path_) -> Bewering:
    return Bewering(raw["tekst"], getal(raw), raw.get("peildatum"),
                    verwijzing(raw["bron"], file, path + ("bron",)), Herkomst(file, path))


def beweringen(raw: dict[str, Any], key: str, file: str) -> tuple[Bewering, ...]:
    return tuple(bewering(item, file, (key, i)) for i, item in enumerate(raw.get(key, [])))


def actielijnverhaal(onderdeel_id: str, doc: YamlDocument) -> Actielijnverhaal:
    raw, file = doc.data, doc.file
    aanleiding = raw["aanleiding"]
    return Actielijnverhaal(
        onderdeel_id=onderdeel_id,
        doel=bewering(raw["doel"], file, ("doel",)),
        aanleiding_tekst=aanleiding["tekst"],
        aanleiding_bron=verwijzing(aanleiding["bron"], file, ("aanleiding", "bron")),
        kerncijfer_ids=tuple(aanleiding["kerncijfers"]),
        acties=tuple(
            Actie(a["letter"], a["titel"], a.get("omschrijving"), tuple(a.get("onderdelen", [])),
                  verwijzing(a["bron"], file, ("acties", i, "bron")))
            for i, a in enumerate(raw["acties"])
        ),
        resultaten=beweringen(raw, "resultaten", file),
        herkomst=Herkomst(file),
    )


def kerncijfers(doc: YamlDocument) -> tuple[Kerncijfer, ...]:
    file = doc.file
    return tuple(
        Kerncijfer(
            id=raw["id"], omschrijving=raw["omschrijving"], getal=getal(raw),
            waarde_tekst=raw.get("waarde_tekst"), vergelijking=raw.get("vergelijking"),
            populatie=raw["populatie"], gemeten=raw["gemeten"],
            oorspronkelijke_bron=raw.get("oorspronkelijke_bron"), actielijn=raw.get("actielijn"),
            bron=verwijzing(raw["bron"], file, ("kerncijfers", i, "bron")),
            herkomst=Herkomst(file, ("kerncijfers", i)),
        )
        for i, raw in enumerate(doc.data["kerncijfers"])
    )


def tijdlijn(doc: YamlDocument) -> tuple[Gebeurtenis, ...]:
    file = doc.file
    return tuple(
        Gebeurtenis(raw["datum"], raw["titel"], raw.get("omschrijving"), raw.get("soort", "pakket"),
                    verwijzing(raw["bron"], file, ("gebeurtenissen", i, "bron")),
                    Herkomst(file, ("gebeurtenissen", i)))
        for i, raw in enumerate(doc.data["gebeurtenissen"])
    )


def initiatief(initiatief_id: str, doc: YamlDocument) -> Initiatief:
    raw, file = doc.data, doc.file
    return Initiatief(
        id=initiatief_id, naam=raw["naam"], niveau=raw["niveau"],
        gemeenten=tuple(raw.get("gemeenten", [])), plaats_toelichting=raw.get("plaats_toelichting"),
        actielijn=raw["actielijn"], begrotingsregel=raw.get("begrotingsregel"),
        begrotingsregel_toelichting=raw.get("begrotingsregel_toelichting"),
        organisaties=tuple(raw.get("organisaties", [])), omschrijving=raw["omschrijving"],
        resultaten=beweringen(raw, "resultaten", file), kanttekeningen=beweringen(raw, "kanttekeningen", file),
        bronnen=tuple(verwijzing(b, file, ("bronnen", i)) for i, b in enumerate(raw["bronnen"])),
        herkomst=Herkomst(file),
    )


def bronversie(bron_id: str, doc: YamlDocument) -> Bronversie:
    raw, file = doc.data, doc.file
    return Bronversie(
        bron_id=bron_id, omschrijving=raw["omschrijving"], volledige_tabel=raw.get("volledige_tabel", False),
        cijfers=tuple(
            Broncijfer(c["feit"], c["naam_in_bron"], c.get("bedrag"),
                       tuple(Deel(d["naam"], d["bedrag"]) for d in c.get("verdeling", [])),
                       c.get("omschrijving"), Herkomst(file, ("cijfers", i)))
            for i, c in enumerate(raw["cijfers"])
        ),
        herkomst=Herkomst(file),
    )


def route(doc: YamlDocument) -> Route:
    raw, file = doc.data, doc.file
    fonds, departementen = raw["gemeentefonds"], raw["departementen"]
    return Route(
        bron=verwijzing(raw["bron"], file, ("bron",)),
        totaal_volgens_bron=raw["totaal"], via_gemeenten=raw["via_gemeenten"],
        gemeentefonds_volgens_bron=fonds["totaal"],
        maatregelen=tuple(
            Maatregel(m["id"], m["naam"], m["bedrag"], m["uitkering"], tuple(m.get("regels", [])),
                      m.get("koppeling"), Herkomst(file, ("gemeentefonds", "maatregelen", i)))
            for i, m in enumerate(fonds["maatregelen"])
        ),
        departementen=departementen["totaal"],
        departementen_waarvan_gemeenten=departementen["waarvan_gemeenten"],
        departementen_omschrijving=departementen["omschrijving"],
        herkomst=Herkomst(file),
    )


def opbrengsten(doc: YamlDocument) -> Opbrengsten:
    raw, file = doc.data, doc.file
    return Opbrengsten(
        bron=verwijzing(raw["bron"], file, ("bron",)),
        inleiding=raw["inleiding"],
        verdelingen=tuple(
            Verdeling(
                v["id"], v.get("actielijn"), v["titel"],
                tuple(VerdelingsDeel(d["naam"], dutch_number(d["procent"]), d.get("omschrijving"),
                                     verwijzing(d["bron"], file, ("verdelingen", i, "delen", j, "bron")))
                      for j, d in enumerate(v["delen"])),
                Herkomst(file, ("verdelingen", i)),
            )
            for i, v in enumerate(raw["verdelingen"])
        ),
        feiten=beweringen(raw, "feiten", file),
        herkomst=Herkomst(file),
    )
