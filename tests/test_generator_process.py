"""The generator step in a process of its own (macros/generator/process.py): it waits for the
pre-rendered folder, tells its theme before its first page and its failures in the build's own
words, and a build that stops before it leaves no process behind."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from conftest import ROOT, SITE_URL
from project_copy import copy_project

from macros.generator import GeneratorError, Job, Theme, build
from macros.generator.process import Generating
from macros.prerender.write import prerender
from macros.register.site import load_site
from macros.settings import read_settings


def test_a_build_that_stops_before_the_generator_leaves_no_process(tmp_path: Path) -> None:
    generating = Generating("properdocs", Job(ROOT, tmp_path, tmp_path / "site", read_settings()))
    started = time.monotonic()
    generating.cancel()
    assert generating.process.returncode == 0  # it stopped by itself, it was not killed
    assert time.monotonic() - started < 5
    assert not (tmp_path / "site").exists()


def test_what_the_generator_refuses_comes_back_as_its_dutch_error(tmp_path: Path) -> None:
    # A page that links to a page that does not exist: the generator refuses it (strict).
    job = Job(ROOT, tmp_path, tmp_path / "site", read_settings())
    generating = Generating("properdocs", job)
    (job.docs / "index.md").write_text("# Start\n\n[weg](bestaat-niet.md)\n", "utf-8")
    generating.start()
    generating.theme()  # its configuration was read: it told its theme, and then built
    with pytest.raises(GeneratorError, match="bestaat-niet.md"):
        generating.result()
    assert generating.process.poll() is not None


def test_the_theme_is_told_before_the_first_page_and_again_with_the_site(tmp_path: Path) -> None:
    # The post-build step takes each page as it is written; it needs the theme for that first.
    name = "properdocs"
    project = copy_project(tmp_path / "project")  # the fixture data has no pages for mkdocs.yml's menu
    settings = read_settings({"SITE_URL": SITE_URL})
    site = load_site(project)
    work = tmp_path / "work"
    prerender(site, settings, work)
    pages_when_told: list[int] = []

    def started(theme: Theme) -> None:
        pages_when_told.append(len(list((work / "site").rglob("*.html"))))

    theme = build(name, Job(project, work, work / "site", settings), started)
    assert pages_when_told == [0]
    assert (work / "site" / "index.html").is_file()
    # And through the generator's own process: the same theme, first and last.
    generating = Generating(name, Job(project, work, work / "site-2", settings))
    generating.start()
    assert generating.theme() == theme
    assert generating.result() == theme


def test_a_configuration_the_generator_refuses_is_told_when_it_builds(tmp_path: Path) -> None:
    # The generator's process reads its configuration before the data is loaded; a refusal
    # there waits, and is told in the build's words once the build asks it to build.
    project = copy_project(tmp_path / "project")
    config = project / "mkdocs.yml"
    config.write_text(config.read_text("utf-8").replace("name: material", "name: bestaat-niet"), "utf-8")
    generating = Generating("properdocs", Job(project, tmp_path / "work", tmp_path / "site", read_settings()))
    generating.start()
    with pytest.raises(GeneratorError, match="bestaat-niet"):
        generating.theme()
    assert generating.process.poll() is not None
