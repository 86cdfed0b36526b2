"""Where things live on the site: one place for every page address.

Paths are relative to the site root, as MkDocs writes them with directory URLs.
"""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING

from .slugs import gemeente_slug

if TYPE_CHECKING:
    from ..facts.budget import Onderdeel

BEGROTING = "begroting/"


def page_path(source: str) -> str:
    """A page's site-root path from its Markdown path: 'begroting.md' -> 'begroting/',
    'initiatieven/index.md' -> 'initiatieven/', 'index.md' -> ''."""
    path = source.removesuffix(".md")
    return "" if path == "index" else path.removesuffix("/index") + "/"
BRONNEN = "bronnen/"
DOWNLOADS = "downloads/"


def onderdeel_url(onderdeel: Onderdeel) -> str:
    """An actielijn has its own page; 'Overig' lives on the Begroting page."""
    if onderdeel.is_actielijn:
        return f"actielijnen/{onderdeel.id}/"
    return f"{BEGROTING}#{onderdeel_anchor(onderdeel.id)}"


def onderdeel_anchor(onderdeel_id: str) -> str:
    return f"onderdeel-{onderdeel_id}"


def regel_anchor(regel_id: str) -> str:
    return f"regel-{regel_id}"


def bron_anchor(bron_id: str) -> str:
    return f"bron-{bron_id}"


def bron_url(bron_id: str) -> str:
    return f"{BRONNEN}#{bron_anchor(bron_id)}"


def bron_pagina_url(bron_id: str) -> str:
    """The page of one source, with every quote the site takes from it."""
    return f"{BRONNEN}{bron_id}/"


def citaat_anchor(document: str, citaat: str) -> str:
    """A stable anchor for one quote on its source's page: the same words, the same anchor."""
    return "citaat-" + hashlib.sha1(f"{document}\n{citaat}".encode()).hexdigest()[:10]


def citaat_url(document: str, citaat: str | None) -> str:
    return bron_pagina_url(document) + (f"#{citaat_anchor(document, citaat)}" if citaat else "")


def download_url(name: str) -> str:
    return f"{DOWNLOADS}{name}"


INITIATIEVEN = "initiatieven/"


def initiatief_url(initiatief_id: str) -> str:
    return f"{INITIATIEVEN}{initiatief_id}/"


def gemeente_anchor(gemeente: str) -> str:
    return f"gemeente-{gemeente_slug(gemeente)}"


GEMEENTEN = "gemeenten/"


def gemeente_url(gemeente: str) -> str:
    """The page of a municipality, by its name as the sources write it."""
    return f"{GEMEENTEN}{gemeente_slug(gemeente)}/"


def gemeente_page(gemeente_id: str) -> str:
    """The page id of a municipality's page, by its slug: 'gemeenten/westland.md'."""
    return f"{GEMEENTEN}{gemeente_id}.md"


BESTEDING = "besteding/"


def besteding_anchor(regel_id: str) -> str:
    """A budget line on the page 'Is het geld uitgegeven?'."""
    return f"besteding-{regel_id}"


def besteding_url(regel_id: str) -> str:
    return f"{BESTEDING}#{besteding_anchor(regel_id)}"


WIJZIGINGEN = "wijzigingen/"


def wijziging_anchor(wijziging_id: str) -> str:
    return f"wijziging-{wijziging_id}"
