"""Files published beside the pages: open data, feeds and security.txt.

Each takes the loaded data and an output folder; none imports MkDocs, so any site
generator (or a plain script) can write them.
"""

from __future__ import annotations

from pathlib import Path

from ..facts.gegevens import Gegevens
from ..settings import Settings
from .downloads import write_downloads
from .feeds import write_feeds
from .security_txt import write_security_txt


def write_outputs(gegevens: Gegevens, settings: Settings, site_dir: Path) -> None:
    write_downloads(gegevens, site_dir)
    write_feeds(gegevens, settings.site_url, site_dir, settings.feeds)
    write_security_txt(settings.site_url, site_dir, settings.contact)
