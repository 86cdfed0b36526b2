"""A Markdown extension for Zensical only: links in the pre-rendered raw HTML, rebased.

The pre-render step writes its HTML (tables, citations, lists) with links relative to the
page's address, as MkDocs and ProperDocs leave raw HTML alone: from `actielijnen/jeugd.md`,
published at `actielijnen/jeugd/`, a source page is `../../bronnen/x/`. Zensical reads every
relative link, in raw HTML too, as relative to the Markdown file and rewrites it for the
page's address, which would make that `../../../bronnen/x/`. This extension rewrites the raw
HTML's links to the Markdown file's point of view before Zensical does ('jeugd/' in front),
so Zensical's rewrite gives back the same address. Links that Markdown made are left alone:
only the raw HTML blocks Markdown set aside are touched.
"""

from __future__ import annotations

import posixpath
import re
from urllib.parse import urlsplit

from markdown import Extension, Markdown
from markdown.postprocessors import Postprocessor

LINK = re.compile(r'(\s(?:href|src)=")([^"]*)(")')
INDEX_PAGES = ("index.md", "README.md")


def rebase(url: str, stem: str) -> str:
    """A link relative to the page's address, relative to its Markdown file instead."""
    parts = urlsplit(url)
    if parts.scheme or parts.netloc or url.startswith(("/", "#", "?")) or not url:
        return url
    path = posixpath.normpath(f"{stem}/{parts.path}")
    if parts.path.endswith("/") or parts.path in ("", "."):
        path += "/"
    return path + (f"?{parts.query}" if parts.query else "") + (f"#{parts.fragment}" if parts.fragment else "")


class _Rebase(Postprocessor):
    """Rebases each raw HTML block once: the toc extension runs the postprocessors again for
    every heading, on the same blocks."""

    def __init__(self, md: Markdown) -> None:
        super().__init__(md)
        self.stash: object = None
        self.done = 0

    def run(self, text: str) -> str:
        from zensical.extensions.context import ContextPreprocessor

        context = ContextPreprocessor.from_markdown(self.md)
        name = posixpath.basename(context.page.path) if context is not None else "index.md"
        if name in INDEX_PAGES:
            return text  # an index page's address is its folder: nothing to rebase
        stem = name.rsplit(".", 1)[0]
        if self.stash is not self.md.htmlStash:  # a new document
            self.stash, self.done = self.md.htmlStash, 0
        stash = self.md.htmlStash.rawHtmlBlocks
        for index in range(self.done, len(stash)):
            if isinstance(stash[index], str):
                stash[index] = LINK.sub(lambda m: m.group(1) + rebase(m.group(2), stem) + m.group(3), stash[index])
        self.done = len(stash)
        return text


class RebaseRawLinks(Extension):
    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 - Markdown's name
        # Before the raw HTML is put back (priority 30), so only the raw HTML is rebased.
        md.postprocessors.register(_Rebase(md), "steunpakket_rebase_raw_links", 35)


def makeExtension(**kwargs: object) -> RebaseRawLinks:  # noqa: N802 - Markdown's name
    return RebaseRawLinks(**kwargs)
