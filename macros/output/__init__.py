"""Files published beside the pages: open data, feeds, security.txt and robots.txt.

Each takes the loaded site and an output folder; none imports a site generator, so the
post-build step (or a plain script) writes them into whatever folder the generator made.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from ..settings import Settings
from .downloads import write_downloads
from .feeds import write_feeds
from .robots_txt import write_robots_txt
from .security_txt import write_security_txt

if TYPE_CHECKING:
    from ..register.site import Site


def write_outputs(site: Site, settings: Settings, site_dir: Path) -> None:
    write_downloads(site.gegevens, site_dir, settings.site_url, settings.publisher)
    write_feeds(site, settings.site_url, site_dir, settings.feeds.stijlblad)
    write_security_txt(settings.site_url, site_dir, settings.contact)
    write_robots_txt(settings.site_url, site_dir)
