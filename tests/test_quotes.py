"""Every figure one click from the words of its source: citations link to the quote on
the source's page, the quotes there are marked up as quotations of that source, and
the build refuses a quote that is not in the stored text of its source."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest
from bs4 import BeautifulSoup
from conftest import EditedSite
from edits import published
from fixture_project import fixture_project

from macros.facts.changes import Cijferwijziging, Wijziging
from macros.facts.gegevens import all_citations
from macros.facts.loader import load_gegevens
from macros.facts.provenance import Herkomst
from macros.html.changes import wijzigingen_html
from macros.reading.problems import DataError

DATA = Path(__file__).resolve().parent.parent / "data"


def test_every_citation_in_the_data_carries_a_quote() -> None:
    missing = [f"{c.herkomst.file}: {c.document}" for c in all_citations(load_gegevens(DATA)) if not c.citaat]
    assert missing == [], missing


def test_every_quote_link_lands_on_a_quotation_of_that_source(pages: dict[str, BeautifulSoup]) -> None:
    links = 0
    for name, soup in pages.items():
        for link in soup.select("a[data-citaat]"):
            target = urlsplit(urljoin("https://site.example/" + name, link["href"]))
            page = target.path.removeprefix("/") + ("index.html" if target.path.endswith("/") else "")
            quote = pages[page].find(id=target.fragment)
            assert quote is not None, f"{name}: {link['href']} leads nowhere"
            assert quote.name == "blockquote" and quote["data-bron"] == link["data-bron"], (name, link["href"])
            assert quote.p.get_text() in link["title"], (name, link["href"])  # the tooltip shows the same words
            links += 1
    assert links > 150


# Where a figure is read: its own table row (a cell counts as its row), list item, paragraph,
# description or figure. The words of its source must be one click away from there.
FIGURE_HOLDERS = ("tr", "li", "p", "dd", "figure")
# A previous value (an old amount on the Wijzigingen page) is marked so: no source names it any more.
PREVIOUS = "data-vorig"
QUOTE_LINKS = "a[data-citaat], q[cite], blockquote[cite]"
# Figures shown for which no source has words, by (page, data-ref), with the reason the page
# gives. Keep this as short as possible: today no figure needs it.
NO_SOURCE_WORDS: dict[tuple[str, str], str] = {}


def figures_without_quote(pages: dict[str, BeautifulSoup]) -> tuple[int, set[tuple[str, str]]]:
    """(how many figures there are, those whose holder has no link to a quote)."""
    shown, missing = 0, set()
    for name, soup in pages.items():
        for figure in soup.find_all("data"):
            if figure.has_attr(PREVIOUS):
                continue  # see test_only_the_changelog_shows_previous_values
            shown += 1
            holder = figure.find_parent(FIGURE_HOLDERS)
            if holder is None or holder.select_one(QUOTE_LINKS) is None:
                missing.add((name, figure.get("data-ref") or figure.get("data-percent") or figure.get_text()))
    return shown, missing


def test_every_figure_shown_reaches_the_words_of_its_source(pages: dict[str, BeautifulSoup]) -> None:
    """Every <data> element on every page (amounts, shares, percentages, counts) has a link to the
    quote it rests on in its own row, item, paragraph, description or figure; a computed figure
    links the quotes of the figures it is computed from, or of the total the source declares."""
    shown, missing = figures_without_quote(pages)
    assert shown > 0 and {"begroting/index.html", "routes/index.html", "afwijkingen/index.html"} <= {
        name for name, soup in pages.items() if soup.find("data")}
    assert missing == set(NO_SOURCE_WORDS), sorted(missing - set(NO_SOURCE_WORDS))


def test_the_rule_finds_a_figure_without_its_words() -> None:
    """The check above is not empty-handed by design: a row whose cells hold no quote link is found,
    a link in another cell of the same row is enough, and a figure outside any holder is found."""
    page = BeautifulSoup(
        '<table><tr><td><data data-ref="a">1</data></td><td><a data-citaat="c" href="#c">bron</a></td></tr>'
        '<tr><td><data data-ref="b">2</data></td></tr></table><h3><data data-ref="c">3</data></h3>', "html.parser")
    assert figures_without_quote({"p.html": page}) == (3, {("p.html", "b"), ("p.html", "c")})


def test_a_changelog_entry_with_changed_amounts_links_each_new_amount_to_its_words(edited_site: EditedSite) -> None:
    """The edited copy has an entry that lists changed amounts (CONTRIBUTING.md's way: with the new
    source whose words name them): on its Wijzigingen page the new amounts link to those words, the
    old ones are previous values, and the rule above holds on every page of that site."""
    pages = {page.relative_to(edited_site.site).as_posix(): BeautifulSoup(page.read_text("utf-8"), "html.parser")
             for page in sorted(edited_site.site.rglob("*.html"))}
    entry = pages["wijzigingen/index.html"].find(attrs={"data-wijziging": "bedrag-verschoven"})
    rows = entry.select("table.wijziging-cijfers tbody tr")
    assert len(rows) == len(edited_site.move.cijfers)
    for row, change in zip(rows, edited_site.move.cijfers, strict=True):
        old, new = row.select("td")
        assert old.data.has_attr(PREVIOUS) and int(old.data["data-amount"]) == change["oud"]
        assert not old.select(QUOTE_LINKS)
        link = new.select_one("a[data-citaat]")
        assert link is not None and int(link.data["data-amount"]) == change["nieuw"]
        assert link["data-bron"] == edited_site.move.bron
    assert figures_without_quote(pages)[1] == set(NO_SOURCE_WORDS)
    assert pages_with_previous_values(pages) == {"wijzigingen/index.html"}


def pages_with_previous_values(pages: dict[str, BeautifulSoup]) -> set[str]:
    return {name for name, soup in pages.items() if soup.select(f"data[{PREVIOUS}]")}


def test_only_the_changelog_shows_previous_values(pages: dict[str, BeautifulSoup]) -> None:
    """A figure marked as a previous value is left out of the rule above: only the Wijzigingen page may show one."""
    assert pages_with_previous_values(pages) <= {"wijzigingen/index.html"}


def test_a_new_amount_changed_again_later_is_a_previous_value_too() -> None:
    """Two entries change one amount in turn: only the newest new amount is what the site shows now
    and links to its source's words; the first entry's new amount is marked as a previous value."""
    site = published()
    cijfer = next(c for c in site.cijfers.vastgelegd().values() if len(c.bronnen) == 1)
    now = int(cijfer.waarde)
    log = tuple(Wijziging(f"proef-{n}", "2021-01-01", "Proef", "Proef.", "Proef.", ("begroting.md",),
                          (Cijferwijziging(cijfer.id, now - n - 1, now - n, Herkomst("data/wijzigingen.yaml")),),
                          Herkomst("data/wijzigingen.yaml")) for n in (0, 1))
    html = wijzigingen_html(log, site.cijfers, site.paginas, lambda path: path, site.gegevens.bronnen)
    newest, older = BeautifulSoup(html, "html.parser").select("table.wijziging-cijfers tbody tr")
    link = newest.select("td")[1].select_one("a[data-citaat]")
    assert link is not None and link["data-bron"] == cijfer.bronnen[0].document
    assert int(link.data["data-amount"]) == now
    superseded = older.select("td")[1]
    assert superseded.data.has_attr(PREVIOUS) and not superseded.select(QUOTE_LINKS)
    assert "later weer gewijzigd" in superseded.get_text()


def test_an_amount_is_itself_the_link_to_its_source(pages: dict[str, BeautifulSoup]) -> None:
    """In the budget, route and register tables the amount is the link, and the caption says so."""
    for name, soup in pages.items():
        for table in soup.select("table.begroting, table.afwijking-tabel"):
            assert "link naar de woorden in de bron" in table.caption.get_text(), name
            for amount in table.select("td.bedrag data.bedrag"):
                if amount.find_parent("tr").select_one(".berekend"):
                    continue  # computed in its row, from linked figures
                link = amount.find_parent("a")
                assert link is not None and link.has_attr("data-citaat") and link["title"], (name, amount["data-ref"])


def test_each_source_page_quotes_with_the_address_of_the_source(pages: dict[str, BeautifulSoup]) -> None:
    for path in sorted((DATA / "bronnen").glob("*.yaml")):
        page = pages[f"bronnen/{path.stem}/index.html"]
        for quote in page.select("blockquote.citaat"):
            assert quote["data-bron"] == path.stem
            address = page.select_one("dl.feiten a[rel=noopener]")
            assert quote.get("cite") == (address["href"] if address else None)
            assert quote.footer.get_text().startswith(("Woorden van de bron", "Aantekening van de redactie"))


def test_every_initiative_page_shows_a_quote(pages: dict[str, BeautifulSoup]) -> None:
    for path in sorted((DATA / "initiatieven").glob("*.yaml")):
        assert pages[f"initiatieven/{path.stem}/index.html"].select("article blockquote.citaat"), path.stem


def test_a_quote_whose_figure_differs_from_the_source_is_refused(tmp_path: Path) -> None:
    """A quote's figure changed by one (say 1234 into 1235) no longer stands in the source."""
    project = fixture_project(tmp_path / "proef")
    path = project / "data/initiatieven/proefhuis.yaml"
    lines = path.read_text("utf-8").splitlines()
    number = next(n for n, line in enumerate(lines) if "citaat:" in line and re.search(r"\d{2,}", line))
    lines[number] = re.sub(r"\d{2,}", lambda m: str(int(m.group(0)) + 1), lines[number], count=1)
    path.write_text("\n".join(lines) + "\n", "utf-8")
    with pytest.raises(DataError) as caught:
        load_gegevens(project / "data")
    assert f"data/initiatieven/proefhuis.yaml:{number + 1}:" in caught.value.report()
    assert "dit citaat staat niet in de tekst van de bron" in caught.value.report()
