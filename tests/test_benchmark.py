"""The benchmark (`./site-build.sh bench`) keeps working: one small run of it, in the tests,
so a change to the data's checks or to the build cannot break it unseen. No timings are
asserted here (they depend on the machine); the benchmark itself stops when a build fails or
when our build and the plain build do not write the same pages, one per initiative.
"""

from __future__ import annotations

import os
import subprocess
import sys

from conftest import ROOT, build_env


def test_a_small_benchmark_run_builds_every_page() -> None:
    real = len(list((ROOT / "data" / "initiatieven").glob("*.yaml")))
    size = real + 5
    result = subprocess.run(
        [sys.executable, "tests/benchmark.py", "--sizes", str(size), "--runs", "1", "--synthetic-runs", "1",
         "--no-write"],
        cwd=ROOT, env={**build_env(), "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])},
        capture_output=True, text=True, check=False, timeout=600)
    assert result.returncode == 0, result.stderr[-3000:]
    row = next(line for line in result.stdout.splitlines() if line.startswith(f"| {size} |"))
    pages = int(row.split("|")[2])
    # Every page of the real site, and at least each synthetic initiative's own pages (its page, its
    # feed's page; its municipality may get one too). The benchmark itself stops when our build and
    # the plain build do not write the same pages.
    real_pages = int(next(line for line in result.stdout.splitlines()
                          if line.startswith("| ") and " MB | " in line and "s |" in line).split("|")[4])
    from macros.register.site import load_site

    site = load_site(ROOT)
    first = next(p for p in site.paginas.soort("initiatief"))
    per_initiative = sum(1 for p in site.paginas.html() if p.id.endswith(first.id))  # its page, its feed's page
    assert pages >= real_pages + 5 * per_initiative, row
