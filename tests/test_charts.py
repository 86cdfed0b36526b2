"""Charts are SVG in the page, need no JavaScript, have a text alternative naming every
value, sit next to a table with the same figures, and show the data's amounts."""

from __future__ import annotations

from bs4 import BeautifulSoup
from dutch_numbers import parse_euro


def charts(pages: dict[str, BeautifulSoup]):
    for name, soup in pages.items():
        for figure in soup.select("figure.grafiek"):
            yield name, soup, figure


def test_the_home_page_and_each_actielijn_have_a_chart(pages: dict[str, BeautifulSoup], raw_begroting: dict) -> None:
    having = {name for name, _, _ in charts(pages)}
    actielijnen = {f"actielijnen/{o['id']}/index.html" for o in raw_begroting["onderdelen"]
                   if o["soort"] == "actielijn"}
    assert {"index.html"} | actielijnen <= having


def test_every_chart_has_a_text_alternative_and_its_table(pages: dict[str, BeautifulSoup]) -> None:
    for name, soup, figure in charts(pages):
        svg = figure.svg
        assert svg["role"] == "img"
        labelled = [soup.find(id=i) for i in svg["aria-labelledby"].split()]
        assert all(labelled) and labelled[0].name == "title" and labelled[1].name == "desc", name
        description = labelled[1].get_text()
        for bar in svg.select("g[data-amount]"):
            label = " ".join(t.get_text() for t in bar.select(".grafiek-label tspan"))  # wrapped lines
            value = bar.select_one(".grafiek-waarde").get_text()
            assert f"{label}: {value}" in description, name  # every value is in the text alternative
        table_link = figure.figcaption.a["href"].lstrip("#")
        table = soup.find(id=table_link)
        assert table is not None and table.name == "table", name
        table_amounts = {int(e["data-amount"]) for e in table.select("[data-amount]")}
        assert {int(g["data-amount"]) for g in svg.select("g[data-amount]")} <= table_amounts, name


def test_bars_show_the_amounts_they_stand_for(pages: dict[str, BeautifulSoup]) -> None:
    for name, _, figure in charts(pages):
        bars = figure.svg.select("g[data-amount]")
        largest = max(int(b["data-amount"]) for b in bars)
        widest = max(float(b.rect["width"]) for b in bars)
        for bar in bars:
            amount = int(bar["data-amount"])
            assert parse_euro(bar.select_one(".grafiek-waarde").get_text().split(" (")[0]) == amount, name
            assert abs(float(bar.rect["width"]) / widest - amount / largest) < 0.001, name


def test_every_chart_names_its_source(pages: dict[str, BeautifulSoup]) -> None:
    charts = [(name, figure) for name, soup in pages.items() for figure in soup.select("figure.grafiek")]
    assert charts
    for name, figure in charts:
        assert figure.figcaption.select_one(".grafiek-bron a[data-bron]"), name
