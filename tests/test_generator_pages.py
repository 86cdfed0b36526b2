"""ProperDocs' pages converted and written in two processes, with the ids in a page's HTML
listed only when a link asks for one (macros/generator/properdocs_pages.py) and plain raw HTML
read without Python's parser (macros/generator/markdown_blocks.py), give exactly what
ProperDocs' own build gives: the same site, byte for byte, and the same warnings, in the same
order, also for the pages the second process made. And the theme's menu rendered once for all
pages that show it alike (macros/generator/menu_once.py) is the theme's own on every page."""

from __future__ import annotations

import contextlib
import filecmp
import logging
import os
import shutil
from pathlib import Path
from types import SimpleNamespace

import pytest
from conftest import ROOT, SITE_URL, splits_recorded

from macros.generator import GeneratorError, Job, build
from macros.generator.menu_once import MenuOnce
from macros.prerender.write import prerender
from macros.register.site import load_site
from macros.settings import read_settings

MODULE = "macros.generator.properdocs_pages"


@pytest.fixture(scope="module")
def prerendered(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("pages")
    prerender(load_site(), read_settings({"SITE_URL": SITE_URL}), work)
    return work


@pytest.fixture
def in_two(monkeypatch: pytest.MonkeyPatch) -> list[set[int]]:
    """Split from two pages on; returns, per split, the processes that converted and rendered pages."""
    monkeypatch.setattr(f"{MODULE}.PAGES_IN_TWO", 2)
    return splits_recorded(monkeypatch, MODULE)


def _build(work: Path, target: str, ours: bool, monkeypatch: pytest.MonkeyPatch, project: Path = ROOT) -> Path:
    """The folder built by the adapter, with our page step and raw HTML step or with ProperDocs' own."""
    with monkeypatch.context() as patch:
        if not ours:
            patch.setattr(f"{MODULE}.quicker_pages", contextlib.nullcontext)
            patch.setattr("macros.generator.markdown_blocks.plain_html_blocks", contextlib.nullcontext)
        build("properdocs", Job(project, work, work / target, read_settings({"SITE_URL": SITE_URL})))
    return work / target


def _same_files(left: Path, right: Path) -> list[str]:
    names = sorted(p.relative_to(left).as_posix() for p in left.rglob("*") if p.is_file())
    assert names == sorted(p.relative_to(right).as_posix() for p in right.rglob("*") if p.is_file())
    _, mismatch, errors = filecmp.cmpfiles(left, right, names, shallow=False)
    return mismatch + errors


def _forked(splits: list[set[int]]) -> None:
    assert len(splits) == 1
    if (os.cpu_count() or 1) >= 2:
        assert len(splits[0]) == 2 and os.getpid() in splits[0]  # this process and a forked one


def test_the_site_is_the_one_properdocs_builds_byte_for_byte(prerendered: Path, in_two: list[set[int]],
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    own = _build(prerendered, "site-properdocs", False, monkeypatch)
    assert in_two == []
    ours = _build(prerendered, "site-ours", True, monkeypatch)
    _forked(in_two)
    assert _same_files(own, ours) == []


def _with_problems(prerendered: Path, tmp_path: Path) -> tuple[Path, Path]:
    """The same folder with a broken link on every initiative page, a link to a heading that
    does not exist, and links to an id that only the HTML of a page has (which must pass); and
    a project whose generator counts a missing heading as a warning too (ProperDocs' default
    only notes it)."""
    project = tmp_path / "project"
    project.mkdir()
    (project / "overrides").symlink_to(ROOT / "overrides")
    (project / "mkdocs.yml").write_text((ROOT / "mkdocs.yml").read_text("utf-8") + "\nvalidation:\n  anchors: warn\n",
                                        "utf-8")
    work = tmp_path / "work"
    shutil.copytree(prerendered / "docs", work / "docs")
    pages = sorted((work / "docs" / "initiatieven").glob("*.md"))
    pages = [page for page in pages if page.name != "index.md"]
    assert len(pages) >= 4
    for number, page in enumerate(pages):
        page.write_text(page.read_text("utf-8") + f"\n\n[weg](../bestaat-niet-{number}.md)\n"
                        "[kop](../begrippen.md#bestaat-niet)\n[html](../begrippen.md#alleen-in-html)\n", "utf-8")
    begrippen = work / "docs" / "begrippen.md"
    begrippen.write_text(begrippen.read_text("utf-8") + '\n\n<p id="alleen-in-html">Alleen hier.</p>\n', "utf-8")
    return project, work


def test_every_warning_is_told_also_of_the_pages_the_second_process_made(
        prerendered: Path, in_two: list[set[int]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    project, work = _with_problems(prerendered, tmp_path)
    told = []
    for ours in (False, True):
        with pytest.raises(GeneratorError) as refused:
            _build(work, f"site-{ours}", ours, monkeypatch, project)
        told.append(str(refused.value))
    _forked(in_two)
    own, mine = told
    assert mine == own
    initiatives = len(list((work / "docs" / "initiatieven").glob("*.md"))) - 1
    for number in range(initiatives):
        assert f"bestaat-niet-{number}.md" in mine
    assert mine.count("'#bestaat-niet'") == initiatives  # told in Dutch: a heading that does not exist
    assert "alleen-in-html" not in mine  # an id in the page's HTML is found when a link asks for it


class _Heard(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.NOTSET)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(f"{record.levelname} {record.getMessage()}")


def _told(work: Path, target: str, ours: bool, monkeypatch: pytest.MonkeyPatch) -> tuple[list[str], str]:
    """Everything ProperDocs and the theme logged, and what the build raised ('' if nothing)."""
    heard = _Heard()
    loggers = [logging.getLogger(name) for name in ("properdocs", "mkdocs")]
    for logger in loggers:
        logger.addHandler(heard)
    try:
        _build(work, target, ours, monkeypatch)
        raised = ""
    except Exception as error:  # noqa: BLE001 - compared between the two builds
        raised = f"{type(error).__name__}: {str(error).splitlines()[0] if str(error) else ''}"
    finally:
        for logger in loggers:
            logger.removeHandler(heard)
    return heard.messages, raised


@pytest.mark.parametrize("trouble", ["none", "template", "marked-section"])
def test_the_same_is_told_in_the_same_order_when_pages_differ_or_fail(
        prerendered: Path, in_two: list[set[int]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        trouble: str) -> None:
    # A page without a title (converted early, as ProperDocs does: its title is its heading)
    # with a broken link, broken links on other pages; and a page that fails to render, or one
    # whose HTML stops Python's parser. ProperDocs tells conversions first, then renderings,
    # and stops at the first failure.
    work = tmp_path / "work"
    shutil.copytree(prerendered / "docs", work / "docs")
    pages = sorted(p for p in (work / "docs" / "initiatieven").glob("*.md") if p.name != "index.md")
    (work / "docs" / "initiatieven" / "a-zonder-titel.md").write_text(
        "# Zonder titel\n\n[weg](../bestaat-niet-a.md)\n", "utf-8")
    for number, page in enumerate(pages[:6]):
        page.write_text(page.read_text("utf-8") + f"\n\n[weg](../bestaat-niet-{number}.md)\n", "utf-8")
    if trouble == "template":
        text = pages[3].read_text("utf-8")
        pages[3].write_text(text.replace("---\n{", '---\n{"template": "bestaat-niet.html", ', 1), "utf-8")
    if trouble == "marked-section":
        pages[4].write_text(pages[4].read_text("utf-8") + "\n<![foo[ x ]]>\n", "utf-8")
    own = _told(work, "site-own", False, monkeypatch)
    mine = _told(work, "site-ours", True, monkeypatch)
    assert mine == own
    _forked(in_two)
    assert any("bestaat-niet-a.md" in message for message in mine[0])
    stopped = {"none": "GeneratorError", "template": "TemplateNotFound", "marked-section": "AssertionError"}
    assert mine[1].startswith(stopped[trouble]), mine[1]


def test_a_plugin_that_hears_the_pages_gets_properdocs_own_order(
        prerendered: Path, in_two: list[set[int]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A plugin listening to a page's events may count on their order or keep what it hears:
    # then nothing is split, and the site is ProperDocs' own.
    from properdocs.plugins import PluginCollection

    heard: list[str] = []
    real = PluginCollection.on_page_markdown

    def listening(self, markdown, *, page, config, files):  # noqa: ANN001, ANN202 - ProperDocs' signature
        heard.append(page.file.src_uri)
        return real(self, markdown, page=page, config=config, files=files)

    def with_listener(self, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        self.events["page_markdown"].append(lambda markdown, **_: markdown)
        return real_config(self, *args, **kwargs)

    real_config = PluginCollection.on_config
    monkeypatch.setattr(PluginCollection, "on_config", with_listener)
    monkeypatch.setattr(PluginCollection, "on_page_markdown", listening)
    own = _build(prerendered, "site-own", False, monkeypatch)
    order = list(heard)
    heard.clear()
    ours = _build(prerendered, "site-ours", True, monkeypatch)
    assert in_two == []
    assert heard == order
    assert _same_files(own, ours) == []


def _page(url: str, toc: tuple = (), **meta: object) -> SimpleNamespace:
    return SimpleNamespace(url=url, meta=meta, toc=list(toc))


def _nav(*pages: SimpleNamespace, links: tuple[str, ...] = ()) -> SimpleNamespace:
    section = SimpleNamespace(title="Deel", children=[*pages[1:], *(SimpleNamespace(url=url) for url in links)])
    return SimpleNamespace(items=[pages[0], section], homepage=pages[0])


def test_pages_of_one_folder_outside_the_menu_share_it_and_no_other_does() -> None:
    home, overview = _page(""), _page("initiatieven/")
    nav = _nav(home, overview, _page("gemeenten/onder/"), links=("https://elders.example/", "bronnen/a"))
    menu = MenuOnce()
    key = menu._key  # noqa: SLF001 - the rule itself
    a, b = key(_page("initiatieven/a/"), nav), key(_page("initiatieven/b/"), nav)
    assert a == b and a is not None and a[0] == "initiatieven"
    assert key(_page("bronnen/c/"), nav) != a
    assert key(_page("initiatieven/a/", hide=["navigation"]), nav) != a
    assert key(_page("initiatieven/a/", hide=["toc"]), nav) != a
    below = nav.items[1].children[1]
    assert key(home, nav) is None and key(overview, nav) is None and key(below, nav) is None  # in the menu
    heading = SimpleNamespace(level=2, children=[])
    assert key(_page("initiatieven/c/", toc=(heading,)), nav) is None  # a table of contents of its own
    title = SimpleNamespace(level=1, children=[])
    assert key(_page("initiatieven/c/", toc=(title,)), nav) == a  # only a title: the theme shows none
    assert key(_page("initiatieven/c/", toc=(SimpleNamespace(level=1, children=[heading]),)), nav) is None
    assert key(_page("404.html"), nav) is None
    # A menu link to a page, or below it: its address from that page differs from a sibling's.
    assert key(_page("gemeenten/"), nav) != key(_page("gemeenten2/"), nav)  # 'onder/' and '../gemeenten/onder/'
    assert key(_page("bronnen/a/"), nav) != key(_page("bronnen/b/"), nav)  # the link 'bronnen/a', no slash
    rendered = []
    for url in ("initiatieven/a/", "initiatieven/b/", "initiatieven/"):
        assert menu(_page(url), nav, lambda url=url: rendered.append(url) or f"menu van {url}") == \
            ("menu van initiatieven/a/" if url != "initiatieven/" else "menu van initiatieven/")
    assert rendered == ["initiatieven/a/", "initiatieven/"]


SMALL_SITE = {
    "index.md": "# Start\n",
    "initiatieven/index.md": "# Overzicht\n",
    "initiatieven/a.md": "# A\n\n## Alfa\n\nTekst.\n",
    "initiatieven/b.md": "# B\n\n## Beta\n",
    "initiatieven/c.md": "---\nhide: [toc]\n---\n# C\n\n## Gamma\n",
    "initiatieven/d.md": "# D\n\n<h2 id=\"html\">In HTML</h2>\n",
    "initiatieven/e.md": "---\nhide: [navigation]\n---\n# E\n",
    "initiatieven/f.md": "# F\n",
    "initiatieven/g.md": "# G\n\n## Gee\n",
    "bronnen/x.md": "# X\n",
}


def test_a_small_site_with_headings_hidden_parts_and_links_into_a_folder_is_the_same(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Where the real site has no example: pages outside the menu with a table of contents of their
    own, hiding the menu or the table of contents, and menu links to a page and below it."""
    import properdocs.replacement  # noqa: F401 - Material imports mkdocs.*: the ProperDocs modules
    from properdocs.commands.build import build as properdocs_build
    from properdocs.config import load_config

    from macros.generator.properdocs_build import quicker_theme

    for name, text in SMALL_SITE.items():
        (tmp_path / "docs" / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "docs" / name).write_text(text, "utf-8")
    (tmp_path / "mkdocs.yml").write_text(
        "site_name: Proef\ntheme:\n  name: material\n  custom_dir: " + str(ROOT / "overrides") + "\n"
        "extra:\n  settings:\n    feeds: {rss: feed.xml, atom: atom.xml}\n"
        "not_in_nav: |\n  /initiatieven/*.md\n  /bronnen/*.md\n"
        "nav:\n  - Start: index.md\n  - Initiatieven: initiatieven/index.md\n"
        "  - Naar A: initiatieven/a\n  - Onder B: ./initiatieven/b/x/\n  - Elders: https://elders.example/\n",
        "utf-8")
    sites = {}
    for once in (False, True):
        config = load_config(config_file=str(tmp_path / "mkdocs.yml"), site_dir=str(tmp_path / f"site-{once}"))
        quicker_theme(config.theme)
        with monkeypatch.context() as patch:
            if not once:
                patch.setattr(MenuOnce, "_key", lambda self, page, nav: None)
            properdocs_build(config)
        sites[once] = tmp_path / f"site-{once}"
    assert _same_files(sites[False], sites[True]) == []
    assert "Gamma" in (sites[True] / "initiatieven" / "c" / "index.html").read_text("utf-8")


def test_the_site_with_the_menu_rendered_once_is_the_same_byte_for_byte(prerendered: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("macros.generator.properdocs_pages.PAGES_IN_TWO", 10**9)  # all in this process
    settings = read_settings({"SITE_URL": SITE_URL})
    with monkeypatch.context() as patch:
        patch.setattr(MenuOnce, "_key", lambda self, page, nav: None)
        build("properdocs", Job(ROOT, prerendered, prerendered / "elke-pagina", settings))
    calls: list[bool] = []
    real = MenuOnce.__call__

    def counted(self: MenuOnce, page: object, nav: object, caller):  # noqa: ANN001, ANN202
        rendered = []
        found = real(self, page, nav, lambda: rendered.append(True) or caller())
        calls.append(bool(rendered))
        return found

    monkeypatch.setattr(MenuOnce, "__call__", counted)
    build("properdocs", Job(ROOT, prerendered, prerendered / "eenmaal", settings))
    assert _same_files(prerendered / "elke-pagina", prerendered / "eenmaal") == []
    assert calls.count(False) > len(calls) / 2, "most pages are served a menu rendered before"
