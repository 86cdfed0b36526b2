"""Every built page gets its security policy, gives its entries for the search index and then
goes past the guard, in one read and one write, and as early as possible: while the generator
still builds the rest of the site.

The generator runs in a process of its own (generator/process.py) and writes one page after
another; this process has nothing else to do meanwhile. So it takes each page as soon as the
generator has written it whole, which it knows from the file alone, whatever the generator:
a page is whole when it ends with `</html>` (a page still being written ends elsewhere; a page
that never ends so, is simply taken at the end). Nothing depends on guessing right: when the
generator has finished, every page is looked at again, and a page that is not exactly the
file this process wrote (another size, time or file) is secured and guarded again.

This process shares the two cores with the generator's two processes, so it can fall behind.
It stops taking pages the moment the generator is done; the pages left then are shared with a
forked process (in the real site's build often half of them: before, this process took them
alone, up to 0,3 s after the generator had finished).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from ..generator import Theme
from ..halves import map_in_two
from ..register.site import Site
from ..settings import Settings
from .csp import Policies
from .guard import declared_redirects, page_address, page_problems
from .zoekindex import PaginaZoekdelen, take_marks

END = "</html>"
# Pages are looked for in the order of the site's addresses, which is about the order the
# generator writes them; after this many in a row that are not there yet, the rest waits.
LOOK_AHEAD = 64
# The pages left when the generator is done are shared with a forked process from this many
# on: then both cores are free; a page takes about 2 ms, a fork and its answer about 5 ms.
PAGES_IN_TWO = 16
Stamp = tuple[int, int, int]  # (file, size, time) of a page as this process wrote it


class Securing:
    """The policy, the search entries (when the build makes the index: `theme.search`) and the
    guard for each page of `site_dir`, built with `theme`; `take_written` while the generator
    builds, `finish` when it is done."""

    def __init__(self, site: Site, settings: Settings, site_dir: Path, theme: Theme) -> None:
        self.site_dir = site_dir
        self.site_url = settings.site_url
        self.policies = Policies(theme.template_dirs, theme.extra)
        self.indexed = theme.search is not None
        self.redirects = declared_redirects(site)
        self.data_dir = site.project_dir / "data"
        self.waiting = sorted(pagina.adres + "index.html" for pagina in site.paginas.html())
        self.pages = frozenset(self.waiting)
        self.stamps: dict[str, Stamp] = {}
        self.problems: dict[str, list[str]] = {}
        self.zoekdelen: dict[str, PaginaZoekdelen] = {}

    def take_written(self, building: Callable[[], bool] = lambda: True) -> None:
        """Secure and guard the pages the generator has written whole since the last call; stop
        when `building` says the generator is done (`finish` then shares the rest over two processes)."""
        left: list[str] = []
        missing = 0
        for index, where in enumerate(self.waiting):
            if missing >= LOOK_AHEAD or not building():
                left += self.waiting[index:]
                break
            html = self._whole_page(where)
            if html is None:
                missing += 1
                left.append(where)
                continue
            missing = 0
            self._keep(where, self._secure(where, html))
            stat = (self.site_dir / where).stat()
            self.stamps[where] = (stat.st_ino, stat.st_size, stat.st_mtime_ns)
        self.waiting = left

    def finish(self) -> list[str]:
        """After the generator: every page not taken yet, or changed since it was taken (half of
        them in a second process from PAGES_IN_TWO on); all findings in the order of the pages."""
        rest = []
        for path in self.site_dir.rglob("*.html"):
            where = path.relative_to(self.site_dir).as_posix()
            stat = path.stat()
            if self.stamps.get(where) != (stat.st_ino, stat.st_size, stat.st_mtime_ns):
                rest.append(where)
        for where, secured in zip(rest, map_in_two(self._secure_file, rest, PAGES_IN_TWO), strict=True):
            self._keep(where, secured)
        return [problem for where in sorted(self.problems) for problem in self.problems[where]]

    def _keep(self, where: str, secured: tuple[list[str], PaginaZoekdelen | None]) -> None:
        self.problems[where], delen = secured
        if delen is not None:
            self.zoekdelen[where] = delen

    def _whole_page(self, where: str) -> str | None:
        try:
            html = (self.site_dir / where).read_text("utf-8")
        except (FileNotFoundError, UnicodeDecodeError):  # not there yet, or cut off inside a character
            return None
        return html if html.rstrip().endswith(END) else None

    def _secure_file(self, where: str) -> tuple[list[str], PaginaZoekdelen | None]:
        return self._secure(where, (self.site_dir / where).read_text("utf-8"))

    def _secure(self, where: str, html: str) -> tuple[list[str], PaginaZoekdelen | None]:
        """Write the page without the search marks and with its policy (as a new file, so a
        writer that still held the old one cannot mix into it), and guard what was written."""
        html, delen = take_marks(html, self.indexed)
        unmarked = []
        if self.indexed and delen is None and where in self.pages:
            unmarked.append(f"{where}: de inhoud van de pagina is niet gemarkeerd voor de zoekindex (het sjabloon "
                            "overrides/partials/content.html)")
        html = self.policies.add(html, where, self.site_url)
        path = self.site_dir / where
        new = path.with_name(path.name + ".beleid")
        new.write_text(html, "utf-8")
        os.replace(new, path)
        return unmarked + page_problems(html, where, self.data_dir,
                                        self.redirects.get(page_address(where))), delen
