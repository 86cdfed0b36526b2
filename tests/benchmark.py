"""Benchmark of the build: `./site-build.sh bench` (a small run is in the tests, without timings).

Measures, in a temporary folder, each build in a process of its own (wall time, processor
time of the process and what it waited for, peak resident memory):
- the real site: our whole build (load and check, pre-render, generator, post-build with the
  guard), median of `--runs`;
- the real data plus synthetic initiatives up to 100, 1.000 and 5.000 in all, spread over 342
  municipalities, each valid for today's schemas and checks (its quote stands in the stored
  text of its source): our whole build, against the **plain build** of the same pages;
- the page weight of the home and Begroting pages (HTML, CSS, JS, fonts; gzip).

The plain build is the generator step alone: `properdocs build` with the configuration our
generator step writes (from mkdocs.yml: Material, the same menu, Markdown extensions and
search) on the folder our pre-render step wrote. So the ratio is what our own steps cost on
top of the generator they cannot do without. Both are built in turn, so noise on the shared
machine hits them alike. Writes the results to BENCHMARKS.md (between markers).
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
from dataclasses import dataclass
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
# A passage of the December 2021 letter, which the stored text of that letter holds.
SOURCE = "kamerbrief-opbrengsten-2021-12-21"
QUOTE = "in oktober had dit project al ruim 3500 aanmeldingen voor activiteiten."
BEGIN, END = "<!-- benchmark:begin -->", "<!-- benchmark:end -->"
# What the generator step writes into the build folder (macros/generator/config.py).
PREPARE = """
import sys
from pathlib import Path
from macros.project import PROJECT_DIR
from macros.generator import Job
from macros.generator.config import write_config
from macros.prerender.write import prerender
from macros.register.site import load_site
from macros.settings import read_settings
work = Path(sys.argv[1])
settings = read_settings()
prerender(load_site(PROJECT_DIR), settings, work)
write_config(Job(PROJECT_DIR, work, work / "site", settings))
"""


@dataclass
class Run:
    """One build in a process of its own."""

    wall: float
    cpu: float  # user + system, of the process and of every process it waited for
    memory: int  # peak resident memory, MB


@dataclass
class Result:
    runs: list[Run]
    site: Path

    @property
    def wall(self) -> float:
        return statistics.median(r.wall for r in self.runs)

    @property
    def cpu(self) -> float:
        return statistics.median(r.cpu for r in self.runs)

    @property
    def memory(self) -> int:
        return max(r.memory for r in self.runs)

    def pages(self) -> set[str]:
        return {p.relative_to(self.site).as_posix() for p in self.site.rglob("*.html")}


def timed(command: list[str], cwd: Path) -> Run:
    # Compiled modules as ./site-build.sh keeps them, but for these copies in a folder of the
    # benchmark's own, which goes with it (the first build of each copy compiles them).
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SITE_URL": "https://steunpakket.example/",
           "PYTHONDONTWRITEBYTECODE": "", "PYTHONPYCACHEPREFIX": str(cwd.parent / "pycache")}
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - started
    errors = process.stderr.read().decode() if process.stderr else ""
    if status != 0:
        raise SystemExit(f"{' '.join(command)} failed in {cwd}:\n{errors}")
    return Run(elapsed, usage.ru_utime + usage.ru_stime, usage.ru_maxrss // 1024)


def ours(project: Path, site: Path) -> Run:
    """Our whole build, as ./site-build.sh runs it."""
    if site.exists():
        shutil.rmtree(site)
    return timed([sys.executable, "-m", "macros.cli.build", "--site-dir", str(site)], project)


def plain(work: Path) -> Run:
    """The generator step alone on the pre-rendered folder, with the config it writes."""
    if (work / "site").exists():
        shutil.rmtree(work / "site")
    return timed([sys.executable, "-m", "properdocs", "build", "--quiet", "-f", str(work / "mkdocs.yml")], work)


def prepare(project: Path, work: Path) -> Path:
    """Load, check and pre-render the project, and write the generator's config, into work."""
    work.mkdir(parents=True)
    timed([sys.executable, "-c", PREPARE, str(work)], project)
    return work


