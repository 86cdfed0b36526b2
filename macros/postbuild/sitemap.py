"""sitemap.xml (and its gzip copy) from the page register: every page readers read, with the
day it last changed according to the changelog, not the day of the build.

The dates come from the pre-render step's list of pages (`paginas.json`), which knows the
figures each page shows; a fresh or shallow clone builds the same sitemap.
"""

from __future__ import annotations

import gzip
import json
from html import escape  # as xml.sax.saxutils.escape, which imports urllib.request, http.client and ssl (15 ms)
from pathlib import Path

from ..prerender.write import MANIFEST
from ..register.pages import Paginaregister


def sitemap_xml(paginas: Paginaregister, site_url: str, lastmod: dict[str, str | None]) -> str:
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">']
    for pagina in paginas.pages():
        day = lastmod.get(pagina.id)
        lines.append(f"    <url>\n         <loc>{escape(site_url + pagina.adres, quote=False)}</loc>"
                     + (f"\n         <lastmod>{escape(day, quote=False)}</lastmod>" if day else "") + "\n    </url>")
    lines.append("</urlset>")
    return "\n".join(lines) + "\n"


def write_sitemap(paginas: Paginaregister, site_url: str, build_dir: Path, site_dir: Path) -> None:
    manifest = json.loads((build_dir / MANIFEST).read_text("utf-8"))
    text = sitemap_xml(paginas, site_url, {page: info.get("laatst_gewijzigd") for page, info in manifest.items()})
    (site_dir / "sitemap.xml").write_text(text, "utf-8")
    # mtime 0: the same data gives the same bytes, whenever it is built.
    (site_dir / "sitemap.xml.gz").write_bytes(gzip.compress(text.encode("utf-8"), mtime=0))
