"""The page and figure registers are the one list of what the site publishes: every part asks
them. A data file that would take an address already in use is refused at that file; a
redirect may lead to any page readers read (a source's page too); every figure on the built
site is one the figure register knows, with the value it says."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from bs4 import BeautifulSoup
from conftest import check_data
from edits import declare_redirect

from macros.register.site import load_site


def test_a_data_file_on_an_address_in_use_is_refused_at_that_file(project: Path) -> None:
    """data/initiatieven/index.yaml would replace the overview /initiatieven/ with one initiative."""
    initiatieven = project / "data" / "initiatieven"
    first = sorted(initiatieven.glob("*.yaml"))[0]
    (initiatieven / "index.yaml").write_text(first.read_text("utf-8"), "utf-8")
    result = check_data(project)
    assert result.returncode == 1
    problems = result.stderr.splitlines()[1:]
    taken = [p for p in problems if p.startswith("data/initiatieven/index.yaml:") and "webadres" in p]
    assert len(taken) == 1 and "/initiatieven/" in taken[0] and "content/initiatieven/index.md" in taken[0], problems


def test_a_redirect_may_lead_to_a_source_page(project: Path) -> None:
    site = load_site(project)
    source = site.paginas.soort("bron")[0]
    declare_redirect(project, "oude-bronpagina.md", source.id)
    result = check_data(project)
    assert result.returncode == 0, result.stderr


def test_every_amount_on_the_site_is_a_figure_of_the_register(pages: dict[str, BeautifulSoup]) -> None:
    """Every `<data>` amount with a figure id shows the value the register holds for that id
    (the Wijzigingen page's old and new values are history, not current figures)."""
    cijfers = load_site().cijfers
    seen = 0
    for name, soup in pages.items():
        for element in soup.select("data[data-ref][data-amount]"):
            ref = element["data-ref"]
            if ref.startswith("wijziging:") or ref.startswith("home:"):
                continue
            cijfer = cijfers.get(ref)
            assert cijfer is not None, f"{name}: {ref} is not in the figure register"
            assert Decimal(element["data-amount"]) == cijfer.waarde, (name, ref)
            seen += 1
    assert seen > len(cijfers.vastgelegd())  # the budget's amounts, and many more


def test_every_page_of_the_register_is_built_and_nothing_else(site: Path) -> None:
    register = load_site().paginas
    expected = {p.adres + ("index.html" if p.adres.endswith("/") or p.adres == "" else "") for p in register.html()}
    built = {p.relative_to(site).as_posix() for p in site.rglob("*.html")} - {"404.html"}
    assert built == expected
    for pagina in register.soort("download", "feed"):
        assert (site / pagina.adres).is_file(), pagina.adres
