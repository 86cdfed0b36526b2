"""Whether the package paid an initiative, and how much: every initiative page says so in its
first lines, from its data, with the words of its source one click away; an example of the
February letter never reads as a payment; the amount of a whole budget line never stands
beside one initiative; and the check refuses a payment or an amount without the words that
carry it. Expectations come from data/ and the figure register."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from bs4 import BeautifulSoup
from conftest import ROOT, check_data

from macros.register.site import load_site

DATA = ROOT / "data"
INITIATIEVEN = sorted((DATA / "initiatieven").glob("*.yaml"))


def read(path: Path) -> dict:
    return yaml.safe_load(path.read_text("utf-8"))


def words(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("path", INITIATIEVEN, ids=lambda p: p.stem)
def test_every_initiative_page_says_first_whether_the_package_paid_and_how_much(
        path: Path, pages: dict[str, BeautifulSoup]) -> None:
    financiering = read(path)["financiering"]
    article = pages[f"initiatieven/{path.stem}/index.html"].select_one("article.initiatief")
    first = article.find(True)
    assert first.name == "dl" and "financiering" in first["class"], "the money comes first"
    assert first["data-financiering"] == financiering["status"]
    labels = [dt.get_text(strip=True) for dt in first.find_all("dt")]
    assert labels == ["Betaald uit het steunpakket:", "Bedrag:"]
    paid, amount = first.find_all("dd")
    assert paid.get_text(strip=True).startswith("Ja." if financiering["status"] == "betaald" else "Niet bekend.")
    if "bron" in financiering:  # the words that decide it, one click away
        assert paid.select_one(f"a[data-citaat][data-bron={financiering['bron']['document']}]")
    if "toelichting" in financiering:
        assert words(financiering["toelichting"]) in words(paid.get_text())
    if "bedrag" in financiering:
        shown = amount.select_one("data[data-amount]")
        assert int(shown["data-amount"]) == financiering["bedrag"]
        assert shown["data-ref"] == f"initiatief:{path.stem}:bedrag"
        document = financiering.get("bedrag_bron", financiering.get("bron"))["document"]
        assert amount.select_one(f"a[data-citaat][data-bron={document}]")
    else:
        assert amount.get_text(strip=True) == "niet bekend." and not amount.select("[data-amount]")


def test_an_example_never_reads_as_a_payment(pages: dict[str, BeautifulSoup]) -> None:
    """Wherever initiatives are listed, only one whose data says 'betaald' is labelled paid."""
    status = {p.stem: read(p)["financiering"]["status"] for p in INITIATIEVEN}
    assert "voorbeeld" in status.values() and "betaald" in status.values()
    listed = 0
    for name, soup in pages.items():
        for item in soup.select("li[data-initiatief]"):
            paid = bool(item.select(".label-betaald"))
            assert paid is (status[item["data-initiatief"]] == "betaald"), (name, item["data-initiatief"])
            listed += 1
    assert listed >= 2 * len(status)  # the overview, the actielijn pages and more


def test_no_initiative_shows_a_budget_lines_amount_as_its_own(pages: dict[str, BeautifulSoup]) -> None:
    """On an initiative's page no amount of a budget line, actielijn or route appears; in the lists
    per budget line, the line's amount stands in the line's heading, never in an initiative's item."""
    site = load_site(ROOT)
    whole = {key for key in site.cijfers.alle if key.startswith(("regel:", "onderdeel:", "route:", "maatregel:"))}
    whole.add("totaal")
    for path in INITIATIEVEN:
        article = pages[f"initiatieven/{path.stem}/index.html"].select_one("article.initiatief")
        shown = {e["data-ref"] for e in article.select("[data-ref]")}
        assert not shown & whole, (path.stem, shown & whole)
    for name, soup in pages.items():
        for item in soup.select("li[data-initiatief]"):
            refs = {e["data-ref"] for e in item.select("[data-ref]")}
            assert refs <= {f"initiatief:{item['data-initiatief']}:bedrag"}, (name, refs)


def test_every_amount_of_an_initiative_is_in_the_figure_register_with_the_words_that_carry_it() -> None:
    site = load_site(ROOT)
    for path in INITIATIEVEN:
        financiering = read(path)["financiering"]
        key = f"initiatief:{path.stem}:bedrag"
        if "bedrag" not in financiering:
            assert key not in site.cijfers
            continue
        cijfer = site.cijfers[key]
        assert cijfer.waarde == financiering["bedrag"] and cijfer.vastgelegd
        words_of = financiering.get("bedrag_bron", financiering.get("bron"))
        assert [b.citaat for b in cijfer.bronnen] == [words_of["citaat"]]


def edit(project: Path, stem: str, old: str, new: str) -> Path:
    path = project / "data" / "initiatieven" / f"{stem}.yaml"
    text = path.read_text("utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), "utf-8")
    return path


def an_initiative(status: str, with_amount: bool) -> tuple[str, dict]:
    for path in INITIATIEVEN:
        financiering = read(path)["financiering"]
        if financiering["status"] == status and ("bedrag" in financiering) is with_amount:
            return path.stem, financiering
    raise AssertionError(f"no initiative with status {status} (amount: {with_amount}) in the data")


def place(stem: str, line_text: str) -> str:
    """'data/initiatieven/<stem>.yaml:<line>:' of the first line that holds the text."""
    lines = (DATA / "initiatieven" / f"{stem}.yaml").read_text("utf-8").splitlines()
    number = next(n for n, line in enumerate(lines, 1) if line_text in line)
    return f"data/initiatieven/{stem}.yaml:{number}:"


def test_a_note_in_place_of_the_sources_words_is_refused(project: Path) -> None:
    """The site has no editors' notes in place of a source's words: the old field is unknown."""
    stem, _ = an_initiative("betaald", with_amount=False)
    edit(project, stem, "  status: betaald\n  bron:\n", "  status: betaald\n  bron:\n    citaat_soort: notitie\n")
    result = check_data(project)
    assert result.returncode != 0
    assert "onbekend veld 'citaat_soort'" in result.stderr


def test_an_amount_that_its_quote_does_not_carry_is_refused(project: Path) -> None:
    stem, financiering = an_initiative("betaald", with_amount=True)
    other = financiering["bedrag"] + 1
    edit(project, stem, f"  bedrag: {financiering['bedrag']}\n", f"  bedrag: {other}\n")
    result = check_data(project)
    assert result.returncode != 0
    said = [line for line in result.stderr.splitlines() if "staat niet in het citaat van de bron" in line]
    assert said and said[0].startswith(place(stem, "  bedrag:")), result.stderr
    assert re.search(r":\d+:\d+: financiering\.bedrag: ", said[0])


def test_an_example_from_another_source_than_the_february_letter_is_refused(project: Path) -> None:
    stem, financiering = an_initiative("voorbeeld", with_amount=False)
    edit(project, stem, f"    document: {financiering['bron']['document']}\n",
         "    document: kamerbrief-opbrengsten-2021-12-21\n")
    result = check_data(project)
    assert result.returncode != 0
    assert "een voorbeeld komt uit de Kamerbrief van februari 2021" in result.stderr


def test_an_amount_with_an_example_is_refused(project: Path) -> None:
    stem, _ = an_initiative("voorbeeld", with_amount=False)
    edit(project, stem, "  status: voorbeeld\n", "  status: voorbeeld\n  bedrag: 1000\n")
    result = check_data(project)
    assert result.returncode != 0
    assert "een bedrag hoort alleen bij status 'betaald', niet bij 'voorbeeld'" in result.stderr
