"""The open-data files validate against their datapackage.json and hold exactly the data."""

from __future__ import annotations

import csv
import io
import json
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import yaml
from bs4 import BeautifulSoup
from conftest import ROOT
from frictionless import Package

from macros.facts.claims import Kader
from macros.facts.provenance import Bronverwijzing, Herkomst
from macros.formatting.slugs import gemeente_slug
from macros.formatting.urls import page_path
from macros.output.downloads import DATA_PAGE, FORMULA_START, TABLES
from macros.output.downloads.table import BRON_KOLOMMEN, KADER_VELDEN, bron_cellen, bron_velden, kader_cellen

DATA = ROOT / "data"


def rows(site: Path, name: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO((site / "downloads" / name).read_text("utf-8"))))


def test_the_data_package_validates(site: Path) -> None:
    report = Package(str(site / "downloads" / "datapackage.json")).validate()
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])
    package = published_package(site)
    assert package["licenses"][0]["name"] == "CC0-1.0"
    # Its homepage is the page about the data; each row's `pagina` is a path from the site's address,
    # which the description names.
    assert package["homepage"].startswith("https://") and package["homepage"].endswith("/" + page_path(DATA_PAGE))
    site_url = package["homepage"].removesuffix(page_path(DATA_PAGE))
    assert f"vanaf de hoofdpagina van de site: {site_url}." in package["description"]
    for name in ("initiatieven", "gemeentelijst"):
        for row in json_rows(site, name):
            assert (site / row["pagina"] / "index.html").is_file(), (name, row["pagina"])
    assert [r["name"] for r in package["resources"]] == list(TABLES)
    assert {"route", "afwijkingen", "opbrengsten", "tijdlijn", "resultaten", "kerncijfers"} <= set(TABLES)


def test_initiatives_file_holds_every_initiative(site: Path) -> None:
    files = sorted((DATA / "initiatieven").glob("*.yaml"))
    table = rows(site, "initiatieven.csv")
    assert [r["id"] for r in table] == [p.stem for p in files]
    for row, path in zip(table, files, strict=True):
        raw = yaml.safe_load(path.read_text("utf-8"))
        assert row["naam"] == csv_cell(raw["naam"])
        assert row["actielijn_id"] == raw["actielijn"]
        assert row["gemeenten"].split("|") == [csv_cell(g) for g in raw.get("gemeenten") or [""]]


def csv_cell(text: str) -> str:
    """A spreadsheet must not read a text cell as a formula: such a cell starts with an apostrophe."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def test_no_csv_cell_can_become_a_spreadsheet_formula(site: Path) -> None:
    for path in (site / "downloads").glob("*.csv"):
        for row in csv.reader(io.StringIO(path.read_text("utf-8"))):
            for cell in row:
                assert cell[:1] not in ("=", "+", "@", "\t", "\r") and not re.match(r"-[^0-9]", cell), (path, cell)


def test_key_figures_file_holds_the_exact_values(site: Path) -> None:
    raw = yaml.load((DATA / "kerncijfers.yaml").read_text("utf-8"), Loader=yaml.BaseLoader)["kerncijfers"]
    table = rows(site, "kerncijfers.csv")
    assert [r["id"] for r in table] == [k["id"] for k in raw]
    for row, kerncijfer in zip(table, raw, strict=True):
        if "waarde" in kerncijfer:
            assert Decimal(row["waarde"]) == Decimal(kerncijfer["waarde"].replace(".", "").replace(",", "."))
        else:
            assert row["waarde"] == "" and row["waarde_tekst"] == kerncijfer["waarde_tekst"]


def test_sources_file_holds_every_source(site: Path) -> None:
    assert [r["id"] for r in rows(site, "bronnen.csv")] == sorted(p.stem for p in (DATA / "bronnen").glob("*.yaml"))


def test_the_data_page_links_every_file(site: Path, pages: dict[str, BeautifulSoup]) -> None:
    links = {a["href"].removeprefix("../downloads/") for a in pages["data/index.html"].select("a[download]")}
    assert links == {p.name for p in (site / "downloads").iterdir()}
    assert "CC0" in pages["data/index.html"].get_text()


# --- every table: JSON with real types, CSV and JSON the same, values from the data --------------

NUMBER_TEXT = re.compile(r"^\s*[-+]?\d+([.,]\d+)*\s*$")


def published_package(site: Path) -> dict[str, Any]:
    """The built datapackage.json."""
    return json.loads((site / "downloads" / "datapackage.json").read_text("utf-8"))


def package_fields(site: Path) -> dict[str, dict[str, str]]:
    """Per resource (table name), each column's Frictionless type, from the published package."""
    return {r["name"]: {f["name"]: f["type"] for f in r["schema"]["fields"]}
            for r in published_package(site)["resources"]}


