"""Editor journeys: each task of CONTRIBUTING.md done on a copy of the project exactly as the
guide says it (journeys.py reads the steps, values and lines from the guide), then
`check`, the build and `verschil main` as the editor runs them, and the built pages read
as a reader reads them.

Two copies, each a git repository with main as published and a branch with the change:
one for the worked example of a figure change, and one for the other journeys together
(they touch different files; each journey's check and assertions are its own). The whole
test command on a branch with each journey was run by hand; the suite never runs itself.
"""

from __future__ import annotations

import json
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from bs4 import BeautifulSoup
from conftest import built_once, check_data, site_build
from journeys import OTHER_JOURNEYS, Journey, change_an_amount, make_the_typo, page, says
from project_copy import copy_project
from repository import git, make_repository, verschil
from test_quotes import FIGURE_HOLDERS, figures_without_quote

from macros.formatting.dates import build_day
from macros.formatting.money import euro


def result(completed: Any) -> dict[str, Any]:
    return {"rc": completed.returncode, "stdout": completed.stdout, "stderr": completed.stderr}


def finish(project: Path, folder: Path, record: dict[str, Any]) -> None:
    """Commit the branch, build it and compare it with main, as the editor does last."""
    git(project, "add", "-A")
    git(project, "commit", "-q", "--allow-empty", "-m", "wijziging")  # empty: every journey was done before
    record["check"] = result(check_data(project))
    record["build"] = result(site_build(project, folder / "site"))
    record["verschil"] = result(verschil(project, "main"))
    (folder / "record.json").write_text(json.dumps(record), "utf-8")


def journey_copy(tmp_path_factory: pytest.TempPathFactory, name: str,
                 work: Callable[[Path, str], dict[str, Any]], before: Callable[[Path], None] | None = None) -> dict:
    """A project copy, made once per run, with work(project, today) done on a branch of it."""
    def build(folder: Path) -> str | None:
        try:
            project = copy_project(folder / "project")
            if before:
                before(project)
            make_repository(project)
            finish(project, folder, work(project, build_day().isoformat()))
        except Exception:  # the guide's own steps failed: say where, to every test that needs it
            return traceback.format_exc()
        return None
    folder = built_once(tmp_path_factory, name, build)
    record = json.loads((folder / "record.json").read_text("utf-8"))
    return {**record, "site": str(folder / "site")}


def read_page(record: dict, name: str) -> BeautifulSoup:
    path = Path(record["site"]) / name
    assert path.is_file(), f"{name} is niet gebouwd"
    return BeautifulSoup(path.read_text("utf-8"), "html.parser")


def words(soup: BeautifulSoup) -> str:
    return " ".join(soup.get_text(" ").replace("\u00a0", " ").split())


def shows_line(output: str, parts: list[str]) -> bool:
    return any(all(part in line for part in parts) for line in output.splitlines())


# (1) The worked example: € 1 miljoen meer voor jongerenwerk ---------------------------------


@pytest.fixture(scope="session")
def worked_example(tmp_path_factory: pytest.TempPathFactory) -> dict:
    def work(project: Path, today: str) -> dict[str, Any]:
        return change_an_amount(project, today, check_data).as_json()
    return journey_copy(tmp_path_factory, "journey-bedrag", work)


def test_each_step_of_the_worked_example_is_asked_for_by_the_check(worked_example: dict) -> None:
    """After each step, the check gives the message of the next step in the guide's table that
    names one, in the order the guide gives them (exact where the data still has the guide's
    amounts); after the last step it has nothing to say."""
    extra = worked_example["extra"]
    meldingen, outputs = extra["meldingen"], extra["outputs"]
    assert len(outputs) == len(meldingen)
    for number, output in enumerate(outputs[:-1]):
        next_message = next(m for m in meldingen[number + 1:] if m)
        # On a branch where these amounts already moved on, the messages name other amounts:
        # there the check must still refuse until the entry is written.
        assert says(output, next_message) if extra["exact"] else output, (
            f"de gids zegt dat de controle na stap {number + 1} meldt: {next_message}\n{output}")
    assert outputs[-1] == ""


def test_the_worked_example_passes_check_build_and_verschil(worked_example: dict) -> None:
    assert worked_example["check"]["rc"] == 0, worked_example["check"]["stderr"]
    assert worked_example["build"]["rc"] == 0, worked_example["build"]["stderr"][-3000:]
    report = worked_example["verschil"]
    assert report["rc"] == 0, report["stdout"] + report["stderr"]
    assert "**In orde:**" in report["stdout"]
    for change in worked_example["extra"]["changes"]:
        line = [f"(`{change['feit']}`)", f"{euro(change['oud'])} → {euro(change['nieuw'])}"]
        assert shows_line(report["stdout"], line), (line, report["stdout"])
    for bron in worked_example["extra"]["bronnen"] if worked_example["extra"]["exact"] else []:
        assert shows_line(report["stdout"], ["**nieuw**", f"`{bron}`"]), (bron, report["stdout"])


