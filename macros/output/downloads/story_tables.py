"""The tables of the story around the money: initiatives and their results, key figures,
sources, the timeline and the outcomes of 2021.
"""

from __future__ import annotations

from ...formatting import urls as routes
from .table import (
    EENHEID,
    KADER_VELDEN,
    KWALIFICATIE,
    NUMMER,
    WAARDE,
    Row,
    Tabel,
    Veld,
    bron_cellen,
    bron_velden,
    getal_cellen,
    kader_cellen,
    tekst,
)

PEILDATUM = Veld("peildatum", "string", "Datum waarop het getal gold: JJJJ-MM-DD, of JJJJ-MM als de bron alleen "
                 "de maand noemt.")


def financiering_cellen(f) -> Row:
    """Whether the package paid the initiative, the source that says so, and its own amount with
    its source; each quote with whether its sentence is whole in the source."""
    return {
        "financiering": f.status, "financiering_toelichting": tekst(f.toelichting),
        **bron_cellen(f.bron, "financiering_"),
        "bedrag_euro": f.bedrag, **bron_cellen(f.bedrag_verwijzing if f.bedrag is not None else None, "bedrag_"),
        "bedrag_toelichting": tekst(f.bedrag_toelichting),
    }


def initiatieven_rows(gegevens) -> list[Row]:
    return [
        {
            "id": i.id, "naam": i.naam, "niveau": i.niveau, "gemeenten": "|".join(i.gemeenten) or None,
            "actielijn_id": i.actielijn, "regel_id": i.begrotingsregel,
            "organisaties": "|".join(i.organisaties) or None, "omschrijving": tekst(i.omschrijving),
            **financiering_cellen(i.financiering),
            "voorbeeld_kamerbrief_februari_2021": i.gepland_voorbeeld,
            "resultaat_opbrengstenbrief_december_2021": i.gerapporteerd_resultaat,
            "bron_ids": "|".join(sorted(i.cited_documents())), "pagina": routes.initiatief_url(i.id),
        }
        for i in sorted(gegevens.initiatieven.values(), key=lambda i: i.id)
    ]


def resultaten_rows(gegevens) -> list[Row]:
    """Every reported result and every caveat of every initiative, with its figure and source."""
    rows: list[Row] = []
    for initiatief in sorted(gegevens.initiatieven.values(), key=lambda i: i.id):
        for soort, beweringen in (("resultaat", initiatief.resultaten), ("kanttekening", initiatief.kanttekeningen)):
            rows += [{"nummer": len(rows) + index, "initiatief_id": initiatief.id, "soort": soort,
                      "tekst": tekst(b.tekst), **getal_cellen(b.getal), "peildatum": b.peildatum,
                      **bron_cellen(b.bron), **kader_cellen(b.kader)}
                     for index, b in enumerate(beweringen, start=1)]
    return rows


def kerncijfers_rows(gegevens) -> list[Row]:
    return [
        {
            "id": k.id, "omschrijving": tekst(k.omschrijving), **getal_cellen(k.getal),
            "waarde_tekst": k.waarde_tekst, "vergelijking": k.vergelijking, "populatie": k.populatie,
            "gemeten": k.gemeten, "oorspronkelijke_bron": k.oorspronkelijke_bron, "actielijn_id": k.actielijn,
            **bron_cellen(k.bron),
        }
        for k in gegevens.kerncijfers
    ]


def bronnen_rows(gegevens) -> list[Row]:
    return [
        {"id": b.id, "titel": b.titel, "kort": b.kort, "uitgever": b.uitgever, "soort": b.soort,
         "datum": b.datum, "kenmerk": b.kenmerk, "adres": b.adres, "toelichting": tekst(b.toelichting)}
        for b in sorted(gegevens.bronnen.values(), key=lambda b: b.id)
    ]


def tijdlijn_rows(gegevens) -> list[Row]:
    return [
        {"nummer": index, "datum": g.datum, "titel": g.titel, "omschrijving": tekst(g.omschrijving),
         "soort": g.soort, **bron_cellen(g.bron)}
        for index, g in enumerate(gegevens.tijdlijn, start=1)
    ]


