"""What a reader expects of a public site, checked on the built HTML: nothing loaded from
other hosts, a strict Content-Security-Policy, security.txt, a Dutch 404, sitemap,
titles, descriptions and link previews, and a colofon and accessibility statement."""

from __future__ import annotations

import datetime
import re
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from bs4 import BeautifulSoup
from conftest import CONTACT, PUBLISHER, SITE_URL


def test_nothing_is_loaded_from_another_host(pages: dict[str, BeautifulSoup]) -> None:
    for name, soup in pages.items():
        for element in soup.select("script[src], img[src], source[src], iframe[src], link[href]"):
            url = element.get("src") or element.get("href")
            rel = element.get("rel") or []
            if "alternate" in rel or "canonical" in rel:
                continue  # links to this site's own feeds and address, not loaded
            assert not urlsplit(url).netloc, f"{name}: {element.name} loads {url}"
        for style in soup.select("style"):
            assert not re.search(r"url\(['\"]?https?:", style.get_text()), name


def test_stylesheets_load_no_fonts_from_elsewhere(site: Path) -> None:
    for css in site.rglob("*.css"):
        assert "fonts.googleapis" not in css.read_text("utf-8"), css
        assert not re.search(r"@import\s+url\(['\"]?https?:", css.read_text("utf-8")), css


def test_every_page_has_a_strict_content_security_policy(pages: dict[str, BeautifulSoup]) -> None:
    for name, soup in pages.items():
        meta = soup.find("meta", attrs={"http-equiv": "Content-Security-Policy"})
        assert meta is not None, name
        policy = dict(part.strip().split(" ", 1) for part in meta["content"].split(";"))
        assert policy["default-src"] == "'self'"
        assert "'unsafe-inline'" not in policy["script-src"] and "http" not in policy["script-src"], name
        first_script = soup.head.find("script")
        assert first_script is None or meta.sourceline <= first_script.sourceline, name


def test_security_txt(site: Path) -> None:
    text = (site / ".well-known/security.txt").read_text("utf-8")
    fields = dict(line.split(": ", 1) for line in text.strip().splitlines())
    assert fields["Contact"] == SITE_URL + "colofon/#fout-melden"
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}T00:00:00Z", fields["Expires"])
    expires = datetime.date.fromisoformat(fields["Expires"][:10])
    assert 0 < (expires - datetime.date.today()).days <= 366  # RFC 9116: less than a year ahead


def test_security_txt_expiry_does_not_follow_dates_in_the_data() -> None:
    from macros.output.security_txt import security_txt

    text = security_txt("https://steunpakket.example/", datetime.date(2026, 1, 1))
    assert "Expires: 2026-06-30T00:00:00Z" in text  # build day + 180 days, whatever the changelog says


def test_the_404_page_is_dutch(pages: dict[str, BeautifulSoup]) -> None:
    page = pages["404.html"]
    assert page.h1.get_text(strip=True) == "Pagina niet gevonden"
    assert page.select_one("a[href='/']") and not page.select(f"a[href^='{SITE_URL}']")


def test_sitemap_lists_every_page(site: Path, pages: dict[str, BeautifulSoup]) -> None:
    """Every page readers read; not the error page, not the pages on old addresses that send readers on."""
    sitemap = (site / "sitemap.xml").read_text("utf-8")
    for name, soup in pages.items():
        loc = f"<loc>{SITE_URL}{name.removesuffix('index.html')}</loc>"
        moved = soup.select_one('meta[http-equiv="refresh"]') is not None
        assert (loc in sitemap) == (name != "404.html" and not moved), name


def test_every_page_has_title_description_and_link_preview(pages: dict[str, BeautifulSoup]) -> None:
    for name, soup in pages.items():
        assert soup.title.get_text(strip=True), name
        description = soup.find("meta", attrs={"name": "description"})
        assert description and len(description["content"]) > 30, name
        og = {m["property"]: m["content"] for m in soup.select("meta[property^='og:']")}
        assert og["og:locale"] == "nl_NL" and og["og:title"] and og["og:description"], name
        if name != "404.html":
            assert og["og:url"].startswith(SITE_URL), name


def test_colofon_and_accessibility_statement(pages: dict[str, BeautifulSoup]) -> None:
    colofon = pages["colofon/index.html"]
    assert colofon.find(id="fout-melden") is not None
    assert "CC0" in colofon.get_text()
    statement = pages["toegankelijkheid/index.html"].get_text()
    for words in ("WCAG 2.1", "axe-core", "Bekende"):
        assert words in statement


def test_headings_are_in_order_on_every_page(pages: dict[str, BeautifulSoup]) -> None:
    for name, soup in pages.items():
        content = soup.select_one("article.md-content__inner")
        levels = [int(h.name[1]) for h in content.find_all(re.compile(r"^h[1-6]$"))]
        assert levels and levels[0] == 1, name
        for previous, current in zip(levels, levels[1:], strict=False):
            assert current <= previous + 1, f"{name}: h{previous} followed by h{current}"


def test_every_table_has_a_caption_and_header_cells(pages: dict[str, BeautifulSoup]) -> None:
    for name, soup in pages.items():
        for table in soup.select("article.md-content__inner table"):
            assert table.find("th"), name
            if table.find_parent(class_="tabel-wrapper"):
                assert table.caption and table.caption.get_text(strip=True), name


def test_publisher_and_contact_are_settings_shown_in_footer_and_security_txt(published_site: Path) -> None:
    colofon = (published_site / "colofon/index.html").read_text("utf-8")
    footer = BeautifulSoup(colofon, "html.parser").select_one("footer")
    assert f"een uitgave van {PUBLISHER}" in footer.get_text(" ", strip=True)
    assert footer.select_one(f"a[href='mailto:{CONTACT}']")
    lines = (published_site / ".well-known/security.txt").read_text("utf-8").splitlines()
    assert lines[0] == f"Contact: mailto:{CONTACT}"



def test_the_changelog_names_pages_by_their_titles(pages: dict[str, BeautifulSoup]) -> None:
    """A change's pages are linked by the title the reader sees on that page, not by a
    file name such as 'initiatieven/index'."""
    named = [a for p in pages["wijzigingen/index.html"].select("article p")
             if p.get_text().startswith("Pagina's") for a in p.find_all("a")]
    assert named
    for link in named:
        target = urljoin("https://x/wijzigingen/", link["href"]).removeprefix("https://x/").split("#")[0] + "index.html"
        title = pages[target].title.get_text().split(" - ")[0]
        assert link.get_text(strip=True) == ("Startpagina" if target == "index.html" else title), link["href"]
