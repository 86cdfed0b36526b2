"""The site as a whole: every page and every figure it publishes, in one register each.

`load_site` is the entry point of the build, the commands and the tests: it loads and checks
the data (`facts`), builds the page register (`pages`) and the figure register (`figures`),
and runs the checks that need the whole site (`checks`). Nothing here knows a site generator.
"""

from __future__ import annotations

from .site import Site, load_site

__all__ = ["Site", "load_site"]
