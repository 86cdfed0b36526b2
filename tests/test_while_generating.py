"""What the build does while the generator builds (macros/cli/build.py): the checks that only
refuse data run then, and the policy and the guard take each page as soon as the generator has
written it whole (macros/postbuild/securing.py). Nothing of that may let a refused value or an
unguarded page through. The securing tests use the fixture data set (tests/fixtures/proef/); the
builds use a project copy and derive what they change from its data/ (see `built`)."""

from __future__ import annotations

import os
from pathlib import Path
from types import SimpleNamespace

import pytest
import yaml
from conftest import SITE_URL, site_build, splits_recorded, tree_snapshot
from fixture_project import fixture_project
from project_copy import copy_project

from macros.generator import Theme
from macros.postbuild.securing import Securing
from macros.reading.problems import DataError, DeferredChecks, Problem
from macros.register.site import Site, load_site
from macros.settings import read_settings

PAGE = '<!doctype html><html><head><meta charset="utf-8"><title>t</title></head><body>{body}</body></html>\n'


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A project copy and its built site. (The fixture data set has no pages for the menu of
    mkdocs.yml, so the generator cannot build it: these tests take today's data and derive
    what they change from it.)"""
    project = copy_project(tmp_path_factory.mktemp("tijdens") / "project")
    result = site_build(project, project / "site")
    assert result.returncode == 0, result.stderr
    return project, project / "site"


def a_quote(project: Path) -> tuple[Path, str]:
    """An initiative's file and a quote that stands on one line of it, as the editor typed it."""
    for path in sorted((project / "data" / "initiatieven").glob("*.yaml")):
        text = path.read_text("utf-8")
        for bron in yaml.safe_load(text).get("bronnen", []):
            if bron.get("citaat") and bron["citaat"] in text:
                return path, bron["citaat"]
    raise AssertionError("test set-up: no initiative with a quote on one line")


def refuse_a_quote(project: Path) -> tuple[Path, str, int]:
    """Change a quote so that its source no longer holds it: (file, its text before, line)."""
    path, quote = a_quote(project)
    original = path.read_text("utf-8")
    path.write_text(original.replace(quote, "Niet " + quote, 1), "utf-8")
    return path, original, original[:original.index(quote)].count("\n") + 1


def test_a_quote_its_source_does_not_hold_stops_the_build_and_the_site_stays(built: tuple[Path, Path]) -> None:
    # The quote check is one of those that run while the generator builds: the build itself
    # (not only the check that ./site-build.sh runs first) must refuse the data.
    project, site = built
    before = tree_snapshot(site)
    path, original, line = refuse_a_quote(project)
    try:
        result = site_build(project, site)
    finally:
        path.write_text(original, "utf-8")
    assert result.returncode == 1
    assert f"{path.relative_to(project).as_posix()}:{line}:" in result.stderr, result.stderr
    assert "site/ is niet veranderd" in result.stderr
    assert "Traceback" not in result.stderr
    assert tree_snapshot(site) == before


def test_a_refused_quote_and_a_content_mistake_are_told_in_one_run(built: tuple[Path, Path]) -> None:
    project, site = built
    page = project / "content" / "begroting.md"
    text = page.read_text("utf-8")
    page.write_text(text + "\n{{ bedrag('bestaat-niet') }}\n", "utf-8")
    path, original, line = refuse_a_quote(project)
    try:
        result = site_build(project, site)
    finally:
        page.write_text(text, "utf-8")
        path.write_text(original, "utf-8")
    assert result.returncode == 1
    assert f"{path.relative_to(project).as_posix()}:{line}:" in result.stderr, result.stderr
    assert "content/begroting.md" in result.stderr, result.stderr


@pytest.fixture
def fixture_site(tmp_path: Path) -> Site:
    return load_site(fixture_project(tmp_path / "project"))


def securing(site: Site, site_dir: Path) -> Securing:
    return Securing(site, read_settings({"SITE_URL": SITE_URL}), site_dir, Theme("properdocs", (), {}))


