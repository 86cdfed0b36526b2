"""The flow of the money: an SVG chart from the whole package along the routes to the
actielijnen, with a title, a description naming every amount and tables beside it. Every
amount is the figure register's and, in the tables, a link to the words of its source; what
the sources do not give is drawn open and written 'niet bekend'. Expectations come from the
figure register and data/."""

from __future__ import annotations

from fractions import Fraction

import pytest
from bs4 import BeautifulSoup
from conftest import ROOT

from macros.formatting.money import euro
from macros.register.site import load_site

PAGES = ("index.html", "begroting/index.html")


@pytest.fixture(scope="module")
def registers():
    return load_site(ROOT)


@pytest.mark.parametrize("name", PAGES)
def test_the_flow_chart_has_a_title_a_description_and_its_tables(name: str, pages: dict[str, BeautifulSoup]) -> None:
    soup = pages[name]
    figure = soup.select_one("figure.geldstroom")
    svg = figure.svg
    assert svg["role"] == "img" and not soup.select("figure.geldstroom script")
    title, description = (soup.find(id=i) for i in svg["aria-labelledby"].split())
    assert title.name == "title" and description.name == "desc"
    link = figure.figcaption.select_one("a[href^='#']")["href"].removeprefix("#")
    assert soup.find(id=link).name == "table"
    assert soup.select("table[data-tabel=geldstroom-wegen]") and soup.select("table[data-tabel=geldstroom-actielijnen]")


@pytest.mark.parametrize("name", PAGES)
def test_every_amount_in_the_flow_is_the_registers_and_linked_to_its_words(name: str, registers,
                                                                           pages: dict[str, BeautifulSoup]) -> None:
    soup = pages[name]
    figure = soup.select_one("figure.geldstroom")
    description = " ".join(figure.find("desc").get_text().split())
    drawn = figure.svg.select("rect[data-ref]")
    assert drawn
    tables = soup.select("table[data-tabel^=geldstroom]")
    for rect in drawn:
        ref, amount = rect["data-ref"], int(rect["data-amount"])
        assert amount == registers.cijfers[ref].waarde, ref
        assert " ".join(euro(amount).split()) in description, ref  # named in the text alternative
        in_tables = [e for t in tables for e in t.select(f"data[data-ref='{ref}']")]
        assert in_tables, f"{ref} is not in the tables beside the chart"
        for element in in_tables:
            assert int(element["data-amount"]) == amount
            assert element.find_parent("a", attrs={"data-citaat": True}), f"{ref} is not a link to its quote"


@pytest.mark.parametrize("name", PAGES)
def test_each_bar_is_the_whole_package_and_each_part_its_share(name: str, registers,
                                                               pages: dict[str, BeautifulSoup]) -> None:
    """Three bars on one scale: the parts of each bar, known and unknown, fill the whole width."""
    totaal = registers.cijfers["totaal"].waarde
    svg = pages[name].select_one("figure.geldstroom svg")
    bars: dict[str, list] = {}
    for rect in svg.select("rect[data-ref], rect[data-onbekend]"):
        bars.setdefault(rect["y"], []).append(rect)
    assert len(bars) == 3
    full = float(svg.select_one("rect[data-ref=totaal]")["width"])
    for rects in bars.values():
        assert abs(sum(float(r["width"]) for r in rects) - full) < 0.05
        for rect in rects:
            if rect.has_attr("data-amount"):
                assert abs(float(rect["width"]) / full - float(Fraction(int(rect["data-amount"]), totaal))) < 0.001


def test_what_the_sources_do_not_give_is_unknown_not_guessed(registers, pages: dict[str, BeautifulSoup]) -> None:
    """Every actielijn has an open box for the part whose route no source gives, and the table says
    'niet bekend' for it; the departments' part is never divided over the actielijnen."""
    soup = pages["begroting/index.html"]
    onderdelen = registers.gegevens.begroting.onderdelen
    assert len(soup.select("figure.geldstroom svg rect[data-onbekend]")) == len(onderdelen)
    table = soup.select_one("table[data-tabel=geldstroom-actielijnen]")
    for onderdeel in onderdelen:
        row = table.select_one(f"tr[data-onderdeel={onderdeel.id}]")
        assert "niet bekend" in row.select("td")[-1].get_text()
    assert not [k for k in registers.cijfers.alle if k.startswith("geldstroom:departementen")]
    known = {r["data-ref"] for r in soup.select("figure.geldstroom svg rect[data-ref]")}
    route = registers.gegevens.route
    assert {f"maatregel:{m.id}" for m in route.maatregelen} <= {
        source for ref in known for source in registers.cijfers[ref].afgeleid_van}
