"""MkDocs hook: page titles and descriptions reach the theme's templates escaped.

MkDocs renders theme templates without autoescaping, and Material prints
`page.title`, `page.meta.title` and `page.meta.description` as they are: in
`<title>`, in `<meta content="…">`, in the header and in the search index, whose
results Material inserts as HTML. An initiative's name and description come from
data/, so they are escaped here, once, for every page, before any plugin reads them
(on_page_content runs before the search plugin's on_page_context). `Markup` keeps
templates that add `| e` from escaping twice. (Loaded by MkDocs by path.)
"""

from __future__ import annotations

from typing import Any

from markupsafe import Markup, escape


def escaped(value: Any) -> Any:
    return value if value is None or isinstance(value, Markup) else escape(str(value))


def on_page_content(html: str, page: Any, config: Any, files: Any) -> str:
    page.title = escaped(page.title)
    # A meta 'title' makes Material print it as it is, instead of `page.title |
    # striptags`, which would turn character references back into tags.
    page.meta["title"] = escaped(page.meta.get("title", page.title))
    if page.meta.get("description") is not None:
        page.meta["description"] = escaped(page.meta["description"])
    return html
