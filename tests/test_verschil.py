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
from edits import Move, add_entry, declare_redirect, move_a_million
from repository import git, make_repository, verschil

from macros.formatting.money import euro


def record(project: Path, change: Move) -> None:
    """The changelog entry CONTRIBUTING.md asks for, naming the pages that show the figures."""
    pages = f"[begroting.md, actielijnen/{change.actielijn}.md]"
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
