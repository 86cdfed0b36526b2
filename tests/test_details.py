"""The details a public site gets right, on the built site: robots.txt names the sitemap; a
build for publication refuses an address without https (security.txt and canonical links
need it) and any other build warns; the sitemap dates each page by its last change in the
changelog, not by the build; sources link the official record, never a private mirror;
every page has a title of its own.

Expectations come from data/ (plain PyYAML) and the page register."""

from __future__ import annotations

import json
import os
import re
import tempfile
from pathlib import Path
from unittest import mock
from urllib.parse import urlsplit

import pytest
import yaml
from bs4 import BeautifulSoup
from conftest import ROOT, SITE_URL, EditedSite, check_data, in_process

from macros.register.site import load_site
from macros.settings import read_settings, settings_warnings

REGISTER = load_site(ROOT).paginas
BRONNEN = {path.stem: yaml.safe_load(path.read_text("utf-8"))
           for path in sorted((ROOT / "data/bronnen").glob("*.yaml"))}
# Sites that show documents of the Tweede Kamer but are not its own: a reader who follows the
# link must land on the official record, which stays where it is. (berthub.eu: a private
# viewer of the Kamer's open data, 'tkconv'; openkamer.org: a private project on the same data.)
PRIVATE_MIRRORS = ("berthub.eu", "openkamer.org")
# Where the Tweede Kamer's own documents are published.
OFFICIAL_KAMER_HOSTS = ("tweedekamer.nl", "officielebekendmakingen.nl")


def test_robots_txt_allows_all_and_names_the_sitemap(site: Path) -> None:
    lines = (site / "robots.txt").read_text("utf-8").splitlines()
    assert "User-agent: *" in lines and "Allow: /" in lines
    assert f"Sitemap: {SITE_URL}sitemap.xml" in lines
    assert not any(line.startswith("Disallow") for line in lines)


def test_the_files_for_machines_are_in_the_page_register(site: Path) -> None:
    files = {p.adres for p in REGISTER.soort("bestand")}
    assert {"robots.txt", ".well-known/security.txt"} <= files
    assert all((site / path).is_file() for path in files)


PUBLICATION = {"REPO_URL": "https://forge.example/redactie/steunpakket", "SITE_PUBLISHER": "Voorbeeld",
               "SITE_CONTACT": "redactie@voorbeeld.nl"}


@pytest.mark.parametrize("setting", PUBLICATION)
def test_a_publication_build_refuses_an_address_without_https(setting: str) -> None:
    with pytest.raises(ValueError, match="zonder https") as refused:
        read_settings({"SITE_URL": "http://www.voorbeeld.nl/steunpakket/", setting: PUBLICATION[setting]})
    message = str(refused.value)
    assert setting in message and "security.txt" in message and "canonieke links" in message  # why
    assert "SITE_URL=https://" in message  # and what to set


def test_a_trial_build_without_https_builds_with_a_warning() -> None:
    settings = read_settings({"SITE_URL": "http://www.voorbeeld.nl/"})
    [warning] = settings_warnings(settings)
    assert "https://" in warning and "security.txt" in warning
    assert settings_warnings(read_settings({"SITE_URL": SITE_URL})) == []


@pytest.mark.parametrize("address", ["http://127.0.0.1:8000/", "http://localhost:8001/"])
def test_the_preview_on_this_machine_keeps_working(address: str) -> None:
    """`serve` sets SITE_URL to http://127.0.0.1:…, also when an editor has REPO_URL set."""
    settings = read_settings({"SITE_URL": address, **PUBLICATION})
    assert settings.site_url == address and settings_warnings(settings) == []


def test_an_address_that_is_no_web_address_is_refused() -> None:
    with pytest.raises(ValueError, match="https://"):
        read_settings({"SITE_URL": "www.voorbeeld.nl"})


def test_the_build_command_says_so_in_dutch_and_leaves_site_alone() -> None:
    from macros.cli.build import main

    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "site"
        environ = {"SITE_URL": "http://www.voorbeeld.nl/", "SITE_PUBLISHER": "Voorbeeld"}
        result = in_process("macros.cli.build", main, ["--site-dir", str(target)],
                            mock.patch.dict(os.environ, environ))
        assert result.returncode == 1 and not target.exists()
    assert result.stderr.splitlines()[-1].startswith("FOUT in een instelling: SITE_URL is http://www.voorbeeld.nl/")
    assert "site/ is niet veranderd" in result.stderr and "Traceback" not in result.stderr


def sitemap_dates(site: Path) -> dict[str, str | None]:
    xml = (site / "sitemap.xml").read_text("utf-8")
    return {m.group(1).removeprefix(SITE_URL): m.group(3)
            for m in re.finditer(r"<loc>([^<]+)</loc>(\s*<lastmod>([^<]+)</lastmod>)?", xml)}


