"""Zensical, the successor of Material for MkDocs by the same team, on the same pre-rendered
folder and the same mkdocs.yml (see ARCHITECTURE.md, "Zensical").

Runs `zensical build` in a process of its own: Zensical is a Rust program that calls into
Python for Markdown, and a panic in it must not take the build process down without a Dutch
message. What it needs besides mkdocs.yml:
- `theme.variant: classic`, the look of Material (its default is a new look, 'modern');
- docs_dir and site_dir relative to the config file (an absolute path stops it with a panic);
- `zensical_links`, our Markdown extension that rebases the links in raw HTML (Zensical reads
  them from the Markdown file, MkDocs from the page's address);
- the project on PYTHONPATH, so Zensical's Python finds that extension.
Its cache (.cache/) lands in the build folder, which is thrown away.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import yaml

from . import Started, Theme
from .config import GeneratorError, Job, generator_config

CONFIG = "zensical.yml"
LINKS = "macros.generator.zensical_links"


def zensical_config(job: Job) -> dict:
    config = generator_config(job)
    config["docs_dir"] = os.path.relpath(job.docs, job.build_dir)
    config["site_dir"] = os.path.relpath(job.site_dir, job.build_dir)
    config["theme"] = {**config["theme"], "variant": "classic"}
    config["markdown_extensions"] = [*config.get("markdown_extensions", []), LINKS]
    return config


def build(job: Job, started: Started, _prepared: None = None) -> Theme:
    import zensical

    config = zensical_config(job)
    package = Path(zensical.__file__).parent
    folders = [Path(config["theme"]["custom_dir"])] if config["theme"].get("custom_dir") else []
    dirs = tuple(str(d) for d in (*folders, package / "templates") if d.is_dir())
    theme = Theme("zensical", dirs, dict(config.get("extra") or {}))
    started(theme)
    target = job.build_dir / CONFIG
    target.write_text(yaml.safe_dump(config, allow_unicode=True, sort_keys=False), "utf-8")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(job.project_dir),
                                                                     os.environ.get("PYTHONPATH")]))}
    result = subprocess.run([sys.executable, "-m", "zensical", "build", "--strict", "-f", str(target)],
                            cwd=job.build_dir, env=env, capture_output=True, text=True, check=False)
    if result.returncode != 0 or not (job.site_dir / "index.html").is_file():
        tail = "\n".join((result.stderr or result.stdout).strip().splitlines()[-8:])
        raise GeneratorError(f"Zensical bouwde de site niet (code {result.returncode}); zijn laatste melding:\n"
                             f"{tail}\nBouw met de standaardgenerator (extra.generator: properdocs in mkdocs.yml) "
                             "en meld dit aan de ontwikkelaars.")
    return theme
