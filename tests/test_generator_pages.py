"""ProperDocs' pages converted and written in two processes, with the ids in a page's HTML
listed only when a link asks for one (macros/generator/properdocs_pages.py), give exactly what
ProperDocs' own build gives: the same site, byte for byte, and the same warnings, in the same
order, also for the pages the second process made."""

from __future__ import annotations

import contextlib
import filecmp
from pathlib import Path

import pytest
from conftest import ROOT, SITE_URL

from macros.generator import GeneratorError, Job, build
from macros.prerender.write import prerender
from macros.register.site import load_site
from macros.settings import read_settings

MODULE = "macros.generator.properdocs_pages"


@pytest.fixture(scope="module")
def prerendered(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("pages")
    prerender(load_site(), read_settings({"SITE_URL": SITE_URL}), work)
    return work


@pytest.fixture
def in_two(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Split from two pages on, also in a test worker that still runs another test's web server
    (see test_halves.py); returns how many pages each split took."""
    monkeypatch.setattr("macros.halves.threading.active_count", lambda: 1)
    monkeypatch.setattr(f"{MODULE}.PAGES_IN_TWO", 2)
    from macros.generator import properdocs_pages
    split: list[int] = []
    real = properdocs_pages.map_in_two

    def counted(work, items, minimum):  # noqa: ANN001, ANN202 - the same call, counted
        split.append(len(items))
        return real(work, items, minimum)

    monkeypatch.setattr(f"{MODULE}.map_in_two", counted)
    return split


def _build(work: Path, target: str, ours: bool, monkeypatch: pytest.MonkeyPatch, project: Path = ROOT) -> Path:
    """The folder built by the adapter, with our page step or with ProperDocs' own."""
    with monkeypatch.context() as patch:
        if not ours:
            patch.setattr(f"{MODULE}.quicker_pages", contextlib.nullcontext)
        build("properdocs", Job(project, work, work / target, read_settings({"SITE_URL": SITE_URL})))
    return work / target


def _same_files(left: Path, right: Path) -> list[str]:
    names = sorted(p.relative_to(left).as_posix() for p in left.rglob("*") if p.is_file())
    assert names == sorted(p.relative_to(right).as_posix() for p in right.rglob("*") if p.is_file())
    _, mismatch, errors = filecmp.cmpfiles(left, right, names, shallow=False)
    return mismatch + errors


def test_the_site_is_the_one_properdocs_builds_byte_for_byte(prerendered: Path, in_two: list[int],
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    own = _build(prerendered, "site-properdocs", False, monkeypatch)
    assert in_two == []
    ours = _build(prerendered, "site-ours", True, monkeypatch)
    pages = len(list((prerendered / "docs").rglob("*.md")))
    assert in_two == [pages]  # every page went through the split
    assert _same_files(own, ours) == []


def _with_problems(prerendered: Path, tmp_path: Path) -> tuple[Path, Path]:
    """The same folder with a broken link on every initiative page, a link to a heading that
    does not exist, and links to an id that only the HTML of a page has (which must pass); and
    a project whose generator counts a missing heading as a warning too (ProperDocs' default
    only notes it)."""
    import shutil

    project = tmp_path / "project"
    project.mkdir()
    (project / "overrides").symlink_to(ROOT / "overrides")
    (project / "mkdocs.yml").write_text((ROOT / "mkdocs.yml").read_text("utf-8") + "\nvalidation:\n  anchors: warn\n",
                                        "utf-8")
    work = tmp_path / "work"
    shutil.copytree(prerendered / "docs", work / "docs")
    pages = sorted((work / "docs" / "initiatieven").glob("*.md"))
    pages = [page for page in pages if page.name != "index.md"]
    assert len(pages) >= 4
    for number, page in enumerate(pages):
        page.write_text(page.read_text("utf-8") + f"\n\n[weg](../bestaat-niet-{number}.md)\n"
                        "[kop](../begrippen.md#bestaat-niet)\n[html](../begrippen.md#alleen-in-html)\n", "utf-8")
    begrippen = work / "docs" / "begrippen.md"
    begrippen.write_text(begrippen.read_text("utf-8") + '\n\n<p id="alleen-in-html">Alleen hier.</p>\n', "utf-8")
    return project, work


def test_every_warning_is_told_also_of_the_pages_the_second_process_made(
        prerendered: Path, in_two: list[int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    project, work = _with_problems(prerendered, tmp_path)
    told = []
    for ours in (False, True):
        with pytest.raises(GeneratorError) as refused:
            _build(work, f"site-{ours}", ours, monkeypatch, project)
        told.append(str(refused.value))
    assert in_two, "the pages were split"
    own, mine = told
    assert mine == own
    initiatives = len(list((work / "docs" / "initiatieven").glob("*.md"))) - 1
    for number in range(initiatives):
        assert f"bestaat-niet-{number}.md" in mine
    assert mine.count("'#bestaat-niet'") == initiatives  # told in Dutch: a heading that does not exist
    assert "alleen-in-html" not in mine  # an id in the page's HTML is found when a link asks for it
