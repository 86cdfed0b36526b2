"""Per gemeente: every municipality a source names has a page that says what a public document
says it received (amounts with their quote links), what it did, and, for every municipality,
where its amount can be found. Expectations come from data/ and the registers."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from urllib.parse import urljoin

import pytest
import yaml
from bs4 import BeautifulSoup
from conftest import ROOT, check_data
from fixture_project import fixture_project

from macros.formatting.slugs import gemeente_slug
from macros.register.site import load_site

DATA = ROOT / "data"
SITE = load_site(ROOT)
GEGEVENS = SITE.gegevens
FILES = sorted((DATA / "gemeenten").glob("*.yaml"))


def read(path: Path) -> dict:
    return yaml.safe_load(path.read_text("utf-8"))


def named_municipalities() -> dict[str, str]:
    """slug -> name of every municipality the data names: a file of its own, or an initiative."""
    named = {path.stem: read(path)["naam"] for path in FILES}
    for path in sorted((DATA / "initiatieven").glob("*.yaml")):
        for naam in read(path).get("gemeenten", []):
            named.setdefault(gemeente_slug(naam), naam)
    return named


def page(pages: dict[str, BeautifulSoup], address: str) -> BeautifulSoup:
    return pages[address.removeprefix("/") + "index.html"]


def uitleg_texts() -> list[str]:
    return [" ".join(item["tekst"].split()) for item in read(DATA / "besteding.yaml")["per_gemeente"]]


def text_of(soup: BeautifulSoup) -> str:
    return " ".join(soup.get_text(" ").split())


def test_the_index_lists_every_municipality_as_a_plain_link(pages: dict[str, BeautifulSoup]) -> None:
    named = named_municipalities()
    assert len(named) >= len(FILES)
    index = page(pages, "/gemeenten/")
    links = {a.get_text(strip=True): urljoin("/gemeenten/", a["href"]) for a in index.select("ul.gemeenten-index a")}
    assert links == {naam: f"/gemeenten/{slug}/" for slug, naam in named.items()}
    for address in links.values():
        assert page(pages, address).select_one("article.gemeente") is not None, address
    # The register knows the same pages, so the sitemap, the guard and the browser sweep do too.
    assert {p.id for p in SITE.paginas.soort("gemeente")} == {f"gemeenten/{slug}.md" for slug in named}


def test_the_general_explanation_is_on_the_index_and_every_municipality_page(pages: dict[str, BeautifulSoup]) -> None:
    texts = uitleg_texts()
    documents = [item.get("verwijst_naar") for item in read(DATA / "besteding.yaml")["per_gemeente"]]
    addresses = {read(DATA / "bronnen" / f"{d}.yaml")["adres"] for d in documents if d}
    assert addresses, "the explanation sends readers to at least one document"
    for slug in [None, *named_municipalities()]:
        soup = page(pages, f"/gemeenten/{slug}/" if slug else "/gemeenten/")
        block = soup.select_one("ul.uitleg-gemeenten")
        assert block is not None, slug
        shown = text_of(block)
        assert all(text in shown for text in texts), slug
        assert addresses <= {a["href"] for a in block.select("a[href^='http']")}, slug
        assert len(block.select("a[data-citaat]")) == len(texts), slug  # each sentence one tap from its words


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_a_municipality_page_shows_its_amounts_with_their_words(path: Path, pages: dict[str, BeautifulSoup]) -> None:
    gemeente = read(path)
    soup = page(pages, f"/gemeenten/{path.stem}/")
    assert text_of(soup.h1).startswith(f"Gemeente {gemeente['naam']}")
    items = soup.select("ul.gemeente-bedragen > li")
    assert len(items) == len(gemeente.get("bedragen", []))
    for item, bedrag in zip(items, gemeente.get("bedragen", []), strict=True):
        amount = item.select_one(f"data[data-ref='gemeente:{path.stem}:{bedrag['id']}']")
        assert int(amount["data-amount"]) == bedrag["bedrag"]
        link = amount.find_parent("a")
        assert link["data-bron"] == bedrag["bron"]["document"] and link.has_attr("data-citaat")
        assert " ".join(bedrag["bron"]["citaat"].split()) in text_of(item.select_one("blockquote"))
        assert " ".join(bedrag["wat"].split()) in text_of(item)
        assert (bedrag.get("periode") or "noemt geen periode") in text_of(item)
        if bedrag.get("kwalificatie"):
            assert f"{bedrag['kwalificatie']} €" in text_of(item)
    for inzet in gemeente.get("inzet", []):
        assert " ".join(inzet["tekst"].split()) in text_of(soup.select_one("ul.gemeente-inzet"))
    shown_facts = {li["data-feit"] for li in soup.select("#is-het-uitgegeven ~ ul.bestedingsfeiten li")}
    assert shown_facts == {f["id"] for f in gemeente.get("besteding", [])}


def test_a_page_made_from_initiatives_alone_says_where_the_amount_is(pages: dict[str, BeautifulSoup]) -> None:
    only_named = {slug: naam for slug, naam in named_municipalities().items() if not (DATA / "gemeenten" /
                                                                                      f"{slug}.yaml").exists()}
    assert only_named
    for slug, naam in only_named.items():
        soup = page(pages, f"/gemeenten/{slug}/")
        first = soup.select_one("article.gemeente p.samenvatting")
        assert "Geen openbaar document" in first.get_text() and naam in first.get_text()
        assert first.select_one("a[href='#waar-vindt-u-het-bedrag']") is not None
        listed = {li["data-initiatief"] for li in soup.select("article.gemeente ul.initiatieven li")}
        assert listed == {i.id for i in GEGEVENS.initiatieven.values()
                          if slug in {gemeente_slug(g) for g in i.gemeenten}}


def test_the_open_data_holds_every_amount_of_every_municipality(site: Path) -> None:
    expected = [(path.stem, b["id"], b["bedrag"], b["soort"]) for path in FILES for b in read(path).get("bedragen", [])]
    with (site / "downloads" / "gemeenten.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [(r["gemeente_id"], r["bedrag_id"], int(r["bedrag_euro"]), r["soort"]) for r in rows] == expected
    as_json = json.loads((site / "downloads" / "gemeenten.json").read_text("utf-8"))
    assert [(r["gemeente_id"], r["bedrag_id"], r["bedrag_euro"], r["soort"]) for r in as_json] == expected
    package = json.loads((site / "downloads" / "datapackage.json").read_text("utf-8"))
    assert {"gemeenten", "besteding"} <= {resource["name"] for resource in package["resources"]}


# What check refuses in a municipality's file: on the made-up fixture data set (Proefstad), so the
# tests stay the same whatever the real municipalities and amounts are.
PROEFSTAD = "data/gemeenten/proefstad.yaml"


@pytest.fixture
def proef(tmp_path: Path) -> Path:
    return fixture_project(tmp_path / "proef")


def change(project: Path, old: str, new: str) -> str:
    """Proefstad's file with old replaced by new; returns the new text."""
    path = project / PROEFSTAD
    text = path.read_text("utf-8")
    assert old in text, f"test set-up: {old!r} not in {PROEFSTAD}"
    path.write_text(text.replace(old, new, 1), "utf-8")
    return text.replace(old, new, 1)


