"""The story pages show what data/ says, every fact cites an existing source, and a
reader can go from the total to a line, to its initiatives, to the sources."""

from __future__ import annotations

import json
import re
from decimal import Decimal
from pathlib import Path
from urllib.parse import urljoin

import pytest
import yaml
from bs4 import BeautifulSoup
from conftest import ROOT, EditedSite

DATA = ROOT / "data"
INITIATIEVEN = sorted((DATA / "initiatieven").glob("*.yaml"))


def read(path: Path) -> dict:
    return yaml.safe_load(path.read_text("utf-8"))


def citations(node) -> list[str]:
    """Every `document:` anywhere in a parsed YAML tree."""
    if isinstance(node, dict):
        found = [node["document"]] if "document" in node else []
        return found + [c for value in node.values() for c in citations(value)]
    if isinstance(node, list):
        return [c for item in node for c in citations(item)]
    return []


def test_there_are_initiatives_of_every_kind() -> None:
    """Every actielijn of the budget has initiatives, and both local and national ones are there."""
    initiatives = [read(path) for path in INITIATIEVEN]
    actielijnen = {o["id"] for o in read(DATA / "begroting.yaml")["onderdelen"] if o["soort"] == "actielijn"}
    assert {i["actielijn"] for i in initiatives} == actielijnen
    assert {"lokaal", "landelijk"} <= {i["niveau"] for i in initiatives}


@pytest.mark.parametrize("path", sorted(DATA.rglob("*.yaml")), ids=lambda p: p.relative_to(DATA).as_posix())
def test_every_citation_names_a_source_that_exists(path: Path) -> None:
    for document in citations(read(path)):
        assert (DATA / "bronnen" / f"{document}.yaml").is_file(), f"{path.name} cites unknown source {document}"


@pytest.mark.parametrize("path", INITIATIEVEN, ids=lambda p: p.stem)
def test_every_initiative_resolves_to_actielijn_line_and_source(path: Path) -> None:
    initiatief = read(path)
    begroting = read(DATA / "begroting.yaml")
    actielijnen = {o["id"]: o for o in begroting["onderdelen"] if o["soort"] == "actielijn"}
    assert initiatief["actielijn"] in actielijnen
    if "begrotingsregel" in initiatief:
        lines = {r["id"] for r in actielijnen[initiatief["actielijn"]]["regels"]}
        assert initiatief["begrotingsregel"] in lines
    else:
        assert initiatief["begrotingsregel_toelichting"]  # the site says why the line is unknown
    assert initiatief["bronnen"]


@pytest.mark.parametrize("path", INITIATIEVEN, ids=lambda p: p.stem)
def test_every_initiative_has_its_page_showing_its_data(path: Path, pages: dict[str, BeautifulSoup]) -> None:
    initiatief = read(path)
    page = pages[f"initiatieven/{path.stem}/index.html"]
    for permalink in page.h1.select("a.headerlink"):
        permalink.decompose()
    assert page.h1.get_text(strip=True) == initiatief["naam"]
    article = page.select_one("article.initiatief")
    assert " ".join(initiatief["omschrijving"].split()) in " ".join(article.get_text().split())
    for gemeente in initiatief.get("gemeenten", []):
        assert gemeente in article.get_text()
    cited = {a["data-bron"] for a in article.select("a[data-bron]")}
    assert set(citations(initiatief)) <= cited
    shown = [e.get_text() for e in article.select("[data-ref*=':resultaat:']")]
    assert len(shown) == len([r for r in initiatief.get("resultaten", []) if "waarde" in r])


def assert_listed_under_its_municipalities(stem: str, gemeenten: list[str], parse) -> None:
    """Each municipality on the initiative's page links to the municipality's own page, which
    lists the initiative; the overview's entry for the municipality, headed by its name, links
    to the same page and to the initiative's one item in the list, which names the
    municipality too. Addresses are taken from the built pages, not recomputed: the site's slug
    rule is the site's business. `parse` reads a built page by its path from the site root."""
    page, overview = parse(f"initiatieven/{stem}/index.html"), parse("initiatieven/index.html")
    links = {a.get_text(): a["href"] for a in page.select("article.initiatief a[href*='gemeenten/']")}
    item = overview.select_one(f"#initiatieven-lijst li[data-initiatief='{stem}']")
    for gemeente in gemeenten:
        assert gemeente in links, f"{stem}: no link to the page of {gemeente}"
        address = urljoin(f"/initiatieven/{stem}/", links[gemeente])
        assert re.fullmatch(r"/gemeenten/[a-z0-9]+(-[a-z0-9]+)*/", address), address  # a readable ASCII address
        own = parse(address.removeprefix("/") + "index.html")
        assert own.select_one(f"article.gemeente li[data-initiatief='{stem}']") is not None, address
        entry = next((li for li in overview.select("#per-gemeente li")
                      if li.select_one(".gemeente").get_text(strip=True) == gemeente), None)
        assert entry is not None, f"{gemeente} is not in the overview's list of municipalities"
        assert urljoin("/initiatieven/", entry.select_one(".gemeente")["href"]) == address
        targets = [overview.find(id=a["href"].removeprefix("#")) for a in entry.select("a[href^='#']")]
        assert item in targets, f"{gemeente}: no link to {stem} in the list"
        assert gemeente in item.select_one(".kenmerken").get_text()


