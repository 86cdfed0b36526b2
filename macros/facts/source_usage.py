"""Which facts on the site rest on which source: shown on the sources page."""

from __future__ import annotations

from collections import defaultdict

from .gegevens import Gegevens


def bron_gebruik(gegevens: Gegevens) -> dict[str, list[str]]:
    begroting = gegevens.begroting
    gebruik: dict[str, list[str]] = defaultdict(list)

    def add(bron_id: str, wat: str) -> None:
        if wat not in gebruik[bron_id]:
            gebruik[bron_id].append(wat)

    add(begroting.bron.document, "het totaal van het pakket")
    add(begroting.lokaal.bron.document, "het deel voor lokale inzet via gemeenten")
    for onderdeel in begroting.onderdelen:
        add(onderdeel.bron.document, f"de begroting van {onderdeel.label}")
        for regel in onderdeel.regels:
            if regel.bron != onderdeel.bron:
                add(regel.bron.document, f"de begrotingsregel ‘{regel.naam}’")
    for onderdeel_id, story in gegevens.actielijnen.items():
        label = gegevens.onderdeel(onderdeel_id).label
        for citation in [story.doel.bron, story.aanleiding_bron, *(a.bron for a in story.acties),
                         *(r.bron for r in story.resultaten)]:
            add(citation.document, f"het verhaal van {label}")
    for initiatief in sorted(gegevens.initiatieven.values(), key=lambda i: i.naam.lower()):
        for document in sorted(initiatief.cited_documents()):
            add(document, f"het initiatief ‘{initiatief.naam}’")
    for kerncijfer in gegevens.kerncijfers:
        add(kerncijfer.bron.document, "de kerncijfers")
    for gebeurtenis in gegevens.tijdlijn:
        add(gebeurtenis.bron.document, "de tijdlijn")
    if gegevens.route:
        add(gegevens.route.bron.document, "de begroting naar route (gemeentefonds)")
    if gegevens.opbrengsten:
        add(gegevens.opbrengsten.bron.document, "de opbrengsten van 2021")
    for bron_id in gegevens.bronversies:
        add(bron_id, "het register van afwijkingen tussen bronnen")
    return dict(gebruik)