def opbrengsten_rows(gegevens) -> list[Row]:
    """The distributions, one row per part with its percentage, then the sourced facts."""
    opbrengsten = gegevens.opbrengsten
    rows: list[Row] = [
        {"soort": "verdeling", "verdeling_id": verdeling.id, "verdeling_titel": verdeling.titel,
         "actielijn_id": verdeling.actielijn, "naam": deel.naam, "tekst": tekst(deel.omschrijving),
         "waarde": deel.procent, "eenheid": "procent", "kwalificatie": None, "peildatum": None,
         **bron_cellen(deel.bron), **kader_cellen(None)}
        for verdeling in opbrengsten.verdelingen
        for deel in verdeling.delen
    ]
    rows += [
        {"soort": "feit", "verdeling_id": None, "verdeling_titel": None, "actielijn_id": None, "naam": None,
         "tekst": tekst(feit.tekst), **getal_cellen(feit.getal), "peildatum": feit.peildatum, **bron_cellen(feit.bron),
         **kader_cellen(feit.kader)}
        for feit in opbrengsten.feiten
    ]
    return [{"nummer": index, **row} for index, row in enumerate(rows, start=1)]


INITIATIEVEN = Tabel(
    "initiatieven", "De initiatieven en voorbeelden die de bronnen noemen (een selectie, niet alle initiatieven "
    "van het steunpakket), met of het steunpakket ze betaalde; lijsten gescheiden door |.",
    initiatieven_rows,
    (
        Veld("id", "string", "Id van het initiatief; ook het laatste deel van het webadres van zijn pagina."),
        Veld("naam", "string", "Naam van het initiatief."),
        Veld("niveau", "string", "lokaal, landelijk of onbekend."),
        Veld("gemeenten", "string", "De gemeenten waar het initiatief is; meer dan één gescheiden door |."),
        Veld("actielijn_id", "string", "Id van de actielijn (onderdeel_id in begroting.csv)."),
        Veld("regel_id", "string", "De begrotingsregel, als een bron het verband legt (regel_id in begroting.csv)."),
        Veld("organisaties", "string", "De organisaties achter het initiatief, gescheiden door |."),
        Veld("omschrijving", "string", "Korte omschrijving."),
        Veld("financiering", "string", "Of het steunpakket het initiatief betaalde: betaald (een bron zegt dat het "
             "steunpakket het (mede) betaalde), voorbeeld (de Kamerbrief van februari 2021 noemt het als voorbeeld; "
             "geen bron zegt dat het steunpakket het betaalde) of niet-bekend. Tel alleen ‘betaald’ als betaald."),
        Veld("financiering_toelichting", "string",
             "Wat de bronnen over de betaling zeggen, in de woorden van de site."),
        *bron_velden("financiering_", "van de kolom financiering"),
        Veld("bedrag_euro", "integer", "Wat het initiatief zelf uit het steunpakket kreeg, in hele euro's, als een "
             "bron dat noemt; leeg als het niet bekend is. Nooit het bedrag van een hele begrotingsregel."),
        *bron_velden("bedrag_", "van het bedrag", "Leeg als er geen bedrag is."),
        Veld("bedrag_toelichting", "string", "Waarvoor of voor wie het bedrag precies is."),
        Veld("voorbeeld_kamerbrief_februari_2021", "boolean",
             "true als de Kamerbrief van 12 februari 2021 het initiatief noemt (dat zegt niets over betaling)."),
        Veld("resultaat_opbrengstenbrief_december_2021", "boolean",
             "true als de opbrengstenbrief van 21 december 2021 over dit initiatief bericht. Het initiatief staat dan "
             "op de pagina Opbrengsten. Noemt de brief het alleen in een kop, dan staat hier false."),
        Veld("bron_ids", "string", "Alle bronnen van het initiatief (id in bronnen.csv), gescheiden door |."),
        Veld("pagina", "string", "Webadres van de pagina van het initiatief, vanaf de hoofdpagina van de site."),
    ),
    ("id",), (("regel_id", "begroting", "regel_id"),),
)

