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


def frames_of_the_headline_figures():
    gegevens = load_gegevens()
    return gegevens, [b for b in all_beweringen(gegevens.actielijnen, gegevens.initiatieven, gegevens.opbrengsten)
                      if b.op_home]


def test_every_headline_figure_says_who_reported_it_for_which_period_and_who_paid(
        pages: dict[str, BeautifulSoup]) -> None:
    """On the home page and first on Opbrengsten: reporter and date (from the source), period, funders
    and how far the figure reaches; one project's figure never reads as the package's result."""
    gegevens, chosen = frames_of_the_headline_figures()
    for name in ("index.html", "opbrengsten/index.html"):
        items = pages[name].select("ul.uitkomsten > li")
        assert len(items) == len(chosen)
        for item, bewering in zip(items, chosen, strict=True):
            kader, bron = bewering.kader, gegevens.bronnen[bewering.bron.document]
            assert kader is not None, "a headline figure needs its frame"
            frame = {dt.get_text(strip=True): dd for dt, dd in zip(item.select("dl.uitkomst-kader dt"),
                                                                   item.select("dl.uitkomst-kader dd"), strict=True)}
            assert bron.uitgever in frame["Gemeld door:"].get_text()
            assert " ".join(kader.periode.split()) in " ".join(frame["Periode:"].get_text().split())
            assert " ".join(kader.geldgevers.split()) in " ".join(frame["Betaald door:"].get_text().split())
            for citation, field in ((kader.periode_bron, "Periode:"), (kader.geldgevers_bron, "Betaald door:")):
                if citation is not None:
                    assert frame[field].select_one(f"a[data-citaat][data-bron={citation.document}]")
            assert item["data-reikwijdte"] == kader.reikwijdte
            assert item.select_one(f".label-{kader.reikwijdte}")
            owner = next((i for i in gegevens.initiatieven.values() if bewering in i.resultaten), None)
            if owner is not None:
                assert kader.reikwijdte != "steunpakket", owner.id


def test_opbrengsten_opens_with_the_results_and_ends_with_what_is_not_known(pages: dict[str, BeautifulSoup]) -> None:
    page = pages["opbrengsten/index.html"]
    article = page.select_one("article") or page
    first_heading = page.h1.find_next("h2")
    assert first_heading.find_next("ul") == page.select_one("ul.uitkomsten")
    gegevens = load_gegevens()
    unknown = page.select("ul.niet-bekend > li")
    assert len(unknown) == len(gegevens.opbrengsten.niet_bekend) <= 6  # one short list
    for item, onbekend in zip(unknown, gegevens.opbrengsten.niet_bekend, strict=True):
        assert " ".join(onbekend.tekst.split()) in " ".join(item.get_text().split())
    heading = article.select_one("ul.niet-bekend").find_previous("h2")
    assert heading.get_text(strip=True).startswith("Wat niet bekend is")


def test_the_home_page_says_whether_the_package_worked(pages: dict[str, BeautifulSoup]) -> None:
    """'Heeft het gewerkt?' is answered on the home page, with a link to the heading of
    Opbrengsten above the list of what is not known, where 'no evaluation found' stands."""
    opbrengsten = pages["opbrengsten/index.html"]
    heading = opbrengsten.select_one("ul.niet-bekend").find_previous("h2")
    section = pages["index.html"].select_one("h2#wat-leverde-het-op")
    paragraphs = [p for p in section.find_all_next("p") if p.find_previous("h2") is section]
    question = next(p for p in paragraphs if "gewerkt" in p.get_text())
    assert f"opbrengsten/#{heading['id']}" in [a["href"] for a in question.select("a")]
