"""The filter of the initiatives overview in a real browser: it narrows the one list,
keeps every count right, says so when nothing matches, resets, moves nothing after
load, and without JavaScript the whole list shows.

What each choice must show is worked out here from data/initiatieven/, read with plain
PyYAML, not from the page."""

from __future__ import annotations

import itertools

import pytest
import yaml
from conftest import ROOT
from playwright.sync_api import Browser, Page, expect
from test_browser import SCHEMES, base_url, run_axe  # noqa: F401  (base_url: the built site, served once per run)

pytestmark = pytest.mark.browser

INITIATIEVEN = {path.stem: yaml.safe_load(path.read_text("utf-8"))
                for path in sorted((ROOT / "data" / "initiatieven").glob("*.yaml"))}
GEMEENTEN = sorted({g for i in INITIATIEVEN.values() for g in i.get("gemeenten", [])})
ACTIELIJNEN = sorted({i["actielijn"] for i in INITIATIEVEN.values()})
NIVEAUS = sorted({i["niveau"] for i in INITIATIEVEN.values()})
ITEMS = "#initiatieven-lijst li[data-initiatief]"
FINANCIERINGEN = sorted({i["financiering"]["status"] for i in INITIATIEVEN.values()})
# Every layout shift since load that the reader did not cause (Cumulative Layout Shift),
# counted from the page's start; read again after a while.
WATCH_LAYOUT_SHIFT = """() => {
  window.layoutShift = 0;
  new PerformanceObserver(list => {
    for (const entry of list.getEntries()) { if (!entry.hadRecentInput) { window.layoutShift += entry.value; } }
  }).observe({type: "layout-shift", buffered: true});
}"""


def expected(actielijn: str = "", niveau: str = "", gemeente: str = "", financiering: str = "") -> set[str]:
    return {stem for stem, i in INITIATIEVEN.items()
            if (not actielijn or i["actielijn"] == actielijn) and (not niveau or i["niveau"] == niveau)
            and (not gemeente or gemeente in i.get("gemeenten", []))
            and (not financiering or i["financiering"]["status"] == financiering)}


def open_overview(browser: Browser, url: str, width: int = 390) -> Page:
    page = browser.new_page(viewport={"width": width, "height": 800})
    page.goto(url + "initiatieven/", wait_until="load")
    return page


def choose(page: Page, actielijn: str = "", niveau: str = "", gemeente: str = "", financiering: str = "") -> None:
    page.select_option("#filter-financiering", financiering)
    page.select_option("#filter-actielijn", actielijn)
    page.select_option("#filter-niveau", niveau)
    if gemeente:
        page.select_option("#filter-gemeente", label=gemeente)
    else:
        page.select_option("#filter-gemeente", "")


def visible(page: Page) -> list[str]:
    return page.locator(ITEMS + ":visible").evaluate_all("items => items.map(item => item.dataset.initiatief)")


def assert_shows(page: Page, wanted: set[str]) -> None:
    """The list shows exactly `wanted`, and the result line, the heading and every group's
    heading count them."""
    shown = visible(page)
    assert sorted(shown) == sorted(wanted)
    found = page.locator("#filter-aantal").inner_text()
    if not wanted:
        assert found == "Geen initiatieven gevonden."
    else:
        assert found == f"{len(wanted)} {'initiatief' if len(wanted) == 1 else 'initiatieven'} gevonden"
    assert page.locator("#initiatieven-lijst > h2 .aantal").inner_text() == f"({len(wanted)} van {len(INITIATIEVEN)})"
    for status in FINANCIERINGEN:
        group = page.locator(f"section#financiering-{status}")
        in_group = {stem for stem in wanted if INITIATIEVEN[stem]["financiering"]["status"] == status}
        assert group.is_visible() == bool(in_group), status
        if in_group:
            assert group.locator("h3 .aantal").inner_text() == f"({len(in_group)})", status
    assert not page.locator("#per-gemeente").is_visible()  # its links would lead to hidden items


def assert_shows_all(page: Page) -> None:
    # A reset applies in the task after the event (only then do the fields hold their new
    # values): wait for the heading to count everything again, then check it all.
    expect(page.locator("#initiatieven-lijst > h2 .aantal")).to_have_text(f"({len(INITIATIEVEN)})")
    assert sorted(visible(page)) == sorted(INITIATIEVEN)
    assert page.locator("#filter-aantal").inner_text() == ""
    assert page.locator("#initiatieven-lijst > h2 .aantal").inner_text() == f"({len(INITIATIEVEN)})"
    for status in FINANCIERINGEN:
        count = len(expected(financiering=status))
        assert page.locator(f"section#financiering-{status} h3 .aantal").inner_text() == f"({count})"
    assert not page.locator("#filter-geen").is_visible()
    assert page.locator("#per-gemeente").is_visible()
    for field in ("financiering", "actielijn", "niveau", "gemeente"):
        assert page.locator(f"#filter-{field}").input_value() == ""


