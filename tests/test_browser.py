"""The built site as a reader gets it, in a headless Chromium-family browser (see
tests/chromium.py): no WCAG 2.0/2.1/2.2 A or AA violation on any page in light and dark
mode (axe-core), every landmark named apart, tap targets in the header, breadcrumbs and
footer of at least 24 x 24 px at 320 and 390 px, no request to another host, no blocked
script or logged error, no cookie, Dutch search that finds what readers look for, and
screenshots.

Every test here is marked `browser`; `-m "not browser"` skips them for a fast loop."""

from __future__ import annotations

import contextlib
import functools
import io
import json
import struct
from collections.abc import Iterator
from pathlib import Path

import axe_playwright_python
import pytest
from conftest import ROOT
from local_server import QuietHandler
from local_server import served as serve
from playwright.sync_api import Browser, Page

from macros.register.site import load_site

pytestmark = pytest.mark.browser

AXE_JS = Path(axe_playwright_python.__file__).parent / "axe.min.js"
# The test server also serves axe-core here: a same-origin script passes the site's CSP
# unchanged, and the browser caches and compiles it once instead of once per page.
AXE_URL_PATH = "/_test/axe.min.js"
AXE_TAGS = "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']"
# And one rule axe files under best practice, not under a WCAG criterion: two landmarks with
# one name (the menu's section "Over deze site" and a footer of that name) cannot be told
# apart by a screen-reader user who jumps between landmarks. No rule is switched off.
AXE_RULES = "{'landmark-unique': {enabled: true}}"
# First a lean run: the same rules, but without the HTML and selectors of the elements it
# reports (a third of axe's time on these pages). Only when it finds a violation does a
# second run collect those details, for the failure message.
AXE_RUN_LEAN = """() => { axe.configure({noHtml: true});
  return axe.run(document, {runOnly: {type: 'tag', values: TAGS}, rules: RULES, resultTypes: ['violations'],
                            selectors: false, ancestry: false, xpath: false}); }""".replace(
    "TAGS", AXE_TAGS).replace("RULES", AXE_RULES)
AXE_RUN = """() => { axe.configure({noHtml: false});
  return axe.run(document, {runOnly: {type: 'tag', values: TAGS}, rules: RULES,
                            resultTypes: ['violations']}); }""".replace("TAGS", AXE_TAGS).replace("RULES", AXE_RULES)
# axe parses the same few CSS colour strings thousands of times per page, a sixth of the
# audit's processor time here: remember each parse. Same colours, same results (a test
# compares all of axe's results with and without).
AXE_REMEMBER_COLOURS = """() => {
  const Color = axe.commons.color.Color, parse = Color.prototype.parseString, seen = new Map();
  Color.prototype.parseString = function (text) {
    const known = seen.get(text);
    if (known) { [this.r, this.g, this.b, this.alpha] = known; return this; }
    parse.call(this, text);
    seen.set(text, [this.r, this.g, this.b, this.alpha]);
    return this;
  };
}"""
SCHEMES = {"light": "default", "dark": "slate"}  # the theme follows the system: reader's scheme -> Material's
DEFAULT_VIEWPORT = {"width": 1280, "height": 720}  # Playwright's own default for a new tab


REGISTER = load_site(ROOT).paginas
# Every page readers read, as the page register knows them: one per Markdown file in content/,
# one per initiative and one per source. (The pages on old addresses send the reader on at once.)
PAGES = sorted(p.adres for p in REGISTER.pages())
MOVED = sorted(p.adres for p in REGISTER.soort("omleiding"))


class SiteHandler(QuietHandler):
    """The site, and axe-core beside it (see AXE_URL_PATH)."""

    def translate_path(self, path: str) -> str:
        return str(AXE_JS) if path == AXE_URL_PATH else super().translate_path(path)


SEARCH_INDEX = "/search/search_index.json"


