"""Sources that contradict each other in words (data/tegenstrijdigheden.yaml): on the
Afwijkingen page each side with its source's words, and in the downloads with real
booleans. Every expectation is read from the data file with plain PyYAML."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
import yaml
from bs4 import BeautifulSoup
from conftest import ROOT

from macros.facts.loader import load_gegevens
from macros.reading.problems import DataError

DATA_FILE = ROOT / "data" / "tegenstrijdigheden.yaml"


def items() -> list[dict]:
    return yaml.safe_load(DATA_FILE.read_text("utf-8"))["tegenstrijdigheden"]


def words(text: str) -> str:
    return " ".join(text.split())


def test_the_register_shows_each_contradiction_with_the_words_of_both_sources(pages: dict[str, BeautifulSoup]) -> None:
    page = pages["afwijkingen/index.html"]
    assert len(page.select("section.tegenspraak")) == len(items())
    for item in items():
        section = page.select_one(f"section#tegenspraak-{item['id']}")
        assert section.h3.get_text() == item["onderwerp"]
        shown = section.select("li.uitspraak")
        assert len(shown) == len(item["uitspraken"]) >= 2
        assert len({u["bron"]["document"] for u in item["uitspraken"]}) >= 2  # two sources, not one
        for li, uitspraak in zip(shown, item["uitspraken"], strict=True):
            bron = uitspraak["bron"]
            assert li["data-bron"] == bron["document"]
            assert words(uitspraak["tekst"]) in words(li.p.get_text())
            quote = li.select_one("blockquote.citaat")
            assert quote["data-bron"] == bron["document"] and quote.p.get_text() == words(bron["citaat"])
            assert quote.footer.get_text().startswith("Woorden van de bron")
            link = li.select_one("a[data-citaat]")
            assert link["data-bron"] == bron["document"] and words(bron["citaat"]) in link["title"]
            cut = li.select_one(".afgebroken")
            assert (li["data-afgebroken"] == "true") is bool(bron.get("afgebroken")) is (cut is not None)
            if cut is not None:
                assert "afgebroken" in cut.get_text()
                assert quote["data-afgebroken"] == bron["afgebroken"]
        if "initiatief" in item:
            assert section.select_one(f"a[href$='initiatieven/{item['initiatief']}/']")


def test_the_winter_games_contradiction_is_in_the_register(pages: dict[str, BeautifulSoup]) -> None:
    """Issue 12: the Winter Games began before the package (another source's own words) while
    the December 2021 letter says they arose from the package, in a sentence cut at a page
    break."""
    [item] = [i for i in items() if i.get("initiatief") == "winter-games"]
    by_source = {u["bron"]["document"]: u for u in item["uitspraken"]}
    assert len(by_source) >= 2  # two sources, each in its own words
    letter = by_source["kamerbrief-opbrengsten-2021-12-21"]
    assert letter["bron"]["afgebroken"] == "eind" and "ontstaan uit het steunpakket" in letter["bron"]["citaat"]
    section = pages["afwijkingen/index.html"].select_one(f"section#tegenspraak-{item['id']}")
    assert section.select_one("li[data-bron=kamerbrief-opbrengsten-2021-12-21] .afgebroken")


def test_the_downloads_hold_every_statement_with_real_booleans(site: Path) -> None:
    folder = site / "downloads"
    table = json.loads((folder / "tegenstrijdigheden.json").read_text("utf-8"))
    expected = [(item["id"], number, item.get("initiatief"), words(u["tekst"]), bool(u["bron"].get("afgebroken")),
                 u["bron"]["document"], words(u["bron"]["citaat"]))
                for item in items() for number, u in enumerate(item["uitspraken"], 1)]
    assert [(r["tegenspraak_id"], r["uitspraak"], r["initiatief_id"], r["tekst"], r["afgebroken"], r["bron_id"],
             r["citaat"]) for r in table] == expected
    assert all(type(r["afgebroken"]) is bool and type(r["uitspraak"]) is int for r in table)
    csv_rows = list(csv.DictReader(io.StringIO((folder / "tegenstrijdigheden.csv").read_text("utf-8"))))
    assert [r["afgebroken"] for r in csv_rows] == [str(r["afgebroken"]).lower() for r in table]
    package = json.loads((folder / "datapackage.json").read_text("utf-8"))
    [resource] = [r for r in package["resources"] if r["name"] == "tegenstrijdigheden"]
    types = {f["name"]: f["type"] for f in resource["schema"]["fields"]}
    assert types["afgebroken"] == "boolean" and types["uitspraak"] == "integer"


def test_a_contradiction_needs_two_sources_and_their_words(project: Path) -> None:
    path = project / "data" / "tegenstrijdigheden.yaml"
    text = path.read_text("utf-8")
    first, second = (u["bron"]["document"] for u in items()[0]["uitspraken"][:2])
    lines = text.splitlines()
    # The second statement now cites the first source, and the first loses its words.
    at = next(n for n, line in enumerate(lines) if line.strip() == f"document: {second}")
    lines[at] = lines[at].replace(second, first)
    quote = next(n for n, line in enumerate(lines) if line.strip().startswith("citaat:"))
    del lines[quote:next(n for n in range(quote + 1, len(lines)) if not lines[n].startswith(" " * 12))]
    path.write_text("\n".join(lines) + "\n", "utf-8")
    with pytest.raises(DataError) as caught:
        load_gegevens(project / "data")
    report = caught.value.report()
    assert "data/tegenstrijdigheden.yaml:" in report
    assert "alle uitspraken komen uit dezelfde bron" in report
    assert "deze bron heeft geen citaat" in report