@pytest.mark.parametrize("path", INITIATIEVEN, ids=lambda p: p.stem)
def test_every_initiative_is_in_the_overview_once_with_its_facts(path: Path,
                                                                 pages: dict[str, BeautifulSoup]) -> None:
    initiatief = read(path)
    overview = pages["initiatieven/index.html"]
    items = overview.select(f"li[data-initiatief='{path.stem}']")
    assert len(items) == 1, f"{path.stem} is listed {len(items)} times"
    item = items[0]
    status = initiatief["financiering"]["status"]
    assert item.find_parent("section", class_="groep")["id"] == f"financiering-{status}"
    assert item["data-financiering"] == status
    # The payment in the words of the filter's own option for it, and the initiative's own amount.
    label = overview.select_one(f"#filter-financiering option[value='{status}']").get_text()
    assert item.select_one(f".label-{status}").get_text() == label
    amounts = item.select("[data-ref$=':bedrag']")
    assert [int(a["data-amount"]) for a in amounts] == ([initiatief["financiering"]["bedrag"]]
                                                       if "bedrag" in initiatief["financiering"] else [])
    assert item["data-actielijn"] == initiatief["actielijn"]
    assert item["data-niveau"] == initiatief["niveau"]
    # The level in the words of the filter's own option for it.
    niveau = overview.select_one(f"#filter-niveau option[value='{initiatief['niveau']}']").get_text()
    assert item.select_one(".kenmerken").get_text(" ", strip=True).startswith(niveau)
    assert_listed_under_its_municipalities(path.stem, initiatief.get("gemeenten", []), pages.__getitem__)


def test_the_overview_counts_come_from_the_data(pages: dict[str, BeautifulSoup]) -> None:
    overview = pages["initiatieven/index.html"]
    per_status: dict[str, int] = {}
    for path in INITIATIEVEN:
        status = read(path)["financiering"]["status"]
        per_status[status] = per_status.get(status, 0) + 1
    assert overview.select_one("#initiatieven-lijst > h2 .aantal").get_text() == f"({len(INITIATIEVEN)})"
    for status, count in per_status.items():
        assert overview.select_one(f"section#financiering-{status} h3 .aantal").get_text() == f"({count})"
        assert int(overview.select_one(f"#selectie [data-financiering={status}]")["data-aantal"]) == count
    assert len(overview.select("li[data-initiatief]")) == len(INITIATIEVEN)


def test_a_municipality_with_accents_gets_one_readable_address_in_link_and_overview(edited_site: EditedSite) -> None:
    """Frisian and apostrophe names, as editors will type them, in a copy of the project."""
    def parse(path: str) -> BeautifulSoup:
        return BeautifulSoup((edited_site.site / path).read_text("utf-8"), "html.parser")

    stem = edited_site.accented
    assert_listed_under_its_municipalities(stem, list(edited_site.accents), parse)


def test_paid_and_examples_are_told_apart_wherever_initiatives_are_listed(pages: dict[str, BeautifulSoup]) -> None:
    """Overview, actielijn pages and Opbrengsten: every listed initiative carries the payment status
    of its data, as a label, and its own amount only where its data has one."""
    status = {p.stem: read(p)["financiering"] for p in INITIATIEVEN}
    listing = ["initiatieven/index.html", "opbrengsten/index.html",
               *(f"actielijnen/{o['id']}/index.html" for o in read(DATA / "begroting.yaml")["onderdelen"]
                 if o["soort"] == "actielijn")]
    seen = set()
    for name in listing:
        for item in pages[name].select("li[data-initiatief]"):
            financiering = status[item["data-initiatief"]]
            assert item["data-financiering"] == financiering["status"], (name, item["data-initiatief"])
            assert item.select(f".label-{financiering['status']}"), (name, item["data-initiatief"])
            own = [int(a["data-amount"]) for a in item.select("[data-amount]")]
            assert own == ([financiering["bedrag"]] if "bedrag" in financiering else []), name
            seen.add(financiering["status"])
    assert seen == {"betaald", "voorbeeld", "niet-bekend"} & {f["status"] for f in status.values()}


