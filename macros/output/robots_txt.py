"""/robots.txt: every crawler may read every page, and the sitemap says which pages there are.

Crawlers read robots.txt only at the root of a host. When the site is published in a folder
(SITE_URL https://www.voorbeeld.nl/steunpakket/), the host's own robots.txt should name this
sitemap too (see README).
"""

from __future__ import annotations

from pathlib import Path

FILE = "robots.txt"


def robots_txt(site_url: str) -> str:
    return f"User-agent: *\nAllow: /\n\nSitemap: {site_url}sitemap.xml\n"


def write_robots_txt(site_url: str, site_dir: Path) -> None:
    (site_dir / FILE).write_text(robots_txt(site_url), encoding="utf-8")
