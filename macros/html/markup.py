"""Safe HTML building blocks: every piece of data text is escaped here, at output.

Macro output is pasted into Markdown before Markdown and the browser see it, so
escaping `<` and `&` is not enough: `[`, `*`, `_` and `{` would still be read as
Markdown or Jinja. Those become numeric character references, which the browser
shows as the literal characters.
"""

from __future__ import annotations

import html
import posixpath

# One translation table, applied in one pass, so no escape is ever escaped twice.
_TEXT_TABLE = {ord("&"): "&amp;", ord("<"): "&lt;", ord(">"): "&gt;", ord('"'): "&quot;", ord("'"): "&#39;"} | {
    ord(char): f"&#{ord(char)};" for char in "{}[]()*_`\\|~#!:"
}


def tekst(value: object) -> str:
    """Data text as inert HTML: no tags, no Markdown, no Jinja."""
    return str(value).translate(_TEXT_TABLE)


_BRACES = {ord("{"): "&#123;", ord("}"): "&#125;"}


def attr(value: object) -> str:
    """A value for inside a double-quoted attribute.

    Markdown leaves tags alone, so only quotes, `<`, `&` and Jinja's braces matter.
    """
    return html.escape(str(value), quote=True).translate(_BRACES)


def relative_url(target: str, page_url: str) -> str:
    """A site-root path ('begroting/#x') as seen from the page at page_url."""
    target_path, hash_sign, anchor = target.partition("#")
    base = page_url if page_url.endswith("/") or not page_url else posixpath.dirname(page_url) + "/"
    if target_path == base:
        relative = "./"
    else:
        relative = posixpath.relpath(target_path or ".", base or ".")
        if target_path.endswith("/") or not target_path:
            relative = relative.rstrip("/") + "/"
        if relative == "./" and not target_path:
            relative = "./"
    return relative + (hash_sign + anchor if hash_sign else "")