def test_the_overview_says_it_is_a_selection_and_how_large_the_whole_is(pages: dict[str, BeautifulSoup]) -> None:
    selectie = pages["initiatieven/index.html"].select_one("#selectie")
    assert "maar een deel" in selectie.get_text()  # a selection, in plain words
    geheel = read(DATA / "opbrengsten.yaml")["initiatieven_geheel"]
    items = selectie.select("li")
    assert len(items) == len(geheel)
    for item, bewering in zip(items, geheel, strict=True):
        assert " ".join(bewering["tekst"].split()) in " ".join(item.get_text().split())
        assert item.select_one("a[data-citaat]")
        if "waarde" in bewering:
            assert item.select_one("data")["data-value"] == str(bewering["waarde"])


def test_drill_down_from_the_total_to_the_sources(pages: dict[str, BeautifulSoup]) -> None:
    """Home -> actielijn -> budget line -> initiative -> source document, for an initiative
    the data links to a budget line and that cites a source with its words."""
    ident, item = next((p.stem, read(p)) for p in INITIATIEVEN if read(p).get("begrotingsregel")
                       and any(b.get("citaat") for b in read(p)["bronnen"]))
    actielijn_id, regel = item["actielijn"], item["begrotingsregel"]
    home = pages["index.html"]
    to_actielijn = home.select_one(f"table[data-tabel=overzicht] tr[data-onderdeel={actielijn_id}] a")["href"]
    assert to_actielijn == f"actielijnen/{actielijn_id}/"
    line = pages[f"actielijnen/{actielijn_id}/index.html"].select_one(f"section#initiatieven-{regel}")
    assert line.select_one(f"li[data-initiatief={ident}] a")["href"] == f"../../initiatieven/{ident}/"
    initiative = pages[f"initiatieven/{ident}/index.html"]
    back_to_line = [a["href"] for a in initiative.select("dl.feiten a")]
    assert f"../../actielijnen/{actielijn_id}/#initiatieven-{regel}" in back_to_line
    document = next(b["document"] for b in item["bronnen"] if b.get("citaat"))
    page, anchor = initiative.select_one(f"a[data-bron={document}]")["href"].split("#")
    assert page == f"../../bronnen/{document}/"  # the source's own page, at the quote
    source_page = pages[f"bronnen/{document}/index.html"]
    assert source_page.find(id=anchor).name == "blockquote"
    kenmerk = yaml.safe_load((DATA / f"bronnen/{document}.yaml").read_text("utf-8")).get("kenmerk")
    assert kenmerk is None or kenmerk in source_page.get_text()


def test_percentages_that_form_a_whole_make_100(pages: dict[str, BeautifulSoup]) -> None:
    raw = read(DATA / "opbrengsten.yaml")
    for verdeling in raw["verdelingen"]:
        assert sum(Decimal(str(d["procent"]).replace(",", ".")) for d in verdeling["delen"]) == 100
        table = pages["opbrengsten/index.html"].select_one(f"table[data-verdeling='{verdeling['id']}']")
        parts = [Decimal(e["data-percent"]) for e in table.select("tbody [data-percent]")]
        assert parts == [Decimal(str(d["procent"]).replace(",", ".")) for d in verdeling["delen"]]
        assert Decimal(table.select_one("tfoot [data-percent]")["data-percent"]) == sum(parts)


def test_the_route_view_adds_up(pages: dict[str, BeautifulSoup]) -> None:
    """The parts shown add up to the totals shown, and those are the totals the source declares."""
    route = read(DATA / "route.yaml")
    page = pages["routes/index.html"]
    fonds = page.select_one("table[data-tabel=gemeentefonds]")
    measures = [int(e["data-amount"]) for e in fonds.select("tbody tr td.bedrag [data-amount]")]
    declared = route["gemeentefonds"]["totaal"]
    assert sum(measures) == int(fonds.select_one("tfoot [data-amount]")["data-amount"]) == declared
    routes = page.select_one("table[data-tabel=routes]")
    parts = [int(e["data-amount"]) for e in routes.select("tbody td.bedrag [data-amount]")]
    assert sum(parts) == int(routes.select_one("tfoot [data-amount]")["data-amount"]) == route["totaal"]


