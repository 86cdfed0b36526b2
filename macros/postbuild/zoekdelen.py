"""A page's content divided into the entries of the site search: one for the text before the
first heading, one for each heading with an id and the text under it.

The rules are those of Material for MkDocs' search plugin (material/plugins/search/plugin.py,
9.8.1: `Parser`, `SearchIndex.create_entry_for_section`), taken over so that the build makes
the same index from the written page, beside the generator, instead of the generator making it
page by page (postbuild/zoekindex.py says why). A test builds the site with the plugin itself
and compares the two indexes entry by entry. Kept: which tags stay as markup (`p`, lists,
code, `sub`, `sup`), what is skipped (`script`, `style`, `object`, anything marked
`data-search-exclude`, line numbers), how whitespace collapses, how a heading nested in
another element ends its section.

Material for MkDocs is Copyright (c) 2016-2025 Martin Donath, under the MIT license:
Permission is hereby granted, free of charge, to any person obtaining a copy of this software
and associated documentation files (the "Software"), to deal in the Software without
restriction, including without limitation the rights to use, copy, modify, merge, publish,
distribute, sublicense, and/or sell copies of the Software, and to permit persons to whom the
Software is furnished to do so, subject to the following conditions: The above copyright
notice and this permission notice shall be included in all copies or substantial portions of
the Software. THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND.
"""

from __future__ import annotations

import re
from collections import defaultdict
from html import escape, unescape
from html.parser import HTMLParser
from typing import Any

from ..plain_markup import ATTRIBUTE_NAME, ATTRIBUTE_VALUE, END_TAG, SPACE, START_TAG, NotPlain, pieces

HEADINGS = frozenset(f"h{level}" for level in range(1, 7))
SKIPPED = ("object", "script", "style")  # never indexed, whatever they hold
KEPT = frozenset({"p", "code", "pre", "li", "ol", "ul", "sub", "sup"})  # stay as markup in the text
VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
                  "source", "track", "wbr"})
EXCLUDE = "data-search-exclude"

# Plain markup (plain_markup.py) is read here with one regular expression, anything else by
# Python's parser, whole. The text between tags is one piece, character references and all.
_ATTRIBUTES = re.compile(rf"{SPACE}+({ATTRIBUTE_NAME})(?:{SPACE}*={SPACE}*({ATTRIBUTE_VALUE}))?")
_TOKEN = re.compile(rf"{START_TAG}|{END_TAG}|([^<]+)")  # start tag (3 groups), end tag, text
_KNOWN: dict[str, list[tuple[str, str | None]]] = {}  # the attributes of tags read before, by their text


class _Element:
    """An open element. The plugin compares elements by their tag name alone (an element is
    "in" the open elements when one of the same tag is open); so does this port, by tag."""

    __slots__ = ("attrs", "tag")

    def __init__(self, tag: str, attrs: dict[str, str | None] | None = None) -> None:
        self.tag = tag
        self.attrs = attrs or {}


class _Section:
    """A heading and the text under it, both as lists of HTML pieces."""

    __slots__ = ("depth", "el", "id", "text", "title")

    def __init__(self, el: _Element, depth: float = 0) -> None:
        self.el = el
        self.depth = depth
        self.text: list[str] = []
        self.title: list[str] = []
        self.id: str | None = None