def json_rows(site: Path, name: str) -> list[dict[str, object]]:
    """A JSON download with its numbers as exact Decimals (never through a float)."""
    return json.loads((site / "downloads" / f"{name}.json").read_text("utf-8"), parse_float=Decimal)


def tabular_json(site: Path) -> list[str]:
    """The tables whose JSON holds the same rows as their CSV (the budget's JSON is nested)."""
    return [name for name in package_fields(site) if isinstance(json_rows(site, name), list)]


def test_every_page_that_offers_a_csv_offers_the_excel_file_first(pages: dict[str, BeautifulSoup]) -> None:
    """A reader with Dutch Excel gets a CSV in one column (the data page says so), so wherever
    a page offers a table as CSV, the Excel file of that table stands before it."""
    offered = 0
    for path, soup in pages.items():
        links = [a["href"].rsplit("/", 1)[-1] for a in soup.select("article a[href*='downloads/']")]
        for name in (n for n in links if n.endswith(".csv")):
            excel = name.removesuffix(".csv") + ".xlsx"
            assert excel in links[:links.index(name)], f"{path}: {name} without {excel} before it"
            offered += 1
    assert offered > len(TABLES)  # the data page and the pages with their own downloads


def assert_json_type(value: object, kind: str, where: str) -> None:
    if isinstance(value, str) and kind != "string":
        raise AssertionError(f"{where}: text {value!r} in a {kind} field")
    if value is None:
        return
    expected = {"string": (str,), "integer": (int,), "number": (int, Decimal), "boolean": (bool,)}[kind]
    assert isinstance(value, expected) and (kind == "boolean") == isinstance(value, bool), (where, value, kind)


def test_every_json_holds_real_numbers_and_booleans(site: Path) -> None:
    fields = package_fields(site)
    names = tabular_json(site)
    assert set(names) >= {"route", "afwijkingen", "opbrengsten", "tijdlijn", "resultaten", "kerncijfers"}
    for name in names:
        for number, row in enumerate(json_rows(site, name)):
            assert list(row) == list(fields[name]), name
            for column, value in row.items():
                assert_json_type(value, fields[name][column], f"{name}.json[{number}].{column}")
                if fields[name][column] != "string":
                    assert not (isinstance(value, str) and (NUMBER_TEXT.match(value) or value in ("true", "false")))


def test_the_nested_budget_json_holds_real_numbers(site: Path) -> None:
    def walk(node: object, key: str = "") -> None:
        if isinstance(node, dict):
            for child_key, child in node.items():
                walk(child, child_key)
        elif isinstance(node, list):
            for child in node:
                walk(child, key)
        elif key.endswith("_euro") or key == "nummer":
            assert node is None or (isinstance(node, int) and not isinstance(node, bool)), (key, node)
        else:
            assert not (isinstance(node, str) and node in ("true", "false")), (key, node)
    walk(json_rows(site, "begroting"))


def from_csv(cell: str, kind: str) -> object:
    if cell == "":
        return None
    return {"integer": int, "number": Decimal, "boolean": {"true": True, "false": False}.__getitem__,
            "string": str}[kind](cell)


def test_csv_and_json_hold_the_same_rows(site: Path) -> None:
    fields = package_fields(site)
    for name in tabular_json(site):
        table, as_json = rows(site, f"{name}.csv"), json_rows(site, name)
        assert len(table) == len(as_json), name
        for csv_row, json_row in zip(table, as_json, strict=True):
            assert list(csv_row) == list(json_row), name
            for column, kind in fields[name].items():
                value = json_row[column]
                expected = csv_cell(value) if kind == "string" and value is not None else value
                assert from_csv(csv_row[column], kind) == expected, (name, column, csv_row[column], value)


