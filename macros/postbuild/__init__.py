"""Step (c) of the build: what is added to the folder the generator made, each a function of
the site (data and registers) and that folder: the open data, the feeds, security.txt and
robots.txt, the sitemap, the search index with the readers' words, a Content-Security-Policy on
every page, and at the end the guard, which refuses a site with anything active that no
template put there.

The open data, feeds and security.txt need nothing of the generator's output: `Outputs`
writes them while the generator builds in a process of its own (on the machine's second
core; generator/process.py), into a folder of their own that is moved into the site afterwards.
The policy and the guard take each page while the generator is still writing the others
(`Securing`, securing.py).
"""

from __future__ import annotations

import os
from pathlib import Path

from ..generator import Theme
from ..output import write_outputs
from ..register.site import Site
from ..settings import Settings
from .guard import problems_in_files
from .securing import Securing
from .sitemap import write_sitemap
from .zoekindex import write_index


class GuardError(Exception):
    """The built site was refused; carries every finding."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("\n".join(problems))


class Outputs:
    """The open data, feeds and security.txt, written into `folder` (the build writes them
    while the generator builds in its own process) and moved into the site afterwards."""

    def __init__(self, site: Site, settings: Settings, folder: Path) -> None:
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)
        write_outputs(site, settings, folder)

    def finish(self, site_dir: Path) -> None:
        """Move them into the site (over anything of the same name)."""
        for path in sorted(self.folder.rglob("*")):
            if path.is_file():
                target = site_dir / path.relative_to(self.folder)
                target.parent.mkdir(parents=True, exist_ok=True)
                os.replace(path, target)


def postbuild(site: Site, settings: Settings, build_dir: Path, site_dir: Path, theme: Theme,
              outputs: Outputs | None = None, securing: Securing | None = None) -> None:
    """What is added to the built site, and the guard; `securing` has taken the pages the
    generator wrote while it built (the build's own process), or is made here."""
    if outputs is None:
        write_outputs(site, settings, site_dir)
    else:
        outputs.finish(site_dir)
    write_sitemap(site.paginas, settings.site_url, build_dir, site_dir)
    if securing is None:
        securing = Securing(site, settings, site_dir, theme)
    problems = securing.finish()
    problems += write_index(site, site_dir, theme.search, securing.zoekdelen.values(), theme.generator)
    problems += problems_in_files(site_dir, site)
    if problems:
        raise GuardError(problems)
