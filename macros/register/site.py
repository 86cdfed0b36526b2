"""Load the whole site: the data, checked, with its page and figure registers."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from ..facts.gegevens import Gegevens
from ..facts.loader import PROJECT_DIR, read_gegevens
from ..output.downloads import download_names
from ..reading.problems import Problems
from ..settings import Feeds
from .checks import site_problems
from .figures import Cijferregister, site_figures
from .pages import Paginaregister, site_pages


@dataclass(frozen=True)
class Site:
    """Everything the site publishes: the data, its pages and its figures."""

    gegevens: Gegevens
    paginas: Paginaregister
    cijfers: Cijferregister
    project_dir: Path


def registers(gegevens: Gegevens, content_dir: Path, feeds: Feeds | None = None) -> tuple[Paginaregister,
                                                                                          Cijferregister]:
    paginas = site_pages(content_dir, gegevens.begroting, gegevens.actielijnen, gegevens.initiatieven,
                         gegevens.bronnen, gegevens.omleidingen, download_names(), feeds, gegevens.gemeenten)
    return paginas, site_figures(gegevens)


def load_site(project_dir: Path = PROJECT_DIR, *, vastgelegd: bool = True, feeds: Feeds | None = None) -> Site:
    """The checked site; raises DataError naming every problem.

    `vastgelegd=False` skips the comparison with data/vastgelegde-bedragen.yaml, for
    `verschil`, which compares with the figures of an earlier version in git instead.
    """
    data_dir = project_dir / "data"
    gegevens, report = read_gegevens(data_dir)
    if not vastgelegd:
        gegevens = replace(gegevens, vastlegging=None)
    paginas, cijfers = registers(gegevens, project_dir / "content", feeds)
    problems = Problems()
    problems.extend(site_problems(gegevens, paginas, cijfers, report, data_dir))
    problems.raise_if_any()
    return Site(gegevens, paginas, cijfers, project_dir)
