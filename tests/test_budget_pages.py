"""Every amount and total on the built site is the amount in data/, exactly."""

from __future__ import annotations

import csv
import io
import json
from fractions import Fraction
from pathlib import Path

import pytest
import yaml
from annex import expected_from_source
from bs4 import BeautifulSoup
from conftest import ROOT
from dutch_numbers import parse_euro, parse_share

from macros.formatting.money import euro


def read(path: str):
    return yaml.safe_load((ROOT / "data" / path).read_text("utf-8"))


def expected_amounts(raw: dict) -> dict[str, int]:
    """What each data-ref must show, computed here from the YAML itself."""
    amounts = {"totaal": raw["totaal"], "lokaal": raw["lokaal"]["bedrag"]}
    amounts["niet-lokaal"] = raw["totaal"] - raw["lokaal"]["bedrag"]
    for onderdeel in raw["onderdelen"]:
        amounts[f"onderdeel:{onderdeel['id']}"] = onderdeel["totaal"]
        for regel in onderdeel["regels"]:
            amounts[f"regel:{regel['id']}"] = regel["bedrag"]
    route = read("route.yaml")
    for maatregel in route["gemeentefonds"]["maatregelen"]:
        amounts[f"maatregel:{maatregel['id']}"] = maatregel["bedrag"]
    amounts["route:gemeentefonds"] = route["gemeentefonds"]["totaal"]
    amounts["route:departementen"] = route["departementen"]["totaal"]
    amounts["route:departementen-gemeenten"] = route["departementen"]["waarvan_gemeenten"]
    amounts["route:via-gemeenten"] = route["via_gemeenten"]
    for path in sorted((ROOT / "data" / "bronversies").glob("*.yaml")):
        for cijfer in read(f"bronversies/{path.name}")["cijfers"]:
            if "bedrag" in cijfer:
                amounts[f"bronversie:{path.stem}:{cijfer['feit']}"] = cijfer["bedrag"]
            for deel in cijfer.get("verdeling", []):  # how the source divides it
                amounts[f"bronversie:{path.stem}:{cijfer['feit']}:{deel['naam']}"] = deel["bedrag"]
    return amounts | initiative_amounts() | flow_amounts(raw, route)


def initiative_amounts() -> dict[str, int]:
    """Each initiative's own amount and its results in euro."""
    amounts = {}
    for path in sorted((ROOT / "data" / "initiatieven").glob("*.yaml")):
        initiatief = read(f"initiatieven/{path.name}")
        for i, result in enumerate(initiatief.get("resultaten", [])):
            if result.get("eenheid") == "euro":
                amounts[f"initiatief:{path.stem}:resultaat:{i}"] = result["waarde"]
        if "bedrag" in initiatief["financiering"]:
            amounts[f"initiatief:{path.stem}:bedrag"] = initiatief["financiering"]["bedrag"]
    return amounts | money_after_the_plan()


def flow_amounts(raw: dict, route: dict) -> dict[str, int]:
    """The sums of the flow chart, computed here from the YAML: per kind of payment of the
    gemeentefonds, the departments' part not for municipalities, and per kind and actielijn the
    measures whose budget lines all belong to that actielijn."""
    def key(uitkering: str) -> str:
        return "algemene-uitkering" if uitkering == "algemene uitkering" else "decentralisatie-uitkering"

    actielijn_of = {r["id"]: o["id"] for o in raw["onderdelen"] for r in o["regels"]}
    amounts: dict[str, int] = {}
    for m in route["gemeentefonds"]["maatregelen"]:
        amounts[f"route:{key(m['uitkering'])}"] = amounts.get(f"route:{key(m['uitkering'])}", 0) + m["bedrag"]
        actielijnen = {actielijn_of[r] for r in m.get("regels", [])}
        if len(actielijnen) == 1:
            ref = f"geldstroom:{key(m['uitkering'])}:{actielijnen.pop()}"
            amounts[ref] = amounts.get(ref, 0) + m["bedrag"]
    departementen = route["departementen"]
    amounts["route:departementen-overig"] = departementen["totaal"] - departementen["waarvan_gemeenten"]
    return amounts


def money_after_the_plan() -> dict[str, int]:
    """The amounts of data/gemeenten/ and data/besteding.yaml, by the ids the site shows them with."""
    amounts = {}
    feiten = list(read("besteding.yaml")["feiten"])
    for path in sorted((ROOT / "data" / "gemeenten").glob("*.yaml")):
        gemeente = read(f"gemeenten/{path.name}")
        amounts |= {f"gemeente:{path.stem}:{b['id']}": b["bedrag"] for b in gemeente.get("bedragen", [])}
        feiten += gemeente.get("besteding", [])
    return amounts | {f"besteding:{f['id']}": f["bedrag"] for f in feiten if "bedrag" in f}


