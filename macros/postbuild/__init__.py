"""Step (c) of the build: what is added to the folder the generator made, each a function of
the site (data and registers) and that folder: the open data, the feeds, security.txt and
robots.txt, the sitemap, the readers' words in the search index, a Content-Security-Policy on
every page, and at the end the guard, which refuses a site with anything active that no
template put there.

The open data, feeds and security.txt need nothing of the generator's output: `Outputs`
writes them while the generator builds in a process of its own (on the machine's second
core; generator/process.py), into a folder of their own that is moved into the site afterwards.
"""

from __future__ import annotations

import os
from pathlib import Path

from ..generator import Theme
from ..halves import map_in_two
from ..output import write_outputs
from ..register.site import Site
from ..settings import Settings
from .csp import Policies
from .guard import declared_redirects, page_problems, problems_in_files
from .sitemap import write_sitemap
from .zoekindex import add_best_bets


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
              outputs: Outputs | None = None) -> None:
    if outputs is None:
        write_outputs(site, settings, site_dir)
    else:
        outputs.finish(site_dir)
    write_sitemap(site.paginas, settings.site_url, build_dir, site_dir)
    problems = add_best_bets(site, site_dir, theme.generator)
    problems += secure_pages(site, settings, site_dir, Policies(theme.template_dirs, theme.extra))
    problems += problems_in_files(site_dir, site)
    if problems:
        raise GuardError(problems)


def secure_pages(site: Site, settings: Settings, site_dir: Path, policies: Policies) -> list[str]:
    """Every page gets its policy and then goes past the guard, in one read and one write."""
    redirects = declared_redirects(site)
    data_dir = site.project_dir / "data"

    def one(path: Path) -> list[str]:
        where = path.relative_to(site_dir).as_posix()
        html = policies.add(path.read_text("utf-8"), where, settings.site_url)
        path.write_text(html, "utf-8")
        return page_problems(html, where, data_dir, redirects.get("/" + where.removesuffix("index.html")))

    # Each page on its own: half of them in a second process.
    return [problem for found in map_in_two(one, sorted(site_dir.rglob("*.html"))) for problem in found]
