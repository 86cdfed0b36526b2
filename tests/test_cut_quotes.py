"""A sentence that a source cuts off (a page of the letter is missing, or the stored copy of a
web page ends) is marked as cut wherever its quote stands, with its words unchanged; the check
finds every such quote from the marks in the stored texts, and refuses one that does not say
so, or one that runs across a cut."""

from __future__ import annotations

from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from fixture_project import fixture_project

from macros.facts.gegevens import all_citations
from macros.facts.loader import load_gegevens
from macros.facts.quotes import CUT_MARK, normalise
from macros.formatting.urls import citaat_anchor
from macros.reading.problems import DataError

DATA = Path(__file__).resolve().parent.parent / "data"


def cut_citations():
    return [c for c in all_citations(load_gegevens(DATA)) if c.afgebroken]


def words(text: str) -> str:
    return " ".join(text.split())


def test_the_stored_texts_mark_their_cuts_and_the_data_quotes_some() -> None:
    marked = [p.name for p in (DATA / "bronteksten").glob("*.txt") if CUT_MARK.search(p.read_text("utf-8"))]
    assert "kamerbrief-opbrengsten-2021-12-21.txt" in marked
    assert {c.afgebroken for c in cut_citations()} >= {"begin", "eind"}


def test_every_cut_quote_is_marked_wherever_it_stands(pages: dict[str, BeautifulSoup]) -> None:
    cut = {citaat_anchor(c.document, c.citaat): c for c in cut_citations()}
    quotes_seen = links_seen = 0
    for name, soup in pages.items():
        for quote in soup.select("blockquote.citaat"):
            anchor = citaat_anchor(quote["data-bron"], quote.p.get_text())
            if anchor in cut:
                assert quote["data-afgebroken"] == cut[anchor].afgebroken, name
                assert quote.p.get_text() == cut[anchor].citaat  # the words unchanged, nothing completed
                assert "afgebroken" in quote.footer.select_one(".afgebroken").get_text()
                quotes_seen += 1
            else:
                assert not quote.has_attr("data-afgebroken"), name
        for link in soup.select(".bronvermelding a[data-citaat]"):
            if link["data-citaat"] in cut:
                holder = link.find_parent(class_="bronvermelding")
                assert holder["data-afgebroken"] == cut[link["data-citaat"]].afgebroken, name
                assert holder.select_one(".afgebroken"), name
                links_seen += 1
    assert quotes_seen and links_seen


def test_a_cut_quote_without_its_mark_is_refused(project: Path) -> None:
    path = project / "data/opbrengsten.yaml"
    lines = path.read_text("utf-8").splitlines()
    number = next(n for n, line in enumerate(lines) if line.strip() == "afgebroken: begin")
    del lines[number]
    path.write_text("\n".join(lines) + "\n", "utf-8")
    with pytest.raises(DataError) as caught:
        load_gegevens(project / "data")
    report = caught.value.report()
    assert "de geciteerde zin is in de bron niet heel: het begin van de zin staat op een pagina die ontbreekt" in report
    assert "zet bij deze bron 'afgebroken: begin'" in report
    assert "data/opbrengsten.yaml:" in report


def test_a_quote_running_across_a_cut_is_refused(project: Path) -> None:
    """The words before and after a missing page are never joined into one quote: without the
    mark, 'in buurthuizen' and the next stored page's 'Tot slot' would read as one text."""
    path = project / "data/initiatieven/jogg-teamfit.yaml"
    text = path.read_text("utf-8")
    old = "        opgeleid en in buurthuizen\n      afgebroken: eind\n"
    assert old in text
    path.write_text(text.replace(old, "        opgeleid en in buurthuizen Tot slot\n", 1), "utf-8")
    with pytest.raises(DataError) as caught:
        load_gegevens(project / "data")
    assert "dit citaat staat niet in de tekst van de bron" in caught.value.report()
    stored = (project / "data/bronteksten/kamerbrief-opbrengsten-2021-12-21.txt").read_text("utf-8")
    assert "opgeleid en in buurthuizen Tot slot" in normalise(CUT_MARK.sub(" ", stored), stored=True)


def test_a_whole_sentence_marked_as_cut_is_refused(tmp_path: Path) -> None:
    """On the made-up fixture data set: a whole sentence of its letter, quoted, marked as cut."""
    project = fixture_project(tmp_path / "proef")
    path = project / "data/initiatieven/proefhuis.yaml"
    text = path.read_text("utf-8")
    old = "    citaat: Het Proefhuis in Proefstad is een voorbeeld van lokale inzet.\n"
    assert old in text
    path.write_text(text.replace(old, old + "    afgebroken: eind\n", 1), "utf-8")
    with pytest.raises(DataError) as caught:
        load_gegevens(project / "data")
    assert "staat 'eind', maar dit citaat begint en eindigt niet waar de tekst van de bron afbreekt" in (
        caught.value.report())