def line_of(text: str, needle: str) -> int:
    return next(number for number, line in enumerate(text.splitlines(), start=1) if needle in line)


def test_a_name_that_does_not_fit_its_file_is_refused_with_file_line_and_column(proef: Path) -> None:
    text = change(proef, "naam: Proefstad", "naam: Anderstad")
    result = check_data(proef)
    assert result.returncode != 0
    expected = (f"{PROEFSTAD}:{line_of(text, 'naam: Anderstad')}:7: naam: de naam 'Anderstad' past niet bij de "
                "bestandsnaam")
    assert expected in result.stderr


def test_a_measure_that_does_not_exist_is_refused(proef: Path) -> None:
    text = change(proef, "maatregel: maatregel-alfa", "maatregel: maatregel-omega")
    result = check_data(proef)
    assert result.returncode != 0
    assert f"{PROEFSTAD}:{line_of(text, 'maatregel-omega')}:" in result.stderr
    assert "er is geen maatregel met id 'maatregel-omega'" in result.stderr


def test_an_amount_the_words_of_the_source_do_not_hold_is_refused(proef: Path) -> None:
    """Every quote is checked against the stored text of its source, also a municipality's."""
    change(proef, "Proefstad ontvangt 24.000 euro", "Proefstad ontvangt 42.000 euro")
    result = check_data(proef)
    assert result.returncode != 0
    assert "bedragen[0].bron.citaat: dit citaat staat niet in de tekst van de bron" in result.stderr


def test_a_new_municipal_amount_needs_a_changelog_entry(proef: Path) -> None:
    """A published amount, also a municipality's, changes only through the changelog: here a new
    amount with the words of the source that names it (the news item), and no entry."""
    change(proef, "bedrag: 24000", "bedrag: 26000")
    text = change(proef, "document: proefbrief-2021", "document: proefbericht-2021")
    text = change(proef, "citaat: Proefstad ontvangt 24.000 euro voor Maatregel Alfa.",
                  "citaat: Proefstad krijgt 26.000 euro voor Maatregel Alfa, meldt de Proefkrant.")
    result = check_data(proef)
    assert result.returncode != 0
    problems = [line for line in result.stderr.replace("\u00a0", " ").splitlines() if line.startswith("data/")]
    assert len(problems) == 1, result.stderr  # not also the quote: it names the new amount
    assert problems[0].startswith(f"{PROEFSTAD}:{line_of(text, 'bedrag: 26000')}:")
    assert "Proefstad" in problems[0] and "verandert van € 24.000 (24000) in € 26.000 (26000)" in problems[0]
    assert "maar data/wijzigingen.yaml vermeldt die wijziging niet" in problems[0]
    assert "{feit: gemeente:proefstad:maatregel-alfa, oud: 24000, nieuw: 26000}" in problems[0]


def test_the_overview_and_the_initiative_pages_link_a_municipality_to_its_page(pages: dict[str, BeautifulSoup]) -> None:
    overview = page(pages, "/initiatieven/")
    for link in overview.select("#per-gemeente a.gemeente"):
        address = urljoin("/initiatieven/", link["href"])
        assert address == f"/gemeenten/{gemeente_slug(link.get_text(strip=True))}/"
        assert page(pages, address) is not None
    assert overview.select_one("#per-gemeente a[href$='gemeenten/']") is not None  # and to the index
