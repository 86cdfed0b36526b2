"""./site-build.sh publishes atomically: a wrong total never replaces a good site."""

from __future__ import annotations

from pathlib import Path

from conftest import run_site_build, tree_snapshot


def test_a_good_build_publishes_and_a_wrong_total_leaves_it_untouched(project: Path) -> None:
    first = run_site_build(project)
    assert first.returncode == 0, first.stdout + first.stderr
    published = tree_snapshot(project / "site")
    assert "begroting/index.html" in published
    assert "downloads/begroting.csv" in published

    begroting = project / "data" / "begroting.yaml"
    text = begroting.read_text("utf-8")
    begroting.write_text(text.replace("bedrag: 14000000", "bedrag: 15000000"), "utf-8")
    total_line = next(n for n, line in enumerate(text.splitlines(), 1) if "totaal: 40000000" in line)
    grand_total_line = next(n for n, line in enumerate(text.splitlines(), 1) if line.startswith("totaal: "))

    second = run_site_build(project)
    output = second.stdout + second.stderr
    assert second.returncode != 0
    assert f"data/begroting.yaml:{total_line}:" in output
    assert "Actielijn 1: Jeugd is € 40 miljoen (40000000)" in output
    assert "som van de regels is € 41 miljoen (41000000)" in output
    assert f"data/begroting.yaml:{grand_total_line}:" in output
    assert "som van de onderdelen is € 201 miljoen (201000000)" in output
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
