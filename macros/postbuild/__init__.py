"""Step (c) of the build: what is added to the folder the generator made, each a function of
the site (data and registers) and that folder: the open data, the feeds, security.txt and
robots.txt, the sitemap, the readers' words in the search index, a Content-Security-Policy on
every page, and at the end the guard, which refuses a site with anything active that no
template put there.
"""

from __future__ import annotations

from pathlib import Path

from ..generator import Theme
from ..output import write_outputs
from ..register.site import Site
from ..settings import Settings
from .csp import Policies, add_policies
from .guard import problems_in_site
from .sitemap import write_sitemap
from .zoekindex import add_best_bets


class GuardError(Exception):
    """The built site was refused; carries every finding."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("\n".join(problems))


def postbuild(site: Site, settings: Settings, build_dir: Path, site_dir: Path, theme: Theme) -> None:
    write_outputs(site, settings, site_dir)
    write_sitemap(site.paginas, settings.site_url, build_dir, site_dir)
    problems = add_best_bets(site, site_dir, theme.generator)
    add_policies(site_dir, Policies(theme.template_dirs, theme.extra), settings.site_url)
    problems += problems_in_site(site_dir, site)
    if problems:
        raise GuardError(problems)
