"""The site's settings, read once from the environment: one typed object that the
MkDocs adapter, the templates, the feeds and security.txt all take their addresses from.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from urllib.parse import urlsplit

DEFAULT_SITE_URL = "https://steunpakket.example/"
# The settings that make a build one for publication: who publishes it, where to write,
# where its source is.
PUBLICATION = ("REPO_URL", "SITE_PUBLISHER", "SITE_CONTACT")
# A preview on this machine (./site-build.sh serve) is never published: http is fine there.
PREVIEW_HOSTS = ("127.0.0.1", "localhost", "::1", "0.0.0.0")


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


def insecure_site_url(site_url: str) -> bool:
    """An address without https that is not a preview on this machine."""
    return not site_url.startswith("https://") and urlsplit(site_url).hostname not in PREVIEW_HOSTS


def settings_warnings(settings: Settings) -> list[str]:
    """What a build that is not for publication may do but should hear about, in Dutch."""
    if insecure_site_url(settings.site_url):
        return [f"Let op: SITE_URL ({settings.site_url}) begint niet met https://. security.txt en de canonieke "
                "links van de pagina's gelden dan niet. Bouw zo alleen om te proberen; zet voor publicatie het "
                "https-adres van de site in SITE_URL."]
    return []


def contact_url(contact: str) -> str:
    """The contact as an address to link to: a web page as it is, an e-mail address as mailto:."""
    return contact if contact.startswith("https://") else "mailto:" + contact


def read_settings(environ: Mapping[str, str] = os.environ) -> Settings:
    """SITE_URL, REPO_URL, SITE_PUBLISHER and SITE_CONTACT from the environment; empty
    counts as not set. The contact is an organisation's e-mail address or web page. A build
    for publication needs an https address (see `insecure_site_url`)."""
    site_url = environ.get("SITE_URL") or DEFAULT_SITE_URL
    if not site_url.startswith(("https://", "http://")):
        raise ValueError(f"SITE_URL moet een volledig webadres zijn dat met https:// begint, niet {site_url!r}; "
                         "bijvoorbeeld SITE_URL=https://www.voorbeeld.nl/steunpakket/")
    publishing = [name for name in PUBLICATION if environ.get(name)]
    if insecure_site_url(site_url) and publishing:
        raise ValueError(
            f"SITE_URL is {site_url}, zonder https, terwijl {' en '.join(publishing)} gezet "
            f"{'is' if len(publishing) == 1 else 'zijn'}: dat is een bouw voor publicatie. security.txt en de "
            "canonieke links van elke pagina gelden alleen op een https-adres (security.txt moet volgens RFC 9116 "
            "via https komen). Zet SITE_URL op het https-adres van de site, bijvoorbeeld "
            "SITE_URL=https://www.voorbeeld.nl/steunpakket/")
    contact = environ.get("SITE_CONTACT") or None
    if contact and not (contact.startswith("https://") or ("@" in contact and " " not in contact)):
        raise ValueError(f"SITE_CONTACT moet een e-mailadres of een adres met https:// zijn, niet {contact!r}")
    return Settings(
        site_url=site_url if site_url.endswith("/") else site_url + "/",
        repo_url=environ.get("REPO_URL") or None,
        publisher=environ.get("SITE_PUBLISHER") or None,
        contact=contact,
    )
