"""`check` refuses history that cannot be true: a changelog entry or a source dated after
the day of the build, and a figure change that changed nothing or that the data does not
show. And the preview shows such problems in the browser instead of hanging."""

from __future__ import annotations

import calendar
import datetime
import html
import os
import re
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import ROOT, build_env, check_data, site_build
from edits import add_entry

from macros.cli.serve import error_page
from macros.formatting.dates import build_day
from macros.formatting.money import MILJOEN
from macros.reading.problems import DataError, Problem
from macros.reading.strict_yaml import load_yaml


def first_regel(project: Path) -> tuple[str, int]:
    document, _ = load_yaml(project / "data" / "begroting.yaml", "data/begroting.yaml")
    regel = document.data["onderdelen"][0]["regels"][0]
    return f"regel:{regel['id']}", int(regel["bedrag"])


def test_a_changelog_entry_dated_after_the_build_day_is_refused(project: Path) -> None:
    tomorrow = (build_day() + datetime.timedelta(days=1)).isoformat()
    line = add_entry(project, "van-morgen", [], datum=tomorrow) - 6  # the line of datum:
    result = check_data(project)
    assert result.returncode == 1
    assert re.search(rf"data/wijzigingen.yaml:{line}:\d+: wijzigingen\[0\].datum: de datum ", result.stderr)
    assert "ligt in de toekomst" in result.stderr


def test_the_build_day_follows_source_date_epoch(project: Path) -> None:
    newest = datetime.date.fromisoformat(str(yaml_changelog(project)[0]["datum"]))
    day_before = newest - datetime.timedelta(days=1)
    epoch = calendar.timegm(day_before.timetuple()) + 12 * 3600
    result = check_data(project, SOURCE_DATE_EPOCH=str(epoch))
    assert result.returncode == 1
    assert "wijzigingen[0].datum: de datum" in result.stderr and "ligt in de toekomst" in result.stderr
    assert check_data(project, SOURCE_DATE_EPOCH=str(epoch + 24 * 3600)).returncode == 0


def yaml_changelog(project: Path) -> list[dict]:
    document, _ = load_yaml(project / "data" / "wijzigingen.yaml", "data/wijzigingen.yaml")
    return document.data["wijzigingen"]


def test_a_source_dated_after_the_build_day_is_refused(project: Path) -> None:
    path = next(p for p in sorted((project / "data" / "bronnen").glob("*.yaml"))
                if any(row.startswith("datum: ") for row in p.read_text("utf-8").splitlines()))
    rows = path.read_text("utf-8").splitlines(keepends=True)
    line = next(n for n, row in enumerate(rows, 1) if row.startswith("datum: "))
    rows[line - 1] = f"datum: {(build_day() + datetime.timedelta(days=1)).isoformat()}\n"
    path.write_text("".join(rows), "utf-8")
    result = check_data(project)
    assert result.returncode == 1
    assert re.search(rf"data/bronnen/{path.name}:{line}:\d+: datum: de datum ", result.stderr)
    assert "ligt in de toekomst" in result.stderr


def test_a_figure_change_that_changes_nothing_is_refused(project: Path) -> None:
    feit, bedrag = first_regel(project)
    line = add_entry(project, "niets-veranderd", [{"feit": feit, "oud": bedrag, "nieuw": bedrag}])
    result = check_data(project)
    assert result.returncode == 1
    assert f"data/wijzigingen.yaml:{line}:" in result.stderr
    assert "het oude en het nieuwe bedrag zijn gelijk" in result.stderr


def test_a_figure_change_the_data_does_not_show_is_refused(project: Path) -> None:
    feit, bedrag = first_regel(project)
    line = add_entry(project, "verzonnen", [{"feit": feit, "oud": bedrag, "nieuw": bedrag + MILJOEN}])
    result = check_data(project)
    assert result.returncode == 1
    assert f"data/wijzigingen.yaml:{line}:" in result.stderr
    assert "dat is niet de wijziging die de site publiceert" in result.stderr


def test_the_error_page_lists_every_problem_escaped() -> None:
    error = DataError([Problem("data/begroting.yaml", 12, 7, "totaal", "<b>klopt niet</b>", "pas het aan"),
                       Problem("data/tijdlijn.yaml", 3, 1, "", "tweede probleem")])
    page = html.unescape(error_page(error.report()))
    assert "De site kan nu niet worden getoond" in page and "2 problemen" in page
    assert "<b>klopt niet</b>" in page and "<b>" not in error_page(error.report())  # escaped, shown as text
    for problem in error.problems:
        assert f"{problem.file}:{problem.line}:{problem.column}" in page


def fetch(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:  # noqa: S310 - the local preview
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8")


def wait_for(url: str, condition: Callable[[int, str], bool], seconds: float = 60) -> tuple[int, str]:
    deadline = time.monotonic() + seconds
    while True:
        try:
            status, text = fetch(url)
            if condition(status, text):
                return status, text
        except OSError:
            pass
        assert time.monotonic() < deadline, f"the preview did not get there in {seconds} s"
        time.sleep(0.2)


def test_the_preview_shows_wrong_data_in_the_browser_and_the_site_after_a_good_save(project: Path,
                                                                                    tmp_path: Path) -> None:
    path = project / "data" / "tijdlijn.yaml"
    good = path.read_text("utf-8")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-m", "macros.cli.serve", "--dev-addr", f"127.0.0.1:{port}"],
                              cwd=project, env=build_env(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    page = f"http://127.0.0.1:{port}/begroting/"
    try:
        status, shown = wait_for(page, lambda status, _: status == 200)
        assert "herladen.js" in shown  # an open page reloads after every build
        path.write_text(good + "onbekend_veld: 1\n", "utf-8")
        expected = check_data(project).stderr.splitlines()[1].split(": ")[0]  # file:line:col of the problem
        status, shown = wait_for(page, lambda status, _: status == 500)
        assert "De site kan nu niet worden getoond" in shown and expected in html.unescape(shown)
        assert wait_for(f"http://127.0.0.1:{port}/", lambda status, _: status == 500)  # on every page
        path.write_text(good, "utf-8")  # the next good save: the site again
        status, shown = wait_for(page, lambda status, _: status == 200)
        assert "De site kan nu niet worden getoond" not in shown
    finally:
        server.terminate()
        server.wait(timeout=10)
    assert site_build(project, tmp_path / "build").returncode == 0


@pytest.mark.parametrize("words", ["PORT", "--dev-addr 127.0.0.1:8001"])
def test_the_port_option_is_documented(words: str) -> None:
    usage = subprocess.run(["bash", str(ROOT / "site-build.sh"), "--help"], capture_output=True, text=True,
                           check=True, env={**os.environ}).stdout
    assert words in usage
    assert words in (ROOT / "README.md").read_text("utf-8")
