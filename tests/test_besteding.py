"""Plan and spending side by side: the home page answers four questions first, Begroting and
every actielijn page say in their first lines that the amounts are the plan and show beside
each line what is known of its route and spending, and the page 'Is het geld uitgegeven?'
answers at its top. Expectations come from data/ and the registers."""

from __future__ import annotations

import csv
import re
from collections import deque
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest
import yaml
from bs4 import BeautifulSoup, Tag
from conftest import ROOT
from local_server import served
from playwright.sync_api import Browser

from macros.register.site import load_site

DATA = ROOT / "data"
SITE = load_site(ROOT)
QUESTIONS = ("Kreeg mijn gemeente geld?", "Is al het geld uitgegeven?", "Wat leverde het op?",
             "Waar komen de cijfers vandaan?")
BESTEDING = "besteding/index.html"
SENTENCE_END = re.compile(r"[.?!](?=\s+[A-Z‘“(]|\s*$)")


def read(path: str) -> dict:
    return yaml.safe_load((DATA / path).read_text("utf-8"))


def text_of(element: Tag) -> str:
    return " ".join(element.get_text(" ").split())


def first_screen(soup: BeautifulSoup) -> list[Tag]:
    """What stands between the title and the first section heading: the page's first lines."""
    parts = []
    for sibling in soup.h1.find_next_siblings():
        if sibling.name == "h2":
            break
        parts.append(sibling)
    return parts


def section(soup: BeautifulSoup, heading: Tag) -> list[Tag]:
    parts = []
    for sibling in heading.find_next_siblings():
        if sibling.name in ("h1", "h2"):
            break
        parts.append(sibling)
    return parts


def without_citations(element: Tag) -> str:
    """The words of a paragraph without its '(bron: …)' parts, which are not sentences of their own."""
    copy = BeautifulSoup(str(element), "html.parser")
    for citation in copy.select(".bronvermelding"):
        citation.decompose()
    return text_of(copy)


def page_of(address: str, base: str) -> str | None:
    """The built file a link leads to, or None for another host or a download."""
    target = urlsplit(urljoin("https://site.example/" + base, address))
    if target.netloc != "site.example" or not target.path.endswith("/"):
        return None
    return target.path.removeprefix("/") + "index.html"


def test_the_home_page_answers_four_questions_first(pages: dict[str, BeautifulSoup]) -> None:
    home = pages["index.html"]
    headings = home.select("article h2")
    assert [text_of(h).removesuffix("¶").strip() for h in headings[:4]] == list(QUESTIONS)
    for heading in headings[:4]:
        parts = section(home, heading)
        words = " ".join(without_citations(p) for p in parts)
        assert 1 <= len(SENTENCE_END.findall(words)) <= 3, (text_of(heading), words)
        links = [a["href"] for p in parts for a in p.select("a[href]") if not a.has_attr("data-bron")]
        assert links, text_of(heading)
        for href in links:
            target = page_of(href, "")
            assert target is None or target in pages, href
            fragment = urlsplit(href).fragment
            if target and fragment:
                assert pages[target].find(id=fragment) is not None, href


def test_no_page_says_the_money_was_spent_as_planned(pages: dict[str, BeautifulSoup]) -> None:
    for name, soup in pages.items():
        article = soup.select_one("article")
        if article is not None:
            assert "besteed werd" not in text_of(article), name


@pytest.mark.parametrize("name", ["begroting/index.html", *(f"actielijnen/{o['id']}/index.html"
                                                           for o in read("begroting.yaml")["onderdelen"]
                                                           if o["soort"] == "actielijn")])
def test_the_budget_pages_say_first_that_the_amounts_are_the_plan(name: str, pages: dict[str, BeautifulSoup]) -> None:
    soup = pages[name]
    opening = soup.h1.find_next_sibling("p")
    assert "bedoeld voor" in text_of(opening), name
    links = [page_of(a["href"], name.removesuffix("index.html")) for p in first_screen(soup) for a in p.select("a")]
    assert BESTEDING in links, name


def regels_of(onderdeel_id: str | None) -> list[str]:
    return [r["id"] for o in read("begroting.yaml")["onderdelen"] if onderdeel_id in (None, o["id"])
            for r in o["regels"]]


@pytest.mark.parametrize("name,onderdeel", [(BESTEDING, None), ("begroting/index.html", None),
                                            *((f"actielijnen/{o['id']}/index.html", o["id"])
                                              for o in read("begroting.yaml")["onderdelen"]
                                              if o["soort"] == "actielijn")])
def test_beside_each_line_its_route_and_what_is_known(name: str, onderdeel: str | None,
                                                      pages: dict[str, BeautifulSoup]) -> None:
    soup = pages[name]
    items = soup.select("ol.besteding-regels > li")
    assert [li["data-regel"] for li in items] == regels_of(onderdeel)
    maatregelen = read("route.yaml")["gemeentefonds"]["maatregelen"]
    for item in items:
        regel = item["data-regel"]
        planned = item.select_one(f"data[data-ref='regel:{regel}']")
        assert planned.find_parent("a").has_attr("data-citaat")
        for maatregel in (m for m in maatregelen if regel in m.get("regels", [])):
            amount = item.select_one(f"data[data-ref='maatregel:{maatregel['id']}']")
            assert int(amount["data-amount"]) == maatregel["bedrag"]
            assert f"via de {maatregel['uitkering']}" in text_of(amount.find_parent("li"))


