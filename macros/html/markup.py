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
        relative = _relpath(target_path, base)
        if target_path.endswith("/") or not target_path:
            relative = relative.rstrip("/") + "/"
        if relative == "./" and not target_path:
            relative = "./"
    return relative + (hash_sign + anchor if hash_sign else "")


def _relpath(target_path: str, base: str) -> str:
    """posixpath.relpath for two site-root paths, without asking the system for the working
    folder at every call (a fifth of the pre-render step of 5.000 initiative pages)."""
    target, start = target_path.split("/"), base.split("/")
    if ".." in target or "." in target or ".." in start or "." in start:
        return posixpath.relpath(target_path or ".", base or ".")
    target, start = [s for s in target if s], [s for s in start if s]
    common = 0
    while common < min(len(target), len(start)) and target[common] == start[common]:
        common += 1
    return "/".join([".."] * (len(start) - common) + target[common:]) or "."
