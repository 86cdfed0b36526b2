"""Find the Chromium-family browser for the browser tests: the one place that decides.

Order: $CHROMIUM when set (used as given, never replaced by another); else the first
that works of /usr/bin/chromium-headless-shell (Debian's package of Chromium's old
headless mode: the same engine without the desktop browser around it, which takes about
a fifth less processor time per page), /usr/bin/chromium (Debian's browser),
google-chrome, google-chrome-stable (on GitHub's hosted runners) and chromium-browser,
skipping Ubuntu's snap stub. Lighthouse measures what readers run, so it skips the shell.

`python tests/chromium.py [--browser]` prints the path and exits 0, or explains and
exits 1; ./site-build.sh uses that to decide whether to install a Debian package.
Kept free of pytest and Playwright so it runs before they are installed.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

HEADLESS_SHELL = "/usr/bin/chromium-headless-shell"
CANDIDATES = (HEADLESS_SHELL, "/usr/bin/chromium", "google-chrome", "google-chrome-stable", "chromium-browser")
# How the tests start it: without these, Chromium tries Google's services.
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def is_snap(path: Path) -> bool:
    """Ubuntu's chromium-browser is a script that runs (or asks to install) the snap;
    a snap browser cannot read Playwright's profile in /tmp."""
    real = path.resolve()
    if real.parts[1:2] == ("snap",):
        return True
    with real.open("rb") as file:
        head = file.read(4096)
    return head.startswith(b"#!") and b"snap" in head


def works(path: Path) -> bool:
    """An executable browser that answers --version: a stub that only prints advice fails."""
    if not (path.is_file() and os.access(path, os.X_OK)) or is_snap(path):
        return False
    try:
        result = subprocess.run([str(path), "--version"], capture_output=True, text=True, timeout=30, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return False
    return result.returncode == 0 and "chrom" in result.stdout.lower()


def find_chromium(*, browser: bool = False) -> str | None:
    """The browser to use, or None when there is none (then the caller explains).
    browser=True: a full browser, not the headless shell (for Lighthouse)."""
    chosen = os.environ.get("CHROMIUM")
    if chosen and not (browser and chosen == HEADLESS_SHELL):
        return chosen
    for candidate in CANDIDATES[1:] if browser else CANDIDATES:
        found = candidate if candidate.startswith("/") else shutil.which(candidate)
        if found and works(Path(found)):
            return found
    return None


def main() -> int:
    found = find_chromium(browser="--browser" in sys.argv[1:])
    if found is None:
        print("Geen werkende Chromium-browser gevonden (gezocht: " + ", ".join(CANDIDATES) + ").", file=sys.stderr)
        return 1
    if not os.access(found, os.X_OK):
        print(f"CHROMIUM={found} is geen uitvoerbaar bestand.", file=sys.stderr)
        return 1
    print(found)
    return 0


if __name__ == "__main__":
    sys.exit(main())
