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
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo

from feedgen.feed import FeedGenerator

from ..facts.changes import Wijziging, entries_for
from ..facts.gegevens import Gegevens
from ..facts.ledger import amount_name, amount_names
from ..formatting import urls as routes
from ..formatting.money import euro
from ..settings import Feeds

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
DEFAULT_FEEDS = Feeds()  # the paths are settings; see macros/settings.py
FEEDS = dict(DEFAULT_FEEDS.items())
TITLE = "Wijzigingen: steunpakket sociaal en mentaal welzijn en leefstijl"
SITE_PAGE = "wijzigingen.md"


@dataclass(frozen=True)
class Volgfeed:
    """One feed: its format, where it is published, its title, and the page it follows
    with the figures shown there (None: the whole site, every entry)."""

    kind: str  # "rss" or "atom"
    path: str
    title: str
    page: str
    feiten: frozenset[str] | None = None

    def entries(self, log: tuple[Wijziging, ...]) -> list[Wijziging]:
        return list(log) if self.feiten is None else entries_for(log, self.page, self.feiten)


def page_feed(gegevens: Gegevens, page: str, feeds: Feeds = DEFAULT_FEEDS) -> Volgfeed | None:
    """The own feed of an actielijn's or an initiative's page (content path); else None."""
    folder, _, name = page.removesuffix(".md").partition("/")
    if folder == "actielijnen" and name in gegevens.actielijnen:
        onderdeel = gegevens.onderdeel(name)
        feiten = frozenset({f"onderdeel:{name}", *(f"regel:{regel.id}" for regel in onderdeel.regels)})
        return Volgfeed("atom", feeds.actielijn(name), f"Wijzigingen bij {onderdeel.label}", page, feiten)
    if folder == "initiatieven" and name in gegevens.initiatieven:
        initiatief = gegevens.initiatieven[name]
        regel = initiatief.begrotingsregel
        return Volgfeed("atom", feeds.initiatief(name), f"Wijzigingen bij {initiatief.naam}", page,
                        frozenset({f"regel:{regel}"} if regel else ()))
    return None


def all_feeds(gegevens: Gegevens, feeds: Feeds = DEFAULT_FEEDS) -> list[Volgfeed]:
    """The site's feeds, then one per actielijn and one per initiative."""
    found = [Volgfeed(kind, path, TITLE, SITE_PAGE) for kind, path in feeds.items()]
    pages = [f"actielijnen/{i}.md" for i in sorted(gegevens.actielijnen)]
    pages += [f"initiatieven/{i}.md" for i in sorted(gegevens.initiatieven)]
    return found + [feed for feed in (page_feed(gegevens, page, feeds) for page in pages) if feed]


def moment(datum: str) -> datetime.datetime:
    return datetime.datetime.combine(datetime.date.fromisoformat(datum), datetime.time(0, 0), tzinfo=AMSTERDAM)


def entry_url(site_url: str, entry: Wijziging) -> str:
    return f"{site_url}{routes.WIJZIGINGEN}#{routes.wijziging_anchor(entry.id)}"


def entry_text(entry: Wijziging, names: dict[str, str], site_url: str) -> str:
    """What changed, in words and without internal ids; why; and where."""
    sentences = [entry.samenvatting.strip()]
    for change in entry.cijfers:
        name = amount_name(names, change.feit)
        name = name[:1].upper() + name[1:]
        if change.oud is None:
            sentences.append(f"{name} is nieuw: {_euros(change.nieuw)}.")
        elif change.nieuw is None:
            sentences.append(f"{name} vervalt (was {_euros(change.oud)}).")
        else:
            sentences.append(f"{name} gaat van {_euros(change.oud)} naar {_euros(change.nieuw)}.")
    sentences.append(f"Waarom: {entry.reden.strip()}")
    pages = ", ".join(site_url + routes.page_path(page) for page in entry.paginas)
    return " ".join(sentences) + f" Pagina's: {pages}"


def build_feed(feed: Volgfeed, log: tuple[Wijziging, ...], names: dict[str, str], site_url: str) -> FeedGenerator:
    entries = feed.entries(log)
    generator = FeedGenerator()
    page_url = site_url + (routes.WIJZIGINGEN if feed.feiten is None else routes.page_path(feed.page))
    generator.id(page_url)
    generator.title(feed.title)
    generator.subtitle("Elke wijziging van de cijfers en pagina's van de site, nieuwste eerst." if feed.feiten is None
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
        text = entry_text(entry, names, site_url)
        # RSS readers show <description> as HTML, Atom's summary and content are plain text.
        item.description(html.escape(text, quote=False))
        item.content(text)
        item.summary(text)
    return generator


def write_feeds(gegevens: Gegevens, site_url: str, site_dir: Path, feeds: Feeds = DEFAULT_FEEDS) -> None:
    names = amount_names(gegevens.begroting, gegevens.route)
    for feed in all_feeds(gegevens, feeds):
        generator = build_feed(feed, gegevens.wijzigingen, names, site_url)
        target = site_dir / feed.path
        target.parent.mkdir(parents=True, exist_ok=True)
        if feed.kind == "rss":
            generator.rss_file(str(target), pretty=True)
        else:
            generator.atom_file(str(target), pretty=True)


def _euros(value: int | None) -> str:
    return "—" if value is None else euro(value).replace("\u00a0", " ")
