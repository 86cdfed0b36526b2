"""An initiative's page on paper (the browser's print rendering): the site's name and the
page's address above it, the day it last changed, and the address of every source it names
(a link cannot be followed on paper); no menu, search, breadcrumbs, footer or links to
follow the page. On screen the added lines stay hidden.

The addresses come from data/ (plain PyYAML) and the page register."""

from __future__ import annotations

import pytest
import yaml
from conftest import ROOT, SITE_URL
from playwright.sync_api import Browser
from test_browser import base_url  # noqa: F401  (the built site, served once per run)

from macros.register.site import load_site

pytestmark = pytest.mark.browser

SITE_NAME = yaml.safe_load((ROOT / "mkdocs.yml").read_text("utf-8"))["site_name"]
BRONNEN = {path.stem: yaml.safe_load(path.read_text("utf-8"))
           for path in sorted((ROOT / "data/bronnen").glob("*.yaml"))}
INITIATIEVEN = load_site(ROOT).paginas.soort("initiatief")
CLUTTER = (".md-header", ".md-sidebar", ".md-search", ".md-path", ".md-footer", ".eigen-feed", ".initiatief-navigatie")


def source_addresses(page_id: str) -> set[str]:
    data = yaml.safe_load((ROOT / "data" / page_id.replace(".md", ".yaml")).read_text("utf-8"))
    return {BRONNEN[b["document"]].get("adres") or "geen openbaar adres bekend" for b in data["bronnen"]}


def test_an_initiative_prints_with_site_address_date_and_sources(browser: Browser, base_url: str) -> None:  # noqa: F811
    page = browser.new_page(viewport={"width": 800, "height": 1100})
    missing = {}
    for pagina in INITIATIEVEN:
        page.emulate_media(media="screen")
        page.goto(base_url + pagina.adres, wait_until="load")
        on_screen = page.locator("article.md-content__inner").inner_text()
        page.emulate_media(media="print")
        printed = " ".join(page.locator("body").inner_text().split())
        shown_date = page.locator("p.laatst-gewijzigd time").inner_text()
        expected = {SITE_NAME, SITE_URL + pagina.adres, f"Laatst gewijzigd: {shown_date}",
                    *source_addresses(pagina.id)}
        lacking = [text for text in expected if text not in printed]
        clutter = [selector for selector in CLUTTER if page.locator(selector).first.is_visible()]
        on_screen_extra = [text for text in (SITE_URL + pagina.adres, "adres: ") if text in on_screen]
        if lacking or clutter or on_screen_extra:
            missing[pagina.id] = {"not printed": lacking, "printed clutter": clutter,
                                  "shown on screen": on_screen_extra}
    page.close()
    assert INITIATIEVEN and missing == {}
