"""The colofon names who publishes the site and where to write to, from the settings
SITE_PUBLISHER and SITE_CONTACT; while they are not known it says so and points to how
to report an error. Checked on the built page of the default build and of a build with
both set (to a name that needs escaping)."""

from __future__ import annotations

from pathlib import Path

import pytest
from bs4 import BeautifulSoup, Tag
from conftest import CONTACT, PUBLISHER, REPO_URL

from macros.html.colofon import fout_melden_html, uitgever_html


def section(page: BeautifulSoup, heading_id: str) -> list[Tag]:
    """The elements under a heading, up to the next heading of its level."""
    heading = page.find(id=heading_id)
    assert heading is not None, f"no #{heading_id} on the page"
    found = []
    for sibling in heading.find_next_siblings():
        if sibling.name == heading.name:
            break
        found.append(sibling)
    return found


def text_and_links(elements: list[Tag]) -> tuple[str, dict[str, str]]:
    text = " ".join(" ".join(e.get_text(" ") for e in elements).split())
    links = {a.get_text(strip=True): a["href"] for e in elements for a in e.find_all("a", href=True)}
    return text, links


def test_while_unknown_the_colofon_says_so_and_how_to_report_an_error(pages: dict[str, BeautifulSoup]) -> None:
    colofon = pages["colofon/index.html"]
    text, links = text_and_links(section(colofon, "uitgever"))
    assert "Wie deze site uitgeeft, is nog niet bekend." in text
    assert "Er is nog geen contactadres." in text
    assert "een uitgave van" not in text
    assert not [href for href in links.values() if href.startswith("mailto:")]
    report = [href for href in links.values() if href.startswith("#")]
    assert report, "no link to how an error is reported"
    assert all(colofon.find(id=href[1:]) is not None for href in report)
    # Without REPO_URL or a contact there is no report point: the page must not name one.
    text, links = text_and_links(section(colofon, "fout-melden"))
    assert "Een meldpunt is er nog niet" in text and "via het meldpunt" not in text


def test_publisher_and_contact_set_are_named_in_the_colofon(published_site: Path) -> None:
    raw = (published_site / "colofon/index.html").read_text("utf-8")
    text, links = text_and_links(section(BeautifulSoup(raw, "html.parser"), "uitgever"))
    assert f"Deze site is een uitgave van {PUBLISHER}." in text
    assert links[CONTACT] == f"mailto:{CONTACT}"
    assert "nog niet bekend" not in text and "geen contactadres" not in text
    assert "<Zonen>" not in raw  # escaped, not a tag
    text, links = text_and_links(section(BeautifulSoup(raw, "html.parser"), "fout-melden"))
    assert fout_melden_html(REPO_URL, CONTACT) in raw  # with a repository, errors are reported there
    assert f"{REPO_URL}/issues" in links.values()


@pytest.mark.parametrize(("publisher", "contact", "says", "href"), [
    ("Voorbeeldorganisatie", None, ["een uitgave van Voorbeeldorganisatie", "nog geen contactadres"], "#fout-melden"),
    (None, "https://www.voorbeeld.nl/contact", ["nog niet bekend", "Contact:"], "https://www.voorbeeld.nl/contact"),
])
def test_a_publisher_without_contact_and_a_contact_page_without_publisher(
        publisher: str | None, contact: str | None, says: list[str], href: str) -> None:
    fragment = BeautifulSoup(uitgever_html(publisher, contact), "html.parser")
    text = " ".join(fragment.get_text(" ").split())
    for words in says:
        assert words in text
    assert [a["href"] for a in fragment.find_all("a")] == [href]


@pytest.mark.parametrize(("repo_url", "contact", "href"), [
    ("https://git.voorbeeld.nl/steunpakket/", "redactie@voorbeeld.nl", "https://git.voorbeeld.nl/steunpakket/issues"),
    (None, "https://www.voorbeeld.nl/contact", "https://www.voorbeeld.nl/contact"),
    (None, None, None),
])
def test_an_error_is_reported_where_the_settings_say(repo_url: str | None, contact: str | None,
                                                      href: str | None) -> None:
    fragment = BeautifulSoup(fout_melden_html(repo_url, contact), "html.parser")
    assert [a["href"] for a in fragment.find_all("a")] == ([href] if href else [])
    assert ("meldpunt is er nog niet" in fragment.get_text()) == (href is None)