class _Sections(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        # The tags whose elements are skipped. The plugin holds skipped elements in a set, in
        # which elements of the same tag are equal: one excluded element of a tag skips every
        # open element of that tag, and leaving it ends that for the tag.
        self.skip: set[str] = set(SKIPPED)
        self.context: list[_Element] = []
        self.open: defaultdict[str, int] = defaultdict(int)  # how many elements of each tag are open (in context)
        self.section: _Section | None = None
        self.data: list[_Section] = []

    def _current(self) -> _Section:
        if self.section is None:  # text before any heading
            self.section = _Section(_Element("hx"))
            self.data.append(self.section)
        return self.section

    def _skipping(self) -> bool:
        open_ = self.open  # a defaultdict, not a Counter: this runs for every piece of text
        return any(open_[tag] for tag in self.skip)

    def _in_title(self, section: _Section) -> bool:
        return self.open[section.el.tag] > 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        el = _Element(tag, values)
        if tag in VOID:
            return
        self.context.append(el)
        self.open[tag] += 1
        if tag in HEADINGS and "id" in values:
            depth = len(self.context)
            if tag != "h1" and not self.data:
                self.section = _Section(_Element("hx"), depth)
                self.data.append(self.section)
            self.section = _Section(el, depth)
            if self.data:
                self.section.id = values["id"]
            self.data.append(self.section)
        section = self._current()
        for key, value in values.items():
            if key == EXCLUDE or (key == "class" and value == "linenodiv"):
                self.skip.add(tag)
                return
        if tag in KEPT and not self._skipping():
            (section.title if self._in_title(section) else section.text).append(f"<{tag}>")

    def handle_endtag(self, tag: str) -> None:
        if not self.context or self.context[-1].tag != tag:
            return
        section = self._current()
        if section.depth > len(self.context):
            # Leaving the element a heading was nested in: the text goes to the section around it.
            for outer in reversed(self.data):
                if outer.depth <= len(self.context):
                    section.depth = float("inf")
                    self.section = section = outer
                    break
        self.context.pop()
        self.open[tag] -= 1
        if tag in self.skip:
            if tag not in SKIPPED:
                self.skip.remove(tag)
            return
        if tag in KEPT and not self._skipping():
            data = section.title if self._in_title(section) else section.text
            index = data.index(f"<{tag}>")
            if any(not piece.isspace() for piece in data[index + 1:]):
                data.append(f"</{tag}>")
            else:
                del data[index:]  # an element with nothing in it, or only whitespace

    def handle_data(self, data: str) -> None:
        if self._skipping():
            return
        if not self.open["pre"]:
            data = " " if data.isspace() else data.replace("\n", " ")
        section = self._current()
        if self._in_title(section):
            if not any(el.tag == "a" and el.attrs.get("class") == "headerlink" for el in self.context):
                section.title.append(escape(data, quote=False))
        elif data.isspace():
            if not section.text or not section.text[-1].isspace() or self.open["pre"]:
                section.text.append(data)
        else:
            section.text.append(escape(data, quote=False))


def _attributes(text: str) -> list[tuple[str, str | None]]:
    """The attributes of a tag as Python's parser gives them: names in small letters, values
    unquoted and with character references replaced, None for an attribute without a value."""
    found = _KNOWN.get(text)
    if found is None:
        found = []
        for name, value in _ATTRIBUTES.findall(text):
            if not value:
                found.append((name.lower(), None))
                continue
            if value[0] in "\"'":
                value = value[1:-1]
            found.append((name.lower(), unescape(value) if value else value))
        if len(_KNOWN) < 10_000:  # a page's own links vary; the theme's and tables' tags recur
            _KNOWN[text] = found
    return found


def _read_plain(content: str, parser: _Sections) -> bool:
    """Give `parser` the content's tags and text as Python's parser would; False (and the
    parser half fed) where the content is not plain markup."""
    try:
        for piece in pieces(_TOKEN, content):
            name, attributes, closed, end, text = piece.groups()
            if text is not None:
                parser.handle_data(unescape(text))
            elif end is not None:
                parser.handle_endtag(end.lower())
            else:
                tag = name.lower()
                parser.handle_starttag(tag, _attributes(attributes) if attributes else [])
                if closed:
                    parser.handle_endtag(tag)  # as the parser's handle_startendtag does
    except NotPlain:
        return False
    return True


def entries(content: str, url: str, meta: dict[str, Any]) -> list[dict[str, Any]]:
    """The entries of one page: `content` is its HTML as the Markdown made it, `url` its
    address from the site root ('' for the home page), `meta` holds `title` (the page's title:
    of its front matter, else the generator's), `tags` and `search` of its front matter."""
    search = meta.get("search") or {}
    if search.get("exclude"):
        return []
    parser = _Sections()
    if not _read_plain(content, parser):
        parser = _Sections()
        parser.feed(content)
        parser.close()
    found = []
    for section in parser.data:
        if EXCLUDE in section.el.attrs:
            continue
        entry: dict[str, Any] = {
            "location": f"{url}#{section.id}" if section.id else url,
            "title": "".join(section.title).strip() if section.title else str(meta.get("title")).strip(),
            "text": "".join(section.text).strip(),
        }
        tags = meta.get("tags")
        if isinstance(tags, list):
            entry["tags"] = [str(name) for name in tags if name and isinstance(name, str | int | float | bool)]
        if "boost" in search:
            entry["boost"] = search["boost"]
        found.append(entry)
    return found
