"""Lighthouse scores of the built site: `./site-build.sh lighthouse` (not a test: scores
depend on the machine, so they are measured and written down, not asserted).

Serves site/ on a local address with gzip, as any real web host serves text files, and
runs Lighthouse (npm package, pinned below) with its default mobile settings (simulated
slow 4G and a slowed-down CPU) against a few pages, three times each; the median of each
category goes into BENCHMARKS.md between markers.
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import platform
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from chromium import find_chromium  # noqa: E402
from local_server import QuietHandler, served  # noqa: E402
from project_copy import ROOT  # noqa: E402

LIGHTHOUSE = "lighthouse@12.8.2"
PAGES = {"start": "", "begroting": "begroting/", "initiatieven": "initiatieven/",
         "één initiatief (Huis73)": "initiatieven/huis73/"}
CATEGORIES = {"performance": "prestaties", "accessibility": "toegankelijkheid",
              "best-practices": "goede praktijken", "seo": "SEO"}
COMPRESSED = (".html", ".css", ".js", ".json", ".svg", ".xml", ".txt", ".csv")
BEGIN, END = "<!-- lighthouse:begin -->", "<!-- lighthouse:end -->"


class GzipHandler(QuietHandler):
    """Static files, text compressed with gzip when the browser accepts it."""

    def send_head(self):  # noqa: ANN201 - the base class's own signature
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        if "gzip" not in self.headers.get("Accept-Encoding", "") or path.suffix not in COMPRESSED \
                or not path.is_file() or not self.path.split("?")[0].endswith(("/", path.suffix)):
            return super().send_head()
        body = gzip.compress(path.read_bytes(), 6)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)


def scores(url: str, chromium: str, report: Path) -> dict[str, int]:
    subprocess.run(["npx", "--yes", LIGHTHOUSE, url, "--quiet", "--output=json", f"--output-path={report}",
                    f"--chrome-path={chromium}", "--chrome-flags=--headless=new --no-sandbox"],
                   check=True, env={"PATH": "/usr/bin:/bin:/usr/local/bin", "HOME": str(Path.home())})
    found = json.loads(report.read_text("utf-8"))["categories"]
    return {name: round(found[name]["score"] * 100) for name in CATEGORIES}


def table(results: dict[str, list[dict[str, int]]]) -> str:
    rows = ["| pagina | " + " | ".join(CATEGORIES.values()) + " |", "|---" * (len(CATEGORIES) + 1) + "|"]
    for page, runs in results.items():
        medians = [str(round(statistics.median(run[name] for run in runs))) for name in CATEGORIES]
        rows.append(f"| {page} | " + " | ".join(medians) + " |")
    return "\n".join(rows)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--no-write", action="store_true", help="print, do not update BENCHMARKS.md")
    args = parser.parse_args()
    chromium = find_chromium(browser=True)
    if chromium is None or not (ROOT / "site" / "index.html").exists():
        print("Bouw eerst de site (./site-build.sh) en installeer Chromium.", file=sys.stderr)
        return 1
    results: dict[str, list[dict[str, int]]] = {page: [] for page in PAGES}
    with served(ROOT / "site", GzipHandler) as base, tempfile.TemporaryDirectory() as work:
        for _ in range(args.runs):
            for page, path in PAGES.items():
                results[page].append(scores(base + path, chromium, Path(work) / "report.json"))
    text = (f"{BEGIN}\nLighthouse {LIGHTHOUSE.split('@')[1]}, mobiel (standaard), mediaan van {args.runs} "
            f"metingen per pagina, {platform.machine()}, {platform.python_version()}:\n\n{table(results)}\n{END}")
    print(text)
    if not args.no_write:
        target = ROOT / "BENCHMARKS.md"
        content = target.read_text("utf-8")
        start, stop = content.index(BEGIN), content.index(END) + len(END)
        target.write_text(content[:start] + text + content[stop:], "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
