"""Subscribers follow every change: the changelog page, RSS and Atom feeds from the data,
byte-identical on every build, and no published amount changes without an entry."""

from __future__ import annotations

import datetime
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

import feedparser
import pytest
import yaml
from bs4 import BeautifulSoup
from conftest import ROOT, SITE_URL, build_env, check_data, site_build
from edits import add_entry, move_a_million

from macros.facts.provenance import euros
from macros.register.site import load_site

FEEDS = ("feeds/wijzigingen.xml", "feeds/wijzigingen.atom")


def changelog() -> list[dict]:
    return yaml.safe_load((ROOT / "data" / "wijzigingen.yaml").read_text("utf-8"))["wijzigingen"]


@pytest.mark.parametrize("feed_path", FEEDS)
def test_the_feed_holds_the_changelog(site: Path, feed_path: str) -> None:
    feed = feedparser.parse((site / feed_path).read_bytes())
    assert not feed.bozo, feed.bozo_exception
    assert feed.feed.language.lower().startswith("nl")
    entries = changelog()
    assert [e.title for e in feed.entries] == [e["titel"] for e in entries]  # newest first, as the data
    for parsed, entry in zip(feed.entries, entries, strict=True):
        assert parsed.id == f"{SITE_URL}wijzigingen/#wijziging-{entry['id']}"
        assert parsed.link == parsed.id
        published = datetime.datetime(*parsed.published_parsed[:6], tzinfo=datetime.UTC)
        assert published == amsterdam_midnight(datetime.date.fromisoformat(str(entry["datum"])))


def amsterdam_midnight(day: datetime.date) -> datetime.datetime:
    """The start of a changelog day in the Netherlands, summer time or not (from the tz database)."""
    return datetime.datetime.combine(day, datetime.time(0), tzinfo=ZoneInfo("Europe/Amsterdam"))


@pytest.mark.parametrize(("day", "utc_offset_hours"), [
    ("2021-01-15", 1), ("2021-03-10", 1), ("2021-03-27", 1), ("2021-03-28", 1),  # the switch to summer time is at 02:00
    ("2021-03-29", 2), ("2021-10-30", 2), ("2021-10-31", 2), ("2021-11-01", 1),
])
def test_the_reference_for_feed_dates_follows_dutch_summer_time(day: str, utc_offset_hours: int) -> None:
    offset = amsterdam_midnight(datetime.date.fromisoformat(day)).utcoffset()
    assert offset == datetime.timedelta(hours=utc_offset_hours)


@pytest.mark.parametrize("feed_path", FEEDS)
def test_every_link_in_the_feed_is_absolute_and_resolves(site: Path, feed_path: str) -> None:
    feed = feedparser.parse((site / feed_path).read_bytes())
    changelog_page = BeautifulSoup((site / "wijzigingen/index.html").read_text("utf-8"), "html.parser")
    links = [feed.feed.link] + [e.link for e in feed.entries]
    links += [word.rstrip(".,") for e in feed.entries for word in e.summary.split() if word.startswith("http")]
    for url in links:
        assert url.startswith(SITE_URL), url
        parts = urlsplit(url)
        path = parts.path.removeprefix(urlsplit(SITE_URL).path)
        target = site / path / "index.html" if not path.endswith((".xml", ".atom")) else site / path
        assert target.is_file(), url
        if parts.fragment:
            assert changelog_page.find(id=parts.fragment), url


def test_feeds_are_byte_identical_on_every_build(site: Path, tmp_path: Path) -> None:
    again = tmp_path / "again"
    result = site_build(ROOT, again)
    assert result.returncode == 0, result.stderr
    for feed_path in FEEDS:
        assert (again / feed_path).read_bytes() == (site / feed_path).read_bytes(), feed_path


def test_every_page_announces_the_feeds(pages: dict[str, BeautifulSoup]) -> None:
    for name, soup in pages.items():
        hrefs = {link["href"] for link in soup.select('link[rel~="alternate"][type]')}
        assert {SITE_URL + f for f in FEEDS} <= hrefs, name


def test_the_changelog_page_lists_entries_with_stable_anchors(pages: dict[str, BeautifulSoup]) -> None:
    page = pages["wijzigingen/index.html"]
    shown = [article["id"] for article in page.select("article.wijziging")]
    assert shown == [f"wijziging-{e['id']}" for e in changelog()]
    subscribe = page.select_one("#abonneren")
    assert "feedlezer" in subscribe.get_text()
    # "Volgen" leads to the page about the site's feed and to the Volgen page, never to the XML.
    assert {a["href"] for a in subscribe.select("a")} == {"../volgen/wijzigingen/", "../volgen/"}


def test_data_pages_say_when_they_last_changed(pages: dict[str, BeautifulSoup]) -> None:
    """The newest changelog entry that names the page or one of its amounts; else the first publication."""
    shown = {tag["data-ref"] for tag in pages["begroting/index.html"].select("[data-ref]")}
    touching = [e for e in changelog() if "begroting.md" in e["paginas"]
                or any(c["feit"] in shown for c in e.get("cijfers", []))] or changelog()[-1:]
    last = pages["begroting/index.html"].select_one(".laatst-gewijzigd time")
    assert last["datetime"] == str(touching[0]["datum"])


def test_a_changed_amount_without_an_entry_fails_and_an_entry_makes_it_pass(project: Path) -> None:
    move = move_a_million(project)  # two lines of one actielijn, read from the copy's data
    site = load_site(project, vastgelegd=False)

    failed = check_data(project)
    assert failed.returncode != 0
    text = (project / "data/begroting.yaml").read_text("utf-8").splitlines()
    for c in move.cijfers:
        line = next(n for n, row in enumerate(text, 1) if row.strip() == f"bedrag: {c['nieuw']}")
        assert f"data/begroting.yaml:{line}:" in failed.stderr
        assert f"{site.cijfers.naam(c['feit'])} ({c['feit']}) verandert van {euros(c['oud'])} in " \
               f"{euros(c['nieuw'])}" in failed.stderr
        assert f"{{feit: {c['feit']}, oud: {c['oud']}, nieuw: {c['nieuw']}}}" in failed.stderr

    add_entry(project, "bedrag-verschoven", move.cijfers)
    passed = check_data(project)
    assert passed.returncode == 0, passed.stderr

    recorded = subprocess.run([sys.executable, "-m", "macros.cli.vastleggen"], cwd=project, env=build_env(),
                              capture_output=True, text=True, check=False)
    assert recorded.returncode == 0, recorded.stderr
    assert "tot_en_met: bedrag-verschoven" in (project / "data/vastgelegde-bedragen.yaml").read_text("utf-8")
    assert check_data(project).returncode == 0