def measure_pair(project: Path, work: Path, runs: int) -> tuple[Result, Result]:
    """Our build and the plain build in turn, `runs` times."""
    ours_runs, plain_runs = [], []
    for _ in range(runs):
        ours_runs.append(ours(project, work.parent / f"site-{project.name}"))
        plain_runs.append(plain(work))
    return Result(ours_runs, work.parent / f"site-{project.name}"), Result(plain_runs, work / "site")


def synthetic_yaml(index: int) -> str:
    """One made-up initiative, valid for the schema and the checks."""
    actielijn = list(ACTIELIJNEN)[index % 3]
    regel = ACTIELIJNEN[actielijn][index % len(ACTIELIJNEN[actielijn])]
    return (
        "# yaml-language-server: $schema=../schemas/initiatief.schema.json\n"
        f"naam: Synthetisch initiatief {index}\nniveau: lokaal\n"
        f"gemeenten: [Voorbeeldgemeente {index % MUNICIPALITIES + 1:03d}]\n"
        f"actielijn: {actielijn}\nbegrotingsregel: {regel}\n"
        "begrotingsregel_toelichting: Gemaakt voor de meting van de bouwtijd.\n"
        f"omschrijving: Een gemaakt initiatief voor de meting, nummer {index}, met een omschrijving van een "
        "paar zinnen zoals een echt initiatief die heeft. Het bestaat niet.\n"
        "financiering:\n  status: niet-bekend\n"
        "  toelichting: Een gemaakt initiatief voor de meting; geen bron zegt wie het betaalde.\n"
        "resultaten:\n  - tekst: aanmeldingen voor activiteiten\n    waarde: 3500\n    eenheid: aantal\n"
        f"    kwalificatie: ruim\n    bron:\n      document: {SOURCE}\n      citaat: {QUOTE}\n"
        f"bronnen:\n  - document: {SOURCE}\n    citaat: {QUOTE}\n"
    )


def add_synthetic(project: Path, total: int) -> int:
    """Synthetic initiatives beside the real ones (which other data names), up to `total`."""
    folder = project / "data" / "initiatieven"
    real = len(list(folder.glob("*.yaml")))
    for index in range(total - real):
        (folder / f"synthetisch-{index:05d}.yaml").write_text(synthetic_yaml(index), encoding="utf-8")
    return max(total - real, 0)


def check_pages(what: str, added: int, ours_result: Result, plain_result: Result) -> None:
    """Both builds wrote the same pages, among them one per synthetic initiative."""
    mine, theirs = ours_result.pages(), plain_result.pages()
    if mine != theirs:
        raise SystemExit(f"{what}: our build and the plain build differ in pages: "
                         f"{sorted(mine ^ theirs)[:10]}")
    missing = [i for i in range(added) if f"initiatieven/synthetisch-{i:05d}/index.html" not in mine]
    if missing:
        raise SystemExit(f"{what}: no page for {len(missing)} synthetic initiatives")


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


def index_gz(site: Path) -> int:
    return len(gzip.compress((site / "search" / "search_index.json").read_bytes(), 9))


def run(args: argparse.Namespace, work: Path) -> str:
    project = copy_project(work / "echt", SITE_PARTS)
    # In turn with the plain build of the same pages: on a shared machine the ratio says more than a time.
    load_before = os.getloadavg()[0]
    real, real_plain = measure_pair(project, prepare(project, work / "voorbereid-echt"), args.runs)
    # How busy the machine was: on a shared machine, other processes' work lengthens every time.
    load = (load_before, os.getloadavg()[0])
    check_pages("the real site", 0, real, real_plain)
    weights = {page or "home": page_weight(real.site, page) for page in ("", "begroting")}
    rows = []
    for size in args.sizes:
        project = copy_project(work / f"ons-{size}", SITE_PARTS)
        added = add_synthetic(project, size)
        mine, base = measure_pair(project, prepare(project, work / f"voorbereid-{size}"), args.synthetic_runs)
        check_pages(f"{size} initiatives", added, mine, base)
        rows.append((size, mine, base))
        print(f"{size}: ours {mine.wall:.1f} s (cpu {mine.cpu:.1f} s), plain {base.wall:.1f} s "
              f"(cpu {base.cpu:.1f} s)", file=sys.stderr)
    return render((real, real_plain), load, weights, rows, args)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100,1000,5000", help="initiatives in all (real ones included)")
    parser.add_argument("--runs", type=int, default=5, help="builds of the real site (median)")
    parser.add_argument("--synthetic-runs", type=int, default=3,
                        help="builds of each synthetic set and its plain build, in turn (median)")
    parser.add_argument("--no-write", action="store_true", help="print, do not update BENCHMARKS.md")
    args = parser.parse_args(argv)
    args.sizes = [int(size) for size in args.sizes.split(",")]
    with tempfile.TemporaryDirectory(prefix="steunpakket-bench-") as temp:
        report = run(args, Path(temp))
    print(report)
    if not args.no_write:
        target = ROOT / "BENCHMARKS.md"
        text = target.read_text("utf-8")
        start, end = text.index(BEGIN) + len(BEGIN), text.index(END)
        target.write_text(text[:start] + "\n" + report + "\n" + text[end:], encoding="utf-8")
    return 0


