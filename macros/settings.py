"""The site's settings, read once from the environment: one typed object that the
MkDocs adapter, the templates, the feeds and security.txt all take their addresses from.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field

DEFAULT_SITE_URL = "https://steunpakket.example/"


@dataclass(frozen=True)
class Feeds:
    """Where the changelog feeds are published, relative to the site root: the whole site's
    (RSS and Atom), and one Atom feed per actielijn and per initiative."""

    rss: str = "feeds/wijzigingen.xml"
    atom: str = "feeds/wijzigingen.atom"

    actielijnen: str = "feeds/actielijnen/{id}.atom"  # one Atom feed per actielijn
    initiatieven: str = "feeds/initiatieven/{id}.atom"  # one Atom feed per initiative
    stijlblad: str = "feeds/feed.css"  # how a feed looks when opened in a browser

    def items(self) -> tuple[tuple[str, str], ...]:
        """The feeds of the whole site."""
        return (("rss", self.rss), ("atom", self.atom))

    def actielijn(self, onderdeel_id: str) -> str:
        return self.actielijnen.format(id=onderdeel_id)

    def initiatief(self, initiatief_id: str) -> str:
        return self.initiatieven.format(id=initiatief_id)


@dataclass(frozen=True)
class Settings:
    site_url: str = DEFAULT_SITE_URL  # always ends in '/'
    repo_url: str | None = None  # the repository, for edit and report links; None: none shown
    branch: str = "main"  # the branch edit links point at
    publisher: str | None = None  # who publishes the site; not known yet
    contact: str | None = None  # where to write to; not known yet
    feeds: Feeds = field(default_factory=Feeds)


def contact_url(contact: str) -> str:
    """The contact as an address to link to: a web page as it is, an e-mail address as mailto:."""
    return contact if contact.startswith("https://") else "mailto:" + contact


def read_settings(environ: Mapping[str, str] = os.environ) -> Settings:
    """SITE_URL, REPO_URL, SITE_PUBLISHER and SITE_CONTACT from the environment; empty
    counts as not set. The contact is an organisation's e-mail address or web page."""
    site_url = environ.get("SITE_URL") or DEFAULT_SITE_URL
    contact = environ.get("SITE_CONTACT") or None
    if contact and not (contact.startswith("https://") or ("@" in contact and " " not in contact)):
        raise ValueError(f"SITE_CONTACT moet een e-mailadres of een adres met https:// zijn, niet {contact!r}")
    return Settings(
        site_url=site_url if site_url.endswith("/") else site_url + "/",
        repo_url=environ.get("REPO_URL") or None,
        publisher=environ.get("SITE_PUBLISHER") or None,
        contact=contact,
    )
