"""The words of the sources cannot be changed unnoticed: a quote carries the figure the data
shows, a stored text or a source's address changed by hand is refused by the check (the
ledger holds their checksums) and shown, old → new, by `verschil`."""

from __future__ import annotations

import re
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from conftest import build_env, check_data
from edits import add_entry, add_sentence_and_quote_it, misquote_an_amount, move_to_look_alike_host, published

from macros.formatting.money import euro
from macros.formatting.urls import citaat_anchor
from macros.register.figures import Cijfer
from macros.register.quote_figures import carries, numbers_in

# Figures made up for these tests (none is an amount of the site), with the ways sources write them.
NOTATIONS = [
    ("euro", 7_250_000, "het fonds krijgt 7.250.000 euro", True),
    ("euro", 7_250_000, "in totaal 7250000 euro", True),
    ("euro", 7_250_000, "Bijlage: Proefregel 7,25", True),  # a table in millions
    ("euro", 7_250_000, "Proefregel 7.250 (bedragen x 1.000)", True),  # a table in thousands
    ("euro", 7_250_000, "er komt € 7,25 mln bij", True),
    ("euro", 7_250_000, "er komt 7,25 mln. bij", True),
    ("euro", 7_000_000, "er gaat zeven miljoen euro naar", True),
    ("euro", 7_000_000, "Eén tegen eenzaamheid krijgt zeven miljoen", True),
    ("euro", 7_250_000, "Proefregel 7", False),
    ("euro", 7_250_000, "er gaat zeven miljoen euro naar", False),
    ("euro", 7_250_000, "Actielijn 3: Proef 8,25", False),
    ("euro", 7_250_000, "Proefregel", False),  # no number at all
    ("procent", Decimal("61.3"), "bij 61,3% van de scholen", True),
    ("procent", Decimal("61.3"), "61,3 procent van de activiteiten", True),
    ("procent", Decimal("61.3"), "bij 61% van de scholen", False),
    ("aantal", Decimal(3125), "ruim 3125 aanmeldingen", True),
    ("aantal", Decimal(3125), "ruim 3.125 aanmeldingen", True),
    ("aantal", Decimal(312_500), "er zijn ruim 312.500 jongeren bereikt", True),
    ("aantal", Decimal(3125), "ruim 3126 aanmeldingen in 2021", False),
    ("aantal", Decimal(31), "leeftijd 16-24 jaar, 31 partijen", True),
    ("aantal", Decimal(312_000), "ruim 312 duizend jongeren", True),
]


@pytest.mark.parametrize(("eenheid", "waarde", "quote", "expected"), NOTATIONS)
def test_a_quote_carries_its_figure_in_the_sources_notation(eenheid: str, waarde: Decimal | int, quote: str,
                                                             expected: bool) -> None:
    cijfer = Cijfer("proef", "een proef", waarde, str(waarde), eenheid, (), "index.md")
    assert carries(quote, cijfer) is expected, numbers_in(quote)


def test_numbers_are_read_as_written_and_not_from_inside_words() -> None:
    assert [text for text, _, _ in numbers_in("Kamerstuk25295 nr. 988, 1.850.000 euro en 118 mln.")] == [
        "988", "1.850.000", "118 mln."]


def test_every_figure_with_a_value_has_a_quote_that_names_it() -> None:
    """The rule passes the site's own data: each figure typed in data/ (not computed) with a
    value is named by its quote (or, for a part of a division, the whole is)."""
    site = published()
    checked = [c for c in site.cijfers.alle.values()
               if c.waarde is not None and c.herkomst is not None and not c.afgeleid_van]
    assert len(checked) > 50
    for cijfer in checked:
        whole = site.cijfers.get(cijfer.deel_van) if cijfer.deel_van else None
        for citation in cijfer.bronnen:
            assert carries(citation.citaat or "", cijfer) or (whole and carries(citation.citaat or "", whole)), (
                cijfer.id, citation.citaat)