def dutch(value: float, digits: int = 2) -> str:
    return f"{value:,.{digits}f}".replace(",", " ").replace(".", ",").replace(" ", ".")


def kb(size: int) -> str:
    return dutch(size / 1024, 1)


def render(real_pair: tuple[Result, Result], load: tuple[float, float], weights: dict, rows: list,
           args: argparse.Namespace) -> str:
    machine = (f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
               f"{platform.platform(terse=True)}; gemeten op {time.strftime('%Y-%m-%d')}")
    real, plain = real_pair
    lines = [
        f"Machine: {machine}.", "",
        f"### De echte site (mediaan van {args.runs} bouwen, om en om met de gewone bouw)", "",
        "| bouwtijd | processortijd | piekgeheugen | pagina's | gewone bouw | gewone bouw: processortijd "
        "| verhouding tijd | verhouding processortijd | zoekindex (gzip) |",
        "|---|---|---|---|---|---|---|---|---|",
        f"| {dutch(real.wall)} s | {dutch(real.cpu)} s | {real.memory} MB | {len(real.pages())} "
        f"| {dutch(plain.wall)} s | {dutch(plain.cpu)} s | {dutch(real.wall / plain.wall)} "
        f"| {dutch(real.cpu / plain.cpu)} | {kb(index_gz(real.site))} KB |", "",
        "Belasting van de machine (load average: het gemiddelde aantal processen dat rekende of op een kern "
        f"wachtte, over de laatste minuut): {dutch(load[0])} vlak voor de eerste bouw, {dutch(load[1])} na de "
        f"laatste (daarin tellen deze bouwen zelf mee), op {os.cpu_count()} kernen. Hoe hoger het eerste getal, "
        "hoe meer andere processen meerekenden en hoe langer alle tijden.", "",
        "### Synthetische initiatieven: onze hele bouw tegen de generator alleen", "",
        f"Mediaan van {args.synthetic_runs} bouwen per rij, om en om met de gewone bouw. Tijd: wandklok; "
        "processortijd: gebruiker + systeem van het bouwproces en alles waarop het wachtte.", "",
        "| initiatieven | pagina's | onze bouw | processortijd | piekgeheugen | gewone bouw | processortijd "
        "| piekgeheugen | verhouding tijd | verhouding processortijd | zoekindex (gzip) |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for size, mine, base in rows:
        lines.append(
            f"| {dutch(size, 0)} | {len(mine.pages())} | {dutch(mine.wall)} s | {dutch(mine.cpu)} s "
            f"| {mine.memory} MB | {dutch(base.wall)} s | {dutch(base.cpu)} s | {base.memory} MB "
            f"| {dutch(mine.wall / base.wall)} | {dutch(mine.cpu / base.cpu)} | {kb(index_gz(mine.site))} KB |")
    if len(rows) >= 2:
        (small, first, _), (large, last, _) = rows[-2], rows[-1]
        lines += ["", f"Van {dutch(small, 0)} naar {dutch(large, 0)} initiatieven ({dutch(large / small, 1)} × zo "
                  f"veel): onze bouw {dutch(last.wall / first.wall)} × de tijd, "
                  f"{dutch(last.cpu / first.cpu)} × de processortijd."]
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