@functools.cache
def index_without_documents(site: Path) -> bytes:
    """The site's search index with its configuration and no pages, read once per site."""
    index = json.loads((site / SEARCH_INDEX.lstrip("/")).read_bytes())
    return json.dumps({**index, "docs": []}).encode()


class WithoutSearchDocuments(SiteHandler):
    """The site with a search index that lists no pages. On every page load the theme's
    search worker builds the whole index, a seventh of the sweep's processor time, for a
    search nobody does there; with this index the worker still starts and loads its scripts
    under the site's CSP. The search tests use the real index and watch it for errors."""

    def send_head(self):  # noqa: ANN201  (the standard library's own signature)
        if self.path.split("?")[0] != SEARCH_INDEX:
            return super().send_head()
        body = index_without_documents(Path(self.directory))
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)


def served(folder: Path, handler: type[SiteHandler] = SiteHandler) -> contextlib.AbstractContextManager[str]:
    """A built site on a local address only, for as long as the block runs."""
    return serve(folder, handler)


@pytest.fixture(scope="session")
def base_url(site: Path) -> Iterator[str]:
    """The built site, for every browser test that does not search (see WithoutSearchDocuments)."""
    with served(site, WithoutSearchDocuments) as url:
        yield url


@pytest.fixture(scope="session")
def search_url(site: Path) -> Iterator[str]:
    """The built site with its whole search index, for the tests that search."""
    with served(site) as url:
        yield url


@pytest.fixture(scope="session")
def reader(browser: Browser) -> Iterator[Page]:
    """A reader's browser tab with the site's CSP in force, kept open for the whole sweep:
    each page is a new navigation, without the cost of a new tab."""
    context = browser.new_context(locale="nl-NL", color_scheme="light")
    # Each page as on a first visit: the theme remembers the switch to dark (see visit) in
    # localStorage, which would otherwise open the next page dark.
    context.add_init_script("localStorage.clear()")
    yield context.new_page()
    context.close()


def add_axe(page: Page) -> None:
    if not page.evaluate("typeof axe === 'object'"):  # once per page: later runs reuse its compiled code
        origin = page.url.split("/", 3)[:3]
        page.add_script_tag(url="/".join(origin) + AXE_URL_PATH)
        page.evaluate(AXE_REMEMBER_COLOURS)


def run_axe(page: Page) -> list[dict]:
    """axe-core's WCAG 2.0/2.1 A and AA violations on the page, each with its elements."""
    add_axe(page)
    if not page.evaluate(AXE_RUN_LEAN)["violations"]:
        return []
    return page.evaluate(AXE_RUN)["violations"]


def axe_problems(page: Page) -> list[str]:
    return [f"{v['id']}: {v['help']} ({len(v['nodes'])}x, {v['nodes'][0]['target']})" for v in run_axe(page)]


def shown_scheme(page: Page, scheme: str) -> list[str]:
    shown = page.evaluate("document.body.dataset.mdColorScheme")
    return [] if shown == SCHEMES[scheme] else [f"{shown} instead of {SCHEMES[scheme]}"]


def switch_to_dark(page: Page) -> None:
    """What a reader does who prefers dark: the system says so and the page follows the
    theme's own switch ("Donkere weergave"). Same page, so axe runs again on warm code."""
    page.emulate_media(color_scheme="dark")
    page.click("label[for='__palette_1']")


