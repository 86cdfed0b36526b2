"""./site-build.sh publishes atomically: a wrong total never replaces a good site."""

from __future__ import annotations

from pathlib import Path

from conftest import run_site_build, tree_snapshot
from edits import raise_an_amount

from macros.facts.provenance import euros


def test_a_good_build_publishes_and_a_wrong_total_leaves_it_untouched(project: Path) -> None:
    first = run_site_build(project)
    assert first.returncode == 0, first.stdout + first.stderr
    published = tree_snapshot(project / "site")
    assert "begroting/index.html" in published
    assert "downloads/begroting.csv" in published

    raised = raise_an_amount(project)
    onderdeel = raised.onderdeel

    second = run_site_build(project)
    output = second.stdout + second.stderr
    assert second.returncode != 0
    assert f"data/begroting.yaml:{raised.total_line}:" in output
    assert f"{onderdeel.label} is {euros(onderdeel.totaal)}" in output
    assert f"som van de regels is {euros(onderdeel.totaal + raised.delta)}" in output
    assert f"data/begroting.yaml:{raised.grand_total_line}:" in output
    assert f"som van de onderdelen is {euros(raised.totaal + raised.delta)}" in output
    assert tree_snapshot(project / "site") == published
    assert not list(project.glob(".bouw.*")), "temporary build folders must be cleaned up"


def test_a_failing_site_build_leaves_the_site_untouched(project: Path) -> None:
    (project / "site").mkdir()
    (project / "site" / "index.html").write_text("vorige versie", "utf-8")
    before = tree_snapshot(project / "site")
    page = project / "content" / "begroting.md"
    page.write_text(page.read_text("utf-8") + "\n{{ bedrag('bestaat-niet') }}\n", "utf-8")
    result = run_site_build(project)
    assert result.returncode != 0
    assert "site/ is niet veranderd" in result.stderr
    assert tree_snapshot(project / "site") == before


def test_an_undefined_macro_fails_the_build(project: Path) -> None:
    page = project / "content" / "index.md"
    page.write_text(page.read_text("utf-8") + "\n{{ tikfout }}\n", "utf-8")
    result = run_site_build(project)
    assert result.returncode != 0
    assert not (project / "site").exists()


def test_help_lists_the_commands(project: Path) -> None:
    result = run_site_build(project, "--help")
    assert result.returncode == 0
    for command in ("build", "check", "serve", "test"):
        assert f"  {command}" in result.stdout
