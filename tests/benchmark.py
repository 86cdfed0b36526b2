"""Benchmark of the build: `./site-build.sh bench` (not part of the test suite).

Measures, in a temporary folder:
- the real site: wall time and peak memory of a full build (median of 5 runs);
- synthetic, schema-valid data sets of 100, 1.000 and 5.000 initiatives spread over
  342 municipalities: time, peak memory, number of pages, search-index size;
- the same generated pages as plain Markdown with plain MkDocs + Material (no macros, no
  data layer, same navigation choices), in the same run: our time as a ratio to it;
- the page weight of the home and Begroting pages (HTML, CSS, JS, fonts; gzip).
Writes the results with the machine they ran on to BENCHMARKS.md (between markers).
"""

from __future__ import annotations

import argparse
import gzip
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from project_copy import ROOT, SITE_PARTS, copy_project  # noqa: E402

MUNICIPALITIES = 342
ACTIELIJNEN = {
    "jeugd": ["activiteiten-en-ontmoetingen", "luisterlijnen-en-platforms", "jongerenwerk",
              "mentale-ondersteuning-jeugd"],
    "kwetsbare-groepen": ["bestrijden-eenzaamheid-ouderen", "extra-contactmomenten-kwetsbare-groepen",
                          "fonds-voor-cultuurparticipatie"],
    "leefstijl": ["impuls-leefstijl-bewegen", "leefstijlinterventies", "jogg-en-gezonde-school"],
}
BEGIN, END = "<!-- benchmark:begin -->", "<!-- benchmark:end -->"