def test_the_forty_million_line_says_what_became_of_it(pages: dict[str, BeautifulSoup]) -> None:
    """The line for lonely older people: its gemeentefonds measure, that municipalities choose
    how to spend it, the annual report of the Rijk and the municipalities that name their amount."""
    soup = pages[BESTEDING]
    item = soup.select_one("#besteding-bestrijden-eenzaamheid-ouderen")
    measure = next(m for m in read("route.yaml")["gemeentefonds"]["maatregelen"]
                   if "bestrijden-eenzaamheid-ouderen" in m.get("regels", []))
    assert int(item.select_one(f"data[data-ref='maatregel:{measure['id']}']")["data-amount"]) == measure["bedrag"]
    shown = {li["data-feit"] for li in item.select("li[data-feit]")}
    about = {f["id"] for f in read("besteding.yaml")["feiten"] if measure["id"] in f.get("maatregelen", [])}
    assert about and about <= shown
    named = {f"gemeente:{p.stem}:{b['id']}" for p in sorted((DATA / "gemeenten").glob("*.yaml"))
             for b in yaml.safe_load(p.read_text("utf-8")).get("bedragen", []) if b.get("maatregel") == measure["id"]}
    assert named and named <= {d["data-ref"] for d in item.select("data[data-ref^='gemeente:']")}
    general = soup.select_one("#besteding-gemeentefonds")
    assert {f["id"] for f in read("besteding.yaml")["feiten"] if f.get("gemeentefonds")} == {
        li["data-feit"] for li in general.select("li[data-feit]")}


def test_the_spending_page_answers_at_its_top(pages: dict[str, BeautifulSoup]) -> None:
    soup = pages[BESTEDING]
    top = first_screen(soup)
    words = " ".join(text_of(p) for p in top)
    assert soup.select_one("article strong") in [s for p in top for s in p.select("strong")]  # the short answer
    assert "plan" in words and "niet bekend" in words
    assert "jaarverslag" in words and "jaarstukken 2021" in words
    gemeentefonds = [d for p in top for d in p.select("data[data-ref='route:gemeentefonds']")]
    assert gemeentefonds and gemeentefonds[0].find_parent("a").has_attr("data-citaat")
    targets = {page_of(a["href"], "besteding/") for p in top for a in p.select("a")}
    assert "gemeenten/index.html" in targets


def test_every_fact_about_spending_is_on_the_spending_page_once(pages: dict[str, BeautifulSoup], site: Path) -> None:
    ids = [f.id for f in SITE.gegevens.bestedingsfeiten]
    soup = pages[BESTEDING]
    shown = [li["data-feit"] for li in soup.select("#feiten ~ ul.bestedingsfeiten li[data-feit]")]
    assert sorted(shown) == sorted(ids)
    with (site / "downloads" / "besteding.csv").open(encoding="utf-8", newline="") as handle:
        assert [row["id"] for row in csv.DictReader(handle)] == ids


def links_from(soup: BeautifulSoup, name: str) -> Iterator[str]:
    """The pages one tap away in the page's own text (not the menu, which takes a tap to open)."""
    article = soup.select_one("article")
    for link in article.select("a[href]") if article else []:
        target = page_of(link["href"], name.removesuffix("index.html"))
        if target is not None:
            yield target + ("#" + urlsplit(link["href"]).fragment if urlsplit(link["href"]).fragment else "")


def taps_from_home(pages: dict[str, BeautifulSoup]) -> dict[str, int]:
    """The fewest taps from the home page to each page, and to each anchor on one, in the pages' own text."""
    taps, queue = {"index.html": 0}, deque(["index.html"])
    while queue:
        name = queue.popleft()
        for target in links_from(pages[name], name):
            taps.setdefault(target, taps[name] + 1)
            page_name = target.split("#")[0]
            if page_name not in taps and page_name in pages:
                taps[page_name] = taps[name] + 1
                queue.append(page_name)
    return taps


def test_westland_groningen_and_the_forty_million_are_three_taps_from_home(pages: dict[str, BeautifulSoup]) -> None:
    """What a municipality with a document received (Westland), where to find the amount of one
    without (any other municipality: the index), and what became of the line for lonely older
    people: each at most three taps from the home page."""
    taps = taps_from_home(pages)
    for target in ("gemeenten/westland/index.html", "gemeenten/index.html",
                   "besteding/index.html#besteding-bestrijden-eenzaamheid-ouderen"):
        assert taps.get(target, 99) <= 3, target
    assert pages["gemeenten/index.html"].select_one("#waar-vindt-u-het-bedrag") is not None


@pytest.mark.browser
def test_the_four_questions_fit_in_two_phone_screens(browser: Browser, site: Path) -> None:
    """At 390 px, the fourth question's answer ends within the first two screens."""
    with served(site) as url:
        page = browser.new_page(viewport={"width": 390, "height": 844})
        page.goto(url, wait_until="load")
        bottom = page.evaluate("""() => {
          const h = [...document.querySelectorAll('article h2')][3];
          let last = h, next = h.nextElementSibling;
          while (next && next.tagName !== 'H2') { last = next; next = next.nextElementSibling; }
          return last.getBoundingClientRect().bottom + window.scrollY; }""")
        width = page.evaluate("document.documentElement.scrollWidth")
        page.close()
    assert bottom <= 2 * 844, bottom
    assert width <= 390
