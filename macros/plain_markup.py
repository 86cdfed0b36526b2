"""Plain markup: HTML in a form whose reading by Python's HTML parser is beyond doubt, which
two steps read with one regular expression instead of the parser (a tenth of a build's
processor time went to that parser, in pure Python).

Plain is: a tag with a plain name; attributes apart by white space, each without a value, or
with one quoted value or one plain word; an end tag with a plain name. Whatever else a text
holds (a comment, a declaration, a '<' that opens no such tag, an element whose text the parser
reads raw up to its end tag) goes to the parser itself, whole: each reader first checks that a
text is plain from start to end. Used by the search entries (postbuild/zoekdelen.py) and by the
raw HTML step of Python-Markdown in the generator (generator/markdown_blocks.py); the tests of
each compare the two readings on cases and on random markup, plain and odd.
"""

from __future__ import annotations

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