def visit(page: Page, base_url: str, path: str) -> dict[str, list[str]]:
    """Load one page as a reader, audit it in light mode, switch it to dark mode and audit
    it again: what is wrong, by kind."""
    requests: list[str] = []
    errors: list[str] = []
    on_request = lambda request: requests.append(request.url)  # noqa: E731
    on_console = lambda message: errors.append(message.text) if message.type == "error" else None  # noqa: E731
    page.on("request", on_request)
    page.on("console", on_console)
    page.emulate_media(color_scheme="light")
    page.set_viewport_size(DEFAULT_VIEWPORT)  # the audit of the previous page left it narrow
    response = page.goto(base_url + path, wait_until="load")
    served_ok = response is not None and response.ok
    found = {
        "page not served": [] if served_ok else [f"HTTP {response.status if response else '-'}"],
        "light: colour scheme": shown_scheme(page, "light"),
        "light: WCAG A/AA violations (axe)": axe_problems(page),
    }
    switch_to_dark(page)
    found["dark: colour scheme"] = shown_scheme(page, "dark")
    found["dark: WCAG A/AA violations (axe)"] = axe_problems(page)
    found["layout at 320, 390 and 1280 px"] = layout_problems(page)
    page.remove_listener("request", on_request)
    page.remove_listener("console", on_console)
    found["requests to another host"] = [u for u in requests if not u.startswith((base_url, "data:", "blob:"))]
    found["blocked scripts or logged errors"] = errors
    found["cookies set"] = [f"{c['name']} ({c['domain']})" for c in page.context.cookies()]
    page.context.clear_cookies()
    return found


# What a reader on a phone or a desktop must never meet: a page that scrolls sideways, or a
# chart label or value that runs out of its chart. Measured after a resize, without reloading.
LAYOUT_JS = """() => {
  const found = [];
  const doc = document.documentElement;
  if (doc.scrollWidth > window.innerWidth) found.push(`page is ${doc.scrollWidth} px wide`);
  // A stacked table on a phone labels each cell ("Bedrag: …"): never a label with nothing after it.
  for (const cell of document.querySelectorAll("article td")) {
    const label = getComputedStyle(cell, "::before").content;
    if (cell.offsetParent && !cell.textContent.trim() && label !== "none" && label !== "normal") {
      found.push(`label ${label} without a value in a table`);
    }
  }
  for (const crumb of document.querySelectorAll(".md-path, .md-path .md-ellipsis")) {
    const words = crumb.innerText.trim();  // as rendered: runs of white space are one
    if (crumb.scrollWidth > crumb.clientWidth + 1) found.push(`breadcrumb '${words}' is cut off`);
  }
  for (const svg of document.querySelectorAll("figure.grafiek svg")) {
    const box = svg.getBoundingClientRect();
    for (const text of svg.querySelectorAll("text")) {
      const r = text.getBoundingClientRect();
      if (r.right > box.right + 1 || r.left < box.left - 1) {
        found.push(`chart text '${text.textContent}' leaves its chart`);
      }
    }
  }
  return found;
}"""
WIDTHS = (320, 390, 1280)
# WCAG 2.2 2.5.8 (target size) for every link and button of the header, the breadcrumbs
# and the footer: at least 24 x 24 px, or so far from the others that a 24 px circle on its
# centre meets no other target and no other small target's circle. (axe's own rule runs at
# the sweep's desktop width; this one on the phone widths, where crumbs and footer links wrap.)
TARGETS_JS = """() => {
  const targets = [...document.querySelectorAll(".md-header a, .md-header button, .md-header label[for], " +
      ".md-path a, .md-footer a, .md-footer button")]
    .map(element => ({element, box: element.getBoundingClientRect()}))
    .filter(({element, box}) => box.width > 0 && box.height > 0 && getComputedStyle(element).pointerEvents !== "none"
      && element.checkVisibility({opacityProperty: true, visibilityProperty: true}));
  const small = targets.filter(({box}) => box.width < 23.5 || box.height < 23.5);
  const centre = box => [box.left + box.width / 2, box.top + box.height / 2];
  const near = (c, box) => Math.hypot(Math.max(box.left - c[0], 0, c[0] - box.right),
                                      Math.max(box.top - c[1], 0, c[1] - box.bottom)) < 12;
  const apart = (a, b) => !a.element.contains(b.element) && !b.element.contains(a.element);
  return small.filter(t => targets.some(o => o !== t && apart(o, t) && near(centre(t.box), o.box)) ||
                           small.some(o => o !== t && Math.hypot(centre(o.box)[0] - centre(t.box)[0],
                                                                  centre(o.box)[1] - centre(t.box)[1]) < 24))
    .map(({element, box}) => `tap target '${(element.innerText || element.getAttribute("aria-label") || "").trim()}' ` +
                             `is ${Math.round(box.width)} x ${Math.round(box.height)} px, close to another`);
}"""


