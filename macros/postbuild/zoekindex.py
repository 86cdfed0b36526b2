"""The site's search index (search/search_index.json), made by the build from the written
pages, with the readers' words of data/zoekwoorden.yaml added as best bets.

**Made beside the generator.** The theme's search plugin (Material for MkDocs) would make the
index inside the generator, page by page: at 5.000 initiatives a quarter of the generator's
time and some 28 MB of its memory. Our build already reads every page the generator writes,
on the machine's second core, for the policy and the guard (securing.py); it makes the index
there, by the plugin's own rules (zoekdelen.py), and a test compares it with the plugin's.
The generator step keeps the plugin's settings (the theme shows the search, its language
gives the index's word separator and pipeline: `Theme.search`) and leaves out only its work.
Where the content of a page begins and ends, and what the index takes from its front matter,
the theme's template marks in the page (overrides/partials/content.html); the build takes the
marks out again before anything is published, whatever the generator.

**Best bets.** So that 'Den Bosch' finds Huis73 (in 's-Hertogenbosch) and 'eenzaamheid' the
budget line with its amount, which only a table shows. Why in the index and not on the pages:
hidden words on a page would be read out by screen readers or stuffed where nobody sees them.
Here the readers' words become `tags` of the result, which the theme shows on the result (so
a reader sees why it was found) and weighs most in the ranking (`fields.tags.boost`):
* a page, or a heading of a page, that the index already holds gets the words as tags;
* a page the index leaves out (a source's page) gets an entry of its own, with its title and
  description;
* a budget line gets an entry of its own: its row on its actielijn's page, titled with its
  name and amount (from the figure register), under that page in the results.

The format is Material for MkDocs' (`config`, and `docs` with `location`, `title`, `text`,
optional `tags` and `boost`; `title` and `text` are HTML, so every value is escaped). A
generator that makes its own index (Zensical writes search.json, in another format) is left
alone: then the best bets are missing, and the build says so.
"""

from __future__ import annotations

import html
import json
import posixpath
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..formatting import urls
from ..register.site import Site
from .zoekdelen import entries

INDEX = Path("search") / "search_index.json"
# The marks of overrides/partials/content.html: the first carries the page's facts for the
# index as JSON (which escapes '<' and '>', so it cannot end the comment early).
MARK = "<!--zoekindex "
MARK_CLOSE = "-->"
END_MARK = "<!--/zoekindex-->"
# What the theme's plugin takes out of an indexed page's content: its own instructions.
SEARCH_ATTRIBUTE = re.compile(r"\s?data-search-\w+=\"[^\"]+\"")


@dataclass(frozen=True)
class PaginaZoekdelen:
    """The index entries of one built page, and its source file (which orders the index)."""

    bron: str  # the page's Markdown file in the pre-rendered folder, 'initiatieven/huis73.md'
    delen: list[dict[str, Any]]


def take_marks(page: str, indexed: bool) -> tuple[str, PaginaZoekdelen | None]:
    """The page without the marks, and (when the build makes the index) its entries. The first
    mark is the template's, since nothing before the content holds an unescaped '<'; the last
    end mark likewise, since nothing after it does."""
    start = page.find(MARK)
    if start < 0:
        return page, None  # not a page of the site's content (404.html)
    opened = page.index(MARK_CLOSE, start) + len(MARK_CLOSE)
    end = page.rindex(END_MARK)
    content = page[opened:end]
    if not indexed:
        return page[:start] + content + page[end + len(END_MARK):], None
    facts = json.loads(page[start + len(MARK):opened - len(MARK_CLOSE)])
    delen = PaginaZoekdelen(facts["bron"], entries(content, facts["url"], facts))
    return page[:start] + SEARCH_ATTRIBUTE.sub("", content) + page[end + len(END_MARK):], delen


def walk_order(bron: str) -> tuple:
    """The order in which the generator builds its pages, so the index lists them the same way:
    a folder's files before its folders, each by name, `index` first (properdocs get_files)."""
    *folders, name = bron.split("/")
    return (*((1, folder) for folder in folders), (0, posixpath.splitext(name)[0] not in ("index", "README"), name))


def make_index(settings: dict[str, Any], pages: Iterable[PaginaZoekdelen]) -> dict[str, Any]:
    """The index of `pages` with the theme's search `settings` (lang, separator, pipeline, fields)."""
    ordered = sorted(pages, key=lambda page: walk_order(page.bron))
    return {"config": settings, "docs": [entry for page in ordered for entry in page.delen]}


def write_index(site: Site, site_dir: Path, settings: dict[str, Any] | None,
                pages: Iterable[PaginaZoekdelen], generator: str) -> list[str]:
    """Write the index with its best bets; returns what is wrong, in Dutch (empty: all well).
    `settings` None: the generator made its own index, or the site has no search."""
    if settings is None:
        if site.gegevens.zoekwoorden:
            print(f"Let op: de zoekwoorden uit data/zoekwoorden.yaml staan niet in de zoekfunctie; de generator "
                  f"'{generator}' maakt zelf een zoekindex, of de site heeft geen zoekfunctie.", file=sys.stderr)
        return []
    index = make_index(settings, pages)
    problems = add_best_bets(site, index)
    (site_dir / INDEX).parent.mkdir(parents=True, exist_ok=True)
    (site_dir / INDEX).write_text(json.dumps(index, ensure_ascii=False, separators=(",", ":"), default=str), "utf-8")
    return problems


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


def add_best_bets(site: Site, index: dict[str, Any]) -> list[str]:
    """Add the best bets to `index`; returns what is wrong, in Dutch (empty: all added)."""
    docs = {doc["location"]: doc for doc in index["docs"]}
    problems = []
    for bet in treffers(site):
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
    return problems
