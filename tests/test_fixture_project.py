"""The fixture data set (tests/fixtures/proef/) stays what the tests of behaviour need: it
passes today's check with today's schemas, and its record of published amounts is the one
`vastleggen` writes. When a schema or a rule changes, this test says what to update there."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import check_data
from fixture_project import FIXTURE, fixture_project

from macros.register.ledger import ledger_yaml
from macros.register.site import load_site
from macros.register.source_ledger import source_sums


@pytest.fixture(scope="module")
def proef(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return fixture_project(tmp_path_factory.mktemp("proef") / "project")


def test_the_fixture_data_passes_the_check(proef: Path) -> None:
    result = check_data(proef)
    assert result.returncode == 0, (
        "tests/fixtures/proef/ past niet meer bij de schema's of regels van nu; werk de proefgegevens bij:\n"
        + result.stderr)


def test_the_fixture_ledger_is_what_vastleggen_writes(proef: Path) -> None:
    """The amounts and the checksums of the stored texts and addresses, as `vastleggen` writes
    them (macros/cli/vastleggen.py): a changed fixture source needs its ledger written again."""
    site = load_site(proef)
    assert (FIXTURE / "data/vastgelegde-bedragen.yaml").read_text("utf-8") == ledger_yaml(
        site.cijfers, site.gegevens.wijzigingen, source_sums(site.gegevens, proef / "data"))


def test_the_fixture_has_what_the_tests_of_behaviour_use(proef: Path) -> None:
    """Two actielijnen with two lines each and an 'overig' part; a dated source with a
    reference number and a news item with a full table; two initiatives in one municipality,
    one paid with its amount and one whose funding is not known; a municipality with an
    amount; a split in percentages; a result with a figure; a redirect."""
    gegevens = load_site(proef).gegevens
    assert [len(o.regels) for o in gegevens.begroting.actielijnen] == [2, 2]
    assert [o.id for o in gegevens.begroting.onderdelen if not o.is_actielijn] == ["overig"]
    assert any(b.datum and b.kenmerk for b in gegevens.bronnen.values())
    assert len(gegevens.bronversies) == 1
    assert len({g for i in gegevens.initiatieven.values() for g in i.gemeenten}) == 1 < len(gegevens.initiatieven)
    assert gegevens.opbrengsten.verdelingen and gegevens.omleidingen
    assert any(r.getal for i in gegevens.initiatieven.values() for r in i.resultaten)
    funding = {i.financiering.status: i.financiering for i in gegevens.initiatieven.values()}
    assert set(funding) == {"betaald", "niet-bekend"} and funding["betaald"].bedrag
    assert [len(g.bedragen) for g in gegevens.gemeenten.values()] == [1]