def test_no_download_writes_a_float() -> None:
    """Money and figures go out exactly: a float in a row is refused, a Decimal keeps its digits."""
    from macros.output.downloads.encode import csv_value, json_text

    assert json_text([{"waarde": Decimal("48.3"), "bedrag_euro": 59700000, "ja": True}]) == (
        '[\n  {\n    "waarde": 48.3,\n    "bedrag_euro": 59700000,\n    "ja": true\n  }\n]\n')
    assert csv_value(Decimal("86.5")) == "86.5" and csv_value(False) == "false" and csv_value(None) == ""
    try:
        json_text({"waarde": 0.1})
    except TypeError:
        return
    raise AssertionError("a float was written")


@pytest.fixture(scope="module")
def gegevens():
    from macros.facts.loader import load_gegevens

    return load_gegevens()


def cited(row: dict[str, object], bron, prefix: str = "") -> None:
    """A row carries its source id, place and, when the citation has words, those words."""
    assert row[f"{prefix}bron_id"] == bron.document
    assert row[f"{prefix}bron_vindplaats"] == bron.vindplaats
    assert row[f"{prefix}citaat"] == (" ".join(bron.citaat.split()) if bron.citaat else None)
    assert row[f"{prefix}citaat_afgebroken"] == bron.afgebroken


def cited_or_empty(row: dict[str, object], bron, prefix: str) -> None:
    if bron is None:
        assert [row[f"{prefix}{name}"] for name in BRON_KOLOMMEN] == [None] * len(BRON_KOLOMMEN)
    else:
        cited(row, bron, prefix)


def test_every_quote_says_whether_its_sentence_is_whole(site: Path) -> None:
    """A quote whose sentence is cut off in the source must never read as whole in a download
    either: every column with a source's words has its `…_afgebroken` column beside it, with
    the place in the source before it, in every table and in the nested budget."""
    for name, tabel in TABLES.items():
        for index, column in enumerate(tabel.kolommen):
            if column.endswith("citaat"):
                prefix = column.removesuffix("citaat")
                assert tabel.kolommen[index - 1: index + 2] == (
                    f"{prefix}bron_vindplaats", column, f"{column}_afgebroken"), (name, column)
    nested = json_rows(site, "begroting")
    regels = [regel for onderdeel in nested["onderdelen"] for regel in onderdeel["regels"]]
    assert regels and all(list(regel)[-4:] == list(BRON_KOLOMMEN) for regel in regels)
    for prefix in ("totaal_", "lokaal_"):
        assert [key for key in nested if key.startswith(prefix) and key != f"{prefix}euro"] == [
            f"{prefix}{name}" for name in BRON_KOLOMMEN]


def test_source_cells_are_empty_without_a_source_and_carry_a_cut() -> None:
    cut = Bronverwijzing("brief", "p. 2", Herkomst("data/x.yaml"), "In 2021 zijn er", "eind")
    assert bron_cellen(cut, "bedrag_") == {"bedrag_bron_id": "brief", "bedrag_bron_vindplaats": "p. 2",
                                          "bedrag_citaat": "In 2021 zijn er", "bedrag_citaat_afgebroken": "eind"}
    assert bron_cellen(None, "bedrag_") == dict.fromkeys(bron_cellen(cut, "bedrag_"))
    assert tuple(veld.naam for veld in bron_velden("bedrag_", "van het bedrag")) == tuple(bron_cellen(None, "bedrag_"))


def test_route_file_holds_every_measure_and_the_departments(site: Path, gegevens) -> None:
    route, table = gegevens.route, json_rows(site, "route")
    measures = [row for row in table if row["route"] == "gemeentefonds"]
    assert [(r["id"], r["bedrag_euro"]) for r in measures] == [(m.id, m.bedrag) for m in route.maatregelen]
    assert sum(r["bedrag_euro"] for r in measures) == route.gemeentefonds_volgens_bron
    [departments] = [row for row in table if row["route"] == "departementen"]
    assert departments["bedrag_euro"] == route.departementen
    assert departments["waarvan_gemeenten_euro"] == route.departementen_waarvan_gemeenten
    assert sum(r["bedrag_euro"] for r in table) == route.totaal_volgens_bron
    for row in measures:
        cited(row, route.bron)
    cited(departments, route.departementen_bron)  # the note that gives the departmental amounts


