"""ProperDocs' pages converted and written in two processes.

ProperDocs (`properdocs.commands.build.build`) first converts the Markdown of every page, and
only then renders each page with the theme and writes it: about 8 ms a page, one after the
other, on one core, while the second core has little to do (the build's process secures the
written pages in a third of that time). Each page's conversion and rendering depend on no
other page but for the other pages' titles in the menu and the footer, which come from their
front matter (the pre-render step gives every page a `title`). So this runs ProperDocs' own
build with two of its steps taken apart:

- where it converts each page, it only reads the page's source (its title, its metadata; the
  conversion later keeps what was read); a page without a `title` in its front matter is
  converted there and then, as ProperDocs does, because its title is the first heading of its
  converted text;
- where it renders the first page, every page is converted and rendered, each by ProperDocs'
  own functions, every second page in a forked process (`halves.map_in_two`, which keeps to
  one process for a small site, the preview, or a machine with one core); the later calls for
  the other pages find them done.

What ProperDocs checks across pages afterwards (links to a heading of another page) gets what
each page's conversion found, also from the forked process; what it logged while converting or
rendering a page is logged again in this process, page after page, so its strict mode and our
Dutch explanation of its warnings see every one of them. The rest of ProperDocs' build (its
events, its files, the theme's static files and templates, its strict mode) is its own.

Each page's conversion also parses all its HTML a second time, only to list the ids in it that
a link from another page might name (`_RawHTMLPreprocessor`): a fifth of the generator's time,
for an answer that is needed only when a link names an anchor that the page's headings do not
have. Here the page keeps its text, and ProperDocs' own parser lists those ids the first time
that happens (`_RawIds`): the same answer to every question ProperDocs asks.

The generator alone on the pages of 1.000 initiatives: 3,5 s instead of 6,5 to 7,7 s, the same
processor time (BENCHMARKS.md). What this takes apart are functions of ProperDocs that are not
its public interface (`_populate_page`, `_build_page`, `_RawHTMLPreprocessor`, `_HTMLHandler`,
of the pinned 1.6.7): `tests/test_generator_pages.py` builds the same folder both ways, with a
split forced, and requires the same site, byte for byte, and the same warnings, so a version
of ProperDocs that changes them fails there first.
"""

from __future__ import annotations

import contextlib
import logging
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from ..halves import map_in_two

# From this many pages on, the second process pays for its fork (about 10 ms) several times over.
PAGES_IN_TWO = 50
LOGGERS = ("properdocs", "mkdocs")  # where ProperDocs and the theme log what they find


@dataclass
class _Built:
    """What the rest of the build needs of a page converted and rendered, perhaps in another process."""

    anchors: Any  # what other pages may link to (page.present_anchor_ids)
    links_to_anchors: dict[str, dict[str, str]]  # per linked page (its source path): anchor -> link
    logged: list[tuple[str, int, str]] = field(default_factory=list)  # (logger, level, message)


class _Recorder(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.NOTSET)
        self.records: list[tuple[str, int, str]] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append((record.name, record.levelno, record.getMessage()))


@contextlib.contextmanager
def quicker_pages() -> Iterator[None]:
    """ProperDocs' `build` within this block converts and renders its pages in two processes,
    and lists the ids in a page's HTML only when a link asks for one."""
    from properdocs.commands import build as properdocs
    from properdocs.structure import pages

    convert, render, raw_ids = properdocs._populate_page, properdocs._build_page, pages._RawHTMLPreprocessor
    state = _Pages(convert, render)
    properdocs._populate_page, properdocs._build_page = state.read, state.render
    pages._RawHTMLPreprocessor = _raw_ids_when_asked(raw_ids, pages._HTMLHandler)
    try:
        yield
    finally:
        properdocs._populate_page, properdocs._build_page, pages._RawHTMLPreprocessor = convert, render, raw_ids


def _raw_ids_when_asked(preprocessor: type, handler: type) -> type:
    """ProperDocs' preprocessor, keeping the page's text instead of parsing it."""

    class RawIdsWhenAsked(preprocessor):  # type: ignore[misc, valid-type]
        def run(self, lines: list[str]) -> list[str]:
            self.present_anchor_ids = _RawIds("\n".join(lines), handler)
            return lines

    return RawIdsWhenAsked