def test_the_worked_example_shows_the_new_amounts_on_their_pages(worked_example: dict) -> None:
    """Each new amount on its page, linked to the words of the new source; the new source has
    its page with those words."""
    (bron,) = worked_example["extra"]["bronnen"]
    for change in worked_example["extra"]["changes"]:
        shown = read_page(worked_example, page(change["pagina"])).select(f"data[data-ref='{change['feit']}']")
        assert shown, f"{change['pagina']} toont {change['feit']} niet"
        assert {int(d["value"]) for d in shown} == {change["nieuw"]}, change
        holders = [d.find_parent(FIGURE_HOLDERS) for d in shown]
        assert all(h is not None and h.select_one(f"a[data-bron='{bron}']") for h in holders), change
    assert read_page(worked_example, f"bronnen/{bron}/index.html").select("blockquote.citaat")
    log = read_page(worked_example, "wijzigingen/index.html")
    assert worked_example["entry"] in words(log)


def test_the_changelog_shows_the_changed_amounts_with_the_quotes_of_the_new_ones(worked_example: dict) -> None:
    """On Wijzigingen each new amount links to the words of its new source, as every amount on
    the site does; the old amount is shown without a link (no source of the site names it)."""
    log = read_page(worked_example, "wijzigingen/index.html")
    _, missing = figures_without_quote({"wijzigingen/index.html": log})
    assert missing == set(), sorted(missing)
    (bron,) = worked_example["extra"]["bronnen"]
    # By its id: on a branch with the example done before, the copy holds the entry twice.
    entry = log.select_one(f"article.wijziging[data-wijziging='{worked_example['extra']['entry_id']}']")
    assert words(entry.h2) == worked_example["entry"]
    for change in worked_example["extra"]["changes"]:
        (new,) = entry.select(f"data[data-ref='wijziging:nieuw'][value='{change['nieuw']}']")
        assert new.find_parent("a", attrs={"data-bron": bron}) is not None, change
        (old,) = new.find_parent("tr").select(f"data[data-ref='wijziging:oud'][value='{change['oud']}']")
        assert old.find_parent("a") is None, change


# (2)-(7) The other journeys, on one copy -------------------------------------------------------


@pytest.fixture(scope="session")
def journeys(tmp_path_factory: pytest.TempPathFactory) -> dict:
    def work(project: Path, today: str) -> dict[str, Any]:
        done = {}
        for journey in OTHER_JOURNEYS:
            record = journey(project, today).as_json()
            record["check"] = result(check_data(project))  # each journey's own check, in the order done
            done[record["name"]] = record
        return {"journeys": done}
    return journey_copy(tmp_path_factory, "journeys", work, before=make_the_typo)


JOURNEY_NAMES = ("initiatief toevoegen", "resultaat toevoegen", "initiatief hernoemen", "initiatief weghalen",
                 "bron toevoegen", "tikfout verbeteren")


def test_every_journey_of_the_guide_is_tested() -> None:
    assert len(OTHER_JOURNEYS) == len(JOURNEY_NAMES)


def test_the_journeys_together_build_and_pass_verschil(journeys: dict) -> None:
    assert journeys["check"]["rc"] == 0, journeys["check"]["stderr"]
    assert journeys["build"]["rc"] == 0, journeys["build"]["stderr"][-3000:]
    report = journeys["verschil"]
    assert report["rc"] == 0, report["stdout"] + report["stderr"]
    assert "**In orde:**" in report["stdout"]


@pytest.mark.parametrize("name", JOURNEY_NAMES)
def test_a_journey_passes_the_check_and_shows_on_the_site_and_in_verschil(journeys: dict, name: str) -> None:
    journey = Journey(**{k: v for k, v in journeys["journeys"][name].items() if k != "check"})
    check = journeys["journeys"][name]["check"]
    assert check["rc"] == 0, f"na '{name}' meldt de controle:\n{check['stderr']}"
    for built, texts in journey.pages.items():
        shown = words(read_page(journeys, built))
        for text in texts:
            assert " ".join(text.split()) in shown, (built, text)
    for built, text in journey.gone.items():
        assert text not in words(read_page(journeys, built)), (built, text)
    for old, target in journey.redirects.items():
        refresh = read_page(journeys, old).select_one("meta[http-equiv=refresh]")
        assert refresh is not None and refresh["content"].endswith(f"url={target}"), (old, refresh)
    for line in [] if journey.done_before else [*journey.verschil, [journey.entry]]:
        assert shows_line(journeys["verschil"]["stdout"], line), (line, journeys["verschil"]["stdout"])
    assert journey.entry in words(read_page(journeys, "wijzigingen/index.html"))


def test_the_new_result_is_a_figure_with_its_value(journeys: dict) -> None:
    extra = journeys["journeys"]["resultaat toevoegen"]["extra"]
    shown = read_page(journeys, f"initiatieven/{extra['initiatief']}/index.html").select(
        f"data[data-ref='{extra['ref']}']")
    assert [d["value"] for d in shown] == [extra["waarde"]]


def test_the_new_source_has_its_page_and_the_citation_links_to_it(journeys: dict) -> None:
    extra = journeys["journeys"]["bron toevoegen"]["extra"]
    initiative = read_page(journeys, f"initiatieven/{extra['initiatief']}/index.html")
    links = initiative.select(f"a[data-bron='{extra['bron']}']")
    assert links and all(link["href"].startswith(f"../../bronnen/{extra['bron']}/") for link in links)
    assert read_page(journeys, f"bronnen/{extra['bron']}/index.html").select("blockquote.citaat")
