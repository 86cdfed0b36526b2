"""Nothing an editor writes in data/ can run in a reader's browser (issue: stored script
injection). Every free-text field of every kind of data file, found from the schemas,
gets a catalogue of hostile text: either the check refuses it in Dutch with
file:line:col, or the site builds, passes the output guard, and in Chromium no page
fires a dialog, navigates away, contains an injected element or requests anything
outside the site."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from payloads import LITERAL, REFUSED, inject, literal_payload
from playwright.sync_api import Browser, Page
from test_browser import WithoutSearchDocuments, served

from macros.facts.loader import load_gegevens
from macros.postbuild.guard import page_problems, problems_in_site
from macros.reading.problems import DataError
from macros.register.site import load_site

PROBLEM_LINE = re.compile(r"^(data/[^:]+):(\d+):(\d+): ")


def line_of(text: str, needle: str) -> int:
    for number, line in enumerate(text.split("\n"), start=1):
        if needle in line:
            return number
    raise AssertionError(f"test set-up: {needle!r} not found")


def test_the_check_refuses_hostile_text_in_every_text_field(project: Path) -> None:
    """Each kind of refused text lands in many fields (field n gets kind n mod k): every
    one of those fields must be named with its file and line."""
    names = sorted(REFUSED)
    injected = inject(project / "data", lambda n, _: f"veld{n:03d} {REFUSED[names[n % len(names)]]}")
    assert len(injected) >= 10, "the schemas should find text fields in most data files"
    with pytest.raises(DataError) as caught:
        load_gegevens(project / "data")
    report = caught.value.report()
    assert report.startswith("De gegevens in data/ bevatten")
    named = {(m.group(1), int(m.group(2))) for m in map(PROBLEM_LINE.match, report.splitlines()[1:]) if m}
    refused_kinds = set()
    for file, texts in injected.items():
        text = (project / file).read_text("utf-8")
        for injected_text in texts:
            marker = injected_text.split(" ", 1)[0]
            kind = names[int(marker[4:]) % len(names)]
            assert (file, line_of(text, marker + " ")) in named, f"{file}: {marker} ({kind}) not refused\n{report}"
            refused_kinds.add(kind)
    assert refused_kinds == set(names)


def test_hostile_text_builds_and_passes_the_output_guard(hostile_site: tuple[Path, dict]) -> None:
    site_dir, injected = hostile_site
    assert sum(len(texts) for texts in injected.values()) > 100
    assert problems_in_site(site_dir, load_site(site_dir.parent / "project")) == []


def test_hostile_text_is_shown_as_text_on_the_pages(hostile_site: tuple[Path, dict]) -> None:
    site_dir, _ = hostile_site
    site = load_site(site_dir.parent / "project")
    first = (site_dir / "initiatieven" / min(site.gegevens.initiatieven) / "index.html").read_text("utf-8")
    assert "&lt;script data-xss&gt;alert(11)&lt;/script&gt;" in first  # the reader sees the text itself
    moved = {p.adres + "index.html" for p in site.paginas.soort("omleiding")}
    for page in site_dir.rglob("*.html"):
        soup = BeautifulSoup(page.read_text("utf-8"), "html.parser")
        assert soup.select("[data-xss], iframe, object, embed, base") == [], page
        assert len(soup.head.find_all("title")) == 1, page
        refresh = ["refresh"] if page.relative_to(site_dir).as_posix() in moved else []
        assert [m["http-equiv"] for m in soup.select("meta[http-equiv]")] == ["Content-Security-Policy", *refresh]


@pytest.fixture(scope="session")
def hostile_url(hostile_site: tuple[Path, dict]) -> Iterator[str]:
    with served(hostile_site[0]) as url:
        yield url


@pytest.fixture(scope="session")
def hostile_pages_url(hostile_site: tuple[Path, dict]) -> Iterator[str]:
    with served(hostile_site[0], WithoutSearchDocuments) as url:
        yield url


SWEEP_PARTS = 4  # the hostile pages in four parts, so that parallel workers share them


def watch(page: Page, site_url: str, events: list[str]) -> None:
    """Note every dialog (and dismiss it) and every request that leaves the site."""
    page.on("dialog", lambda dialog: (events.append(f"dialog {dialog.message}"), dialog.dismiss()))
    page.on("request", lambda request: None if request.url.startswith((site_url, "data:"))
            else events.append(f"request {request.url}"))


@pytest.mark.browser
@pytest.mark.parametrize("part", range(SWEEP_PARTS))
def test_in_a_browser_no_hostile_text_runs_navigates_or_loads(hostile_site: tuple[Path, dict],
                                                              hostile_pages_url: str, browser: Browser,
                                                              part: int) -> None:
    site_dir, _ = hostile_site
    moved = {p.adres for p in load_site(site_dir.parent / "project").paginas.soort("omleiding")}
    paths = sorted(path for path in (p.relative_to(site_dir).as_posix().removesuffix("index.html")
                                     for p in site_dir.rglob("*.html")) if path not in moved)[part::SWEEP_PARTS]
    events: list[str] = []
    page = browser.new_page()
    try:
        watch(page, hostile_pages_url, events)
        for path in paths:
            page.goto(hostile_pages_url + path, wait_until="load")
            page.wait_for_timeout(50)  # a meta refresh of 0 s or an onload would have fired by now
            assert page.url.split("#")[0] == hostile_pages_url + path, f"{path} navigated to {page.url}"
            injected = page.evaluate("document.querySelectorAll('[data-xss], iframe, object, embed, base').length")
            assert injected == 0, f"{path}: {injected} injected elements"
    finally:
        page.close()
    assert events == [], events


@pytest.mark.browser
def test_in_a_browser_hostile_text_in_search_results_stays_text(hostile_url: str, browser: Browser) -> None:
    """The theme renders search results as HTML: search for the payload."""
    events: list[str] = []
    page = browser.new_page()
    try:
        watch(page, hostile_url, events)
        page.goto(hostile_url, wait_until="load")
        page.keyboard.press("/")
        page.keyboard.type("Xss")
        page.wait_for_selector(".md-search-result__item", timeout=10_000)
        page.wait_for_timeout(200)
        assert page.evaluate("document.querySelectorAll('[data-xss], iframe, object, base').length") == 0
    finally:
        page.close()
    assert events == [], events


def test_every_payload_is_in_the_catalogue_of_the_literal_build() -> None:
    leading = {literal_payload(0, f"tekst {n}").split(" ", 2)[1] for n in range(200)}
    assert len(leading) == len(LITERAL)  # each payload leads in some field


@pytest.mark.parametrize("html, says", [
    ('<script>alert(1)</script>', "script dat niet uit een sjabloon komt"),
    ('<img src=x onerror="alert(1)">', "gebeurtenisattribuut onerror="),
    ('<a href=" JaVaScRiPt:alert(1)">x</a>', "adres"),
    ('<meta http-equiv="refresh" content="0;url=https://aanval.example/">', "http-equiv"),
    ('<base href="https://aanval.example/">', "<base>"),
    ('<iframe src="https://aanval.example/"></iframe>', "<iframe>"),
    ('<object data="x.swf"></object>', "<object>"),
    ('<script src="https://aanval.example/x.js"></script>', "script van buiten de site"),
])
def test_the_output_guard_refuses_active_content_not_from_a_template(html: str, says: str, tmp_path: Path) -> None:
    data = tmp_path / "data" / "initiatieven"
    data.mkdir(parents=True)
    (data / "zeist.yaml").write_text(f"naam: Zeist\nomschrijving: '{html}'\n", "utf-8")
    page = f'<html><head><meta charset="utf-8"></head><body>\n<p>{html}</p></body></html>'
    problems = page_problems(page, "initiatieven/zeist/index.html", tmp_path / "data")
    assert len(problems) >= 1 and says in problems[0], problems
    assert problems[0].startswith("initiatieven/zeist/index.html:2: ")
    assert "afkomstig uit data/initiatieven/zeist.yaml:2" in problems[0], problems[0]


def test_the_security_policy_allows_only_template_scripts(site: Path) -> None:
    """An inline script that no template has is not in the policy, even though it is on the page."""
    page = (site / "begroting/index.html").read_text("utf-8")
    hostile = page.replace("</body>", "<script>alert(1)</script></body>")
    assert any("script dat niet uit een sjabloon komt" in p for p in page_problems(hostile, "x.html", Path("data")))
    assert page_problems(page, "begroting/index.html", Path("data")) == []
