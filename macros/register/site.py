"""Load the whole site: the data, checked, with its page and figure registers."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from ..facts.gegevens import Gegevens
from ..facts.loader import read_gegevens
from ..output.downloads import download_names
from ..project import PROJECT_DIR
from ..reading.problems import DeferredChecks, Problems
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
    # Checks still to run before anything is published (see DeferredChecks; empty unless asked).
    deferred: DeferredChecks = field(default_factory=DeferredChecks, compare=False)


def registers(gegevens: Gegevens, content_dir: Path, feeds: Feeds | None = None) -> tuple[Paginaregister,
                                                                                          Cijferregister]:
    paginas = site_pages(content_dir, gegevens.begroting, gegevens.actielijnen, gegevens.initiatieven,
                         gegevens.bronnen, gegevens.omleidingen, download_names(), feeds, gegevens.gemeenten)
    return paginas, site_figures(gegevens)


def load_site(project_dir: Path = PROJECT_DIR, *, vastgelegd: bool = True, feeds: Feeds | None = None,
              defer: bool = False) -> Site:
    """The checked site; raises DataError naming every problem.

    `vastgelegd=False` skips the comparison with data/vastgelegde-bedragen.yaml, for
    `verschil`, which compares with the figures of an earlier version in git instead.
    `defer=True` leaves the checks that only refuse in `site.deferred`, for the build to run
    while the generator builds; the site must not be published before they pass.
    """
    data_dir = project_dir / "data"
    deferred = DeferredChecks()  # stays empty unless `defer`: read_gegevens then runs them itself
    gegevens, report = read_gegevens(data_dir, deferred if defer else None)
    if not vastgelegd:
        gegevens = replace(gegevens, vastlegging=None)
    paginas, cijfers = registers(gegevens, project_dir / "content", feeds)
    problems = Problems()
    problems.extend(site_problems(gegevens, paginas, cijfers, report, data_dir))
    if problems:
        problems.extend(deferred.run())  # a build that fails says everything at once
    problems.raise_if_any()
    return Site(gegevens, paginas, cijfers, project_dir, deferred)