RESULTATEN = Tabel(
    "resultaten", "De gemelde resultaten en de kanttekeningen per initiatief, elk met zijn getal en bron. Een "
    "resultaat van één initiatief is nooit het resultaat van het hele steunpakket; bij de kopcijfers van de site "
    "staat hoe ver het cijfer reikt, over welke periode het gaat en wie betaalde.",
    resultaten_rows,
    (
        NUMMER,
        Veld("initiatief_id", "string", "Id van het initiatief (id in initiatieven.csv)."),
        Veld("soort", "string", "resultaat (wat een bron als resultaat meldt) of kanttekening."),
        Veld("tekst", "string", "Wat de bron meldt, in de woorden van de site. Staat er een getal bij, dan hoort "
             "het getal vóór deze tekst."),
        WAARDE, EENHEID, KWALIFICATIE, PEILDATUM, *bron_velden(), *KADER_VELDEN,
    ),
    ("nummer",), (("initiatief_id", "initiatieven", "id"),),
)

KERNCIJFERS = Tabel(
    "kerncijfers", "De cijfers over de situatie waarop het pakket antwoordde, zoals de bronnen ze geven.",
    kerncijfers_rows,
    (
        Veld("id", "string", "Id van het kerncijfer."),
        Veld("omschrijving", "string", "Wat het cijfer meet."),
        WAARDE, EENHEID, KWALIFICATIE,
        Veld("waarde_tekst", "string", "Het cijfer in woorden, als de bron geen getal geeft (zoals ‘bijna de helft’)."),
        Veld("vergelijking", "string", "Waarmee de bron het cijfer vergelijkt."),
        Veld("populatie", "string", "Over wie het cijfer gaat."),
        Veld("gemeten", "string", "Wanneer of hoe er gemeten is, volgens de bron."),
        Veld("oorspronkelijke_bron", "string", "Het onderzoek waar de bron het cijfer uit haalt."),
        Veld("actielijn_id", "string", "De actielijn waar het cijfer bij hoort (onderdeel_id in begroting.csv)."),
        *bron_velden(),
    ),
    ("id",),
)

BRONNEN = Tabel(
    "bronnen", "De brondocumenten van de site.", bronnen_rows,
    (
        Veld("id", "string", "Id van de bron; de andere bestanden verwijzen hiernaar met bron_id."),
        Veld("titel", "string", "Titel van het document."),
        Veld("kort", "string", "Korte naam."),
        Veld("uitgever", "string", "Wie het document uitgaf."),
        Veld("soort", "string", "Soort document."),
        Veld("datum", "string", "Datum van het document: JJJJ-MM-DD, of korter als alleen maand of jaar bekend is."),
        Veld("kenmerk", "string", "Kenmerk of Kamerstuknummer."),
        Veld("adres", "string", "Openbaar webadres, als dat bekend is."),
        Veld("toelichting", "string", "Toelichting van de redactie."),
    ),
    ("id",),
)

TIJDLIJN = Tabel(
    "tijdlijn", "De gebeurtenissen rond het pakket, in de volgorde van de tijdlijn op de site.", tijdlijn_rows,
    (
        NUMMER,
        Veld("datum", "string", "JJJJ-MM-DD, of JJJJ-MM als de bron alleen de maand noemt."),
        Veld("titel", "string", "Wat er gebeurde."),
        Veld("omschrijving", "string", "Meer uitleg."),
        Veld("soort", "string", "pakket (over het steunpakket zelf) of context."),
        *bron_velden(),
    ),
    ("nummer",),
)

OPBRENGSTEN = Tabel(
    "opbrengsten", "Wat de opbrengstenbrief van december 2021 meldt: eerst de verdelingen in procenten, één rij "
    "per deel, dan de feiten; bij de kopcijfers van de site staat hoe ver het cijfer reikt, over welke periode het "
    "gaat en wie betaalde.",
    opbrengsten_rows,
    (
        NUMMER,
        Veld("soort", "string", "verdeling (een deel van een geheel, in procenten) of feit."),
        Veld("verdeling_id", "string",
             "Alleen bij een verdeling: id van de verdeling; de delen samen zijn 100 procent."),
        Veld("verdeling_titel", "string", "Alleen bij een verdeling: wat er verdeeld is."),
        Veld("actielijn_id", "string", "De actielijn (onderdeel_id in begroting.csv)."),
        Veld("naam", "string", "Alleen bij een verdeling: naam van het deel."),
        Veld("tekst", "string", "Omschrijving van het deel, of het feit in de woorden van de site."),
        WAARDE, EENHEID, KWALIFICATIE, PEILDATUM, *bron_velden(), *KADER_VELDEN,
    ),
    ("nummer",),
)