class _RawIds:
    """The ids in a page's HTML, listed by ProperDocs' own parser the first time they are asked
    for. ProperDocs joins them to the ids of the page's headings (`headings | raw`). The text
    is kept compressed (a quarter of its size, at 60 MB/s): the generator holds every page, and
    at 5.000 initiatives the plain text would add 27 MB to its peak."""

    def __init__(self, text: str, handler: type) -> None:
        self.packed: bytes | None = zlib.compress(text.encode("utf-8"), 1)
        self.handler = handler
        self.ids: set[str] = set()

    def __ror__(self, headings: set[str]) -> _Anchors:
        return _Anchors(headings, self)

    def __contains__(self, anchor: str) -> bool:
        if self.packed is not None:
            parser = self.handler()
            parser.feed(zlib.decompress(self.packed).decode("utf-8"))
            parser.close()
            self.ids, self.packed = parser.present_anchor_ids, None
        return anchor in self.ids


class _Anchors:
    """What a page can be linked to: its headings' ids, and the ids in its HTML when needed
    (all that ProperDocs asks of it is `anchor in page.present_anchor_ids`)."""

    def __init__(self, headings: set[str], raw: _RawIds) -> None:
        self.headings = headings
        self.raw = raw

    def __contains__(self, anchor: object) -> bool:
        return anchor in self.headings or anchor in self.raw


class _Pages:
    """One ProperDocs build's pages: read first, then converted and rendered all at once."""

    def __init__(self, convert: Any, render: Any) -> None:
        self.convert = convert  # ProperDocs' own functions
        self.render_one = render
        self.files: Any = None
        self.done: set[int] = set()  # the pages converted and rendered (by id: Page is not hashable)

    def read(self, page: Any, config: Any, files: Any, dirty: bool = False) -> None:
        """In place of the conversion: read the source; convert now only a page without a title."""
        self.files = files
        if dirty:  # a preview that builds only changed pages (not ours): ProperDocs' own way
            self.convert(page, config, files, dirty)
            return
        page.read_source(config)
        if "title" not in page.meta:
            with _read_already(page):
                self.convert(page, config, files)

    def render(self, page: Any, config: Any, doc_files: Any, nav: Any, env: Any, dirty: bool = False,
               excluded: bool = False) -> None:
        if id(page) in self.done:
            return
        if dirty or self.files is None:
            self.render_one(page, config, doc_files, nav, env, dirty, excluded)
            return
        pages = [file.page for file in doc_files]

        def one(each: Any) -> _Built:
            with _recorded() as recorder:
                if each.content is None:
                    with _read_already(each):
                        self.convert(each, config, self.files)
                self.render_one(each, config, doc_files, nav, env, False, each.file.inclusion.is_excluded())
            return _Built(each.present_anchor_ids,
                          {target.src_uri: links for target, links in (each.links_to_anchors or {}).items()},
                          recorder.records)

        for each, built in zip(pages, map_in_two(one, pages, PAGES_IN_TWO), strict=True):
            each.present_anchor_ids = built.anchors
            each.links_to_anchors = {self.files.get_file_from_path(uri): links
                                     for uri, links in built.links_to_anchors.items()}
            for name, level, message in built.logged:
                logging.getLogger(name).log(level, message)
            self.done.add(id(each))


@contextlib.contextmanager
def _read_already(page: Any) -> Iterator[None]:
    """ProperDocs' conversion reads the page's source again: the front matter of thousands of
    pages, parsed by PyYAML, costs 0,4 ms a page. The page read moments ago (`read`), from the
    same unchanged folder, keeps what it read."""
    page.read_source = lambda config: None
    try:
        yield
    finally:
        del page.read_source


@contextlib.contextmanager
def _recorded() -> Iterator[_Recorder]:
    """What ProperDocs and the theme log meanwhile, kept aside (to be logged again in the build's
    own process, whichever process this is)."""
    recorder = _Recorder()
    loggers = [logging.getLogger(name) for name in LOGGERS]
    kept = [(logger.handlers, logger.propagate) for logger in loggers]
    for logger in loggers:
        logger.handlers, logger.propagate = [recorder], False
    try:
        yield recorder
    finally:
        for logger, (handlers, propagate) in zip(loggers, kept, strict=True):
            logger.handlers, logger.propagate = handlers, propagate
