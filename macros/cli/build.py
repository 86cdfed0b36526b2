"""`python -m macros.cli.build`: check the data, build the site, and only then replace site/.

The three steps, with files between them:
  (a) pre-render: every page of the page register as Markdown with front matter (prerender/);
  (b) generator: that folder built with the theme (generator/, the only code that knows one);
  (c) post-build: open data, feeds, security.txt, sitemap, the security policy, and the guard
      (postbuild/). The generator runs in a process of its own (forked before the data is
      loaded, so the memory of the two never adds up); the open data, feeds and security.txt
      need nothing of (b) and are written in this process while it builds.
All happens in a temporary folder beside site/; site/ is replaced by renaming, so it is never
half old and half new, and a failed build leaves it as it was. Every failure is told in Dutch:
what went wrong, where, and what to do; never a traceback.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
import traceback
from pathlib import Path

from ..facts.loader import PROJECT_DIR
from ..generator import GeneratorError, Job, chosen
from ..postbuild import GuardError
from ..reading.problems import DataError
from ..register.site import Site
from ..settings import read_settings, settings_warnings

UNCHANGED = "site/ is niet veranderd."
ERROR_LOG = ".bouw-fout.txt"


class BuildFailed(Exception):
    """A build that stopped; the message is the whole Dutch explanation."""


def build_into(project_dir: Path, target: Path, work: Path) -> Site:
    """The three steps, in `work`, ending with the site in `target` (which must not exist)."""
    from ..generator.process import Generating
    from ..postbuild import Outputs, postbuild
    from ..prerender.write import prerender
    from ..register.site import load_site

    try:
        settings = read_settings()
    except ValueError as error:
        raise BuildFailed(f"FOUT in een instelling: {error}. {UNCHANGED}") from None
    for warning in settings_warnings(settings):
        print(warning, file=sys.stderr)
    try:
        name = chosen(project_dir)
    except GeneratorError as error:
        raise BuildFailed(f"FOUT bij het bouwen van de pagina's: {error}\n{UNCHANGED}") from None
    # The generator gets a process of its own before any data is loaded (generator/process.py).
    generator = Generating(name, Job(project_dir, work, target, settings))
    try:
        site = load_site(project_dir)
        prerender(site, settings, work)
        generator.start()
        # Open data and feeds need no generator: written here while it builds, on the second core.
        outputs = Outputs(site, settings, work / "uitvoer")
        theme = generator.result()
    except BaseException as error:
        generator.cancel()
        if isinstance(error, DataError):
            raise BuildFailed(f"{error.report()}\nLos deze problemen op; {UNCHANGED}") from None
        if isinstance(error, GeneratorError):
            raise BuildFailed(f"FOUT bij het bouwen van de pagina's: {error}\n{UNCHANGED}") from None
        raise
    try:
        postbuild(site, settings, work, target, theme, outputs)
    except GuardError as error:
        raise BuildFailed("FOUT: de gebouwde site is afgekeurd:\n" + "\n".join(error.problems)
                          + f"\n{UNCHANGED}") from None
    return site


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
    sys.exit(main(sys.argv[1:]))