def test_an_amount_whose_quote_names_another_figure_is_refused(project: Path) -> None:
    """The issue's case: a line of the annex raised by half a million beside its unchanged
    quote in millions (as 'Jongerenwerk 14' beside € 14,5 miljoen)."""
    raised, changed, line, column = misquote_an_amount(project)
    result = check_data(project)
    assert result.returncode == 1
    assert raised.herkomst is not None
    said = numbers_in(raised.bronnen[0].citaat or "")[0][0]
    expected = (f"{raised.herkomst.file}:{line}:{column}: {_dotted(raised.herkomst.path)}: het citaat noemt {said}, "
                f"maar het bedrag is {euro(changed)} — neem het bedrag uit de bron over, of citeer de woorden van de "
                "bron die dit bedrag noemen").replace("\u00a0", " ")
    assert expected in result.stderr, result.stderr


def _dotted(path: tuple) -> str:
    return re.sub(r"\.(\d+)", r"[\1]", ".".join(str(part) for part in path))


# The ledger: a stored text or an address changed by hand is refused by the check, also without git.

def vastleggen(project: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "macros.cli.vastleggen"], cwd=project, env=build_env(),
                          capture_output=True, text=True, check=False)


def test_a_sentence_added_to_a_stored_text_and_quoted_is_refused_until_the_changelog_names_it(project: Path) -> None:
    document = add_sentence_and_quote_it(project).document
    refused = check_data(project)
    assert refused.returncode == 1
    assert (f"data/bronteksten/{document}.txt:1:1: de brontekst data/bronteksten/{document}.txt is veranderd sinds "
            "hij is vastgelegd") in refused.stderr, refused.stderr
    assert f"een wijziging met bronnen/{document}.md onder 'paginas:'" in refused.stderr
    assert "draai daarna ./site-build.sh vastleggen" in refused.stderr

    add_entry(project, "brontekst-aangevuld", [], paginas=f"[bronnen/{document}.md]")
    assert check_data(project).returncode == 0  # a legitimate change: the changelog names the source's page
    recorded = vastleggen(project)
    assert recorded.returncode == 0, recorded.stderr
    assert check_data(project).returncode == 0

    text = project / "data" / "bronteksten" / f"{document}.txt"
    text.write_text(text.read_text("utf-8") + "Nog een zin die de bron niet zegt.\n", "utf-8")
    again = check_data(project)  # the entry is recorded now: a later hand edit needs a new one
    assert again.returncode == 1 and f"data/bronteksten/{document}.txt:1:1:" in again.stderr


def test_an_address_changed_to_a_look_alike_host_is_refused(project: Path) -> None:
    bron_id, _, _ = move_to_look_alike_host(project)
    line = next(n for n, row in enumerate((project / "data" / "bronnen" / f"{bron_id}.yaml").read_text("utf-8")
                                          .splitlines(), 1) if row.startswith("adres: "))
    refused = check_data(project)
    assert refused.returncode == 1
    assert re.search(rf"data/bronnen/{bron_id}\.yaml:{line}:\d+: adres: het adres van deze bron is veranderd",
                     refused.stderr), refused.stderr
    assert f"een wijziging met bronnen/{bron_id}.md onder 'paginas:'" in refused.stderr


def test_an_older_ledger_without_checksums_is_read_and_completed(project: Path) -> None:
    ledger = project / "data" / "vastgelegde-bedragen.yaml"
    text = ledger.read_text("utf-8")
    assert "\nbronnen:\n" in text
    ledger.write_text(text[:text.index("\nbronnen:\n") + 1], "utf-8")
    assert check_data(project).returncode == 0
    recorded = vastleggen(project)
    assert recorded.returncode == 0, recorded.stderr
    completed = ledger.read_text("utf-8")
    sources = sorted(path.stem for path in (project / "data" / "bronnen").glob("*.yaml"))
    assert [re.search(r'bron: "([^"]+)"', row)[1] for row in completed.split("\nbronnen:\n")[1].splitlines()] == sources
    assert check_data(project).returncode == 0


