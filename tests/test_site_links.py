"""The built site hangs together: Dutch, every internal link and citation resolves."""

from __future__ import annotations

import posixpath
from pathlib import Path
from urllib.parse import urlsplit

from bs4 import BeautifulSoup


def test_every_page_is_dutch(pages: dict[str, BeautifulSoup]) -> None:
    for name, soup in pages.items():
        assert soup.html.get("lang") == "nl", name


def resolve(page_name: str, href: str) -> tuple[str, str]:
    """The file and anchor an internal href points at, from the page page_name."""
    parts = urlsplit(href)
    base = posixpath.dirname(page_name)
    target = posixpath.normpath(posixpath.join(base, parts.path)) if parts.path else page_name
    if parts.path.endswith("/") or target in (".", "") or not posixpath.splitext(target)[1]:
        target = posixpath.join(target, "index.html") if target not in (".", "") else "index.html"
    return target, parts.fragment


def test_every_internal_link_and_anchor_resolves(site: Path, pages: dict[str, BeautifulSoup]) -> None:
    ids = {name: {element["id"] for element in soup.select("[id]")} for name, soup in pages.items()}
    checked = 0
    for name, soup in pages.items():
        if name == "404.html":  # its links are absolute to the site root by design of Material
            continue
        for anchor in soup.select("a[href]"):
            href = anchor["href"]
            if urlsplit(href).scheme or href.startswith(("mailto:", "//")):
                continue
            target, fragment = resolve(name, href)
            assert (site / target).is_file(), f"{name}: link {href!r} -> {target} does not exist"
            if fragment and target.endswith(".html"):
                assert fragment in ids[target], f"{name}: anchor {href!r} not found in {target}"
            checked += 1
    assert checked > 100


def test_every_citation_points_at_its_source(pages: dict[str, BeautifulSoup]) -> None:
    """A citation leads to its source: the source's own page (at the quote, where it has one),
    or its entry on the sources page; every source is on the sources page."""
    sources_page = pages["bronnen/index.html"]
    entries = {section["data-bron"] for section in sources_page.select("section.bron")}
    citations = [(name, a) for name, soup in pages.items() for a in soup.select("a[data-bron]")]
    assert len(citations) > 10
    for name, anchor in citations:
        bron = anchor["data-bron"]
        assert bron in entries, name
        path = anchor["href"].split("#")[0]
        assert path.endswith((f"bronnen/{bron}/", "bronnen/")) or (name == "bronnen/index.html" and path == ""), \
            (name, anchor["href"])


def test_every_budget_table_names_its_source(pages: dict[str, BeautifulSoup]) -> None:
    for name, soup in pages.items():
        for table in soup.select("table[data-tabel=begroting], table[data-tabel=overzicht]"):
            assert table.caption.select_one("a[data-bron]"), name


def test_what_rests_on_a_source_links_to_where_it_stands(pages: dict[str, BeautifulSoup]) -> None:
    """On the sources page, every 'Gebruikt voor' item is a link a reader can follow."""
    items = pages["bronnen/index.html"].select("ul.gebruikt-voor > li")
    assert len(items) > 20
    for item in items:
        assert item.select_one("a[href]") is not None, item.get_text()


def test_the_long_sources_page_has_a_table_of_contents(pages: dict[str, BeautifulSoup]) -> None:
    page = pages["bronnen/index.html"]
    targets = [a["href"].lstrip("#") for a in page.select("nav.bronnen-inhoud a")]
    assert targets == [section["id"] for section in page.select("section.bron")]
