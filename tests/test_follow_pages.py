"""Feeds for people: every "volgen" link leads to a Dutch page about that feed (what it covers,
its address with a copy button, how to use it in a feed reader or by e-mail), never to raw
XML; every feed carries a CSS stylesheet so that a feed opened in a browser is readable; an
actielijn's feed follows its initiatives. Expectations come from the page register and data/."""

from __future__ import annotations

import posixpath
import re
from pathlib import Path

import feedparser
import pytest
import yaml
from bs4 import BeautifulSoup
from conftest import ROOT, SITE_URL, EditedSite
from edits import add_entry
from playwright.sync_api import Browser
from project_copy import copy_project
from test_browser import base_url  # noqa: F401  (the built site, served once per run)

from macros.output.feeds import write_feeds
from macros.register.site import load_site

REGISTER = load_site(ROOT).paginas
FEEDS = REGISTER.soort("feed")
FEED_FILE = re.compile(r"\.(xml|atom)(#.*)?$")
STYLESHEET = re.compile(rb'^<\?xml [^>]*\?>\n<\?xml-stylesheet type="text/css" href="([^"]+)"\?>\n<(feed|rss)\b')


def test_every_feed_has_a_page_about_it(pages: dict[str, BeautifulSoup]) -> None:
    follow = REGISTER.soort("volgen")
    initiatives = {p.id for p in REGISTER.soort("initiatief")}
    assert {p.volgt for p in follow} | initiatives == {f.volgt for f in FEEDS}
    for pagina in follow:
        soup = pages[pagina.adres + "index.html"]
        feeds = REGISTER.feeds_of(pagina)
        assert feeds and soup.select_one("h1").get_text(strip=True).startswith(pagina.titel)
        for feed in feeds:
            assert_copyable(soup, feed.id)
        text = soup.select_one(".volgpagina").get_text(" ")
        assert "Deze feed bevat" in text and "feedlezer" in text and "een dienst die een feed per e-mail stuurt" in text
        if pagina.volgt is not None:  # the page it follows is one link away
            assert soup.select_one(f'.volgpagina a[href$="/{REGISTER[pagina.volgt].adres}"]'), pagina.id


def test_an_initiatives_page_explains_its_own_feed(pages: dict[str, BeautifulSoup]) -> None:
    """An initiative's feed is explained on its own page, in the section a "volgen" link leads
    to, with a link to the page that says how to follow a feed."""
    how = REGISTER.follow_page(None)
    for pagina in REGISTER.soort("initiatief"):
        soup = pages[pagina.adres + "index.html"]
        assert REGISTER.follow_address(pagina.id) == pagina.adres + "#volgen"
        section = soup.select_one("#volgen").find_parent(class_="volgblok")
        assert_copyable(section, REGISTER.feed_of(pagina.id).id)
        assert "Deze feed bevat" in section.get_text(" "), pagina.id
        assert section.select_one(f'a[href$="/{how.adres}"]'), pagina.id


def assert_copyable(soup: BeautifulSoup, feed_id: str) -> None:
    """The feed's full address is shown, with a button that copies it."""
    [code] = [c for c in soup.select(".feed-adres code") if c.get_text() == SITE_URL + feed_id]
    button = code.find_next_sibling("button")
    assert button["data-kopieer"] == code["id"] and button.get_text() == "Kopieer het adres"


def test_no_link_on_the_site_leads_to_raw_xml(pages: dict[str, BeautifulSoup]) -> None:
    """Readers who tap "volgen" land on a page in Dutch; only the head's link elements (for feed
    readers) point at the feed files."""
    for name, soup in pages.items():
        assert not [a["href"] for a in soup.select("a[href]") if FEED_FILE.search(a["href"])], name
        heads = [link["href"] for link in soup.select('link[rel~="feed"]')]
        assert heads and all(FEED_FILE.search(href) for href in heads), name


def test_every_volgen_link_leads_to_a_page_about_a_feed(pages: dict[str, BeautifulSoup]) -> None:
    follow = {"/" + p.adres for p in REGISTER.soort("volgen")}
    follow |= {"/" + p.adres + "#volgen" for p in REGISTER.soort("initiatief")}
    links = [("volgen/index.html", a) for a in pages["volgen/index.html"].select(".volgen a")]
    links += [("wijzigingen/index.html", a) for a in pages["wijzigingen/index.html"].select("#abonneren a")]
    links += [(name, a) for name, soup in pages.items() for a in soup.select(".eigen-feed a")]
    assert len(links) > len(REGISTER.soort("feed")) // 2
    for name, link in links:
        path, hash_, fragment = link["href"].partition("#")
        target = posixpath.normpath(posixpath.join("/" + posixpath.dirname(name), path)) + "/" + hash_ + fragment
        assert target in follow | {"/volgen/"}, (name, link["href"])


