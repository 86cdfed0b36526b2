"""Text from data/ is shown literally: never run as HTML, Markdown or Jinja."""

from __future__ import annotations

from pathlib import Path

import yaml
from bs4 import BeautifulSoup
from conftest import REPO_URL


def test_hostile_text_in_data_is_shown_escaped_and_literal(hostile_site: tuple[Path, dict]) -> None:
    """Every budget line's name holds the whole catalogue of hostile text (tests/payloads.py:
    script, event attributes, 7*7, a*b*c, [klik] (javascript:…), snake_case, &amp;, <b>…;
    template syntax and Markdown are refused by the check instead, see test_security and
    test_plain_text). The reader sees exactly what the editor typed, nothing runs."""
    site_dir, _ = hostile_site
    data = yaml.safe_load((site_dir.parent / "project/data/begroting.yaml").read_text("utf-8"))
    regels = [regel for onderdeel in data["onderdelen"] for regel in onderdeel["regels"]]
    page = (site_dir / "begroting" / "index.html").read_text("utf-8")
    soup = BeautifulSoup(page, "html.parser")
    for regel in regels:
        assert "<script" in regel["naam"] and "a*b*c" in regel["naam"]  # the catalogue is in it
        row = soup.select_one(f"#regel-{regel['id']} th")
        # A line that rests on another source than the table's says so after its name (bron: …).
        citation = row.select_one(":scope > span.bronvermelding")
        name = regel["naam"] + " " if citation is not None and citation.extract() else regel["naam"]
        assert row.get_text() == name  # what the reader sees is exactly what the editor typed
        assert row.find(True) is None  # text only: no element made of it
    assert not any("alert(" in (script.string or "") for script in soup.find_all("script"))
    assert not soup.select('a[href^="javascript:"]')
    assert "{{" not in page and "{%" not in page  # braces are character references in the source


def test_pages_name_their_data_files_with_edit_links(published_site: Path) -> None:
    soup = BeautifulSoup((published_site / "begroting/index.html").read_text("utf-8"), "html.parser")
    links = {a["data-databestand"]: a["href"] for a in soup.select("a[data-databestand]")}
    assert links["data/begroting.yaml"] == f"{REPO_URL}/edit/main/data/begroting.yaml"
    assert "data/bronnen/kamerbrief-steunpakket-2021.yaml" in links


def test_without_a_repository_no_file_paths_reach_the_public_pages(pages: dict[str, BeautifulSoup]) -> None:
    """File paths are editors' business: without REPO_URL there is nothing to edit, so nothing is shown."""
    for name, soup in pages.items():
        assert not soup.select("[data-databestand]"), name
        assert "data/begroting.yaml" not in soup.get_text(), name
