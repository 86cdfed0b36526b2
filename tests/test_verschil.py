"""`verschil` shows a figure change old → new, and fails without its changelog entry, with a
wrong old value, without a redirect, or when history is rewritten.

That a change as CONTRIBUTING.md describes it passes everything is test_journeys.py; that
no test depends on today's figures is test_no_figures_in_tests.py (the suite is never run
inside itself)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from conftest import check_data, run_site_build
from edits import (
    ADDED,
    Move,
    add_entry,
    add_sentence_and_quote_it,
    declare_redirect,
    misquote_an_amount,
    move_a_million,
    move_to_look_alike_host,
    published,
    quote_without_figure,
    requote,
)
from repository import git, make_repository, verschil

from macros.facts.gegevens import all_citations
from macros.formatting.money import euro


def record(project: Path, change: Move) -> None:
    """The changelog entry CONTRIBUTING.md asks for, naming the pages that show the figures."""
    pages = f"[begroting.md, actielijnen/{change.actielijn}.md, bronnen/{change.bron}.md]"
    add_entry(project, "bedrag-verschoven", change.cijfers, paginas=pages)


# verschil, on a git repository with a main branch and a branch with the change -------------


@pytest.fixture
def repository(project: Path) -> Path:
    """The project copy as a git repository: main as published, and a branch to change."""
    return make_repository(project)


def test_verschil_fails_on_a_figure_change_without_entry_and_passes_with_it(repository: Path) -> None:
    change = move_a_million(repository)
    git(repository, "commit", "-qam", "move an amount")
    without = run_site_build(repository, "verschil")
    assert without.returncode == 1, without.stderr
    for c in change.cijfers:
        old_to_new = f"{euro(c['oud'])} → {euro(c['nieuw'])}"
        assert f"(`{c['feit']}`): {old_to_new}" in without.stdout  # in the list of figures
        assert f"{old_to_new} staat niet in een nieuwe wijziging" in without.stdout  # and as a problem
        assert f"{{feit: {c['feit']}, oud: {c['oud']}, nieuw: {c['nieuw']}}}" in without.stdout

    record(repository, change)
    git(repository, "commit", "-qam", "record it")
    with_entry = run_site_build(repository, "verschil")
    assert with_entry.returncode == 0, with_entry.stdout + with_entry.stderr
    assert "**In orde:**" in with_entry.stdout
    assert f"{euro(change.cijfers[0]['oud'])} → {euro(change.cijfers[0]['nieuw'])}" in with_entry.stdout


def test_verschil_finds_a_wrong_old_value(repository: Path) -> None:
    change = move_a_million(repository)
    change.cijfers[0]["oud"] += 1
    record(repository, change)
    result = verschil(repository)
    assert result.returncode == 1
    assert f"noemt voor `{change.cijfers[0]['feit']}` als oud bedrag" in result.stdout


def test_a_hand_edited_ledger_does_not_hide_a_change(repository: Path) -> None:
    change = move_a_million(repository)
    ledger = repository / "data" / "vastgelegde-bedragen.yaml"
    text = ledger.read_text("utf-8")
    for c in change.cijfers:
        text = text.replace(f'"{c["feit"]}", bedrag: {c["oud"]}}}', f'"{c["feit"]}", bedrag: {c["nieuw"]}}}')
    ledger.write_text(text, "utf-8")
    check = check_data(repository)
    assert check.returncode == 0  # without git, the hand edit fools the check ...
    result = verschil(repository)  # ... but not verschil, which compares with git
    assert result.returncode == 1
    assert "vastgelegde-bedragen.yaml is met de hand aangepast" in result.stdout
    assert f"{euro(change.cijfers[0]['oud'])} → {euro(change.cijfers[0]['nieuw'])} staat niet" in result.stdout


def test_verschil_keeps_the_changelog_append_only(repository: Path) -> None:
    path = repository / "data" / "wijzigingen.yaml"
    entries = yaml.safe_load(path.read_text("utf-8"))["wijzigingen"]
    first = entries[-1]
    text = path.read_text("utf-8")
    path.write_text(text.replace(f"titel: {first['titel']}", "titel: Iets anders"), "utf-8")
    rewritten = verschil(repository)
    assert rewritten.returncode == 1
    assert f"de gepubliceerde wijziging `{first['id']}` is herschreven (titel)" in rewritten.stdout

    extra = ("  - id: nog-een\n    datum: 2021-01-01\n    titel: T\n    samenvatting: S.\n    reden: R.\n"
             "    paginas: [index.md]\n")
    path.write_text(text + extra, "utf-8")  # at the bottom: the oldest entry
    git(repository, "commit", "-qam", "an entry")
    git(repository, "checkout", "-q", "main")
    git(repository, "merge", "-q", "wijziging")
    git(repository, "checkout", "-q", "wijziging")
    path.write_text(text, "utf-8")  # remove it again
    removed = verschil(repository)
    assert removed.returncode == 1
    assert "de gepubliceerde wijziging `nog-een` (2021-01-01) is uit data/wijzigingen.yaml gehaald" in removed.stdout


def rename_an_initiative(project: Path) -> tuple[str, str]:
    old = sorted((project / "data" / "initiatieven").glob("*.yaml"))[0]
    new = old.with_name(f"{old.stem}-nieuw.yaml")
    old.rename(new)
    return old.stem, new.stem


def test_a_renamed_page_needs_a_redirect(repository: Path) -> None:
    old, new = rename_an_initiative(repository)
    without = verschil(repository)
    assert without.returncode == 1
    assert f"het adres `/initiatieven/{old}/` verdwijnt zonder omleiding" in without.stdout
    gone = next(line for line in without.stdout.splitlines() if line.startswith("- **weg**: "))
    assert f"/initiatieven/{old}/" in gone and gone.endswith("(zonder omleiding)")  # a link where SITE_URL is set

    declare_redirect(repository, f"initiatieven/{old}.md", f"initiatieven/{new}.md")
    still = verschil(repository)
    assert still.returncode == 1  # the new page is not yet in the changelog
    assert f"de nieuwe pagina `initiatieven/{new}.md` staat in geen nieuwe wijziging" in still.stdout

    add_entry(repository, "initiatief-hernoemd", [], paginas=f"[initiatieven/{new}.md]")
    result = verschil(repository)
    assert result.returncode == 0, result.stdout
    renamed = next(line for line in result.stdout.splitlines() if line.startswith("- **hernoemd**: "))
    assert f"/initiatieven/{old}/" in renamed and f"/initiatieven/{new}/" in renamed
    assert renamed.endswith("(met omleiding)")


def test_verschil_explains_an_unknown_base(repository: Path) -> None:
    result = verschil(repository, "bestaat-niet")
    assert result.returncode == 2
    assert "'bestaat-niet' is geen bekende commit of branch" in result.stderr


def test_verschil_explains_a_folder_without_git(project: Path) -> None:
    result = verschil(project)
    assert result.returncode == 2
    assert "geen git-repository" in result.stderr


# The words and addresses of the sources ------------------------------------------------------


def test_verschil_shows_a_sentence_added_to_a_stored_text_and_needs_the_source_page_in_the_changelog(
        repository: Path) -> None:
    document = add_sentence_and_quote_it(repository).document
    without = verschil(repository)
    assert without.returncode == 1, without.stdout + without.stderr
    section = without.stdout[without.stdout.index("### Bronteksten en bronadressen"):]
    assert f"- **brontekst gewijzigd**: `data/bronteksten/{document}.txt`" in section
    assert f"\n+{ADDED}\n" in section  # the line added, in the diff
    assert f"de brontekst `data/bronteksten/{document}.txt` is veranderd" in without.stdout
    assert f"met `bronnen/{document}.md` onder `paginas:`" in without.stdout

    add_entry(repository, "brontekst-aangevuld", [], paginas=f"[bronnen/{document}.md]")
    named = verschil(repository)
    assert named.returncode == 0, named.stdout
    assert f"\n+{ADDED}\n" in named.stdout  # still shown to the reviewer, now with its reason in the log


def test_verschil_shows_an_address_moved_to_a_look_alike_host(repository: Path) -> None:
    bron_id, old, new = move_to_look_alike_host(repository)
    result = verschil(repository)
    assert result.returncode == 1
    line = next(row for row in result.stdout.splitlines() if row.startswith("- **adres gewijzigd**: "))
    assert f"`{bron_id}`" in line and f"`{old}` → `{new}`" in line
    assert "lijkt op de oude website, maar is een andere" in line
    assert f"het adres van bron `{bron_id}` is veranderd" in result.stdout
    add_entry(repository, "adres-verhuisd", [], paginas=f"[bronnen/{bron_id}.md]")
    assert verschil(repository).returncode == 0


def test_verschil_needs_the_page_of_a_source_a_quote_now_rests_on(repository: Path) -> None:
    citation = quote_without_figure()
    other = next(c for c in all_citations(published().gegevens) if c.document != citation.document
                 and c.citaat_soort == "bron" and c.citaat and c.document in published().gegevens.bronteksten)
    requote(repository, citation, other.citaat or "", other.document)
    result = verschil(repository)
    assert result.returncode == 1, result.stdout
    assert f"citeert nu bron `{other.document}`" in result.stdout
    assert f"nu `{other.document}`" in result.stdout
    add_entry(repository, "ander-citaat", [], paginas=f"[bronnen/{other.document}.md]")
    assert verschil(repository).returncode == 0


def test_verschil_refuses_an_amount_its_quote_does_not_name(repository: Path) -> None:
    """The issue's case (€ 14,5 miljoen beside 'Jongerenwerk 14'): verschil no longer says 'in orde'."""
    raised, changed, line, _ = misquote_an_amount(repository)
    result = verschil(repository)
    assert result.returncode == 2, result.stdout
    assert "de gegevens in de werkmap bevatten fouten" in result.stderr
    assert raised.herkomst is not None and f"{raised.herkomst.file}:{line}:" in result.stderr
    assert f"maar het bedrag is {euro(changed)}".replace("\u00a0", " ") in result.stderr
