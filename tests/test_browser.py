"""The built site as a reader gets it, in headless Chromium (Debian's package):
no WCAG 2.0/2.1 A or AA violation on any page (axe-core), no request to another host,
no blocked script, Dutch search that finds what readers look for, and screenshots."""

from __future__ import annotations

import functools
import http.server
import json
import os
import threading
from collections.abc import Iterator
from pathlib import Path

import axe_playwright_python
import pytest
from conftest import ROOT
from playwright.sync_api import Browser, Page, sync_playwright

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
AXE_JS = Path(axe_playwright_python.__file__).parent / "axe.min.js"
ARTEFACTS = ROOT / "test-artefacten"
# As in the probe of this machine: without these, Chromium tries Google's services.
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="session")
def base_url(site: Path) -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(QuietHandler, directory=str(site)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    assert Path(CHROMIUM).is_file(), f"{CHROMIUM} ontbreekt: ./site-build.sh test installeert het pakket chromium"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def page_paths(site: Path) -> list[str]:
    return sorted(p.relative_to(site).as_posix().removesuffix("index.html")
                  for p in site.rglob("*.html") if p.name != "404.html")


@pytest.fixture(scope="session")
def visits(site: Path, base_url: str, browser: Browser) -> dict[str, dict]:
    """Load every page: requests, console errors and cookies as a reader's browser sees
    them; then axe-core, in a second context that lets the test inject axe past the CSP."""
    results = {}
    reader = browser.new_context(locale="nl-NL")
    auditors = {scheme: browser.new_context(locale="nl-NL", bypass_csp=True, color_scheme=scheme)
                for scheme in ("light", "dark")}
    for path in page_paths(site):
        page = reader.new_page()
        requests: list[str] = []
        errors: list[str] = []
        page.on("request", lambda request, found=requests: found.append(request.url))
        page.on("console", lambda message, found=errors: found.append(message.text)
                if message.type == "error" else None)
        page.goto(base_url + path, wait_until="networkidle")
        page.close()
        violations = []
        for scheme, auditor in auditors.items():  # light and dark: the theme follows the system
            audit = auditor.new_page()
            audit.goto(base_url + path, wait_until="networkidle")
            assert audit.evaluate("document.body.dataset.mdColorScheme") == \
                {"light": "default", "dark": "slate"}[scheme]
            audit.add_script_tag(path=str(AXE_JS))
            axe = audit.evaluate("""() => axe.run(document, {runOnly: {type: 'tag',
                values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})""")
            violations += [{**v, "id": f"{scheme}: {v['id']}"} for v in axe["violations"]]
            audit.close()
        results[path] = {"violations": violations, "requests": requests, "errors": errors,
                         "cookies": reader.cookies()}
    reader.close()
    for auditor in auditors.values():
        auditor.close()
    return results


def test_the_open_search_dialog_has_no_violations(browser: Browser, base_url: str) -> None:
    page = browser.new_context(bypass_csp=True).new_page()
    search(page, base_url, "Huis73")
    page.add_script_tag(path=str(AXE_JS))
    axe = page.evaluate("""() => axe.run(document, {runOnly: {type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})""")
    assert not [v["id"] for v in axe["violations"]]
    page.close()


def test_every_page_was_visited(site: Path, visits: dict[str, dict]) -> None:
    assert len(visits) == len(page_paths(site)) > 50


def test_no_wcag_a_or_aa_violation_on_any_page(visits: dict[str, dict]) -> None:
    problems = {
        path: [f"{v['id']}: {v['help']} ({len(v['nodes'])}x, {v['nodes'][0]['target']})" for v in visit["violations"]]
        for path, visit in visits.items() if visit["violations"]
    }
    assert not problems, json.dumps(problems, indent=1, ensure_ascii=False)


def test_no_request_leaves_the_site(visits: dict[str, dict], base_url: str) -> None:
    for path, visit in visits.items():
        outside = [url for url in visit["requests"] if not url.startswith((base_url, "data:", "blob:"))]
        assert not outside, f"{path}: {outside}"


def test_no_script_is_blocked_and_no_error_is_logged(visits: dict[str, dict]) -> None:
    for path, visit in visits.items():
        assert not visit["errors"], f"{path}: {visit['errors']}"


def test_no_cookies_are_set(visits: dict[str, dict]) -> None:
    assert all(not visit["cookies"] for visit in visits.values())


def search(page: Page, base_url: str, query: str) -> list[str]:
    page.goto(base_url, wait_until="networkidle")
    page.click("input.md-search__input")
    # Wait until the search index is loaded: the hint then asks the reader to type.
    page.wait_for_function("document.querySelector('.md-search-result__meta').textContent.includes('Typ')",
                           timeout=15_000)
    page.keyboard.type(query, delay=20)
    page.wait_for_selector(".md-search-result__item a", timeout=10_000)
    return [a.get_attribute("href") for a in page.query_selector_all(".md-search-result__item > a")]


@pytest.mark.parametrize(("query", "expected", "within"), [
    ("Huis73", "initiatieven/huis73/", 1),  # a name: the first hit
    ("Soest", "initiatieven/signaalpunt-eenzaamheid-soest/", 1),  # a municipality
    ("Winter Games", "initiatieven/winter-games/", 1),
    ("jongerenwerk", "actielijnen/jeugd/", 5),  # a budget line: among the first hits
    # A theme: many pages are about loneliness and those with it in their title rank
    # first; the actielijn that holds the theme must be among the results.
    ("eenzaamheid", "actielijnen/kwetsbare-groepen/", 20),
])
def test_search_in_dutch_lands_on_the_right_page(browser: Browser, base_url: str, query: str,
                                                  expected: str, within: int) -> None:
    page = browser.new_page()
    hits = search(page, base_url, query)
    page.close()
    top = [href.removeprefix(base_url).split("#")[0].split("?")[0] for href in hits[:within]]
    assert expected in top, f"{query}: {top}"


@pytest.mark.parametrize("width", [375, 1280])
@pytest.mark.parametrize("path", ["", "begroting/"])
def test_screenshots_at_phone_and_desktop_width(browser: Browser, base_url: str, path: str, width: int) -> None:
    ARTEFACTS.mkdir(exist_ok=True)
    page = browser.new_page(viewport={"width": width, "height": 900})
    page.goto(base_url + path, wait_until="networkidle")
    assert page.evaluate("document.documentElement.scrollWidth") <= width  # nothing sticks out sideways
    target = ARTEFACTS / f"{(path.strip('/') or 'home')}-{width}.png"
    page.screenshot(path=str(target), full_page=True)
    page.close()
    assert target.stat().st_size > 10_000


def test_the_budget_chart_and_csv_are_reachable_on_a_phone(browser: Browser, base_url: str) -> None:
    page = browser.new_page(viewport={"width": 375, "height": 800})
    page.goto(base_url, wait_until="networkidle")
    assert page.locator("figure.grafiek svg").first.bounding_box()["width"] <= 375
    page.goto(base_url + "begroting/", wait_until="networkidle")
    with page.expect_download() as download:
        page.click("a[href$='begroting.csv']")
    assert download.value.suggested_filename == "begroting.csv"
    page.close()


def test_the_initiatives_filter_narrows_the_list(browser: Browser, base_url: str) -> None:
    page = browser.new_page()
    page.goto(base_url + "initiatieven/", wait_until="networkidle")
    page.select_option("#filter-gemeente", "soest")
    visible = page.locator("#per-actielijn li[data-initiatief]:visible")
    assert visible.count() == 1
    assert visible.first.get_attribute("data-initiatief") == "signaalpunt-eenzaamheid-soest"
    assert page.locator("#filter-aantal").inner_text() == "1 initiatief gevonden"
    assert not page.locator("#per-gemeente").is_visible()
    page.select_option("#filter-gemeente", "")
    page.select_option("#filter-niveau", "landelijk")
    assert page.locator("#per-actielijn li[data-initiatief]:visible").count() > 10
    page.close()