def run_build(project: Path, site_dir: Path) -> tuple[float, int]:
    """Wall seconds and peak resident memory (MB) of one `mkdocs build`."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-m", "mkdocs", "build", "--quiet", "--site-dir", str(site_dir)],
                               cwd=project, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - started
    if status != 0:
        raise SystemExit(f"build failed in {project}:\n{process.stderr.read().decode()}")
    return elapsed, usage.ru_maxrss // 1024


def measure(project: Path, runs: int) -> dict[str, float]:
    return measure_pair([project], runs)[0]


def measure_pair(projects: list[Path], runs: int) -> list[dict[str, float]]:
    """Build the projects in turn, `runs` times, so machine noise hits them alike."""
    times: dict[Path, list[float]] = {p: [] for p in projects}
    memories: dict[Path, list[int]] = {p: [] for p in projects}
    for _run in range(runs):
        for project in projects:
            site_dir = project.parent / f"site-{project.name}"
            if site_dir.exists():
                shutil.rmtree(site_dir)
            elapsed, memory = run_build(project, site_dir)
            times[project].append(elapsed)
            memories[project].append(memory)
    return [summary(project.parent / f"site-{project.name}", times[project], memories[project])
            for project in projects]


def summary(last: Path, times: list[float], memories: list[int]) -> dict[str, float]:
    pages = sum(1 for _ in last.rglob("*.html"))
    index = last / "search" / "search_index.json"
    return {"time": statistics.median(times), "memory": max(memories), "pages": pages, "runs": len(times),
            "index": index.stat().st_size, "index_gz": len(gzip.compress(index.read_bytes(), 9)),
            "site": str(last)}


def synthetic(index: int) -> dict[str, str]:
    """One made-up initiative; every value is valid for the schema."""
    actielijn = list(ACTIELIJNEN)[index % 3]
    regel = ACTIELIJNEN[actielijn][index % len(ACTIELIJNEN[actielijn])]
    return {
        "id": f"synthetisch-{index:05d}",
        "naam": f"Synthetisch initiatief {index}",
        "gemeente": f"Voorbeeldgemeente {index % MUNICIPALITIES + 1:03d}",
        "actielijn": actielijn,
        "regel": regel,
        "omschrijving": f"Een gegenereerd initiatief voor de benchmark, nummer {index}, met een omschrijving van "
                        "een paar zinnen zoals een echt initiatief die heeft. Het bestaat niet.",
    }


def write_synthetic_data(project: Path, count: int) -> None:
    folder = project / "data" / "initiatieven"
    shutil.rmtree(folder)
    folder.mkdir()
    for index in range(count):
        item = synthetic(index)
        (folder / f"{item['id']}.yaml").write_text(
            "# yaml-language-server: $schema=../schemas/initiatief.schema.json\n"
            f"naam: {item['naam']}\nniveau: lokaal\ngemeenten: [{item['gemeente']}]\n"
            f"actielijn: {item['actielijn']}\nbegrotingsregel: {item['regel']}\n"
            "begrotingsregel_toelichting: Gegenereerd voor de benchmark.\n"
            f"omschrijving: {item['omschrijving']}\n"
            "resultaten:\n  - tekst: deelnemers\n    waarde: 120\n    eenheid: aantal\n"
            "    bron: {document: kamerbrief-opbrengsten-2021-12-21}\n"
            "bronnen:\n  - {document: kamerbrief-opbrengsten-2021-12-21}\n",
            encoding="utf-8",
        )
    # The changelog names no initiative pages; nothing else refers to the real initiatives.


def write_baseline(folder: Path, count: int) -> Path:
    """The same pages as plain Markdown, built with plain MkDocs + Material.

    Our content pages with their macro calls removed, the same initiative pages and
    overview written out as Markdown, and the same navigation (initiatives not in it).
    """
    docs = folder / "docs"
    for page in (ROOT / "content").rglob("*.md"):
        target = docs / page.relative_to(ROOT / "content")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(re.sub(r"\{\{.*?\}\}", "", page.read_text("utf-8"), flags=re.DOTALL), encoding="utf-8")
    items = [synthetic(index) for index in range(count)]
    for item in items:
        (docs / "initiatieven" / f"{item['id']}.md").write_text(
            f"# {item['naam']}\n\n{item['omschrijving']}\n\nActielijn\n: {item['actielijn']}\n\n"
            f"Gemeente\n: {item['gemeente']}\n\nBegrotingsregel\n: {item['regel']}\n\n## Resultaten\n\n"
            "- **120** deelnemers (bron: opbrengstenbrief)\n\n## Bronnen\n\n- Opbrengstenbrief december 2021\n",
            encoding="utf-8",
        )
    lines = ["# Initiatieven", ""]
    for title, key in (("Per actielijn", "actielijn"), ("Per gemeente", "gemeente")):
        lines += [f"## {title}", ""]
        for value in sorted({item[key] for item in items}):
            lines += [f"### {value}", ""]
            lines += [f"- [{i['naam']}]({i['id']}.md) ({i['gemeente']})" for i in items if i[key] == value]
            lines.append("")
    (docs / "initiatieven" / "index.md").write_text("\n".join(lines), encoding="utf-8")
    nav = (ROOT / "mkdocs.yml").read_text("utf-8").split("\nnav:\n", 1)[1]
    (folder / "mkdocs.yml").write_text(
        "site_name: Baseline\nsite_url: https://steunpakket.example/\ntheme:\n  name: material\n  language: nl\n"
        "  font: false\nplugins:\n  - search:\n      lang: nl\nmarkdown_extensions:\n  - def_list\n  - attr_list\n"
        "  - admonition\n  - toc:\n      permalink: true\n"
        "not_in_nav: |\n  /initiatieven/*.md\nnav:\n" + nav,
        encoding="utf-8",
    )
    return folder


def page_weight(site: Path, page: str) -> dict[str, int]:
    """Bytes a first visit downloads for a page, gzip-compressed, by kind."""
    html_path = site / page / "index.html" if page else site / "index.html"
    html = html_path.read_text("utf-8")
    weight = {"html": len(gzip.compress(html.encode(), 9)), "css": 0, "js": 0, "fonts": 0}
    for kind, pattern in (("css", r'<link[^>]+href="([^"]+\.css)"'), ("js", r'<script[^>]+src="([^"]+\.js)"')):
        for reference in re.findall(pattern, html):
            weight[kind] += len(gzip.compress((html_path.parent / reference).resolve().read_bytes(), 9))
    weight["fonts"] = sum(len(gzip.compress(p.read_bytes(), 9)) for p in site.rglob("*") if p.suffix in
                          (".woff", ".woff2", ".ttf", ".otf"))
    index = site / "search" / "search_index.json"
    worker = next((site / "assets" / "javascripts" / "workers").glob("search.*.min.js"))
    weight["search"] = len(gzip.compress(index.read_bytes(), 9)) + len(gzip.compress(worker.read_bytes(), 9))
    return weight


def kb(size: int) -> str:
    return f"{size / 1024:.1f}".replace(".", ",")


def seconds(value: float) -> str:
    return f"{value:.2f}".replace(".", ",")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100,1000,5000")
    parser.add_argument("--runs", type=int, default=5, help="builds of the real site (median)")
    parser.add_argument("--synthetic-runs", type=int, default=3,
                        help="builds of each synthetic set and its baseline, interleaved (median)")
    parser.add_argument("--no-write", action="store_true", help="print, do not update BENCHMARKS.md")
    args = parser.parse_args()
    sizes = [int(size) for size in args.sizes.split(",")]
    rows = []
    with tempfile.TemporaryDirectory(prefix="steunpakket-bench-") as temp:
        work = Path(temp)
        real = measure(copy_project(work / "echt", SITE_PARTS), args.runs)
        weights = {page or "home": page_weight(Path(real["site"]), page) for page in ("", "begroting")}
        for size in sizes:
            project = copy_project(work / f"ons-{size}", SITE_PARTS)
            write_synthetic_data(project, size)
            baseline = write_baseline(work / f"basis-{size}", size)
            ours, base = measure_pair([project, baseline], args.synthetic_runs)
            rows.append((size, ours, base))
            print(f"{size}: ours {ours['time']:.1f} s, baseline {base['time']:.1f} s", file=sys.stderr)
    report = render(real, weights, rows, args.runs)
    print(report)
    if not args.no_write:
        target = ROOT / "BENCHMARKS.md"
        text = target.read_text("utf-8")
        start, end = text.index(BEGIN) + len(BEGIN), text.index(END)
        target.write_text(text[:start] + "\n" + report + "\n" + text[end:], encoding="utf-8")
    return 0


def render(real: dict, weights: dict, rows: list, runs: int) -> str:
    machine = (f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
               f"{platform.platform(terse=True)}; gemeten op {time.strftime('%Y-%m-%d')}")
    lines = [
        f"Machine: {machine}.", "",
        f"### De echte site (mediaan van {runs} bouwen)", "",
        "| bouwtijd | piekgeheugen | pagina's | zoekindex (gzip) |", "|---|---|---|---|",
        f"| {seconds(real['time'])} s | {real['memory']} MB | {real['pages']} | {kb(real['index_gz'])} KB |", "",
        "### Synthetische initiatieven tegen gewone MkDocs + Material", "",
        f"Mediaan van {rows[0][1]['runs'] if rows else 0} bouwen per rij, om en om met de basis gebouwd.", "",
        "| initiatieven | onze bouw | piekgeheugen | pagina's | zoekindex (gzip) | basis | basis pagina's "
        "| verhouding |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for size, ours, base in rows:
        lines.append(
            f"| {size:,}".replace(",", ".") + f" | {seconds(ours['time'])} s | {ours['memory']} MB | {ours['pages']} "
            f"| {kb(ours['index_gz'])} KB | {seconds(base['time'])} s | {base['pages']} "
            f"| {seconds(ours['time'] / base['time'])} |"
        )
    lines += ["", "### Paginagewicht (gzip, eerste bezoek)", "",
              "| pagina | HTML | CSS | JS | lettertypen | totaal zonder zoekindex | zoekindex + worker |",
              "|---|---|---|---|---|---|---|"]
    for page, weight in weights.items():
        total = weight["html"] + weight["css"] + weight["js"] + weight["fonts"]
        lines.append(f"| {page} | {kb(weight['html'])} KB | {kb(weight['css'])} KB | {kb(weight['js'])} KB "
                     f"| {kb(weight['fonts'])} KB | {kb(total)} KB | {kb(weight['search'])} KB |")
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
