"""A Content-Security-Policy on every page that allows only the site's own scripts.

The theme has a few small inline scripts. Instead of allowing all inline script
('unsafe-inline'), the policy lists the hash of each inline script the templates contain:
the theme's and our overrides', read from the template sources (the folders the generator
step names in theme.json) and rendered for the page at hand. Never from the built page: a
script that reaches a page any other way (say, through a data value) is not in the list, so
the browser refuses to run it, and the guard refuses to publish it.
"""

from __future__ import annotations

import base64
import hashlib
import posixpath
import re
from functools import cache
from pathlib import Path
from urllib.parse import urlsplit

import jinja2

INLINE_SCRIPT = re.compile(r"<script>(.*?)</script>", re.DOTALL)
CHARSET = '<meta charset="utf-8">'
POLICY = (
    "default-src 'self'; script-src 'self' {hashes}; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; "
    "base-uri 'self'; form-action 'self'"
)
REFERRER = '<meta name="referrer" content="strict-origin-when-cross-origin">'


def script_hash(body: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode() + "'"


class Policies:
    """The policy of each page, from the inline scripts of the templates in `template_dirs`."""

    def __init__(self, template_dirs: tuple[str, ...], extra: dict, features: tuple[str, ...] = ()) -> None:
        self.env = jinja2.Environment()
        self.scripts = [self.env.from_string(body) for body in template_scripts(template_dirs)]
        self.extra = extra
        self.features = list(features)
        self.policy = cache(self._policy)

    def _policy(self, base_url: str) -> str:
        """The hashes of the template scripts as rendered for pages with this base_url."""
        context = {"config": {"extra": self.extra, "theme": {"features": self.features}}, "base_url": base_url,
                   "page": None, "features": self.features}
        hashes = set()
        for template in self.scripts:
            try:
                hashes.add(script_hash(template.render(context)))
            except (jinja2.UndefinedError, TypeError, AttributeError):
                # Needs context these pages never have (an announcement bar, analytics):
                # such a script is not on them, so it need not be allowed.
                continue
        return POLICY.format(hashes=" ".join(sorted(hashes)))

    def add(self, html: str, page: str, site_url: str) -> str:
        """The page with its policy right after the charset, before any script, so it governs all of them."""
        meta = f'<meta http-equiv="Content-Security-Policy" content="{self.policy(base_url(page, site_url))}">'
        return html.replace(CHARSET, CHARSET + meta + REFERRER, 1)


def template_scripts(template_dirs: tuple[str, ...]) -> list[str]:
    """Every inline script body in the HTML templates of these folders, the first folder's
    version of a template winning, as the generator finds them."""
    seen: dict[str, str] = {}
    for folder in template_dirs:
        root = Path(folder)
        for path in sorted(root.rglob("*.html")):
            seen.setdefault(path.relative_to(root).as_posix(), path.read_text("utf-8"))
    return [body for name in sorted(seen) for body in INLINE_SCRIPT.findall(seen[name])]


def base_url(page: str, site_url: str) -> str:
    """The base_url a generator renders a page with: relative to the page ('..' for
    'begroting/index.html'); for an error page such as 404.html the site's root path."""
    folder = posixpath.dirname(page)
    if folder == "" and page.split(".")[0].isdigit():
        return urlsplit(site_url).path or "/"
    return posixpath.relpath(".", folder or ".")