def test_register_file_holds_every_finding(site: Path, gegevens) -> None:
    from macros.facts.discrepancies import afwijkingen

    register = afwijkingen(gegevens.begroting, gegevens.route, gegevens.bronversies)
    expected = [(a.feit, b.soort, b.bron_id, b.tegen_bron_id, b.waarde, b.tegen_waarde, b.verschil)
                for a in register for b in a.bevindingen]
    table = json_rows(site, "afwijkingen")
    found = [(r["feit"], r["soort"], r["bron_id"], r["tegen_bron_id"], r["bedrag_euro"], r["tegen_bedrag_euro"],
              r["verschil_euro"]) for r in table if r["soort"] != "omschrijving"]
    assert found == expected and expected
    for row in table:
        if row["verschil_euro"] is not None:
            assert row["verschil_euro"] == row["bedrag_euro"] - row["tegen_bedrag_euro"]
    described = {(a.feit, v.bron_id) for a in register for v in a.versies if v.omschrijving and not v.gezaghebbend}
    listed = {(r["feit"], r["bron_id"]) for r in table if r["toelichting"]}
    assert described == listed


def test_outcomes_file_holds_every_part_and_fact(site: Path, gegevens) -> None:
    opbrengsten, table = gegevens.opbrengsten, json_rows(site, "opbrengsten")
    parts = [r for r in table if r["soort"] == "verdeling"]
    assert [(r["verdeling_id"], r["naam"], r["waarde"]) for r in parts] == [
        (v.id, d.naam, d.procent) for v in opbrengsten.verdelingen for d in v.delen]
    for verdeling in opbrengsten.verdelingen:
        assert sum(r["waarde"] for r in parts if r["verdeling_id"] == verdeling.id) == 100
    facts = [r for r in table if r["soort"] == "feit"]
    assert len(facts) == len(opbrengsten.feiten)
    for row, feit in zip(facts, opbrengsten.feiten, strict=True):
        assert row["waarde"] == (feit.getal.waarde if feit.getal else None)
        cited(row, feit.bron)
        framed(row, feit.kader)
    for row in parts:
        framed(row, None)


def test_timeline_file_holds_every_event(site: Path, gegevens) -> None:
    table = json_rows(site, "tijdlijn")
    expected = [(g.datum, g.titel, g.soort) for g in gegevens.tijdlijn]
    assert [(r["datum"], r["titel"], r["soort"]) for r in table] == expected
    for row, gebeurtenis in zip(table, gegevens.tijdlijn, strict=True):
        cited(row, gebeurtenis.bron)


def test_results_file_holds_every_result_with_its_figure(site: Path, gegevens) -> None:
    table = json_rows(site, "resultaten")
    expected = [(i.id, soort, b) for i in sorted(gegevens.initiatieven.values(), key=lambda i: i.id)
                for soort, items in (("resultaat", i.resultaten), ("kanttekening", i.kanttekeningen)) for b in items]
    assert len(table) == len(expected) and any(soort == "resultaat" for _, soort, _ in expected)
    for row, (initiatief_id, soort, bewering) in zip(table, expected, strict=True):
        assert (row["initiatief_id"], row["soort"]) == (initiatief_id, soort)
        assert row["waarde"] == (bewering.getal.waarde if bewering.getal else None)
        assert row["eenheid"] == (bewering.getal.eenheid if bewering.getal else None)
        assert row["peildatum"] == bewering.peildatum
        cited(row, bewering.bron)
        framed(row, bewering.kader)


def framed(row: dict[str, object], kader) -> None:
    """A headline figure carries how far it reaches, its period and who paid, each with its source
    where it has one: in a download as on the page, so one project's figure never reads as the
    package's result."""
    if kader is None:
        assert all(row[name] is None for name in ("reikwijdte", "periode", "geldgevers", "periode_bron_id",
                                                   "geldgevers_bron_id", "periode_citaat", "geldgevers_citaat"))
        return
    assert (row["reikwijdte"], row["periode"], row["geldgevers"]) == (
        kader.reikwijdte, " ".join(kader.periode.split()), " ".join(kader.geldgevers.split()))
    for prefix, bron in (("periode_", kader.periode_bron), ("geldgevers_", kader.geldgevers_bron)):
        cited_or_empty(row, bron, prefix)


def test_a_frame_becomes_its_cells_with_its_sources() -> None:
    cut = Bronverwijzing("brief", "p. 2", Herkomst("data/x.yaml"), "Het afgelopen jaar", "begin")
    cells = kader_cellen(Kader("Het jaar 2021.", None, "Het Rijk\n en een loterij.", cut, "breder"))
    assert (cells["reikwijdte"], cells["periode"], cells["geldgevers"]) == ("breder", "Het jaar 2021.",
                                                                            "Het Rijk en een loterij.")
    assert cells["periode_bron_id"] is None and cells["geldgevers_citaat_afgebroken"] == "begin"
    assert tuple(cells) == tuple(veld.naam for veld in KADER_VELDEN) == tuple(kader_cellen(None))
    assert set(kader_cellen(None).values()) == {None}


