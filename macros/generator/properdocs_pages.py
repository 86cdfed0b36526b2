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

from ..halves import Failed, map_in_two

# From this many pages on, the second process pays for its fork (about 10 ms) several times over.
PAGES_IN_TWO = 50
LOGGERS = ("properdocs", "mkdocs")  # where ProperDocs and the theme log what they find
# The plugin events that see a page being read, converted or rendered, or the theme's environment.
PAGE_EVENTS = ("pre_page", "page_read_source", "page_markdown", "page_content", "env", "page_context", "post_page")


Logged = list[tuple[str, int, str]]  # (logger, level, message)


@dataclass
class _Built:
    """What the rest of the build needs of a page converted and rendered, perhaps in another
    process: what other pages may link to (page.present_anchor_ids), its links to a heading of
    another page (per linked page's source path: anchor -> link), what was logged while it was
    converted and while it was rendered, and what it raised, if anything."""

    anchors: Any = None
    links_to_anchors: dict[str, dict[str, str]] = field(default_factory=dict)
    converted: Logged = field(default_factory=list)
    rendered: Logged = field(default_factory=list)
    failed: Failed | None = None
    failed_converting: bool = False


class _Recorder(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.NOTSET)
        self.records: Logged = []

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
            text = "\n".join(lines)
            self.present_anchor_ids = _RawIds(text, handler)
            if "<![" in text:  # a marked section may stop Python's parser: then here, as in ProperDocs
                self.present_anchor_ids.parse()
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

    def parse(self) -> None:
        if self.packed is not None:
            parser = self.handler()
            parser.feed(zlib.decompress(self.packed).decode("utf-8"))
            parser.close()
            self.ids, self.packed = parser.present_anchor_ids, None

    def __contains__(self, anchor: str) -> bool:
        self.parse()
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
        self.own_way: bool | None = None  # ProperDocs' own order throughout (see `read`)
        self.early: dict[int, Logged] = {}  # what was logged converting a page without a title
        self.done: set[int] = set()  # the pages converted and rendered (by id: Page is not hashable)

    def read(self, page: Any, config: Any, files: Any, dirty: bool = False) -> None:
        """In place of the conversion: read the source; convert now only a page without a title.
        ProperDocs' own way when a plugin listens to a page's events or to `env`: a plugin may
        count on their order, or collect what it hears (which a forked process would keep to
        itself). The theme's search plugin, whose page events the build takes over, is the only
        plugin of this site; a preview that builds only changed pages (`dirty`) is not ours."""
        self.files = files
        if self.own_way is None:
            self.own_way = any(config.plugins.events[event] for event in PAGE_EVENTS)
        if dirty or self.own_way:
            self.convert(page, config, files, dirty)
            return
        page.read_source(config)
        if "title" not in page.meta:
            recorder = _Recorder()
            try:
                with _recorded(recorder), _read_already(page):
                    self.convert(page, config, files)
            except Exception:
                _log(recorder.records)  # ProperDocs stops at this page, having told what it found
                raise
            self.early[id(page)] = recorder.records

    def render(self, page: Any, config: Any, doc_files: Any, nav: Any, env: Any, dirty: bool = False,
               excluded: bool = False) -> None:
        if id(page) in self.done:
            return
        if dirty or self.own_way:
            self.render_one(page, config, doc_files, nav, env, dirty, excluded)
            return
        pages = [file.page for file in doc_files]

        def one(each: Any) -> _Built:
            built = _Built()
            converting, rendering = _Recorder(), _Recorder()
            try:
                if each.content is None:
                    built.failed_converting = True
                    with _recorded(converting), _read_already(each):
                        self.convert(each, config, self.files)
                    built.failed_converting = False
                with _recorded(rendering):
                    self.render_one(each, config, doc_files, nav, env, False, each.file.inclusion.is_excluded())
            except Exception as error:  # noqa: BLE001 - raised again by the build's process, in order
                built.failed = Failed(error)
            else:
                built.anchors = each.present_anchor_ids
                built.links_to_anchors = {target.src_uri: links
                                          for target, links in (each.links_to_anchors or {}).items()}
            built.converted, built.rendered = self.early.get(id(each), converting.records), rendering.records
            return built

        results = map_in_two(one, pages, PAGES_IN_TWO)
        self._tell(results)
        for each, built in zip(pages, results, strict=True):
            each.present_anchor_ids = built.anchors
            each.links_to_anchors = {self.files.get_file_from_path(uri): links
                                     for uri, links in built.links_to_anchors.items()}
            self.done.add(id(each))

    @staticmethod
    def _tell(results: list[_Built]) -> None:
        """Log what was logged in ProperDocs' own order: every page's conversion, then every
        page's rendering; where ProperDocs would have stopped (the first page whose conversion
        failed, else the first whose rendering failed), stop there and raise what it raised."""
        for built in results:
            _log(built.converted)
            if built.failed and built.failed_converting:
                raise built.failed.error
        for built in results:
            _log(built.rendered)
            if built.failed:
                raise built.failed.error


def _log(records: Logged) -> None:
    for name, level, message in records:
        logging.getLogger(name).log(level, message)


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
def _recorded(recorder: _Recorder) -> Iterator[None]:
    """What ProperDocs and the theme log meanwhile, kept aside by `recorder` (to be logged again
    in the build's own process, whichever process this is, in ProperDocs' order)."""
    loggers = [logging.getLogger(name) for name in LOGGERS]
    kept = [(logger.handlers, logger.propagate) for logger in loggers]
    for logger in loggers:
        logger.handlers, logger.propagate = [recorder], False
    try:
        yield
    finally:
        for logger, (handlers, propagate) in zip(loggers, kept, strict=True):
            logger.handlers, logger.propagate = handlers, propagate