def expected_differences() -> dict[tuple[str, str], int | None]:
    """What the register must find, read from data/ with plain YAML: (kind, fact) -> the
    difference (None where the register shows no single difference)."""
    begroting, route = read(DATA / "begroting.yaml"), read(DATA / "route.yaml")
    own = {"totaal": begroting["totaal"]}
    for onderdeel in begroting["onderdelen"]:
        own[f"onderdeel:{onderdeel['id']}"] = onderdeel["totaal"]
        own |= {f"regel:{r['id']}": r["bedrag"] for r in onderdeel["regels"]}
    own |= {f"maatregel:{m['id']}": m["bedrag"] for m in route["gemeentefonds"]["maatregelen"]}
    expected: dict[tuple[str, str], int | None] = {}
    parts: dict[tuple[str, str], set[int]] = {}
    for path in sorted((DATA / "bronversies").glob("*.yaml")):
        versie = read(path)
        given = {c["feit"]: c for c in versie["cijfers"]}
        for feit, cijfer in given.items():
            if cijfer.get("bedrag") is not None and cijfer["bedrag"] != own[feit]:
                expected[("bedrag", feit)] = cijfer["bedrag"] - own[feit]
            for deel in cijfer.get("verdeling", []):
                parts.setdefault((feit, deel["naam"]), set()).add(deel["bedrag"])
        for onderdeel in begroting["onderdelen"] if versie.get("volledige_tabel") else ():
            stated = given.get(f"onderdeel:{onderdeel['id']}", {}).get("bedrag")
            if stated is None:
                continue
            listed = [given[f"regel:{r['id']}"]["bedrag"] for r in onderdeel["regels"] if f"regel:{r['id']}" in given]
            expected |= {("ontbreekt", f"regel:{r['id']}"): None for r in onderdeel["regels"]
                         if f"regel:{r['id']}" not in given}
            if sum(listed) != stated:
                expected[("optelling", f"onderdeel:{onderdeel['id']}")] = sum(listed) - stated
    expected |= {("verdeling", feit): None for (feit, _), amounts in parts.items() if len(amounts) > 1}
    return expected


def test_the_discrepancy_register_shows_the_known_differences(pages: dict[str, BeautifulSoup]) -> None:
    page = pages["afwijkingen/index.html"]
    findings = {(f["data-soort"], f.find_parent("section")["data-feit"]): f for f in page.select(".bevinding")}
    expected = expected_differences()
    assert expected, "the sources in data/bronversies/ differ from the budget: the register has findings"
    assert set(expected) <= set(findings), sorted(set(expected) - set(findings))
    for key, difference in expected.items():
        if difference is not None:
            assert int(findings[key]["data-verschil"]) == difference, key
    for finding in page.select(".bevinding"):
        amounts = [int(e["data-amount"]) for e in finding.select("[data-amount]")]
        said, against = int(finding["data-waarde"]), int(finding["data-tegen"])
        assert int(finding["data-verschil"]) == said - against
        if finding["data-soort"] != "ontbreekt":
            assert abs(said - against) in amounts  # the difference shown is the one computed


def test_the_timeline_is_in_date_order_with_the_key_events(pages: dict[str, BeautifulSoup]) -> None:
    dates = [li["data-datum"] for li in pages["tijdlijn/index.html"].select("li.gebeurtenis")]
    assert dates == sorted(dates, key=lambda d: d.ljust(10, "~"))
    expected = [str(g["datum"]) for g in read(DATA / "tijdlijn.yaml")["gebeurtenissen"]]
    assert sorted(dates) == sorted(expected)


def test_the_timeline_file_is_in_the_order_of_the_page(site: Path, pages: dict[str, BeautifulSoup]) -> None:
    """The open data says its rows are in the order of the timeline on the site: they are."""
    shown = [(li["data-datum"], li.strong.get_text())
             for li in pages["tijdlijn/index.html"].select("li.gebeurtenis")]
    rows = json.loads((site / "downloads" / "tijdlijn.json").read_text("utf-8"))
    assert [(row["datum"], row["titel"]) for row in rows] == shown
    assert [row["nummer"] for row in rows] == list(range(1, len(rows) + 1))


