"""Subscribers follow what they care about: a feed per actielijn and per initiative beside
the site's feeds, each entry saying in words what changed and why, each page linking its
own feed and saying when it or its figures last changed. Expectations come from data/."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import feedparser
import yaml
from bs4 import BeautifulSoup
from conftest import ROOT, EditedSite

from macros.facts.changes import Cijferwijziging, Wijziging
from macros.facts.provenance import Herkomst
from macros.formatting.dates import build_day
from macros.formatting.money import MILJOEN, euro
from macros.output.feeds import entry_text
from macros.register.figures import FORMER_FIGURE
from macros.register.site import load_site

SITE_URL = "https://steunpakket.example/"
INTERNAL_ID = re.compile(r"\b(regel|onderdeel|maatregel|route):[a-z0-9-]")
FOLDERS = ("actielijnen", "initiatieven")
REGISTER = load_site(ROOT).paginas


def ids(folder: str) -> list[str]:
    return sorted(path.stem for path in (ROOT / "data" / folder).glob("*.yaml"))


def changelog(root: Path = ROOT) -> list[dict]:
    return yaml.safe_load((root / "data" / "wijzigingen.yaml").read_text("utf-8"))["wijzigingen"]


def words(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split())


def test_every_actielijn_and_initiative_has_its_own_valid_atom_feed(site: Path) -> None:
    for folder in FOLDERS:
        assert ids(folder)
        for ident in ids(folder):
            feed = feedparser.parse((site / "feeds" / folder / f"{ident}.atom").read_bytes())
            assert not feed.bozo, (ident, feed.bozo_exception)
            assert feed.version == "atom10"
            assert feed.feed.link == f"{SITE_URL}{folder}/{ident}/"
            assert feed.entries, ident
            for entry in feed.entries:
                assert entry.link.startswith(f"{SITE_URL}wijzigingen/#wijziging-")


def test_each_page_links_its_own_feed_in_the_head(pages: dict[str, BeautifulSoup]) -> None:
    for folder in FOLDERS:
        for ident in ids(folder):
            soup = pages[f"{folder}/{ident}/index.html"]
            own = soup.select('link[type="application/atom+xml"]')
            assert [link["rel"] for link in own] == [["alternate", "feed"]] * 2
            assert own[-1]["href"] == f"{SITE_URL}feeds/{folder}/{ident}.atom"
            # The page's own "volgen" link leads to where its feed is explained; the head keeps the XML.
            follow = REGISTER.follow_address(f"{folder}/{ident}.md")
            assert soup.select_one(".eigen-feed a")["href"] == f"../../{follow}"
    # A page that is neither links only the site's feeds.
    assert len(pages["begroting/index.html"].select('link[rel~="alternate"][type]')) == 2


def test_the_rss_channel_links_to_the_changelog_page(site: Path) -> None:
    channel = ET.parse(site / "feeds" / "wijzigingen.xml").getroot().find("channel")
    assert channel.find("link").text == f"{SITE_URL}wijzigingen/"


def test_every_feed_entry_says_why_and_shows_no_internal_ids(site: Path) -> None:
    reasons = {f"{SITE_URL}wijzigingen/#wijziging-{e['id']}": words(e["reden"]) for e in changelog()}
    for path in sorted((site / "feeds").rglob("*")):
        if path.is_file():
            for entry in feedparser.parse(path.read_bytes()).entries:
                assert f"Waarom: {reasons[entry.link]}" in words(entry.summary), path
                assert not INTERNAL_ID.search(entry.summary + entry.title), (path, entry.summary)


def test_an_amount_change_is_told_in_words_old_to_new() -> None:
    site = load_site()
    regel = site.gegevens.begroting.regels[0]
    old, new = regel.bedrag, regel.bedrag + MILJOEN
    changes = (Cijferwijziging(f"regel:{regel.id}", old, new, Herkomst("x")),
               Cijferwijziging("regel:bestaat-niet-meer", 7_250_000, None, Herkomst("x")))
    entry = Wijziging("proef", build_day().isoformat(), "Proef", "Een proef.", "De bron noemt een ander bedrag.",
                      ("begroting.md",), changes, Herkomst("x"))
    text = words(entry_text(entry, site.cijfers, SITE_URL))
    assert f"{regel.naam}’ gaat van {words(euro(old))} naar {words(euro(new))}." in text
    assert f"{FORMER_FIGURE[0].upper()}{FORMER_FIGURE[1:]} vervalt (was {words(euro(7_250_000))})." in text
    assert "Waarom: De bron noemt een ander bedrag." in text
    assert not INTERNAL_ID.search(text), text


def laatst(soup: BeautifulSoup) -> str:
    return soup.select_one(".laatst-gewijzigd a")["href"].rpartition("#wijziging-")[2]


def test_a_figure_change_reaches_its_feeds_and_the_pages_that_show_it(edited_site: EditedSite) -> None:
    """The entry names only begroting.md, not the actielijn's page: the figures it lists
    must still reach that page, its feed and the pages of the initiatives on those lines."""
    site, project, move = edited_site.site, edited_site.project, edited_site.move
    feed = feedparser.parse((site / "feeds" / "actielijnen" / f"{move.actielijn}.atom").read_bytes())
    assert feed.entries[0].link.endswith("#wijziging-bedrag-verschoven")
    for change in move.cijfers:
        assert f"van {words(euro(change['oud']))} naar {words(euro(change['nieuw']))}" in words(feed.entries[0].summary)
    page = BeautifulSoup((site / "actielijnen" / move.actielijn / "index.html").read_text("utf-8"), "html.parser")
    assert laatst(page) == "bedrag-verschoven"
    assert page.select_one(".laatst-gewijzigd time")["datetime"] == build_day().isoformat()
    changed = {c["feit"] for c in move.cijfers}
    for path in sorted((project / "data" / "initiatieven").glob("*.yaml")):
        regel = yaml.safe_load(path.read_text("utf-8")).get("begrotingsregel")
        soup = BeautifulSoup((site / "initiatieven" / path.stem / "index.html").read_text("utf-8"), "html.parser")
        assert (laatst(soup) == "bedrag-verschoven") == (f"regel:{regel}" in changed), path.stem
    # A page that shows none of the changed amounts keeps its date.
    for path in sorted(site.rglob("index.html")):
        soup = BeautifulSoup(path.read_text("utf-8"), "html.parser")
        shown = {tag["data-ref"] for tag in soup.select("[data-ref]")}
        named = path.parent.name in ("begroting", "wijzigingen")  # named by the entry; the changelog itself
        if soup.select_one(".laatst-gewijzigd") and not shown & changed and not named:
            assert laatst(soup) != "bedrag-verschoven", path