def test_an_initiative_lists_the_sources_of_its_results_frames(site: Path, gegevens) -> None:
    table = {r["id"]: r for r in json_rows(site, "initiatieven")}
    for initiatief in gegevens.initiatieven.values():
        framing = {c.document for b in initiatief.resultaten if b.kader for c in b.kader.citations()}
        assert framing <= set((table[initiatief.id]["bron_ids"] or "").split("|")), initiatief.id


def test_key_figures_json_holds_the_exact_values_and_quotes(site: Path, gegevens) -> None:
    table = json_rows(site, "kerncijfers")
    assert [r["id"] for r in table] == [k.id for k in gegevens.kerncijfers]
    for row, kerncijfer in zip(table, gegevens.kerncijfers, strict=True):
        assert row["waarde"] == (kerncijfer.getal.waarde if kerncijfer.getal else None)
        cited(row, kerncijfer.bron)


def test_initiatives_json_says_yes_or_no_as_booleans(site: Path, gegevens) -> None:
    table = {r["id"]: r for r in json_rows(site, "initiatieven")}
    for initiatief in gegevens.initiatieven.values():
        assert table[initiatief.id]["voorbeeld_kamerbrief_februari_2021"] is initiatief.gepland_voorbeeld
        assert table[initiatief.id]["resultaat_opbrengstenbrief_december_2021"] is initiatief.gerapporteerd_resultaat


def test_initiatives_file_says_whether_the_package_paid_and_how_much(site: Path, gegevens) -> None:
    """The payment status, the words that carry it and the initiative's own amount, from data;
    CSV and JSON alike, so nobody counts the examples as funded projects."""
    table = {r["id"]: r for r in json_rows(site, "initiatieven")}
    assert {r["financiering"] for r in table.values()} <= {"betaald", "voorbeeld", "niet-bekend"}
    csv_table = {r["id"]: r for r in rows(site, "initiatieven.csv")}
    for initiatief in gegevens.initiatieven.values():
        row, f = table[initiatief.id], initiatief.financiering
        assert row["financiering"] == csv_table[initiatief.id]["financiering"] == f.status
        cited_or_empty(row, f.bron, "financiering_")
        assert row["bedrag_euro"] == f.bedrag and (f.bedrag is None or type(row["bedrag_euro"]) is int)
        cited_or_empty(row, f.bedrag_verwijzing if f.bedrag is not None else None, "bedrag_")
        assert csv_table[initiatief.id]["bedrag_euro"] == ("" if f.bedrag is None else str(f.bedrag))


def test_the_list_of_municipalities_holds_every_municipality_page(site: Path, gegevens, pages) -> None:
    """One row per municipality page, so a data user can answer 'what did my municipality get or
    do' from the files: its amounts, its inzet and its spending facts are counted in the files
    that hold them, its initiatives listed; every other file's gemeente_id is one of its rows."""
    table = json_rows(site, "gemeentelijst")
    assert sorted(f"gemeenten/{row['id']}/index.html" for row in table) == sorted(
        page for page in pages if page.startswith("gemeenten/") and page != "gemeenten/index.html")
    counted = {name: {} for name in ("gemeenten", "inzet", "besteding")}
    for name, counts in counted.items():
        for row in json_rows(site, name):
            if row["gemeente_id"] is not None:
                counts[row["gemeente_id"]] = counts.get(row["gemeente_id"], 0) + 1
    for row in table:
        assert (row["aantal_bedragen"], row["aantal_inzet"], row["aantal_besteding"]) == tuple(
            counted[name].get(row["id"], 0) for name in ("gemeenten", "inzet", "besteding")), row["id"]
        named = sorted(i.id for i in gegevens.initiatieven.values()
                       if row["id"] in {gemeente_slug(naam) for naam in i.gemeenten})
        assert (row["initiatief_ids"] or "").split("|") == (named or [""]), row["id"]
    assert {gemeente_id for counts in counted.values() for gemeente_id in counts} <= {row["id"] for row in table}


