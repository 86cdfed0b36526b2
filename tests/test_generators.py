"""The same pre-rendered folder built by both generators gives the reader the same site: the
same pages, each page's main content the same (every link to the same address), every
published amount the same. ProperDocs with Material is the generator of the site; Zensical
(classic variant) is the one that would replace Material (ARCHITECTURE.md, "Zensical").

The build folder is made once, as the build makes it (load, check, pre-render); each
generator builds it into a site folder of its own, and the post-build step (security policy
from that generator's templates, the guard) must pass on both.
"""

from __future__ import annotations

import importlib.util
import posixpath
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from conftest import SITE_URL, site_build
from project_copy import copy_project

from macros.generator import Job, build
from macros.postbuild import postbuild
from macros.prerender.write import prerender
from macros.register.site import load_site
from macros.settings import read_settings

pytestmark = pytest.mark.skipif(importlib.util.find_spec("zensical") is None,
                                reason="zensical is not installed (it needs Python 3.11 or newer)")


@pytest.fixture(scope="module")
def both(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    work = tmp_path_factory.mktemp("generators")
    settings = read_settings({"SITE_URL": SITE_URL})
    site = load_site()
    prerender(site, settings, work)
    sites = {}
    for name in ("properdocs", "zensical"):
        target = work / f"site-{name}"
        theme = build(name, Job(site.project_dir, work, target, settings))
        postbuild(site, settings, work, target, theme)  # the policy from its own templates, and the guard
        sites[name] = target
    return sites


def pages(site: Path) -> set[str]:
    return {p.relative_to(site).as_posix() for p in site.rglob("*.html")}


def main_content(site: Path, page: str) -> str:
    """The page's article as the reader gets it: every link as the address it leads to
    (the generators spell a relative link differently: '../jeugd/' and './' on the same page),
    without the theme's skip-link target and the search's exclusion mark."""
    soup = BeautifulSoup((site / page).read_text("utf-8"), "html.parser")
    article = soup.select_one("article.md-content__inner")
    assert article is not None, page
    for skip in article.select("a#__skip"):  # Zensical's skip-link target, theme markup
        following = skip.next_sibling
        if isinstance(following, str) and not following.strip():
            following.extract()  # and the line break after it
        skip.decompose()
    for element in article.find_all(attrs={"data-search-exclude": True}):
        del element["data-search-exclude"]  # a word to the search, which both obey; Zensical then drops it
    here = "/" + page.removesuffix("index.html")
    for element in article.find_all(href=True):
        element["href"] = resolve(here, element["href"])
    for element in article.find_all(src=True):
        element["src"] = resolve(here, element["src"])
    return str(article)


def resolve(here: str, url: str) -> str:
    if url.startswith(("#", "/")) or "://" in url or url.startswith("mailto:"):
        return url
    path, hash_sign, anchor = url.partition("#")
    target = posixpath.normpath(posixpath.join(here, path)) + ("/" if path.endswith("/") or path in ("", ".")
                                                               else "")
    return target.replace("//", "/") + hash_sign + anchor


def amounts(site: Path, page: str) -> list[tuple[str | None, str | None, str]]:
    soup = BeautifulSoup((site / page).read_text("utf-8"), "html.parser")
    return [(d.get("value"), d.get("data-ref"), d.get_text()) for d in soup.find_all("data")]


def test_both_generators_build_the_same_pages(both: dict[str, Path]) -> None:
    assert pages(both["properdocs"]) == pages(both["zensical"])
    register = load_site().paginas.html()
    assert {p.adres + "index.html" if p.adres.endswith("/") or not p.adres else p.adres
            for p in register} <= pages(both["zensical"])


def test_each_page_has_the_same_main_content_and_amounts(both: dict[str, Path]) -> None:
    different, amounts_differ = [], []
    for page in sorted(pages(both["properdocs"])):
        if main_content(both["properdocs"], page) != main_content(both["zensical"], page):
            different.append(page)
        if amounts(both["properdocs"], page) != amounts(both["zensical"], page):
            amounts_differ.append(page)
    assert not amounts_differ, amounts_differ
    assert not different, different
    assert any(amounts(both["zensical"], page) for page in pages(both["zensical"]))


def test_the_whole_build_with_zensical_secures_every_page_once(tmp_path: Path) -> None:
    # The build takes each page while the generator writes it (postbuild/securing.py), whatever
    # the generator: with Zensical too, every page ends up with exactly one policy.
    project = copy_project(tmp_path / "project")
    result = site_build(project, tmp_path / "site", SITE_GENERATOR="zensical")
    assert result.returncode == 0, result.stderr
    built = sorted((tmp_path / "site").rglob("*.html"))
    assert built
    for page in built:
        assert page.read_text("utf-8").count('http-equiv="Content-Security-Policy"') == 1, page