def test_the_initiatives_filter_narrows_the_list(browser: Browser, base_url: str) -> None:  # noqa: F811
    page = open_overview(browser, base_url)
    assert_shows_all(page)
    for gemeente in GEMEENTEN:
        choose(page, gemeente=gemeente)
        assert_shows(page, expected(gemeente=gemeente))
    for actielijn, niveau in itertools.product(ACTIELIJNEN, NIVEAUS):
        choose(page, actielijn, niveau)
        assert_shows(page, expected(actielijn, niveau))
    for financiering, actielijn in itertools.product(FINANCIERINGEN, ["", *ACTIELIJNEN]):
        choose(page, actielijn, financiering=financiering)
        assert_shows(page, expected(actielijn, financiering=financiering))
    page.close()


def test_the_reset_button_shows_the_whole_list_again(browser: Browser, base_url: str) -> None:  # noqa: F811
    page = open_overview(browser, base_url)
    choose(page, ACTIELIJNEN[0], gemeente=GEMEENTEN[0])
    assert_shows(page, expected(ACTIELIJNEN[0], gemeente=GEMEENTEN[0]))
    page.click("#initiatieven-filter button[type=reset]")
    assert_shows_all(page)
    page.close()


def empty_choice() -> tuple[str, str, str]:
    """A choice of actielijn, level and municipality that no initiative in the data fits."""
    combinations = itertools.product(ACTIELIJNEN, NIVEAUS, GEMEENTEN)
    empty = next((c for c in combinations if not expected(*c)), None)
    assert empty, "the data has an initiative for every combination: no empty result to test"
    return empty


def test_no_results_says_so_and_offers_a_reset(browser: Browser, base_url: str) -> None:  # noqa: F811
    empty = empty_choice()
    page = open_overview(browser, base_url)
    choose(page, *empty)
    assert_shows(page, set())
    message = page.locator("#filter-geen")
    assert message.is_visible()
    assert "Geen initiatief" in message.inner_text()
    message.get_by_role("button", name="Filter wissen").click()
    assert_shows_all(page)
    # The reader's button is gone with the message: the focus goes back to the form.
    assert page.evaluate("document.activeElement.id") == "filter-financiering"
    page.close()


@pytest.mark.parametrize("scheme", SCHEMES)
def test_the_filter_with_no_results_is_accessible(browser: Browser, base_url: str, scheme: str) -> None:  # noqa: F811
    """Both reset buttons and the message are on screen, in the reader's colour scheme."""
    context = browser.new_context(locale="nl-NL", color_scheme=scheme)
    page = context.new_page()
    page.goto(base_url + "initiatieven/", wait_until="load")
    choose(page, *empty_choice())
    assert page.locator("#filter-geen").is_visible()
    assert not [f"{v['id']}: {[n['target'] for n in v['nodes']]}" for v in run_axe(page)]
    context.close()


def test_the_filter_moves_nothing_after_load(browser: Browser, base_url: str) -> None:  # noqa: F811
    """At a phone's and a desktop's width, watched side by side for 1.5 s after load."""
    pages = {width: open_overview(browser, base_url, width) for width in (320, 390, 1280)}
    for width, page in pages.items():
        assert page.locator("#initiatieven-filter").is_visible(), width
        page.evaluate(WATCH_LAYOUT_SHIFT)
    pages[1280].wait_for_timeout(1500)
    for width, page in pages.items():
        shift = page.evaluate("window.layoutShift")
        assert shift < 0.01, f"layout shift {shift:.3f} at {width} px"
        assert page.evaluate("document.documentElement.scrollWidth") <= width  # the list never scrolls sideways
        page.close()


def test_without_javascript_the_whole_list_shows(browser: Browser, base_url: str) -> None:  # noqa: F811
    context = browser.new_context(java_script_enabled=False, viewport={"width": 390, "height": 800})
    page = context.new_page()
    page.goto(base_url + "initiatieven/", wait_until="load")
    assert not page.locator("#initiatieven-filter").is_visible()
    assert sorted(visible(page)) == sorted(INITIATIEVEN)
    assert page.locator("#per-gemeente").is_visible()
    context.close()