def test_key_figures_show_the_source_values(pages: dict[str, BeautifulSoup]) -> None:
    page = pages["kerncijfers/index.html"]
    # BaseLoader keeps every scalar as text: plain PyYAML would read '58.500' as 58.5.
    raw = yaml.load((DATA / "kerncijfers.yaml").read_text("utf-8"), Loader=yaml.BaseLoader)
    for kerncijfer in raw["kerncijfers"]:
        row = page.select_one(f"tr[data-kerncijfer='{kerncijfer['id']}']")
        assert row is not None, kerncijfer["id"]
        if "waarde" in kerncijfer:
            expected = Decimal(kerncijfer["waarde"].replace(".", "").replace(",", "."))
            assert Decimal(row.select_one("[data-value]")["data-value"]) == expected
        else:
            assert kerncijfer["waarde_tekst"] in row.get_text()
        if kerncijfer.get("eenheid") == "procent" and "kwalificatie" not in kerncijfer:
            # written as the source writes it, with a decimal comma: '49,1%'
            assert row.select_one(".cijfer").get_text() == f"{kerncijfer['waarde']}%", kerncijfer["id"]


HAND_TYPED = re.compile(r"€|\b\d[\d.]*(,\d+)?\s*(%|procent|miljoen|mln)\b", re.IGNORECASE)


@pytest.mark.parametrize("path", sorted((ROOT / "content").rglob("*.md")), ids=lambda p: p.name)
def test_no_amount_or_percentage_is_typed_into_a_page(path: Path) -> None:
    outside_macros = re.sub(r"\{\{.*?\}\}", "", path.read_text("utf-8"), flags=re.DOTALL)
    assert not HAND_TYPED.search(outside_macros), HAND_TYPED.search(outside_macros).group(0)


@pytest.mark.parametrize("path", sorted((ROOT / "content").rglob("*.md")), ids=lambda p: p.name)
def test_every_page_has_a_title_and_description(path: Path) -> None:
    text = path.read_text("utf-8")
    assert text.startswith("---\n")
    meta = yaml.safe_load(text.split("---\n")[1])
    assert meta["title"] and len(meta["description"]) > 40


def test_the_sources_page_says_what_rests_on_each_source(pages: dict[str, BeautifulSoup]) -> None:
    page = pages["bronnen/index.html"]
    for path in INITIATIEVEN:
        item = read(path)
        for document in {b["document"] for b in item["bronnen"]}:
            assert f"het initiatief ‘{item['naam']}’" in page.select_one(f"#bron-{document}").get_text(), document
    # Each part of the budget, and the key figures, under the source its own quote names (YAML read here).
    for onderdeel in read(DATA / "begroting.yaml")["onderdelen"]:
        label = f"Actielijn {onderdeel['nummer']}: {onderdeel['naam']}" if onderdeel["soort"] == "actielijn" \
            else onderdeel["naam"]
        entry = page.select_one(f"#bron-{onderdeel['bron']['document']}").get_text()
        assert f"de begroting van {label}" in entry, onderdeel["id"]
    for kerncijfer in read(DATA / "kerncijfers.yaml")["kerncijfers"]:
        assert "de kerncijfers" in page.select_one(f"#bron-{kerncijfer['bron']['document']}").get_text()
    for path in sorted((DATA / "bronnen").glob("*.yaml")):
        entry = page.select_one(f"#bron-{path.stem}")
        assert entry is not None, path.stem


def test_every_initiative_is_two_clicks_from_the_home_page(pages: dict[str, BeautifulSoup]) -> None:
    home_links = {a["href"] for a in pages["index.html"].select("a[href]")}
    assert "initiatieven/" in home_links  # the menu
    overview_links = {a["href"] for a in pages["initiatieven/index.html"].select("a[href]")}
    for path in INITIATIEVEN:
        assert f"{path.stem}/" in overview_links, path.stem


def test_previous_and_next_follow_the_order_of_the_overview(pages: dict[str, BeautifulSoup]) -> None:
    """Browsing on from an initiative stays in the overview's order: paid, examples, not known."""
    overview = pages["initiatieven/index.html"]
    order = [li["data-initiatief"] for li in overview.select("#initiatieven-lijst li[data-initiatief]")]
    assert len(order) == len(set(order)) > 2
    for at, ident in enumerate(order):
        nav = pages[f"initiatieven/{ident}/index.html"].select_one("nav.initiatief-navigatie")
        prev = nav.select_one("a[rel=prev]")
        following = nav.select_one("a[rel=next]")
        assert (prev["href"].split("/")[-2] if prev else None) == (order[at - 1] if at else None), ident
        assert (following["href"].split("/")[-2] if following else None) == (
            order[at + 1] if at + 1 < len(order) else None), ident
