"""Screenshots of every page of the built site as a phone shows it (390 px wide, light
mode, the whole page), in test-artefacten/: `./site-build.sh schermafdrukken`, for
reviewers (the pull-request check keeps them as an artefact).

Not a test: the browser tests check every page; this only takes the pictures, so that
the test command does not spend a tenth of its time on them.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

sys.path.insert(0, str(Path(__file__).resolve().parent))
from chromium import CHROMIUM_ARGS, find_chromium  # noqa: E402
from local_server import served  # noqa: E402
from project_copy import ROOT  # noqa: E402

sys.path.insert(0, str(ROOT))  # the project's own code, for its page register

if TYPE_CHECKING:
    from playwright.sync_api import Browser

ARTEFACTS = ROOT / "test-artefacten"
WIDTH = 390


def page_paths(site: Path) -> list[str]:
    """Every page readers read, by its address, as the page register of the project knows them
    (not the 404 page, not the pages on old addresses, which send the reader on at once)."""
    from macros.register.site import load_site

    return sorted(p.adres for p in load_site(ROOT).paginas.pages())


def file_name(path: str) -> str:
    return f"{WIDTH}-{path.strip('/').replace('/', '-') or 'home'}.png"


def take(browser: Browser, site: Path, paths: list[str], folder: Path) -> list[Path]:
    """A whole-page screenshot of each path, in folder; returns the files written."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    with served(site) as url:
        page = browser.new_page(locale="nl-NL", color_scheme="light", viewport={"width": WIDTH, "height": 900})
        for path in paths:
            page.goto(url + path, wait_until="load")
            written.append(folder / file_name(path))
            page.screenshot(path=str(written[-1]), full_page=True)
        page.close()
    return written


def main() -> int:
    site = ROOT / "site"
    chromium = find_chromium()
    if chromium is None or not (site / "index.html").exists():
        print("Nodig: een gebouwde site (./site-build.sh) en Chromium (./site-build.sh test zoekt of "
              "installeert het).", file=sys.stderr)
        return 1
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        written = take(browser, site, page_paths(site), ARTEFACTS)
        browser.close()
    print(f"{len(written)} schermafdrukken ({WIDTH} px breed) in {ARTEFACTS.relative_to(ROOT)}/.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
