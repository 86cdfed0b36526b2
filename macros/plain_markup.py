"""Plain markup: HTML in a form whose reading by Python's HTML parser is beyond doubt, which
two steps read with one regular expression instead of the parser (a tenth of a build's
processor time went to that parser, in pure Python).

Plain is: a tag with a plain name; attributes apart by white space, each without a value, or
with one quoted value or one plain word; an end tag with a plain name. Whatever else a text
holds (a comment, a declaration, a '<' that opens no such tag, an element whose text the parser
reads raw up to its end tag) goes to the parser itself, whole. Each reader has a pattern of its
own for the pieces (its parser's text and references differ), starting with START_TAG; whether a
text is made of them from start to end is checked here (`pieces`, `is_plain`). Used by the
search entries (postbuild/zoekdelen.py) and by the raw HTML step of Python-Markdown in the
generator (generator/markdown_blocks.py); the tests of each compare the two readings on cases
and on random markup, plain and odd.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from html.parser import HTMLParser

SPACE = r"[ \t\n\r\f]"
ATTRIBUTE_NAME = r"[a-zA-Z_:][-a-zA-Z0-9_:.]*"
ATTRIBUTE_VALUE = r"""(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+)"""
# Groups: the name, the attributes (each with the white space before it), '/' of '<br/>'.
START_TAG = (rf"<([a-zA-Z][a-zA-Z0-9-]*)((?:{SPACE}+{ATTRIBUTE_NAME}(?:{SPACE}*={SPACE}*{ATTRIBUTE_VALUE})?)*)"
             rf"{SPACE}*(/?)>")
END_TAG = rf"</([a-zA-Z][a-zA-Z0-9-]*){SPACE}*>"  # group: the name
# Elements whose text Python's parser reads raw, up to their end tag: those of the running version
# (3.11: script and style; later ones add title and textarea), and those a browser reads so.
RAW_TEXT = frozenset({*HTMLParser.CDATA_CONTENT_ELEMENTS, *getattr(HTMLParser, "RCDATA_CONTENT_ELEMENTS", ()),
                      "xmp", "iframe", "noembed", "noframes", "noscript", "plaintext"})


class NotPlain(Exception):  # noqa: N818 - a text, not an error of the program
    """The text holds something else than plain markup."""


def pieces(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """The pieces of `text` by a reader's `pattern` (START_TAG first: group 1 is a start tag's
    name), one after another from its start to its end; NotPlain where they leave a gap or stop
    early, or a start tag opens an element read as raw text."""
    at = 0
    for piece in pattern.finditer(text):
        name = piece.group(1)
        if piece.start() != at or (name is not None and name.lower() in RAW_TEXT):
            raise NotPlain
        at = piece.end()
        yield piece
    if at != len(text):
        raise NotPlain


def is_plain(pattern: re.Pattern[str], text: str) -> bool:
    """Whether `text` is plain markup from start to end, by a reader's `pattern` (`pieces`)."""
    try:
        for _ in pieces(pattern, text):
            pass
    except NotPlain:
        return False
    return True
