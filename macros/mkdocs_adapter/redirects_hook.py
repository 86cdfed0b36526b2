"""MkDocs hook: a page on each old address of data/omleidingen.yaml that sends readers on.

An equivalent of mkdocs-redirects that fits this site: the redirect pages are built by
MkDocs like every other page, so they are Dutch, carry the site's Content-Security-Policy
(no inline script; a `<meta http-equiv="refresh">` from overrides/main.html does the
redirect, and `cli/guard.py` allows it only here and only to the declared target) and a
plain link for readers without automatic forwarding, and `--strict` fails on a link to
a page that does not exist. (Loaded by MkDocs by path, so no package imports here.)
"""

from __future__ import annotations

import json
import posixpath
from typing import Any

from mkdocs.structure.files import File, Files

PAGE = """---
title: Deze pagina is verhuisd
description: {description}
omleiding: {target}
render_macros: false
search:
  exclude: true
---
# Deze pagina is verhuisd

Deze pagina staat nu op een ander adres: [{label}]({link}). Uw browser gaat daar vanzelf naartoe.
Werk uw bladwijzer of link bij.
"""


def site_path(source: str) -> str:
    """'initiatieven/x.md' -> 'initiatieven/x/', 'index.md' -> '' (as formatting.urls.page_path)."""
    path = source.removesuffix(".md")
    return "" if path == "index" else path.removesuffix("/index") + "/"


def on_files(files: Files, config: Any) -> Files:
    # The macros plugin loaded and checked the data on config, before this event.
    gegevens = config["plugins"]["macros"].variables["_gegevens"]
    if gegevens is None:  # the preview with wrong data shows only the problems
        return files
    for omleiding in gegevens.omleidingen:
        target = site_path(omleiding.naar)
        link = posixpath.relpath(omleiding.naar, posixpath.dirname(omleiding.van) or ".")
        page = PAGE.format(description=json.dumps(f"Deze pagina is verhuisd naar /{target}."),
                           target=json.dumps(target), label=f"/{target}", link=link)
        files.append(File.generated(config, omleiding.van, content=page))
    return files
