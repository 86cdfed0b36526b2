"""Text from data/ is shown literally: never run as HTML, Markdown or Jinja."""

from __future__ import annotations

from pathlib import Path

import yaml
from bs4 import BeautifulSoup
from conftest import mkdocs_build

# Template syntax ({{ }}) and Markdown (*vet*, [klik](…)) are refused by the check
# (tests/test_security.py, tests/test_plain_text.py); the rest is shown literally. a*b*c
# would be emphasis to a Markdown reader.
HOSTILE = "<script>alert(1)</script> 7*7 a*b*c [klik] (javascript:alert(1)) snake_case &amp; <b>"


def test_hostile_text_in_data_is_shown_escaped_and_literal(project: Path, tmp_path: Path) -> None:
    begroting = project / "data" / "begroting.yaml"
    text = begroting.read_text("utf-8")
    # Any budget line whose name is on one line of the file will do.
    regel = next(r for o in yaml.safe_load(text)["onderdelen"] for r in o["regels"]
                 if text.count(f"naam: {r['naam']}\n") == 1)
    begroting.write_text(text.replace(f"naam: {regel['naam']}\n", f"naam: '{HOSTILE}'\n"), "utf-8")
    result = mkdocs_build(project, tmp_path / "site")
    assert result.returncode == 0, result.stderr

    page = tmp_path / "site" / "begroting" / "index.html"
    soup = BeautifulSoup(page.read_text("utf-8"), "html.parser")
    row = soup.select_one(f"#regel-{regel['id']} th")
    assert row.get_text() == HOSTILE  # what the reader sees is exactly what the editor typed
    assert row.find(["script", "a", "em", "strong"]) is None
    assert not any("alert(1)" in (script.string or "") for script in soup.find_all("script"))
    assert not soup.select('a[href^="javascript:"]')
    html = page.read_text("utf-8")
    assert "49" not in row.get_text()
    assert "{{" not in html and "{%" not in html  # braces are character references in the source


def test_pages_name_their_data_files_with_edit_links(project: Path, tmp_path: Path) -> None:
    result = mkdocs_build(project, tmp_path / "site", REPO_URL="https://forge.example/redactie/steunpakket")
    assert result.returncode == 0, result.stderr
    soup = BeautifulSoup((tmp_path / "site/begroting/index.html").read_text("utf-8"), "html.parser")
    links = {a["data-databestand"]: a["href"] for a in soup.select("a[data-databestand]")}
    assert links["data/begroting.yaml"] == "https://forge.example/redactie/steunpakket/edit/main/data/begroting.yaml"
    assert "data/bronnen/kamerbrief-steunpakket-2021.yaml" in links


def test_without_a_repository_no_file_paths_reach_the_public_pages(pages: dict[str, BeautifulSoup]) -> None:
    """File paths are editors' business: without REPO_URL there is nothing to edit, so nothing is shown."""
    for name, soup in pages.items():
        assert not soup.select("[data-databestand]"), name
        assert "data/begroting.yaml" not in soup.get_text(), name
