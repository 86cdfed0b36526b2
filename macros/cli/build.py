"""`python -m macros.cli.build`: check the data, build the site, and only then replace site/.

The three steps, with files between them:
  (a) pre-render: every page of the page register as Markdown with front matter (prerender/);
  (b) generator: that folder built with the theme (generator/, the only code that knows one);
  (c) post-build: open data, feeds, security.txt, sitemap, the security policy, and the guard
      (postbuild/). The generator runs in a process of its own (started before the data is
      loaded, so the memory of the two never adds up); the open data, feeds and security.txt
      need nothing of (b) and are written in this process while it builds, and then the
      policy and the guard take each page as soon as the generator has written it.
All happens in a temporary folder beside site/; site/ is replaced by renaming, so it is never
half old and half new, and a failed build leaves it as it was. Every failure is told in Dutch:
what went wrong, where, and what to do; never a traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import shutil
import subprocess
import sys
import tempfile
import time
import traceback
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from ..generator import GeneratorError, Job, Theme, chosen
from ..project import PROJECT_DIR
from ..quick_exit import exit_quickly
from ..reading.problems import DataError, Problems
from ..settings import Settings, read_settings, settings_warnings

if TYPE_CHECKING:
    from ..generator.process import Generating
    from ..postbuild import Outputs
    from ..postbuild.securing import Securing
    from ..register.site import Site

UNCHANGED = "site/ is niet veranderd."
POLL_SECONDS = 0.05  # how long the build waits for the generator between looks for finished pages
ERROR_LOG = ".bouw-fout.txt"
# `rm` rather than a second Python, which would cost 20 ms of processor time to start.
REMOVE = ("rm", "-rf", "--")


class BuildFailed(Exception):
    """A build that stopped; the message is the whole Dutch explanation."""


def build_into(project_dir: Path, target: Path, work: Path) -> Site:
    """The three steps, in `work`, ending with the site in `target` (which must not exist)."""
    from ..generator.process import Generating

    settings = _settings()
    try:
        name = chosen(project_dir)
    except GeneratorError as error:
        raise BuildFailed(f"FOUT bij het bouwen van de pagina's: {error}\n{UNCHANGED}") from None
    # The generator gets a process of its own first, before the data and even most of our code
    # is loaded: it imports the generator and reads its configuration meanwhile (generator/process.py).
    generator = Generating(name, Job(project_dir, work, target, settings))
    try:
        from ..register.site import load_site

        # The checks that only refuse data wait until the generator builds (site.deferred).
        site = load_site(project_dir, defer=True)
        _prerender(site, settings, work)
        generator.start()
        theme, outputs, securing = _while_generating(site, settings, target, work, generator)
    except BaseException as error:
        generator.cancel()
        raise _told(error) from None
    from ..postbuild import GuardError, postbuild  # imported by _while_generating, while the generator built
    from ..prerender.write import DOCS

    try:
        with _removed_meanwhile(work / DOCS):
            postbuild(site, settings, work, target, theme, outputs, securing)
    except GuardError as error:
        raise BuildFailed("FOUT: de gebouwde site is afgekeurd:\n" + "\n".join(error.problems)
                          + f"\n{UNCHANGED}") from None
    return site


@contextlib.contextmanager
def _removed_meanwhile(folder: Path) -> Iterator[None]:
    """The pre-rendered pages are not needed once the generator is done: with thousands of
    pages, removing them takes as long as the post-build step, so it happens beside it, in a
    process of its own (not a thread: the post-build step shares the last pages with a forked
    process, and `halves.map_in_two` forks no process that runs another thread)."""
    removing = subprocess.Popen([*REMOVE, str(folder)], stdin=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        yield
    finally:
        removing.wait()


def _told(error: BaseException) -> BaseException:
    """A failure of the steps as the build tells it: in Dutch where it is foreseen."""
    if isinstance(error, DataError):
        return BuildFailed(f"{error.report()}\nLos deze problemen op; {UNCHANGED}")
    if isinstance(error, GeneratorError):
        return BuildFailed(f"FOUT bij het bouwen van de pagina's: {error}\n{UNCHANGED}")
    return error


def _settings() -> Settings:
    try:
        settings = read_settings()
    except ValueError as error:
        raise BuildFailed(f"FOUT in een instelling: {error}. {UNCHANGED}") from None
    for warning in settings_warnings(settings):
        print(warning, file=sys.stderr)
    return settings


def _prerender(site: Site, settings: Settings, work: Path) -> None:
    """Step (a); when it stops, a value the deferred checks refuse is told as its cause."""
    from ..prerender.write import prerender

    try:
        prerender(site, settings, work)
    except DataError as error:  # the content's problems and the data's, told at once
        problems = Problems()
        problems.extend(error.problems + site.deferred.run())
        problems.raise_if_any()
    except Exception:  # an unforeseen stop: first what the refusing checks say (not on Ctrl-C)
        site.deferred.raise_if_any()
        raise


def _while_generating(site: Site, settings: Settings, target: Path, work: Path,
                      generator: Generating) -> tuple[Theme, Outputs, Securing]:
    """What this process does while the generator builds, on the machine's second core: the
    deferred checks, the open data and feeds (they need no generator), and then the policy and
    the guard on each page as soon as the generator has written it."""
    from ..postbuild import Outputs
    from ..postbuild.securing import Securing

    site.deferred.raise_if_any()
    outputs = Outputs(site, settings, work / "uitvoer")
    theme = generator.theme()
    securing = Securing(site, settings, target, theme)
    # Take what is written first, then wait a little; and stop taking once the generator is done:
    # the pages left then are shared over both cores (securing.finish).
    still_building = functools.partial(generator.building, 0)
    while True:
        securing.take_written(still_building)
        if not generator.building(POLL_SECONDS):
            break
    return generator.result(), outputs, securing


def publish(project_dir: Path, site_dir: Path | None = None) -> float:
    """Build into a temporary folder and swap it in; returns the seconds it took."""
    started = time.perf_counter()
    final = site_dir or project_dir / "site"
    final.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=".bouw.", dir=final.parent))
    try:
        build_into(project_dir, work / "site", work)
        if final.exists():
            final.rename(work / "vorige-site")
        (work / "site").rename(final)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return time.perf_counter() - started


def unexpected(project_dir: Path, error: BaseException) -> str:
    """What to say when something fails that no check foresaw: one Dutch sentence and where
    the details are, for the developers."""
    log = project_dir / ERROR_LOG
    log.write_text("".join(traceback.format_exception(error)), "utf-8")
    return (f"FOUT: het bouwen liep vast op iets wat de controles niet kennen ({type(error).__name__}: {error}). "
            f"{UNCHANGED} Bewaar uw wijziging en meld dit aan de ontwikkelaars, met het bestand {ERROR_LOG} "
            "(daarin staan de technische details).")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="./site-build.sh", description=__doc__.splitlines()[0])
    parser.add_argument("--site-dir", type=Path, help="waar de site komt (standaard site/)")
    args = parser.parse_args(argv)
    print("Site bouwen ...", file=sys.stderr)
    try:
        seconds = publish(PROJECT_DIR, args.site_dir.resolve() if args.site_dir else None)
    except BuildFailed as error:
        print(error, file=sys.stderr)
        return 1
    except Exception as error:  # noqa: BLE001 - the last resort: a Dutch sentence, never a traceback
        print(unexpected(PROJECT_DIR, error), file=sys.stderr)
        return 1
    print(f"Klaar: site/ bijgewerkt in {seconds:.1f} s.".replace(f"{seconds:.1f}", f"{seconds:.1f}".replace(".", ",")),
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    exit_quickly(main(sys.argv[1:]))
