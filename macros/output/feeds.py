"""RSS 2.0 and Atom feeds of the content changelog, built with feedgen: one pair for the
whole site, and one Atom feed per actielijn and per initiative.

Everything in the feeds comes from data/: dates are the entry's day at midnight in
Europe/Amsterdam, and a feed's update date is its newest entry's, so a fresh or shallow
clone builds byte-identical feeds. Each entry says in words which amounts changed (old
and new, as the site writes money), why, and on which pages.
"""

from __future__ import annotations

import datetime
import html
import posixpath
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from ..facts.changes import Wijziging
from ..formatting import urls as routes
from ..formatting.money import euro
from ..register.figures import miljoenen_vanaf
from ..register.pages import CHANGELOG, Pagina

if TYPE_CHECKING:
    from feedgen.feed import FeedGenerator

    from ..register.figures import Cijferregister
    from ..register.site import Site

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
# How a feed looks when opened in a browser: CSS (browsers are removing XSLT from the web).
STYLESHEET = Path(__file__).resolve().parent / "assets" / "feed.css"
XML_DECLARATION = b"<?xml version='1.0' encoding='UTF-8'?>"


@dataclass(frozen=True)
class Volgfeed:
    """One feed of the page register, with what it follows: the pages and the figures whose
    changes it carries (`paginas` None: the whole site, every entry)."""

    pagina: Pagina
    paginas: frozenset[str] | None = None
    feiten: frozenset[str] = frozenset()

    @property
    def path(self) -> str:
        return self.pagina.id

    @property
    def title(self) -> str:
        return self.pagina.titel

    @property
    def kind(self) -> str:
        return self.pagina.formaat or "atom"

    @property
    def page(self) -> str:
        return self.pagina.volgt or CHANGELOG

    def entries(self, log: tuple[Wijziging, ...]) -> list[Wijziging]:
        if self.paginas is None:
            return list(log)
        found = [e for e in log if any(p in self.paginas for p in e.paginas) or any(
            c.feit in self.feiten for c in e.cijfers)]
        return found or list(log[-1:])  # nothing changed yet: the first publication


def volgfeed(site: Site, pagina: Pagina) -> Volgfeed:
    """A feed and what it follows: an actielijn's page follows its own figures and its
    initiatives (their pages and figures); an initiative's its page, its figures and the
    amount of the budget line it belongs to."""
    if pagina.volgt is None:
        return Volgfeed(pagina)
    gegevens, cijfers = site.gegevens, site.cijfers
    folder, _, name = pagina.volgt.removesuffix(".md").partition("/")
    pages = {pagina.volgt}
    extra: set[str] = set()
    if folder == "actielijnen":
        pages |= {f"initiatieven/{i.id}.md" for i in gegevens.initiatieven.values() if i.actielijn == name}
    elif gegevens.initiatieven[name].begrotingsregel:
        extra.add(f"regel:{gegevens.initiatieven[name].begrotingsregel}")
    feiten = {f for page in pages for f in cijfers.op_pagina(page)} | extra
    return Volgfeed(pagina, frozenset(pages), frozenset(feiten))


def all_feeds(site: Site) -> list[Volgfeed]:
    """The site's feeds, then one per actielijn and one per initiative, as the page register lists them."""
    return [volgfeed(site, pagina) for pagina in site.paginas.soort("feed")]


def page_feed(site: Site, page_id: str) -> Volgfeed | None:
    """The own feed of an actielijn's or an initiative's page; else None."""
    pagina = site.paginas.feed_of(page_id)
    return volgfeed(site, pagina) if pagina is not None else None


def moment(datum: str) -> datetime.datetime:
    return datetime.datetime.combine(datetime.date.fromisoformat(datum), datetime.time(0, 0), tzinfo=AMSTERDAM)


def entry_url(site_url: str, entry: Wijziging) -> str:
    return f"{site_url}{routes.WIJZIGINGEN}#{routes.wijziging_anchor(entry.id)}"


