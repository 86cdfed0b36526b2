"""Python-Markdown's raw HTML step, quicker for plain markup (ProperDocs adapter only).

Our pre-rendered pages are mostly HTML: the macros' tables, lists and quotes. Before it reads
any Markdown, Python-Markdown finds every block of raw HTML and stores it away
(`HtmlBlockPreprocessor`, with its `HTMLExtractor`, a subclass of Python's HTML parser): it
reads every tag of every page with that parser in pure Python, and attributes that it then
throws away. That was two thirds of the generator's Markdown time on the real site.

Here, for a page that is plain markup from start to end (plain_markup.py: plain tags, text,
and character references that end in ';'), one regular expression finds the tags, the text and
the references, and `HTMLExtractor`'s own methods get them in order, each at the line and
column where Python's parser would be, with the tag's text as it stands: what the extractor
decides (where a block starts and ends, what it stores, what stays Markdown) is its own. Any
other page goes to the extractor as before. `tests/test_markdown_blocks.py` gives random pages,
plain and odd, to both and requires the same text and the same stored blocks; the byte-for-byte
comparison of the real site with ProperDocs' own build (tests/test_generator_pages.py) covers it
too. It leans on the extractor's internals of the pinned Python-Markdown 3.11.3 (the private
`__starttag_text`, the parser's `lineno` and `offset`): those tests fail first if they change.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator
from typing import Any

from ..plain_markup import END_TAG, START_TAG, is_plain

# Python's parser, in the mode Python-Markdown uses (character references not converted), stops
# text at '<' and at '&'; a reference is its own piece, a lone '&' too.
PIECES = re.compile(rf"{START_TAG}|{END_TAG}"
                    r"|&([a-zA-Z][a-zA-Z0-9]*);"  # a named reference: its name
                    r"|&#([0-9]+|[xX][0-9a-fA-F]+);"  # a numeric one: '58' or 'x3A'
                    r"|(&)(?![a-zA-Z#]|\Z)"  # an '&' that starts no reference, not at the end
                    r"|([^<&]+)")


def extract(parser: Any, source: str) -> None:
    """Give the extractor `parser` the pieces of plain `source` as its parser's `feed` and `close`
    would. (Checked first with `is_plain`, and found again here: kept in a list, ten thousand
    matches a page woke the garbage collector, which in the generator's process walks every page
    built so far.)"""
    parser.rawdata = source  # the extractor looks ahead and back in it, as during `feed`
    lineno, line_start, last = 1, 0, 0
    for token in PIECES.finditer(source):
        at = token.start()
        newlines = source.count("\n", last, at)
        if newlines:
            lineno += newlines
            line_start = source.rindex("\n", last, at) + 1
        last = at
        parser.lineno, parser.offset = lineno, at - line_start
        name, _, closed, end, entity, number, ampersand, text = token.groups()
        if text is not None:
            parser.handle_data(text)
        elif name is not None:
            tag = name.lower()
            parser._HTMLExtractor__starttag_text = token.group(0)  # what get_starttag_text() returns
            parser.lasttag = tag
            if closed:
                parser.handle_startendtag(tag, [])  # the extractor reads no attributes
            else:
                parser.handle_starttag(tag, [])
        elif end is not None:
            parser.handle_endtag(end.lower())
        elif entity is not None:
            parser.handle_entityref(entity)
        elif number is not None:
            parser.handle_charref(number)
        else:
            parser.handle_data(ampersand)
    parser.rawdata = ""  # all read, as after `feed`
    parser.close()


@contextlib.contextmanager
def plain_html_blocks() -> Iterator[None]:
    """Python-Markdown's raw HTML step reads plain pages with `extract` while this lasts."""
    from markdown import preprocessors
    from markdown.htmlparser import HTMLExtractor

    original = preprocessors.HtmlBlockPreprocessor.run

    def run(self: Any, lines: list[str]) -> list[str]:
        if type(self) is not preprocessors.HtmlBlockPreprocessor:
            return original(self, lines)
        source = "\n".join(lines)
        if not is_plain(PIECES, source):
            return original(self, lines)
        parser = HTMLExtractor(self.md)
        extract(parser, source)
        return "".join(parser.cleandoc).split("\n")

    preprocessors.HtmlBlockPreprocessor.run = run
    try:
        yield
    finally:
        preprocessors.HtmlBlockPreprocessor.run = original
