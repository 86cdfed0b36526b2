"""Where the project lies: the folder that holds macros/, data/, content/ and mkdocs.yml.

A module of its own, importing nothing of the project, so that a command can know the
folder before it imports the rest (the build starts the generator's process first).
"""

from __future__ import annotations

from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parents[1]
DATA_DIR = PROJECT_DIR / "data"