# A source that gives the whole in one sentence and a part in another (fixture data, invented).
VERSION_WITH_A_PART = """# yaml-language-server: $schema=../schemas/bronversie.schema.json
omschrijving: Het totaal en een deel, in twee zinnen.
cijfers:
  - feit: totaal
    naam_in_bron: het Proefpakket
    bedrag: {whole}
    citaat: Het Proefpakket verdeelt 12 miljoen euro.
    verdeling:
      - naam: de eerste actielijn
        bedrag: {part}
        citaat: De eerste actielijn krijgt 7 miljoen.
      - naam: de rest
        bedrag: {rest}
"""
WHOLE, PART = 12_000_000, 7_000_000  # as the fixture's stored text names them


def test_a_part_with_words_of_its_own_is_linked_to_them_and_must_name_itself(tmp_path: Path) -> None:
    """A part of a source's division may have its own quote: then its figure rests on those words
    and they must name it, refused at the part's amount otherwise; a part without words of its
    own rests on the whole's quote, as before. (That each page links the figure's words:
    test_every_amount_links_to_the_words_its_figure_rests_on.)"""
    from fixture_project import fixture_project

    from macros.register.site import load_site

    project = fixture_project(tmp_path / "project")
    version = project / "data" / "bronversies" / "proefbericht-2021.yaml"
    version.write_text(VERSION_WITH_A_PART.format(whole=WHOLE, part=PART, rest=WHOLE - PART), "utf-8")
    assert check_data(project).returncode == 0
    site = load_site(project)
    key = "bronversie:proefbericht-2021:totaal"
    linked = {name: (site.cijfers.get(f"{key}:{name}").bronnen[0].citaat, site.cijfers.get(f"{key}:{name}").deel_van)
              for name in ("de eerste actielijn", "de rest")}
    assert linked == {"de eerste actielijn": ("De eerste actielijn krijgt 7 miljoen.", None),
                      "de rest": ("Het Proefpakket verdeelt 12 miljoen euro.", key)}

    wrong = PART + WHOLE  # a part the quote does not name
    version.write_text(VERSION_WITH_A_PART.format(whole=WHOLE, part=wrong, rest=WHOLE - PART), "utf-8")
    result = check_data(project)
    assert result.returncode == 1
    assert ("data/bronversies/proefbericht-2021.yaml:10:17: cijfers[0].verdeling[0].bedrag: het citaat noemt "
            f"7 miljoen, maar het bedrag is {euro(wrong)}").replace("\u00a0", " ") in result.stderr, result.stderr


def test_every_amount_links_to_the_words_its_figure_rests_on(pages: dict[str, BeautifulSoup]) -> None:
    """An amount on any page is a link to a quote: the quote of the figure it shows, as the
    figure register holds it (the register is also what the check proves names the figure).
    So a page cannot link an amount to other words than those checked, for example a part of
    a source's division to the sentence about the whole when the part has words of its own."""
    register = published().cijfers
    linked = 0
    for name, page in pages.items():
        for link in page.select("a[data-citaat]"):
            amount = link.find("data", attrs={"data-ref": True})
            cijfer = register.get(amount["data-ref"]) if amount is not None else None
            if cijfer is None:  # not a figure of the register (a changelog's old and new amount)
                continue
            anchors = {citaat_anchor(b.document, b.citaat) for b in cijfer.bronnen if b.citaat}
            assert link["data-citaat"] in anchors, (name, cijfer.id, link["data-citaat"])
            linked += 1
    assert linked >= len([c for c in register.alle.values() if c.bronnen]) / 2


def test_a_part_with_a_place_but_no_words_of_its_own_is_told_what_to_do(tmp_path: Path) -> None:
    """'vindplaats' on a part belongs to its own quote: alone it is refused, in Dutch, at the part."""
    from fixture_project import fixture_project

    project = fixture_project(tmp_path / "project")
    version = project / "data" / "bronversies" / "proefbericht-2021.yaml"
    text = VERSION_WITH_A_PART.format(whole=WHOLE, part=PART, rest=WHOLE - PART)
    version.write_text(text + "        vindplaats: verderop\n", "utf-8")
    result = check_data(project)
    assert result.returncode == 1
    assert ("data/bronversies/proefbericht-2021.yaml:12:9: cijfers[0].verdeling[1]: 'vindplaats' staat er zonder "
            "'citaat' — ") in result.stderr, result.stderr
    assert "voeg citaat: toe of haal vindplaats weg" in result.stderr
