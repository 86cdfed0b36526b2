"""Step (a) of the build: every page of the page register as Markdown with front matter, in a
folder any MkDocs-compatible generator builds with the theme alone.

Content pages get their macros rendered (`content.py`); the pages made from data (one per
initiative and per source) and the redirect pages get their body straight from the same
render code (`generated.py`). The front matter carries what the theme's templates show
around the body: title and description (escaped here, once, for every place the theme
prints them), the breadcrumb, the page's data files, when it last changed and its feed.
"""

from __future__ import annotations

import functools
import json
import shutil
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from markupsafe import escape

from ..facts.changes import Wijziging, entry_for_page
from ..formatting.dates import datum_nl
from ..generator.config import project_config
from ..halves import map_in_two
from ..html.render import recording_citations, recording_figures
from ..html.sources import bronnen_onderaan
from ..output.downloads import data_version
from ..reading.front_matter import split_front_matter
from ..reading.problems import DataError, Problem, Problems
from ..register.pages import GEMEENTEN_INDEX, HOME, READ_KINDS, Pagina
from ..register.site import Site
from ..settings import Settings
from .content import render_content
from .context import PageContext
from .follow_pages import volgblok
from .generated import GeneratedPages

DOCS = "docs"
MANIFEST = "paginas.json"
# From this many pages on, half are pre-rendered by a forked process. Fewer than the data files
# `halves.MINIMUM` asks for: the generator's process has read its configuration by now (it
# started first), so the second core is idle, and a page costs 1,5 to 2 ms against some 5 ms
# for the fork. The real site (124 pages): 0,95 x the time, 1,04 x the processor time.
PAGES_IN_TWO = 50


def prerender(site: Site, settings: Settings, build_dir: Path) -> Path:
    """Write every HTML page of the register into build_dir/docs; returns that folder.

    Collects the problems of every content page before it fails, as `check` does for data.
    """
    docs = build_dir / DOCS
    # Emptied, not removed: the generator's process may already have read its configuration,
    # which names this folder (generator/process.py).
    docs.mkdir(parents=True, exist_ok=True)
    for old in docs.iterdir():
        if old.is_dir() and not old.is_symlink():
            shutil.rmtree(old)
        else:
            old.unlink()
    generated = GeneratedPages(site)
    folders: set[Path] = set()

    def one(pagina: Pagina) -> tuple[str | None, list[Problem]]:
        """Write one page; its last change, or its problems."""
        try:
            meta, body = page_source(site, settings, pagina, generated)
        except DataError as error:
            return None, list(error.problems)
        write_page(docs / pagina.id, meta, body, folders)
        return last_changed(site, pagina, meta), []

    pages = list(site.paginas.html())
    # Made once, before the pages are shared out: every page cites the data version, and the
    # second process would otherwise make the open data it is computed from again.
    data_version(site.gegevens)
    problems = Problems()
    manifest: dict[str, dict[str, Any]] = {}
    # Each page is independent of the others: half of them are written by a second process.
    for pagina, (changed, found) in zip(pages, map_in_two(one, pages, PAGES_IN_TWO), strict=True):
        if found:
            problems.extend(found)
        else:
            manifest[pagina.id] = {"laatst_gewijzigd": changed}
    problems.raise_if_any()
    # For the post-build step (the sitemap's dates): files are all that pass between the steps.
    (build_dir / MANIFEST).write_text(json.dumps(manifest, indent=0, sort_keys=True), "utf-8")
    return docs


def last_changed(site: Site, pagina: Pagina, meta: dict[str, Any]) -> str | None:
    """The day a page last changed: as it says under the page, else the newest changelog
    entry that names it, else the first publication."""
    if "laatst_gewijzigd" in meta:
        return meta["laatst_gewijzigd"]["datum"]
    entry = entry_for_page(site.gegevens.wijzigingen, pagina.id)
    return entry.datum if entry is not None else None


