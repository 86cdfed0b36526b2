"""Which facts on the site rest on which source, and on which page: shown, as links, on
the sources page."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from ..formatting import urls
from .budget import Begroting
from .gegevens import Gegevens

Use = tuple[str, str, str]  # (source id, what on the site rests on it, its page from the site root)


def bron_gebruik(gegevens: Gegevens) -> dict[str, list[tuple[str, str]]]:
    """Per source, what rests on it and where, in the order a reader meets it, without repeats."""
    gebruik: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for bron_id, wat, url in [*_budget_uses(gegevens.begroting), *_story_uses(gegevens), *_other_uses(gegevens)]:
        if (wat, url) not in gebruik[bron_id]:
            gebruik[bron_id].append((wat, url))
    return dict(gebruik)


def _budget_uses(begroting: Begroting) -> Iterator[Use]:
    yield begroting.bron.document, "het totaal van het pakket", urls.BEGROTING
    yield begroting.lokaal.bron.document, "het deel voor lokale inzet via gemeenten", urls.BEGROTING
    for onderdeel in begroting.onderdelen:
        yield onderdeel.bron.document, f"de begroting van {onderdeel.label}", urls.onderdeel_url(onderdeel)
        for regel in onderdeel.regels:
            if regel.bron != onderdeel.bron:
                page = urls.onderdeel_url(onderdeel).split("#")[0]  # Overig has no page of its own
                yield regel.bron.document, f"de begrotingsregel ‘{regel.naam}’", f"{page}#{urls.regel_anchor(regel.id)}"


def _story_uses(gegevens: Gegevens) -> Iterator[Use]:
    for onderdeel_id, story in gegevens.actielijnen.items():
        label = gegevens.onderdeel(onderdeel_id).label
        for citation in [story.doel.bron, story.aanleiding_bron, *(a.bron for a in story.acties),
                         *(r.bron for r in story.resultaten)]:
            yield citation.document, f"het verhaal van {label}", urls.onderdeel_url(gegevens.onderdeel(onderdeel_id))
    for initiatief in sorted(gegevens.initiatieven.values(), key=lambda i: i.naam.lower()):
        for document in sorted(initiatief.cited_documents()):
            yield document, f"het initiatief ‘{initiatief.naam}’", urls.initiatief_url(initiatief.id)


def _other_uses(gegevens: Gegevens) -> Iterator[Use]:
    yield from ((k.bron.document, "de kerncijfers", "kerncijfers/") for k in gegevens.kerncijfers)
    yield from ((g.bron.document, "de tijdlijn", "tijdlijn/") for g in gegevens.tijdlijn)
    yield gegevens.route.bron.document, "de begroting naar route (gemeentefonds)", "routes/"
    yield gegevens.opbrengsten.bron.document, "de opbrengsten van 2021", "opbrengsten/"
    yield from ((bron_id, "het register van afwijkingen tussen bronnen", "afwijkingen/")
                for bron_id in gegevens.bronversies)
    yield from _money_uses(gegevens)
    for item in gegevens.tegenstrijdigheden:
        for uitspraak in item.uitspraken:
            yield (uitspraak.bron.document, f"bronnen die elkaar tegenspreken: {item.onderwerp.lower()}",
                   f"afwijkingen/#tegenspraak-{item.id}")


def _money_uses(gegevens: Gegevens) -> Iterator[Use]:
    """The municipalities' pages and the spending page."""
    for gemeente in sorted(gegevens.gemeenten.values(), key=lambda g: g.id):
        citations = [*(b.bron for b in gemeente.bedragen), *(i.bron for i in gemeente.inzet),
                     *(f.bron for f in gemeente.besteding)]
        for citation in citations:
            yield citation.document, f"de gemeente {gemeente.naam}", urls.gemeente_url(gemeente.naam)
    if gegevens.besteding is not None:
        for feit in gegevens.besteding.feiten:
            yield feit.bron.document, "wat bekend is over de besteding", urls.BESTEDING
        for uitleg in gegevens.besteding.per_gemeente:
            yield uitleg.bron.document, "waar u het bedrag van een gemeente vindt", urls.GEMEENTEN
