"""The generator step in a process of its own (macros/generator/process.py): it waits for the
pre-rendered folder, tells its failures in the build's own words, and a build that stops
before it leaves no process behind."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from conftest import ROOT

from macros.generator import GeneratorError, Job
from macros.generator.process import Generating
from macros.settings import read_settings


def test_a_build_that_stops_before_the_generator_leaves_no_process(tmp_path: Path) -> None:
    generating = Generating("properdocs", Job(ROOT, tmp_path, tmp_path / "site", read_settings()))
    started = time.monotonic()
    generating.cancel()
    assert not generating.process.is_alive()
    assert generating.process.exitcode == 0  # it stopped by itself, it was not killed
    assert time.monotonic() - started < 5
    assert not (tmp_path / "site").exists()


def test_what_the_generator_refuses_comes_back_as_its_dutch_error(tmp_path: Path) -> None:
    # No pre-rendered folder: the generator refuses its configuration.
    generating = Generating("properdocs", Job(ROOT, tmp_path, tmp_path / "site", read_settings()))
    generating.start()
    with pytest.raises(GeneratorError):
        generating.result()
    assert not generating.process.is_alive()
