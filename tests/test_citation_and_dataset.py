"""One version for the whole data set, derived from the data; every page says how to cite it;
the data page describes the data set for dataset search engines (schema.org, JSON-LD) in a
form no data value can break out of. Expectations come from data/ and the registers."""

from __future__ import annotations

import json
import re
from pathlib import Path

import yaml
from bs4 import BeautifulSoup
from conftest import PUBLISHER, ROOT, SITE_URL

from macros.facts.changes import Wijziging
from macros.facts.provenance import Herkomst
from macros.output.dataset import script_json
from macros.output.downloads.version import dataversie
from macros.postbuild.guard import page_problems
from macros.register.site import load_site

VERSION = re.compile(r"^(\d{4})\.(\d{1,2})\.(\d{1,2})\+([0-9a-f]{8})$")
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def newest_entry() -> dict:
    return yaml.safe_load((ROOT / "data" / "wijzigingen.yaml").read_text("utf-8"))["wijzigingen"][0]


def package(site: Path) -> dict:
    return json.loads((site / "downloads" / "datapackage.json").read_text("utf-8"))


def test_the_data_package_carries_a_version_and_date_from_the_data(site: Path) -> None:
    found = package(site)
    match = VERSION.match(found["version"])
    assert match, found["version"]
    day = str(newest_entry()["datum"])
    assert "-".join(f"{int(part):02d}" if i else part for i, part in enumerate(match.groups()[:3])) == day
    assert found["created"].startswith(day + "T00:00:00")
    assert found["version"] in found["description"]


def entry(day: str) -> Wijziging:
    return Wijziging("proef", day, "Proef", "Een proef.", "Waarom.", ("begroting.md",), (), Herkomst("x"))


def test_the_version_changes_with_the_data_and_only_with_it() -> None:
    files = {"a.csv": "id,bedrag_euro\r\nx,1\r\n", "a.json": "[]\n"}
    first = dataversie(files, (entry("2021-02-12"),))
    assert first == dataversie(dict(reversed(files.items())), (entry("2021-02-12"),))
    assert first.versie.startswith("2021.2.12+") and first.datum_tekst == "12 februari 2021"
    changed = dataversie({**files, "a.csv": "id,bedrag_euro\r\nx,2\r\n"}, (entry("2021-02-12"),))
    assert changed.inhoud != first.inhoud and changed.datum == first.datum
    assert dataversie(files, (entry("2021-03-01"),)).versie.startswith("2021.3.1+")


def citation(soup: BeautifulSoup) -> dict[str, str]:
    block = soup.select_one("details.verwijzing")
    assert block is not None and block.summary.get_text(strip=True) == "Zo verwijst u naar deze pagina"
    return {dt.get_text(strip=True): dd for dt, dd in zip(block.select("dt"), block.select("dd"), strict=True)}


def test_every_page_readers_read_says_how_to_cite_it(site: Path, pages: dict[str, BeautifulSoup]) -> None:
    register = load_site().paginas
    version = package(site)["version"]
    for pagina in register.pages():
        soup = pages[pagina.adres + "index.html"]
        found = citation(soup)
        assert found["Vast adres"].get_text(strip=True) == SITE_URL + pagina.adres, pagina.id
        assert found["Gegevens van"].time["datetime"] == str(newest_entry()["datum"]), pagina.id
        assert version in found["Gegevens van"].get_text(), pagina.id
        assert found["Uitgever"].get_text(strip=True) == "uitgever nog niet bekend", pagina.id
        assert found["Titel"].get_text().startswith(pagina.titel) or pagina.id == "index.md", pagina.id
    for pagina in register.soort("omleiding"):
        assert pages[pagina.adres + "index.html"].select_one("details.verwijzing") is None


def test_the_citation_names_the_publisher_as_text(published_site: Path) -> None:
    html = (published_site / "begroting" / "index.html").read_text("utf-8")
    found = citation(BeautifulSoup(html, "html.parser"))
    assert found["Uitgever"].get_text() == PUBLISHER
    assert "<Zonen>" not in html


def linked_data(soup: BeautifulSoup) -> dict:
    [script] = soup.select('script[type="application/ld+json"]')
    return json.loads(script.string)


def test_the_data_page_describes_the_data_set_for_dataset_search(site: Path,
                                                                 pages: dict[str, BeautifulSoup]) -> None:
    found = linked_data(pages["data/index.html"])
    assert (found["@context"], found["@type"], found["inLanguage"]) == ("https://schema.org", "Dataset", "nl")
    assert found["version"] == package(site)["version"]
    assert found["dateModified"] == str(newest_entry()["datum"])
    assert "creativecommons.org/publicdomain/zero/1.0" in found["license"]
    assert found["url"] == SITE_URL + "data/" and len(found["description"]) >= 50
    assert "publisher" not in found  # the test build names no publisher: none is made up
    files = {p.name for p in (site / "downloads").iterdir()}
    assert {d["contentUrl"] for d in found["distribution"]} == {f"{SITE_URL}downloads/{n}" for n in files}
    formats = {"csv": "text/csv", "json": "application/json", "xlsx": XLSX}
    for download in found["distribution"]:
        assert download["@type"] == "DataDownload"
        assert download["encodingFormat"] == formats[download["name"].rpartition(".")[2]]
    others = [name for name, soup in pages.items() if soup.select('script[type="application/ld+json"]')]
    assert others == ["data/index.html"]


def test_a_hostile_publisher_cannot_break_out_of_the_linked_data(published_site: Path) -> None:
    html = (published_site / "data" / "index.html").read_text("utf-8")
    script = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.DOTALL).group(1)
    assert not set("<>&") & set(script)
    found = json.loads(script)
    assert found["publisher"]["name"] == found["creator"]["name"] == PUBLISHER


def test_script_json_escapes_everything_that_could_end_the_element() -> None:
    value = '</script><script>alert(1)</script><!-- & \u2028\u2029 "quoted"'
    text = script_json({"naam": value})
    assert not set("<>&\u2028\u2029") & set(text)
    assert json.loads(text) == {"naam": value}


def test_the_guard_accepts_linked_data_and_refuses_what_breaks_out(tmp_path: Path) -> None:
    def findings(body: str) -> list[str]:
        return page_problems(f'<html><head><script type="application/ld+json">{body}</script></head></html>',
                             "data/index.html", tmp_path)

    assert findings(script_json({"naam": "</script><script>alert(1)</script>"})) == []
    broken = findings('{"naam": "</script><script>alert(1)</script>"}')
    assert any("geen JSON" in p for p in broken) and any("script dat niet uit een sjabloon komt" in p for p in broken)
    assert any("'<'" in p for p in findings('{"naam": "<b>vet</b>"}'))
    assert any("geen JSON" in p for p in findings("alert(1)"))