def test_the_inzet_file_holds_what_each_municipality_did(site: Path, gegevens) -> None:
    table = json_rows(site, "inzet")
    expected = [(g.id, inzet) for g in sorted(gegevens.gemeenten.values(), key=lambda g: g.id) for inzet in g.inzet]
    assert len(table) == len(expected)
    for row, (gemeente_id, inzet) in zip(table, expected, strict=True):
        assert (row["gemeente_id"], row["tekst"], row["datum"]) == (gemeente_id, " ".join(inzet.tekst.split()),
                                                                     inzet.datum)
        cited(row, inzet.bron)


def test_the_nested_budget_gives_each_total_the_words_of_its_source(site: Path, gegevens) -> None:
    """begroting.json: the package's total, the local part and each part's total with the words
    of the source that declares them, and each line with its own; named as in begroting.csv."""
    begroting, document = gegevens.begroting, json_rows(site, "begroting")
    assert document["bron_id"] == begroting.bron.document
    cited(document, begroting.totaal_bron, "totaal_")
    cited(document, begroting.lokaal.bron, "lokaal_")
    for onderdeel, model in zip(document["onderdelen"], begroting.onderdelen, strict=True):
        assert onderdeel["totaal_euro"] == model.totaal == model.totaal_volgens_bron
        cited(onderdeel, model.bron, "totaal_")
        for regel, line in zip(onderdeel["regels"], model.regels, strict=True):
            assert regel["bedrag_euro"] == line.bedrag
            cited(regel, line.bron)


def test_the_inzet_file_is_in_the_order_of_each_municipality_page(site: Path, pages) -> None:
    rows = json_rows(site, "inzet")
    for gemeente_id in dict.fromkeys(row["gemeente_id"] for row in rows):
        shown = [" ".join(li.get_text(" ").split()) for li in
                 pages[f"gemeenten/{gemeente_id}/index.html"].select("ul.gemeente-inzet > li")]
        texts = [" ".join(row["tekst"].split()) for row in rows if row["gemeente_id"] == gemeente_id]
        assert len(shown) == len(texts) and all(
            item.startswith(text) for item, text in zip(shown, texts, strict=True)), gemeente_id


def test_the_tables_are_let_go_once_written_and_the_version_stays(gegevens, tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """At 5.000 initiatives the tables hold some 60 MB, which the build no longer needs once the
    files are written; every page still cites the version, without the tables made again."""
    import macros.output.downloads as downloads

    versie = downloads.data_version(gegevens)
    written = downloads.write_downloads(gegevens, tmp_path)
    assert {path.name for path in written} == set(downloads.download_names())
    assert downloads._made is None

    def made_again(_gegevens: object) -> None:
        raise AssertionError("the tables were made again for the version")

    monkeypatch.setattr(downloads, "open_data", made_again)
    assert downloads.data_version(gegevens) is versie


def test_the_open_data_explains_kinds_in_the_words_of_the_editors_reference(site: Path) -> None:
    """What a value of 'soort' or 'reikwijdte' means has one wording, in the schema, which the
    editors' reference (VELDEN.md) and the columns of the open data both show."""
    from macros.reading.schemas import described

    fields = {(resource["name"], field["name"]): field["description"]
              for resource in published_package(site)["resources"]
              for field in resource["schema"]["fields"]}
    reference = (ROOT / "data" / "schemas" / "VELDEN.md").read_text("utf-8")
    for column, path in ((("besteding", "soort"), ("bestedingsfeit", "properties", "soort")),
                         (("resultaten", "reikwijdte"), ("bewering", "properties", "kader", "properties",
                                                         "reikwijdte"))):
        wording = described("definities.schema.json", "definitions", *path)
        assert wording in fields[column] and wording in reference, column


def test_the_package_and_the_data_page_name_every_character_that_gets_an_apostrophe(
        site: Path, pages: dict[str, BeautifulSoup]) -> None:
    from macros.output.downloads.encode import FORMULA_START_NAMES, formula_start_text

    package = published_package(site)
    assert f"begint met {formula_start_text()} krijgt" in package["description"]
    page = pages["data/index.html"]
    shown = {code.get_text() for code in page.select("article code")}
    text = " ".join(page.article.get_text(" ").split())
    for char in FORMULA_START:
        assert (char in shown) if char.isprintable() else (FORMULA_START_NAMES[char] in text), repr(char)
