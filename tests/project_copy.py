"""A working copy of the project, for tests that break it on purpose and for the benchmark.

Kept free of pytest so the benchmark can use it with only the build dependencies.
"""

from __future__ import annotations

import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SITE_PARTS = ("mkdocs.yml", "content", "data", "macros", "overrides")
BUILD_SCRIPT_PARTS = ("site-build.sh", "pyproject.toml", "requirements.txt", "requirements-test.txt")


def copy_project(target: Path, parts: tuple[str, ...] = SITE_PARTS + BUILD_SCRIPT_PARTS) -> Path:
    target.mkdir(parents=True)
    for part in parts:
        source = ROOT / part
        if source.is_dir():
            shutil.copytree(source, target / part, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, target / part)
    return target