def changelog(project: Path) -> list[dict]:
    """data/wijzigingen.yaml, newest first."""
    return yaml.safe_load((project / "data/wijzigingen.yaml").read_text("utf-8"))["wijzigingen"]


def named_last(log: list[dict], page_id: str) -> str:
    """The day of the newest entry that names the page; else of the first publication."""
    return next((str(e["datum"]) for e in log if page_id in e["paginas"]), str(log[-1]["datum"]))


def shown_last_change(page: Path) -> str | None:
    time = BeautifulSoup(page.read_text("utf-8"), "html.parser").select_one("p.laatst-gewijzigd time")
    return time["datetime"] if time else None


@pytest.mark.parametrize("built", ["site", "edited"])
def test_the_sitemap_dates_each_page_by_its_last_change(built: str, site: Path, edited_site: EditedSite) -> None:
    """A page's <lastmod> is the day of the changelog entry that last changed it: the day the
    page itself shows under 'Laatst gewijzigd', else the newest entry that names the page,
    else the first publication; never the day of the build. In the edited copy an entry of
    today changes the budget page, and the sitemap follows it."""
    folder, project = (site, ROOT) if built == "site" else (edited_site.site, edited_site.project)
    log = changelog(project)
    dates = sitemap_dates(folder)
    assert set(dates) == {p.adres for p in load_site(project).paginas.pages()}
    for pagina in load_site(project).paginas.pages():
        shown = shown_last_change(folder / pagina.adres / "index.html")
        assert dates[pagina.adres] == (shown or named_last(log, pagina.id)), pagina.id
        assert dates[pagina.adres] in {str(e["datum"]) for e in log}, pagina.id
    if built == "edited":
        assert dates["begroting/"] == str(log[0]["datum"])  # the entry the edit added, on top


def test_no_source_links_a_private_mirror(pages: dict[str, BeautifulSoup]) -> None:
    """Not in data/bronnen/, and not in any link of the built site."""
    def private(url: str) -> bool:
        host = (urlsplit(url).hostname or "").lower()
        return any(host == mirror or host.endswith("." + mirror) for mirror in PRIVATE_MIRRORS)

    assert [stem for stem, bron in BRONNEN.items() if bron.get("adres") and private(bron["adres"])] == []
    linked = [(name, a["href"]) for name, soup in pages.items() for a in soup.select("a[href]")]
    assert [(name, href) for name, href in linked if private(href)] == []


def test_the_tweede_kamers_documents_link_its_own_address() -> None:
    kamer = {stem: bron for stem, bron in BRONNEN.items() if bron["uitgever"].startswith("Tweede Kamer")}
    assert kamer, "data/bronnen/ has documents of the Tweede Kamer"
    for stem, bron in kamer.items():
        host = urlsplit(bron["adres"]).hostname or ""
        assert any(host == h or host.endswith("." + h) for h in OFFICIAL_KAMER_HOSTS), f"{stem}: {bron['adres']}"


def test_every_page_has_a_title_of_its_own(site: Path) -> None:
    """Over every page readers read (the page register): no two <title>s alike, and a
    source's page says it is one (a source may bear the name of an initiative)."""
    titles: dict[str, list[str]] = {}
    for pagina in REGISTER.pages():
        soup = BeautifulSoup((site / pagina.adres / "index.html").read_text("utf-8"), "html.parser")
        titles.setdefault(soup.title.get_text(strip=True), []).append(pagina.id)
        if pagina.soort == "bron":
            assert soup.title.get_text(strip=True).startswith("Bron: "), pagina.id
    assert {title: ids for title, ids in titles.items() if len(ids) > 1} == {}


def test_the_check_refuses_a_second_page_with_the_same_title(project: Path) -> None:
    """An initiative named like another page would be a second tab of the same name."""
    taken = next(p.titel for p in REGISTER.soort("initiatief"))
    other = next(path for path in sorted((project / "data/initiatieven").glob("*.yaml"))
                 if yaml.safe_load(path.read_text("utf-8"))["naam"] != taken)
    lines = other.read_text("utf-8").splitlines(keepends=True)
    at = next(n for n, line in enumerate(lines) if line.startswith("naam: "))
    lines[at] = f"naam: {json.dumps(taken, ensure_ascii=False)}\n"
    other.write_text("".join(lines), "utf-8")
    result = check_data(project)
    assert result.returncode == 1
    assert f"data/initiatieven/{other.name}:" in result.stderr and f"heet '{taken}'" in result.stderr, result.stderr
