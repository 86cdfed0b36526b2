"""A renamed page keeps its old address: data/omleidingen.yaml declares the redirect, the
build publishes a Dutch page there that sends the reader on, and the check refuses a
redirect to a page that does not exist. The output guard allows a refresh only on a
declared redirect page, and only to its declared target."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from bs4 import BeautifulSoup
from conftest import EditedSite, build_env, check_data
from edits import declare_redirect

from macros.postbuild.guard import page_problems
from macros.reading.strict_yaml import load_yaml


def test_a_renamed_initiative_redirects_from_its_old_address(edited_site: EditedSite) -> None:
    old, site = edited_site.renamed, edited_site.site
    page = BeautifulSoup((site / "initiatieven" / old / "index.html").read_text("utf-8"), "html.parser")
    assert page.html["lang"] == "nl"
    refresh = page.find("meta", attrs={"http-equiv": "refresh"})
    assert refresh["content"] == f"0; url=../{old}-nieuw/"
    assert page.h1.get_text(strip=True).startswith("Deze pagina is verhuisd")
    assert page.select_one(f"article a[href='../{old}-nieuw/']")  # for readers without forwarding
    assert page.find("meta", attrs={"http-equiv": "Content-Security-Policy"})
    # The redirect page has no script of its own (only the theme's, as on its target at the
    # same depth).
    target = BeautifulSoup((site / "initiatieven" / f"{old}-nieuw" / "index.html").read_text("utf-8"),
                           "html.parser")
    assert {s.string for s in page.find_all("script")} <= {s.string for s in target.find_all("script")}


def test_a_redirect_to_the_home_page_builds(edited_site: EditedSite) -> None:
    page = BeautifulSoup((edited_site.site / "oude-pagina/index.html").read_text("utf-8"), "html.parser")
    assert page.find("meta", attrs={"http-equiv": "refresh"})["content"] == "0; url=.."


def test_the_output_guard_publishes_declared_redirect_pages(edited_site: EditedSite) -> None:
    guard = subprocess.run([sys.executable, "-m", "macros.postbuild.guard", str(edited_site.site)],
                           cwd=edited_site.project, env=build_env(), capture_output=True, text=True, check=False)
    assert guard.returncode == 0, guard.stderr


def refresh_page(url: str) -> str:
    return (f'<html><head><meta charset="utf-8"><meta http-equiv="refresh" content="0; url={url}"></head>'
            "<body><p>Deze pagina is verhuisd.</p></body></html>")


def test_the_guard_allows_a_refresh_only_to_the_declared_target() -> None:
    where, target = "initiatieven/oud/index.html", "/initiatieven/nieuw/"
    data = Path("data")
    assert page_problems(refresh_page("../nieuw/"), where, data, redirect=target) == []
    refused = {
        "not a declared redirect page": page_problems(refresh_page("../nieuw/"), where, data),
        "another page of the site": page_problems(refresh_page("../ander/"), where, data, redirect=target),
        "another site": page_problems(refresh_page("https://aanval.example/initiatieven/nieuw/"), where, data,
                                      redirect=target),
        "protocol-relative": page_problems(refresh_page("//aanval.example/initiatieven/nieuw/"), where, data,
                                           redirect=target),
        "script address": page_problems(refresh_page("javascript:alert(1)"), where, data, redirect=target),
        "twice": page_problems(refresh_page("../nieuw/").replace("</head>", '<meta http-equiv="refresh" '
                                                                   'content="0; url=../nieuw/"></head>'),
                               where, data, redirect=target),
    }
    for case, problems in refused.items():
        assert any('<meta http-equiv="refresh">' in p for p in problems), case


def test_a_redirect_to_a_missing_page_is_refused_with_its_place(project: Path) -> None:
    declare_redirect(project, "initiatieven/bestond-ooit.md", "initiatieven/bestaat-niet.md")
    result = check_data(project)
    assert result.returncode == 1
    document, _ = load_yaml(project / "data/omleidingen.yaml", "data/omleidingen.yaml")
    index = len(document.data["omleidingen"]) - 1  # declare_redirect adds it at the end
    line, column = document.place(("omleidingen", index, "naar"))
    assert (f"data/omleidingen.yaml:{line}:{column}: omleidingen[{index}].naar: de pagina "
            "'initiatieven/bestaat-niet.md' bestaat niet") in result.stderr


def test_a_redirect_may_not_hide_an_existing_page(project: Path) -> None:
    declare_redirect(project, "begroting.md", "index.md")
    result = check_data(project)
    assert result.returncode == 1
    assert "de pagina 'begroting.md' bestaat (weer)" in result.stderr