def all_amounts(pages: dict[str, BeautifulSoup]):
    for name, soup in pages.items():
        for element in soup.select("data[data-amount]"):  # charts carry theirs on <g>: see test_charts
            yield name, element


def test_the_site_shows_amounts(pages: dict[str, BeautifulSoup]) -> None:
    shown = [name for name, _ in all_amounts(pages)]
    assert len(shown) > 50
    actielijn_pages = {f"actielijnen/{o['id']}/index.html" for o in read("begroting.yaml")["onderdelen"]
                       if o["soort"] == "actielijn"}
    assert {"index.html", "begroting/index.html"} | actielijn_pages <= set(shown)


def test_every_amount_shown_is_the_amount_in_the_data(pages: dict[str, BeautifulSoup], raw_begroting: dict) -> None:
    expected = expected_amounts(raw_begroting)
    for name, element in all_amounts(pages):
        ref = element["data-ref"]
        if ref.startswith(("afwijking:", "wijziging:")):
            continue  # differences computed between sources (test_registers) and the changelog's history
        assert ref in expected, f"{name}: unknown data-ref {ref!r}"
        assert int(element["data-amount"]) == expected[ref], f"{name}: {ref}"
        assert parse_euro(element.get_text()) == expected[ref], f"{name}: {ref} reads {element.get_text()!r}"


def amount_in(row) -> int:
    return int(row.select_one("td [data-amount]")["data-amount"])


def test_every_subtotal_is_the_sum_of_the_lines_shown_with_it(pages: dict[str, BeautifulSoup]) -> None:
    checked = 0
    for name, soup in pages.items():
        for table in soup.select("table[data-tabel=begroting]"):
            for group in table.select("tbody[data-onderdeel]"):
                subtotal = group.select_one("tr[data-rol=subtotaal]")
                lines = group.select("tr[data-rol=regel]")
                assert lines, f"{name}: {group['data-onderdeel']} has no lines"
                assert amount_in(subtotal) == sum(amount_in(row) for row in lines), name
                checked += 1
    onderdelen = read("begroting.yaml")["onderdelen"]
    actielijnen = [o for o in onderdelen if o["soort"] == "actielijn"]
    assert checked >= len(onderdelen) + len(actielijnen)  # the Begroting page and each actielijn page


def test_every_total_is_the_sum_of_the_parts_shown_with_it(pages: dict[str, BeautifulSoup]) -> None:
    checked = 0
    for name, soup in pages.items():
        for table in soup.select("table.begroting"):
            total_row = table.select_one("tfoot tr[data-rol=totaal]")
            if total_row is None:
                continue
            parts = table.select("tr[data-rol=subtotaal]") or table.select("tr[data-rol=regel]")
            assert amount_in(total_row) == sum(amount_in(row) for row in parts), name
            checked += 1
    assert checked >= 4  # home overview, home local split, Begroting, actielijnen overview


def test_every_share_is_the_amount_over_the_total(pages: dict[str, BeautifulSoup], raw_begroting: dict) -> None:
    total = raw_begroting["totaal"]
    for name, soup in pages.items():
        for row in soup.select("table.begroting tr"):
            share_element = row.select_one("[data-share]")
            if share_element is None:
                continue
            exact = Fraction(amount_in(row), total)
            assert Fraction(share_element["data-share"]) == exact, name
            shown, is_exact = parse_share(share_element.get_text())
            if is_exact:
                assert shown == exact, f"{name}: {share_element.get_text()}"
            else:
                assert abs(shown - exact) < Fraction(1, 1000), f"{name}: {share_element.get_text()}"


def shown_on_begroting(pages: dict[str, BeautifulSoup]) -> dict[str, str]:
    table = pages["begroting/index.html"].select_one("table[data-tabel=begroting]")
    return {element["data-ref"]: element.get_text() for element in table.select("[data-amount]")}


