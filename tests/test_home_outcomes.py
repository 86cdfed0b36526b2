"""The home page says what the package achieved: the results the editors mark with
op_home in data/, each with its figure and a link to the words of its source."""

from __future__ import annotations

from bs4 import BeautifulSoup

from macros.facts.gegevens import all_beweringen
from macros.facts.loader import load_gegevens


def test_the_home_page_shows_every_outcome_marked_for_it(pages: dict[str, BeautifulSoup]) -> None:
    gegevens = load_gegevens()
    chosen = [b for b in all_beweringen(gegevens.actielijnen, gegevens.initiatieven, gegevens.opbrengsten) if b.op_home]
    assert 3 <= len(chosen) <= 5, "kies drie tot vijf resultaten met op_home: true (zie data/schemas/VELDEN.md)"
    items = pages["index.html"].select("ul.uitkomsten > li")
    assert len(items) == len(chosen)
    for item, bewering in zip(items, chosen, strict=True):
        assert bewering.tekst in item.get_text()
        assert item.select_one("data")["data-value" if bewering.getal.eenheid != "euro" else "data-amount"]
        assert item.select_one("a[data-citaat]") is not None  # one click to the source's words
        owner = next((i for i in gegevens.initiatieven.values() if bewering in i.resultaten + i.kanttekeningen), None)
        if owner is not None:  # one project's figure says whose it is, and where
            where = " ".join(item.select_one(".uitkomst-waar").get_text(" ").split())
            assert owner.naam in where
            assert all(gemeente in where for gemeente in owner.gemeenten)