def layout_problems(page: Page) -> list[str]:
    """The layout does not depend on the colour scheme: measured once, last (the next page
    starts at the default width again)."""
    problems = []
    # The theme animates its menus when the width changes; measure the settled layout.
    page.add_style_tag(content="*, *::before, *::after { transition: none !important; animation: none !important; }")
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": 900})
        page.evaluate("() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))")
        problems += [f"{width} px: {problem}" for problem in page.evaluate(LAYOUT_JS)]
        if width < 1000:
            problems += [f"{width} px: {problem}" for problem in page.evaluate(TARGETS_JS)]
    return problems


def test_every_page_was_visited(site: Path) -> None:
    """The sweep below visits the pages the sources call for; the built site must have
    exactly those (a page built from elsewhere would go unchecked)."""
    built = sorted(p.relative_to(site).as_posix().removesuffix("index.html")
                   for p in site.rglob("*.html") if p.name != "404.html")
    assert built == sorted(PAGES + MOVED)
    assert len(PAGES) > 50


@pytest.mark.parametrize("path", PAGES)
def test_every_page_is_accessible_private_and_error_free(reader: Page, base_url: str, path: str) -> None:
    """In light and dark mode: no WCAG A/AA violation (axe-core), no request to another
    host, no blocked script or console error, no cookie, and the matching colour scheme."""
    problems = {kind: found for kind, found in visit(reader, base_url, path).items() if found}
    assert not problems, json.dumps(problems, indent=1, ensure_ascii=False)


def test_the_audit_reports_a_planted_violation_with_its_element(reader: Page, base_url: str) -> None:
    """The lean first axe run must not hide anything, nor the second run on a page switched
    to dark: plant three violations there and see each reported, with the element that has it."""
    page = reader
    page.emulate_media(color_scheme="light")
    page.goto(base_url + "begroting/", wait_until="load")
    assert run_axe(page) == []
    switch_to_dark(page)
    assert shown_scheme(page, "dark") == []
    page.evaluate("""() => {
      const article = document.querySelector("article");
      article.insertAdjacentHTML("beforeend", '<img id="geplant-beeld" src="data:,">');
      article.insertAdjacentHTML("beforeend", '<p id="geplant-grijs" style="color:#333;background:#222">grijs</p>');
      article.insertAdjacentHTML("beforeend", '<nav id="geplant-kruimelpad" aria-label="Kruimelpad"></nav>');
    }""")
    found = {v["id"]: [node["target"] for node in v["nodes"]] for v in run_axe(page)}
    assert found.get("image-alt") == [["#geplant-beeld"]]
    assert ["#geplant-grijs"] in found.get("color-contrast", [])
    assert found.get("landmark-unique") in ([[".md-path"]], [["#geplant-kruimelpad"]])  # one of the two named alike


def test_the_tap_target_check_reports_a_small_crumb_next_to_another(reader: Page, base_url: str) -> None:
    """The measurement of the sweep, on a page whose breadcrumbs are made small again as
    Material draws them (16 px high) and wrapped onto two lines: a crumb too near another."""
    page = reader
    page.set_viewport_size({"width": 320, "height": 900})
    deepest = max((p for p in PAGES if p.startswith("initiatieven/") and p != "initiatieven/"),
                  key=lambda p: len(REGISTER[p.removesuffix("/") + ".md"].titel))
    page.goto(base_url + deepest, wait_until="load")
    assert page.evaluate(TARGETS_JS) == []
    page.add_style_tag(content=".md-path__link { min-height: 0 !important; } .md-path__list { gap: 0 !important; }"
                               ".md-path .md-ellipsis { line-height: 1 !important; } .md-path { width: 5em; }")
    assert any("tap target" in problem for problem in page.evaluate(TARGETS_JS))


