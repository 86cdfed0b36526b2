"""RSS 2.0 and Atom feeds of the content changelog, built with feedgen.

Everything in the feeds comes from data/wijzigingen.yaml: dates are that day at
midnight in Europe/Amsterdam, and the channel's build date is the newest entry's,
so a fresh or shallow clone builds byte-identical feeds.
"""

from __future__ import annotations

import datetime
import html
from pathlib import Path
from zoneinfo import ZoneInfo

from feedgen.feed import FeedGenerator

from ..facts.changes import Wijziging
from ..formatting import urls as routes
from ..formatting.money import euro
from ..settings import Feeds

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
FEEDS = dict(Feeds().items())  # the paths are settings; see macros/settings.py
TITLE = "Wijzigingen: steunpakket sociaal en mentaal welzijn en leefstijl"


def moment(datum: str) -> datetime.datetime:
    return datetime.datetime.combine(datetime.date.fromisoformat(datum), datetime.time(0, 0), tzinfo=AMSTERDAM)


def entry_url(site_url: str, entry: Wijziging) -> str:
    return f"{site_url}{routes.WIJZIGINGEN}#{routes.wijziging_anchor(entry.id)}"


def build_feed(log: tuple[Wijziging, ...], site_url: str, self_path: str) -> FeedGenerator:
    feed = FeedGenerator()
    feed.id(site_url + routes.WIJZIGINGEN)
    feed.title(TITLE)
    feed.subtitle("Elke wijziging van de cijfers en pagina's van de site, nieuwste eerst.")
    feed.link(href=site_url + routes.WIJZIGINGEN, rel="alternate")
    feed.link(href=site_url + self_path, rel="self")
    feed.language("nl")
    feed.author({"name": "Redactie steunpakket-site"})
    feed.updated(moment(log[0].datum))
    feed.lastBuildDate(moment(log[0].datum))
    # feedgen adds entries to the front; add oldest first so the newest ends on top.
    for entry in reversed(log):
        item = feed.add_entry()
        item.id(entry_url(site_url, entry))
        item.guid(entry_url(site_url, entry), permalink=True)
        item.title(entry.titel)
        item.link(href=entry_url(site_url, entry))
        item.published(moment(entry.datum))
        item.updated(moment(entry.datum))
        pages = ", ".join(site_url + routes.page_path(page) for page in entry.paginas)
        changes = "; ".join(f"{c.feit}: {_euros(c.oud)} → {_euros(c.nieuw)}" for c in entry.cijfers)
        text = entry.samenvatting + (f" Gewijzigde bedragen: {changes}." if changes else "")
        # RSS readers show <description> as HTML, Atom's summary and content are plain text.
        item.description(html.escape(f"{text} Pagina's: {pages}", quote=False))
        item.content(f"{text} Pagina's: {pages}")
        item.summary(f"{text} Pagina's: {pages}")
    return feed


def write_feeds(log: tuple[Wijziging, ...], site_url: str, site_dir: Path) -> None:
    for kind, path in FEEDS.items():
        feed = build_feed(log, site_url, path)
        target = site_dir / path
        target.parent.mkdir(parents=True, exist_ok=True)
        if kind == "rss":
            feed.rss_file(str(target), pretty=True)
        else:
            feed.atom_file(str(target), pretty=True)


def _euros(value: int | None) -> str:
    return "—" if value is None else euro(value).replace("\u00a0", " ")