def test_the_begroting_page_shows_the_annex(pages: dict[str, BeautifulSoup]) -> None:
    """The figures of the financial annex (an independent copy in tests/referentie/), as a
    reader sees them: the same as the source, or changed by a recorded change."""
    shown = shown_on_begroting(pages)
    differences = []
    for feit, (source, expected, name) in expected_from_source().items():
        if feit not in shown:
            differences.append(f"{feit} ({name}): staat niet op de pagina Begroting, maar wel in de bron")
        elif parse_euro(shown[feit]) != expected:
            actual = parse_euro(shown[feit])
            differences.append(
                f"{feit} ({name}): de bijlage financieel overzicht zegt {euro(source)}"
                + (f" (na de vastgelegde wijzigingen {euro(expected)})" if expected != source else "")
                + f", de site toont {euro(actual)}. Is dit een bewuste wijziging, leg haar dan vast in "
                f"data/wijzigingen.yaml met {{feit: {feit}, oud: {expected}, nieuw: {actual}}} en de bron van het "
                "nieuwe bedrag in de samenvatting (zie CONTRIBUTING.md); anders: zet het bedrag terug.")
    assert not differences, "De site wijkt af van de bron:\n" + "\n".join(differences)


def test_the_home_page_shows_the_package_at_a_glance(pages: dict[str, BeautifulSoup], raw_begroting: dict) -> None:
    home = pages["index.html"]
    overview = home.select_one("table[data-tabel=overzicht]")
    rows = {row["data-onderdeel"]: row for row in overview.select("tr[data-onderdeel]")}
    assert list(rows) == [onderdeel["id"] for onderdeel in raw_begroting["onderdelen"]]
    for onderdeel in raw_begroting["onderdelen"]:
        shown, exact = parse_share(rows[onderdeel["id"]].select_one("[data-share]").get_text())
        share = Fraction(onderdeel["totaal"], raw_begroting["totaal"])
        assert shown == share if exact else abs(shown - share) < Fraction(1, 1000), onderdeel["id"]
    split = {e["data-ref"]: e.get_text() for e in home.select("table[data-tabel=verdeling] [data-amount]")}
    assert parse_euro(split["lokaal"]) == raw_begroting["lokaal"]["bedrag"]
    assert parse_euro(split["niet-lokaal"]) == raw_begroting["totaal"] - raw_begroting["lokaal"]["bedrag"]


def test_each_actielijn_page_shows_its_own_lines(pages: dict[str, BeautifulSoup], raw_begroting: dict) -> None:
    for onderdeel in raw_begroting["onderdelen"]:
        if onderdeel["soort"] != "actielijn":
            continue
        page = pages[f"actielijnen/{onderdeel['id']}/index.html"]
        table = page.select_one("table[data-tabel=begroting]")
        lines = [e["data-ref"] for e in table.select("tr[data-rol=regel] [data-amount]")]
        assert lines == [f"regel:{regel['id']}" for regel in onderdeel["regels"]]


def test_the_downloads_hold_the_data(site: Path, raw_begroting: dict) -> None:
    expected = [
        (onderdeel["id"], regel["id"], regel["bedrag"])
        for onderdeel in raw_begroting["onderdelen"] for regel in onderdeel["regels"]
    ]
    rows = list(csv.DictReader(io.StringIO((site / "downloads/begroting.csv").read_text("utf-8"))))
    assert [(r["onderdeel_id"], r["regel_id"], int(r["bedrag_euro"])) for r in rows] == expected
    assert sum(int(r["bedrag_euro"]) for r in rows) == raw_begroting["totaal"]

    document = json.loads((site / "downloads/begroting.json").read_text("utf-8"))
    assert document["totaal_euro"] == raw_begroting["totaal"]
    assert document["lokaal_euro"] == raw_begroting["lokaal"]["bedrag"]
    from_json = [(o["id"], r["id"], r["bedrag_euro"]) for o in document["onderdelen"] for r in o["regels"]]
    assert from_json == expected
    for onderdeel, raw in zip(document["onderdelen"], raw_begroting["onderdelen"], strict=True):
        assert onderdeel["totaal_euro"] == raw["totaal"]
        assert all(isinstance(r["bedrag_euro"], int) for r in onderdeel["regels"])


def test_the_begroting_page_links_the_downloads(pages: dict[str, BeautifulSoup]) -> None:
    links = {a["href"] for a in pages["begroting/index.html"].select("a[download]")}
    assert links == {f"../downloads/begroting.{ext}" for ext in ("xlsx", "csv", "json")}


@pytest.mark.parametrize("marker", ["{{", "{%", "Macro Syntax Error", "Macro Rendering Error"])
def test_no_template_text_reaches_a_page(site: Path, marker: str) -> None:
    for page in site.rglob("*.html"):
        assert marker not in page.read_text("utf-8"), page.relative_to(site)