AXE_ALL_RESULTS = """() => axe.run(document, {runOnly: {type: 'tag', values: TAGS}})
  .then(r => JSON.stringify([r.violations, r.passes, r.incomplete]))""".replace("TAGS", AXE_TAGS)


def test_remembered_colours_give_the_same_audit(browser: Browser, base_url: str) -> None:
    """Every result of axe (violations, passes, doubtful cases, with their colours and
    elements) is the same with the remembered colour parses as without, on the page
    with the most colours (the budget, with its chart), in dark mode."""
    context = browser.new_context(locale="nl-NL", color_scheme="dark")
    page = context.new_page()
    page.goto(base_url + "begroting/", wait_until="load")
    page.add_script_tag(url=base_url + AXE_URL_PATH.lstrip("/"))
    plain = page.evaluate(AXE_ALL_RESULTS)
    page.evaluate(AXE_REMEMBER_COLOURS)
    remembered = page.evaluate(AXE_ALL_RESULTS)
    context.close()
    assert '"color-contrast"' in plain and '"fgColor"' in plain
    assert remembered == plain


def open_menu(page: Page) -> None:
    """The navigation drawer as a phone reader opens it, with the menu button."""
    page.set_viewport_size({"width": 390, "height": 800})
    page.click("label.md-header__button[for='__drawer']")
    page.locator("nav.md-nav--primary").first.wait_for(state="visible")
    assert page.is_checked("#__drawer")


@pytest.mark.parametrize("scheme", SCHEMES)
def test_the_open_search_and_menu_have_no_violations(browser: Browser, search_url: str, scheme: str) -> None:
    """What the theme shows only after a click (the search dialog with results, the phone
    menu) is audited too, in both colour schemes: one after the other, as a reader does."""
    context = browser.new_context(locale="nl-NL", color_scheme=scheme)
    page = context.new_page()
    open_search(page, search_url)
    search(page, "Huis73")
    assert page.evaluate("document.body.dataset.mdColorScheme") == SCHEMES[scheme]
    violations = {"zoekvenster": axe_problems(page)}
    page.keyboard.press("Escape")
    assert not page.is_checked("#__search")
    open_menu(page)
    violations["menu op een telefoon"] = axe_problems(page)
    context.close()
    assert violations == {"zoekvenster": [], "menu op een telefoon": []}


def open_search(page: Page, base_url: str) -> None:
    page.goto(base_url, wait_until="load")
    page.click("input.md-search__input")
    # Wait until the search index is loaded: the hint then asks the reader to type.
    # A locator, not wait_for_function: polling a string predicate needs eval, which the
    # site's CSP forbids. The timeouts are upper bounds, not pauses: the machine may be busy.
    page.locator(".md-search-result__meta", has_text="Typ").wait_for(state="attached", timeout=60_000)


def search(page: Page, query: str) -> list[str]:
    """What the open search dialog lists for query, in order."""
    page.fill("input.md-search__input", "")
    page.keyboard.type(query)
    page.wait_for_selector(".md-search-result__item a", timeout=30_000)
    for _ in range(3):  # the theme shows ten results and loads more as the reader scrolls
        page.evaluate("document.querySelector('.md-search__scrollwrap').scrollTop = 1e6")
        page.wait_for_timeout(150)
    return [a.get_attribute("href") for a in page.query_selector_all(".md-search-result__item > a")]


@functools.cache
def initiatives() -> dict:
    return load_site(ROOT).gegevens.initiatieven