def test_a_page_is_taken_only_when_it_is_written_whole(fixture_site: Site, tmp_path: Path) -> None:
    site_dir = tmp_path / "site"
    (site_dir / "begroting").mkdir(parents=True)
    whole, cut = site_dir / "index.html", site_dir / "begroting" / "index.html"
    whole.write_text(PAGE.format(body="<p>Start</p>"), "utf-8")
    cut.write_text(PAGE.format(body="<p>Begroting</p>")[:60], "utf-8")  # still being written
    taking = securing(fixture_site, site_dir)
    taking.take_written()
    assert "Content-Security-Policy" in whole.read_text("utf-8")
    assert "Content-Security-Policy" not in cut.read_text("utf-8")
    cut.write_text(PAGE.format(body="<p>Begroting</p>"), "utf-8")  # the generator finishes it
    assert taking.finish() == []
    for page in (whole, cut):
        assert page.read_text("utf-8").count("Content-Security-Policy") == 1


def test_a_page_written_again_after_it_was_taken_is_secured_and_guarded_again(fixture_site: Site,
                                                                               tmp_path: Path) -> None:
    site_dir = tmp_path / "site"
    site_dir.mkdir()
    page = site_dir / "index.html"
    page.write_text(PAGE.format(body="<p>Start</p>"), "utf-8")
    taking = securing(fixture_site, site_dir)
    taking.take_written()
    page.write_text(PAGE.format(body='<p>Start</p><script>alert("x")</script>'), "utf-8")
    problems = taking.finish()
    assert len(problems) == 1 and problems[0].startswith("index.html:"), problems
    assert page.read_text("utf-8").count("Content-Security-Policy") == 1


def test_findings_are_told_in_the_order_of_the_pages(fixture_site: Site, tmp_path: Path) -> None:
    site_dir = tmp_path / "site"
    bad = PAGE.format(body="<iframe></iframe>")
    for where in ("z/index.html", "begroting/index.html", "index.html"):
        (site_dir / where).parent.mkdir(parents=True, exist_ok=True)
        (site_dir / where).write_text(bad, "utf-8")
    taking = securing(fixture_site, site_dir)
    taking.take_written()  # takes the pages of the register first, the others at the end
    pages = [problem.split(":")[0] for problem in taking.finish()]
    assert pages == sorted(pages) and set(pages) == {"index.html", "begroting/index.html", "z/index.html"}


def test_once_the_generator_is_done_the_pages_left_are_shared_over_two_processes(
        fixture_site: Site, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Taking stops when the generator is done (then both cores are free); `finish` secures
    and guards the rest, half in a forked process, and tells every finding in page order."""
    site_dir = tmp_path / "site"
    names = [f"p{number}/index.html" for number in range(6)]
    for where in names:
        (site_dir / where).parent.mkdir(parents=True)
        (site_dir / where).write_text(PAGE.format(body="<iframe></iframe>"), "utf-8")
    monkeypatch.setattr("macros.postbuild.securing.PAGES_IN_TWO", 2)
    splits = splits_recorded(monkeypatch, "macros.postbuild.securing")
    taking = securing(fixture_site, site_dir)
    taking.take_written(lambda: False)  # the generator is done before anything is taken
    assert taking.stamps == {}
    problems = taking.finish()
    assert [problem.split(":")[0] for problem in problems] == sorted(names)
    assert all((site_dir / where).read_text("utf-8").count("Content-Security-Policy") == 1 for where in names)
    if (os.cpu_count() or 1) >= 2:
        assert [len(processes) for processes in splits] == [2], "half of the pages in a forked process"


def test_an_unforeseen_stop_before_the_generator_is_told_as_the_refused_value(monkeypatch: pytest.MonkeyPatch,
                                                                              tmp_path: Path) -> None:
    # A refused value may make pre-rendering stop in a way no check foresaw: the refusal is
    # the cause, so it is told instead of the unforeseen error; without one, the error stands.
    import macros.prerender.write
    from macros.cli.build import _prerender

    def stops(*_: object) -> None:
        raise RuntimeError("onvoorzien")

    monkeypatch.setattr(macros.prerender.write, "prerender", stops)
    refused = Problem("data/initiatieven/x.yaml", 3, 5, "bronnen[0].citaat", "citaat staat niet in de bron", "")
    deferred = DeferredChecks()
    deferred.add(lambda: [refused])
    with pytest.raises(DataError) as told:
        _prerender(SimpleNamespace(deferred=deferred), read_settings({"SITE_URL": SITE_URL}), tmp_path)
    assert told.value.problems == [refused]
    with pytest.raises(RuntimeError):
        _prerender(SimpleNamespace(deferred=DeferredChecks()), read_settings({"SITE_URL": SITE_URL}), tmp_path)