def test_the_section_about_a_feed_moves_with_the_initiative(edited_site: EditedSite) -> None:
    """An initiative renamed with a redirect: its page at the new address explains the feed at
    the new address, without the editor declaring anything more."""
    new = edited_site.site / "initiatieven" / f"{edited_site.renamed}-nieuw" / "index.html"
    soup = BeautifulSoup(new.read_text("utf-8"), "html.parser")
    section = soup.select_one("#volgen").find_parent(class_="volgblok")
    assert_copyable(section, f"feeds/initiatieven/{edited_site.renamed}-nieuw.atom")
    assert not (edited_site.site / "volgen" / "initiatieven").exists()


def test_every_feed_links_its_stylesheet_and_stays_valid(site: Path) -> None:
    css = site / "feeds" / "feed.css"
    assert css.is_file() and "::before" in css.read_text("utf-8")
    for feed in FEEDS:
        data = (site / feed.id).read_bytes()
        match = STYLESHEET.match(data)
        assert match, feed.id
        assert posixpath.normpath(posixpath.join(posixpath.dirname(feed.id), match.group(1).decode())) == \
            "feeds/feed.css"
        parsed = feedparser.parse(data)
        assert not parsed.bozo, (feed.id, parsed.bozo_exception)


def test_an_actielijn_feed_follows_a_change_of_one_of_its_initiatives(tmp_path: Path) -> None:
    """A changelog entry that names only an initiative's page, and no figure, reaches the feed of
    its actielijn, its own feed and the site's, and no other actielijn's feed."""
    project = copy_project(tmp_path / "project")
    initiatieven = {p.stem: yaml.safe_load(p.read_text("utf-8"))
                    for p in sorted((project / "data" / "initiatieven").glob("*.yaml"))}
    name, initiatief = next((n, i) for n, i in initiatieven.items()
                            if (project / "content" / "actielijnen" / f"{i['actielijn']}.md").is_file())
    add_entry(project, "alleen-een-initiatief", [], paginas=f"[initiatieven/{name}.md]")
    site = load_site(project)
    out = tmp_path / "site"
    write_feeds(site, SITE_URL, out)
    newest = "#wijziging-alleen-een-initiatief"

    def first_link(path: str) -> str:
        parsed = feedparser.parse((out / path).read_bytes())
        assert not parsed.bozo, parsed.bozo_exception
        return parsed.entries[0].link

    assert first_link(f"feeds/actielijnen/{initiatief['actielijn']}.atom").endswith(newest)
    assert first_link(f"feeds/initiatieven/{name}.atom").endswith(newest)
    assert first_link("feeds/wijzigingen.atom").endswith(newest)
    others = {i["actielijn"] for i in initiatieven.values()} - {initiatief["actielijn"]}
    assert others, "test needs a second actielijn"
    for other in others:
        if (out / "feeds" / "actielijnen" / f"{other}.atom").is_file():
            assert not first_link(f"feeds/actielijnen/{other}.atom").endswith(newest), other


@pytest.mark.browser
def test_the_copy_button_copies_the_feed_address(browser: Browser, base_url: str) -> None:  # noqa: F811
    first = sorted(p.stem for p in (ROOT / "data" / "actielijnen").glob("*.yaml"))[0]
    pagina = REGISTER.follow_page(f"actielijnen/{first}.md")
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    try:
        page = context.new_page()
        page.goto(base_url + pagina.adres, wait_until="load")
        button = page.locator("button[data-kopieer]")
        assert button.is_visible()
        button.click()
        page.wait_for_function("() => document.querySelector('.kopieer-melding').textContent !== ''")
        assert page.evaluate("() => navigator.clipboard.readText()") == SITE_URL + REGISTER.feeds_of(pagina)[0].id
        assert "Gekopieerd" in page.locator(".kopieer-melding").inner_text()
    finally:
        context.close()


@pytest.mark.browser
def test_a_feed_opened_in_a_browser_is_readable(browser: Browser, base_url: str) -> None:  # noqa: F811
    """Served as XML, the feed shows with the site's stylesheet: a Dutch explanation first."""
    page = browser.new_page()
    try:
        page.goto(base_url + "feeds/wijzigingen.xml", wait_until="load")
        before = page.evaluate("() => getComputedStyle(document.querySelector('channel'), '::before').content")
        assert "Dit is een feed" in before
        assert page.evaluate("() => getComputedStyle(document.querySelector('guid')).display") == "none"
    finally:
        page.close()