def entry_text(entry: Wijziging, cijfers: Cijferregister, site_url: str) -> str:
    """What changed, in words and without internal ids; why; and where."""
    sentences = [entry.samenvatting.strip()]
    for change in entry.cijfers:
        name = cijfers.naam(change.feit)
        name = name[:1].upper() + name[1:]
        if change.oud is None:
            sentences.append(f"{name} is nieuw: {_euros(change.nieuw, change.feit)}.")
        elif change.nieuw is None:
            sentences.append(f"{name} vervalt (was {_euros(change.oud, change.feit)}).")
        else:
            sentences.append(f"{name} gaat van {_euros(change.oud, change.feit)} naar "
                             f"{_euros(change.nieuw, change.feit)}.")
    sentences.append(f"Waarom: {entry.reden.strip()}")
    pages = ", ".join(site_url + routes.page_path(page) for page in entry.paginas)
    return " ".join(sentences) + f" Pagina's: {pages}"


def build_feed(feed: Volgfeed, log: tuple[Wijziging, ...], cijfers: Cijferregister, site_url: str) -> FeedGenerator:
    # Imported here, not above: the pre-render step imports this package, and the build waits
    # for that step; the feeds are written while the generator builds.
    from feedgen.feed import FeedGenerator

    entries = feed.entries(log)
    generator = FeedGenerator()
    page_url = site_url + routes.page_path(feed.page)
    generator.id(page_url)
    generator.title(feed.title)
    generator.subtitle("Elke wijziging van de cijfers en pagina's van de site, nieuwste eerst." if feed.paginas is None
                       else "Elke wijziging van deze pagina en haar cijfers, nieuwste eerst.")
    # feedgen takes the last link as the RSS channel's link: the page, not the feed itself.
    generator.link(href=site_url + feed.path, rel="self")
    generator.link(href=page_url, rel="alternate")
    generator.language("nl")
    generator.author({"name": "Redactie steunpakket-site"})
    generator.updated(moment(entries[0].datum))
    generator.lastBuildDate(moment(entries[0].datum))
    # feedgen adds entries to the front; add oldest first so the newest ends on top.
    for entry in reversed(entries):
        item = generator.add_entry()
        item.id(entry_url(site_url, entry))
        item.guid(entry_url(site_url, entry), permalink=True)
        item.title(entry.titel)
        item.link(href=entry_url(site_url, entry))
        item.published(moment(entry.datum))
        item.updated(moment(entry.datum))
        text = entry_text(entry, cijfers, site_url)
        # RSS readers show <description> as HTML, Atom's summary and content are plain text.
        item.description(html.escape(text, quote=False))
        item.content(text)
        item.summary(text)
    return generator


def write_feeds(site: Site, site_url: str, site_dir: Path, stylesheet: str = "feeds/feed.css") -> None:
    """Every feed of the page register, each linking the stylesheet at `stylesheet` (a path
    from the site root, written here too) so that a feed opened in a browser is readable."""
    for feed in all_feeds(site):
        generator = build_feed(feed, site.gegevens.wijzigingen, site.cijfers, site_url)
        xml = generator.rss_str(pretty=True) if feed.kind == "rss" else generator.atom_str(pretty=True)
        target = site_dir / feed.path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(with_stylesheet(xml, posixpath.relpath(stylesheet, posixpath.dirname(feed.path))))
    (site_dir / stylesheet).parent.mkdir(parents=True, exist_ok=True)
    (site_dir / stylesheet).write_bytes(STYLESHEET.read_bytes())


def with_stylesheet(xml: bytes, href: str) -> bytes:
    """The feed with an xml-stylesheet processing instruction right after its XML declaration
    (where the XML specification allows it: in the prolog, before the root element)."""
    if not xml.startswith(XML_DECLARATION):
        raise ValueError("feedgen schreef geen XML-declaratie aan het begin van de feed")
    instruction = f'\n<?xml-stylesheet type="text/css" href="{html.escape(href)}"?>'.encode()
    return XML_DECLARATION + instruction + xml[len(XML_DECLARATION):]


def _euros(value: int | None, feit: str) -> str:
    return "—" if value is None else euro(value, miljoenen_vanaf(feit)).replace("\u00a0", " ")
