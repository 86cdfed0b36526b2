"""Best bets in the site search: the readers' words of data/zoekwoorden.yaml added to the
search index the theme wrote, so that 'Den Bosch' finds Huis73 (in 's-Hertogenbosch) and
'eenzaamheid' the budget line with its amount, which only a table shows.

Why in the index and not on the pages: hidden words on a page would be read out by screen
readers or stuffed where nobody sees them. Here the readers' words become `tags` of the
result, which the theme shows on the result (so a reader sees why it was found) and weighs
most in the ranking (`fields.tags.boost` of the index's config):
* a page, or a heading of a page, that the index already holds gets the words as tags;
* a page the index leaves out (a source's page) gets an entry of its own, with its title and
  description;
* a budget line gets an entry of its own: its row on its actielijn's page, titled with its
  name and amount (from the figure register), under that page in the results.

The index format is Material for MkDocs' (search/search_index.json: `docs` with `location`,
`title`, `text`, optional `tags`; `title` and `text` are HTML, so every value is escaped).
Zensical writes a different index (search.json) and is skipped: with it the best bets are
missing, and the build says so (see `add_best_bets`).
"""

from __future__ import annotations

import html
import json
import sys
from dataclasses import dataclass
from pathlib import Path

from ..formatting import urls
from ..register.site import Site

INDEX = Path("search") / "search_index.json"
GENERATORS = ("properdocs",)  # the generators whose theme writes INDEX in this format


@dataclass(frozen=True)
class Treffer:
    """One best bet: where it leads, and, for a place the index does not hold, its entry."""

    location: str  # as the index writes it: the page's address from the site root, '#' and the anchor
    woorden: tuple[str, ...]  # what readers type; shown on the result
    plek: str  # where it stands in data/, for a message
    titel: str | None = None  # the entry's title where the index has none; None: it must have one (a heading)
    tekst: str = ""


def treffers(site: Site) -> list[Treffer]:
    """The best bets of data/zoekwoorden.yaml, each resolved to its place on the site."""
    found = []
    for item in site.gegevens.zoekwoorden:
        if item.regel is not None:
            regel = site.gegevens.regel(item.regel)
            onderdeel = next(o for o in site.gegevens.begroting.onderdelen if regel in o.regels)
            page = urls.onderdeel_url(onderdeel).split("#")[0]
            bedrag = site.cijfers[f"regel:{regel.id}"].tekst
            found.append(Treffer(f"{page}#{urls.regel_anchor(regel.id)}", item.woorden, item.plek,
                                 f"{regel.naam}: {bedrag}", f"Een regel in de begroting van {onderdeel.label}"))
        elif item.anker:
            found.append(Treffer(f"{site.paginas[item.pagina].adres}#{item.anker}", item.woorden, item.plek))
        else:
            pagina = site.paginas[item.pagina]
            found.append(Treffer(pagina.adres, item.woorden, item.plek, pagina.venstertitel, pagina.beschrijving or ""))
    return found


def add_best_bets(site: Site, site_dir: Path, generator: str) -> list[str]:
    """Add the best bets to the built index; returns what is wrong, in Dutch (empty: all added)."""
    bets = treffers(site)
    if not bets:
        return []
    if generator not in GENERATORS:
        # Another generator's index has another format: leave it alone rather than break it.
        print(f"Let op: de zoekwoorden uit data/zoekwoorden.yaml staan niet in de zoekfunctie; de generator "
              f"'{generator}' schrijft een andere zoekindex.", file=sys.stderr)
        return []
    index = json.loads((site_dir / INDEX).read_text("utf-8"))
    docs = {doc["location"]: doc for doc in index["docs"]}
    problems = []
    for bet in bets:
        shown = [html.escape(woord, quote=False) for woord in bet.woorden]
        doc = docs.get(bet.location)
        if bet.titel is None and doc is None:
            page, _, anchor = bet.location.partition("#")
            problems.append(f"{bet.plek}: anker: '{anchor}' is geen kop op de pagina /{page} — kies het anker "
                            "van een kop op die pagina (het deel na # in het adres van de kop), of laat het anker weg")
        elif doc is not None:
            doc["tags"] = [*doc.get("tags", []), *shown]
        else:
            # Last: the theme files an entry with an anchor under the page it belongs to.
            entry = {"location": bet.location, "title": html.escape(bet.titel, quote=False),
                     "text": html.escape(bet.tekst, quote=False), "tags": shown}
            index["docs"].append(entry)
            docs[bet.location] = entry
    (site_dir / INDEX).write_text(json.dumps(index, ensure_ascii=False, separators=(",", ":")), "utf-8")
    return problems