def initiative_page(naam: str | None = None, gemeente: str | None = None) -> str:
    """The address of the one initiative with that name, or in that municipality, read from
    data/: the reader's words stay, the page they find follows a rename."""
    found = [ident for ident, i in initiatives().items() if i.naam == naam or gemeente in i.gemeenten]
    assert len(found) == 1, f"test set-up: {naam or gemeente} names {len(found)} initiatives in data/"
    return f"initiatieven/{found[0]}/"


QUERIES = [  # what a reader types, the page it must find, and within how many hits
    ("Huis73", initiative_page(naam="Huis73"), 1),  # a name: the first hit
    ("Soest", "gemeenten/soest/", 1),  # a municipality: its own page, which lists its initiatives
    ("Westland", "gemeenten/westland/", 1),  # one that only a municipality's own document names
    ("Winter Games", initiative_page(naam="Winter Games"), 1),
    ("jongerenwerk", "actielijnen/jeugd/", 5),  # a budget line: among the first hits
    # A theme: many pages are about loneliness and those with it in their title rank
    # first; the actielijn that holds the theme must be among the results.
    ("eenzaamheid", "actielijnen/kwetsbare-groepen/", 20),
]


def test_search_in_dutch_lands_on_the_right_page(browser: Browser, search_url: str) -> None:
    """Each query in the same search dialog, as a reader who searches again; the whole
    index is built here (the sweep's pages get an empty one), without an error or a
    request to another host."""
    page = browser.new_page()
    errors: list[str] = []
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.on("request", lambda request: None if request.url.startswith((search_url, "data:", "blob:"))
            else errors.append(f"request to {request.url}"))
    open_search(page, search_url)
    missed = []
    for query, expected, within in QUERIES:
        top = [href.removeprefix(search_url).split("#")[0].split("?")[0] for href in search(page, query)[:within]]
        if expected not in top:
            missed.append(f"{query}: {expected} not in {top}")
    page.close()
    assert missed == []
    assert errors == []


def test_the_home_and_budget_pages_fit_a_small_phone(browser: Browser, base_url: str) -> None:
    """At 375 px (a small phone; the sweep measures every page at 320, 390 and 1280 px)
    nothing sticks out sideways. The pictures for reviewers: tests/screenshots.py."""
    page = browser.new_page(viewport={"width": 375, "height": 900})
    widths = {}
    for path in ("", "begroting/"):
        page.goto(base_url + path, wait_until="load")
        widths[path] = page.evaluate("document.documentElement.scrollWidth")
    page.close()
    assert {path: width for path, width in widths.items() if width > 375} == {}


def test_the_screenshots_for_reviewers_show_whole_pages(browser: Browser, site: Path, tmp_path: Path) -> None:
    """`./site-build.sh schermafdrukken` (tests/screenshots.py): one picture per page, as
    tall as the page at phone width. Tried on two pages of the built site."""
    from screenshots import WIDTH, file_name, page_paths, take

    assert page_paths(site) == PAGES  # every page the sweep visits gets its picture
    written = take(browser, site, ["", "begroting/"], tmp_path)
    assert [p.name for p in written] == [file_name(""), file_name("begroting/")]
    assert file_name("") == "390-home.png"
    for picture in written:
        width, height = struct.unpack(">II", picture.read_bytes()[16:24])  # the PNG header
        assert width == WIDTH and height > 2 * 900, (picture.name, width, height)


def test_the_budget_chart_and_csv_are_reachable_on_a_phone(browser: Browser, base_url: str) -> None:
    page = browser.new_page(viewport={"width": 375, "height": 800})
    page.goto(base_url, wait_until="load")
    assert page.locator("figure.grafiek svg").first.bounding_box()["width"] <= 375
    page.goto(base_url + "begroting/", wait_until="load")
    with page.expect_download() as download:
        page.click("a[href$='begroting.csv']")
    assert download.value.suggested_filename == "begroting.csv"
    page.close()