def page_source(site: Site, settings: Settings, pagina: Pagina,
                generated: GeneratedPages) -> tuple[dict[str, Any], str]:
    """A page's front matter and Markdown body."""
    ctx = PageContext(site, settings, pagina)
    with recording_figures() as shown, recording_citations() as cited:
        if pagina.soort == "inhoud":
            path = site.project_dir / pagina.bestanden[0]
            page, problems = split_front_matter(path.read_text("utf-8"), pagina.bestanden[0])
            if problems:
                raise DataError(problems)
            meta, body = dict(page.meta), render_content(ctx, page)
        else:
            meta, body = generated.source(ctx, pagina)
        foot = bronnen_onderaan(cited, site.gegevens.bronnen, ctx.linker)
    if foot:
        body = f"{body.rstrip()}\n\n{foot.strip()}\n"
    if pagina.soort == "initiatief":  # last, after the sources: how to follow the page's changes
        body = f"{body.rstrip()}\n\n{volgblok(ctx, pagina.id)}\n"
    meta.update(about_page(site, settings, pagina, ctx.used_files, shown))
    meta.update(ctx.kop)
    title = str(pagina.titel if pagina.soort != "inhoud" else meta.get("title", pagina.titel))
    if pagina.soort in READ_KINDS:
        meta["verwijzing"] = citation(site, settings, pagina, title)
    meta["title"] = str(escape(pagina.venstertitel if pagina.soort != "inhoud" else title))
    if meta.get("description") is not None:
        meta["description"] = str(escape(" ".join(str(meta["description"]).split())))
    return meta, body


def about_page(site: Site, settings: Settings, pagina: Pagina, used_files: set[str],
               shown: Iterable[str]) -> dict[str, Any]:
    """What the theme shows around a page: its data files (for editors), when it or its
    figures last changed, and the feed that follows it."""
    meta: dict[str, Any] = {}
    if used_files:
        meta["databestanden"] = sorted(used_files)
        entry = newest_entry(site, pagina, site.cijfers.met_herkomst(shown))
        if entry is not None:
            meta["laatst_gewijzigd"] = {"datum": entry.datum, "tekst": datum_nl(entry.datum), "id": entry.id}
    feed = site.paginas.feed_of(pagina.id)
    follow = site.paginas.follow_address(pagina.id)
    if feed is not None and follow is not None:
        # The head links the feed file (for feed readers); the page links what explains it.
        meta["eigen_feed"] = {"titel": feed.titel, "pad": feed.id, "volgen": follow}
    if settings.repo_url and pagina.bestanden:
        # The edit button opens the file the page is made from: its Markdown, or its data file.
        meta["bewerken"] = f"{settings.repo_url.rstrip('/')}/edit/{settings.branch}/{pagina.bestanden[0]}"
    return meta


def citation(site: Site, settings: Settings, pagina: Pagina, title: str) -> dict[str, str | None]:
    """How to cite the page: its title, the publisher (None while unknown), the data version
    and its date, and its permanent address. Plain text: the theme escapes it where it prints it."""
    versie = data_version(site.gegevens)
    # The site's name as mkdocs.yml gives it; the home page is cited by that name alone.
    name = site_name(site.project_dir)
    title = name if pagina.id == HOME or title == name else f"{title} ({name})"
    return {"titel": title, "uitgever": settings.publisher, "datum": versie.datum, "datum_tekst": versie.datum_tekst,
            "versie": versie.versie, "adres": settings.site_url + pagina.adres}


@functools.cache
def site_name(project_dir: Path) -> str:
    return str(project_config(project_dir).get("site_name", ""))


def newest_entry(site: Site, pagina: Pagina, feiten: frozenset[str]) -> Wijziging | None:
    """The newest change of a page or its figures. A municipality's page also changes with the
    index of municipalities: many of them exist only because an initiative names them."""
    log = site.gegevens.wijzigingen
    found = [entry_for_page(log, pagina.id, feiten)]
    if pagina.soort == "gemeente":
        found.append(entry_for_page(log, GEMEENTEN_INDEX))
    entries = [entry for entry in found if entry is not None]
    return min(entries, key=log.index) if entries else None


def write_page(target: Path, meta: dict[str, Any], body: str, folders: set[Path]) -> None:
    """Write a page; `folders`: those already made in this build (thousands of pages share a few)."""
    if target.parent not in folders:
        target.parent.mkdir(parents=True, exist_ok=True)
        folders.add(target.parent)
    # JSON, which every YAML reader reads as the same mapping (JSON is YAML's flow style):
    # written by Python's JSON encoder in C, it costs a fifth of libyaml's emitter with
    # PyYAML's representer in Python (5.000 pages).
    front = json.dumps(meta, ensure_ascii=False, default=str)  # a date an editor wrote: as its text
    target.write_text(f"---\n{front}\n---\n{body}", encoding="utf-8")
