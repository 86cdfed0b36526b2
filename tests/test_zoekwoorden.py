"""Readers' words (data/zoekwoorden.yaml) in the search index: the check refuses an entry
that leads nowhere or twice, in Dutch with file and line; the build adds each word to the
index the theme wrote, as a tag of the page or heading it names, or as an entry of its own for
a budget line (its name and amount from the figure register); an anchor that is no heading
stops the build; another generator's index is left alone.

(That each word finds its place first in a real browser: tests/test_browser_search.py.)"""

from __future__ import annotations

import html
import json
from dataclasses import replace
from pathlib import Path

import pytest
import yaml
from conftest import ROOT, check_data

from macros.facts.provenance import Herkomst
from macros.facts.zoekwoorden import Zoekwoord
from macros.formatting import urls
from macros.postbuild.zoekindex import INDEX, Treffer, add_best_bets, treffers, write_index
from macros.register.site import Site, load_site

SITE = load_site(ROOT)
FILE = "data/zoekwoorden.yaml"
HEADER = "# yaml-language-server: $schema=schemas/zoekwoorden.schema.json\n"


def write_zoekwoorden(project: Path, items: list[dict]) -> None:
    (project / FILE).write_text(HEADER + yaml.safe_dump({"zoekwoorden": items}, allow_unicode=True), "utf-8")


def a_regel() -> str:
    return SITE.gegevens.begroting.regels[0].id


def an_initiative_page() -> str:
    return next(p.id for p in SITE.paginas.soort("initiatief"))


@pytest.mark.parametrize(("items", "expected"), [
    ([{"woorden": ["iets"], "reden": "test"}], "noem óf een pagina óf een begrotingsregel"),
    ([{"woorden": ["iets"], "pagina": "index.md", "regel": "REGEL", "reden": "test"}],
     "noem óf een pagina óf een begrotingsregel"),
    ([{"woorden": ["iets"], "regel": "bestaat-niet", "reden": "test"}], "er is geen begrotingsregel 'bestaat-niet'"),
    ([{"woorden": ["iets"], "regel": "REGEL", "anker": "kop", "reden": "test"}], "een anker hoort bij een pagina"),
    ([{"woorden": ["iets"], "pagina": "bestaat-niet.md", "reden": "test"}], "de pagina 'bestaat-niet.md' bestaat niet"),
    ([{"woorden": ["Den  Bosch"], "pagina": "index.md", "reden": "test"},
      {"woorden": ["den bosch"], "pagina": "begroting.md", "reden": "test"}],
     "'den bosch' staat al bij een ander zoekwoord (regel 3)"),
])
def test_the_check_refuses_a_word_that_leads_nowhere_or_twice(project: Path, items: list[dict],
                                                              expected: str) -> None:
    items = [{k: a_regel() if v == "REGEL" else v for k, v in item.items()} for item in items]
    write_zoekwoorden(project, items)
    result = check_data(project)
    assert result.returncode == 1
    assert f"{FILE}:" in result.stderr and expected in result.stderr, result.stderr


def test_the_file_may_be_left_out_or_empty(project: Path) -> None:
    write_zoekwoorden(project, [])
    assert check_data(project).returncode == 0
    (project / FILE).unlink()
    assert check_data(project).returncode == 0


SETTINGS = {"lang": ["nl"], "separator": r"[\s\-]+", "pipeline": ["stopWordFilter"],
            "fields": {"title": {"boost": 1000.0}, "text": {"boost": 1.0}, "tags": {"boost": 1e5}}}


def fixture_index(locations: list[str]) -> dict:
    return {"config": SETTINGS,
            "docs": [{"location": location, "title": "Titel", "text": "<p>Tekst</p>"} for location in locations]}


def with_words(*items: Zoekwoord) -> Site:
    """The real site with other readers' words."""
    return replace(SITE, gegevens=replace(SITE.gegevens, zoekwoorden=items))


def zoekwoord(woorden: tuple[str, ...], pagina: str | None = None, anker: str | None = None,
              regel: str | None = None) -> Zoekwoord:
    return Zoekwoord(woorden, pagina, anker, regel, Herkomst(FILE, ("zoekwoorden", 0)), f"{FILE}:13:5")


def test_a_page_gets_the_words_as_tags_and_a_budget_line_an_entry_of_its_own() -> None:
    page = an_initiative_page()
    regel = SITE.gegevens.regel(a_regel())
    site = with_words(zoekwoord(("<b>Woord</b>",), pagina=page), zoekwoord(("ander",), regel=regel.id))
    address = SITE.paginas[page].adres
    written = fixture_index(["", address])
    assert add_best_bets(site, written) == []
    docs = {doc["location"]: doc for doc in written["docs"]}
    assert docs[address]["tags"] == ["&lt;b&gt;Woord&lt;/b&gt;"]  # the theme shows tags as HTML: escaped
    line = next(loc for loc in docs if loc.endswith("#" + urls.regel_anchor(regel.id)))
    assert written["docs"][-1]["location"] == line  # after the page's own entries
    assert docs[line]["title"] == html.escape(f"{regel.naam}: {SITE.cijfers['regel:' + regel.id].tekst}",
                                              quote=False)
    assert docs[line]["tags"] == ["ander"]


def test_an_anchor_that_is_no_heading_stops_the_build() -> None:
    page = an_initiative_page()
    index = fixture_index([SITE.paginas[page].adres])
    problems = add_best_bets(with_words(zoekwoord(("woord",), pagina=page, anker="geen-kop")), index)
    assert len(problems) == 1 and problems[0].startswith(f"{FILE}:13:5: anker: 'geen-kop' is geen kop"), problems


def test_another_generators_index_is_left_alone(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / INDEX).parent.mkdir(parents=True)
    (tmp_path / INDEX).write_text("{}", "utf-8")  # the generator's own, in its own format
    site = with_words(zoekwoord(("woord",), pagina="index.md"))
    assert write_index(site, tmp_path, None, [], "zensical") == []
    assert (tmp_path / INDEX).read_text("utf-8") == "{}"
    assert "zoekwoorden" in capsys.readouterr().err


def test_every_best_bet_of_the_site_is_in_its_built_index(site: Path) -> None:
    """On the real site: each readers' word is a tag of the entry at its place, and each
    place exists on its built page (the row of a budget line, a page, a heading)."""
    docs = {doc["location"]: doc for doc in json.loads((site / INDEX).read_text("utf-8"))["docs"]}
    bets: list[Treffer] = treffers(SITE)
    assert bets, "data/zoekwoorden.yaml names readers' words"
    for bet in bets:
        assert set(map(html.escape, bet.woorden)) <= set(docs[bet.location]["tags"]), bet
        page, _, anchor = bet.location.partition("#")
        built = (site / page / "index.html").read_text("utf-8")
        assert not anchor or f'id="{anchor}"' in built, f"{bet.location}: no element with that id"


def test_a_page_the_index_leaves_out_gets_an_entry_of_its_own() -> None:
    """A source's page is not searched by itself; a readers' word may still lead to it."""
    bron = next(p for p in SITE.paginas.soort("bron"))
    index = fixture_index([""])
    assert add_best_bets(with_words(zoekwoord(("kamerstuk",), pagina=bron.id)), index) == []
    entry = index["docs"][-1]
    assert entry == {"location": bron.adres, "title": html.escape(bron.venstertitel, quote=False),
                     "text": html.escape(bron.beschrijving or "", quote=False), "tags": ["kamerstuk"]}
