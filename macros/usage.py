"""Which facts on the site rest on which source: shown on the sources page."""

from __future__ import annotations

from collections import defaultdict

from .models import Gegevens


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
    return dict(gebruik)
